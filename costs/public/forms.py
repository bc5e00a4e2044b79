from django import forms
from django.utils.translation import gettext_lazy as _

from ..catalogue.forms import SectorInProgrammeMixin
from ..models import Country, Programme, Sector
from .selectors import COMPARE_SORTS


class CompareFilterForm(SectorInProgrammeMixin, forms.Form):
    """The compare page's filters. Read from the query string; a bad value is
    ignored (and the page says so) rather than failing the page."""

    origin = forms.ModelChoiceField(
        label=_("From"),
        queryset=Country.objects.filter(is_origin=True),
        to_field_name="code",
        required=False,
        empty_label=_("All countries"),
    )
    programme = forms.ModelChoiceField(
        label=_("Programme"),
        queryset=Programme.objects.all(),
        to_field_name="code",
        required=False,
        empty_label=_("All programmes"),
    )
    sector = forms.ModelChoiceField(
        label=_("Job sector"),
        queryset=Sector.objects.all(),
        to_field_name="code",
        required=False,
        empty_label=_("All sectors"),
    )
    licensed = forms.BooleanField(label=_("Licensed agencies only"), required=False)
    no_flags = forms.BooleanField(label=_("Agencies with no open flags only"), required=False)
    sort = forms.ChoiceField(
        label=_("Sort by"),
        choices=[("cost", _("Lowest worker cost first")), ("name", _("Agency name"))],
        required=False,
    )

    def usable_filters(self) -> tuple[dict, list[str]]:
        """The filters that validated, and the labels of those that were ignored."""
        self.is_valid()
        filters = {
            name: value
            for name, value in self.cleaned_data.items()
            if name not in self.errors and value not in (None, "")
        }
        if filters.get("sort") not in COMPARE_SORTS:
            filters["sort"] = "cost"
        ignored = [str(self.fields[name].label) for name in self.errors]
        return filters, ignored
