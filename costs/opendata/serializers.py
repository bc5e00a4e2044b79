"""The shape of every open-data record. Each field's help text is its entry in
the data dictionary: plain English in the OpenAPI schema, translated on the
data dictionary page. Amounts derived from workers' reports are never plain
numbers: they are public amounts (a band or a rounded point) from costs.privacy."""

import datetime
from decimal import Decimal

from django.conf import settings
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from agencies.models import LicenceStatus

from .. import privacy
from ..catalogue.countries import currency_name
from ..flags.rules import EVIDENCE_LABELS, explanation
from ..models import CostCategory, Disclosure, Flag, Payer, Sector, ThresholdRule
from .selectors import PUBLIC_TEXT_STATUSES

LANGUAGES = tuple(settings.MODELTRANSLATION_LANGUAGES)


def number(value: Decimal) -> int | float:
    """A public amount as a JSON number: whole when it is whole. Public amounts
    are round (bands and rounded points), so nothing is lost."""
    return int(value) if value == value.to_integral_value() else float(value)


# --- pieces -------------------------------------------------------------------


class DayField(serializers.DateField):
    """The day of a moment: the open data dates what the public saw by the day."""

    def to_representation(self, value):
        if isinstance(value, datetime.datetime):
            value = timezone.localdate(value)
        return super().to_representation(value)


@extend_schema_field(OpenApiTypes.STR)
class CodeField(serializers.SlugRelatedField):
    """A catalogue row by its code."""

    def __init__(self, **kwargs):
        kwargs.setdefault("slug_field", "code")
        kwargs.setdefault("read_only", True)
        super().__init__(**kwargs)


class AmountSerializer(serializers.Serializer):
    """The schema of a public amount (see PublicAmountField)."""

    kind = serializers.ChoiceField(
        choices=["band", "point"],
        help_text=_(
            "“band”: the figure lies somewhere between low and high (groups of fewer than 10 reports). “point”: a rounded figure, and low equals high (10 reports or more)."
        ),
    )
    low = serializers.FloatField(help_text=_("Lower end of the band, or the rounded figure."))
    high = serializers.FloatField(help_text=_("Upper end of the band, or the rounded figure."))
    currency = serializers.CharField(
        help_text=_(
            "ISO 4217 code of the currency, “months” for months of earnings, or “reports” for a number of reports."
        )
    )


@extend_schema_field(AmountSerializer)
class PublicAmountField(serializers.Field):
    """An amount derived from workers' reports, as costs.privacy lets anyone see it."""

    def __init__(self, **kwargs):
        kwargs.setdefault("read_only", True)
        super().__init__(**kwargs)

    def to_representation(self, value: privacy.Amount) -> dict:
        return {
            "kind": "band" if value.is_band else "point",
            "low": number(value.low),
            "high": number(value.high),
            "currency": value.currency,
        }


class TranslationsSerializer(serializers.Serializer):
    """The schema of a text in the portal's four languages."""

    en = serializers.CharField(allow_null=True, help_text=_("English."))
    km = serializers.CharField(allow_null=True, help_text=_("Khmer."))
    vi = serializers.CharField(allow_null=True, help_text=_("Vietnamese."))
    ja = serializers.CharField(allow_null=True, help_text=_("Japanese."))


@extend_schema_field(TranslationsSerializer)
class TranslatedField(serializers.Field):
    """A translated column in every language (null where no translation is stored)."""

    def __init__(self, **kwargs):
        kwargs.setdefault("read_only", True)
        kwargs.setdefault("source", "*")
        super().__init__(**kwargs)

    def to_representation(self, obj) -> dict:
        return {lang: getattr(obj, f"{self.field_name}_{lang}", None) or None for lang in LANGUAGES}


@extend_schema_field(TranslationsSerializer)
class ExplanationField(serializers.Field):
    """A rule's explanation in plain words, in every language."""

    def __init__(self, **kwargs):
        kwargs.setdefault("read_only", True)
        super().__init__(**kwargs)

    def to_representation(self, rule: ThresholdRule) -> dict:
        texts = {}
        for lang in LANGUAGES:
            with translation.override(lang):
                texts[lang] = str(explanation(rule))
        return texts


