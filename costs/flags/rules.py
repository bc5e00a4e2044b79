"""The rule kinds, one registry entry each.

A `ThresholdRule` row is data: a kind, a scope, a value, dates and a citation.
Its kind is an entry of `KINDS` below, which knows everything the portal does
with that kind: which figures it reads (a disclosure, a group of reports, the
agency itself), its check, the evidence it records, and its sentences for the
public, for the agency's preview and for the fee check. The preview, the flag
engine, the fee check and the templates all go through this module, so a new
kind is one new entry here (and its name in `ThresholdRule.Kind`).

Checks are pure functions over plain figures. Each judgement says whether the
rule does not apply, passes, breaks (with the evidence) or cannot tell (a
figure it needs is missing).
"""

import datetime
import enum
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from django.conf import settings
from django.utils import timezone
from django.utils.functional import Promise
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from agencies.models import LicenceStatus

from .. import privacy
from ..catalogue.money import decimal1, money
from ..models import ThresholdRule, months_of_wage
from .figures import DisclosureFigures, GroupFigures

Kind = ThresholdRule.Kind


class Outcome(enum.Enum):
    NOT_APPLICABLE = "not_applicable"  # out of scope, not in force, or about other figures
    PASSES = "passes"
    BREAKS = "breaks"
    CANNOT_TELL = "cannot_tell"  # a figure the rule needs is missing


@dataclass(frozen=True)
class Verdict:
    outcome: Outcome
    evidence: dict = field(default_factory=dict)

    @property
    def broken(self) -> bool:
        return self.outcome is Outcome.BREAKS


NOT_APPLICABLE = Verdict(Outcome.NOT_APPLICABLE)
PASSES = Verdict(Outcome.PASSES)
CANNOT_TELL = Verdict(Outcome.CANNOT_TELL)
TWO = Decimal("0.01")


def _s(value) -> str:
    return str(Decimal(value).quantize(TWO))


def breaks(**figures) -> Verdict:
    """A broken rule with its evidence, every figure a string (JSON-safe, exact)."""
    return Verdict(
        Outcome.BREAKS, {k: v if isinstance(v, str) else _s(v) for k, v in figures.items()}
    )


# --- applicability: one function ------------------------------------------------


def in_scope(rule: ThresholdRule, origin: str, programme_id, sector_id) -> bool:
    return (
        rule.origin_id in (None, origin)
        and rule.programme_id in (None, programme_id)
        and rule.sector_id in (None, sector_id)
    )


def applies(
    rule: ThresholdRule,
    *,
    origin: str,
    programme_id=None,
    sector_id=None,
    on: datetime.date | tuple[datetime.date | None, datetime.date | None],
    contract_months: int | None = None,
) -> bool:
    """Whether the rule covers this origin, programme and sector, is in force on
    `on` (a day, or any day of a (first, last) period), and covers the contract."""
    if not in_scope(rule, origin, programme_id, sector_id):
        return False
    if isinstance(on, tuple):
        start, end = on
        if start is None or end is None:
            return False
        if rule.effective_from and end < rule.effective_from:
            return False
        if rule.effective_until and start > rule.effective_until:
            return False
    elif not rule.is_effective_on(on):
        return False
    return not (
        rule.min_contract_months
        and contract_months is not None
        and contract_months < rule.min_contract_months
    )


def months_allowed(rule: ThresholdRule, contract_months: int) -> Decimal:
    """A months-of-wage cap for this contract length (some caps grow by the year)."""
    if rule.unit == ThresholdRule.Unit.MONTHS_PER_YEAR:
        return rule.value * Decimal(contract_months) / 12
    return rule.value


def _charged(rule: ThresholdRule, figures: DisclosureFigures) -> Decimal:
    """What the worker pays for the rule's cost category (all costs when it has none)."""
    if rule.category_id:
        return figures.worker_by_category.get(rule.category_id, Decimal(0))
    return figures.worker_usd


# --- checks ---------------------------------------------------------------------


def _worker_fee(rule, figures: DisclosureFigures) -> Verdict:
    return breaks(worker_usd=figures.worker_usd) if figures.worker_usd > 0 else PASSES


def _benchmark_total(rule, figures: DisclosureFigures) -> Verdict:
    total = figures.worker_usd + figures.employer_usd
    return breaks(total_usd=total, limit_usd=rule.value) if total > rule.value else PASSES


