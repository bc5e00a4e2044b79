from django.apps import apps
from django.contrib.auth.models import AbstractUser
from django.db import models
from django.utils.translation import gettext_lazy as _


class User(AbstractUser):
    """A person with an account: agency staff, NGO or ministry reviewer, admin.

    Workers need no account. The custom model exists from the first migration so
    that fields can be added later without a painful swap.
    """

    email = models.EmailField(_("e-mail address"), unique=True, blank=True, null=True)
    language = models.CharField(
        _("preferred language"),
        max_length=8,
        blank=True,
        help_text=_("E-mails to this person are written in this language."),
    )

    def __str__(self) -> str:
        return self.email or self.username


def country_choices() -> list[tuple[str, str]]:
    """(ISO code, name in the active language) of every country of the catalogue.

    A scope is stored as a bare ISO code: the Country catalogue lives in `costs`,
    a higher layer that imports this app, so it is looked up by name when called
    (never imported), and adding a country needs no code or migration.
    """
    country = apps.get_model("costs", "Country")
    return [(c.code, c.name) for c in country.objects.all()]


class Organisation(models.Model):
    """An NGO or a ministry. Its members report for workers, moderate reports and
    (later) review flags, within its country scope."""

    class Kind(models.TextChoices):
        NGO = "ngo", _("NGO")
        MINISTRY = "ministry", _("ministry")

    name = models.CharField(_("name"), max_length=200)
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices)
    country = models.CharField(
        _("country scope"),
        max_length=2,
        blank=True,
        help_text=_("Blank for an NGO that works on every country."),
    )
    contact_email = models.EmailField(_("contact e-mail"), blank=True)
    verified = models.BooleanField(_("verified"), default=False)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")
        ordering = ["name"]
        constraints = [
            models.CheckConstraint(
                condition=~models.Q(kind="ministry", country=""), name="ministry_has_country"
            )
        ]

    def __str__(self) -> str:
        return self.name


class OrganisationMembership(models.Model):
    user = models.ForeignKey(
        User, on_delete=models.CASCADE, related_name="organisation_memberships"
    )
    organisation = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, related_name="memberships"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("organisation membership")
        verbose_name_plural = _("organisation memberships")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "organisation"], name="org_membership_unique_user_org"
            )
        ]

    def __str__(self) -> str:
        return f"{self.user} @ {self.organisation}"
