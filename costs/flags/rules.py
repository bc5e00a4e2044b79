"""The rule kinds, one registry entry each, and the words of every verdict.

A `ThresholdRule` row is data: a kind, a source tier, a scope, a value, dates
and a citation. Its kind is an entry of `KINDS` below, which knows everything
the portal does with that kind: which figures it reads (a disclosure, a group
of reports, the agency itself), its check, the evidence it records, and its
sentences for the public, for the agency's preview and for the fee check. Its
tier decides how a breach may be worded (`tier_sentence`): only a law is
"against the law", a benchmark is only ever "above the benchmark". The
preview, the flag engine, the fee check and the templates all go through this
module, so a new kind is one new entry here (and its name in `ThresholdRule.Kind`).

Checks are pure functions over plain figures. Each judgement says whether the
rule does not apply, passes, breaks (with the evidence) or cannot tell (a
figure it needs is missing: the verdict says which).
"""

import dataclasses
import datetime
import enum
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from django.conf import settings
from django.utils import timezone
from django.utils.functional import Promise, lazy
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from agencies.models import LicenceStatus

from .. import privacy
from ..catalogue.money import decimal1, money
from ..models import ThresholdRule, months_of_wage
from .figures import DisclosureFigures, GroupFigures

Kind = ThresholdRule.Kind
Tier = ThresholdRule.Tier


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

    @property
    def need(self) -> str | None:
        """For "cannot tell": what is missing (a key of NEEDS)."""
        return self.evidence.get("need") if self.outcome is Outcome.CANNOT_TELL else None


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


def cannot_tell(need: str) -> Verdict:
    return Verdict(Outcome.CANNOT_TELL, {"need": need})


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
    on: datetime.date | tuple[datetime.date, datetime.date] | None,
    contract_months: int | None = None,
) -> bool:
    """Whether the rule is in use, covers this origin, programme and sector, is
    in force on `on` (a day, or any day of a (first, last) period; None when
    the dates were already applied to each report), and covers the contract."""
    if not rule.active or not in_scope(rule, origin, programme_id, sector_id):
        return False
    if isinstance(on, tuple):
        start, end = on
        if rule.effective_from and end < rule.effective_from:
            return False
        if rule.effective_until and start > rule.effective_until:
            return False
    elif on is not None and not rule.is_effective_on(on):
        return False
    return not (
        rule.min_contract_months
        and contract_months is not None
        and contract_months < rule.min_contract_months
    )


def in_force_throughout(rule: ThresholdRule, start: datetime.date, end: datetime.date) -> bool:
    return rule.is_effective_on(start) and rule.is_effective_on(end)


def months_allowed(rule: ThresholdRule, contract_months: int) -> Decimal:
    """A months-of-wage cap for this contract length (some caps grow by the year)."""
    if rule.unit == ThresholdRule.Unit.MONTHS_PER_YEAR:
        return rule.value * Decimal(contract_months) / 12
    return rule.value


def _charged(rule: ThresholdRule, figures: DisclosureFigures) -> tuple[Decimal, Decimal]:
    """What the worker surely pays for the rule's cost category (all costs when
    it has none), and the most it may pay: a total of unknown costs may hold it."""
    if not rule.category_id:
        return figures.worker_usd, figures.worker_usd
    known = figures.worker_by_category.get(rule.category_id, Decimal(0))
    return known, known + figures.unknown_usd


# --- checks ---------------------------------------------------------------------


def _worker_fee(rule, figures: DisclosureFigures) -> Verdict:
    return breaks(worker_usd=figures.worker_usd) if figures.worker_usd > 0 else PASSES


def _benchmark_total(rule, figures: DisclosureFigures) -> Verdict:
    """The benchmark speaks of the agency's own fees (recruitment-fee costs, not
    airfare, travel or training), enough when the employer pays them: above it
    while the worker pays part of them."""
    low = figures.worker_fees_usd
    high = low + figures.unknown_usd
    employer = figures.employer_fees_usd
    if low > 0 and low + employer > rule.value:
        return breaks(fees_usd=low + employer, worker_fees_usd=low, benchmark_usd=rule.value)
    if high == 0 or high + employer <= rule.value:
        return PASSES
    return cannot_tell("items")


def _double_charge(rule, figures: DisclosureFigures) -> Verdict:
    employer = figures.employer_fees_usd
    if employer >= rule.value and figures.worker_usd > 0:
        return breaks(
            employer_fees_usd=employer, worker_usd=figures.worker_usd, benchmark_usd=rule.value
        )
    return PASSES


