"""The figures the rules read: a disclosure's (or a typed fee's) costs in USD,
and what workers reported for one group. The one place a disclosure's totals
are summed."""

import datetime
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal

from django.utils import timezone

from ..models import CostCategory, Disclosure, Payer, months_of_wage, rate_on, to_usd


def recruitment_fee_ids() -> frozenset[int]:
    """The cost categories that are the agency's own fees (the ILO's
    "recruitment fees"), not related costs like airfare, travel or training."""
    return frozenset(
        CostCategory.objects.filter(kind=CostCategory.Kind.RECRUITMENT_FEE).values_list(
            "pk", flat=True
        )
    )


@dataclass
class DisclosureFigures:
    """What a disclosure (or a fee someone was asked for) costs, in USD."""

    origin: str
    programme_id: int
    sector_id: int
    contract_months: int
    # The wage the months of wages are counted in (the offered or typical wage).
    wage_usd: Decimal | None
    published_on: datetime.date
    worker_usd: Decimal = Decimal(0)
    employer_usd: Decimal = Decimal(0)
    # Worker-paid USD by cost category id.
    worker_by_category: dict[int, Decimal] = field(default_factory=dict)
    # Employer-paid USD by cost category id.
    employer_by_category: dict[int, Decimal] = field(default_factory=dict)
    # Worker-paid USD whose category is not known (a total typed in the fee
    # check): a rule about one category can only be sure of the bounds.
    unknown_usd: Decimal = Decimal(0)
    # The basic monthly wage of the contract (no overtime, no allowances):
    # months-of-wage caps count it. Versions published before it was asked
    # have none; their caps count the offered wage (`cap_wage_usd`).
    basic_wage_usd: Decimal | None = None
    # Whether a cap may count the offered wage when no basic wage is known: yes
    # for disclosures published before it was asked, never in the fee check.
    caps_on_offered_wage: bool = True
    recruitment_ids: frozenset[int] | None = None

    def add(self, category_id: int | None, payer: str, usd: Decimal) -> None:
        """One cost line: the one place a disclosure's totals are summed. A
        worker line without a category is a total of unknown costs."""
        if payer == Payer.WORKER:
            self.worker_usd += usd
            if category_id is None:
                self.unknown_usd += usd
            else:
                self.worker_by_category[category_id] = (
                    self.worker_by_category.get(category_id, Decimal(0)) + usd
                )
        else:
            self.employer_usd += usd
            self.employer_by_category[category_id] = (
                self.employer_by_category.get(category_id, Decimal(0)) + usd
            )

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

    @property
    def itemised(self) -> bool:
        return not self.unknown_usd

    @property
    def cap_wage_usd(self) -> Decimal | None:
        if self.basic_wage_usd:
            return self.basic_wage_usd
        return self.wage_usd if self.caps_on_offered_wage else None

    @property
    def wage_basis(self) -> str:
        """Which wage a months cap counts: "basic", or "offered" for old versions."""
        return "basic" if self.basic_wage_usd else "offered"

    def _recruitment(self) -> frozenset[int]:
        if self.recruitment_ids is None:
            self.recruitment_ids = recruitment_fee_ids()
        return self.recruitment_ids

    @property
    def worker_fees_usd(self) -> Decimal:
        """What the worker pays for the agency's own fees (known categories)."""
        ids = self._recruitment()
        return sum((v for k, v in self.worker_by_category.items() if k in ids), Decimal(0))

    @property
    def employer_fees_usd(self) -> Decimal:
        ids = self._recruitment()
        return sum((v for k, v in self.employer_by_category.items() if k in ids), Decimal(0))


def figures_of(disclosure: Disclosure, on: datetime.date | None = None) -> DisclosureFigures:
    """A disclosure's figures: frozen if published, else at the rates of `on` (today)."""
    on = on or timezone.localdate()
    draft = disclosure.is_draft

    def usd(amount, currency, frozen):
        if not draft:
            return frozen
        return to_usd(amount, rate_on(currency, on)) if amount is not None else None

    return DisclosureFigures.from_lines(
        (
            (item.category_id, item.payer, usd(item.amount, item.currency, item.amount_usd))
            for item in disclosure.items.all()
        ),
        origin=disclosure.origin_id,
        programme_id=disclosure.programme_id,
        sector_id=disclosure.sector_id,
        contract_months=disclosure.contract_months,
        wage_usd=usd(disclosure.offered_wage, disclosure.wage_currency, disclosure.wage_usd),
        basic_wage_usd=usd(
            disclosure.basic_wage, disclosure.wage_currency, disclosure.basic_wage_usd
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
    # {rule id: {"n", "median_usd", "prohibited"}}: per report-side rule with
    # dates or a practice, only the reports it covers (costs.flags.summaries).
    rule_figures: dict | None = None
    has_disclosure: bool = False

    def for_rule(self, rule) -> "GroupFigures | None":
        """The figures a rule judges: the group's, or for a rule that counts its
        own reports (dated, or about one practice) only those; None when no
        report of the group falls under it."""
        if not rule.counts_own_reports:
            return self
        own = (self.rule_figures or {}).get(str(rule.pk))
        if not own:
            return None
        median = own.get("median_usd")
        # Built directly: dataclasses.replace() costs several times more, and
        # the engine asks this of every rule of every group.
        return GroupFigures(
            agency_id=self.agency_id,
            programme_id=self.programme_id,
            sector_id=self.sector_id,
            report_count=own["n"],
            median_usd=Decimal(str(median)) if median is not None else None,
            disclosed_worker_usd=self.disclosed_worker_usd,
            prohibited_count=own["prohibited"],
            first_departure=self.first_departure,
            last_departure=self.last_departure,
            rule_figures=self.rule_figures,
            has_disclosure=self.has_disclosure,
        )
