"""Bulk import of NGO survey data: one CSV row per paid item, grouped into
reports by the `reference` column.

Nothing submitted is altered, duplicated or lost:

- Every problem of every row and column is listed in one pass, with its row
  number, and nothing is written unless the whole file is clean; then it is
  written in one transaction.
- The same file (by SHA-256), or a reference the organisation already imported,
  is refused, unless the upload names the earlier import it replaces: then
  exactly the reports of the references it repeats are rejected (kept, with the
  reason) and the new ones imported, in the same transaction.
- Rows of one reference that disagree about the worker, the job or the loan
  are an error naming both rows, never silently merged; the template's example
  rows are refused; no cell is cut short.

Every upload is an ImportBatch, its file stored in the database until it is
imported. The import reads it from there in slices, row by row, twice: once to
check it, keeping a few hundred bytes per reference, and once, in the
transaction, to write it in chunks; so its memory stays small whatever the
file's size (tests/costs/reports/test_import_safety.py measures it). Small files
are imported in the request; bigger ones by the Celery task
costs.tasks.import_survey, while the uploader watches a progress page and gets
an e-mail at the end. With the broker down the batch waits, queued, until the
sweep (costs.tasks.sweep_imports, every minute) or the next look at its page
sends it again; a batch whose worker died is taken over the same way."""

import csv
import datetime
import hashlib
import io
import logging
import re
import struct
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from decimal import Decimal

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import IntegrityError, models, transaction
from django.db.models import F, OuterRef, Q, Subquery, Sum
from django.db.models.functions import Substr
from django.template.defaultfilters import filesizeformat
from django.urls import reverse
from django.utils import formats, timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from accounts.models import Organisation
from agencies.models import Agency

from ..catalogue import spreadsheets
from ..catalogue.amounts import parse_amount
from ..catalogue.countries import currency_codes, origin_codes
from ..flags.notifications import email_user
from ..models import (
    PROBLEM_FIELDS,
    CostCategory,
    MissingRate,
    Programme,
    RateBook,
    ReportItem,
    Sector,
    WorkerReport,
    to_usd,
)
from ..models.reports import ImportBatch
from ..queue import agency_changed, survey_import_queued

logger = logging.getLogger(__name__)

COLUMNS = [
    "reference",
    "agency_licence",
    "agency_name",
    "origin",
    "programme",
    "sector",
    "departure_month",
    "contract_months",
    "first_wage",
    "wage_currency",
    "category",
    "amount",
    "currency",
    "paid_to",
    "receipt_given",
    "loan_amount",
    "loan_currency",
    "lender",
    "loan_monthly_interest",
    "collateral",
    "problems",
    "story",
]
REQUIRED = ["reference", "origin", "programme", "sector", "departure_month", "contract_months",
            "first_wage", "wage_currency", "category", "amount", "currency", "paid_to"]  # fmt: skip
# The worker's, the job's and the loan's cells: one value per report. The first
# row of a reference gives them; its other rows repeat them or leave them blank.
REPORT_COLUMNS = ["agency_licence", "agency_name", "origin", "programme", "sector",
                  "departure_month", "contract_months", "first_wage", "wage_currency",
                  "loan_amount", "loan_currency", "lender", "loan_monthly_interest", "collateral",
                  "problems", "story"]  # fmt: skip
MAX_AMOUNT = Decimal("999999999999.99")
# What the report's fields hold; a longer cell is an error, never cut short.
CELL_LIMITS = {"reference": 100, "agency_name": 200, "collateral": 300, "story": 5000}
MAX_CELL = 100  # any other cell of ours: codes, numbers, dates
MAX_OTHER_CELL = 5000  # a column of the NGO's own, which is not imported
SHORTEST_LIMIT = min(MAX_CELL, *CELL_LIMITS.values())
FIRST_MONTH = datetime.date(1990, 1, 1)
YES = {"yes", "y", "1", "true"}
NO = {"", "no", "n", "0", "false"}

EXAMPLE_REFERENCE = "EXAMPLE-1"
EXAMPLE_ROWS = [
    [EXAMPLE_REFERENCE, "MOLVT-001/2019", "", "KH", "titp", "titp-agriculture", "2024-03", "36",
     "180000", "JPY", "service-fee", "8000000", "KHR", "agency", "yes", "3000", "USD",
     "microfinance", "2.5", "land title", "passport_held", ""],
    [EXAMPLE_REFERENCE, "MOLVT-001/2019", "", "KH", "titp", "titp-agriculture", "2024-03", "36",
     "180000", "JPY", "training", "2000000", "KHR", "training_centre", "no", "", "", "", "", "",
     "", ""],
]  # fmt: skip
# Templates downloaded before the example was marked had the same rows under
# the reference W-001: those rows are recognised by their cells.
EXAMPLE_CELLS = {tuple(row[1:]) for row in EXAMPLE_ROWS}
EXAMPLE_AMOUNTS = {row[COLUMNS.index("amount")] for row in EXAMPLE_ROWS}