def _double_charge(rule, figures: DisclosureFigures) -> Verdict:
    if figures.employer_usd >= rule.value and figures.worker_usd > 0:
        return breaks(
            employer_usd=figures.employer_usd, worker_usd=figures.worker_usd, limit_usd=rule.value
        )
    return PASSES


def _amount_cap(rule, figures: DisclosureFigures) -> Verdict:
    charged = _charged(rule, figures)
    return breaks(category_usd=charged, limit_usd=rule.value) if charged > rule.value else PASSES


def _months_cap(rule, figures: DisclosureFigures) -> Verdict:
    if not figures.wage_usd:
        return CANNOT_TELL
    charged = _charged(rule, figures)
    allowed = months_allowed(rule, figures.contract_months)
    # Compared in dollars, so no rounding of the months decides a verdict.
    if charged > allowed * figures.wage_usd:
        return breaks(
            category_usd=charged,
            months=months_of_wage(charged, figures.wage_usd),
            limit_months=allowed,
        )
    return PASSES


def _enough(rule, group: GroupFigures) -> bool:
    return group.report_count >= (rule.min_reports or settings.MIN_REPORTS_PUBLIC)


def _reported_worker_fee(rule, group: GroupFigures) -> Verdict:
    if not _enough(rule, group):
        return CANNOT_TELL
    median = group.median_usd or Decimal(0)
    return breaks(median_usd=median, reports=str(group.report_count)) if median > 0 else PASSES


def _undisclosed(rule, group: GroupFigures) -> Verdict:
    if not _enough(rule, group):
        return CANNOT_TELL
    if group.has_disclosure:
        return PASSES
    return breaks(median_usd=group.median_usd or 0, reports=str(group.report_count))


def _gap(rule, group: GroupFigures) -> Verdict:
    if not group.has_disclosure:
        return NOT_APPLICABLE
    if not _enough(rule, group):
        return CANNOT_TELL
    median = group.median_usd or Decimal(0)
    disclosed = group.disclosed_worker_usd or Decimal(0)
    tolerance = rule.absolute_tolerance_usd or 0
    if median > disclosed * (1 + rule.value) and median - disclosed > tolerance:
        return breaks(median_usd=median, disclosed_usd=disclosed, reports=str(group.report_count))
    return PASSES


def _contract_issue(rule, group: GroupFigures) -> Verdict:
    needed = rule.min_reports or settings.MIN_REPORTS_PUBLIC
    if group.prohibited_count >= needed:
        return breaks(reports=str(group.prohibited_count))
    return PASSES


def _unlicensed(rule, agency, active: bool) -> Verdict:
    """`active`: the agency has published fees or sent workers recently."""
    if active and not agency.is_licensed:
        return breaks(licence_status=agency.effective_licence_status)
    return PASSES


# --- sentences ------------------------------------------------------------------


def _category(rule: ThresholdRule, default) -> str:
    return rule.category.name if rule.category_id else str(default)


def _limit(rule: ThresholdRule) -> str:
    return f"{rule.value:,.0f}"


def _preview_worker_fee(rule, evidence) -> str:
    return _(
        "You charge workers fees. Under the Employer Pays Principle workers should pay nothing."
    )


def _preview_benchmark(rule, evidence) -> str:
    return _("The total cost per worker is above the benchmark of %(limit)s US dollars.") % {
        "limit": _limit(rule)
    }


def _preview_double_charge(rule, evidence) -> str:
    return _(
        "The employer already pays at least %(limit)s US dollars, and workers are charged too."
    ) % {"limit": _limit(rule)}


def _preview_amount_cap(rule, evidence) -> str:
    category = _category(rule, _("all costs"))
    if rule.value == 0:
        return _("Workers may not be charged for “%(category)s”.") % {"category": category}
    return _("Workers may be charged at most %(limit)s US dollars for “%(category)s”.") % {
        "category": category,
        "limit": _limit(rule),
    }


def _preview_months_cap(rule, evidence) -> str:
    return _("“%(category)s” is more than %(months)s months of the offered wage.") % {
        "category": _category(rule, _("The total")),
        "months": f"{Decimal(evidence['limit_months']).normalize():f}",
    }


def _advice_worker_fee(rule, verdict, figures) -> str:
    return _(
        "Under the Employer Pays Principle you should pay nothing: the employer should pay all recruitment costs."
    )