class AgencyRefSerializer(serializers.Serializer):
    id = serializers.IntegerField(help_text=_("The agency's number in this data."))
    slug = serializers.SlugField(help_text=_("The agency's short name in the portal's addresses."))
    name = serializers.CharField(help_text=_("The agency's name."))
    licence_number = serializers.CharField(help_text=_("Its licence number."))
    country = serializers.CharField(help_text=_("ISO code of its country of origin."))


# --- agencies -----------------------------------------------------------------


class AgencySerializer(serializers.Serializer):
    id = serializers.IntegerField(help_text=_("The agency's number in this data."))
    slug = serializers.SlugField(help_text=_("The agency's short name in the portal's addresses."))
    name = serializers.CharField(help_text=_("The agency's name."))
    name_local = serializers.CharField(help_text=_("Its name in Khmer or Vietnamese script."))
    country = serializers.CharField(help_text=_("ISO code of its country of origin."))
    licence_number = serializers.CharField(
        help_text=_("Its licence number, as the authority issued it.")
    )
    licence_authority = serializers.CharField(
        help_text=_("Code of the authority that licensed it, e.g. KH-MOLVT.")
    )
    licence_status = serializers.ChoiceField(
        choices=LicenceStatus.values,
        source="effective_licence_status",
        help_text=_(
            "active, suspended, revoked, expired or unknown. An active licence whose validity has passed is expired."
        ),
    )
    is_licensed = serializers.BooleanField(help_text=_("Whether it holds a valid licence today."))
    licence_valid_from = serializers.DateField(
        allow_null=True, help_text=_("First day of the licence.")
    )
    licence_valid_until = serializers.DateField(
        allow_null=True, help_text=_("Last day of the licence.")
    )
    register_authority = serializers.CharField(
        help_text=_("Code of the authority whose published register lists it (empty if none).")
    )
    register_as_of = serializers.DateField(
        allow_null=True,
        help_text=_("Date of the newest register of that authority that was imported."),
    )
    on_register = serializers.BooleanField(
        help_text=_("False when the newest register of its authority no longer lists it.")
    )
    address = serializers.CharField(help_text=_("Its address."))
    phone = serializers.CharField(help_text=_("Its phone number."))
    email = serializers.CharField(help_text=_("Its e-mail address."))
    website = serializers.CharField(help_text=_("Its website."))
    profile_url = serializers.SerializerMethodField(
        help_text=_("Its public page on the portal, in English.")
    )

    def get_profile_url(self, agency) -> str:
        with translation.override(settings.LANGUAGE_CODE):
            return settings.SITE_URL + reverse("costs:agency", args=[agency.slug])


# --- disclosures --------------------------------------------------------------


class DisclosureItemSerializer(serializers.Serializer):
    category = CodeField(
        read_only=True,
        help_text=_("Code of the cost category (see cost-categories)."),
    )
    amount = serializers.DecimalField(
        max_digits=14, decimal_places=2, help_text=_("The amount, in its own currency.")
    )
    currency = serializers.CharField(help_text=_("ISO 4217 code of the amount's currency."))
    amount_usd = serializers.DecimalField(
        max_digits=14,
        decimal_places=2,
        allow_null=True,
        help_text=_("The amount in US dollars at the exchange rate of the day it was published."),
    )
    rate = serializers.DecimalField(
        max_digits=18,
        decimal_places=6,
        allow_null=True,
        help_text=_("The exchange rate used: units of the currency per US dollar."),
    )
    payer = serializers.ChoiceField(
        choices=Payer.values,
        help_text=_(
            "Who pays: worker, employer (the employer in Japan) or supervising_org (the supervising organisation in Japan)."
        ),
    )
    note = serializers.CharField(help_text=_("The agency's note on this cost."))


