"""The printed fair-fee card leads back to the portal: address, short link, QR code, help."""

import re
from urllib.parse import parse_qs, urlsplit

import segno

from portal.models import HelpContact

CHECK = {"o": "KH", "programme": "titp", "sector": "titp-construction", "m": "36",
         "t": "3000", "tc": "USD", "w": "", "wc": "", "agency": ""}  # fmt: skip


def card(client, lang="km", **changes):
    return client.get(f"/{lang}/check/card/", {**CHECK, **changes}).content.decode()


def qr_path(html: str) -> str:
    svg = re.search(r'<figure class="qr"><svg [^>]*role="img"[^>]*>.*?</svg>', html, flags=re.S)
    assert svg, "the card carries its QR code as inline SVG"
    return re.search(r' d="([^"]+)"', svg.group(0)).group(1)


def test_the_card_prints_the_portals_address_and_a_short_link_to_the_same_check(
    client, guides, settings
):
    settings.SITE_URL = "https://fairfee.example.org"
    html = card(client)
    assert "https://fairfee.example.org" in html
    assert "https://fairfee.example.org/g/get-help/" in html  # the help guide, on paper
    link = re.search(r'class="short-link" href="([^"]+)"', html).group(1).replace("&amp;", "&")
    parts = urlsplit(link)
    assert f"{parts.scheme}://{parts.netloc}{parts.path}" == "https://fairfee.example.org/c/"
    # Every field that was filled in, none of the empty ones: a small QR code.
    assert parse_qs(parts.query) == {key: [value] for key, value in CHECK.items() if value}
    assert "<script" not in html and "<img" not in html


def test_the_qr_code_encodes_the_short_link(client, guides):
    html = card(client)
    link = re.search(r'class="short-link" href="([^"]+)"', html).group(1).replace("&amp;", "&")
    # segno cannot read a code back; drawing the link again must give the same modules.
    expected = segno.make(link, error="m", micro=False).svg_inline(scale=1, border=4)
    assert qr_path(html) == re.search(r' d="([^"]+)"', expected).group(1)
    other = segno.make(link.replace("t=3000", "t=300"), error="m", micro=False).svg_inline()
    assert qr_path(html) != re.search(r' d="([^"]+)"', other).group(1)


def test_the_short_link_on_the_card_reopens_the_check(client, guides):
    html = card(client, lang="vi")
    link = re.search(r'class="short-link" href="([^"]+)"', html).group(1).replace("&amp;", "&")
    response = client.get(
        urlsplit(link).path + "?" + urlsplit(link).query, HTTP_ACCEPT_LANGUAGE="vi"
    )
    assert response.status_code == 302
    assert client.get(response["Location"]).context["result"] is not None


def test_the_card_gives_the_help_numbers_for_the_readers_country(client, guides):
    # Each country's embassy in Japan helps its own people only.
    cambodian = HelpContact.objects.with_phone().filter(for_origin="KH").first()
    vietnamese = HelpContact.objects.with_phone().filter(for_origin="VN").first()
    assert cambodian and vietnamese
    html = card(client, o="KH")
    assert cambodian.phone in html and vietnamese.phone not in html
    html = card(client, o="VN")
    assert vietnamese.phone in html and cambodian.phone not in html


def test_an_empty_card_still_says_where_the_portal_is(client, guides, settings):
    settings.SITE_URL = "https://fairfee.example.org"
    html = client.get("/km/check/card/").content.decode()
    assert "https://fairfee.example.org" in html and "<svg" not in html


def test_the_card_is_laid_out_for_a4_and_for_a_phones_pdf(client):
    from django.contrib.staticfiles import finders

    css = ""
    for name in ("css/site.css", "css/card.css"):
        with open(finders.find(name), encoding="utf-8") as handle:
            css += handle.read()
    print_rules = " ".join(re.findall(r"@media print\{(.*?\})\s*\}", css, flags=re.S))
    assert "size:A4" in print_rules and ".qr svg{height:35mm}" in print_rules
    assert "css/card.css" in client.get("/km/check/card/").content.decode()


def test_a_link_too_long_for_a_qr_code_still_prints_as_text(client, guides):
    html = card(client, note="x" * 3000)
    assert "<svg" not in html
    assert "/c/?" in html
