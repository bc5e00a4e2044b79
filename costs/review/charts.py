"""Small server-rendered SVG charts: no chart library, no JavaScript.

They are drawn at a fixed size that fits a card on a 360 px phone, so text set
at 13 px stays 13 px (a scaled viewBox shrank it to 9 px), and every label is
placed by its computed width: labels that would touch go on separate rows."""

import unicodedata
from decimal import ROUND_CEILING, Decimal

from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _

from ..catalogue.money import money

WIDTH = 288  # px: fits inside a card on a 360 px screen
LEFT, RIGHT = 8, 280
TEXT = 13  # px: the smallest text a reviewer reads on a phone
ROW = 18  # px between stacked label rows
GAP = 8  # px: the least room between two labels
DOTS = 50  # px: the band the report dots are spread over


def text_width(text: str, size: float = TEXT) -> float:
    """A generous estimate of how wide `text` is drawn: a label estimated too
    wide only moves to another row, one estimated too narrow would overlap."""
    width, after_coeng = 0.0, False
    for char in text:
        kind = unicodedata.category(char)
        if after_coeng or kind in ("Mn", "Me", "Cf"):
            pass  # marks above or below, and Khmer subscript consonants
        elif unicodedata.east_asian_width(char) in ("W", "F"):
            width += 1.0
        elif "\u1780" <= char <= "\u17ff":
            width += 0.5 if kind == "Mc" else 0.8
        else:
            width += 0.62
        after_coeng = char == "\u17d2"
    return width * size


def _n(value: float) -> str:
    # format_html escapes its arguments into text: numbers are formatted here.
    return f"{value:.1f}"


def marked_figures(
    disclosed: Decimal | None, median: Decimal | None, p75: Decimal | None
) -> list[tuple[str, str, Decimal]]:
    """The figures the chart marks, as (css class, label, amount): the same rows
    for the chart and for the table under it."""
    rows = [
        ("disclosed", _("disclosed"), disclosed),
        ("median", _("median"), median),
        ("p75", _("75th percentile"), p75),
    ]
    return [(css, label, value) for css, label, value in rows if value is not None]


def _scale(highest: Decimal) -> tuple[Decimal, list[Decimal]]:
    """A round top and the tick values from 0, as many as fit side by side."""
    highest = max(highest, Decimal(1))
    for exponent in range(0, 12):
        for base in (1, 2, 5):
            step = Decimal(base) * Decimal(10) ** exponent
            intervals = int((highest / step).to_integral_value(ROUND_CEILING))
            ticks = [step * i for i in range(intervals + 1)]
            widest = max(text_width(money(tick, "USD")) for tick in ticks)
            # The end labels are anchored inside the plot, so the two next to
            # them need half a label more of room.
            if intervals and (RIGHT - LEFT) / intervals >= 1.5 * widest + GAP:
                return ticks[-1], ticks
    return highest, [Decimal(0), highest]


def place_labels(marks: list[tuple[float, float]]) -> list[tuple[int, float, str]]:
    """Rows and positions for labels of `width` at `x`, in the order given:
    (row, text x, text-anchor). A label starts just right of its line, or ends
    just left of it near the right edge; one that would touch a label already
    placed on a row goes to the next row."""
    placed: list[list[tuple[float, float]]] = []
    result = []
    for x, width in marks:
        if x + 3 + width <= RIGHT:
            start, anchor, at = x + 3, "start", x + 3
        elif x - 3 - width >= LEFT:
            start, anchor, at = x - 3 - width, "end", x - 3
        else:
            start, anchor, at = LEFT, "start", LEFT
        span = (start, start + width)
        row = next(
            (
                row
                for row, spans in enumerate(placed)
                if all(span[0] >= end + GAP or span[1] + GAP <= begin for begin, end in spans)
            ),
            len(placed),
        )
        if row == len(placed):
            placed.append([])
        placed[row].append(span)
        result.append((row, at, anchor))
    return result


