import pytest
from django.utils import translation
from django.utils.translation import gettext

pytestmark = pytest.mark.browser


def km(text: str) -> str:
    with translation.override("km"):
        return gettext(text)


@pytest.fixture
def offers(make_agency, publish):
    chosen = make_agency(name="Angkor Manpower", name_local="អង្គរ", slug="angkor", country="KH")
    publish(
        chosen,
        programme="ssw1",
        sector="agriculture",
        lines=[("service-fee", "4050000", "KHR", "worker")],
    )
    other = make_agency(name="Bayon Manpower", slug="bayon", country="KH")
    publish(other, programme="ssw1", sector="construction")
    publish(other, programme="titp", sector="titp-agriculture")
    return chosen


def test_a_migrant_compares_agencies_in_khmer_on_a_phone(live_server, phone, screenshot, offers):
    phone.goto(f"{live_server.url}/km/compare/")
    assert phone.locator("h1").inner_text() == km("Compare agencies")

    phone.select_option("#id_programme", "ssw1")
    phone.select_option("#id_sector", "agriculture")
    phone.get_by_role("button", name=km("Show agencies")).click()

    rows = phone.locator("li.row")
    assert rows.count() == 1
    assert "Angkor Manpower" in rows.first.inner_text()
    assert "៛" in rows.first.inner_text()
    # Nothing spills off a 360 px screen.
    assert phone.evaluate("document.documentElement.scrollWidth") <= 360
    screenshot(phone, "compare-km-360")

    rows.first.get_by_role("link", name="Angkor Manpower").click()
    assert phone.url.endswith("/km/agencies/angkor/")
    body = phone.locator("main").inner_text()
    assert km("Published fees") in body
    assert km("Worker pays in total") in body
    assert "អង្គរ" in body
    assert phone.evaluate("document.documentElement.scrollWidth") <= 360
    screenshot(phone, "agency-km-360")