# Files up to this size are imported in the request (a few seconds); bigger
# ones in the background.
INLINE_MAX_BYTES = 1_000_000
ERRORS_LISTED = 1000  # more are counted, not kept
PROGRESS_EVERY = 1000  # rows between two updates of the progress page
WRITE_CHUNK = 2000  # paid items per INSERT
READ_CHUNK = 2 * 2**20  # bytes of the stored file per read
QUERY_CHUNK = 5000  # references per look-up of earlier imports
# A queued batch not started after this is sent to the workers again (the
# broker was down); a running one silent for this long is taken over (its
# worker died). Writing a file of IMPORT_MAX_ROWS rows takes well under it.
RESEND_AFTER = datetime.timedelta(minutes=1)
STALE_AFTER = datetime.timedelta(minutes=15)
MAX_ATTEMPTS = 3

# Digests of report cells, to compare a reference's rows without keeping them.
BLANK, BAD = 0, 1


@dataclass
class RowError:
    row: int | None
    column: str
    message: str


def template_csv() -> str:
    out = io.StringIO()
    writer = spreadsheets.writer(out)
    writer.writerow(COLUMNS)
    writer.writerows(EXAMPLE_ROWS)
    return out.getvalue()


def _size_limit_message() -> str:
    return _(
        "This file is larger than %(limit)s. Split it into smaller files and upload each of them."
    ) % {"limit": filesizeformat(settings.IMPORT_MAX_BYTES)}


class ImportForm(forms.Form):
    # Before the file: a browser sends the fields in this order, and when the
    # file is cut off at the size limit, what came before it is still read.
    replaces = forms.ModelChoiceField(
        label=gettext_lazy("Replace an earlier import"),
        queryset=ImportBatch.objects.none(),
        required=False,
        empty_label=gettext_lazy("No: every report in this file is new"),
        help_text=gettext_lazy(
            "To correct reports you imported before, choose that file: the reports of the "
            "references this file repeats are replaced by the new rows."
        ),
    )
    file = forms.FileField(label=gettext_lazy("Survey file (CSV, UTF-8)"), required=False)

    def __init__(self, organisation: Organisation, *args, too_big: bool = False, **kwargs):
        super().__init__(*args, **kwargs)
        self.too_big = too_big
        field = self.fields["replaces"]
        field.queryset = ImportBatch.objects.filter(
            organisation=organisation, status=ImportBatch.Status.DONE
        ).defer("content")
        field.label_from_instance = self.batch_label

    @staticmethod
    def batch_label(batch: ImportBatch) -> str:
        return _("%(file)s, imported on %(date)s") % {
            "file": batch.file_name,
            "date": _when(batch.created_at),
        }

    @property
    def max_size(self) -> str:
        return filesizeformat(settings.IMPORT_MAX_BYTES)

    @property
    def max_rows(self) -> str:
        return formats.number_format(settings.IMPORT_MAX_ROWS, force_grouping=True)

    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if self.too_big or (upload is not None and upload.size > settings.IMPORT_MAX_BYTES):
            raise ValidationError(_size_limit_message(), code="too_big")
        if upload is None:
            raise ValidationError(_("Choose a CSV file to upload."), code="required")
        return upload


def _when(moment: datetime.datetime) -> str:
    return formats.date_format(timezone.localtime(moment), "SHORT_DATETIME_FORMAT")


class _Problems:
    """Every problem found, counted; the first ERRORS_LISTED kept to be listed."""

    def __init__(self):
        self.listed: list[RowError] = []
        self.count = 0

    def add(self, row: int | None, column: str, message: str) -> None:
        self.count += 1
        if len(self.listed) < ERRORS_LISTED:
            self.listed.append(RowError(row, column, message))

    def as_json(self) -> list:
        order = {column: index for index, column in enumerate(COLUMNS)}
        listed = sorted(self.listed, key=lambda e: (e.row or 0, order.get(e.column, len(order))))
        return [[e.row, e.column, e.message] for e in listed]


class _Catalogue:
    """The reference data rows are checked against, read once per import."""

    def __init__(self):
        self.agencies = {
            (country, licence.lower()): pk
            for pk, country, licence in Agency.objects.values_list(
                "pk", "country", "licence_number"
            )
        }
        self.programmes = {p.code: p for p in Programme.objects.all()}
        self.sectors = {s.code: s for s in Sector.objects.all()}
        self.sector_programmes = set(
            Sector.programmes.through.objects.values_list("sector_id", "programme_id")
        )
        self.categories = {c.code: c for c in CostCategory.objects.all()}
        currencies = currency_codes()
        self.currencies = {code: code for code in currencies}
        self.origins = {code: code for code in origin_codes()}
        self.lenders = {value: value for value in WorkerReport.Lender.values}
        self.paid_to = {value: value for value in ReportItem.PaidTo.values}
        self.rates = RateBook(currencies)


