"""Importing exchange rates from an official source (CSV).

Columns (header row required, UTF-8; extra columns are ignored):
    currency        a currency of the catalogue (a country's currency, or USD)
    date            YYYY-MM-DD, the day the rate applies from
    units_per_usd   units of the currency per US dollar, a dot for decimals (4100.25)

Every row is checked first; one bad row and nothing is written. A row equal to
the stored rate of that currency and day is skipped. A row that would change a
stored rate is refused unless `replace` is given; a demo rate (made up by the
demo data) is always replaced. See examples/rates_example.csv.
"""

import csv
import datetime
import io
import re
from dataclasses import dataclass, field
from decimal import Decimal

from django.db import transaction
from django.utils.translation import gettext as _

from .. import queue
from ..models import Country, ExchangeRate
from ..models.reference import USD

COLUMNS = ("currency", "date", "units_per_usd")
DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
NUMBER = re.compile(r"[+-]?\d+(\.\d+)?")
# ExchangeRate.units_per_usd: 18 digits, 6 of them after the dot.
DECIMALS = 6
LARGEST = Decimal(10) ** 12
SOURCE_LENGTH = ExchangeRate._meta.get_field("source").max_length


@dataclass
class RatesImport:
    added: list[ExchangeRate] = field(default_factory=list)
    replaced: list[ExchangeRate] = field(default_factory=list)
    skipped: int = 0
    errors: list[str] = field(default_factory=list)

    @property
    def count(self) -> int:
        """Rates written: added, or replacing a stored rate."""
        return len(self.added) + len(self.replaced)


def _text(text_or_file) -> str:
    content = text_or_file.read() if hasattr(text_or_file, "read") else text_or_file
    if isinstance(content, bytes):
        content = content.decode("utf-8")
    # Spreadsheets often save UTF-8 with a byte-order mark.
    return content.removeprefix("\ufeff")


def _error(line: int, column: str, message: str) -> str:
    return _("Line %(line)s, column %(column)s: %(message)s") % {
        "line": line,
        "column": column,
        "message": message,
    }


def _currency(value: str, known: set[str], line: int, errors: list) -> str | None:
    currency = value.upper()
    if not currency:
        errors.append(_error(line, "currency", _("the currency is missing.")))
    elif currency not in known:
        errors.append(
            _error(
                line,
                "currency",
                _("“%(value)s” is not a currency of the catalogue (use one of %(known)s).")
                % {"value": value, "known": ", ".join(sorted(known))},
            )
        )
    else:
        return currency
    return None


def _day(value: str, line: int, errors: list) -> datetime.date | None:
    if not value:
        errors.append(_error(line, "date", _("the date is missing.")))
        return None
    try:
        # fromisoformat alone would also take 20240101 or 2024-W01.
        if DATE.fullmatch(value):
            return datetime.date.fromisoformat(value)
    except ValueError:
        pass
    errors.append(
        _error(line, "date", _("“%(value)s” is not a date like 2025-01-31.") % {"value": value})
    )
    return None


def _rate(value: str, line: int, errors: list) -> Decimal | None:
    column = "units_per_usd"
    if not value:
        errors.append(_error(line, column, _("the rate is missing.")))
        return None
    if not NUMBER.fullmatch(value):
        message = _("“%(value)s” is not a number like 4100.25 (digits, a dot for decimals).")
        errors.append(_error(line, column, message % {"value": value}))
        return None
    rate = Decimal(value)
    if rate <= 0:
        message = _("the rate must be more than zero, not %(value)s.")
    elif -rate.as_tuple().exponent > DECIMALS:
        message = _("“%(value)s” has more than 6 decimals.")
    elif rate >= LARGEST:
        message = _("“%(value)s” is too large for a rate.")
    else:
        return rate
    errors.append(_error(line, column, message % {"value": value}))
    return None


