import pytest
from django.utils import translation
from django.utils.html import escape
from django.utils.translation import gettext

from portal.models import Guide, HelpContact

LANGUAGES = ["en", "km", "vi", "ja"]


def test_the_five_guides_and_the_contacts_are_seeded_in_every_language(guides):
    slugs = set(Guide.objects.values_list("slug", flat=True))
    assert slugs == {
        "employer-pays",
        "check-licence",
        "before-signing",
        "pregnancy-rights",
        "get-help",
    }
    for guide in Guide.objects.all():
        for lang in ["km", "vi", "ja"]:
            for field in ["title", "summary", "body"]:
                text = getattr(guide, f"{field}_{lang}")
                assert text and text != getattr(guide, f"{field}_en")
        assert guide.related.exists()
    assert HelpContact.objects.filter(name__startswith="OTIT").exists()


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_guide_renders_in_every_language_with_no_english_left(client, guides, lang):
    for guide in Guide.objects.all():
        response = client.get(f"/{lang}/guides/{guide.slug}/")
        assert response.status_code == 200
        html = response.content.decode()
        assert escape(getattr(guide, f"title_{lang}")) in html
        if lang != "en":
            assert escape(guide.title_en) not in html and escape(guide.summary_en) not in html
            with translation.override(lang):
                assert gettext("Read also") in html


def test_the_help_guide_lists_contacts_and_says_when_they_were_checked(client, guides):
    html = client.get("/en/guides/get-help/").content.decode()
    assert "JP-MIRAI Assist" in html and "https://www.otit.go.jp/" in html
    assert html.count("Details checked on") == HelpContact.objects.count()
    assert "Details not checked yet" not in html


def test_guide_text_is_escaped_and_lists_are_lists(client, guides):
    guide = Guide.objects.get(slug="before-signing")
    guide.body_en = "First <b>line</b>\n\n- one\n- two"
    guide.save()
    html = client.get("/en/guides/before-signing/").content.decode()
    assert "&lt;b&gt;line&lt;/b&gt;" in html and "<ul><li>one</li><li>two</li></ul>" in html


def test_a_short_guide_link_redirects_to_the_readers_language(client, guides):
    response = client.get("/g/pregnancy-rights/", headers={"accept-language": "km"})
    assert response["Location"] == "/km/guides/pregnancy-rights/"
    assert client.get("/g/nope/").status_code == 404


def test_guides_stay_light_and_print_cleanly(client, guides):
    import gzip

    from django.contrib.staticfiles import finders

    with open(finders.find("css/site.css"), "rb") as handle:
        css = handle.read()
    assert b"@media print" in css
    # What a phone downloads: the page and the stylesheet travel gzipped (the
    # page cache and whitenoise), and Khmer text takes three bytes a letter.
    sizes = {}
    for lang in ["km", "vi", "ja"]:
        for slug in Guide.objects.values_list("slug", flat=True):
            page = client.get(f"/{lang}/guides/{slug}/").content
            sizes[lang, slug] = len(gzip.compress(page)) + len(gzip.compress(css))
    assert max(sizes.values()) < 10_000, sizes


def test_the_agency_profile_and_the_fee_check_link_to_guides(client, guides, make_agency):
    agency = make_agency(slug="linked")
    assert "/en/guides/check-licence/" in client.get("/en/agencies/linked/").content.decode()
    assert (
        "/en/guides/before-signing/"
        in client.get(
            "/en/check/",
            {
                "o": "KH",
                "programme": "titp",
                "sector": "titp-construction",
                "m": "36",
                "t": "5",
                "tc": "USD",
            },
        ).content.decode()
    )
    del agency