class DisclosureSerializer(serializers.Serializer):
    id = serializers.IntegerField(help_text=_("The disclosure's number; each version has its own."))
    agency = AgencyRefSerializer(help_text=_("The agency that published it."))
    origin = serializers.CharField(
        source="origin_id", help_text=_("ISO code of the workers' country of origin.")
    )
    programme = CodeField(read_only=True, help_text=_("Code of the programme (see programmes)."))
    sector = CodeField(read_only=True, help_text=_("Code of the sector (see sectors)."))
    version = serializers.IntegerField(help_text=_("1 for the first version, then 2, 3, …"))
    status = serializers.ChoiceField(
        choices=[s for s in Disclosure.Status.values if s != Disclosure.Status.DRAFT],
        help_text=_(
            "published (the current version), superseded (replaced by a newer version) or withdrawn (withdrawn by the agency, with a reason)."
        ),
    )
    supersedes = serializers.IntegerField(
        source="supersedes_id",
        allow_null=True,
        help_text=_("The number of the version this one replaced, if any."),
    )
    contract_months = serializers.IntegerField(help_text=_("Length of the contract in months."))
    offered_wage = serializers.DecimalField(
        max_digits=14, decimal_places=2, help_text=_("The monthly wage offered in Japan.")
    )
    wage_currency = serializers.CharField(help_text=_("ISO 4217 code of the wage's currency."))
    wage_usd = serializers.DecimalField(
        max_digits=14,
        decimal_places=2,
        allow_null=True,
        help_text=_("The offered wage in US dollars on the day of publication."),
    )
    worker_total_usd = serializers.DecimalField(
        max_digits=14,
        decimal_places=2,
        allow_null=True,
        help_text=_("Everything the worker pays, in US dollars on the day of publication."),
    )
    worker_total_origin = serializers.DecimalField(
        max_digits=14,
        decimal_places=2,
        allow_null=True,
        help_text=_("The same in the currency of the country of origin."),
    )
    employer_total_usd = serializers.DecimalField(
        max_digits=14,
        decimal_places=2,
        allow_null=True,
        help_text=_("Everything the employer side pays, in US dollars."),
    )
    worker_months_of_wage = serializers.DecimalField(
        max_digits=10,
        decimal_places=2,
        allow_null=True,
        help_text=_("What the worker pays, in months of the offered wage."),
    )
    published_at = serializers.DateTimeField(help_text=_("When this version was published."))
    ended_at = serializers.DateTimeField(
        allow_null=True, help_text=_("When it was replaced or withdrawn.")
    )
    withdrawal_reason = serializers.CharField(
        help_text=_("The reason the agency gave for withdrawing it.")
    )
    items = DisclosureItemSerializer(many=True, help_text=_("Every cost, line by line."))


# --- what workers reported ----------------------------------------------------


class ReportSummarySerializer(serializers.Serializer):
    """Released figures of one agency, programme and sector, through costs.privacy."""

    agency = AgencyRefSerializer(help_text=_("The agency the workers went with."))
    programme = CodeField(read_only=True, help_text=_("Code of the programme."))
    sector = CodeField(read_only=True, help_text=_("Code of the sector."))
    reports = serializers.IntegerField(
        source="figures.count",
        help_text=_(
            "Number of checked reports the figures come from; groups with fewer reports are not listed."
        ),
    )
    median_usd = PublicAmountField(
        source="figures.median",
        help_text=_("Median of what workers paid in total, in US dollars."),
    )
    median_origin = PublicAmountField(
        source="figures.median_origin",
        allow_null=True,
        help_text=_(
            "The same in the currency of the country of origin, at today's rate, widened to round figures."
        ),
    )
    p75_usd = PublicAmountField(
        source="figures.p75",
        allow_null=True,
        help_text=_("75th percentile of what workers paid, in US dollars: only from 10 reports."),
    )
    median_months = PublicAmountField(
        source="figures.median_months",
        allow_null=True,
        help_text=_("Median of what each worker paid in months of their first month's wage."),
    )
    released_on = DayField(
        source="released_at",
        allow_null=True,
        help_text=_("The day these figures were last released (they change in batches)."),
    )

    def to_representation(self, summary):
        currency, rate = self.context["origin_rates"].get(summary.agency.country, ("", None))
        summary.figures = privacy.public_figures(summary, origin_currency=currency, rate=rate)
        return super().to_representation(summary)


# --- flags --------------------------------------------------------------------


