"""Reads of the costs data shared by views."""

from dataclasses import dataclass
from decimal import Decimal

from django.conf import settings
from django.db.models import Prefetch, Q, QuerySet
from django.utils import timezone

from agencies.models import Agency, LicenceStatus

from .models import Disclosure, DisclosureItem, MissingRate, WorkerReport, rate_on
from .stats import percentile_cont

COMPARE_SORTS = {
    "cost": ("worker_total_usd", "agency__name"),
    "name": ("agency__name", "programme__order", "sector__name"),
}


def compare_rows(
    *,
    origin: str | None = None,
    programme=None,
    sector=None,
    licensed_only: bool = False,
    sort: str = "cost",
) -> QuerySet[Disclosure]:
    """Current published disclosures, one row per agency, programme and sector."""
    rows = Disclosure.objects.current().select_related("agency", "programme", "sector", "origin")
    if origin:
        rows = rows.filter(origin_id=origin)
    if programme:
        rows = rows.filter(programme=programme)
    if sector:
        rows = rows.filter(sector=sector)
    if licensed_only:
        today = timezone.localdate()
        rows = rows.filter(agency__licence_status=LicenceStatus.ACTIVE).filter(
            Q(agency__licence_valid_until__isnull=True) | Q(agency__licence_valid_until__gte=today)
        )
    return rows.order_by(*COMPARE_SORTS[sort], "pk")


def agency_public_disclosures(agency: Agency) -> QuerySet[Disclosure]:
    """The agency's current disclosures with their items, for its public profile."""
    items = DisclosureItem.objects.select_related("category")
    return (
        agency.disclosures.current()
        .select_related("programme", "sector", "origin")
        .prefetch_related(Prefetch("items", queryset=items))
        .order_by("programme__order", "sector__name")
    )


def agency_history(agency: Agency) -> QuerySet[Disclosure]:
    """Every public version, newest first: the record an agency cannot rewrite."""
    return (
        agency.disclosures.public()
        .select_related("programme", "sector")
        .order_by("programme__order", "sector__name", "-version")
    )


def agency_disclosures_for_staff(agency: Agency) -> QuerySet[Disclosure]:
    return (
        agency.disclosures.exclude(status=Disclosure.Status.SUPERSEDED)
        .select_related("programme", "sector")
        .order_by("programme__order", "sector__name", "-version")
    )


@dataclass
class Change:
    kind: str  # added, removed, changed
    category: object
    payer: str
    old: DisclosureItem | None
    new: DisclosureItem | None


def version_changes(disclosure: Disclosure) -> list[Change] | None:
    """Lines added, removed or changed since the version this one replaced
    (None for a first version)."""
    previous = disclosure.supersedes
    if previous is None:
        return None

    def lines(version):
        return {(i.category_id, i.payer): i for i in version.items.select_related("category")}

    old, new = lines(previous), lines(disclosure)
    changes = []
    for key in sorted(
        old.keys() | new.keys(), key=lambda k: ((old.get(k) or new.get(k)).category.order, k[1])
    ):
        before, after = old.get(key), new.get(key)
        if before is None:
            changes.append(Change("added", after.category, after.get_payer_display(), None, after))
        elif after is None:
            changes.append(
                Change("removed", before.category, before.get_payer_display(), before, None)
            )
        elif (before.amount, before.currency) != (after.amount, after.currency):
            changes.append(
                Change("changed", after.category, after.get_payer_display(), before, after)
            )
    return changes


@dataclass
class ReportedFigures:
    programme: object
    sector: object
    count: int
    enough: bool
    origin_currency: str
    median_usd: Decimal | None = None
    p75_usd: Decimal | None = None
    median_origin: Decimal | None = None
    median_months: Decimal | None = None


def reported_figures(agency: Agency) -> dict[tuple[int, int], ReportedFigures]:
    """What workers reported paying, per programme and sector, from accepted
    reports only; a group with fewer than MIN_REPORTS_PUBLIC reports gets no figures."""
    reports = (
        WorkerReport.objects.accepted()
        .filter(agency=agency)
        .select_related("programme", "sector", "origin")
        .only("programme", "sector", "origin__currency", "worker_total_usd", "wage_usd")
    )
    groups: dict[tuple[int, int], list[WorkerReport]] = {}
    for report in reports:
        groups.setdefault((report.programme_id, report.sector_id), []).append(report)
    figures = {}
    today = timezone.localdate()
    for key, members in groups.items():
        first = members[0]
        enough = len(members) >= settings.MIN_REPORTS_PUBLIC
        result = ReportedFigures(
            first.programme, first.sector, len(members), enough, first.origin.currency
        )
        if result.enough:
            totals = [r.worker_total_usd for r in members if r.worker_total_usd is not None]
            result.median_usd = percentile_cont(totals, 0.5)
            result.p75_usd = percentile_cont(totals, 0.75)
            months = [r.months_of_wages for r in members if r.months_of_wages]
            result.median_months = percentile_cont(months, 0.5)
            try:
                result.median_origin = result.median_usd * rate_on(first.origin.currency, today)
            except MissingRate:
                result.median_origin = None
        figures[key] = result
    return figures
