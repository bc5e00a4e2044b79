from django import forms
from django.utils.translation import gettext_lazy as _

from ..catalogue.amounts import AmountField, WholeNumberField
from ..catalogue.forms import CurrencyField, LinesFormSet, SectorInProgrammeMixin, lines_formset
from ..models import CostCategory, Payer, Programme, Sector


class DisclosureForm(SectorInProgrammeMixin, forms.Form):
    programme = forms.ModelChoiceField(
        label=_("Programme"),
        queryset=Programme.objects.all(),
        to_field_name="code",
        empty_label=_("Choose the programme"),
    )
    sector = forms.ModelChoiceField(
        label=_("Job sector"),
        queryset=Sector.objects.all(),
        to_field_name="code",
        empty_label=_("Choose the job sector"),
    )
    contract_months = WholeNumberField(
        label=_("Contract length (months)"), min_value=1, max_value=120
    )
    offered_wage = AmountField(label=_("Offered monthly wage"))
    # Fee limits in months of wages count the basic wage (Law 69/2020/QH14 Art. 23(4)).
    basic_wage = AmountField(
        label=_("Basic monthly wage in the contract"),
        help_text=_(
            "The wage in the contract without overtime or allowances, in the same currency. "
            "Fee limits counted in months of wages use it; without it they count the offered wage."
        ),
        required=False,
    )
    wage_currency = CurrencyField(label=_("Wage currency"), initial="JPY")

    def __init__(self, *args, fixed_group: bool = False, **kwargs):
        super().__init__(*args, **kwargs)
        if fixed_group:
            # A draft keeps its programme and sector; a new one is started for another.
            self.fields["programme"].disabled = True
            self.fields["sector"].disabled = True


class ItemForm(forms.Form):
    category = forms.ModelChoiceField(
        label=_("Cost"),
        queryset=CostCategory.objects.all(),
        to_field_name="code",
        empty_label=_("Choose the cost"),
    )
    amount = AmountField(label=_("Amount"))
    currency = CurrencyField(label=_("Currency"), prompt=_("Choose the currency"))
    payer = forms.ChoiceField(
        label=_("Who pays"), choices=[("", _("Choose who pays")), *Payer.choices]
    )
    note = forms.CharField(label=_("Note"), max_length=300, required=False)


class BaseItemFormSet(LinesFormSet):
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
    ItemForm,
    formset=BaseItemFormSet,
    extra=0,
    can_delete=True,
    can_delete_extra=False,
    max_num=40,
    validate_max=True,
    absolute_max=40,
)


def items_formset(data=None, initial=None, add_line: bool = False) -> BaseItemFormSet:
    return lines_formset(ItemFormSet, data, initial, add_line=add_line, blank=3)


class WithdrawForm(forms.Form):
    reason = forms.CharField(
        label=_("Why are these fees withdrawn?"),
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=1000,
    )
