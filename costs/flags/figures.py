"""The figures the rules read: a disclosure's (or a typed fee's) costs in USD,
and what workers reported for one group. The one place a disclosure's totals
are summed."""

import datetime
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal

from django.utils import timezone

from ..models import Disclosure, Payer, months_of_wage, rate_on, to_usd


@dataclass
class DisclosureFigures:
    """What a disclosure (or a fee someone was asked for) costs, in USD."""

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

    def add(self, category_id: int, payer: str, usd: Decimal) -> None:
        """One cost line: the one place a disclosure's totals are summed."""
        if payer == Payer.WORKER:
            self.worker_usd += usd
            self.worker_by_category[category_id] = (
                self.worker_by_category.get(category_id, Decimal(0)) + usd
            )
        else:
            self.employer_usd += usd

    @classmethod
    def from_lines(cls, lines: Iterable[tuple[int, str, Decimal]], **terms) -> "DisclosureFigures":
        """Figures from (category id, payer, USD amount) lines and the disclosure's terms."""
        figures = cls(**terms)
        for category_id, payer, usd in lines:
            figures.add(category_id, payer, usd)
        return figures

    @property
    def months(self) -> Decimal | None:
        return months_of_wage(self.worker_usd, self.wage_usd)


def figures_of(disclosure: Disclosure, on: datetime.date | None = None) -> DisclosureFigures:
    """A disclosure's figures: frozen if published, else at the rates of `on` (today)."""
    on = on or timezone.localdate()
    draft = disclosure.is_draft
    return DisclosureFigures.from_lines(
        (
            (
                item.category_id,
                item.payer,
                to_usd(item.amount, rate_on(item.currency, on)) if draft else item.amount_usd,
            )
            for item in disclosure.items.all()
        ),
        origin=disclosure.origin_id,
        programme_id=disclosure.programme_id,
        sector_id=disclosure.sector_id,
        contract_months=disclosure.contract_months,
        wage_usd=(
            to_usd(disclosure.offered_wage, rate_on(disclosure.wage_currency, on))
            if draft
            else disclosure.wage_usd
        ),
        published_on=timezone.localdate(disclosure.published_at) if disclosure.published_at else on,
    )


@dataclass
class GroupFigures:
    """What workers reported for one (agency, programme, sector): a CostSummary's columns."""

    agency_id: int
    programme_id: int
    sector_id: int
    report_count: int
    median_usd: Decimal | None
    disclosed_worker_usd: Decimal | None
    prohibited_count: int
    first_departure: datetime.date | None
    last_departure: datetime.date | None
    has_disclosure: bool = False
