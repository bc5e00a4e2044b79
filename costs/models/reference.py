"""The reference catalogue: countries, programmes, sectors, cost categories,
exchange rates and threshold rules. All of it is data, editable in the admin;
names and descriptions are translated with modeltranslation."""

import bisect
import datetime
from decimal import ROUND_HALF_UP, Decimal

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

USD = "USD"
CENT = Decimal("0.01")


class Country(models.Model):
    code = models.CharField(_("ISO code"), max_length=2, primary_key=True)
    name = models.CharField(_("name"), max_length=100)
    currency = models.CharField(_("currency"), max_length=3)
    is_origin = models.BooleanField(_("country of origin"), default=False)
    is_destination = models.BooleanField(_("destination"), default=False)

    class Meta:
        verbose_name = _("country")
        verbose_name_plural = _("countries")
        ordering = ["code"]

    def __str__(self) -> str:
        return self.name


class Programme(models.Model):
    code = models.SlugField(_("code"), max_length=20, unique=True)
    name = models.CharField(_("name"), max_length=120)
    short_name = models.CharField(_("short name"), max_length=30)
    description = models.TextField(_("description"), blank=True)
    destination = models.ForeignKey(
        Country, on_delete=models.PROTECT, related_name="programmes", verbose_name=_("destination")
    )
    valid_from = models.DateField(_("valid from"), null=True, blank=True)
    valid_until = models.DateField(_("valid until"), null=True, blank=True)
    # Used to count a fee in months of wages when the person does not know the wage.
    typical_wage = models.DecimalField(
        _("typical monthly wage"), max_digits=14, decimal_places=2, null=True, blank=True
    )
    typical_wage_currency = models.CharField(
        _("currency of the typical wage"), max_length=3, default="JPY"
    )
    typical_wage_source = models.CharField(
        _("source of the typical wage"), max_length=300, blank=True
    )
    # Months-of-wage caps count the basic wage (no overtime, no allowances):
    # when a person gives none, the fee check estimates the cap with this one.
    typical_basic_wage = models.DecimalField(
        _("typical basic monthly wage"),
        max_digits=14,
        decimal_places=2,
        null=True,
        blank=True,
        help_text=_("Without overtime; in the currency of the typical wage."),
    )
    typical_basic_wage_source = models.CharField(
        _("source of the typical basic wage"), max_length=300, blank=True
    )
    typical_basic_wage_url = models.URLField(
        _("link to the source of the typical basic wage"), max_length=500, blank=True
    )
    order = models.PositiveSmallIntegerField(default=0)

    class Meta:
        verbose_name = _("programme")
        verbose_name_plural = _("programmes")
        ordering = ["order", "code"]

    def __str__(self) -> str:
        return self.short_name


class Sector(models.Model):
    class Kind(models.TextChoices):
        SSW_FIELD = "ssw_field", _("SSW field")
        TITP_GROUP = "titp_group", _("TITP job category group")

    code = models.SlugField(_("code"), max_length=40, unique=True)
    name = models.CharField(_("name"), max_length=120)
    kind = models.CharField(_("kind"), max_length=12, choices=Kind.choices)
    programmes = models.ManyToManyField(
        Programme, related_name="sectors", verbose_name=_("programmes")
    )
    # When the field was opened (or closed) to the programme, e.g. the four SSW
    # fields the Cabinet added on 2024-03-29.
    valid_from = models.DateField(_("valid from"), null=True, blank=True)
    valid_until = models.DateField(_("valid until"), null=True, blank=True)
    order = models.PositiveSmallIntegerField(default=0)

    class Meta:
        verbose_name = _("sector")
        verbose_name_plural = _("sectors")
        ordering = ["kind", "order", "code"]

    def __str__(self) -> str:
        return self.name

    def belongs_to(self, programme: Programme) -> bool:
        return self.programmes.filter(pk=programme.pk).exists()


class CostCategory(models.Model):
    """A kind of cost, after the ILO Definition of recruitment fees and related costs (2019)."""

    class Kind(models.TextChoices):
        RECRUITMENT_FEE = "recruitment_fee", _("recruitment fee")
        RELATED_COST = "related_cost", _("related cost")
        ILLEGITIMATE = "illegitimate", _("illegitimate charge")

    code = models.SlugField(_("code"), max_length=30, unique=True)
    name = models.CharField(_("name"), max_length=120)
    description = models.TextField(_("description"), blank=True)
    kind = models.CharField(_("kind"), max_length=16, choices=Kind.choices)
    order = models.PositiveSmallIntegerField(default=0)

    class Meta:
        verbose_name = _("cost category")
        verbose_name_plural = _("cost categories")
        ordering = ["order", "code"]

    def __str__(self) -> str:
        return self.name


