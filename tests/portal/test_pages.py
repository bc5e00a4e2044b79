import pytest
from django.utils import translation
from django.utils.translation import gettext

LANGUAGES = ["en", "km", "vi", "ja"]


@pytest.fixture
def agency(make_agency, publish):
    agency = make_agency(name="Mekong Manpower", slug="mekong")
    publish(agency)
    return agency


def translated(text: str, lang: str) -> str:
    with translation.override(lang):
        result = gettext(text)
    if lang != "en":
        assert result != text, f"{text!r} has no {lang} translation"
    return result


PAGES = [
    ("/{lang}/", ["What does it cost to work in Japan?", "Compare agencies"]),
    (
        "/{lang}/compare/",
        ["Compare agencies", "Worker pays", "Employer pays", "In months of wages"],
    ),
    ("/{lang}/compare/?programme=ssw2", ["No agency has published fees for this choice yet."]),
    ("/{lang}/agencies/mekong/", ["Licence", "Published fees", "Worker pays in total", "Who pays"]),
]


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("path, texts", PAGES)
def test_every_page_renders_in_every_language(client, agency, lang, path, texts):
    response = client.get(path.format(lang=lang))
    assert response.status_code == 200
    html = response.content.decode()
    assert f'<html lang="{lang}">' in html
    for text in texts:
        assert translated(text, lang) in html


@pytest.mark.parametrize("lang", ["km", "vi", "ja"])
def test_catalogue_content_comes_in_the_language_too(client, agency, lang):
    html = client.get(f"/{lang}/agencies/mekong/").content.decode()
    sector = agency.disclosures.get().sector
    category_name = agency.disclosures.get().items.get().category
    assert getattr(sector, f"name_{lang}") in html
    assert getattr(category_name, f"name_{lang}") in html
    assert "Construction" not in html


@pytest.mark.parametrize(
    "accept, expected", [("km", "/km/"), ("vi-VN,vi;q=0.9", "/vi/"), ("ja", "/ja/"), ("fr", "/en/")]
)
def test_a_browser_lands_in_its_own_language(client, accept, expected):
    response = client.get("/", headers={"accept-language": accept})
    assert response.status_code == 302
    assert response["Location"] == expected


def test_the_language_switcher_links_to_the_same_page_without_javascript(client, agency):
    html = client.get("/km/compare/?programme=ssw1").content.decode()
    assert 'href="/vi/compare/?programme=ssw1"' in html
    assert 'href="/en/compare/?programme=ssw1"' in html
    assert ">ខ្មែរ<" in html
    assert ">Tiếng Việt<" in html and ">日本語<" in html
    assert "<script" not in html


def test_pages_stay_light(client, agency):
    for path in ["/km/", "/km/compare/", "/km/agencies/mekong/"]:
        assert len(client.get(path).content) < 30_000
