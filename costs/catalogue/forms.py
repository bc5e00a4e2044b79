"""Form pieces every feature shares: a programme with its sector, a currency
with a known rate, and lines of amounts that grow without JavaScript."""

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from ..models import MissingRate, rate_on
from .countries import currency_choices


class SectorInProgrammeMixin:
    """A form with a programme and a sector: the sector must belong to the programme."""

    def clean(self):
        cleaned = super().clean()
        programme, sector = cleaned.get("programme"), cleaned.get("sector")
        if programme and sector and not sector.belongs_to(programme):
            self.add_error("sector", _("This sector is not part of the chosen programme."))
        return cleaned


class CurrencyField(forms.ChoiceField):
    """A currency the portal can convert today: a rate must exist for it."""

    def __init__(self, **kwargs):
        super().__init__(choices=currency_choices, **kwargs)

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