@extend_schema_field(
    {
        "type": "object",
        "description": "The figures behind the flag, as the public may see them.",
        "properties": {
            key: (
                {"$ref": "#/components/schemas/Amount"}
                if key == "median_usd"
                else {"type": "integer"}
                if key == "reports"
                else {"type": "string"}
            )
            for key in EVIDENCE_LABELS
        },
    }
)
class PublicEvidenceField(serializers.Field):
    """A flag's public evidence through costs.privacy: report-derived figures as
    public amounts, counts only from k reports; only the keys the pages label."""

    def __init__(self, **kwargs):
        kwargs.setdefault("read_only", True)
        super().__init__(**kwargs)

    def to_representation(self, evidence: dict) -> dict:
        shown = {}
        for key, value in privacy.public_evidence(evidence or {}).items():
            if key not in EVIDENCE_LABELS:
                continue
            if isinstance(value, privacy.Amount):
                shown[key] = PublicAmountField().to_representation(value)
            elif key == "reports":
                shown[key] = int(value)
            else:
                shown[key] = str(value)
        return shown


class FlagEventSerializer(serializers.Serializer):
    kind = serializers.ChoiceField(
        choices=["status_changed", "reopened", "cleared", "agency_reply"],
        help_text=_(
            "status_changed (a reviewer's step), reopened, cleared (the condition no longer holds) or agency_reply."
        ),
    )
    status = serializers.CharField(help_text=_("The flag's status after this event."))
    date = DayField(source="created_at", help_text=_("The day it happened."))
    text = serializers.SerializerMethodField(
        help_text=_("The agency's reply, or the reviewers' note on an outcome; otherwise empty.")
    )

    def get_text(self, event) -> str:
        if event.kind == "agency_reply" or (
            event.kind == "status_changed" and event.status in PUBLIC_TEXT_STATUSES
        ):
            return event.text
        return ""


class FlagSerializer(serializers.Serializer):
    id = serializers.IntegerField(help_text=_("The flag's number."))
    agency = AgencyRefSerializer(help_text=_("The agency the flag is about."))
    rule = CodeField(read_only=True, help_text=_("Code of the rule (see rules)."))
    kind = serializers.CharField(source="rule.kind", help_text=_("The kind of rule."))
    explanation = ExplanationField(
        source="rule", help_text=_("What the rule means, in plain words.")
    )
    programme = CodeField(
        read_only=True,
        allow_null=True,
        help_text=_("Code of the programme, if the flag is about one job."),
    )
    sector = CodeField(
        read_only=True,
        allow_null=True,
        help_text=_("Code of the sector, if the flag is about one job."),
    )
    severity = serializers.ChoiceField(
        choices=ThresholdRule.Severity.values, help_text=_("info, warning or high.")
    )
    status = serializers.ChoiceField(
        choices=Flag.Status.values,
        help_text=_(
            "open, under_review, agency_responded, resolved, dismissed or cleared (the condition no longer holds)."
        ),
    )
    is_active = serializers.BooleanField(
        help_text=_("True while it is open, under review or answered.")
    )
    public_since = DayField(
        allow_null=True,
        help_text=_("The day the flag was shown to the public."),
    )
    closed_on = DayField(
        source="closed_at", allow_null=True, help_text=_("The day it was closed, if it was.")
    )
    outcome = serializers.SerializerMethodField(
        help_text=_("The reviewers' note on their decision, once resolved or dismissed.")
    )
    evidence = PublicEvidenceField(
        source="public_evidence", help_text=_("The figures behind the flag.")
    )
    events = FlagEventSerializer(
        source="public_events",
        many=True,
        help_text=_("Its public history: reviewers' steps, clearing, and the agency's replies."),
    )

    def get_outcome(self, flag) -> str:
        return flag.resolution_note if flag.status in PUBLIC_TEXT_STATUSES else ""


# --- rules --------------------------------------------------------------------


def _rule_has(name: str) -> bool:
    return any(field.name == name for field in ThresholdRule._meta.get_fields())


