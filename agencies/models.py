import unicodedata

from django.apps import apps
from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from accounts import submissions


def origin_choices() -> list[tuple[str, str]]:
    """(ISO code, name in the active language) of every origin country.

    An agency stores its country as a bare ISO code: the Country catalogue lives
    in `costs`, a higher layer that imports this app, so it is looked up by name
    when called (never imported), and adding a country needs no code or migration.
    """
    country = apps.get_model("costs", "Country")
    return [(c.code, c.name) for c in country.objects.filter(is_origin=True)]


def searchable(text: str) -> str:
    """Text folded for search: lower case, and Latin letters without their accents
    (Khmer vowel signs are kept: they are letters, not accents)."""
    decomposed = unicodedata.normalize("NFD", text.lower().replace("đ", "d"))
    kept = []
    for char in decomposed:
        if unicodedata.combining(char) and kept and kept[-1].isascii():
            continue
        kept.append(char)
    return unicodedata.normalize("NFC", "".join(kept))


class LicenceStatus(models.TextChoices):
    ACTIVE = "active", _("Licensed")
    SUSPENDED = "suspended", _("Licence suspended")
    REVOKED = "revoked", _("Licence revoked")
    EXPIRED = "expired", _("Licence expired")
    UNKNOWN = "unknown", _("Licence not known")


class AgencyQuerySet(models.QuerySet):
    def licensed(self):
        today = timezone.localdate()
        return self.filter(licence_status=LicenceStatus.ACTIVE).exclude(
            licence_valid_until__lt=today
        )


class Agency(models.Model):
    name = models.CharField(_("name"), max_length=200)
    name_local = models.CharField(_("name in local script"), max_length=200, blank=True)
    slug = models.SlugField(_("slug"), max_length=220, unique=True)
    # An origin's ISO code; valid codes are the catalogue's (origin_choices).
    country = models.CharField(_("country of origin"), max_length=2)
    licence_number = models.CharField(_("licence number"), max_length=60)
    # A code of the LicenceAuthority catalogue in `costs` (e.g. KH-MOLVT), whose
    # translated name the pages show; text that is not a code is shown as it is.
    licence_authority = models.CharField(
        _("licensing authority"),
        max_length=200,
        blank=True,
        help_text=_("The code of a licence authority in the catalogue, e.g. KH-MOLVT or VN-DOLAB."),
    )
    licence_status = models.CharField(
        _("licence status"),
        max_length=12,
        choices=LicenceStatus.choices,
        default=LicenceStatus.UNKNOWN,
    )
    licence_valid_from = models.DateField(_("licence valid from"), null=True, blank=True)
    licence_valid_until = models.DateField(_("licence valid until"), null=True, blank=True)
    address = models.TextField(_("address"), blank=True)
    phone = models.CharField(_("phone"), max_length=60, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    website = models.URLField(_("website"), blank=True)
    verified = models.BooleanField(
        _("verified"), default=False, help_text=_("Staff of this agency have been verified.")
    )
    on_register = models.BooleanField(
        _("on the licence register"),
        default=True,
        help_text=_("Cleared when a newer register snapshot of its authority no longer lists it."),
    )
    register_authority = models.CharField(
        _("register authority"), max_length=60, blank=True, editable=False
    )
    # Lower-case, Vietnamese accents removed: "nguyen" finds "Nguyễn".
    search_text = models.TextField(editable=False, default="")
    # Set whenever something that feeds the agency's summaries and flags changes;
    # the flag engine clears it once it has recomputed.
    summaries_stale_at = models.DateTimeField(null=True, blank=True, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)

    objects = AgencyQuerySet.as_manager()

    class Meta:
        verbose_name = _("agency")
        verbose_name_plural = _("agencies")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(
                fields=["country", "licence_number"], name="agency_unique_licence_per_country"
            )
        ]

    def __str__(self) -> str:
        return self.name

    def save(self, *args, **kwargs):
        self.search_text = searchable(f"{self.name} {self.name_local} {self.licence_number}")
        if kwargs.get("update_fields"):
            kwargs["update_fields"] = {*kwargs["update_fields"], "search_text"}
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return reverse("costs:agency", args=[self.slug])

    @property
    def is_licensed(self) -> bool:
        if self.licence_status != LicenceStatus.ACTIVE:
            return False
        return not (self.licence_valid_until and self.licence_valid_until < timezone.localdate())

    @property
    def effective_licence_status(self) -> str:
        """An active licence whose validity has passed is shown as expired."""
        if self.licence_status == LicenceStatus.ACTIVE and not self.is_licensed:
            return LicenceStatus.EXPIRED
        return self.licence_status

    def get_effective_licence_status_display(self) -> str:
        return LicenceStatus(self.effective_licence_status).label


