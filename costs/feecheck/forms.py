"""The fee check form. It travels in the link (GET), with short names to keep
the link short enough to share by message."""

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from agencies.models import Agency, searchable

from ..catalogue.amounts import AmountField, WholeNumberField
from ..catalogue.countries import currency_choices
from ..catalogue.forms import PlainSelect, SectorInProgrammeMixin
from ..models import CostCategory, Country, Programme, Sector
from ..reports.forms import MonthField

LINES = 4


class FeeCheckForm(SectorInProgrammeMixin, forms.Form):
    o = forms.ModelChoiceField(
        label=_("You leave from"),
        queryset=Country.objects.filter(is_origin=True),
        to_field_name="code",
        empty_label=None,
        widget=PlainSelect,
    )
    programme = forms.ModelChoiceField(
        label=_("Programme"),
        queryset=Programme.objects.all(),
        to_field_name="code",
        empty_label=_("Choose your programme"),
        widget=PlainSelect,
    )
    sector = forms.ModelChoiceField(
        label=_("Job sector"),
        queryset=Sector.objects.all(),
        to_field_name="code",
        empty_label=_("Choose your job sector"),
        widget=PlainSelect,
    )
    m = WholeNumberField(
        label=_("Contract length (months)"), min_value=1, max_value=120, initial=36
    )
    agency = forms.CharField(
        label=_("Agency (name or licence number, if you know it)"), max_length=200, required=False
    )
    t = AmountField(label=_("Total you were asked to pay"), required=False)
    tc = forms.ChoiceField(
        label=_("Currency"), choices=currency_choices, required=False, widget=PlainSelect
    )
    # Fee limits in months of wages count the basic wage of the contract.
    w = AmountField(
        label=_("Basic monthly wage in your contract (if you know it)"),
        help_text=_(
            "The wage written in the contract, without overtime or allowances. "
            "Fee limits are counted in months of this wage."
        ),
        required=False,
    )
    wc = forms.ChoiceField(
        label=_("Currency of the wage"),
        choices=currency_choices,
        initial="JPY",
        required=False,
        widget=PlainSelect,
    )
    # The rules in force then judge the fee: a payment of 2023 by the rules of 2023.
    d = MonthField(
        label=_("When did you pay? (month, if you already paid)"),
        help_text=_("Leave it empty to check by the rules of today."),
        required=False,
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # One read of the catalogue's currencies for the form's six currency
        # lists, and one of the categories for its four lines.
        currencies = currency_choices()
        self.fields["tc"].choices = self.fields["wc"].choices = currencies
        categories = None
        for number in range(1, LINES + 1):
            field = self.fields[f"c{number}"] = forms.ModelChoiceField(
                label=_("What for?"),
                queryset=CostCategory.objects.all(),
                to_field_name="code",
                required=False,
                empty_label=_("Choose what it is for"),
                widget=PlainSelect,
            )
            if categories is None:
                categories = list(field.choices)
            field.widget.choices = categories
            self.fields[f"a{number}"] = AmountField(label=_("Amount"), required=False)
            self.fields[f"u{number}"] = forms.ChoiceField(
                label=_("Currency"), choices=currencies, required=False, widget=PlainSelect
            )
        self.agency_found = None
        self.agency_choices = []

    @property
    def line_rows(self):
        return [(self[f"c{n}"], self[f"a{n}"], self[f"u{n}"]) for n in range(1, LINES + 1)]

    def clean_agency(self):
        text = self.cleaned_data["agency"].strip()
        if not text:
            return None
        exact = Agency.objects.filter(slug=text).first()
        if exact:
            return exact
        matches = list(
            Agency.objects.filter(search_text__contains=searchable(text)).order_by("name")[:6]
        )
        if len(matches) == 1:
            return matches[0]
        if matches:
            self.agency_choices = matches
            raise forms.ValidationError(_("Several agencies match. Choose yours below."))
        raise forms.ValidationError(_("No agency with this name or licence number is listed."))

    def clean(self):
        cleaned = super().clean()
        lines = []
        for number in range(1, LINES + 1):
            category, amount = cleaned.get(f"c{number}"), cleaned.get(f"a{number}")
            currency = cleaned.get(f"u{number}") or ""
            if amount is None and category is None:
                continue
            if amount is None or category is None or not currency:
                self.add_error(
                    f"a{number}", _("Give what it was for, the amount and the currency.")
                )
                continue
            lines.append({"category": category, "amount": amount, "currency": currency})
        total = cleaned.get("t")
        if total is not None and lines:
            self.add_error("t", _("Give either one total or the separate amounts, not both."))
        elif total is not None:
            if not cleaned.get("tc"):
                self.add_error("tc", _("Choose the currency."))
            lines = [{"category": None, "amount": total, "currency": cleaned.get("tc")}]
        elif not lines and not self.errors:
            raise forms.ValidationError(_("Write how much you were asked to pay."))
        if cleaned.get("w") is not None and cleaned["w"] <= 0:
            self.add_error("w", _("Write the wage you were promised; it cannot be zero."))
        paid = cleaned.get("d")
        if paid is not None and paid > timezone.localdate():
            self.add_error("d", _("The month you paid cannot be in the future."))
        cleaned["lines"] = lines
        return cleaned
