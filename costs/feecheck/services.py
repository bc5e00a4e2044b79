"""The fee check: what a person was asked to pay, against the law, the rules,
the agency's own disclosure, what workers reported and other agencies' fees.
Nothing is stored: the inputs travel in the link."""

import datetime
from dataclasses import dataclass, field
from decimal import Decimal

from django.utils import timezone

from agencies.models import Agency

from .. import privacy
from ..flags.figures import DisclosureFigures
from ..flags.rules import Advice, fee_advice
from ..models import (
    CostCategory,
    CostSummary,
    Country,
    Disclosure,
    Flag,
    Payer,
    rate_on,
    to_usd,
)
from ..public.selectors import compare_rows

# A total with no breakdown is judged as if it were all service fee: the
# result says so, and asks for an itemised list.
TOTAL_CATEGORY = "service-fee"


@dataclass
class FeeCheck:
    origin: Country
    total_usd: Decimal
    total_origin: Decimal
    wage_usd: Decimal | None
    wage_is_typical: bool
    months: Decimal | None
    itemised: bool
    verdicts: list[Advice] = field(default_factory=list)
    agency: Agency | None = None
    disclosure: Disclosure | None = None
    reported: privacy.PublicFigures | None = None
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
    figures = DisclosureFigures(
        origin=origin.code,
        programme_id=programme.pk,
        sector_id=sector.pk,
        contract_months=contract_months,
        wage_usd=None,
        published_on=on,
    )
    total_origin = Decimal(0)
    origin_rate = rate_on(origin.currency, on)
    for line in lines:
        usd = to_usd(line["amount"], rate_on(line["currency"], on))
        # Exact in the person's own currency; converted only when asked in another.
        total_origin += line["amount"] if line["currency"] == origin.currency else usd * origin_rate
        figures.add((line["category"] or fallback).pk, Payer.WORKER, usd)

    wage_is_typical = wage is None
    if wage is None and programme.typical_wage:
        wage, wage_currency = programme.typical_wage, programme.typical_wage_currency
    figures.wage_usd = to_usd(wage, rate_on(wage_currency, on)) if wage else None

    result = FeeCheck(
        origin=origin,
        total_usd=figures.worker_usd,
        total_origin=total_origin,
        wage_usd=figures.wage_usd,
        wage_is_typical=wage_is_typical,
        months=figures.months,
        itemised=itemised,
        verdicts=fee_advice(figures),
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
