"""The fee check: what a person was asked to pay, against the law, the rules,
the agency's own disclosure, what workers reported and other agencies' fees.
Nothing is stored: the inputs travel in the link."""

import datetime
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext as _

from agencies.models import Agency

from ..flags.rules import DisclosureFigures, check_disclosure, in_scope, months_allowed
from ..models import (
    CostCategory,
    CostSummary,
    Country,
    Disclosure,
    Flag,
    ThresholdRule,
    rate_on,
    to_usd,
)
from ..public.selectors import compare_rows

# A total with no breakdown is judged as if it were all service fee: the
# result says so, and asks for an itemised list.
TOTAL_CATEGORY = "service-fee"
FEE_RULE_KINDS = {
    ThresholdRule.Kind.WORKER_FEE, ThresholdRule.Kind.CATEGORY_CAP,
    ThresholdRule.Kind.MONTHS_CAP, ThresholdRule.Kind.USD_CAP,
}  # fmt: skip


@dataclass
class RuleVerdict:
    rule: ThresholdRule
    broken: bool
    message: str


@dataclass
class FeeCheck:
    origin: Country
    total_usd: Decimal
    total_origin: Decimal
    wage_usd: Decimal | None
    wage_is_typical: bool
    months: Decimal | None
    itemised: bool
    verdicts: list[RuleVerdict] = field(default_factory=list)
    agency: Agency | None = None
    disclosure: Disclosure | None = None
    summary: CostSummary | None = None
    agency_flags: list[Flag] = field(default_factory=list)
    alternatives: list[Disclosure] = field(default_factory=list)


def fee_check(
    *,
    origin: Country,
    programme,
    sector,
    contract_months: int,
    lines: list[dict],
    wage: Decimal | None = None,
    wage_currency: str = "JPY",
    agency: Agency | None = None,
    on: datetime.date | None = None,
) -> FeeCheck:
    """`lines`: dicts of category (or None for a total), amount and currency."""
    on = on or timezone.localdate()
    itemised = all(line["category"] is not None for line in lines)
    fallback = CostCategory.objects.get(code=TOTAL_CATEGORY)
    by_category: dict[int, Decimal] = {}
    total_usd = total_origin = Decimal(0)
    origin_rate = rate_on(origin.currency, on)
    for line in lines:
        usd = to_usd(line["amount"], rate_on(line["currency"], on))
        # Exact in the person's own currency; converted only when asked in another.
        total_origin += line["amount"] if line["currency"] == origin.currency else usd * origin_rate
        category = line["category"] or fallback
        by_category[category.pk] = by_category.get(category.pk, Decimal(0)) + usd
        total_usd += usd

    wage_is_typical = wage is None
    if wage is None and programme.typical_wage:
        wage, wage_currency = programme.typical_wage, programme.typical_wage_currency
    wage_usd = to_usd(wage, rate_on(wage_currency, on)) if wage else None
    months = (total_usd / wage_usd).quantize(Decimal("0.1"), ROUND_HALF_UP) if wage_usd else None

    result = FeeCheck(
        origin=origin,
        total_usd=total_usd,
        total_origin=total_origin,
        wage_usd=wage_usd,
        wage_is_typical=wage_is_typical,
        months=months,
        itemised=itemised,
    )
    figures = DisclosureFigures(
        origin=origin.code,
        programme_id=programme.pk,
        sector_id=sector.pk,
        contract_months=contract_months,
        wage_usd=wage_usd,
        published_on=on,
        worker_usd=total_usd,
        worker_by_category=by_category,
    )
    rules = ThresholdRule.objects.filter(kind__in=FEE_RULE_KINDS).select_related("category")
    for rule in rules:
        if not in_scope(rule, origin.code, programme.pk, sector.pk) or not rule.is_effective_on(on):
            continue
        if rule.min_contract_months and contract_months < rule.min_contract_months:
            continue
        evidence = check_disclosure(rule, figures)
        result.verdicts.append(
            RuleVerdict(rule, evidence is not None, _say(rule, evidence, figures))
        )
    result.verdicts.sort(key=lambda v: (not v.broken, v.rule.kind))

    if agency is not None:
        result.agency = agency
        result.disclosure = (
            Disclosure.objects.current()
            .filter(agency=agency, programme=programme, sector=sector)
            .prefetch_related("items__category")
            .first()
        )
        result.summary = CostSummary.objects.filter(
            agency=agency,
            programme=programme,
            sector=sector,
            report_count__gte=settings.MIN_REPORTS_PUBLIC,
        ).first()
        result.agency_flags = list(agency.flags.active().select_related("rule"))
    others = compare_rows(
        origin=origin.code,
        programme=programme,
        sector=sector,
        licensed_only=True,
        no_open_flags=True,
    )
    if agency is not None:
        others = others.exclude(agency=agency)
    result.alternatives = list(others[:5])
    return result


def _say(rule: ThresholdRule, evidence: dict | None, figures: DisclosureFigures) -> str:
    """What the rule means for the person asking, in plain words."""
    category = rule.category.name if rule.category_id else _("the fees")
    kind = ThresholdRule.Kind
    if rule.kind == kind.WORKER_FEE:
        return _(
            "Under the Employer Pays Principle you should pay nothing: the employer should pay all recruitment costs."
        )
    if rule.kind in (kind.CATEGORY_CAP, kind.USD_CAP) and rule.value == 0:
        if evidence:
            return _("You were asked to pay for “%(category)s”. No one may charge you for it.") % {
                "category": category
            }
        return _("No one may charge you for “%(category)s”.") % {"category": category}
    if rule.kind in (kind.CATEGORY_CAP, kind.USD_CAP):
        return _("“%(category)s” may be at most %(limit)s US dollars.") % {
            "category": category,
            "limit": f"{rule.value:,.0f}",
        }
    allowed = months_allowed(rule, figures.contract_months)
    text = _("“%(category)s” may be at most %(months)s months of your wage for this contract.") % {
        "category": category,
        "months": f"{allowed.normalize():f}",
    }
    if evidence:
        text += " " + _("You were asked for %(asked)s months.") % {
            "asked": Decimal(evidence["months"]).quantize(Decimal("0.1"), ROUND_HALF_UP)
        }
    return text
