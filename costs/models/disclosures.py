from decimal import Decimal

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from accounts import submissions
from agencies.models import Agency

from .reference import CENT, CostCategory, Country, Programme, Sector, months_of_wage

# Bounded digits: up to 999,999,999,999.99 covers any fee in dong.
AMOUNT_FIELD = {"max_digits": 14, "decimal_places": 2}
# The largest amount those columns hold. Every line, total and conversion a
# publication stores must fit, or the draft could never be published.
AMOUNT_MAX = Decimal(10) ** (AMOUNT_FIELD["max_digits"] - AMOUNT_FIELD["decimal_places"]) - CENT


class PublishedRecordError(Exception):
    """A published disclosure is part of the public record: revise it instead."""


# The only fields that may change once a disclosure is published: its end.
LIFECYCLE_FIELDS = {"status", "ended_at", "ended_by", "withdrawal_reason"}


class Payer(models.TextChoices):
    WORKER = "worker", _("worker")
    EMPLOYER = "employer", _("employer in Japan")
    SUPERVISING_ORG = "supervising_org", _("supervising organisation in Japan")


class DisclosureQuerySet(models.QuerySet):
    def current(self):
        return self.filter(status=Disclosure.Status.PUBLISHED)

    def public(self):
        return self.exclude(status=Disclosure.Status.DRAFT)