def _parse(text: str, known: set[str]) -> tuple[list[tuple], list[str]]:
    """(line, currency, date, rate) for every row, and every error found."""
    reader = csv.DictReader(io.StringIO(text), restval="")
    headers = [h.strip().lower() for h in (reader.fieldnames or [])]
    missing = [column for column in COLUMNS if column not in headers]
    if missing:
        return [], [
            _("Line 1: the header row lacks the columns: %(columns)s (it needs %(needed)s).")
            % {"columns": ", ".join(missing), "needed": ",".join(COLUMNS)}
        ]
    reader.fieldnames = headers
    rows, errors, seen = [], [], {}
    for raw in reader:
        line = reader.line_num
        row = {k: (v or "").strip() for k, v in raw.items() if k in COLUMNS}
        if not any(row.values()):
            continue
        found = len(errors)
        currency = _currency(row["currency"], known, line, errors)
        date = _day(row["date"], line, errors)
        rate = _rate(row["units_per_usd"], line, errors)
        if currency == USD and rate is not None and rate != 1:
            errors.append(_error(line, "units_per_usd", _("a US dollar is always 1 US dollar.")))
        if len(errors) > found:
            continue
        if (currency, date) in seen:
            errors.append(
                _error(
                    line,
                    "date",
                    _("%(currency)s on %(date)s is also on line %(other)s.")
                    % {
                        "currency": currency,
                        "date": date.isoformat(),
                        "other": seen[currency, date],
                    },
                )
            )
            continue
        seen[currency, date] = line
        rows.append((line, currency, date, rate))
    if not rows and not errors:
        errors.append(_("The file has no rates."))
    return rows, errors


@transaction.atomic
def rates_import(*, text_or_file, source: str, replace: bool = False) -> RatesImport:
    """Check every row of a rates CSV, then write them all, or nothing if any is bad.

    `text_or_file` is the CSV as text, bytes, or an open file. `replace` allows
    changing a stored real rate; disclosures already published keep the rates
    they froze at publication either way.
    """
    result = RatesImport()
    source = source.strip()
    if not source:
        result.errors.append(_("Give the source of the rates, e.g. the central bank."))
    elif len(source) > SOURCE_LENGTH:
        result.errors.append(
            _("The source is longer than %(length)s characters.") % {"length": SOURCE_LENGTH}
        )
    try:
        text = _text(text_or_file)
    except UnicodeDecodeError:
        result.errors.append(_("The file is not UTF-8 text: save the CSV as UTF-8."))
        return result
    # Not hard-coded: a country added in the admin brings its currency along.
    known = set(Country.objects.values_list("currency", flat=True)) | {USD}
    rows, errors = _parse(text, known)
    result.errors.extend(errors)
    if result.errors:
        return result

    stored = {
        (rate.currency, rate.date): rate
        for rate in ExchangeRate.objects.select_for_update().filter(
            currency__in={row[1] for row in rows},
            date__range=(min(row[2] for row in rows), max(row[2] for row in rows)),
        )
    }
    for line, currency, date, units in rows:
        old = stored.get((currency, date))
        if old is None:
            result.added.append(
                ExchangeRate(currency=currency, date=date, units_per_usd=units, source=source)
            )
            continue
        if not old.is_demo and old.units_per_usd == units:
            result.skipped += 1
            continue
        if not old.is_demo and not replace:
            result.errors.append(
                _error(
                    line,
                    "units_per_usd",
                    _(
                        "%(currency)s on %(date)s is already stored as %(old)s (%(source)s), "
                        "not %(new)s. Use --replace to change it."
                    )
                    % {
                        "currency": currency,
                        "date": date.isoformat(),
                        "old": format(old.units_per_usd.normalize(), "f"),
                        "source": old.source,
                        "new": units,
                    },
                )
            )
            continue
        old.units_per_usd, old.source, old.is_demo = units, source, False
        result.replaced.append(old)
    if result.errors:
        result.added, result.replaced, result.skipped = [], [], 0
        return result

    ExchangeRate.objects.bulk_create(result.added)
    ExchangeRate.objects.bulk_update(result.replaced, ["units_per_usd", "source", "is_demo"])
    if result.count:
        # Summaries and flags convert with these rates.
        queue.everything_changed()
    return result
