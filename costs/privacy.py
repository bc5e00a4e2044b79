"""What the public and agencies may learn from workers' reports: the one
disclosure-control policy every output goes through.

An agency knows what it charged each worker it sent, so an exact amount, a
count of one or two, or a change it can time to one report tells it who
reported. Hence, for each (agency, programme, sector) group:

- Nothing from fewer than k = MIN_REPORTS_PUBLIC accepted reports: no figure,
  no count, no flag, no "job it has not disclosed".
- From k to 9 reports (SMALL_GROUP), amounts are bands, never points: the
  median of three reports *is* one report's amount. USD bands are BAND_USD
  wide; the origin currency shows the same band converted and widened to
  round figures; months of wages are half-month bands. No upper percentile.
- From 10 reports, the median and 75th percentile rounded to the nearest USD
  50 (the origin currency to a round figure of about that size) and months to
  one decimal.
- Figures are released in batches (by the summaries statement itself,
  costs.flags.summaries.summary_statement):
  a group's public figures change only when at least RELEASE_MIN_CHANGES
  accepted reports changed since the last release, or RELEASE_DELAY after a
  single change, so one addition, correction or deletion cannot be timed.

Reviewers read the live, exact figures; nothing here applies to them.
"""

import datetime
import math
from dataclasses import dataclass
from decimal import ROUND_FLOOR, ROUND_HALF_UP, Decimal

from django.conf import settings
from django.utils.translation import gettext as _

from .catalogue.money import decimal1, money

BAND_USD = Decimal(500)
BAND_MONTHS = Decimal("0.5")
ROUND_USD = Decimal(50)
SMALL_GROUP = 10  # groups smaller than this get bands
RELEASE_MIN_CHANGES = 2
RELEASE_DELAY = datetime.timedelta(days=7)


def k() -> int:
    return settings.MIN_REPORTS_PUBLIC


def may_show(count: int | None) -> bool:
    """Whether anything derived from `count` accepted reports may be shown."""
    return bool(count) and count >= k()


@dataclass(frozen=True)
class Amount:
    """A public amount: a band (low to high) or, for large groups, a rounded point."""

    low: Decimal
    high: Decimal
    currency: str

    @property
    def is_band(self) -> bool:
        return self.low != self.high


def _floor_to(value: Decimal, step: Decimal) -> Decimal:
    return (value / step).to_integral_value(ROUND_FLOOR) * step


def _round_to(value: Decimal, step: Decimal) -> Decimal:
    return (value / step).to_integral_value(ROUND_HALF_UP) * step


def round_unit(rate: Decimal) -> Decimal:
    """A round figure in a currency about the size of USD 50: 100,000 riel,
    1,000,000 dong, 1,000 yen."""
    return Decimal(10) ** int(math.floor(math.log10(ROUND_USD * rate)))


def usd_amount(value: Decimal | None, count: int) -> Amount | None:
    if value is None or not may_show(count):
        return None
    if count < SMALL_GROUP:
        low = _floor_to(Decimal(value), BAND_USD)
        return Amount(low, low + BAND_USD, "USD")
    point = _round_to(Decimal(value), ROUND_USD)
    return Amount(point, point, "USD")


def origin_amount(usd: Amount | None, currency: str, rate: Decimal | None) -> Amount | None:
    """The same public amount in the origin currency: the band's edges widened
    outwards to round figures, so the band still covers the USD band."""
    if usd is None or rate is None or currency == "USD":
        return None
    unit = round_unit(rate)
    if usd.is_band:
        low = _floor_to(usd.low * rate, unit)
        high = -_floor_to(-usd.high * rate, unit)
        return Amount(low, high, currency)
    point = _round_to(usd.low * rate, unit)
    return Amount(point, point, currency)


def months_amount(value: Decimal | None, count: int) -> Amount | None:
    if value is None or not may_show(count):
        return None
    if count < SMALL_GROUP:
        low = _floor_to(Decimal(value), BAND_MONTHS)
        return Amount(low, low + BAND_MONTHS, "months")
    point = Decimal(value).quantize(Decimal("0.1"), ROUND_HALF_UP)
    return Amount(point, point, "months")


@dataclass(frozen=True)
class PublicFigures:
    """What the public may see of one group's reports."""

    programme: object
    sector: object
    count: int
    median: Amount
    median_origin: Amount | None
    p75: Amount | None  # only from SMALL_GROUP reports
    median_months: Amount | None


def public_figures(summary, *, origin_currency: str = "", rate=None) -> PublicFigures | None:
    """The released figures of a CostSummary under the policy, or None when
    nothing may be shown."""
    count = summary.released_count
    median = usd_amount(summary.released_median_usd, count)
    if median is None:
        return None
    return PublicFigures(
        programme=summary.programme,
        sector=summary.sector,
        count=count,
        median=median,
        median_origin=origin_amount(median, origin_currency, rate),
        p75=usd_amount(summary.released_p75_usd, count) if count >= SMALL_GROUP else None,
        median_months=months_amount(summary.released_median_months, count),
    )


# Evidence figures of a flag that come from reports, not from the agency's own
# disclosure: the public and the agency see them only through the policy.
REPORTED_EVIDENCE = {"median_usd": "usd", "reports": "count"}


def public_evidence(evidence: dict) -> dict:
    """A flag's evidence as the public and the agency may see it: report-derived
    amounts as bands or rounded points, counts only from k reports."""
    count = int(evidence.get("reports") or 0)
    shown = {}
    for key, value in evidence.items():
        kind = REPORTED_EVIDENCE.get(key)
        if kind is None:
            shown[key] = value
        elif kind == "usd":
            amount = usd_amount(Decimal(value), count)
            if amount is not None:
                shown[key] = amount
        elif may_show(count):
            shown[key] = value
    return shown


def format_amount(value: Amount | None) -> str:
    """A public amount in the active language: "$3,000 to $3,500", or "$3,050"."""
    if value is None:
        return ""
    if value.currency == "months":
        low, high = decimal1(value.low), decimal1(value.high)
    else:
        low, high = money(value.low, value.currency), money(value.high, value.currency)
    if not value.is_band:
        return low
    return _("%(low)s to %(high)s") % {"low": low, "high": high}
