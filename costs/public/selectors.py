"""Reads of the costs data shared by views."""

import datetime
from dataclasses import dataclass
from decimal import Decimal

from django.conf import settings
from django.db.models import Count, OuterRef, Prefetch, Q, QuerySet, Subquery
from django.db.models.functions import Coalesce
from django.utils import timezone

from agencies.models import Agency

from ..models import (
    ACTIVE_STATUSES,
    CostSummary,
    Country,
    Disclosure,
    DisclosureItem,
    Flag,
    FlagEvent,
    MissingRate,
    ThresholdRule,
    rate_on,
)

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
    no_open_flags: bool = False,
    sort: str = "cost",
) -> QuerySet[Disclosure]:
    """Current published disclosures, one row per agency, programme and sector."""
    open_flags = (
        Flag.objects.active()
        .filter(agency=OuterRef("agency"))
        .order_by()
        .values("agency")
        .annotate(count=Count("pk"))
        .values("count")
    )
    reported = CostSummary.objects.filter(
        agency=OuterRef("agency"),
        programme=OuterRef("programme"),
        sector=OuterRef("sector"),
        report_count__gte=settings.MIN_REPORTS_PUBLIC,
    ).values("median_usd")[:1]
    rows = (
        Disclosure.objects.current()
        .select_related("agency", "programme", "sector", "origin")
        .annotate(
            open_flags=Coalesce(Subquery(open_flags), 0),
            reported_median_usd=Subquery(reported),
        )
    )
    if origin:
        rows = rows.filter(origin_id=origin)
    if programme:
        rows = rows.filter(programme=programme)
    if sector:
        rows = rows.filter(sector=sector)
    if licensed_only:
        rows = rows.filter(agency__in=Agency.objects.licensed())
    if no_open_flags:
        rows = rows.filter(open_flags=0)
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


@dataclass
class ReportedFigures:
    programme: object
    sector: object
    count: int
    enough: bool
    origin_currency: str
    median_usd: Decimal | None = None
    p75_usd: Decimal | None = None
    median_months: Decimal | None = None
    median_origin: Decimal | None = None


def reported_figures(
    agency: Agency, country: Country | None
) -> dict[tuple[int, int], ReportedFigures]:
    """What workers reported paying, per programme and sector, from the
    precomputed summaries (accepted reports only). A group with fewer than
    MIN_REPORTS_PUBLIC reports gets no figures."""
    origin_currency = country.currency if country else None
    try:
        rate = rate_on(origin_currency, timezone.localdate()) if origin_currency else None
    except MissingRate:
        rate = None
    figures = {}
    summaries = agency.summaries.filter(report_count__gt=0).select_related("programme", "sector")
    for summary in summaries:
        result = ReportedFigures(
            summary.programme,
            summary.sector,
            summary.report_count,
            summary.enough_reports,
            origin_currency or "",
        )
        if result.enough:
            # Figures of smaller groups never leave the database.
            result.median_usd, result.p75_usd = summary.median_usd, summary.p75_usd
            result.median_months = summary.median_months
            if rate and summary.median_usd is not None:
                result.median_origin = summary.median_usd * rate
        figures[(summary.programme_id, summary.sector_id)] = result
    return figures


def agency_public_flags(agency: Agency) -> QuerySet[Flag]:
    """Open flags, and those closed in the last 90 days with their outcome."""
    since = timezone.now() - datetime.timedelta(days=90)
    return (
        agency.flags.filter(Q(status__in=ACTIVE_STATUSES) | Q(closed_at__gte=since))
        .select_related("rule", "programme", "sector")
        .prefetch_related(
            Prefetch(
                "events", queryset=FlagEvent.objects.filter(kind="agency_reply"), to_attr="replies"
            )
        )
        .order_by("closed_at", "-opened_at")
    )


def flags_by_rule(flags) -> list[tuple[ThresholdRule, list[Flag]]]:
    """Flags grouped under their rule, so each rule is explained once."""
    groups: dict[int, tuple[ThresholdRule, list[Flag]]] = {}
    for flag in flags:
        groups.setdefault(flag.rule_id, (flag.rule, []))[1].append(flag)
    return list(groups.values())
