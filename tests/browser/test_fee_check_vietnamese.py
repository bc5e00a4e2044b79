import pytest
from django.utils import translation
from django.utils.translation import gettext

from costs.catalogue.money import money
from costs.flags.engine import recompute_all

pytestmark = pytest.mark.browser


def vi(text: str) -> str:
    with translation.override("vi"):
        return gettext(text)


def test_a_migrant_checks_a_fee_in_vietnamese_with_a_chosen_agency(
    live_server, phone, screenshot, make_agency, publish, guides
):
    agency = make_agency(
        name="Hoang Long Manpower JSC",
        name_local="Công ty Cổ phần Nhân lực Hoàng Long",
        slug="hoang-long",
        country="VN",
        licence_number="123/GP",
    )
    disclosure = publish(agency, programme="titp", sector="titp-construction",
            lines=[("service-fee", "60000000", "VND", "worker"), ("travel-lodging", "200000", "JPY", "employer")])  # fmt: skip
    recompute_all()

    phone.goto(f"{live_server.url}/vi/check/")
    assert phone.locator("h1").inner_text() == vi("Is this fee fair?")
    phone.select_option("#id_o", "VN")
    phone.select_option("#id_programme", "titp")
    phone.select_option("#id_sector", "titp-construction")
    phone.fill("#id_m", "36")
    phone.fill("#id_agency", "hoàng long")
    phone.fill("#id_t", "150.000.000")
    phone.select_option("#id_tc", "VND")
    phone.locator("main form button[type=submit]").click()

    result = phone.locator("#result").inner_text()
    assert vi("What you were asked to pay") in result
    months = phone.locator(".months").inner_text()
    assert any(ch.isdigit() for ch in months)
    body = phone.locator("main").inner_text()
    assert "69/2020/QH14" in body  # the brokerage rule, quoted with its law
    assert "Hoang Long Manpower JSC" in body
    with translation.override("vi"):
        disclosed = money(disclosure.worker_total_usd, "USD")
    assert disclosed in body  # what the agency disclosed for this job
    assert phone.evaluate("document.documentElement.scrollWidth") <= 360
    screenshot(phone, "fee-check-vi-360")

    phone.get_by_role("link", name=vi("Fair fee card to print or share")).click()
    assert vi("Fair fee card") in phone.locator("h1").inner_text()
    screenshot(phone, "fee-card-vi-360")
