"""What a slow phone is spared: the Khmer webfont is asked for early, only
on Khmer pages, and a fallback drawn to its metrics holds the layout."""

import re
from pathlib import Path

from django.conf import settings
from django.contrib.staticfiles import finders


def preloads(html: str) -> list[str]:
    return re.findall(
        r'<link rel="preload" href="([^"]+)" as="font" type="font/woff2" crossorigin>', html
    )


def test_khmer_pages_preload_both_webfont_weights(client, cast):
    links = preloads(client.get("/km/compare/").content.decode())
    assert [link.rsplit("/", 1)[-1] for link in links] == [
        "noto-sans-khmer-khmer-400-normal.woff2",
        "noto-sans-khmer-khmer-700-normal.woff2",
    ]
    for link in links:
        # The files ship with the portal (collectstatic has not run in tests).
        assert finders.find(link.removeprefix(settings.STATIC_URL))


def test_other_languages_do_not_fetch_the_khmer_font(client, cast):
    for language in ["en", "vi", "ja"]:
        assert preloads(client.get(f"/{language}/compare/").content.decode()) == []


def test_the_fallback_font_is_drawn_to_the_webfont_s_metrics():
    css = Path(finders.find("css/site.css")).read_text(encoding="utf-8")
    fallback = re.search(r'@font-face\{font-family:"Khmer Fallback";[^}]*\}', css).group(0)
    for metric in ["size-adjust:", "ascent-override:", "descent-override:", "line-gap-override:"]:
        assert metric in fallback
    assert '"Noto Sans Khmer","Khmer Fallback"' in css
