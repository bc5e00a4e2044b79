from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .models import CostCategory, Country, MissingRate, Payer, Programme, Sector, rate_on
from .numbers import AmountField, WholeNumberField
from .selectors import COMPARE_SORTS


class SectorInProgrammeMixin:
    """A form with a programme and a sector: the sector must belong to the programme."""

    def clean(self):
        cleaned = super().clean()
        programme, sector = cleaned.get("programme"), cleaned.get("sector")
        if programme and sector and not sector.belongs_to(programme):
            self.add_error("sector", _("This sector is not part of the chosen programme."))
        return cleaned


class CompareFilterForm(SectorInProgrammeMixin, forms.Form):
    """The compare page's filters. Read from the query string; a bad value is
    ignored (and the page says so) rather than failing the page."""

    origin = forms.ModelChoiceField(
        label=_("From"),
        queryset=Country.objects.filter(is_origin=True),
        to_field_name="code",
        required=False,
        empty_label=_("Cambodia and Vietnam"),
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


def currency_choices():
    return [
        ("USD", _("US dollar (USD)")),
        ("KHR", _("Cambodian riel (KHR)")),
        ("VND", _("Vietnamese dong (VND)")),
        ("JPY", _("Japanese yen (JPY)")),
    ]


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


class DisclosureForm(SectorInProgrammeMixin, forms.Form):
    programme = forms.ModelChoiceField(
        label=_("Programme"), queryset=Programme.objects.all(), to_field_name="code"
    )
    sector = forms.ModelChoiceField(
        label=_("Job sector"), queryset=Sector.objects.all(), to_field_name="code"
    )
    contract_months = WholeNumberField(
        label=_("Contract length (months)"), min_value=1, max_value=120
    )
    offered_wage = AmountField(label=_("Offered monthly wage"))
    wage_currency = CurrencyField(label=_("Wage currency"), initial="JPY")

    def __init__(self, *args, fixed_group: bool = False, **kwargs):
        super().__init__(*args, **kwargs)
        if fixed_group:
            # A draft keeps its programme and sector; a new one is started for another.
            self.fields["programme"].disabled = True
            self.fields["sector"].disabled = True


class ItemForm(forms.Form):
    category = forms.ModelChoiceField(
        label=_("Cost"), queryset=CostCategory.objects.all(), to_field_name="code"
    )
    amount = AmountField(label=_("Amount"))
    currency = CurrencyField(label=_("Currency"))
    payer = forms.ChoiceField(label=_("Who pays"), choices=Payer.choices)
    note = forms.CharField(label=_("Note"), max_length=300, required=False)


class BaseItemFormSet(forms.BaseFormSet):
    def clean(self):
        if any(self.errors):
            return
        seen, lines = set(), 0
        for form in self.forms:
            if not form.has_changed() or self._should_delete_form(form):
                continue
            lines += 1
            key = (form.cleaned_data["category"], form.cleaned_data["payer"])
            if key in seen:
                form.add_error(
                    "category",
                    _("This cost is already listed for the same payer. Put it on one line."),
                )
            seen.add(key)
        if lines == 0:
            raise forms.ValidationError(_("Add at least one cost line."), code="no_items")

    def items(self) -> list[dict]:
        return [
            {k: v for k, v in form.cleaned_data.items() if k != "DELETE"}
            for form in self.forms
            if form.has_changed() and not self._should_delete_form(form)
        ]


ItemFormSet = forms.formset_factory(
    ItemForm, formset=BaseItemFormSet, extra=0, can_delete=True, max_num=40, validate_max=True
)


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


def items_formset(data=None, initial=None, add_line: bool = False) -> BaseItemFormSet:
    return lines_formset(ItemFormSet, data, initial, add_line=add_line, blank=3)


class WithdrawForm(forms.Form):
    reason = forms.CharField(
        label=_("Why are these fees withdrawn?"),
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=1000,
    )
