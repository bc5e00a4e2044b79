"""The printed fee card's way back to the portal: its short link and a QR code of it."""

import segno
from django.conf import settings
from django.http import QueryDict
from django.urls import reverse
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe


def short_link(query: QueryDict) -> str:
    """The absolute /c/ link that reopens this check in the reader's language.

    It is built on SITE_URL, not on the host that served the page, so a printed
    card points at the portal's public address; empty fields are left out to keep
    the link, and so its QR code, small enough to scan from paper."""
    kept = QueryDict(mutable=True)
    for key, values in query.lists():
        values = [value for value in values if value]
        if values and key != "edit":
            kept.setlist(key, values)
    path = reverse("short_check")
    return f"{settings.SITE_URL}{path}?{kept.urlencode()}" if kept else f"{settings.SITE_URL}{path}"


def qr_svg(text: str, title: str) -> SafeString:
    """The QR code of `text` as inline SVG: no image to fetch, no JavaScript, sharp
    at any print size. Medium error correction survives a crease or a smudge.
    Empty when the text is too long for a QR code."""
    try:
        code = segno.make(text, error="m", micro=False)
    except segno.DataOverflowError:
        return mark_safe("")  # longer than any QR code holds: the card keeps the link
    svg = code.svg_inline(scale=1, border=4, omitsize=True, title=title, svgclass="qr")
    # Named for screen readers: the title alone is not announced without a role.
    named = svg.replace("<svg ", f'<svg role="img" aria-label="{escape(title)}" ', 1)
    return mark_safe(named)  # segno escapes the title; escape() the label
