"""Small server-rendered SVG charts: no chart library, no JavaScript."""

from decimal import Decimal

from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _

from ..catalogue.money import money

WIDTH, HEIGHT, PAD = 320, 120, 12


def paid_vs_disclosed(
    paid: list[Decimal], disclosed: Decimal | None, median: Decimal | None, p75: Decimal | None
) -> SafeString:
    """What each accepted report's worker paid (a dot each), against the disclosed
    amount (a solid line), with the median and 75th percentile marked (dashed)."""
    marks = [v for v in (disclosed, median, p75) if v is not None]
    top = max([*paid, *marks, Decimal(1)]) * Decimal("1.05")

    def x(value) -> str:
        return f"{PAD + float(value) / float(top) * (WIDTH - 2 * PAD):.1f}"

    # Dots spread over rows by their order, so hundreds of reports stay visible.
    dots = format_html_join(
        "",
        '<circle cx="{}" cy="{}" r="3" class="dot"/>',
        ((x(value), 30 + (index * 37) % 50) for index, value in enumerate(sorted(paid))),
    )
    lines = []
    for value, css, label in [
        (disclosed, "disclosed", _("disclosed")),
        (median, "median", _("median")),
        (p75, "p75", _("75th percentile")),
    ]:
        if value is not None:
            lines.append(
                format_html(
                    '<line x1="{x}" x2="{x}" y1="18" y2="{bottom}" class="{css}"/>'
                    '<text x="{x}" y="{y}" class="{css}">{label} {amount}</text>',
                    x=x(value),
                    bottom=HEIGHT - 22,
                    css=css,
                    y={"disclosed": 12, "median": HEIGHT - 10, "p75": HEIGHT - 1}[css],
                    label=label,
                    amount=money(value, "USD"),
                )
            )
    empty = (
        ""
        if paid
        else format_html('<text x="{}" y="60">{}</text>', PAD, _("No accepted reports yet."))
    )
    return format_html(
        '<svg class="chart" viewBox="0 0 {w} {h}" role="img" aria-label="{label}">'
        '<line x1="{p}" x2="{r}" y1="{b}" y2="{b}" class="axis"/>{dots}{lines}{empty}</svg>',
        w=WIDTH,
        h=HEIGHT,
        p=PAD,
        r=WIDTH - PAD,
        b=HEIGHT - 22,
        label=_("What each worker paid, in US dollars, against what the agency disclosed"),
        dots=dots,
        lines=mark_safe("".join(lines)),
        empty=empty,
    )


def bars(rows: list[tuple[str, int]]) -> SafeString:
    """Horizontal bars with their labels and counts."""
    if not rows:
        return mark_safe("")
    top = max(count for _label, count in rows) or 1
    height = 22 * len(rows)
    items = format_html_join(
        "",
        '<g transform="translate(0,{})"><rect x="0" y="2" width="{}" height="14" class="bar"/>'
        '<text x="4" y="13">{} · {}</text></g>',
        (
            (22 * i, f"{max(count / top * WIDTH, 2):.1f}", label, count)
            for i, (label, count) in enumerate(rows)
        ),
    )
    return format_html(
        '<svg class="bars" viewBox="0 0 {} {}" role="img">{}</svg>', WIDTH, height, items
    )
