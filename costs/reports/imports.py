"""Bulk import of NGO survey data: one CSV row per paid item, grouped into
reports by the `reference` column. Every error is listed with its row and
column, and nothing is imported unless the whole file is clean."""

import csv
import datetime
import io
import re
from dataclasses import dataclass
from decimal import Decimal

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from accounts.models import Organisation
from agencies.models import Agency

from ..catalogue.amounts import parse_amount
from ..catalogue.countries import currency_codes, origin_codes
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
from ..queue import agency_changed

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
MAX_AMOUNT = Decimal("999999999999.99")
EXAMPLE_ROWS = [
    ["W-001", "MOLVT-001/2019", "", "KH", "titp", "titp-agriculture", "2024-03", "36", "180000",
     "JPY", "service-fee", "8000000", "KHR", "agency", "yes", "3000", "USD", "microfinance", "2.5",
     "land title", "passport_held", ""],
    ["W-001", "MOLVT-001/2019", "", "KH", "titp", "titp-agriculture", "2024-03", "36", "180000",
     "JPY", "training", "2000000", "KHR", "training_centre", "no", "", "", "", "", "", "", ""],
]  # fmt: skip


@dataclass
class RowError:
    row: int
    column: str
    message: str


def template_csv() -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(COLUMNS)
    writer.writerows(EXAMPLE_ROWS)
    return out.getvalue()


class _Checker:
    """Reads one row's cells, collecting errors instead of stopping at the first."""

    def __init__(self, row_number: int, row: dict, errors: list):
        self.number, self.row, self.errors = row_number, row, errors

    def error(self, column: str, message: str):
        self.errors.append(RowError(self.number, column, message))

    def text(self, column: str) -> str:
        return (self.row.get(column) or "").strip()

    def amount(self, column: str, required: bool = True) -> Decimal | None:
        text = self.text(column)
        if not text:
            if required:
                self.error(column, _("This value is missing."))
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

    def choice(self, column: str, choices, required: bool = True):
        text = self.text(column)
        if not text:
            if required:
                self.error(column, _("This value is missing."))
            return None
        if text not in choices:
            self.error(column, _("“%(value)s” is not one of the allowed values.") % {"value": text})
            return None
        return choices[text] if isinstance(choices, dict) else text

    def month(self, column: str) -> datetime.date | None:
        text = self.text(column)
        match = re.fullmatch(r"(\d{4})-(\d{1,2})", text)
        if not match or not 1 <= int(match.group(2)) <= 12:
            self.error(column, _("Write the month like 2024-05."))
            return None
        month = datetime.date(int(match.group(1)), int(match.group(2)), 1)
        if month > timezone.localdate():
            self.error(column, _("The month cannot be in the future."))
            return None
        return month


def _lookups(rows: list[dict]) -> dict:
    licences = {cell.strip() for row in rows if (cell := row.get("agency_licence"))}
    agencies = Agency.objects.filter(licence_number__in=licences)
    currencies = currency_codes()
    return {
        "agencies": {f"{a.country}|{a.licence_number.lower()}": a for a in agencies},
        "programmes": {p.code: p for p in Programme.objects.all()},
        "sectors": {s.code: s for s in Sector.objects.prefetch_related("programmes")},
        "categories": {c.code: c for c in CostCategory.objects.all()},
        "currencies": set(currencies),
        "origins": set(origin_codes()),
        "rates": RateBook(currencies),
    }


def parse_reports(
    text: str,
) -> tuple[list[tuple[WorkerReport, list[ReportItem]]], list[RowError]]:
    reader = csv.DictReader(io.StringIO(text.lstrip("\ufeff")))
    headers = [h.strip() for h in reader.fieldnames or []]
    missing = [c for c in REQUIRED if c not in headers]
    if missing:
        return [], [
            RowError(1, ", ".join(missing), _("These columns are missing from the header row."))
        ]
    rows = [{(k or "").strip(): v for k, v in row.items()} for row in reader]
    if not rows:
        return [], [RowError(2, "", _("The file has no rows."))]
    look = _lookups(rows)
    errors: list[RowError] = []
    reports: dict[str, tuple[WorkerReport, list[ReportItem]]] = {}
    lenders = dict((value, value) for value in WorkerReport.Lender.values)
    paid_to = dict((value, value) for value in ReportItem.PaidTo.values)

    for number, row in enumerate(rows, start=2):
        cell = _Checker(number, row, errors)
        reference = cell.text("reference")
        if not reference:
            cell.error("reference", _("This value is missing."))
            continue
        if reference not in reports:
            report = _report_from_row(cell, look, lenders)
            if report is None:
                continue
            reports[reference] = (report, [])
        report, items = reports[reference]
        category = cell.choice("category", look["categories"])
        amount = cell.amount("amount")
        currency = cell.choice("currency", look["currencies"])
        where = cell.choice("paid_to", paid_to)
        receipt = cell.text("receipt_given").lower() in ("yes", "y", "1", "true")
        if None in (category, amount, currency, where):
            continue
        try:
            rate = look["rates"].rate(currency, report.departure_month)
        except MissingRate as error:
            cell.error("currency", error.messages[0])
            continue
        items.append(ReportItem(category=category, amount=amount, currency=currency, paid_to=where,
                                receipt_given=receipt, rate=rate, amount_usd=to_usd(amount, rate)))  # fmt: skip
    return list(reports.values()), errors