class Disclosure(models.Model):
    """What an agency says it charges for one programme and sector, item by item.

    Published versions are never changed: a revision is a new version that
    supersedes the old one, and the old one stays in the public history.
    """

    class Status(models.TextChoices):
        DRAFT = "draft", _("draft")
        PUBLISHED = "published", _("published")
        SUPERSEDED = "superseded", _("replaced by a newer version")
        WITHDRAWN = "withdrawn", _("withdrawn")

    agency = models.ForeignKey(Agency, on_delete=models.PROTECT, related_name="disclosures")
    origin = models.ForeignKey(Country, on_delete=models.PROTECT, related_name="+")
    programme = models.ForeignKey(Programme, on_delete=models.PROTECT, verbose_name=_("programme"))
    sector = models.ForeignKey(Sector, on_delete=models.PROTECT, verbose_name=_("sector"))
    contract_months = models.PositiveSmallIntegerField(
        _("contract length (months)"), validators=[MinValueValidator(1), MaxValueValidator(120)]
    )
    offered_wage = models.DecimalField(
        _("offered monthly wage"), validators=[MinValueValidator(0)], **AMOUNT_FIELD
    )
    wage_currency = models.CharField(_("wage currency"), max_length=3, default="JPY")
    # Months-of-wage caps count the basic wage of the contract, without overtime
    # or allowances (Law 69/2020/QH14 Art. 23(4)); blank on versions from before it was asked.
    basic_wage = models.DecimalField(
        _("basic monthly wage"),
        validators=[MinValueValidator(0)],
        null=True,
        blank=True,
        help_text=_("The wage in the contract, without overtime or allowances."),
        **AMOUNT_FIELD,
    )
    status = models.CharField(
        _("status"), max_length=12, choices=Status.choices, default=Status.DRAFT
    )
    version = models.PositiveIntegerField(_("version"), default=1)
    # The current version this one was drafted to replace (None for a first version).
    supersedes = models.ForeignKey(
        "self", on_delete=models.PROTECT, null=True, blank=True, related_name="revisions"
    )
    # Frozen at publication, with the rates used, so history never moves with the yen.
    published_at = models.DateTimeField(_("published"), null=True, blank=True)
    published_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    wage_rate = models.DecimalField(max_digits=18, decimal_places=6, null=True, blank=True)
    wage_usd = models.DecimalField(null=True, blank=True, **AMOUNT_FIELD)
    basic_wage_usd = models.DecimalField(null=True, blank=True, **AMOUNT_FIELD)
    origin_rate = models.DecimalField(max_digits=18, decimal_places=6, null=True, blank=True)
    worker_total_usd = models.DecimalField(null=True, blank=True, **AMOUNT_FIELD)
    worker_total_origin = models.DecimalField(null=True, blank=True, **AMOUNT_FIELD)
    employer_total_usd = models.DecimalField(null=True, blank=True, **AMOUNT_FIELD)
    ended_at = models.DateTimeField(_("ended"), null=True, blank=True)
    ended_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    withdrawal_reason = models.TextField(_("reason for withdrawal"), blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    # Counts the saves of a draft. The editor sends the number it was opened at,
    # so a save over someone else's newer save is refused instead of losing it.
    edit_version = models.PositiveIntegerField(default=1, editable=False)
    # The one-time token of the form that created this draft (accounts.submissions):
    # the same form sent twice finds this draft instead of making a second.
    submission_token = submissions.token_field()

    objects = DisclosureQuerySet.as_manager()

    class Meta:
        verbose_name = _("disclosure")
        verbose_name_plural = _("disclosures")
        ordering = ["agency", "programme", "sector", "-version"]
        constraints = [
            models.UniqueConstraint(
                fields=["agency", "programme", "sector"],
                condition=Q(status="published"),
                name="disclosure_one_current_per_group",
            ),
            models.UniqueConstraint(
                fields=["agency", "programme", "sector", "version"],
                name="disclosure_unique_version",
            ),
        ]
        indexes = [models.Index(fields=["status", "programme", "sector", "worker_total_usd"])]

    def __str__(self) -> str:
        return f"{self.agency} · {self.programme} · {self.sector} · v{self.version}"

    def save(self, *args, **kwargs):
        update_fields = kwargs.get("update_fields")
        if self.pk and not (update_fields and set(update_fields) <= LIFECYCLE_FIELDS):
            stored = Disclosure.objects.filter(pk=self.pk).values_list("status", flat=True).first()
            if stored not in (None, self.Status.DRAFT):
                raise PublishedRecordError(f"Disclosure {self.pk} is published and cannot change.")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        if self.status != self.Status.DRAFT:
            raise PublishedRecordError(f"Disclosure {self.pk} is published and cannot be deleted.")
        return super().delete(*args, **kwargs)

    @property
    def is_draft(self) -> bool:
        return self.status == self.Status.DRAFT

    @property
    def worker_months_of_wage(self) -> Decimal | None:
        """The Recruitment Cost Indicator: worker-paid cost over the offered monthly wage."""
        return months_of_wage(self.worker_total_usd, self.wage_usd)


class DisclosureItem(models.Model):
    disclosure = models.ForeignKey(Disclosure, on_delete=models.CASCADE, related_name="items")
    category = models.ForeignKey(
        CostCategory, on_delete=models.PROTECT, verbose_name=_("cost category")
    )
    amount = models.DecimalField(_("amount"), validators=[MinValueValidator(0)], **AMOUNT_FIELD)
    currency = models.CharField(_("currency"), max_length=3)
    payer = models.CharField(_("who pays"), max_length=16, choices=Payer.choices)
    note = models.CharField(_("note"), max_length=300, blank=True)
    rate = models.DecimalField(max_digits=18, decimal_places=6, null=True, blank=True)
    amount_usd = models.DecimalField(null=True, blank=True, **AMOUNT_FIELD)

    class Meta:
        verbose_name = _("disclosed cost item")
        verbose_name_plural = _("disclosed cost items")
        ordering = ["category__order", "payer", "pk"]
        constraints = [
            models.CheckConstraint(condition=Q(amount__gte=0), name="item_amount_not_negative"),
            models.UniqueConstraint(
                fields=["disclosure", "category", "payer"], name="item_one_line_per_category_payer"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.category}: {self.amount} {self.currency}"

    def save(self, *args, **kwargs):
        self._check_draft()
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        self._check_draft()
        return super().delete(*args, **kwargs)

    def _check_draft(self) -> None:
        status = Disclosure.objects.filter(pk=self.disclosure_id).values_list("status", flat=True)
        if status.first() not in (None, Disclosure.Status.DRAFT):
            raise PublishedRecordError("Items of a published disclosure cannot change.")
