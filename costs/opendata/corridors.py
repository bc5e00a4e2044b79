"""The cost of migration by corridor (SDG indicator 10.7.1): for each origin,
programme and year of departure, what workers reported paying, in months of
their first month's earnings, and how many borrowed.

A corridor pools many agencies, but its figures follow the same
disclosure-control policy as an agency's (costs.privacy): nothing from fewer
than k reports, bands from k to 9 reports, rounded points from 10. The number
of reports too: an exact count of a corridor, less the exact counts that
agencies' pages show, could leave a count of one. They are released once a month: only reports accepted, and last changed, before the
first day of the current month count, and the table is computed once per month
and kept, so no single report, correction or deletion can be timed.
"""

import datetime
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from django.core.cache import cache
from django.db.models import Count, DecimalField, ExpressionWrapper, F, Q
from django.db.models.functions import ExtractYear
from django.utils import timezone

from .. import privacy
from ..flags.aggregates import PercentileCont
from ..models import Country, MissingRate, Programme, RateBook, WorkerReport

BORROWED = Q(loan_usd__gt=0)
# The Recruitment Cost Indicator counts only workers who gave both figures.
WITH_EARNINGS = Q(worker_total_usd__gt=0, wage_usd__gt=0)
SHARE_STEP = Decimal(5)  # shares of borrowers, in percentage points
COUNT_STEP = Decimal(5)  # counts of reports from SMALL_GROUP, rounded to this
CENT = Decimal("0.01")
# Kept a little longer than a month: the key names the month, so a new month
# computes a new table.
SNAPSHOT_SECONDS = 40 * 24 * 3600


@dataclass(frozen=True)
class Corridor:
    """One origin, programme and year of departure, as the public may see it."""

    origin: str  # ISO code
    programme: str  # code
    year: int
    reports: privacy.Amount  # of reports ("reports"): always at least k
    median_usd: privacy.Amount
    median_local: privacy.Amount | None
    reports_with_earnings: privacy.Amount | None  # None when fewer than k
    median_months: privacy.Amount | None
    share_borrowed: Decimal | None  # percent
    median_loan_usd: privacy.Amount | None


def release_month(now: datetime.datetime | None = None) -> datetime.date:
    """The first day of the current month: reports count from the month after
    the one they were accepted in."""
    return timezone.localdate(now).replace(day=1)


def corridor_aggregate(before: datetime.date):
    """One aggregate query: every (origin, programme, year of departure) of the
    reports accepted and last changed before `before`."""
    months = ExpressionWrapper(
        F("worker_total_usd") / F("wage_usd"),
        output_field=DecimalField(max_digits=20, decimal_places=6),
    )
    start = timezone.make_aware(datetime.datetime.combine(before, datetime.time.min))
    return (
        WorkerReport.objects.accepted()
        .filter(accepted_at__lt=start, worker_total_usd__isnull=False)
        .filter(Q(changed_at__lt=start) | Q(changed_at__isnull=True))
        .annotate(year=ExtractYear("departure_month"))
        .values("origin_id", "programme_id", "year")
        .annotate(
            n=Count("id"),
            median_usd=PercentileCont("worker_total_usd", 0.5),
            n_earnings=Count("id", filter=WITH_EARNINGS),
            median_months=PercentileCont(months, 0.5, filter=WITH_EARNINGS),
            n_borrowed=Count("id", filter=BORROWED),
            median_loan=PercentileCont("loan_usd", 0.5, filter=BORROWED),
        )
        .order_by("origin_id", "programme_id", "year")
    )


def count_amount(count: int) -> privacy.Amount | None:
    """A number of reports as the public may see it: nothing under k, the band
    k to 9 for a small group, else rounded to COUNT_STEP (never under 10)."""
    if not privacy.may_show(count):
        return None
    if count < privacy.SMALL_GROUP:
        return privacy.Amount(Decimal(privacy.k()), Decimal(privacy.SMALL_GROUP - 1), "reports")
    rounded = (Decimal(count) / COUNT_STEP).to_integral_value(ROUND_HALF_UP) * COUNT_STEP
    rounded = max(rounded, Decimal(privacy.SMALL_GROUP))
    return privacy.Amount(rounded, rounded, "reports")


def share_of(part: int, whole: int) -> Decimal | None:
    """The share of borrowers in percent, rounded to SHARE_STEP points, from
    SMALL_GROUP reports and only when at least k borrowed and at least k did
    not: otherwise the share would be a count of one or two workers."""
    if whole < privacy.SMALL_GROUP or not privacy.may_show(part):
        return None
    if not privacy.may_show(whole - part):
        return None
    percent = Decimal(part) * 100 / Decimal(whole)
    return (percent / SHARE_STEP).to_integral_value(ROUND_HALF_UP) * SHARE_STEP


def _exact(value) -> Decimal | None:
    # percentile_cont answers a float; amounts are kept to the cent, as the summaries do.
    return None if value is None else Decimal(str(value)).quantize(CENT, ROUND_HALF_UP)


def _rate(book: RateBook, currency: str, year: int) -> Decimal | None:
    """The rate of the middle of the year of departure (today's for this year)."""
    day = min(datetime.date(year, 7, 1), timezone.localdate())
    try:
        return book.rate(currency, day)
    except MissingRate:
        return None


def compute_corridors(before: datetime.date) -> list[Corridor]:
    """The table under the policy, straight from the database (a few queries)."""
    currencies = dict(Country.objects.values_list("code", "currency"))
    programmes = dict(Programme.objects.values_list("pk", "code"))
    book = RateBook(set(currencies.values()))
    corridors = []
    for row in corridor_aggregate(before):
        count = row["n"]
        median = privacy.usd_amount(_exact(row["median_usd"]), count)
        if median is None:
            continue  # fewer than k reports: the corridor is not listed at all
        currency = currencies.get(row["origin_id"], "")
        earnings = row["n_earnings"]
        months = privacy.months_amount(_exact(row["median_months"]), earnings)
        corridors.append(
            Corridor(
                origin=row["origin_id"],
                programme=programmes[row["programme_id"]],
                year=row["year"],
                reports=count_amount(count),
                median_usd=median,
                median_local=privacy.origin_amount(
                    median, currency, _rate(book, currency, row["year"])
                ),
                reports_with_earnings=count_amount(earnings) if months is not None else None,
                median_months=months,
                share_borrowed=share_of(row["n_borrowed"], count),
                median_loan_usd=privacy.usd_amount(_exact(row["median_loan"]), row["n_borrowed"]),
            )
        )
    return corridors


def corridors(now: datetime.datetime | None = None) -> list[Corridor]:
    """This month's table: computed on the first call of the month and then
    kept, so the figures change once a month whatever happens in between."""
    month = release_month(now)
    key = f"opendata:corridors:{month.isoformat()}:k{privacy.k()}"
    table = cache.get(key)
    if table is None:
        table = compute_corridors(month)
        cache.set(key, table, SNAPSHOT_SECONDS)
    return table