def _undecoded(text: str) -> bool:
    """Whether the text holds bytes that were not UTF-8: the file is read with
    errors="surrogateescape", which turns each into a lone surrogate, so that the
    cell holding one is listed instead of the whole file failing."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


class _Cells:
    """One row's cells, read and checked; each problem is added, none stops the row."""

    def __init__(self, number: int, cells: dict, problems: _Problems):
        self.number, self.problems = number, problems
        self.bad: set[str] = set()  # columns with a problem listed already
        self.cells = {column: cell.strip() for column, cell in cells.items()}
        # Three C-speed looks at the whole row first: most rows need no closer one.
        joined = "".join(cells.values())
        nul, undecoded = "\x00" in joined, _undecoded(joined)
        if nul or undecoded or max(map(len, cells.values())) > SHORTEST_LIMIT:
            for column, cell in cells.items():
                if nul and "\x00" in cell:
                    self.error(column, _("This cell holds a NUL character (a zero byte), which is not text. Save the file again as CSV UTF-8."))  # fmt: skip
                elif undecoded and _undecoded(cell):
                    self.error(column, _("This cell is not UTF-8 text. Save the file as CSV UTF-8 and upload it again."))  # fmt: skip
                elif len(cell) > SHORTEST_LIMIT and len(cell) > (limit := self.limit(column)):
                    self.error(column, _("This cell has %(length)s characters; at most %(limit)s fit.") % {"length": len(cell), "limit": limit})  # fmt: skip

    @staticmethod
    def limit(column: str) -> int:
        return CELL_LIMITS.get(column, MAX_CELL if column in COLUMNS else MAX_OTHER_CELL)

    def error(self, column: str, message: str) -> None:
        self.bad.add(column)
        self.cells[column] = ""  # read as blank from now on: one problem per cell
        self.problems.add(self.number, column, message)

    def text(self, column: str) -> str:
        return self.cells.get(column, "")

    def _given(self, column: str, required: bool) -> str:
        text = self.text(column)
        if not text and required and column not in self.bad:
            self.error(column, _("This value is missing."))
        return text

    def amount(self, column: str, required: bool = True) -> Decimal | None:
        if not (text := self._given(column, required)):
            return None
        try:
            value = parse_amount(text)
        except ValueError:
            self.error(column, _("“%(value)s” is not a number.") % {"value": text})
            return None
        if value < 0 or value > MAX_AMOUNT:
            self.error(column, _("The amount must be between 0 and 999,999,999,999."))
            return None
        return value.quantize(Decimal("0.01"))

    def choice(self, column: str, choices: dict, required: bool = True):
        if not (text := self._given(column, required)):
            return None
        if text not in choices:
            self.error(column, _("“%(value)s” is not one of the allowed values.") % {"value": text})
            return None
        return choices[text]

    def month(self, column: str, required: bool = True) -> datetime.date | None:
        if not (text := self._given(column, required)):
            return None
        match = re.fullmatch(r"(\d{4})-(\d{1,2})", text)
        if not match or not 1 <= int(match.group(2)) <= 12:
            self.error(column, _("Write the month like 2024-05."))
            return None
        year, month = int(match.group(1)), int(match.group(2))
        if year < FIRST_MONTH.year:
            self.error(column, _("The month cannot be before 1990."))
            return None
        first_day = datetime.date(year, month, 1)
        if first_day > timezone.localdate():
            self.error(column, _("The month cannot be in the future."))
            return None
        return first_day

    def months(self, column: str, required: bool = True) -> int | None:
        if not (text := self._given(column, required)):
            return None
        if not (text.isdecimal() and 1 <= int(text) <= 120):
            self.error(column, _("Write the number of months, from 1 to 120."))
            return None
        return int(text)

    def yes_no(self, column: str) -> bool:
        text = self.text(column).lower()
        if text not in YES | NO:
            self.error(column, _("Write yes or no."))
        return text in YES

    def names(self, column: str, allowed: list[str]) -> frozenset:
        names = frozenset(p.strip() for p in self.text(column).split(";") if p.strip())
        for unknown in sorted(names - set(allowed)):
            self.error(column, _("“%(value)s” is not one of the allowed values.") % {"value": unknown})  # fmt: skip
        return names


def _digest(column: str, value) -> int:
    """A 64-bit hash standing for a cell's value, in this process only: the rows
    of a reference are compared without keeping them."""
    digest = hash((column, getattr(value, "pk", value)))
    return digest if digest not in (BLANK, BAD) else 2