class MissingRate(ValidationError):
    """No exchange rate is known for a currency on or before a date."""

    @classmethod
    def of(cls, currency: str, date: datetime.date) -> "MissingRate":
        return cls(
            _("There is no exchange rate for %(currency)s on or before %(date)s."),
            code="missing_rate",
            params={"currency": currency, "date": date.isoformat()},
        )


class ExchangeRate(models.Model):
    currency = models.CharField(_("currency"), max_length=3)
    date = models.DateField(_("date"))
    units_per_usd = models.DecimalField(_("units per US dollar"), max_digits=18, decimal_places=6)
    source = models.CharField(_("source"), max_length=200)
    # Made-up rates come only with the demo data; a real import replaces them.
    is_demo = models.BooleanField(
        _("demo rate"),
        default=False,
        help_text=_("Made up for the demo data, not a real rate."),
    )

    class Meta:
        verbose_name = _("exchange rate")
        verbose_name_plural = _("exchange rates")
        ordering = ["currency", "-date"]
        constraints = [
            models.UniqueConstraint(fields=["currency", "date"], name="rate_unique_per_day"),
            models.CheckConstraint(condition=models.Q(units_per_usd__gt=0), name="rate_positive"),
        ]

    def __str__(self) -> str:
        return f"{self.currency} {self.units_per_usd} ({self.date})"


def rate_on(currency: str, date: datetime.date) -> Decimal:
    """Units of `currency` per US dollar on `date`, from the latest rate on or before it.

    Never guesses: a currency with no rate that early raises MissingRate.
    """
    if currency == USD:
        return Decimal(1)
    rate = (
        ExchangeRate.objects.filter(currency=currency, date__lte=date)
        .order_by("-date")
        .values_list("units_per_usd", flat=True)
        .first()
    )
    if rate is None:
        raise MissingRate.of(currency, date)
    return rate


def to_usd(amount: Decimal, rate: Decimal) -> Decimal:
    return (amount / rate).quantize(CENT, rounding=ROUND_HALF_UP)


def months_of_wage(cost_usd: Decimal | None, wage_usd: Decimal | None) -> Decimal | None:
    """A cost in months of a monthly wage (SDG 10.7.1's Recruitment Cost Indicator),
    to the hundredth, rounded half up: the one rule, also used by the summaries'
    SQL (numeric(10, 2)). Pages show it to one decimal (the decimal1 filter)."""
    if cost_usd is None or not wage_usd:
        return None
    return (Decimal(cost_usd) / Decimal(wage_usd)).quantize(CENT, rounding=ROUND_HALF_UP)


