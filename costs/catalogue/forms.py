"""Form pieces every feature shares: a programme with its sector, a currency
with a known rate, and lines of amounts that grow without JavaScript."""

from django import forms
from django.forms.utils import flatatt
from django.utils import timezone
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from ..models import MissingRate, Programme, Sector, rate_on
from .countries import currency_choices


class PlainSelect(forms.Select):
    """Django's select, drawn in Python instead of a template per option: the
    compare and fee check pages draw up to ten lists, one of forty sectors, on
    every visit, and the option templates took a fifth of the page's time
    (bench/pages.py). Same HTML (tests/costs/catalogue/test_plain_select.py)."""

    def render(self, name, value, attrs=None, renderer=None):
        widget = self.get_context(name, value, attrs)["widget"]
        html = [format_html('<select name="{}"{}>', widget["name"], flatatt(widget["attrs"]))]
        for group_name, options, _index in widget["optgroups"]:
            if group_name:
                html.append(format_html('<optgroup label="{}">', group_name))
            for option in options:
                html.append(
                    format_html(
                        '<option value="{}"{}>{}</option>',
                        option["value"],
                        flatatt(option["attrs"]),
                        option["label"],
                    )
                )
            if group_name:
                html.append("</optgroup>")
        html.append("</select>")
        return mark_safe("".join(html))


def sector_choices(programme: Programme | None, empty_label) -> list:
    """The sector list of a form: the chosen programme's sectors only, or, with
    no programme chosen yet, every sector grouped under its programme, so the
    list follows the programme without JavaScript. Read as plain values in the
    reader's language: the home and compare pages draw it on every visit."""
    choices = [("", empty_label)]
    if programme is not None:
        return choices + list(programme.sectors.values_list("code", "name"))
    by_programme = {}
    for programme_id, code, name in Sector.objects.values_list("programmes", "code", "name"):
        by_programme.setdefault(programme_id, []).append((code, name))
    for programme_id, short_name in Programme.objects.values_list("pk", "short_name"):
        if by_programme.get(programme_id):
            choices.append((short_name, by_programme[programme_id]))
    return choices


class SectorInProgrammeMixin:
    """A form with a programme and a sector: the sector must belong to the
    programme, and the sector list shows only the sectors that can be chosen."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields["sector"]
        field.widget.choices = sector_choices(self._chosen_programme(), field.empty_label)

    def _chosen_programme(self) -> Programme | None:
        try:
            return self.fields["programme"].to_python(self["programme"].value())
        except forms.ValidationError:
            return None

    def clean(self):
        cleaned = super().clean()
        programme, sector = cleaned.get("programme"), cleaned.get("sector")
        if programme and sector and not sector.belongs_to(programme):
            self.add_error("sector", _("This sector is not part of the chosen programme."))
        return cleaned


class CurrencyField(forms.ChoiceField):
    """A currency the portal can convert today: a rate must exist for it. With
    a `prompt`, the list opens on it (e.g. "Choose the currency") rather than on
    a currency nobody chose."""

    def __init__(self, *, prompt=None, **kwargs):
        if prompt is None:
            choices = currency_choices
        else:

            def choices():
                return [("", prompt), *currency_choices()]

        super().__init__(choices=choices, **kwargs)

    def validate(self, value):
        super().validate(value)
        if value:
            try:
                rate_on(value, timezone.localdate())
            except MissingRate:
                raise forms.ValidationError(
                    _("There is no exchange rate for %(currency)s yet, so it cannot be used."),
                    code="missing_rate",
                    params={"currency": value},
                ) from None


# Our own words for a line's delete box: Django's "Delete" is translated in a
# few languages with a misspelling (Khmer) or a word for erasing files.
REMOVE_LINE = pgettext_lazy("a line of amounts in a form", "Remove this line")


class LinesFormSet(forms.BaseFormSet):
    """Lines of amounts. Build it with `can_delete_extra=False`: the delete box
    is only on lines already saved, since a blank new line is simply left empty."""

    def add_fields(self, form, index):
        super().add_fields(form, index)
        if "DELETE" in form.fields:
            form.fields["DELETE"].label = REMOVE_LINE


def lines_formset(formset_class, data=None, initial=None, *, add_line=False, blank=3):
    """A formset of lines that grows without JavaScript: an "add another line"
    button posts the form back, and the page returns with one more blank line."""
    if data is not None and add_line:
        data = data.copy()
        try:
            total = int(data.get("items-TOTAL_FORMS", 0))
        except (TypeError, ValueError):
            total = 0
        data["items-TOTAL_FORMS"] = str(min(total + 1, formset_class.max_num))
    formset = formset_class(data, initial=initial, prefix="items")
    if data is None and not initial:
        formset.extra = blank
    return formset