def _value(cells: _Cells, cat: _Catalogue, column: str, required: bool):
    """One report cell, checked: its value, or None when blank or wrong."""
    match column:
        case "agency_licence":
            return cells.text(column).lower() or None
        case "agency_name":
            return cells.text(column).casefold() or None
        case "origin":
            return cells.choice(column, cat.origins, required)
        case "programme":
            return cells.choice(column, cat.programmes, required)
        case "sector":
            return cells.choice(column, cat.sectors, required)
        case "departure_month":
            return cells.month(column, required)
        case "contract_months":
            return cells.months(column, required)
        case "wage_currency" | "loan_currency":
            return cells.choice(column, cat.currencies, required)
        case "lender":
            return cells.choice(column, cat.lenders, required)
        case "first_wage":
            wage = cells.amount(column, required)
            if wage is not None and wage <= 0:
                cells.error(column, _("The wage cannot be zero."))
                return None
            return wage
        case "loan_amount":
            return cells.amount(column, required=False)
        case "loan_monthly_interest":
            interest = cells.amount(column, required=False)
            if interest is not None and interest > 100:
                cells.error(column, _("Monthly interest must be between 0 and 100%."))
                return None
            return interest
        case "problems":
            return cells.names(column, PROBLEM_FIELDS) or None
        case _:
            return cells.text(column) or None


def _first_row(cells: _Cells, cat: _Catalogue) -> tuple[dict, dict | None]:
    """The report's cells on the first row of its reference, each checked, then
    against each other. Returns (their values, the report's fields when clean)."""
    values = {column: _value(cells, cat, column, column in REQUIRED) for column in REPORT_COLUMNS}
    origin, month, loan = values["origin"], values["departure_month"], values["loan_amount"]
    if loan is not None:
        for column in ("loan_currency", "lender"):
            if values[column] is None and column not in cells.bad:
                cells.error(column, _("This value is missing."))
    licence = cells.text("agency_licence")
    agency_id = None
    if licence and origin:
        agency_id = cat.agencies.get((origin, licence.lower()))
        if agency_id is None:
            cells.error("agency_licence", _("No agency with this licence number in this country."))
    elif not (
        licence or cells.text("agency_name") or {"agency_licence", "agency_name"} & cells.bad
    ):
        cells.error("agency_name", _("Give the agency's licence number or its name."))
    programme, sector = values["programme"], values["sector"]
    if programme and sector and (sector.pk, programme.pk) not in cat.sector_programmes:
        cells.error("sector", _("This sector is not part of the programme."))
    usd = {}
    for amount, currency in (("first_wage", "wage_currency"), ("loan_amount", "loan_currency")):
        if values[amount] is not None and values[currency] and month:
            try:
                usd[amount] = to_usd(values[amount], cat.rates.rate(values[currency], month))
            except MissingRate as error:
                cells.error(currency, error.messages[0])
    if cells.bad.intersection(REPORT_COLUMNS) or "reference" in cells.bad:
        return values, None
    problems = values["problems"] or ()
    return values, {
        "agency_id": agency_id,
        "agency_name_given": "" if agency_id else cells.text("agency_name"),
        "origin_id": origin,
        "programme": programme,
        "sector": sector,
        "departure_month": month,
        "contract_months": values["contract_months"],
        "first_wage": values["first_wage"],
        "wage_currency": values["wage_currency"],
        "wage_usd": usd.get("first_wage"),
        "loan_amount": loan,
        "loan_currency": values["loan_currency"] or "",
        "loan_usd": usd.get("loan_amount"),
        "lender": values["lender"] or "",
        "loan_monthly_interest": values["loan_monthly_interest"],
        "collateral": cells.text("collateral"),
        "private_story": cells.text("story"),
        "import_reference": cells.text("reference"),
        **{name: name in problems for name in PROBLEM_FIELDS},
    }


def _payment(cells: _Cells, cat: _Catalogue, month: datetime.date | None) -> dict | None:
    """The row's paid item, converted at the rate of the report's month; its
    cells are checked whatever the report's cells said."""
    category = cells.choice("category", cat.categories)
    amount = cells.amount("amount")
    currency = cells.choice("currency", cat.currencies)
    paid_to = cells.choice("paid_to", cat.paid_to)
    receipt = cells.yes_no("receipt_given")
    if None in (category, amount, currency, paid_to, month) or "receipt_given" in cells.bad:
        return None
    try:
        rate = cat.rates.rate(currency, month)
    except MissingRate as error:
        cells.error("currency", error.messages[0])
        return None
    return {"category": category, "amount": amount, "currency": currency, "paid_to": paid_to,
            "receipt_given": receipt, "rate": rate, "amount_usd": to_usd(amount, rate)}  # fmt: skip


