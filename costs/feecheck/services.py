"""The fee check: what a person was asked to pay, against the law, the rules,
the standards and benchmarks, the agency's own disclosure, what workers
reported and other agencies' fees. Nothing is stored: the inputs travel in
the link."""

import calendar
import datetime
from dataclasses import dataclass, field
from decimal import Decimal

from django.utils import timezone
from django.utils.translation import gettext as _

from agencies.models import Agency

from .. import privacy
from ..catalogue.money import money
from ..flags.figures import DisclosureFigures
from ..flags.rules import Advice, fee_advice
from ..models import (
    CostSummary,
    Country,
    Disclosure,
    Flag,
    Payer,
    ThresholdRule,
    rate_on,
    to_usd,
)
from ..public.selectors import compare_rows

# Kinds that set a limit in numbers: where none is in force, the page says so.
NUMERIC_CAPS = {ThresholdRule.Kind.MONTHS_CAP, ThresholdRule.Kind.USD_CAP}


@dataclass
class FeeCheck:
    origin: Country
    total_usd: Decimal
    total_origin: Decimal
    wage_usd: Decimal | None
    wage_is_typical: bool
    months: Decimal | None
    itemised: bool
    # The month the person paid in (first day), or None: judged by today's rules.
    paid_in: datetime.date | None = None
    on: datetime.date | None = None
    typical_wage_source: str = ""
    no_numeric_cap: bool = False
    verdicts: list[Advice] = field(default_factory=list)
    agency: Agency | None = None
    disclosure: Disclosure | None = None
    reported: privacy.PublicFigures | None = None
    agency_flags: list[Flag] = field(default_factory=list)
    alternatives: list[Disclosure] = field(default_factory=list)


def _month(day: datetime.date) -> tuple[datetime.date, datetime.date]:
    last = calendar.monthrange(day.year, day.month)[1]
    return day.replace(day=1), day.replace(day=last)


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
    paid_in: datetime.date | None = None,
    on: datetime.date | None = None,
) -> FeeCheck:
    """`lines`: dicts of category (or None for a total), amount and currency.
    `wage`: the basic monthly wage of the contract, if the person knows it.
    `paid_in`: any day of the month the person paid, to judge by the rules in
    force then (and convert at that month's rates); else by today's (`on`)."""
    period = _month(paid_in) if paid_in else None
    on = period[0] if period else (on or timezone.localdate())
    itemised = all(line["category"] is not None for line in lines)
    figures = DisclosureFigures(
        origin=origin.code,
        programme_id=programme.pk,
        sector_id=sector.pk,
        contract_months=contract_months,
        wage_usd=None,
        published_on=on,
        # A months cap counts the basic wage the person gives, never a typical one.
        caps_on_offered_wage=False,
    )
    total_origin = Decimal(0)
    origin_rate = rate_on(origin.currency, on)
    for line in lines:
        usd = to_usd(line["amount"], rate_on(line["currency"], on))
        # Exact in the person's own currency; converted only when asked in another.
        total_origin += line["amount"] if line["currency"] == origin.currency else usd * origin_rate
        # A total has no category: rules about one cost can only bound it.
        figures.add(line["category"].pk if line["category"] else None, Payer.WORKER, usd)

    typical = None
    if wage is not None:
        figures.basic_wage_usd = figures.wage_usd = to_usd(wage, rate_on(wage_currency, on))
    elif programme.typical_basic_wage:
        typical_usd = to_usd(
            programme.typical_basic_wage, rate_on(programme.typical_wage_currency, on)
        )
        # Months of wages are shown on it, said as an estimate; no cap is judged on it.
        figures.wage_usd = typical_usd
        typical = (
            typical_usd,
            money(programme.typical_basic_wage, programme.typical_wage_currency),
            _wage_statistics(),
        )

    verdicts = fee_advice(figures, period=period, agency=agency, typical_basic_wage=typical)
    result = FeeCheck(
        origin=origin,
        total_usd=figures.worker_usd,
        total_origin=total_origin,
        wage_usd=figures.wage_usd,
        wage_is_typical=wage is None,
        months=figures.months,
        itemised=itemised,
        paid_in=period[0] if period else None,
        on=on,
        typical_wage_source=_wage_statistics(),
        no_numeric_cap=not any(v.rule.kind in NUMERIC_CAPS for v in verdicts),
        verdicts=verdicts,
    )

    if agency is not None:
        result.agency = agency
        result.disclosure = (
            Disclosure.objects.current()
            .filter(agency=agency, programme=programme, sector=sector)
            .prefetch_related("items__category")
            .first()
        )
        summary = (
            CostSummary.objects.filter(agency=agency, programme=programme, sector=sector)
            .select_related("programme", "sector")
            .first()
        )
        result.reported = summary and privacy.public_figures(
            summary, origin_currency=origin.currency, rate=origin_rate
        )
        result.agency_flags = list(agency.flags.public().active().select_related("rule"))
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


def _wage_statistics() -> str:
    # The programme's typical_basic_wage_source is a full citation in English
    # (with the survey's Japanese title), kept for the admin and the open data;
    # a reader is told where the figure comes from in their own language.
    return _("the wage statistics of Japan's Ministry of Health, Labour and Welfare")