def _advice_amount_cap(rule, verdict, figures) -> str:
    category = _category(rule, _("the fees"))
    if rule.value == 0:
        if verdict.broken:
            return _("You were asked to pay for “%(category)s”. No one may charge you for it.") % {
                "category": category
            }
        return _("No one may charge you for “%(category)s”.") % {"category": category}
    return _("“%(category)s” may be at most %(limit)s US dollars.") % {
        "category": category,
        "limit": _limit(rule),
    }


def _advice_months_cap(rule, verdict, figures) -> str:
    allowed = months_allowed(rule, figures.contract_months)
    text = _("“%(category)s” may be at most %(months)s months of your wage for this contract.") % {
        "category": _category(rule, _("the fees")),
        "months": f"{allowed.normalize():f}",
    }
    if verdict.broken:
        text += " " + _("You were asked for %(asked)s months.") % {
            "asked": Decimal(verdict.evidence["months"]).quantize(Decimal("0.1"), ROUND_HALF_UP)
        }
    return text


# --- the registry ---------------------------------------------------------------


@dataclass(frozen=True)
class RuleKind:
    explanation: Promise  # shown next to every flag of the kind, in plain words
    evidence: tuple[str, ...]  # the figures its flags record
    on_disclosure: Callable[[ThresholdRule, DisclosureFigures], Verdict] | None = None
    on_group: Callable[[ThresholdRule, GroupFigures], Verdict] | None = None
    on_agency: Callable[[ThresholdRule, object, bool], Verdict] | None = None
    # The agency's preview before publishing; the explanation when not set.
    preview: Callable[[ThresholdRule, dict], str] | None = None
    # The fee check's line for a person who was asked to pay: set for the
    # kinds that judge what a worker is charged.
    advice: Callable[[ThresholdRule, Verdict, DisclosureFigures], str] | None = None


KINDS: dict[str, RuleKind] = {
    Kind.GAP: RuleKind(
        explanation=gettext_lazy(
            "Workers who went with this agency report paying much more than the agency says it charges."
        ),
        evidence=("median_usd", "disclosed_usd", "reports"),
        on_group=_gap,
    ),
    Kind.WORKER_FEE: RuleKind(
        explanation=gettext_lazy(
            "Workers are asked to pay fees. Under the Employer Pays Principle, the employer should pay all recruitment costs."
        ),
        evidence=("worker_usd", "median_usd", "reports"),
        on_disclosure=_worker_fee,
        on_group=_reported_worker_fee,
        preview=_preview_worker_fee,
        advice=_advice_worker_fee,
    ),
    Kind.BENCHMARK_TOTAL: RuleKind(
        explanation=gettext_lazy(
            "The total cost for one worker is higher than what is enough to run a fair agency."
        ),
        evidence=("total_usd", "limit_usd"),
        on_disclosure=_benchmark_total,
        preview=_preview_benchmark,
    ),
    Kind.DOUBLE_CHARGE: RuleKind(
        explanation=gettext_lazy(
            "The employer already pays enough to cover the agency's costs, yet workers are charged too."
        ),
        evidence=("employer_usd", "worker_usd", "limit_usd"),
        on_disclosure=_double_charge,
        preview=_preview_double_charge,
    ),
    Kind.CATEGORY_CAP: RuleKind(
        explanation=gettext_lazy("Workers are charged for something the law does not allow."),
        evidence=("category_usd", "limit_usd"),
        on_disclosure=_amount_cap,
        preview=_preview_amount_cap,
        advice=_advice_amount_cap,
    ),
    Kind.MONTHS_CAP: RuleKind(
        explanation=gettext_lazy(
            "A fee is higher than the legal limit counted in months of wages."
        ),
        evidence=("category_usd", "months", "limit_months"),
        on_disclosure=_months_cap,
        preview=_preview_months_cap,
        advice=_advice_months_cap,
    ),
    Kind.USD_CAP: RuleKind(
        explanation=gettext_lazy("A fee is higher than the legal limit in US dollars."),
        evidence=("category_usd", "limit_usd"),
        on_disclosure=_amount_cap,
        preview=_preview_amount_cap,
        advice=_advice_amount_cap,
    ),
    Kind.UNDISCLOSED: RuleKind(
        explanation=gettext_lazy(
            "Workers report paying this agency for a job it has not published its fees for."
        ),
        evidence=("median_usd", "reports"),
        on_group=_undisclosed,
    ),
    Kind.UNLICENSED: RuleKind(
        explanation=gettext_lazy(
            "The agency does not have a valid licence, but it still publishes fees or sends workers."
        ),
        evidence=("licence_status",),
        on_agency=_unlicensed,
    ),
    Kind.CONTRACT_ISSUE: RuleKind(
        explanation=gettext_lazy(
            "Workers report a practice that is not allowed: a ban on pregnancy, a kept passport or a deposit."
        ),
        evidence=("reports",),
        on_group=_contract_issue,
    ),
}