def _records(stream, problems: _Problems, max_rows: int) -> Iterator[tuple[int, dict]]:
    """(row number, {column: cell}) of each row that is not blank; the header is
    row 1. A row the csv module cannot read is listed and the next one read."""
    reader = csv.reader(stream)
    try:
        header = next(reader, None)
    except csv.Error:
        header = []
    if header is None:
        problems.add(1, "", _("The file has no rows."))
        return
    if not header or _undecoded("".join(header)):
        problems.add(1, "", _("Save the file as CSV in UTF-8 and try again."))
        return
    headers = [name.strip() for name in header]
    missing = [column for column in REQUIRED if column not in headers]
    if missing:
        problems.add(1, ", ".join(missing), _("These columns are missing from the header row."))
        return
    number, rows = 1, 0
    while True:
        number += 1
        try:
            cells = next(reader)
        except StopIteration:
            break
        except csv.Error:
            problems.add(number, "", _("A cell of this row is longer than 131,072 characters, or a quotation mark in it is not closed."))  # fmt: skip
            continue
        if not any(cell.strip() for cell in cells):
            continue  # a blank line, or the empty rows a spreadsheet leaves at the end
        rows += 1
        if rows > max_rows:
            problems.add(number, "", _("The file has more than %(count)s rows. Split it into smaller files and upload each of them.") % {"count": formats.number_format(max_rows, force_grouping=True)})  # fmt: skip
            break
        if len(cells) > len(headers) and any(cell.strip() for cell in cells[len(headers) :]):
            problems.add(number, "", _("This row has %(cells)s cells but the header row has %(columns)s: a cell with a comma in it must be in quotation marks.") % {"cells": len(cells), "columns": len(headers)})  # fmt: skip
            continue
        yield number, dict(zip(headers, cells, strict=False))
    if rows == 0:
        problems.add(2, "", _("The file has no rows."))


def _is_example(row: dict) -> bool:
    first_cell = next(iter(row.values()), "").strip()
    if first_cell.startswith("#") or row.get("reference", "").strip().upper().startswith("EXAMPLE"):
        return True
    if row.get("amount", "").strip() not in EXAMPLE_AMOUNTS:
        return False  # the common case, decided without building the tuple below
    return tuple((row.get(column) or "").strip() for column in COLUMNS[1:]) in EXAMPLE_CELLS


def _rows(stream, problems: _Problems, max_rows: int) -> Iterator[tuple[int, _Cells]]:
    """Each row that is not an example, with its cells' own problems listed."""
    for number, row in _records(stream, problems, max_rows):
        if _is_example(row):
            problems.add(number, "reference", _("This is the example row of the template: delete it."))  # fmt: skip
            continue
        yield number, _Cells(number, row, problems)


@dataclass(slots=True)
class _Group:
    """What the first pass keeps of a reference: a few hundred bytes."""

    first_row: int
    raw: bytes  # digests of the first row's report cells as written
    values: bytes  # digests of their values (BAD for a wrong cell)
    month: datetime.date | None


_PACK = struct.Struct(f"{len(REPORT_COLUMNS)}q")


def _check(stream, cat, problems, progress: Callable[[int], None]) -> tuple[dict, int]:
    """The first pass: every problem of the file, and for each reference what
    its other rows are compared with."""
    groups: dict[str, _Group] = {}
    rows = 0
    for number, cells in _rows(stream, problems, settings.IMPORT_MAX_ROWS):
        rows += 1
        if rows % PROGRESS_EVERY == 0:
            progress(rows)
        reference = cells._given("reference", required=True)
        group = groups.get(reference)
        if group is None:
            values, _report = _first_row(cells, cat)
            month = values["departure_month"]
            if reference:
                raw = [_digest(c, t) if (t := cells.text(c)) else BLANK for c in REPORT_COLUMNS]
                digests = [
                    BAD if c in cells.bad else BLANK if values[c] is None else _digest(c, values[c])
                    for c in REPORT_COLUMNS
                ]
                groups[reference] = _Group(number, _PACK.pack(*raw), _PACK.pack(*digests), month)
        else:
            month = group.month
            _compare(cells, cat, group, number)
        _payment(cells, cat, month)
    return groups, rows


def _compare(cells: _Cells, cat: _Catalogue, group: _Group, number: int) -> None:
    """A later row of a reference says what its first row says, or nothing."""
    raw, digests = _PACK.unpack(group.raw), _PACK.unpack(group.values)
    for index, column in enumerate(REPORT_COLUMNS):
        text = cells.text(column)
        if not text or _digest(column, text) == raw[index]:
            continue  # blank, or written as on the first row: the usual case
        value = _value(cells, cat, column, required=False)
        if column in cells.bad or digests[index] == BAD:
            continue  # the wrong cell is listed already
        if _digest(column, value) != digests[index]:
            cells.error(column, _("Rows %(first)s and %(row)s have the same reference but not the same %(column)s. One reference is one worker: give the report's details on its first row, and repeat them or leave them blank on its other rows.") % {"first": group.first_row, "row": number, "column": column})  # fmt: skip