def _amount_cap(rule, figures: DisclosureFigures) -> Verdict:
    known, most = _charged(rule, figures)
    if known > rule.value:
        return breaks(category_usd=known, limit_usd=rule.value)
    return PASSES if most <= rule.value else cannot_tell("items")


def _months_cap(rule, figures: DisclosureFigures) -> Verdict:
    wage = figures.cap_wage_usd
    if not wage:
        return cannot_tell("basic_wage")
    known, most = _charged(rule, figures)
    allowed = months_allowed(rule, figures.contract_months)
    # Compared in dollars, so no rounding of the months decides a verdict.
    if known > allowed * wage:
        return breaks(
            category_usd=known,
            months=months_of_wage(known, wage),
            limit_months=allowed,
            wage_basis=figures.wage_basis,
        )
    return PASSES if most <= allowed * wage else cannot_tell("items")


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


# --- the words of the tiers -----------------------------------------------------

# How a breach reads, by the tier of its source: the one place these words are.
TIER_BREACH = {
    Tier.STATUTE: gettext_lazy("Against the law (%(reference)s)."),
    Tier.REGULATION: gettext_lazy("Against the rules (%(reference)s)."),
    Tier.AGREEMENT: gettext_lazy(
        "Against the agreement between the two governments (%(reference)s)."
    ),
    Tier.STANDARD: gettext_lazy(
        "Against the international standard: workers should pay nothing (%(reference)s)."
    ),
    Tier.BENCHMARK: gettext_lazy(
        "Above the benchmark set by %(reference)s. This is a benchmark, not the law."
    ),
    Tier.HEURISTIC: gettext_lazy(
        "Much higher than the agency says: FairFee's own check (%(reference)s), not a legal finding."
    ),
}
# The source a verdict rests on, by tier, when it passes or cannot tell.
TIER_SOURCE = {
    Tier.STATUTE: gettext_lazy("Law: %(reference)s"),
    Tier.REGULATION: gettext_lazy("Regulation: %(reference)s"),
    Tier.AGREEMENT: gettext_lazy("Agreement between the two governments: %(reference)s"),
    Tier.STANDARD: gettext_lazy("International standard: %(reference)s"),
    Tier.BENCHMARK: gettext_lazy("Benchmark set by %(reference)s"),
    Tier.HEURISTIC: gettext_lazy("FairFee's own check: %(reference)s"),
}
# What each tier is, for the rules page.
TIER_MEANING = {
    Tier.STATUTE: gettext_lazy(
        "A law passed by a parliament, such as Vietnam's Law 69/2020/QH14 or Japan's "
        "Technical Intern Training Act."
    ),
    Tier.REGULATION: gettext_lazy(
        "A decree, circular, ordinance or prakas that a government or ministry issues under a law."
    ),
    Tier.AGREEMENT: gettext_lazy(
        "A Memorandum of Cooperation between Japan and the worker's country."
    ),
    Tier.STANDARD: gettext_lazy(
        "An international standard, such as the ILO's principles for fair recruitment: "
        "workers should pay nothing."
    ),
    Tier.BENCHMARK: gettext_lazy(
        "A figure that a named person or body called enough. It is not the law, and we say "
        "who set it."
    ),
    Tier.HEURISTIC: gettext_lazy(
        "FairFee's own check, for example when workers report much more than the agency says. "
        "It is not a legal finding."
    ),
}
# What a "cannot tell" needs, in the person's words.
NEEDS = {
    "basic_wage": gettext_lazy(
        "Can't tell: we need the basic monthly wage in your contract (without overtime or allowances)."
    ),
    "items": gettext_lazy(
        "Can't tell: we need each amount and what it was for. A total cannot show this."
    ),
    "agency": gettext_lazy("Can't tell: we need the agency's name or licence number."),
    "date": gettext_lazy(
        "Can't tell: this rule changed during that month. We need the day you paid."
    ),
}


def _reference(rule: ThresholdRule) -> str:
    return rule.reference or rule.get_kind_display()


def tier_sentence(rule: ThresholdRule, broken: bool = True) -> str:
    """The words a verdict under this rule may use, from the rule's tier alone:
    a breach ("Against the law (Art. …)", "Above the benchmark set by …"), or
    the source a pass rests on. In the active language."""
    table = TIER_BREACH if broken else TIER_SOURCE
    return str(table[rule.tier]) % {"reference": _reference(rule)}


# --- sentences ------------------------------------------------------------------


