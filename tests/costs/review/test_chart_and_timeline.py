"""The reviewer's chart reads on a phone, and the timeline says what changed."""

import re
from decimal import Decimal

from django.utils import translation
from hypothesis import given
from hypothesis import strategies as st

from costs.catalogue.money import money
from costs.review import services
from costs.review.charts import GAP, LEFT, RIGHT, TEXT, paid_vs_disclosed, place_labels


def labels(svg: str) -> list[tuple[str, float, float]]:
    """(text, x, y) of every label of a marked figure."""
    return [
        (text, float(x), float(y))
        for x, y, text in re.findall(
            r'<text x="([\d.]+)" y="([\d.]+)" class="(?:disclosed|median|p75)"[^>]*>([^<]+)<', svg
        )
    ]


@given(st.lists(st.tuples(st.floats(LEFT, RIGHT), st.floats(10, 120)), max_size=6))
def test_labels_placed_on_one_row_never_touch(marks):
    placed = place_labels(marks)
    spans = {}
    for (_x, width), (row, at, anchor) in zip(marks, placed, strict=True):
        start = at if anchor == "start" else at - width
        assert start >= LEFT and start + width <= RIGHT
        spans.setdefault(row, []).append((start, start + width))
    for row in spans.values():
        row.sort()
        assert all(a[1] + GAP <= b[0] + 1e-9 for a, b in zip(row, row[1:], strict=False))


def test_a_median_and_75th_percentile_close_together_are_stacked_not_overlapping():
    svg = str(paid_vs_disclosed([Decimal(v) for v in (1400, 1500, 1520, 1600)],
                                Decimal(900), Decimal(1500), Decimal(1520)))  # fmt: skip
    found = labels(svg)
    assert len(found) == 3
    median, p75 = found[1], found[2]
    assert median[2] != p75[2], "two labels this close go on separate rows"
    assert f'font-size="{TEXT}"' in svg and TEXT >= 12
    assert 'width="288"' in svg  # drawn at its size on a phone, not scaled down


def test_the_axis_shows_round_values_from_zero():
    with translation.override("en"):
        svg = str(paid_vs_disclosed([Decimal(2300), Decimal(4100)], Decimal(3000), None, None))
    ticks = re.findall(r'class="tick"[^>]*>([^<]+)<', svg)
    assert ticks[0] == "$0" and len(ticks) >= 3
    values = [Decimal(t.strip("$").replace(",", "")) for t in ticks]
    step = values[1] - values[0]
    assert all(b - a == step for a, b in zip(values, values[1:], strict=False))
    assert values[-1] >= 4100


def test_khmer_labels_stay_apart_too():
    with translation.override("km"):
        svg = str(
            paid_vs_disclosed([Decimal(1000)] * 5, Decimal(1000), Decimal(1010), Decimal(1020))
        )
    assert len({y for _text, _x, y in labels(svg)}) == 3


def test_the_flag_page_lists_the_charted_figures_in_a_table(client, ngo, flagged):
    client.force_login(ngo)
    html = client.get(f"/en/review/flags/{flagged.beta.pk}/").content.decode()
    table = re.search(r'<table class="chart-figures">.*?</table>', html, flags=re.S)
    assert table and "Disclosed" in table.group(0)
    with translation.override("en"):
        assert money(Decimal(950), "USD") in table.group(0)


def test_every_timeline_entry_says_what_changed(client, ngo, flagged):
    flag = flagged.beta
    services.flag_take(flag=flag, by=ngo)
    services.flag_close(flag=flag, by=ngo, status="resolved", note="Refunded.")
    services.flag_reopen(flag=flag, by=ngo, note="It happened again.")
    services.flag_take(flag=flag, by=ngo)
    client.force_login(ngo)
    html = client.get(f"/en/review/flags/{flag.pk}/").content.decode()
    timeline = re.search(r'<ul class="timeline">(.*?)</ul>\s*<form', html, flags=re.S).group(1)
    entries = [re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", e)).strip()
               for e in re.findall(r"<li><strong>(.*?)</li>\s*(?=<li><strong>|$)", timeline, flags=re.S)]  # fmt: skip
    assert "status: open → under review" in timeline
    assert "status: under review → resolved" in timeline
    assert "status: resolved → open" in timeline
    status_entries = [e for e in entries if e.startswith("Status changed")]
    assert len(status_entries) == 3
    # Entries of the same kind each say from what to what.
    assert all(re.search(r"status: [a-z ]+ → [a-z ]+", e) for e in status_entries)
    reopened = [e for e in entries if e.startswith("Reopened")]
    assert reopened and "status: resolved → open" in reopened[0]


def test_an_assignment_says_who_it_passed_from_and_to(client, ngo, flagged, django_user_model):
    flag = flagged.beta
    colleague = django_user_model.objects.create_user(
        username="dara", email="dara@example.org", password="pw"
    )
    everyone = django_user_model.objects.all()
    services.flag_assign(flag=flag, by=ngo, assignee=ngo, allowed=everyone)
    services.flag_assign(flag=flag, by=ngo, assignee=colleague, allowed=everyone)
    client.force_login(ngo)
    html = client.get(f"/en/review/flags/{flag.pk}/").content.decode()
    assert f"assigned to: {ngo}" in html
    assert f"assigned to: {ngo} → {colleague}" in html