def _write(stream, cat, batch: ImportBatch, now) -> tuple[int, set[int]]:
    """The second pass, inside the transaction: the reports and their items,
    written in chunks. Returns (reports made, agencies touched)."""
    problems = _Problems()
    made: dict[str, tuple[WorkerReport | int, datetime.date]] = {}
    reports: list[WorkerReport] = []
    items: list[ReportItem] = []
    agencies: set[int] = set()
    by = batch.uploaded_by_id

    def flush():
        WorkerReport.objects.bulk_create(reports)
        for report in reports:
            made[report.import_reference] = (report.pk, report.departure_month)
        ReportItem.objects.bulk_create(items)
        reports.clear()
        items.clear()

    # The first pass found the file clean with the same code; the later rows of
    # a reference were compared with its first there, so only their payments count here.
    for _number, cells in _rows(stream, problems, settings.IMPORT_MAX_ROWS):
        reference = cells.text("reference")
        known = made.get(reference)
        if known is None:
            _values, fields = _first_row(cells, cat)
            if fields is None:
                break
            report = WorkerReport(
                **fields,
                via=WorkerReport.Via.BULK,
                organisation_id=batch.organisation_id,
                submitted_by_id=by,
                status=WorkerReport.Status.ACCEPTED,
                moderated_by_id=by,
                moderated_at=now,
                accepted_at=now,
                changed_at=now,
                import_batch=batch,
            )
            reports.append(report)
            known = made[reference] = (report, report.departure_month)
            if report.agency_id:
                agencies.add(report.agency_id)
        owner, month = known
        item = _payment(cells, cat, month)
        if item is None or problems.count:
            break
        link = {"report": owner} if isinstance(owner, WorkerReport) else {"report_id": owner}
        items.append(ReportItem(**item, **link))
        if len(items) >= WRITE_CHUNK:
            flush()
    if problems.count:
        # Only if the catalogue changed between the passes (a rate deleted).
        raise _Refused(problems)
    flush()
    totals = (
        ReportItem.objects.filter(report=OuterRef("pk"))
        .values("report")
        .annotate(total=Sum("amount_usd"))
        .values("total")
    )
    WorkerReport.objects.filter(import_batch=batch).update(worker_total_usd=Subquery(totals))
    return len(made), agencies


class _Refused(Exception):
    def __init__(self, problems: _Problems):
        self.problems = problems


def _already_imported(groups: dict, batch: ImportBatch, problems: _Problems) -> set[str]:
    """The references of this file the organisation imported before: each is a
    problem, unless it was imported by the batch this one replaces. Returns the
    references to replace."""
    replaced: set[str] = set()
    reported: set[str] = set()
    references = list(groups)
    for start in range(0, len(references), QUERY_CHUNK):
        found = (
            WorkerReport.objects.filter(
                organisation=batch.organisation_id,
                via=WorkerReport.Via.BULK,
                import_reference__in=references[start : start + QUERY_CHUNK],
            )
            .exclude(status=WorkerReport.Status.REJECTED)
            .values_list("import_reference", "import_batch_id", "import_batch__file_name",
                         "import_batch__created_at", "created_at")
        )  # fmt: skip
        for reference, batch_id, file_name, imported_at, created_at in found:
            if batch_id is not None and batch_id == batch.replaces_id:
                replaced.add(reference)
            elif reference not in reported:
                reported.add(reference)
                if batch_id is None:
                    message = _("This reference was already imported on %(date)s, before imports were recorded. To import it again, first reject that report under “Reports to check”.") % {"date": _when(created_at)}  # fmt: skip
                else:
                    message = _("This reference was already imported on %(date)s in %(file)s. To import it again, choose that file under “Replace an earlier import”.") % {"date": _when(imported_at), "file": file_name}  # fmt: skip
                problems.add(groups[reference].first_row, "reference", message)
    if batch.replaces_id and not replaced and not problems.count:
        problems.add(None, "", _("None of the references of this file were imported in %(file)s, so there is nothing to replace. Choose the import this file corrects, or none.") % {"file": batch.replaces.file_name})  # fmt: skip
    return replaced


def _reject_replaced(batch: ImportBatch, references: set[str], now) -> tuple[int, set[int]]:
    """The replaced reports are rejected, not deleted: nothing submitted is lost,
    and the reason says which import replaced them."""
    reason = _("Replaced by the survey import %(file)s of %(date)s.") % {
        "file": batch.file_name,
        "date": _when(batch.created_at),
    }
    replaced, agencies = 0, set()
    references = sorted(references)
    for start in range(0, len(references), QUERY_CHUNK):
        old = WorkerReport.objects.filter(
            import_batch=batch.replaces_id,
            import_reference__in=references[start : start + QUERY_CHUNK],
        ).exclude(status=WorkerReport.Status.REJECTED)
        agencies.update(
            old.filter(status=WorkerReport.Status.ACCEPTED, agency__isnull=False)
            .values_list("agency_id", flat=True)
            .distinct()
        )
        replaced += old.update(
            status=WorkerReport.Status.REJECTED,
            rejection_reason=reason,
            moderated_by=batch.uploaded_by_id,
            moderated_at=now,
        )
    return replaced, agencies


