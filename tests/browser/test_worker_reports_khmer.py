import pytest
from django.utils import translation
from django.utils.translation import gettext

from costs.models import ReportItem, WorkerReport

pytestmark = pytest.mark.browser


def km(text: str) -> str:
    with translation.override("km"):
        return gettext(text)


def test_a_worker_reports_in_khmer_comes_back_with_the_code_and_deletes(
    live_server, phone, screenshot, make_agency
):
    make_agency(name="Angkor Manpower", name_local="ក្រុមហ៊ុន អង្គរ", slug="angkor", country="KH")
    base = live_server.url

    phone.goto(f"{base}/km/report/")
    assert phone.locator("h1").inner_text() == km("Tell us what you paid")
    phone.fill("#q", "អង្គរ")
    phone.locator("main form button[type=submit]").click()
    phone.get_by_role("link", name="Angkor Manpower").click()

    phone.select_option("#id_programme", "ssw1")
    phone.select_option("#id_sector", "agriculture")
    phone.fill("#id_departure_month", "2024-05")
    phone.fill("#id_contract_months", "៣៦")
    phone.fill("#id_first_wage", "១៩០០០០")
    phone.select_option("#id_items-0-category", "service-fee")
    phone.fill("#id_items-0-amount", "៨,០០០,០០០")
    phone.select_option("#id_items-0-currency", "KHR")
    phone.select_option("#id_items-0-paid_to", "agency")
    phone.select_option("#id_items-1-category", "training")
    phone.fill("#id_items-1-amount", "៥០០")
    phone.select_option("#id_items-1-currency", "USD")
    phone.select_option("#id_items-1-paid_to", "training_centre")
    phone.check("#id_items-1-receipt_given")
    phone.fill("#id_loan_amount", "៣០០០")
    phone.select_option("#id_loan_currency", "USD")
    phone.select_option("#id_lender", "microfinance")
    phone.fill("#id_loan_monthly_interest", "២.៥")
    screenshot(phone, "report-form-km-360")
    phone.locator("main form > button[type=submit]").click()

    assert phone.locator("h1").inner_text() == km("Thank you")
    code = phone.locator(".receipt .code").inner_text().strip()
    assert len(code) >= 10
    screenshot(phone, "report-thanks-km-360")
    report = WorkerReport.objects.get()
    assert report.items.count() == 2 and report.loan_amount == 3000

    # Later, on the same phone, the worker comes back with the code.
    phone.context.clear_cookies()
    phone.goto(f"{base}/km/report/receipt/")
    phone.fill("#code", code.lower())
    phone.locator("main form button[type=submit]").click()
    assert phone.locator("h1").inner_text() == km("My report")
    assert (
        "ក្រុមហ៊ុន" in phone.locator("main").inner_text()
        or "Angkor" in phone.locator("main").inner_text()
    )
    screenshot(phone, "report-mine-km-360")
    phone.get_by_role("link", name=km("Delete my report")).click()
    phone.locator("main form button[type=submit]").click()

    assert not WorkerReport.objects.exists() and not ReportItem.objects.exists()
    assert phone.url.endswith("/km/")
