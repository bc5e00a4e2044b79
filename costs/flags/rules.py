"""What the threshold rules say. Pure functions over plain figures, shared by
the disclosure preview (warnings before publishing) and the flag engine, so
both judge a disclosure the same way.

Each check returns the evidence (a dict of figures, as strings) when its rule
fires, or None.
"""

import datetime
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from agencies.models import LicenceStatus

from ..catalogue.money import decimal1, money
from ..models import CostSummary, Disclosure, Payer, ThresholdRule, rate_on, to_usd

Kind = ThresholdRule.Kind

# Shown next to every flag of the kind, in plain words.
EXPLANATIONS = {
    Kind.GAP: gettext_lazy(
        "Workers who went with this agency report paying much more than the agency says it charges."
    ),
    Kind.WORKER_FEE: gettext_lazy(
        "Workers are asked to pay fees. Under the Employer Pays Principle, the employer should pay all recruitment costs."
    ),
    Kind.BENCHMARK_TOTAL: gettext_lazy(
        "The total cost for one worker is higher than what is enough to run a fair agency."
    ),
    Kind.DOUBLE_CHARGE: gettext_lazy(
        "The employer already pays enough to cover the agency's costs, yet workers are charged too."
    ),
    Kind.CATEGORY_CAP: gettext_lazy("Workers are charged for something the law does not allow."),
    Kind.MONTHS_CAP: gettext_lazy(
        "A fee is higher than the legal limit counted in months of wages."
    ),
    Kind.USD_CAP: gettext_lazy("A fee is higher than the legal limit in US dollars."),
    Kind.UNDISCLOSED: gettext_lazy(
        "Workers report paying this agency for a job it has not published its fees for."
    ),
    Kind.UNLICENSED: gettext_lazy(
        "The agency does not have a valid licence, but it still publishes fees or sends workers."
    ),
    Kind.CONTRACT_ISSUE: gettext_lazy(
        "Workers report a practice that is not allowed: a ban on pregnancy, a kept passport or a deposit."
    ),
}

# Labels of evidence figures, for the pages that show them.
EVIDENCE_LABELS = {
    "worker_usd": gettext_lazy("Disclosed worker-paid cost (USD)"),
    "employer_usd": gettext_lazy("Disclosed employer-paid cost (USD)"),
    "total_usd": gettext_lazy("Disclosed total per worker (USD)"),
    "category_usd": gettext_lazy("Charged to the worker for this cost (USD)"),
    "months": gettext_lazy("Months of the offered wage"),
    "limit_usd": gettext_lazy("Limit (USD)"),
    "limit_months": gettext_lazy("Limit (months of wage)"),
    "median_usd": gettext_lazy("Median reported by workers (USD)"),
    "reports": gettext_lazy("Accepted reports"),
    "disclosed_usd": gettext_lazy("Disclosed worker-paid cost (USD)"),
    "licence_status": gettext_lazy("Licence status"),
    "category": gettext_lazy("Cost"),
}


def evidence_rows(evidence: dict) -> list[tuple[str, str]]:
    """A flag's figures as (label, formatted value), in the active language."""
    rows = []
    for key, value in evidence.items():
        if key not in EVIDENCE_LABELS:
            continue
        if key.endswith("_usd"):
            shown = money(value, "USD")
        elif key in ("months", "limit_months"):
            shown = decimal1(value)
        elif key == "licence_status":
            shown = LicenceStatus(value).label
        else:
            try:
                shown = str(int(Decimal(value)))
            except (InvalidOperation, ValueError):
                shown = str(value)
        rows.append((str(EVIDENCE_LABELS[key]), shown))
    return rows


TWO = Decimal("0.01")


def _s(value) -> str:
    return str(Decimal(value).quantize(TWO))


@dataclass
class DisclosureFigures:
    origin: str
    programme_id: int
    sector_id: int
    contract_months: int
    wage_usd: Decimal | None
    published_on: datetime.date
    worker_usd: Decimal = Decimal(0)
    employer_usd: Decimal = Decimal(0)
    # Worker-paid USD by cost category id.
    worker_by_category: dict[int, Decimal] = field(default_factory=dict)


def figures_of(disclosure: Disclosure, on: datetime.date | None = None) -> DisclosureFigures:
    """A disclosure's figures: frozen if published, else at the rates of `on` (today)."""
    on = on or timezone.localdate()
    figures = DisclosureFigures(
        origin=disclosure.origin_id,
        programme_id=disclosure.programme_id,
        sector_id=disclosure.sector_id,
        contract_months=disclosure.contract_months,
        wage_usd=(
            to_usd(disclosure.offered_wage, rate_on(disclosure.wage_currency, on))
            if disclosure.is_draft
            else disclosure.wage_usd
        ),
        published_on=timezone.localdate(disclosure.published_at) if disclosure.published_at else on,
    )
    for item in disclosure.items.all():
        usd = (
            to_usd(item.amount, rate_on(item.currency, on))
            if disclosure.is_draft
            else item.amount_usd
        )
        if item.payer == Payer.WORKER:
            figures.worker_usd += usd
            figures.worker_by_category[item.category_id] = (
                figures.worker_by_category.get(item.category_id, Decimal(0)) + usd
            )
        else:
            figures.employer_usd += usd
    return figures


def in_scope(
    rule: ThresholdRule, origin: str, programme_id: int | None, sector_id: int | None
) -> bool:
    return (
        rule.origin_id in (None, origin)
        and rule.programme_id in (None, programme_id)
        and rule.sector_id in (None, sector_id)
    )