def _report_from_row(cell: _Checker, look: dict, lenders: dict) -> WorkerReport | None:
    errors_before = len(cell.errors)
    origin = cell.choice("origin", look["origins"])
    agency = None
    licence = cell.text("agency_licence")
    if licence:
        agency = look["agencies"].get(f"{origin}|{licence.lower()}")
        if agency is None:
            cell.error("agency_licence", _("No agency with this licence number in this country."))
    elif not cell.text("agency_name"):
        cell.error("agency_name", _("Give the agency's licence number or its name."))
    programme = cell.choice("programme", look["programmes"])
    sector = cell.choice("sector", look["sectors"])
    if programme and sector and programme not in sector.programmes.all():
        cell.error("sector", _("This sector is not part of the programme."))
    month = cell.month("departure_month")
    contract = cell.text("contract_months")
    if not (contract.isdigit() and 1 <= int(contract) <= 120):
        cell.error("contract_months", _("Write the number of months, from 1 to 120."))
    wage = cell.amount("first_wage")
    if wage is not None and wage <= 0:
        cell.error("first_wage", _("The wage cannot be zero."))
    wage_currency = cell.choice("wage_currency", look["currencies"])
    loan = cell.amount("loan_amount", required=False)
    loan_currency = cell.choice("loan_currency", look["currencies"], required=loan is not None)
    lender = cell.choice("lender", lenders, required=loan is not None)
    interest = cell.amount("loan_monthly_interest", required=False)
    if interest is not None and interest > 100:
        cell.error("loan_monthly_interest", _("Monthly interest must be between 0 and 100%."))
    problems = {p.strip() for p in cell.text("problems").split(";") if p.strip()}
    for unknown in sorted(problems - set(PROBLEM_FIELDS)):
        cell.error(
            "problems", _("“%(value)s” is not one of the allowed values.") % {"value": unknown}
        )
    if len(cell.errors) > errors_before:
        return None
    rates = look["rates"]
    try:
        wage_usd = to_usd(wage, rates.rate(wage_currency, month))
        loan_usd = to_usd(loan, rates.rate(loan_currency, month)) if loan is not None else None
    except MissingRate as error:
        cell.error("departure_month", error.messages[0])
        return None
    return WorkerReport(
        agency=agency,
        agency_name_given="" if agency else cell.text("agency_name")[:200],
        origin_id=origin,
        programme=programme,
        sector=sector,
        departure_month=month,
        contract_months=int(contract),
        first_wage=wage,
        wage_currency=wage_currency,
        wage_usd=wage_usd,
        loan_amount=loan,
        loan_currency=loan_currency or "",
        loan_usd=loan_usd,
        lender=lender or "",
        loan_monthly_interest=interest,
        collateral=cell.text("collateral")[:300],
        private_story=cell.text("story")[:5000],
        import_reference=cell.text("reference")[:100],
        **{name: name in problems for name in PROBLEM_FIELDS},
    )


@transaction.atomic
def reports_import(*, text: str, organisation: Organisation, by) -> tuple[int, list[RowError]]:
    """Import a survey file as accepted reports of the NGO, in one transaction.
    Returns (reports imported, errors); with any error, nothing is imported."""
    parsed, errors = parse_reports(text)
    if errors:
        return 0, errors
    now = timezone.now()
    reports = []
    for report, items in parsed:
        report.via = WorkerReport.Via.BULK
        report.organisation = organisation
        report.submitted_by = by
        report.status = WorkerReport.Status.ACCEPTED
        report.moderated_by, report.moderated_at = by, now
        report.accepted_at = report.changed_at = now
        report.worker_total_usd = sum((item.amount_usd for item in items), Decimal(0))
        reports.append(report)
    WorkerReport.objects.bulk_create(reports, batch_size=1000)
    items = []
    for report, report_items in parsed:
        for item in report_items:
            item.report = report
            items.append(item)
    ReportItem.objects.bulk_create(items, batch_size=2000)
    for agency_id in {report.agency_id for report in reports if report.agency_id}:
        agency_changed(agency_id)
    return len(reports), []