class _StoredFile(io.RawIOBase):
    """A batch's stored file, read from the database READ_CHUNK bytes at a
    time: the import never holds the whole file in memory."""

    def __init__(self, batch_id: int):
        super().__init__()
        self.batch_id, self.offset = batch_id, 0
        self.chunk, self.used = memoryview(b""), 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        if self.used == len(self.chunk):
            part = Substr("content", self.offset + 1, READ_CHUNK, output_field=models.BinaryField())
            data = ImportBatch.objects.filter(pk=self.batch_id).values_list(part, flat=True).get()
            self.chunk, self.used = memoryview(bytes(data)), 0
            self.offset += len(self.chunk)
        size = min(len(buffer), len(self.chunk) - self.used)
        buffer[:size] = self.chunk[self.used : self.used + size]
        self.used += size
        return size


def _text(batch_id: int):
    raw = io.BufferedReader(_StoredFile(batch_id))
    return io.TextIOWrapper(raw, encoding="utf-8-sig", errors="surrogateescape", newline="")


def _finish(batch_id: int, status: str, problems: _Problems, **counts) -> None:
    now = timezone.now()
    ImportBatch.objects.filter(pk=batch_id).update(
        status=status,
        error_count=problems.count,
        errors=problems.as_json(),
        content=None,  # kept until processed only
        finished_at=now,
        heartbeat_at=now,
        **counts,
    )


def _run(batch: ImportBatch) -> None:
    cat = _Catalogue()
    problems = _Problems()

    def progress(rows: int) -> None:
        ImportBatch.objects.filter(pk=batch.pk, status=ImportBatch.Status.RUNNING).update(
            rows_read=rows, error_count=problems.count, heartbeat_at=timezone.now()
        )

    # Checked outside the transaction, so that the progress page sees the rows counted.
    groups, rows = _check(_text(batch.pk), cat, problems, progress)
    try:
        with transaction.atomic():
            # One import of an organisation at a time: the look-up of earlier
            # references below sees every report another import has written.
            Organisation.objects.select_for_update().filter(pk=batch.organisation_id).first()
            mine = (
                ImportBatch.objects.select_for_update()
                .defer("content")
                .filter(pk=batch.pk, status=ImportBatch.Status.RUNNING)
            )
            if not mine.exists():
                return  # another run finished it meanwhile
            replace = _already_imported(groups, batch, problems)
            del groups  # not needed to write: its memory is the second pass's
            if problems.count:
                raise _Refused(problems)
            now = timezone.now()
            replaced, touched = _reject_replaced(batch, replace, now)
            made, agencies = _write(_text(batch.pk), cat, batch, now)
            _finish(batch.pk, ImportBatch.Status.DONE, problems, rows_read=rows,
                    reports_made=made, reports_replaced=replaced)  # fmt: skip
            for agency_id in sorted(agencies | touched):
                agency_changed(agency_id)
    except _Refused as refused:
        _finish(batch.pk, ImportBatch.Status.FAILED, refused.problems, rows_read=rows)


def _claim(batch_id: int) -> bool:
    """Mark the batch running for this run, unless another run has it."""
    now = timezone.now()
    claimable = Q(status=ImportBatch.Status.QUEUED) | Q(
        status=ImportBatch.Status.RUNNING, heartbeat_at__lt=now - STALE_AFTER
    )
    claimed = ImportBatch.objects.filter(claimable, pk=batch_id).update(
        status=ImportBatch.Status.RUNNING,
        started_at=now,
        heartbeat_at=now,
        attempts=F("attempts") + 1,
    )
    return bool(claimed)


def import_batch_run(*, batch_id: int, notify: bool = False) -> ImportBatch | None:
    """Import an uploaded file: every problem listed and nothing written, or all
    of it written in one transaction. Safe to call twice (a second call finds the
    batch taken or finished and does nothing). Returns the batch, or None when
    this call did not run it. With `notify`, the uploader gets an e-mail."""
    if not _claim(batch_id):
        return None
    batch = ImportBatch.objects.defer("content").select_related("replaces").get(pk=batch_id)
    with translation.override(batch.language or settings.LANGUAGE_CODE):
        if batch.attempts > MAX_ATTEMPTS:
            problems = _Problems()
            problems.add(None, "", _("The import failed on our side, and nothing was imported. Upload the file again; if it fails again, tell us."))  # fmt: skip
            _finish(batch_id, ImportBatch.Status.FAILED, problems)
        else:
            _run_once(batch)
    batch = ImportBatch.objects.defer("content").select_related("uploaded_by").get(pk=batch_id)
    if notify:
        import_batch_notify(batch=batch)
    return batch