def _category(rule: ThresholdRule, default) -> str:
    return rule.category.name if rule.category_id else str(default)


def _limit(rule: ThresholdRule) -> str:
    return f"{rule.value:,.0f}"


def _number(value: Decimal) -> str:
    return f"{Decimal(value).normalize():f}"


def _preview_worker_fee(rule, evidence) -> str:
    return _(
        "You charge workers fees. Under the Employer Pays Principle workers should pay nothing."
    )


def _preview_benchmark(rule, evidence) -> str:
    return _(
        "Your fees per worker (%(amount)s US dollars, without airfare, travel or training) are "
        "above the benchmark of %(benchmark)s US dollars, and workers pay part of them."
    ) % {"amount": f"{Decimal(evidence['fees_usd']):,.0f}", "benchmark": _limit(rule)}


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
    values = {
        "category": _category(rule, _("The total")),
        "months": _number(evidence["limit_months"]),
    }
    if evidence.get("wage_basis") == "basic":
        return _("“%(category)s” is more than %(months)s months of the basic wage.") % values
    return _("“%(category)s” is more than %(months)s months of the offered wage.") % values


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
    if rule.unit == ThresholdRule.Unit.MONTHS_PER_YEAR:
        per_year = rule.value
        text = ngettext(
            "“%(category)s” may be at most %(per_year)s month of your basic wage for each 12 "
            "months of contract: %(months)s months for this contract.",
            "“%(category)s” may be at most %(per_year)s months of your basic wage for each 12 "
            "months of contract: %(months)s months for this contract.",
            1 if per_year == 1 else 2,
        ) % {
            "category": _category(rule, _("the fees")),
            "per_year": _number(per_year),
            "months": _number(allowed),
        }
    elif rule.category_id:
        text = _("“%(category)s” may be at most %(months)s months of your basic wage.") % {
            "category": rule.category.name,
            "months": _number(allowed),
        }
    else:
        text = _("All you pay the agency may be at most %(months)s months of your basic wage.") % {
            "months": _number(allowed)
        }
    if verdict.broken:
        text += " " + _("You were asked for %(asked)s months.") % {
            "asked": Decimal(verdict.evidence["months"]).quantize(Decimal("0.1"), ROUND_HALF_UP)
        }
    return text


def _advice_benchmark(rule, verdict, figures) -> str:
    if verdict.broken:
        return _(
            "What you pay for the agency's own fees (%(amount)s US dollars) is more than "
            "%(benchmark)s US dollars. That amount, paid by the employer, is said to be enough "
            "to cover an agency's costs: the worker should pay none of it."
        ) % {
            "amount": f"{Decimal(verdict.evidence['worker_fees_usd']):,.0f}",
            "benchmark": _limit(rule),
        }
    return _(
        "The benchmark: %(benchmark)s US dollars for the agency's own fees, paid by the "
        "employer, is called enough to cover an agency's costs. Airfare, travel and training "
        "are not counted."
    ) % {"benchmark": _limit(rule)}


def _advice_unlicensed(rule, verdict, figures) -> str:
    if verdict.broken:
        return _(
            "This agency does not have a valid licence. Only licensed agencies may send workers abroad."
        )
    if verdict.outcome is Outcome.PASSES:
        return _("This agency has a valid licence.")
    return _("Only licensed agencies may send workers abroad.")


def _count(value: Decimal) -> int:
    return int(value) if value == value.to_integral_value() else 2


