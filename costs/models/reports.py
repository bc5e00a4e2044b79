"""What workers actually paid, as they or an NGO reported it.

A reporter's identity (account, organisation contact, IP) never leaves the
moderators and reviewers: public figures come from accepted reports only, and
only for groups with enough reports (settings.MIN_REPORTS_PUBLIC).
"""

import hashlib
import hmac
import secrets
import unicodedata

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from accounts import submissions
from accounts.models import Organisation
from agencies.models import Agency

from .disclosures import AMOUNT_FIELD
from .reference import CostCategory, Country, Programme, Sector

# No 0/O, 1/I/L: a code read aloud or copied from paper must not be misread.
RECEIPT_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
RECEIPT_LENGTH = 12


def new_receipt_code() -> str:
    return "".join(secrets.choice(RECEIPT_ALPHABET) for _ in range(RECEIPT_LENGTH))


def normalise_receipt_code(code: str) -> str:
    """The code as it was issued: full-width letters and digits (a Japanese or
    Chinese keyboard's) folded to ASCII by NFKC, lower case raised, and spaces,
    dashes and anything else that is not a letter or digit dropped."""
    folded = unicodedata.normalize("NFKC", code).upper()
    return "".join(ch for ch in folded if ch.isascii() and ch.isalnum())


def receipt_hash(code: str, key: str | None = None) -> str:
    """Keyed hash: the code itself is never stored.

    Keyed with RECEIPT_KEY (or a previous receipt key, to find old reports),
    never SECRET_KEY: rotating the secret key must not lock workers out.
    """
    key = settings.RECEIPT_KEY if key is None else key
    return hmac.new(key.encode(), normalise_receipt_code(code).encode(), hashlib.sha256).hexdigest()


class ReportQuerySet(models.QuerySet):
    def accepted(self):
        return self.filter(status=WorkerReport.Status.ACCEPTED)


class WorkerReport(models.Model):
    class Status(models.TextChoices):
        PENDING = "pending", _("waiting for a check")
        ACCEPTED = "accepted", _("accepted")
        REJECTED = "rejected", _("rejected")

    class Via(models.TextChoices):
        SELF = "self", _("by the worker")
        NGO = "ngo", _("by an NGO for the worker")
        BULK = "bulk", _("from an NGO survey")

    class Lender(models.TextChoices):
        BANK = "bank", _("bank")
        MICROFINANCE = "microfinance", _("microfinance")
        RELATIVES = "relatives", _("relatives or friends")
        MONEYLENDER = "moneylender", _("moneylender")
        OTHER = "other", _("other")

    agency = models.ForeignKey(
        Agency, on_delete=models.PROTECT, null=True, blank=True, related_name="reports"
    )
    agency_name_given = models.CharField(_("agency name as given"), max_length=200, blank=True)
    origin = models.ForeignKey(Country, on_delete=models.PROTECT, related_name="+")
    programme = models.ForeignKey(Programme, on_delete=models.PROTECT, verbose_name=_("programme"))
    sector = models.ForeignKey(Sector, on_delete=models.PROTECT, verbose_name=_("sector"))
    departure_month = models.DateField(_("month you left for Japan"))
    contract_months = models.PositiveSmallIntegerField(
        _("contract length (months)"), validators=[MinValueValidator(1), MaxValueValidator(120)]
    )
    first_wage = models.DecimalField(_("first month's wage in Japan"), **AMOUNT_FIELD)
    wage_currency = models.CharField(_("wage currency"), max_length=3, default="JPY")
    wage_usd = models.DecimalField(null=True, blank=True, **AMOUNT_FIELD)
    # The basic wage of the contract (no overtime, no allowances), if the worker
    # knows it: months-of-wage caps count it, not the first month's pay.
    basic_wage = models.DecimalField(
        _("basic monthly wage in the contract"),
        null=True,
        blank=True,
        help_text=_("The wage in the contract, without overtime or allowances."),
        **AMOUNT_FIELD,
    )
    basic_wage_usd = models.DecimalField(null=True, blank=True, **AMOUNT_FIELD)

    loan_amount = models.DecimalField(_("loan"), null=True, blank=True, **AMOUNT_FIELD)
    loan_currency = models.CharField(_("loan currency"), max_length=3, blank=True)
    loan_usd = models.DecimalField(null=True, blank=True, **AMOUNT_FIELD)
    lender = models.CharField(_("lender"), max_length=16, choices=Lender.choices, blank=True)
    loan_monthly_interest = models.DecimalField(
        _("monthly interest (%)"), max_digits=5, decimal_places=2, null=True, blank=True
    )
    collateral = models.CharField(_("what was pledged"), max_length=300, blank=True)

    pregnancy_prohibited = models.BooleanField(
        _("I was told I must not get pregnant"), default=False
    )
    passport_held = models.BooleanField(
        _("someone else kept my passport or ID card"), default=False
    )
    deposit_demanded = models.BooleanField(_("I had to pay a deposit or guarantee"), default=False)
    no_contract_in_own_language = models.BooleanField(
        _("I got no contract in my language"), default=False
    )
    wage_lower_than_promised = models.BooleanField(
        _("my wage was lower than promised"), default=False
    )
    private_story = models.TextField(_("your story (private)"), blank=True, max_length=5000)

    via = models.CharField(max_length=8, choices=Via.choices, default=Via.SELF)
    organisation = models.ForeignKey(
        Organisation, on_delete=models.PROTECT, null=True, blank=True, related_name="reports"
    )
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    import_reference = models.CharField(max_length=100, blank=True)
    # The survey upload the report came from (ImportBatch), for reports imported
    # since uploads are recorded: a replacing upload finds exactly its reports.
    import_batch = models.ForeignKey(
        "ImportBatch", on_delete=models.PROTECT, null=True, blank=True, related_name="reports"
    )
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.PENDING)
    rejection_reason = models.TextField(blank=True)
    moderated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    moderated_at = models.DateTimeField(null=True, blank=True)
    # When the report first counted among the accepted, and when it last
    # entered or changed within them: the release of public figures counts
    # changes since its last batch with these (costs.flags.summaries).
    accepted_at = models.DateTimeField(null=True, blank=True)
    changed_at = models.DateTimeField(null=True, blank=True)
    possible_duplicate_of = models.ForeignKey(
        "self", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    receipt_hash = models.CharField(max_length=64, blank=True, db_index=True)
    # The one-time token of the form that sent the report (accounts.submissions):
    # a random value, tied to no one, so a report sent twice is stored once.
    submission_token = submissions.token_field()
    # Stored when saved or accepted: the summaries aggregate it instead of the items.
    worker_total_usd = models.DecimalField(null=True, blank=True, **AMOUNT_FIELD)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = ReportQuerySet.as_manager()

    class Meta:
        verbose_name = _("worker report")
        verbose_name_plural = _("worker reports")
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["agency", "programme", "sector", "status"])]
        constraints = [
            models.CheckConstraint(
                condition=Q(agency__isnull=False) | ~Q(agency_name_given=""),
                name="report_names_an_agency",
            )
        ]

    def __str__(self) -> str:
        return f"report {self.pk}"

    @property
    def contract_problems(self) -> list[str]:
        return [
            str(self._meta.get_field(name).verbose_name)
            for name in PROBLEM_FIELDS
            if getattr(self, name)
        ]


