import re

import pytest
from django.core import mail
from django.utils import translation
from django.utils.translation import gettext

from agencies.models import AgencyMembership
from agencies.services import claim_verify
from costs.models import Disclosure

pytestmark = pytest.mark.browser


def vi(text: str) -> str:
    with translation.override("vi"):
        return gettext(text)


def submit(page, form_selector="main form"):
    page.locator(f"{form_selector} button[type=submit]").last.click()


def fill_line(page, number, category, amount, currency, payer):
    page.select_option(f"#id_items-{number}-category", category)
    page.fill(f"#id_items-{number}-amount", amount)
    page.select_option(f"#id_items-{number}-currency", currency)
    page.select_option(f"#id_items-{number}-payer", payer)


def test_an_agency_signs_up_claims_publishes_and_revises_in_vietnamese(
    live_server, phone, screenshot, make_agency
):
    agency = make_agency(
        name="Hoang Long Manpower JSC",
        name_local="Công ty Cổ phần Nhân lực Hoàng Long",
        slug="hoang-long",
        country="VN",
        licence_number="123/LĐTBXH-GP",
    )
    base = live_server.url

    # Sign up, and confirm the address from the e-mail.
    phone.goto(f"{base}/vi/accounts/signup/")
    phone.fill("#id_email", "lan@hoanglong.example")
    phone.fill("#id_password1", "Mật-khẩu-dài-2026")
    phone.fill("#id_password2", "Mật-khẩu-dài-2026")
    submit(phone)
    assert len(mail.outbox) == 1
    confirm_url = re.search(r"https?://\S+/accounts/confirm-email/\S+", mail.outbox[0].body).group(
        0
    )
    phone.goto(
        confirm_url.replace("http://testserver", base).replace("http://127.0.0.1:8000", base)
    )
    submit(phone)
    phone.goto(f"{base}/vi/accounts/login/")
    phone.fill("#id_login", "lan@hoanglong.example")
    phone.fill("#id_password", "Mật-khẩu-dài-2026")
    submit(phone)

    # Claim the agency; the site admin verifies it.
    phone.goto(f"{base}/vi/my-agencies/claim/")
    assert phone.locator("h1").inner_text() == vi("Claim your agency")
    phone.select_option("#id_country", "VN")
    phone.fill("#id_licence_number", "123/LĐTBXH-GP")
    phone.fill("#id_note", "Giám đốc, 0912 345 678")
    submit(phone)
    claim_verify(membership=AgencyMembership.objects.get(agency=agency), by=None)

    # File three lines, check, publish.
    phone.goto(f"{base}/vi/my-agencies/hoang-long/fees/new/")
    phone.select_option("#id_programme", "titp")
    phone.select_option("#id_sector", "titp-construction")
    phone.fill("#id_contract_months", "36")
    phone.fill("#id_offered_wage", "180.000")
    fill_line(phone, 0, "service-fee", "60.000.000", "VND", "worker")
    fill_line(phone, 1, "training", "15.000.000", "VND", "worker")
    fill_line(phone, 2, "travel-lodging", "200.000", "JPY", "employer")
    screenshot(phone, "disclosure-form-vi-360")
    phone.locator("main form button[type=submit]:not([name])").click()
    assert phone.locator("h1").inner_text() == vi("Check before publishing")
    assert (
        vi("You charge workers fees. Under the Employer Pays Principle workers should pay nothing.")
        in phone.content()
    )
    screenshot(phone, "disclosure-preview-vi-360")
    phone.locator("form[action$='/publish/'] button").click()
    first = Disclosure.objects.get(agency=agency)
    assert first.status == Disclosure.Status.PUBLISHED

    # Revise one amount and publish again.
    phone.goto(f"{base}/vi/my-agencies/hoang-long/fees/")
    phone.locator("form[action$='/revise/'] button").click()
    phone.fill("#id_items-0-amount", "40.000.000")
    phone.locator("main form button[type=submit]:not([name])").click()
    phone.locator("form[action$='/publish/'] button").click()

    # The public sees the new version and the history.
    phone.goto(f"{base}/vi/agencies/hoang-long/")
    body = phone.locator("main").inner_text()
    assert "40.000.000" in body and "60.000.000" not in body
    assert vi("Earlier versions") in body
    assert body.count("Hoàng Long") >= 1
    screenshot(phone, "agency-history-vi-360")
    phone.locator(".history a").first.click()
    assert "60.000.000" in phone.locator("main").inner_text()
    assert (
        Disclosure.objects.filter(agency=agency, status=Disclosure.Status.SUPERSEDED).count() == 1
    )
