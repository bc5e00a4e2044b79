"""The documentation page and the statistics page in Debian's chromium: the
portal's Content-Security-Policy holds (no error in the console), and the
statistics read on a 360 px phone."""

import pytest

from tests.costs.opendata.conftest import accepted_last_month

pytestmark = pytest.mark.browser


def console(page) -> list[str]:
    messages = []
    page.on(
        "console", lambda m: messages.append(m.text) if m.type in ("error", "warning") else None
    )
    page.on("pageerror", lambda error: messages.append(str(error)))
    return messages


def test_the_api_documentation_works_under_the_csp(live_server, phone, screenshot, cast):
    problems = console(phone)
    response = phone.goto(f"{live_server.url}/api/v1/docs/")
    assert "script-src 'self'" in response.headers["content-security-policy"]
    phone.wait_for_selector(".opblock-summary", timeout=15_000)
    assert phone.locator(".opblock-summary").count() >= 19  # every operation is listed
    assert "FairFee open data API" in phone.locator(".title").first.inner_text()
    phone.locator(".opblock-summary").first.click()
    phone.wait_for_selector(".parameters", timeout=5_000)
    screenshot(phone, "opendata-api-docs")
    assert problems == []


def test_the_statistics_page_reads_on_a_phone(live_server, phone, screenshot, cast, report):
    filed = [
        report(cast.alpha, paid=[("service-fee", str(2000 + 150 * i), "USD")], accept=True)[0]
        for i in range(10)
    ]
    accepted_last_month(*filed)
    problems = console(phone)
    phone.goto(f"{live_server.url}/vi/statistics/")
    assert phone.locator("svg").count() == 2
    assert phone.evaluate("document.scrollingElement.scrollWidth") <= 360
    sizes = phone.evaluate(
        "[...document.querySelectorAll('svg text')].map(t => parseFloat(getComputedStyle(t).fontSize))"
    )
    assert sizes and min(sizes) >= 12
    # Each chart fits inside its card: nothing to scroll sideways.
    overflow = phone.evaluate(
        "[...document.querySelectorAll('svg')].map(s => s.getBoundingClientRect().right"
        " - s.closest('section').getBoundingClientRect().right)"
    )
    assert max(overflow) <= 0
    screenshot(phone, "opendata-statistics-vi")
    assert problems == []