class ThresholdRule(models.Model):
    """One rule, as data: the flag engine, the preview and the fee check judge
    with every active row. A change is a new version (ThresholdRuleVersion):
    the row holds the version in force, the versions hold what came before."""

    class Kind(models.TextChoices):
        GAP = "gap", _("Workers paid much more than disclosed")
        WORKER_FEE = "worker_fee", _("Workers are charged fees")
        BENCHMARK_TOTAL = "benchmark_total", _("Agency fees above the benchmark")
        DOUBLE_CHARGE = "double_charge", _("Worker and employer both charged")
        CATEGORY_CAP = "category_cap", _("Charge that is not allowed")
        MONTHS_CAP = "months_cap", _("Fee above the months-of-wage limit")
        USD_CAP = "usd_cap", _("Fee above the dollar limit")
        UNDISCLOSED = "undisclosed", _("Fees not disclosed")
        UNLICENSED = "unlicensed", _("Working without a valid licence")
        CONTRACT_ISSUE = "contract_issue", _("Prohibited contract practice")

    class Tier(models.TextChoices):
        """What kind of source sets the rule. The tier, not the call site,
        decides the words a verdict may use (costs.flags.rules.tier_sentence)."""

        STATUTE = "statute", _("law")
        REGULATION = "regulation", _("regulation")
        AGREEMENT = "agreement", _("agreement between governments")
        STANDARD = "standard", _("international standard")
        BENCHMARK = "benchmark", _("benchmark")
        HEURISTIC = "heuristic", _("FairFee check")

    class Unit(models.TextChoices):
        USD = "usd", _("US dollars")
        MONTHS_OF_WAGE = "months", _("months of wage")
        MONTHS_PER_YEAR = "months_per_year", _("months of wage per year of contract")
        RATIO = "ratio", _("ratio")
        REPORTS = "reports", _("reports")

    class Severity(models.TextChoices):
        INFO = "info", _("information")
        WARNING = "warning", _("warning")
        HIGH = "high", _("serious")

    class Practice(models.TextChoices):
        """The prohibited practice a contract-issue rule counts (WorkerReport's fields)."""

        PREGNANCY = "pregnancy_prohibited", _("pregnancy, marriage or birth")
        PASSPORT = "passport_held", _("passport or residence card kept")
        DEPOSIT = "deposit_demanded", _("deposit or guarantee")

    code = models.SlugField(_("code"), max_length=60, unique=True)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    tier = models.CharField(
        _("source tier"),
        max_length=12,
        choices=Tier.choices,
        help_text=_("Decides the words of every verdict: only a law is called the law."),
    )
    origin = models.ForeignKey(
        Country, on_delete=models.PROTECT, null=True, blank=True, verbose_name=_("origin")
    )
    programme = models.ForeignKey(
        Programme, on_delete=models.PROTECT, null=True, blank=True, verbose_name=_("programme")
    )
    sector = models.ForeignKey(
        Sector, on_delete=models.PROTECT, null=True, blank=True, verbose_name=_("sector")
    )
    category = models.ForeignKey(
        CostCategory,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        verbose_name=_("cost category"),
    )
    practice = models.CharField(
        _("practice"),
        max_length=24,
        choices=Practice.choices,
        blank=True,
        help_text=_("For a contract-issue rule: the practice it counts (blank: any of them)."),
    )
    value = models.DecimalField(_("value"), max_digits=14, decimal_places=4, null=True, blank=True)
    unit = models.CharField(_("unit"), max_length=16, choices=Unit.choices, blank=True)
    absolute_tolerance_usd = models.DecimalField(
        _("absolute tolerance (USD)"), max_digits=12, decimal_places=2, null=True, blank=True
    )
    min_reports = models.PositiveIntegerField(_("minimum reports"), null=True, blank=True)
    min_contract_months = models.PositiveSmallIntegerField(
        _("applies to contracts of at least (months)"), null=True, blank=True
    )
    severity = models.CharField(
        _("severity"), max_length=8, choices=Severity.choices, default=Severity.WARNING
    )
    effective_from = models.DateField(_("effective from"), null=True, blank=True)
    effective_until = models.DateField(_("effective until"), null=True, blank=True)
    citation = models.TextField(_("citation"))
    # The article-level reference a verdict quotes ("Law 69/2020/QH14, Art. 7(8)"),
    # or for a benchmark who set it.
    reference = models.CharField(_("short reference"), max_length=200, blank=True)
    source_url = models.URLField(
        _("link to the source"),
        max_length=1000,
        blank=True,
        help_text=_("The official text or a reputable legal database page."),
    )
    confirmed = models.BooleanField(
        _("confirmed"),
        default=True,
        help_text=_("Unticked while the legal source of this value is not confirmed."),
    )
    # A rule is never deleted (flags were judged by it): it is retired.
    active = models.BooleanField(
        _("in use"),
        default=True,
        help_text=_("Untick to stop judging with this rule; its flags and history stay."),
    )
    version = models.PositiveIntegerField(_("version"), default=1, editable=False)

    class Meta:
        verbose_name = _("threshold rule")
        verbose_name_plural = _("threshold rules")
        ordering = ["kind", "code"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(
                    tier__in=[
                        "statute",
                        "regulation",
                        "agreement",
                        "standard",
                        "benchmark",
                        "heuristic",
                    ]
                ),
                name="rule_tier_known",
            ),  # fmt: skip
            # Every rule names its source by a link, except FairFee's own checks,
            # whose source is the rules page itself.
            models.CheckConstraint(
                condition=models.Q(tier="heuristic") | ~models.Q(source_url=""),
                name="rule_links_its_source",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} ({self.code})"

    def is_effective_on(self, date: datetime.date | None = None) -> bool:
        date = date or timezone.localdate()
        if self.effective_from and date < self.effective_from:
            return False
        return not (self.effective_until and date > self.effective_until)

    @property
    def counts_own_reports(self) -> bool:
        """A report-side rule with dates or a practice counts, per group, only
        the reports it covers (dated inside its period, showing its practice):
        the summaries compute those counts per rule (costs.flags.summaries)."""
        return bool(self.effective_from or self.effective_until or self.practice)