class RuleSerializer(serializers.Serializer):
    code = serializers.SlugField(help_text=_("The rule's code."))
    kind = serializers.ChoiceField(
        choices=ThresholdRule.Kind.values, help_text=_("The kind of rule.")
    )
    explanation = ExplanationField(source="*", help_text=_("What the rule means, in plain words."))
    origin = serializers.CharField(
        source="origin_id",
        allow_null=True,
        help_text=_("ISO code of the country of origin it covers (null: every origin)."),
    )
    programme = CodeField(
        read_only=True,
        allow_null=True,
        help_text=_("Code of the programme it covers (null: every programme)."),
    )
    sector = CodeField(
        read_only=True,
        allow_null=True,
        help_text=_("Code of the sector it covers (null: every sector)."),
    )
    category = CodeField(
        read_only=True,
        allow_null=True,
        help_text=_("Code of the cost category it limits (null: the total)."),
    )
    value = serializers.DecimalField(
        max_digits=14, decimal_places=4, allow_null=True, help_text=_("The limit.")
    )
    unit = serializers.CharField(
        help_text=_("usd, months (of wage), months_per_year (of contract), ratio or reports.")
    )
    absolute_tolerance_usd = serializers.DecimalField(
        max_digits=12,
        decimal_places=2,
        allow_null=True,
        help_text=_("How far above the limit, in US dollars, is still tolerated."),
    )
    min_reports = serializers.IntegerField(
        allow_null=True, help_text=_("Reports needed before the rule judges workers' reports.")
    )
    min_contract_months = serializers.IntegerField(
        allow_null=True, help_text=_("Applies only to contracts of at least this many months.")
    )
    severity = serializers.ChoiceField(
        choices=ThresholdRule.Severity.values, help_text=_("info, warning or high.")
    )
    effective_from = serializers.DateField(
        allow_null=True, help_text=_("First day the rule applies.")
    )
    effective_until = serializers.DateField(
        allow_null=True, help_text=_("Last day the rule applies.")
    )
    citation = TranslatedField(help_text=_("The legal source, in every language."))
    confirmed = serializers.BooleanField(
        help_text=_("False while the legal source of the value is not confirmed.")
    )
    # Added to the rules by a later change; listed when the columns exist.
    if _rule_has("tier"):
        tier = serializers.CharField(
            help_text=_(
                "The kind of source: statute, regulation, agreement (between governments), standard (international), benchmark or heuristic (a FairFee check)."
            )
        )
    if _rule_has("reference_en"):
        reference = TranslatedField(
            help_text=_("The short reference a verdict quotes, in every language.")
        )
    if _rule_has("source_url"):
        source_url = serializers.CharField(help_text=_("Where the source can be read."))
    if _rule_has("practice"):
        practice = serializers.CharField(
            help_text=_("For a contract rule: the practice it counts (empty: any of them).")
        )
    if _rule_has("active"):
        active = serializers.BooleanField(
            help_text=_("False once the rule is retired; its flags and history stay.")
        )


# --- the catalogue ------------------------------------------------------------


class CountrySerializer(serializers.Serializer):
    code = serializers.CharField(help_text=_("ISO 3166 code."))
    name = TranslatedField(help_text=_("Its name in every language."))
    currency = serializers.CharField(help_text=_("ISO 4217 code of its currency."))
    is_origin = serializers.BooleanField(help_text=_("Workers leave from it."))
    is_destination = serializers.BooleanField(help_text=_("Workers go to it."))


@extend_schema_field(TranslationsSerializer)
class CurrencyNameField(serializers.Field):
    """A currency's name in every language, from CLDR."""

    def __init__(self, **kwargs):
        kwargs.setdefault("read_only", True)
        super().__init__(**kwargs)

    def to_representation(self, code: str) -> dict:
        names = {}
        for lang in LANGUAGES:
            with translation.override(lang):
                names[lang] = currency_name(code)
        return names


class CurrencySerializer(serializers.Serializer):
    code = serializers.CharField(help_text=_("ISO 4217 code."))
    name = CurrencyNameField(source="code", help_text=_("Its name in every language."))
    countries = serializers.ListField(
        child=serializers.CharField(), help_text=_("ISO codes of the countries that use it.")
    )


