from django import forms
from django.utils.translation import gettext_lazy as _

from ..catalogue.forms import PlainSelect, SectorInProgrammeMixin
from ..models import Country, Programme, Sector
from .selectors import COMPARE_SORTS


class CompareFilterForm(SectorInProgrammeMixin, forms.Form):
    """The compare page's filters. Read from the query string; a bad value is
    ignored (and the page says so) rather than failing the page. Licensed
    agencies only unless the visitor asks for all."""

    origin = forms.ModelChoiceField(
        label=_("From"),
        queryset=Country.objects.filter(is_origin=True),
        to_field_name="code",
        required=False,
        empty_label=_("All countries"),
        widget=PlainSelect,
    )
    programme = forms.ModelChoiceField(
        label=_("Programme"),
        queryset=Programme.objects.all(),
        to_field_name="code",
        required=False,
        empty_label=_("All programmes"),
        widget=PlainSelect,
    )
    sector = forms.ModelChoiceField(
        label=_("Job sector"),
        queryset=Sector.objects.all(),
        to_field_name="code",
        required=False,
        empty_label=_("All sectors"),
        widget=PlainSelect,
    )
    all_agencies = forms.BooleanField(
        label=_("Also show agencies without a valid licence"), required=False
    )
    no_flags = forms.BooleanField(label=_("Only agencies with no problems found"), required=False)
    sort = forms.ChoiceField(
        label=_("Sort by"),
        choices=[("cost", _("Lowest worker cost first")), ("name", _("Agency name"))],
        required=False,
        widget=PlainSelect,
    )

    # What the empty page offers to loosen, by compare_rows' argument.
    LOOSEN = {
        "sector": _("Show every job sector"),
        "programme": _("Show every programme"),
        "no_open_flags": _("Also show agencies where problems were found"),
        "origin": _("Show agencies from every country"),
        "licensed_only": _("Also show agencies without a valid licence"),
    }
    # The query-string change that loosens each of them.
    LOOSEN_QUERY = {
        "sector": ({"sector"}, {}),
        "programme": ({"programme", "sector"}, {}),
        "no_open_flags": ({"no_flags"}, {}),
        "origin": ({"origin"}, {}),
        "licensed_only": (set(), {"all_agencies": "on"}),
    }

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

    @staticmethod
    def row_filters(filters: dict) -> dict:
        """compare_rows' arguments from the usable filters."""
        return {
            "origin": filters["origin"].code if "origin" in filters else None,
            "programme": filters.get("programme"),
            "sector": filters.get("sector"),
            "licensed_only": not filters.get("all_agencies", False),
            "no_open_flags": filters.get("no_flags", False),
            "sort": filters["sort"],
        }

    @classmethod
    def loosened(cls, query, name: str) -> tuple[str, str]:
        """(what the link says, its query string) for loosening one filter."""
        removed, added = cls.LOOSEN_QUERY[name]
        query = query.copy()
        for key in [*removed, "page"]:
            query.pop(key, None)
        for key, value in added.items():
            query[key] = value
        return str(cls.LOOSEN[name]), query.urlencode()
