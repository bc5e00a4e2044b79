"""The compare and fee check lists are drawn by PlainSelect: a visitor gets the
same list, the same choice kept and the same grouping as Django's own select."""

import pytest
from django import forms
from django.test.html import parse_html

from costs.catalogue.forms import PlainSelect, sector_choices
from costs.public.forms import CompareFilterForm

CHOICES = [
    ("", "All <sectors>"),
    ("TITP", [("construction", "Construction & building"), ("care", 'Care "work"')]),
    ("SSW", [("food", "Food")]),
]


@pytest.mark.parametrize("value", [None, "", "care", "food", "unknown"])
def test_the_list_is_the_html_of_djangos_select(value):
    attrs = {"id": "id_sector", "required": True, "aria-describedby": "hint"}
    plain = PlainSelect(choices=CHOICES).render("sector", value, attrs)
    django = forms.Select(choices=CHOICES).render("sector", value, attrs)
    assert parse_html(plain) == parse_html(django)
    assert "&lt;sectors&gt;" in plain  # labels are escaped


@pytest.mark.django_db
def test_the_compare_form_keeps_the_chosen_sector_in_its_group(cast):
    form = CompareFilterForm({"sector": "construction"})
    html = str(form["sector"])
    assert form.fields["sector"].widget.__class__ is PlainSelect
    expected = forms.Select(choices=sector_choices(None, "All sectors")).render(
        "sector", "construction", {"id": "id_sector"}
    )
    assert parse_html(html) == parse_html(expected)
    assert '<option value="construction" selected>' in html