def rule_value(kind: str, terms) -> str:
    """A rule's value in words, from a rule or a version's terms: "USD 3,000",
    "1 month of the basic wage for each 12 months of contract"."""
    get = terms.get if isinstance(terms, dict) else (lambda name: getattr(terms, name))
    value, unit = get("value"), get("unit")
    if value is None or value == "":
        return ""
    value = Decimal(str(value))
    if unit == ThresholdRule.Unit.USD:
        return _("nothing may be charged") if value == 0 else money(value, "USD")
    if unit == ThresholdRule.Unit.MONTHS_OF_WAGE:
        return ngettext(
            "%(n)s month of the basic wage",
            "%(n)s months of the basic wage",
            _count(value),
        ) % {"n": _number(value)}
    if unit == ThresholdRule.Unit.MONTHS_PER_YEAR:
        return ngettext(
            "%(n)s month of the basic wage for each 12 months of contract",
            "%(n)s months of the basic wage for each 12 months of contract",
            _count(value),
        ) % {"n": _number(value)}
    if unit == ThresholdRule.Unit.RATIO:
        tolerance = get("absolute_tolerance_usd")
        return _("more than %(percent)s%% and more than %(usd)s above what the agency says") % {
            "percent": _number(value * 100),
            "usd": money(Decimal(str(tolerance or 0)), "USD"),
        }
    if unit == ThresholdRule.Unit.REPORTS:
        return ngettext("%(n)s report", "%(n)s reports", _count(value)) % {"n": _number(value)}
    return _number(value)


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
    # kinds the fee check answers.
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
            "The agency's own fees per worker (without airfare, travel or training) are above "
            "what is called enough to run a fair agency, and workers pay part of them."
        ),
        evidence=("fees_usd", "worker_fees_usd", "benchmark_usd"),
        on_disclosure=_benchmark_total,
        preview=_preview_benchmark,
        advice=_advice_benchmark,
    ),
    Kind.DOUBLE_CHARGE: RuleKind(
        explanation=gettext_lazy(
            "The employer already pays enough to cover the agency's costs, yet workers are charged too."
        ),
        evidence=("employer_fees_usd", "worker_usd", "benchmark_usd"),
        on_disclosure=_double_charge,
        preview=_preview_double_charge,
    ),
    Kind.CATEGORY_CAP: RuleKind(
        explanation=gettext_lazy("Workers are charged for something they may not be charged for."),
        evidence=("category_usd", "limit_usd"),
        on_disclosure=_amount_cap,
        preview=_preview_amount_cap,
        advice=_advice_amount_cap,
    ),
    Kind.MONTHS_CAP: RuleKind(
        explanation=gettext_lazy(
            "A fee is higher than the limit counted in months of the basic wage."
        ),
        evidence=("category_usd", "months", "limit_months", "wage_basis"),
        on_disclosure=_months_cap,
        preview=_preview_months_cap,
        advice=_advice_months_cap,
    ),
    Kind.USD_CAP: RuleKind(
        explanation=gettext_lazy("A fee is higher than the limit in US dollars."),
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
        advice=_advice_unlicensed,
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


def _flag_text(rule: ThresholdRule) -> str:
    return f"{tier_sentence(rule)} {KINDS[rule.kind].explanation}"


_lazy_flag_text = lazy(_flag_text, str)


def explanation(rule: ThresholdRule) -> Promise:
    """What a flag of this rule means: the tier's words for a breach, then the
    kind's plain explanation. Lazy: it is rendered in the language active where
    it is shown (an e-mail's recipient's, a page's reader's)."""
    return _lazy_flag_text(rule)


# --- judging --------------------------------------------------------------------


def _covers_disclosure(rule: ThresholdRule, origin, programme_id, sector_id, on, months) -> bool:
    return KINDS[rule.kind].on_disclosure is not None and applies(
        rule, origin=origin, programme_id=programme_id, sector_id=sector_id, on=on,
        contract_months=months,
    )  # fmt: skip


def _covers_group(rule: ThresholdRule, origin, programme_id, sector_id) -> bool:
    # Dates are not asked: each report was judged by its own month in the
    # summaries' SQL (GroupFigures.for_rule).
    return KINDS[rule.kind].on_group is not None and applies(
        rule, origin=origin, programme_id=programme_id, sector_id=sector_id, on=None
    )


def _covers_agency(rule: ThresholdRule, origin, today) -> bool:
    return KINDS[rule.kind].on_agency is not None and applies(rule, origin=origin, on=today)


def _judge_own(rule: ThresholdRule, check, group: GroupFigures) -> Verdict:
    own = group.for_rule(rule)
    return NOT_APPLICABLE if own is None else check(rule, own)


def judge_disclosure(rule: ThresholdRule, figures: DisclosureFigures) -> Verdict:
    if not _covers_disclosure(
        rule, figures.origin, figures.programme_id, figures.sector_id, figures.published_on,
        figures.contract_months,
    ):  # fmt: skip
        return NOT_APPLICABLE
    return KINDS[rule.kind].on_disclosure(rule, figures)


def judge_group(rule: ThresholdRule, group: GroupFigures, origin: str) -> Verdict:
    """A report-side rule judges each report by its own month: a rule with dates
    (or about one practice) reads only the reports it covers, counted per rule
    in the summaries' SQL, so no report outside its period counts."""
    if not _covers_group(rule, origin, group.programme_id, group.sector_id):
        return NOT_APPLICABLE
    return _judge_own(rule, KINDS[rule.kind].on_group, group)


def judge_agency(rule: ThresholdRule, agency, active: bool) -> Verdict:
    if not _covers_agency(rule, agency.country, timezone.localdate()):
        return NOT_APPLICABLE
    return KINDS[rule.kind].on_agency(rule, agency, active)


class RuleBook:
    """The rules in use, for judging many disclosures, groups and agencies at
    once: which rules cover a scope is decided (by `applies()`, as for one
    judgement) once per scope, so each disclosure, group or agency is judged
    only by its own rules, with the same verdicts as `judge_disclosure`,
    `judge_group` and `judge_agency`."""

    def __init__(self, rules: list[ThresholdRule]):
        # Retired rules judge nothing; their flags are cleared like any other
        # whose condition no longer holds.
        self.rules = [rule for rule in rules if rule.active]
        self.today = timezone.localdate()
        self._scopes: dict[tuple, list] = {}

    def _covering(self, key: tuple, covers, *scope) -> list:
        found = self._scopes.get(key)
        if found is None:
            found = self._scopes[key] = [rule for rule in self.rules if covers(rule, *scope)]
        return found

    def disclosure(self, figures: DisclosureFigures) -> list[tuple[ThresholdRule, Verdict]]:
        """Each rule that covers these figures, with its verdict."""
        scope = (figures.origin, figures.programme_id, figures.sector_id, figures.published_on,
                 figures.contract_months)  # fmt: skip
        rules = self._covering(("disclosure", *scope), _covers_disclosure, *scope)
        return [(rule, KINDS[rule.kind].on_disclosure(rule, figures)) for rule in rules]

    def covers_disclosure(self, origin, programme_id, sector_id, on, months) -> bool:
        """Whether any rule covers a disclosure of this scope, date and length
        (if none does, its figures need not be summed)."""
        scope = (origin, programme_id, sector_id, on, months)
        return bool(self._covering(("disclosure", *scope), _covers_disclosure, *scope))

    def group_rules(self, origin, programme_id, sector_id) -> list[ThresholdRule]:
        scope = (origin, programme_id, sector_id)
        return self._covering(("group", *scope), _covers_group, *scope)

    @staticmethod
    def group(rule: ThresholdRule, group: GroupFigures) -> Verdict:
        """The verdict of a rule from `group_rules` on a group's figures."""
        return _judge_own(rule, KINDS[rule.kind].on_group, group)

    def agency(self, agency, active: bool) -> list[tuple[ThresholdRule, Verdict]]:
        rules = self._covering(("agency", agency.country), _covers_agency, agency.country,
                               self.today)  # fmt: skip
        return [(rule, KINDS[rule.kind].on_agency(rule, agency, active)) for rule in rules]


def active_rules(kinds):
    return ThresholdRule.objects.filter(kind__in=kinds, active=True).select_related("category")


@dataclass
class Finding:
    rule: ThresholdRule
    message: str


def disclosure_findings(figures: DisclosureFigures) -> list[Finding]:
    """For the preview: each rule these figures break, with its sentence and the
    tier's words."""
    findings = []
    for rule in active_rules(DISCLOSURE_KINDS):
        verdict = judge_disclosure(rule, figures)
        if verdict.broken:
            entry = KINDS[rule.kind]
            message = (
                entry.preview(rule, verdict.evidence) if entry.preview else str(entry.explanation)
            )
            findings.append(Finding(rule, f"{message} {tier_sentence(rule)}"))
    return findings


@dataclass
class Advice:
    rule: ThresholdRule
    verdict: Verdict
    message: str  # the rule's own sentence
    source: str  # the tier's words: the breach, or the source it rests on
    need: str = ""  # for "cannot tell": what we need
    estimate: str = ""  # for a months cap without the basic wage

    @property
    def broken(self) -> bool:
        return self.verdict.broken

    @property
    def passes(self) -> bool:
        return self.verdict.outcome is Outcome.PASSES

    @property
    def cannot_tell(self) -> bool:
        return self.verdict.outcome is Outcome.CANNOT_TELL


ORDER = {Outcome.BREAKS: 0, Outcome.CANNOT_TELL: 1, Outcome.PASSES: 2}


def _estimate(rule, figures: DisclosureFigures, typical) -> str:
    """A months cap judged with a typical basic wage, said as an estimate."""
    wage_usd, wage_text, source = typical
    estimated = dataclasses.replace(figures, basic_wage_usd=wage_usd)
    verdict = _months_cap(rule, estimated)
    limit = money(months_allowed(rule, figures.contract_months) * wage_usd, "USD")
    values = {"wage": wage_text, "source": source, "limit": limit}
    if verdict.broken:
        return (
            _(
                "An estimate with the average basic wage (%(wage)s a month, %(source)s): the limit "
                "would be about %(limit)s, and what you were asked is above it. Your own basic "
                "wage may be lower, so the real limit may be lower too."
            )
            % values
        )
    return (
        _(
            "An estimate with the average basic wage (%(wage)s a month, %(source)s): the limit "
            "would be about %(limit)s. Your own basic wage may be lower, so the real limit may "
            "be lower too."
        )
        % values
    )


def fee_advice(
    figures: DisclosureFigures,
    *,
    period: tuple[datetime.date, datetime.date] | None = None,
    agency=None,
    typical_basic_wage: tuple[Decimal, str, str] | None = None,
) -> list[Advice]:
    """For the fee check: every rule of the kinds it answers that is in force
    for these figures' origin, programme and date (or, with `period`, in force
    at some day of that month), broken ones first, then those it cannot tell.

    A rule that changes inside the month cannot tell (we need the day); a rule
    about the agency needs the agency; a months cap without the basic wage
    cannot tell, with an estimate from `typical_basic_wage` (USD, as shown,
    source) when there is one."""
    on = period or figures.published_on
    advice = []
    for rule in active_rules(FEE_CHECK_KINDS):
        entry = KINDS[rule.kind]
        if not applies(
            rule,
            origin=figures.origin,
            programme_id=figures.programme_id,
            sector_id=figures.sector_id,
            on=on,
            contract_months=figures.contract_months,
        ):
            continue
        if period and not in_force_throughout(rule, *period):
            verdict = cannot_tell("date")
        elif entry.on_agency:
            verdict = (
                entry.on_agency(rule, agency, True) if agency is not None else cannot_tell("agency")
            )
        else:
            verdict = entry.on_disclosure(rule, figures)
        item = Advice(
            rule, verdict, entry.advice(rule, verdict, figures), tier_sentence(rule, verdict.broken)
        )
        if verdict.need:
            item.need = str(NEEDS[verdict.need])
            if verdict.need == "basic_wage" and typical_basic_wage:
                item.estimate = _estimate(rule, figures, typical_basic_wage)
        advice.append(item)
    advice.sort(key=lambda a: (ORDER[a.verdict.outcome], a.rule.kind, a.rule.code))
    return advice


# --- evidence, as the pages show it ---------------------------------------------

EVIDENCE_LABELS = {
    "worker_usd": gettext_lazy("Disclosed worker-paid cost (USD)"),
    "employer_usd": gettext_lazy("Disclosed employer-paid cost (USD)"),
    "total_usd": gettext_lazy("Disclosed total per worker (USD)"),
    "fees_usd": gettext_lazy("Agency fees per worker (USD)"),
    "worker_fees_usd": gettext_lazy("Agency fees paid by the worker (USD)"),
    "employer_fees_usd": gettext_lazy("Agency fees paid by the employer (USD)"),
    "category_usd": gettext_lazy("Charged to the worker for this cost (USD)"),
    "months": gettext_lazy("Months of the wage counted"),
    "limit_usd": gettext_lazy("Limit (USD)"),
    "benchmark_usd": gettext_lazy("Benchmark (USD)"),
    "limit_months": gettext_lazy("Limit (months of wage)"),
    "wage_basis": gettext_lazy("Wage counted"),
    "median_usd": gettext_lazy("Half of the workers reported paying more than this (USD)"),
    "reports": gettext_lazy("Accepted reports"),
    "disclosed_usd": gettext_lazy("Disclosed worker-paid cost (USD)"),
    "licence_status": gettext_lazy("Licence status"),
    "category": gettext_lazy("Cost"),
}
WAGE_BASES = {
    "basic": gettext_lazy("basic wage"),
    "offered": gettext_lazy("offered wage (no basic wage was given)"),
}


def _label(key: str, evidence: dict) -> str:
    # Flags of the benchmark rules recorded their figure as "limit_usd" before
    # tiers; a figure without a capped cost beside it is a benchmark, never a limit.
    if key == "limit_usd" and "category_usd" not in evidence:
        key = "benchmark_usd"
    return str(EVIDENCE_LABELS[key])


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
        elif key == "wage_basis":
            shown = str(WAGE_BASES.get(value, value))
        else:
            try:
                shown = str(int(Decimal(value)))
            except (InvalidOperation, ValueError):
                shown = str(value)
        rows.append((_label(key, evidence), shown))
    return rows
