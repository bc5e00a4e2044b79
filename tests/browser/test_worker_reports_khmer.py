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

    # Four short steps; each keeps its answers on the server.
    assert phone.evaluate("document.documentElement.scrollWidth") <= 360
    screenshot(phone, "report-step1-km-360")
    phone.select_option("#id_programme", "ssw1")
    # Every sector is listed under its programme: no JavaScript is needed to choose.
    assert phone.locator("#id_sector optgroup").count() >= 1
    phone.select_option("#id_sector", "agriculture")
    phone.fill("#id_departure_month", "2024-05")
    phone.fill("#id_contract_months", "៣៦")
    phone.fill("#id_first_wage", "១៩០០០០")
    phone.locator("button.next").click()

    screenshot(phone, "report-step2-km-360")
    assert phone.locator("input[name$='-DELETE']").count() == 0  # new lines: nothing to remove
    phone.select_option("#id_items-0-category", "service-fee")
    phone.fill("#id_items-0-amount", "៨,០០០,០០០")
    phone.select_option("#id_items-0-currency", "KHR")
    phone.select_option("#id_items-0-paid_to", "agency")
    phone.select_option("#id_items-1-category", "training")
    phone.fill("#id_items-1-amount", "៥០០")
    phone.select_option("#id_items-1-currency", "USD")
    phone.select_option("#id_items-1-paid_to", "training_centre")
    phone.check("#id_items-1-receipt_given")
    phone.locator("button.next").click()

    screenshot(phone, "report-step3-km-360")
    phone.fill("#id_loan_amount", "៣០០០")
    phone.select_option("#id_loan_currency", "USD")
    phone.select_option("#id_lender", "microfinance")
    phone.fill("#id_loan_monthly_interest", "២.៥")
    # Back to the job, and forward again: nothing typed is lost.
    phone.locator("button[name=back]").click()
    phone.locator("button[name=back]").click()
    assert phone.input_value("#id_first_wage") == "១៩០០០០"
    phone.locator("button.next").click()
    assert phone.input_value("#id_items-0-amount") == "៨,០០០,០០០"
    phone.locator("button.next").click()
    assert phone.input_value("#id_loan_amount") == "៣០០០"
    phone.locator("button.next").click()

    screenshot(phone, "report-step4-km-360")
    # The honeypot is out of the tab order.
    assert phone.get_attribute("#id_website", "tabindex") == "-1"
    assert not WorkerReport.objects.exists()
    phone.locator("button.next").click()

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