def paid_vs_disclosed(
    paid: list[Decimal], disclosed: Decimal | None, median: Decimal | None, p75: Decimal | None
) -> SafeString:
    """What each accepted report's worker paid (a dot each), against the disclosed
    amount (a solid line), with the median and 75th percentile marked (dashed),
    over an axis of US dollars with its values."""
    figures = marked_figures(disclosed, median, p75)
    top, ticks = _scale(max([*paid, *(value for _c, _l, value in figures), Decimal(0)]))

    def x(value) -> float:
        return LEFT + float(value) / float(top) * (RIGHT - LEFT)

    texts = [f"{label} {money(value, 'USD')}" for _css, label, value in figures]
    order = sorted(range(len(figures)), key=lambda i: x(figures[i][2]))
    placed = dict(
        zip(
            order,
            place_labels([(x(figures[i][2]), text_width(texts[i])) for i in order]),
            strict=True,
        )
    )
    rows = 1 + max((row for row, _at, _anchor in placed.values()), default=0)
    dots_top = rows * ROW + 10
    axis = dots_top + DOTS + 6
    height = axis + TEXT + 10

    # Dots spread over rows by their order, so hundreds of reports stay visible.
    dots = format_html_join(
        "",
        '<circle cx="{}" cy="{}" r="3" class="dot" fill="#9a3412" fill-opacity=".5"/>',
        (
            (_n(x(value)), dots_top + 4 + (index * 37) % (DOTS - 4))
            for index, value in enumerate(sorted(paid))
        ),
    )
    lines = []
    for i, (css, _label, value) in enumerate(figures):
        row, at, anchor = placed[i]
        baseline = (row + 1) * ROW
        lines.append(
            format_html(
                '<line x1="{x}" x2="{x}" y1="{y1}" y2="{y2}" class="{css}"/>'
                '<text x="{at}" y="{y}" class="{css}" text-anchor="{anchor}" stroke="#fff" '
                'stroke-width="3" paint-order="stroke">{text}</text>',
                x=_n(x(value)),
                y1=baseline - TEXT + 2,
                y2=axis,
                css=css,
                at=_n(at),
                y=baseline,
                anchor=anchor,
                text=texts[i],
            )
        )
    last = len(ticks) - 1
    scale = format_html_join(
        "",
        '<line x1="{0}" x2="{0}" y1="{1}" y2="{2}" class="axis"/>'
        '<text x="{0}" y="{3}" class="tick" text-anchor="{4}" fill="#5a6470">{5}</text>',
        (
            (
                _n(x(tick)),
                axis,
                axis + 4,
                axis + TEXT + 4,
                "start" if i == 0 else "end" if i == last else "middle",
                money(tick, "USD"),
            )
            for i, tick in enumerate(ticks)
        ),
    )
    empty = (
        ""
        if paid
        else format_html(
            '<text x="{}" y="{}">{}</text>',
            LEFT,
            dots_top + DOTS // 2,
            _("No accepted reports yet."),
        )
    )
    return format_html(
        '<svg class="chart" width="{w}" height="{h}" viewBox="0 0 {w} {h}" font-size="{size}" '
        'role="img" aria-label="{label}">'
        '<line x1="{left}" x2="{right}" y1="{axis}" y2="{axis}" class="axis"/>'
        "{scale}{dots}{lines}{empty}</svg>",
        w=WIDTH,
        h=height,
        size=TEXT,
        left=LEFT,
        right=RIGHT,
        axis=axis,
        label=_("What each worker paid, in US dollars, against what the agency disclosed"),
        scale=scale,
        dots=dots,
        lines=mark_safe("".join(lines)),
        empty=empty,
    )


def bars(rows: list[tuple[str, int]], label: str = "") -> SafeString:
    """Horizontal bars with their labels and counts, text at 13 px; `label`
    names the chart for screen readers."""
    if not rows:
        return mark_safe("")
    top = max(count for _label, count in rows) or 1
    step = TEXT + 11
    items = format_html_join(
        "",
        '<g transform="translate(0,{})"><rect x="0" y="2" width="{}" height="{}" class="bar"/>'
        '<text x="4" y="{}">{} · {}</text></g>',
        (
            (step * i, _n(max(count / top * WIDTH, 2)), step - 4, TEXT + 3, label, count)
            for i, (label, count) in enumerate(rows)
        ),
    )
    return format_html(
        '<svg class="bars" width="{w}" height="{h}" viewBox="0 0 {w} {h}" font-size="{size}" '
        'role="img" aria-label="{label}">{items}</svg>',
        w=WIDTH,
        h=step * len(rows),
        size=TEXT,
        label=label,
        items=items,
    )
