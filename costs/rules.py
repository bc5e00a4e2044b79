"""What the threshold rules say about a disclosure's figures.

Shared by the disclosure preview (warnings before publishing) and, later, the
flag engine. Works on plain figures so a draft (converted at today's rates) and
a published version (frozen amounts) are judged the same way.
"""

import datetime
from dataclasses import dataclass, field
from decimal import Decimal

from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _

from .models import CostCategory, Disclosure, Payer, ThresholdRule, rate_on, to_usd


@dataclass
class Line:
    category: CostCategory
    payer: str
    usd: Decimal


@dataclass
class DisclosureFigures:
    origin: str
    programme_id: int
    sector_id: int
    contract_months: int
    wage_usd: Decimal
    lines: list[Line] = field(default_factory=list)

    @property
    def worker_usd(self) -> Decimal:
        return sum((line.usd for line in self.lines if line.payer == Payer.WORKER), Decimal(0))

    @property
    def employer_usd(self) -> Decimal:
        return sum((line.usd for line in self.lines if line.payer != Payer.WORKER), Decimal(0))

    def worker_usd_in(self, category: CostCategory) -> Decimal:
        return sum(
            (
                line.usd
                for line in self.lines
                if line.payer == Payer.WORKER and line.category == category
            ),
            Decimal(0),
        )


@dataclass
class Finding:
    rule: ThresholdRule
    message: str


def figures_of(disclosure: Disclosure, on: datetime.date | None = None) -> DisclosureFigures:
    """A disclosure's figures: frozen if published, else at the rates of `on` (today)."""
    on = on or timezone.localdate()
    items = list(disclosure.items.select_related("category"))
    if disclosure.is_draft:
        wage_usd = to_usd(disclosure.offered_wage, rate_on(disclosure.wage_currency, on))
        lines = [
            Line(i.category, i.payer, to_usd(i.amount, rate_on(i.currency, on))) for i in items
        ]
    else:
        wage_usd = disclosure.wage_usd
        lines = [Line(i.category, i.payer, i.amount_usd) for i in items]
    return DisclosureFigures(
        origin=disclosure.origin_id,
        programme_id=disclosure.programme_id,
        sector_id=disclosure.sector_id,
        contract_months=disclosure.contract_months,
        wage_usd=wage_usd,
        lines=lines,
    )


def rules_for(figures: DisclosureFigures, on: datetime.date) -> list[ThresholdRule]:
    """Rules in force on `on` whose scope covers the figures' origin, programme and sector."""
    return list(
        ThresholdRule.objects.filter(
            Q(origin__isnull=True) | Q(origin=figures.origin),
            Q(programme__isnull=True) | Q(programme=figures.programme_id),
            Q(sector__isnull=True) | Q(sector=figures.sector_id),
            Q(effective_from__isnull=True) | Q(effective_from__lte=on),
            Q(effective_until__isnull=True) | Q(effective_until__gte=on),
        ).select_related("category")
    )


def _months_allowed(rule: ThresholdRule, contract_months: int) -> Decimal:
    if rule.unit == ThresholdRule.Unit.MONTHS_PER_YEAR:
        return rule.value * Decimal(contract_months) / 12
    return rule.value


def disclosure_findings(
    figures: DisclosureFigures, on: datetime.date | None = None
) -> list[Finding]:
    """The disclosure-side rules that these figures break, each in plain words."""
    on = on or timezone.localdate()
    findings = []
    worker, employer = figures.worker_usd, figures.employer_usd
    for rule in rules_for(figures, on):
        if rule.min_contract_months and figures.contract_months < rule.min_contract_months:
            continue
        charged = figures.worker_usd_in(rule.category) if rule.category else worker
        if rule.kind == ThresholdRule.Kind.WORKER_FEE and worker > 0:
            findings.append(
                Finding(
                    rule,
                    _(
                        "You charge workers fees. Under the Employer Pays Principle workers should pay nothing."
                    ),
                )
            )
        elif rule.kind == ThresholdRule.Kind.BENCHMARK_TOTAL and worker + employer > rule.value:
            findings.append(
                Finding(
                    rule,
                    _("The total cost per worker is above the benchmark of %(limit)s US dollars.")
                    % {"limit": f"{rule.value:,.0f}"},
                )
            )
        elif (
            rule.kind == ThresholdRule.Kind.DOUBLE_CHARGE and employer >= rule.value and worker > 0
        ):
            findings.append(
                Finding(
                    rule,
                    _(
                        "The employer already pays at least %(limit)s US dollars, and workers are charged too."
                    )
                    % {"limit": f"{rule.value:,.0f}"},
                )
            )
        elif (
            rule.kind in (ThresholdRule.Kind.CATEGORY_CAP, ThresholdRule.Kind.USD_CAP)
            and charged > rule.value
        ):
            if rule.value == 0:
                message = _("Workers may not be charged for “%(category)s”.")
            else:
                message = _(
                    "Workers may be charged at most %(limit)s US dollars for “%(category)s”."
                )
            findings.append(
                Finding(
                    rule,
                    message
                    % {
                        "category": rule.category.name if rule.category else _("all costs"),
                        "limit": f"{rule.value:,.0f}",
                    },
                )
            )
        elif rule.kind == ThresholdRule.Kind.MONTHS_CAP and figures.wage_usd:
            allowed = _months_allowed(rule, figures.contract_months)
            if charged / figures.wage_usd > allowed:
                findings.append(
                    Finding(
                        rule,
                        _("“%(category)s” is more than %(months)s months of the offered wage.")
                        % {
                            "category": rule.category.name if rule.category else _("The total"),
                            "months": f"{allowed.normalize():f}",
                        },
                    )
                )
    return findings
