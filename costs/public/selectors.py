"""Reads of the costs data shared by views."""

import datetime

from django.db.models import Count, OuterRef, Prefetch, Q, QuerySet, Subquery
from django.db.models.functions import Coalesce
from django.utils import timezone

from agencies.models import Agency

from .. import privacy
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
        Flag.objects.public()
        .active()
        .filter(agency=OuterRef("agency"))
        .order_by()
        .values("agency")
        .annotate(count=Count("pk"))
        .values("count")
    )
    # Released figures only; the template shows them through the policy.
    reported = CostSummary.objects.filter(
        agency=OuterRef("agency"),
        programme=OuterRef("programme"),
        sector=OuterRef("sector"),
        released_count__gte=privacy.k(),
    )
    rows = (
        Disclosure.objects.current()
        .select_related("agency", "programme", "sector", "origin")
        .annotate(
            open_flags=Coalesce(Subquery(open_flags), 0),
            reported_median_usd=Subquery(reported.values("released_median_usd")[:1]),
            reported_count=Subquery(reported.values("released_count")[:1]),
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


def reported_figures(agency: Agency, country: Country | None) -> dict[tuple[int, int], object]:
    """What workers reported paying, per programme and sector, as the
    disclosure-control policy lets the public see it (costs.privacy): only
    released figures of groups with enough reports, as bands or rounded points.
    A group with too few reports is not listed at all."""
    origin_currency = country.currency if country else ""
    try:
        rate = rate_on(origin_currency, timezone.localdate()) if origin_currency else None
    except MissingRate:
        rate = None
    figures = {}
    summaries = agency.summaries.filter(
        released_count__gte=privacy.k(), released_median_usd__isnull=False
    ).select_related("programme", "sector")
    for summary in summaries:
        shown = privacy.public_figures(summary, origin_currency=origin_currency, rate=rate)
        if shown is not None:
            figures[(summary.programme_id, summary.sector_id)] = shown
    return figures


def agency_public_flags(agency: Agency) -> QuerySet[Flag]:
    """Open flags, and those closed in the last 90 days with their outcome."""
    since = timezone.now() - datetime.timedelta(days=90)
    return (
        agency.flags.public()
        .filter(Q(status__in=ACTIVE_STATUSES) | Q(closed_at__gte=since))
        .select_related("rule", "rule_version", "programme", "sector")
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
