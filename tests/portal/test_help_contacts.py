"""Help that reaches someone: a number is shown only with the source it was read
on and the date, an unconfirmed contact says where to look instead, and the
printable fee card carries the numbers for the reader's origin."""

import datetime
import re

import pytest
from django.db import IntegrityError, transaction
from django.utils import translation
from django.utils.html import escape
from django.utils.translation import gettext

from portal.models import HelpContact

LANGUAGES = ["en", "km", "vi", "ja"]
CARD = {"programme": "titp", "sector": "titp-construction", "m": "36", "t": "2000", "tc": "USD"}


def _cards(html: str) -> list[str]:
    return re.findall(r'<div class="card contact" id="contact-\d+">(.*?)</div>', html, re.S)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_number_on_the_help_page_has_its_source_and_date(client, guides, lang):
    html = client.get(f"/{lang}/guides/get-help/").content.decode()
    cards = _cards(html)
    assert len(cards) == HelpContact.objects.count() >= 10
    with_phone = [card for card in cards if "tel:" in card]
    assert len(with_phone) == HelpContact.objects.exclude(phone="").count() >= 3
    with translation.override(lang):
        checked = gettext("Details checked on %(date)s.").replace("%(date)s", "")
        source = gettext("Source:")
    for card in with_phone:
        assert all(part in card for part in checked.split()) and source in card
    for contact in HelpContact.objects.exclude(phone=""):
        assert contact.source_en and contact.checked_on
        # Where the number was read, in the page's language.
        assert (
            getattr(contact, f"source_{lang}")
            and escape(getattr(contact, f"source_{lang}")) in html
        )
        assert getattr(contact, f"name_{lang}") and escape(getattr(contact, f"name_{lang}")) in html


@pytest.mark.parametrize("lang", LANGUAGES)
def test_an_unconfirmed_contact_shows_no_number_and_says_where_to_look(client, guides, lang):
    otit = HelpContact.objects.get(key="otit")
    otit.notes = "0120-000-000 from a blog, to confirm"
    otit.save()
    html = client.get(f"/{lang}/guides/get-help/").content.decode()
    card = next(c for c in _cards(html) if escape(getattr(otit, f"name_{lang}")) in c)
    assert "tel:" not in card and "0120" not in card
    with translation.override(lang):
        assert gettext("No phone number confirmed yet.") in card
    assert escape(getattr(otit, f"instead_{lang}")) in card and "otit.go.jp" in card
    assert "from a blog" not in html


def test_a_contact_without_instructions_points_to_its_website_or_an_ngo(client, guides):
    HelpContact.objects.create(
        name_en="Hotline A", where="JP", description_en="A.", website="https://a.example/"
    )
    HelpContact.objects.create(name_en="Hotline B", where="KH", description_en="B.")
    html = client.get("/en/guides/get-help/").content.decode()
    first = next(c for c in _cards(html) if "Hotline A" in c)
    second = next(c for c in _cards(html) if "Hotline B" in c)
    assert "Look on their website for the current number." in first
    assert "Ask your embassy or an NGO for the current number." in second
    assert "Details not checked yet" in second


def test_the_help_page_groups_contacts_by_catalogue_country_in_the_readers_language(client, guides):
    html = client.get("/km/guides/get-help/").content.decode()
    headings = re.findall(r"<h2>(.*?)</h2>", html)
    countries = [h for h in headings if any(name in h for name in ("ជប៉ុន", "កម្ពុជា", "វៀតណាម"))]
    assert len(countries) == 3
    assert "ជប៉ុន" in countries[0] and "កម្ពុជា" in countries[1] and "វៀតណាម" in countries[2]
    assert "ខ្មែរ" in html  # the Cambodian embassy's language, named by CLDR