DISCLOSURE_KINDS = frozenset(k for k, entry in KINDS.items() if entry.on_disclosure)
GROUP_KINDS = frozenset(k for k, entry in KINDS.items() if entry.on_group)
AGENCY_KINDS = frozenset(k for k, entry in KINDS.items() if entry.on_agency)
FEE_CHECK_KINDS = frozenset(k for k, entry in KINDS.items() if entry.advice)


def explanation(rule: ThresholdRule) -> Promise:
    """Lazy: it is rendered in the language active where it is shown (an e-mail's
    recipient's, a page's reader's)."""
    return KINDS[rule.kind].explanation


# --- judging --------------------------------------------------------------------


def judge_disclosure(rule: ThresholdRule, figures: DisclosureFigures) -> Verdict:
    entry = KINDS[rule.kind]
    if entry.on_disclosure is None or not applies(
        rule,
        origin=figures.origin,
        programme_id=figures.programme_id,
        sector_id=figures.sector_id,
        on=figures.published_on,
        contract_months=figures.contract_months,
    ):
        return NOT_APPLICABLE
    return entry.on_disclosure(rule, figures)


def judge_group(rule: ThresholdRule, group: GroupFigures, origin: str) -> Verdict:
    entry = KINDS[rule.kind]
    if entry.on_group is None or not applies(
        rule,
        origin=origin,
        programme_id=group.programme_id,
        sector_id=group.sector_id,
        on=(group.first_departure, group.last_departure),
    ):
        return NOT_APPLICABLE
    return entry.on_group(rule, group)


def judge_agency(rule: ThresholdRule, agency, active: bool) -> Verdict:
    entry = KINDS[rule.kind]
    if entry.on_agency is None or not applies(rule, origin=agency.country, on=timezone.localdate()):
        return NOT_APPLICABLE
    return entry.on_agency(rule, agency, active)


@dataclass
class Finding:
    rule: ThresholdRule
    message: str


def disclosure_findings(figures: DisclosureFigures) -> list[Finding]:
    """For the preview: each rule these figures break, with its sentence."""
    findings = []
    for rule in ThresholdRule.objects.filter(kind__in=DISCLOSURE_KINDS).select_related("category"):
        verdict = judge_disclosure(rule, figures)
        if verdict.broken:
            entry = KINDS[rule.kind]
            message = (
                entry.preview(rule, verdict.evidence) if entry.preview else str(explanation(rule))
            )
            findings.append(Finding(rule, message))
    return findings


@dataclass
class Advice:
    rule: ThresholdRule
    verdict: Verdict
    message: str

    @property
    def broken(self) -> bool:
        return self.verdict.broken

    @property
    def passes(self) -> bool:
        return self.verdict.outcome is Outcome.PASSES


def fee_advice(figures: DisclosureFigures) -> list[Advice]:
    """For the fee check: every fee rule in force for these figures, broken ones first."""
    advice = []
    for rule in ThresholdRule.objects.filter(kind__in=FEE_CHECK_KINDS).select_related("category"):
        verdict = judge_disclosure(rule, figures)
        if verdict.outcome is Outcome.NOT_APPLICABLE:
            continue
        advice.append(Advice(rule, verdict, KINDS[rule.kind].advice(rule, verdict, figures)))
    advice.sort(key=lambda a: (not a.broken, a.rule.kind))
    return advice


# --- evidence, as the pages show it ---------------------------------------------

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


def evidence_rows(evidence: dict, audience: str = "reviewers") -> list[tuple[str, str]]:
    """A flag's figures as (label, formatted value), in the active language.
    For the "public" (and the agency), figures from reports go through the
    disclosure-control policy: pass them a flag's public_evidence."""
    if audience == "public":
        evidence = privacy.public_evidence(evidence)
    rows = []
    for key, value in evidence.items():
        if key not in EVIDENCE_LABELS:
            continue
        if isinstance(value, privacy.Amount):
            shown = privacy.format_amount(value)
        elif key.endswith("_usd"):
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