class ProgrammeSerializer(serializers.Serializer):
    code = serializers.SlugField(help_text=_("The programme's code, e.g. titp or ssw1."))
    name = TranslatedField(help_text=_("Its full name in every language."))
    short_name = TranslatedField(help_text=_("Its short name in every language."))
    description = TranslatedField(help_text=_("What it is, in every language."))
    destination = serializers.CharField(
        source="destination_id", help_text=_("ISO code of the country of destination.")
    )
    valid_from = serializers.DateField(allow_null=True, help_text=_("First day it runs."))
    valid_until = serializers.DateField(allow_null=True, help_text=_("Last day it runs."))
    typical_wage = serializers.DecimalField(
        max_digits=14,
        decimal_places=2,
        allow_null=True,
        help_text=_("A typical monthly wage, used when a person does not know theirs."),
    )
    typical_wage_currency = serializers.CharField(help_text=_("Currency of the typical wage."))
    typical_wage_source = serializers.CharField(help_text=_("Where the typical wage comes from."))
    sectors = CodeField(
        many=True,
        read_only=True,
        help_text=_("Codes of the sectors it has."),
    )


class SectorSerializer(serializers.Serializer):
    code = serializers.SlugField(help_text=_("The sector's code."))
    name = TranslatedField(help_text=_("Its name in every language."))
    kind = serializers.ChoiceField(
        choices=Sector.Kind.values,
        help_text=_("ssw_field (a field of SSW) or titp_group (a job category group of TITP)."),
    )
    programmes = CodeField(
        many=True,
        read_only=True,
        help_text=_("Codes of the programmes it belongs to."),
    )


class CostCategorySerializer(serializers.Serializer):
    code = serializers.SlugField(help_text=_("The category's code."))
    name = TranslatedField(help_text=_("Its name in every language."))
    description = TranslatedField(help_text=_("What it covers, in every language."))
    kind = serializers.ChoiceField(
        choices=CostCategory.Kind.values,
        help_text=_(
            "recruitment_fee, related_cost or illegitimate, after the ILO definition of recruitment fees and related costs (2019)."
        ),
    )


# --- corridors ----------------------------------------------------------------


class CorridorSerializer(serializers.Serializer):
    origin = serializers.CharField(help_text=_("ISO code of the country of origin."))
    programme = serializers.CharField(help_text=_("Code of the programme."))
    year = serializers.IntegerField(help_text=_("Year of departure."))
    reports = PublicAmountField(
        help_text=_(
            "Number of checked reports (currency “reports”): a band from the minimum to 9, or rounded to 5 from 10; corridors with fewer than the minimum are not listed."
        )
    )
    median_usd = PublicAmountField(
        help_text=_("Median of what workers paid for their recruitment, in US dollars.")
    )
    median_local = PublicAmountField(
        allow_null=True,
        help_text=_(
            "The same in the currency of the country of origin, at the rate of 1 July of the year of departure."
        ),
    )
    reports_with_earnings = PublicAmountField(
        allow_null=True,
        help_text=_(
            "Reports that give both a cost and a first month's earnings above zero, shown like reports."
        ),
    )
    median_months = PublicAmountField(
        allow_null=True,
        help_text=_(
            "Recruitment Cost Indicator (SDG 10.7.1): median of each worker's cost divided by the same worker's first month's earnings."
        ),
    )
    share_borrowed = serializers.DecimalField(
        max_digits=5,
        decimal_places=0,
        coerce_to_string=False,
        allow_null=True,
        help_text=_(
            "Percent of workers who borrowed to pay, rounded to 5: only from 10 reports, when at least the minimum borrowed and at least the minimum did not."
        ),
    )
    median_loan_usd = PublicAmountField(
        allow_null=True,
        help_text=_("Median loan of those who borrowed, in US dollars."),
    )


# Each dataset of the open data: its name in addresses, title and serializer.
DATASETS = [
    ("agencies", _("Agencies"), AgencySerializer),
    ("disclosures", _("Published fees"), DisclosureSerializer),
    ("report-summaries", _("What workers reported, per agency and job"), ReportSummarySerializer),
    ("flags", _("Public flags"), FlagSerializer),
    ("rules", _("Rules"), RuleSerializer),
    ("corridors", _("Cost of migration by corridor"), CorridorSerializer),
    ("countries", _("Countries"), CountrySerializer),
    ("currencies", _("Currencies"), CurrencySerializer),
    ("programmes", _("Programmes"), ProgrammeSerializer),
    ("sectors", _("Sectors"), SectorSerializer),
    ("cost-categories", _("Cost categories"), CostCategorySerializer),
]
