"""Server-rendered SVG charts of corridor figures over the years: no
JavaScript, no style sheet of their own (presentation attributes only, which
the CSP allows), a fixed size that fits a 360 px phone, text of 13 px."""

from decimal import ROUND_CEILING, Decimal

from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString, mark_safe

from .. import privacy

# 288 px fits inside a card on a 360 px screen (the page's and the card's margins).
WIDTH, HEIGHT = 288, 180
LEFT, RIGHT, TOP, BOTTOM = 78, 10, 14, 28  # room for the labels ("3.500 US$" at 13 px)
TEXT = 13  # px: the smallest text on the page stays readable
INK, MUTED, BAND, POINT = "#1b1f24", "#5a6470", "#bfdbfe", "#1d4ed8"


def _n(value: float) -> str:
    # format_html escapes its arguments into text first: numbers are formatted here.
    return f"{value:.1f}"


def trend(
    points: list[tuple[int, privacy.Amount | None]], label: str, formatter, step: Decimal
) -> SafeString:
    """One public amount per year: a band as a shaded bar from low to high, a
    rounded point as a dot. Years without a figure are left empty. The scale
    runs from 0 to a round figure (a multiple of `step`)."""
    shown = [(year, amount) for year, amount in points if amount is not None]
    if not shown:
        return mark_safe("")
    years = [year for year, _amount in points]
    first, last = min(years), max(years)
    highest = max(amount.high for _year, amount in shown)
    top = max((highest / step).to_integral_value(ROUND_CEILING), Decimal(1)) * step
    if top == highest:
        top += step  # a point at the very top would sit on the frame
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM
    slot = plot_w / (last - first + 1)

    def x(year) -> float:
        return LEFT + slot * (year - first + 0.5)

    def y(value) -> float:
        return TOP + plot_h * (1 - float(value) / float(top))

    marks = []
    for year, amount in shown:
        if amount.is_band:
            marks.append(
                format_html(
                    '<rect x="{}" y="{}" width="{}" height="{}" fill="{}" stroke="{}"/>',
                    _n(x(year) - min(slot * 0.3, 14)),
                    _n(y(amount.high)),
                    _n(min(slot * 0.6, 28)),
                    _n(max(y(amount.low) - y(amount.high), 2)),
                    BAND,
                    POINT,
                )
            )
        else:
            marks.append(
                format_html(
                    '<circle cx="{}" cy="{}" r="5" fill="{}"/>',
                    _n(x(year)),
                    _n(y(amount.low)),
                    POINT,
                )
            )
    # Every year labelled when they fit, else every other one.
    step = 1 if slot >= 34 else 2
    ticks = format_html_join(
        "",
        '<text x="{}" y="{}" font-size="{}" fill="{}" text-anchor="middle">{}</text>',
        (
            (_n(x(year)), HEIGHT - 8, TEXT, MUTED, year)
            for year in range(first, last + 1)
            if (year - first) % step == 0
        ),
    )
    scale = format_html(
        '<text x="{left}" y="{top}" font-size="{size}" fill="{muted}" text-anchor="end">{high}</text>'
        '<text x="{left}" y="{bottom}" font-size="{size}" fill="{muted}" text-anchor="end">{low}</text>'
        '<line x1="{axis}" x2="{right}" y1="{base}" y2="{base}" stroke="{muted}"/>'
        '<line x1="{axis}" x2="{axis}" y1="{ceiling}" y2="{base}" stroke="{muted}"/>',
        left=LEFT - 6,
        top=TOP + TEXT - 2,
        bottom=TOP + plot_h,
        size=TEXT,
        muted=MUTED,
        high=formatter(top),
        low=formatter(Decimal(0)),
        axis=LEFT,
        right=WIDTH - RIGHT,
        base=TOP + plot_h,
        ceiling=TOP,
    )
    return format_html(
        '<svg width="{w}" height="{h}" viewBox="0 0 {w} {h}" role="img" aria-label="{label}" '
        'font-family="system-ui, sans-serif" fill="{ink}"><title>{label}</title>{scale}{marks}{ticks}</svg>',
        w=WIDTH,
        h=HEIGHT,
        label=label,
        ink=INK,
        scale=scale,
        marks=mark_safe("".join(marks)),
        ticks=ticks,
    )