# The fields a version records, besides the translated texts.
RULE_TERMS = [
    "kind", "tier", "origin_id", "programme_id", "sector_id", "category_id", "practice",
    "value", "unit", "absolute_tolerance_usd", "min_reports", "min_contract_months", "severity",
    "effective_from", "effective_until", "source_url", "confirmed", "active",
]  # fmt: skip
RULE_TEXTS = ["citation", "reference"]


def rule_terms(rule) -> dict:
    """What a rule says, as JSON: the record a version keeps. Works on the
    historical models of migrations too (it reads plain attributes)."""
    terms = {}
    for name in RULE_TERMS:
        value = getattr(rule, name)
        if isinstance(value, Decimal):
            # Normalised, so 3000 and the stored 3000.0000 are the same term.
            value = format(value.normalize(), "f")
        elif isinstance(value, datetime.date):
            value = value.isoformat()
        terms[name] = value
    for name in RULE_TEXTS:
        terms[name] = {
            code: getattr(rule, f"{name}_{code}", None) or "" for code, _name in settings.LANGUAGES
        }
    return terms


class ThresholdRuleVersion(models.Model):
    """One version of a rule, as it was judged by: never changed or deleted.
    Flags and their events point at the version that judged them, so an old
    flag still shows the value and citation it was raised under."""

    rule = models.ForeignKey(ThresholdRule, on_delete=models.PROTECT, related_name="versions")
    number = models.PositiveIntegerField(_("version"))
    terms = models.JSONField(_("the rule as it was"))
    created_at = models.DateTimeField(_("from"), default=timezone.now)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    note = models.TextField(_("what changed and why"), blank=True)

    class Meta:
        verbose_name = _("rule version")
        verbose_name_plural = _("rule versions")
        ordering = ["rule", "number"]
        constraints = [
            models.UniqueConstraint(fields=["rule", "number"], name="rule_version_unique")
        ]

    def __str__(self) -> str:
        return f"{self.rule_id} v{self.number}"

    def save(self, *args, **kwargs):
        if self.pk:
            raise PermissionError("Rule versions are never changed.")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise PermissionError("Rule versions are never deleted.")

    def text(self, name: str) -> str:
        """A translated text of this version in the active language (English if missing)."""
        texts = self.terms.get(name) or {}
        return texts.get(get_language() or "en") or texts.get("en") or ""

    @property
    def citation(self) -> str:
        return self.text("citation")

    @property
    def value(self) -> Decimal | None:
        value = self.terms.get("value")
        return Decimal(value) if value is not None else None


class RateBook:
    """All rates of some currencies in memory, for converting many amounts at
    once (bulk imports) with the same rule as rate_on()."""

    def __init__(self, currencies):
        self._dates: dict[str, list[datetime.date]] = {}
        self._rates: dict[str, list[Decimal]] = {}
        rows = ExchangeRate.objects.filter(currency__in=set(currencies)).order_by(
            "currency", "date"
        )
        for currency, date, rate in rows.values_list("currency", "date", "units_per_usd"):
            self._dates.setdefault(currency, []).append(date)
            self._rates.setdefault(currency, []).append(rate)

    def rate(self, currency: str, date: datetime.date) -> Decimal:
        if currency == USD:
            return Decimal(1)
        index = bisect.bisect_right(self._dates.get(currency, []), date) - 1
        if index < 0:
            raise MissingRate.of(currency, date)
        return self._rates[currency][index]


class LicenceAuthority(models.Model):
    """Who licenses an origin country's recruitment agencies. Agencies store its
    code (agencies cannot import this app); pages show its name in the reader's
    language. Codes are the ones register imports use (`--authority KH-MOLVT`)."""

    code = models.CharField(
        _("code"),
        max_length=60,
        primary_key=True,
        help_text=_("Country code, a hyphen and a short name, e.g. KH-MOLVT."),
    )
    country = models.ForeignKey(
        Country,
        on_delete=models.PROTECT,
        related_name="licence_authorities",
        verbose_name=_("country"),
    )
    name = models.CharField(_("name"), max_length=200)
    website = models.URLField(_("website"), blank=True)

    class Meta:
        verbose_name = _("licence authority")
        verbose_name_plural = _("licence authorities")
        ordering = ["country", "code"]

    def __str__(self) -> str:
        return self.name

    @classmethod
    def name_for(cls, code: str) -> str:
        """The authority's name in the active language; a code that is not in
        the catalogue (an older free-text entry) is returned as it is."""
        authority = cls.objects.filter(code=code).first() if code else None
        return authority.name if authority else code
