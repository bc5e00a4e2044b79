import pytest
from allauth.account.models import EmailAddress
from django.utils import translation
from django.utils.translation import gettext

from costs.models import Flag

pytestmark = pytest.mark.browser


def km(text: str) -> str:
    with translation.override("km"):
        return gettext(text)


def sign_in(page, base, user):
    EmailAddress.objects.get_or_create(
        user=user, email=user.email, defaults={"verified": True, "primary": True}
    )
    user.set_password("long-pass-2026")
    user.save()
    page.goto(f"{base}/km/accounts/login/")
    page.fill("#id_login", user.email)
    page.fill("#id_password", "long-pass-2026")
    page.locator("main form button[type=submit]").last.click()


def test_a_ministry_reviewer_and_an_agency_settle_a_flag_in_khmer(
    live_server, browser, phone, screenshot, cast, ministry_kh, flagged
):
    base = live_server.url
    flag = flagged.beta  # a deposit charged by Beta, a Cambodian agency

    sign_in(phone, base, ministry_kh)
    phone.goto(f"{base}/km/review/")
    assert phone.locator("h1").inner_text() == km("Flags to review")
    phone.get_by_role("link", name="Beta Manpower").first.click()
    screenshot(phone, "review-flag-km-360")
    phone.get_by_role("button", name=km("Take under review")).click()
    assert Flag.objects.get(pk=flag.pk).status == "under_review"

    agency = browser.new_context(viewport={"width": 360, "height": 740}).new_page()
    sign_in(agency, base, cast.bob)
    agency.goto(f"{base}/km/my-agencies/beta/flags/")
    agency.locator(f"#flag-{flag.pk} textarea").fill("យើងបានប្រគល់ប្រាក់កក់ទៅពលករវិញហើយ។")
    agency.locator(f"#flag-{flag.pk} button[type=submit]").click()
    screenshot(agency, "agency-flags-km-360")
    agency.context.close()

    phone.reload()
    assert "យើងបានប្រគល់ប្រាក់កក់ទៅពលករវិញហើយ។" in phone.locator("main").inner_text()
    phone.select_option("#id_outcome", "resolved")
    phone.fill("#id_note", "ភ្នាក់ងារបានប្រគល់ប្រាក់កក់វិញ។")
    phone.get_by_role("button", name=km("Record the decision")).click()
    assert Flag.objects.get(pk=flag.pk).status == "resolved"

    phone.goto(f"{base}/km/agencies/beta/")
    public = phone.locator("#flags").inner_text()
    assert "យើងបានប្រគល់ប្រាក់កក់ទៅពលករវិញហើយ។" in public  # the agency's reply
    assert "ភ្នាក់ងារបានប្រគល់ប្រាក់កក់វិញ។" in public  # the outcome
    assert phone.evaluate("document.documentElement.scrollWidth") <= 360
    screenshot(phone, "agency-outcome-km-360")