def _dated_within(
    rule: ThresholdRule, start: datetime.date | None, end: datetime.date | None
) -> bool:
    """Whether any date from start to end falls inside the rule's effective period."""
    if start is None or end is None:
        return False
    if rule.effective_from and end < rule.effective_from:
        return False
    return not (rule.effective_until and start > rule.effective_until)


def months_allowed(rule: ThresholdRule, contract_months: int) -> Decimal:
    """A months-of-wage cap for this contract length (some caps grow by the year)."""
    if rule.unit == ThresholdRule.Unit.MONTHS_PER_YEAR:
        return rule.value * Decimal(contract_months) / 12
    return rule.value


def check_disclosure(rule: ThresholdRule, figures: DisclosureFigures) -> dict | None:
    """A rule whose scope (in_scope) covers the disclosure, on its figures."""
    if not rule.is_effective_on(figures.published_on):
        return None
    if rule.min_contract_months and figures.contract_months < rule.min_contract_months:
        return None
    worker, employer = figures.worker_usd, figures.employer_usd
    if rule.kind == Kind.WORKER_FEE and worker > 0:
        return {"worker_usd": _s(worker)}
    if rule.kind == Kind.BENCHMARK_TOTAL and worker + employer > rule.value:
        return {"total_usd": _s(worker + employer), "limit_usd": _s(rule.value)}
    if rule.kind == Kind.DOUBLE_CHARGE and employer >= rule.value and worker > 0:
        return {"employer_usd": _s(employer), "worker_usd": _s(worker), "limit_usd": _s(rule.value)}
    charged = (
        figures.worker_by_category.get(rule.category_id, Decimal(0)) if rule.category_id else worker
    )
    if rule.kind in (Kind.CATEGORY_CAP, Kind.USD_CAP) and charged > rule.value:
        return {"category_usd": _s(charged), "limit_usd": _s(rule.value)}
    if rule.kind == Kind.MONTHS_CAP and figures.wage_usd:
        allowed = months_allowed(rule, figures.contract_months)
        months = charged / figures.wage_usd
        if months > allowed:
            return {"category_usd": _s(charged), "months": _s(months), "limit_months": _s(allowed)}
    return None


def check_summary(rule: ThresholdRule, summary: CostSummary, has_disclosure: bool) -> dict | None:
    """A rule whose scope (in_scope) covers the group, on what workers reported."""
    if not _dated_within(rule, summary.first_departure, summary.last_departure):
        return None
    needed = rule.min_reports or settings.MIN_REPORTS_PUBLIC
    count = summary.report_count
    if rule.kind == Kind.CONTRACT_ISSUE:
        if summary.prohibited_count >= needed:
            return {"reports": str(summary.prohibited_count)}
        return None
    if count < needed:
        return None
    median = summary.median_usd or Decimal(0)
    if rule.kind == Kind.WORKER_FEE and median > 0:
        return {"median_usd": _s(median), "reports": str(count)}
    if rule.kind == Kind.UNDISCLOSED and not has_disclosure:
        return {"median_usd": _s(median), "reports": str(count)}
    if rule.kind == Kind.GAP and has_disclosure:
        disclosed = summary.disclosed_worker_usd or Decimal(0)
        if median > disclosed * (1 + rule.value) and median - disclosed > (
            rule.absolute_tolerance_usd or 0
        ):
            return {"median_usd": _s(median), "disclosed_usd": _s(disclosed), "reports": str(count)}
    return None


def check_agency(rule: ThresholdRule, agency, active: bool) -> dict | None:
    """Rules on the agency itself: a licence that is not valid while it is active."""
    if rule.kind != Kind.UNLICENSED or rule.origin_id not in (None, agency.country):
        return None
    if active and not agency.is_licensed and rule.is_effective_on(timezone.localdate()):
        return {"licence_status": agency.effective_licence_status}
    return None


def message_for(rule: ThresholdRule, evidence: dict) -> str:
    """A sentence for the agency's preview: what this rule will say."""
    category = rule.category.name if rule.category_id else _("all costs")
    if rule.kind == Kind.WORKER_FEE:
        return _(
            "You charge workers fees. Under the Employer Pays Principle workers should pay nothing."
        )
    if rule.kind == Kind.BENCHMARK_TOTAL:
        return _("The total cost per worker is above the benchmark of %(limit)s US dollars.") % {
            "limit": f"{rule.value:,.0f}"
        }
    if rule.kind == Kind.DOUBLE_CHARGE:
        return _(
            "The employer already pays at least %(limit)s US dollars, and workers are charged too."
        ) % {"limit": f"{rule.value:,.0f}"}
    if rule.kind in (Kind.CATEGORY_CAP, Kind.USD_CAP):
        if rule.value == 0:
            return _("Workers may not be charged for “%(category)s”.") % {"category": category}
        return _("Workers may be charged at most %(limit)s US dollars for “%(category)s”.") % {
            "category": category,
            "limit": f"{rule.value:,.0f}",
        }
    if rule.kind == Kind.MONTHS_CAP:
        return _("“%(category)s” is more than %(months)s months of the offered wage.") % {
            "category": category if rule.category_id else _("The total"),
            "months": f"{Decimal(evidence['limit_months']).normalize():f}",
        }
    return str(EXPLANATIONS[rule.kind])


@dataclass
class Finding:
    rule: ThresholdRule
    message: str


def disclosure_findings(figures: DisclosureFigures) -> list[Finding]:
    """For the preview: each disclosure rule these figures break, with a sentence."""
    findings = []
    for rule in ThresholdRule.objects.select_related("category"):
        if not in_scope(rule, figures.origin, figures.programme_id, figures.sector_id):
            continue
        evidence = check_disclosure(rule, figures)
        if evidence is not None:
            findings.append(Finding(rule, message_for(rule, evidence)))
    return findings
