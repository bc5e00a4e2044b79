import csv
import io

import pytest

from costs.models import ReportItem, WorkerReport
from costs.models.reports import ImportBatch
from costs.reports.imports import COLUMNS, template_csv


def _file(text, name):
    from django.core.files.uploadedfile import SimpleUploadedFile

    return SimpleUploadedFile(name, text.encode("utf-8"), content_type="text/csv")


def rows_to_csv(rows):
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=COLUMNS)
    writer.writeheader()
    for row in rows:
        writer.writerow(row)
    return out.getvalue()


def row(reference="W-1", **overrides):
    base = {
        "reference": reference,
        "agency_licence": "MOLVT-001/2019",
        "origin": "KH",
        "programme": "titp",
        "sector": "titp-agriculture",
        "departure_month": "2024-03",
        "contract_months": "36",
        "first_wage": "180000",
        "wage_currency": "JPY",
        "category": "service-fee",
        "amount": "8000000",
        "currency": "KHR",
        "paid_to": "agency",
    }
    base.update(overrides)
    return base


@pytest.fixture
def ngo_client(client, ngo, make_agency):
    make_agency(name="Angkor", country="KH", licence_number="MOLVT-001/2019")
    client.force_login(ngo)
    return client


def test_the_template_downloads_and_its_rows_import_once_the_example_is_renamed(ngo_client):
    response = ngo_client.get("/en/moderation/import/template.csv")
    assert response["Content-Type"].startswith("text/csv")
    text = response.content.decode()
    assert text.splitlines()[0] == ",".join(COLUMNS) and text == template_csv()
    # The example itself is refused (tests/costs/reports/test_import_safety.py);
    # the same rows as a real worker's report import.
    text = text.replace("EXAMPLE-1", "W-001").replace("2024-03", "2024-04")
    result = ngo_client.post("/en/moderation/import/", {"file": _file(text, "t.csv")}, follow=True)
    assert "1 report imported and accepted." in result.content.decode()
    report = WorkerReport.objects.get()
    assert report.via == WorkerReport.Via.BULK and report.status == WorkerReport.Status.ACCEPTED
    assert report.organisation.name == "Mekong Helpers" and report.import_reference == "W-001"
    assert report.items.count() == 2 and report.passport_held
    assert report.loan_amount == 3000 and report.lender == "microfinance"
    assert report.worker_total_usd == sum(i.amount_usd for i in report.items.all())
    assert report.import_batch == ImportBatch.objects.get(status="done", reports_made=1)
    report.agency.refresh_from_db()
    assert report.agency.summaries_stale_at is not None


def test_rows_are_grouped_into_reports_by_reference(ngo_client):
    text = rows_to_csv(
        [row("A"), row("A", category="training", amount="100", currency="USD"), row("B")]
    )
    response = ngo_client.post(
        "/en/moderation/import/", {"file": _file(text, "s.csv")}, follow=True
    )
    assert "2 reports imported and accepted." in response.content.decode()
    assert WorkerReport.objects.count() == 2
    assert WorkerReport.objects.get(import_reference="A").items.count() == 2


def test_every_error_is_listed_by_row_and_column_and_nothing_is_imported(ngo_client):
    text = rows_to_csv(
        [
            row("A"),
            row("B", amount="-3"),
            row("C", departure_month="2099-01"),
            row("D", agency_licence="NOPE-1"),
            row("E", currency="EUR"),
            row("F", sector="aviation"),
            row("G", first_wage="0"),
        ]
    )
    response = ngo_client.post(
        "/en/moderation/import/", {"file": _file(text, "bad.csv")}, follow=True
    )
    errors = response.context["batch"].errors
    assert (3, "amount") in {(r, c) for r, c, _m in errors}
    assert (4, "departure_month") in {(r, c) for r, c, _m in errors}
    assert (5, "agency_licence") in {(r, c) for r, c, _m in errors}
    assert (6, "currency") in {(r, c) for r, c, _m in errors}
    assert (7, "sector") in {(r, c) for r, c, _m in errors}
    assert (8, "first_wage") in {(r, c) for r, c, _m in errors}
    assert "Nothing was imported" in response.content.decode()
    assert not WorkerReport.objects.exists() and not ReportItem.objects.exists()


def test_a_file_without_the_needed_columns_is_refused(ngo_client):
    response = ngo_client.post(
        "/en/moderation/import/", {"file": _file("name,amount\nx,1\n", "x.csv")}, follow=True
    )
    assert "These columns are missing" in response.content.decode()
    assert not WorkerReport.objects.exists()


def test_only_ngo_staff_import(client, cast):
    client.force_login(cast.alice)
    assert client.get("/en/moderation/import/").status_code == 403
    assert client.get("/en/moderation/import/template.csv").status_code == 403