def _run_once(batch: ImportBatch) -> None:
    try:
        _run(batch)
    except Exception:
        # Back in the queue, for Celery's retry or the sweep; after
        # MAX_ATTEMPTS runs, failed. Nothing was written: it was one transaction.
        logger.exception("survey import %s stopped", batch.pk)
        try:
            ImportBatch.objects.filter(pk=batch.pk, status=ImportBatch.Status.RUNNING).update(
                status=ImportBatch.Status.QUEUED
            )
        except Exception:
            logger.exception("survey import %s stays running until the sweep", batch.pk)
        raise


def import_batch_notify(*, batch: ImportBatch) -> bool:
    """E-mail the uploader that the import has finished, in their language."""
    user = batch.uploaded_by
    if user is None:
        return False
    with translation.override(user.language or settings.LANGUAGE_CODE):
        path = reverse("costs:bulk_import_batch", args=[batch.pk])
    return email_user(user, "import_done", {"batch": batch, "url": f"{settings.SITE_URL}{path}"})


def _refuse_same_file(organisation: Organisation, sha256: str) -> None:
    earlier = (
        ImportBatch.objects.defer("content")
        .filter(organisation=organisation, sha256=sha256)
        .exclude(status=ImportBatch.Status.FAILED)
        .first()
    )
    if earlier is None:
        return
    when = {"date": _when(earlier.created_at), "file": earlier.file_name}
    if earlier.status == ImportBatch.Status.DONE:
        message = _("This file was already imported on %(date)s in %(file)s.") % when
    else:
        message = _("This file is being imported already: it was uploaded on %(date)s as %(file)s.") % when  # fmt: skip
    raise ValidationError(message, code="same_file")


def _file_name(name: str | None) -> str:
    # Shown on pages and in e-mails; PostgreSQL refuses a NUL in text.
    printable = "".join(ch for ch in (name or "") if ch.isprintable()).strip()
    return printable[:255] or "survey.csv"


def import_batch_create(
    *, organisation: Organisation, by, upload, replaces: ImportBatch | None = None, language=""
) -> ImportBatch:
    """Store an uploaded survey file as a batch and import it: in this request
    if it is small, else in the background. Raises ValidationError when the file
    is too big or the organisation already imported (or is importing) it."""
    if upload.size > settings.IMPORT_MAX_BYTES:
        raise ValidationError(_size_limit_message(), code="too_big")
    if replaces is not None and (
        replaces.organisation_id != organisation.pk or replaces.status != ImportBatch.Status.DONE
    ):
        raise ValidationError(_("Choose an import of your organisation that is finished."))
    digest, chunks = hashlib.sha256(), []
    for chunk in upload.chunks():
        digest.update(chunk)
        chunks.append(chunk)
    sha256 = digest.hexdigest()
    _refuse_same_file(organisation, sha256)
    background = upload.size > INLINE_MAX_BYTES
    try:
        with transaction.atomic():
            batch = ImportBatch.objects.create(
                organisation=organisation,
                uploaded_by=by,
                file_name=_file_name(upload.name),
                sha256=sha256,
                size=upload.size,
                language=language,
                replaces=replaces,
                # At most IMPORT_MAX_BYTES: the one copy of the file in memory.
                content=b"".join(chunks),
                heartbeat_at=timezone.now(),
            )
            if background:
                survey_import_queued(batch.pk)
    except IntegrityError:
        # The same form sent twice at once: the second copy is refused.
        _refuse_same_file(organisation, sha256)
        raise
    if not background:
        import_batch_run(batch_id=batch.pk)
    return ImportBatch.objects.defer("content").get(pk=batch.pk)


def import_batches_sweep(*, organisation: Organisation | None = None) -> int:
    """Send again each batch the workers never got (the broker was down) or
    whose worker died. The beat runs it every minute; a batch's own page runs
    it for its organisation. Returns how many were sent."""
    now = timezone.now()
    waiting = ImportBatch.objects.filter(
        Q(status=ImportBatch.Status.QUEUED, heartbeat_at__lt=now - RESEND_AFTER)
        | Q(status=ImportBatch.Status.RUNNING, heartbeat_at__lt=now - STALE_AFTER)
    )
    if organisation is not None:
        waiting = waiting.filter(organisation=organisation)
    sent = 0
    for pk, status in waiting.values_list("pk", "status")[:100]:
        if status == ImportBatch.Status.QUEUED:
            # Marked as sent, so that the next sweep waits before sending it again.
            ImportBatch.objects.filter(pk=pk, status=status).update(heartbeat_at=now)
        survey_import_queued(pk)
        sent += 1
    return sent


def import_batches_recent(*, organisation: Organisation, limit: int = 20):
    return ImportBatch.objects.defer("content").filter(organisation=organisation)[:limit]