class MembershipQuerySet(models.QuerySet):
    def verified(self):
        return self.filter(verified=True)

    def pending_claims(self):
        return self.filter(verified=False, role=AgencyMembership.Role.OWNER)


class AgencyMembership(models.Model):
    """A person's place in an agency. A claim is an unverified owner membership;
    only verified members may touch the agency's disclosures."""

    class Role(models.TextChoices):
        OWNER = "owner", _("owner")
        EDITOR = "editor", _("editor")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="agency_memberships"
    )
    agency = models.ForeignKey(Agency, on_delete=models.CASCADE, related_name="memberships")
    role = models.CharField(_("role"), max_length=10, choices=Role.choices, default=Role.EDITOR)
    verified = models.BooleanField(_("verified"), default=False)
    note = models.TextField(_("note"), blank=True)
    verified_at = models.DateTimeField(_("verified at"), null=True, blank=True)
    verified_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    # The one-time token of the claim form (accounts.submissions): a claim sent
    # twice is one claim, and the second answer is the first one's.
    submission_token = submissions.token_field()

    objects = MembershipQuerySet.as_manager()

    class Meta:
        verbose_name = _("agency membership")
        verbose_name_plural = _("agency memberships")
        constraints = [
            models.UniqueConstraint(fields=["user", "agency"], name="membership_unique_user_agency")
        ]

    def __str__(self) -> str:
        return f"{self.user} @ {self.agency}"


class Invitation(models.Model):
    """An owner's invitation to an editor, by e-mail; accepted by signing in with that address."""

    agency = models.ForeignKey(Agency, on_delete=models.CASCADE, related_name="invitations")
    email = models.EmailField(_("e-mail"))
    token = models.CharField(max_length=64, unique=True)
    invited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    accepted_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("invitation")
        verbose_name_plural = _("invitations")

    def __str__(self) -> str:
        return f"{self.email} → {self.agency}"


class RegisterSnapshot(models.Model):
    """One imported copy of a government licence register, kept as it was read."""

    authority = models.CharField(_("authority"), max_length=60)
    as_of = models.DateField(_("as of"))
    file_name = models.CharField(_("file name"), max_length=200, blank=True)
    rows = models.JSONField(_("rows"), default=list)
    imported_at = models.DateTimeField(auto_now_add=True)
    imported_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    class Meta:
        verbose_name = _("licence register snapshot")
        verbose_name_plural = _("licence register snapshots")
        ordering = ["authority", "-as_of"]

    def __str__(self) -> str:
        return f"{self.authority} {self.as_of}"


class LicenceAction(models.Model):
    """A ministry reviewer's decision on an agency's licence, kept as a record."""

    agency = models.ForeignKey(Agency, on_delete=models.CASCADE, related_name="licence_actions")
    status = models.CharField(_("licence status"), max_length=12, choices=LicenceStatus.choices)
    note = models.TextField(_("note"))
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("licence action")
        verbose_name_plural = _("licence actions")
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"{self.agency}: {self.status}"