PROBLEM_FIELDS = [
    "pregnancy_prohibited",
    "passport_held",
    "deposit_demanded",
    "no_contract_in_own_language",
    "wage_lower_than_promised",
]


class ReportItem(models.Model):
    class PaidTo(models.TextChoices):
        AGENCY = "agency", _("the agency")
        BROKER = "broker", _("a broker or middleman")
        TRAINING_CENTRE = "training_centre", _("a training centre")
        OTHER = "other", _("someone else")

    report = models.ForeignKey(WorkerReport, on_delete=models.CASCADE, related_name="items")
    category = models.ForeignKey(CostCategory, on_delete=models.PROTECT, verbose_name=_("cost"))
    amount = models.DecimalField(_("amount"), validators=[MinValueValidator(0)], **AMOUNT_FIELD)
    currency = models.CharField(_("currency"), max_length=3)
    paid_to = models.CharField(_("paid to"), max_length=16, choices=PaidTo.choices)
    receipt_given = models.BooleanField(_("I got a receipt"), default=False)
    rate = models.DecimalField(max_digits=18, decimal_places=6, null=True, blank=True)
    amount_usd = models.DecimalField(null=True, blank=True, **AMOUNT_FIELD)

    class Meta:
        verbose_name = _("paid item")
        verbose_name_plural = _("paid items")
        ordering = ["pk"]
        constraints = [
            models.CheckConstraint(condition=Q(amount__gte=0), name="report_item_not_negative")
        ]

    def __str__(self) -> str:
        return f"{self.category}: {self.amount} {self.currency}"


class ImportBatch(models.Model):
    """One survey file an NGO uploaded (costs.reports.imports), from upload to
    outcome. The file's bytes are kept in the database, where the web process and
    the workers both reach them and a restart of either loses nothing, until the
    import has run; its SHA-256 stays, so the same file is never imported twice."""

    class Status(models.TextChoices):
        QUEUED = "queued", _("waiting to start")
        RUNNING = "running", _("being imported")
        DONE = "done", _("imported")
        FAILED = "failed", _("not imported")

    organisation = models.ForeignKey(
        Organisation, on_delete=models.PROTECT, related_name="import_batches"
    )
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    file_name = models.CharField(_("file"), max_length=255)
    sha256 = models.CharField(max_length=64)
    size = models.PositiveBigIntegerField(default=0)
    # The uploader's language when uploading: the listed problems are written in it.
    language = models.CharField(max_length=8, blank=True)
    status = models.CharField(max_length=8, choices=Status.choices, default=Status.QUEUED)
    replaces = models.ForeignKey(
        "self", on_delete=models.PROTECT, null=True, blank=True, related_name="replaced_by"
    )
    content = models.BinaryField(null=True, editable=False)
    rows_read = models.PositiveIntegerField(default=0)
    reports_made = models.PositiveIntegerField(default=0)
    reports_replaced = models.PositiveIntegerField(default=0)
    error_count = models.PositiveIntegerField(default=0)
    # [[row or null, column, message], ...]: the first ERRORS_LISTED (imports.py) problems.
    errors = models.JSONField(default=list, blank=True)
    attempts = models.PositiveSmallIntegerField(default=0)
    created_at = models.DateTimeField(auto_now_add=True)
    started_at = models.DateTimeField(null=True, blank=True)
    # Last sign of life: when it was sent to a worker, or when its run last
    # counted rows. A batch quiet for too long is sent again (imports.py).
    heartbeat_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("survey import")
        verbose_name_plural = _("survey imports")
        ordering = ["-created_at"]
        constraints = [
            # Also what stops a form sent twice from importing twice: the second
            # upload of the same bytes cannot be stored. A failed import wrote
            # nothing, so its file may come again.
            models.UniqueConstraint(
                fields=["organisation", "sha256"],
                condition=~Q(status="failed"),
                name="import_file_once",
            ),
            models.CheckConstraint(
                condition=Q(status__in=["queued", "running", "done", "failed"]),
                name="import_status_known",
            ),
        ]

    def __str__(self) -> str:
        return self.file_name

    @property
    def finished(self) -> bool:
        return self.status in (self.Status.DONE, self.Status.FAILED)