def test_a_number_cannot_be_stored_without_its_source_and_date(guides):
    contact = HelpContact.objects.get(key="otit")
    contact.phone, contact.source, contact.checked_on = "0120-000-000", "", None
    with pytest.raises(IntegrityError), transaction.atomic():
        contact.save()
    contact.source = "otit.go.jp"
    with pytest.raises(IntegrityError), transaction.atomic():
        contact.save()
    contact.checked_on = datetime.date(2026, 12, 1)
    contact.save()
    assert HelpContact.objects.get(key="otit").phone == "0120-000-000"


def test_the_admin_refuses_a_number_without_a_source_and_an_unknown_country(client, cast, guides):
    client.force_login(cast.admin)
    contact = HelpContact.objects.get(key="jp-mirai")
    form = client.get(f"/admin/portal/helpcontact/{contact.pk}/change/").content.decode()
    assert '<option value="KH">' in form and "Cambodia" in form
    data = {
        "name_en": contact.name_en, "name_km": contact.name_km, "name_vi": contact.name_vi, "name_ja": contact.name_ja,
        "where": "JP", "for_origin": "",
        "description_en": contact.description_en, "description_km": contact.description_km,
        "description_vi": contact.description_vi, "description_ja": contact.description_ja,
        "phone": "03-0000-0000", "hours_en": "", "languages": "", "website": contact.website,
        "instead_en": contact.instead_en, "source_en": "", "checked_on": "", "notes": "", "order": "2",
    }  # fmt: skip
    response = client.post(f"/admin/portal/helpcontact/{contact.pk}/change/", data)
    assert response.status_code == 200
    assert "A phone number needs the source it was read on" in response.content.decode()
    response = client.post(
        f"/admin/portal/helpcontact/{contact.pk}/change/", {**data, "where": "XX"}
    )
    assert response.status_code == 200 and HelpContact.objects.get(pk=contact.pk).phone == ""
    response = client.post(
        f"/admin/portal/helpcontact/{contact.pk}/change/",
        {**data, "source_en": "jp-mirai.org, contact page", "checked_on": "2026-12-01"},
    )
    assert response.status_code == 302
    assert HelpContact.objects.get(pk=contact.pk).phone == "03-0000-0000"


@pytest.mark.parametrize(
    "origin, ours, theirs",
    [("KH", "+81-3-5412-8521", "+81-3-3466-3311"), ("VN", "+81-3-3466-3311", "+81-3-5412-8521")],
)
def test_the_card_carries_the_numbers_for_the_readers_origin(client, guides, origin, ours, theirs):
    html = client.get("/en/check/card/", {"o": origin, **CARD}).content.decode()
    numbers = html[html.index("Help by phone") :]
    assert f'href="tel:{ours}"' in numbers and theirs not in numbers
    assert 'href="tel:0570-013904"' in numbers  # the immigration information centre, for everyone
    assert numbers.count("tel:") <= 3
    assert "/g/get-help/" in numbers


def test_the_card_names_the_contacts_and_the_licensing_authority_in_the_readers_language(
    client, guides, make_agency
):
    make_agency(name="Song Hong JSC", country="VN", licence_authority="VN-DOLAB")
    html = client.get(
        "/vi/check/card/", {"o": "VN", "agency": "Song Hong", **CARD}
    ).content.decode()
    assert "Đại sứ quán Việt Nam tại Nhật Bản" in html
    assert "Cục Quản lý lao động ngoài nước, Bộ Nội vụ" in html
    html = client.get("/km/check/card/", {"o": "KH", **CARD}).content.decode()
    assert "ស្ថានទូតនៃព្រះរាជាណាចក្រកម្ពុជា ប្រចាំប្រទេសជប៉ុន" in html
    assert "ក្រសួងការងារ និងបណ្តុះបណ្តាលវិជ្ជាជីវៈ" in html and "https://mlvt.gov.kh/" in html


def test_a_card_shows_no_number_that_is_not_confirmed(client, guides):
    HelpContact.objects.filter(key="embassy-kh").update(phone="", source="", checked_on=None)
    html = client.get("/en/check/card/", {"o": "KH", **CARD}).content.decode()
    assert "5412-8521" not in html and 'href="tel:0570-013904"' in html
