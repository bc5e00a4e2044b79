"""Reads of the costs data shared by views."""

import datetime

from django.conf import settings
from django.core.paginator import Page, Paginator
from django.db.models import (
    Case,
    Count,
    IntegerField,
    OuterRef,
    Prefetch,
    Q,
    QuerySet,
    Subquery,
    When,
    Window,
)
from django.db.models.functions import Coalesce
from django.utils import timezone

from agencies.models import Agency, LicenceStatus

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

# Whatever the sort, licensed agencies come first (licence_rank 0): a cheap
# offer from an agency that may not recruit is no bargain.
COMPARE_SORTS = {
    "cost": ("licence_rank", "worker_total_usd", "agency__name"),
    "name": ("licence_rank", "agency__name", "programme__order", "sector__name"),
}


def licensed_q(prefix: str = "") -> Q:
    """An active licence, still valid today, of an agency still on its register."""
    return (
        Q(**{f"{prefix}licence_status": LicenceStatus.ACTIVE})
        & (
            Q(**{f"{prefix}licence_valid_until__isnull": True})
            | Q(**{f"{prefix}licence_valid_until__gte": timezone.localdate()})
        )
        & Q(**{f"{prefix}on_register": True})
    )


def is_licensed_now(agency: Agency) -> bool:
    """The agency-page twin of licensed_q: valid today and still on its register."""
    return agency.is_licensed and agency.on_register


def has_serious_open_flag(flags) -> bool:
    return any(
        flag.status in ACTIVE_STATUSES and flag.severity == ThresholdRule.Severity.HIGH
        for flag in flags
    )


def _open_flag_count(**filters) -> Subquery:
    counted = (
        Flag.objects.public()
        .active()
        .filter(agency=OuterRef("agency"), **filters)
        .order_by()
        .values("agency")
        .annotate(count=Count("pk"))
        .values("count")
    )
    return Coalesce(Subquery(counted), 0)


def compare_rows(
    *,
    origin: str | None = None,
    programme=None,
    sector=None,
    licensed_only: bool = False,
    no_open_flags: bool = False,
    sort: str = "cost",
) -> QuerySet[Disclosure]:
    """Current published disclosures, one row per agency, programme and sector,
    licensed agencies first."""
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
            open_flags=_open_flag_count(),
            serious_flags=_open_flag_count(severity=ThresholdRule.Severity.HIGH),
            licence_rank=Case(
                When(licensed_q("agency__"), then=0), default=1, output_field=IntegerField()
            ),
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
        # The condition itself, not licence_rank=0: PostgreSQL estimates the
        # rows it keeps, and picks a join for thousands, not for ten.
        rows = rows.filter(licensed_q("agency__"))
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


MAX_PAGE = 100_000


def compare_page(rows: QuerySet[Disclosure], number) -> Page:
    """One page of compare rows. The page's ids and the number of rows come
    from one query (a window count) over the ids alone; only the page's rows
    are then read whole. Sorting 4,000 whole rows, with every language of
    every joined name, took half of the page's time (bench/pages.py)."""
    paginator = Paginator(rows.values_list("pk", flat=True), settings.COMPARE_PAGE_SIZE)
    try:
        wanted = max(1, int(number))
    except (TypeError, ValueError):
        wanted = 1
    start = (wanted - 1) * paginator.per_page
    counted = rows.annotate(rows_in_all=Window(Count("pk"))).values_list("pk", "rows_in_all")
    # A page number past any listing (a hostile link) would overflow OFFSET.
    chosen = list(counted[start : start + paginator.per_page]) if wanted <= MAX_PAGE else []
    if chosen:
        paginator.count = chosen[0][1]
        page = paginator.page(wanted)
    else:  # no rows, or past the last page: the paginator's own answer
        page = paginator.get_page(number)
        chosen = [(pk, None) for pk in page.object_list]
    whole = rows.filter(pk__in=[pk for pk, _ in chosen]).order_by().in_bulk()
    page.object_list = [whole[pk] for pk, _ in chosen]
    return page


# The compare filters in the order a visitor would give them up: the narrowest first.
LOOSENING_ORDER = ("sector", "programme", "no_open_flags", "origin", "licensed_only")


def filters_to_loosen(filters: dict) -> list[str]:
    """For an empty compare result: each filter whose removal alone would show
    offers. Runs only on an empty page, one EXISTS per filter in use."""
    loosen = []
    for name in LOOSENING_ORDER:
        if not filters.get(name):
            continue
        fewer = {key: value for key, value in filters.items() if key != name}
        if name == "programme":
            fewer.pop("sector", None)  # a sector without its programme means nothing
        if compare_rows(**fewer).exists():
            loosen.append(name)
    return loosen
