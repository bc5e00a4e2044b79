"""The worker report form: one page, in sections, usable without JavaScript."""

import datetime
import re
from decimal import Decimal

from django import forms
from django.db.models import Min
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from ..catalogue.amounts import AmountField, WholeNumberField, parse_amount
from ..catalogue.countries import origin_choices
from ..catalogue.forms import CurrencyField, LinesFormSet, SectorInProgrammeMixin, lines_formset
from ..catalogue.money import number
from ..models import (
    PROBLEM_FIELDS,
    CostCategory,
    ExchangeRate,
    Programme,
    ReportItem,
    Sector,
    WorkerReport,
)
from ..models.reference import USD

_TOTAL = WorkerReport._meta.get_field("worker_total_usd")
# The largest dollar amount a report stores (its total, wage and loan columns).
USD_MAX = Decimal(10) ** (_TOTAL.max_digits - _TOTAL.decimal_places) - Decimal("0.01")


def usd_at_most(amounts: list[tuple[Decimal, str]]) -> Decimal:
    """The most these (amount, currency) pairs can come to in dollars, at the
    lowest rate on record for each currency: the service converts at the rate
    of the month of departure, which is never lower, so a sum within USD_MAX
    here always fits the report's columns."""
    currencies = {currency for _amount, currency in amounts} - {USD}
    lowest = dict(
        ExchangeRate.objects.filter(currency__in=currencies, units_per_usd__gt=0)
        .values("currency")
        .annotate(rate=Min("units_per_usd"))
        .values_list("currency", "rate")
    )
    return sum((amount / lowest.get(currency, 1) for amount, currency in amounts), Decimal(0))


class AgencySearchForm(forms.Form):
    """The agency search box (report start, moderation queue): a name in any
    script or a licence number. A NUL character is refused by the field."""

    q = forms.CharField(required=False, strip=True)

    def clean_q(self):
        return self.cleaned_data["q"][:100]


class RejectForm(forms.Form):
    # The page's box takes 1000 characters; an empty reason is the service's to refuse.
    reason = forms.CharField(label=_("Reason for rejecting"), max_length=1000, required=False)


class MonthField(forms.Field):
    """A month, typed as 2024-05 (what a month picker sends) or 05/2024."""

    widget = forms.TextInput(attrs={"type": "month", "placeholder": "2024-05"})
    default_error_messages = {"invalid": _("Write the month like 2024-05.")}

    def to_python(self, value):
        if value in self.empty_values:
            return None
        text = str(value).strip().translate(str.maketrans("០១២៣៤៥៦៧៨៩", "0123456789"))
        match = re.fullmatch(r"(\d{4})-(\d{1,2})", text) or re.fullmatch(
            r"(\d{1,2})[/.](\d{4})", text
        )
        if not match:
            raise forms.ValidationError(self.error_messages["invalid"], code="invalid")
        first, second = match.groups()
        year, month = (int(first), int(second)) if len(first) == 4 else (int(second), int(first))
        try:
            return datetime.date(year, month, 1)
        except ValueError:
            raise forms.ValidationError(self.error_messages["invalid"], code="invalid") from None

    def prepare_value(self, value):
        return value.strftime("%Y-%m") if isinstance(value, datetime.date) else value


class PercentField(forms.CharField):
    """A percentage typed as text ("2.5", "2,5 %"); a stored one is shown in the
    language's own decimal mark, the same as its amounts."""

    def prepare_value(self, value):
        return number(value) if isinstance(value, Decimal) else value


class ReportForm(SectorInProgrammeMixin, forms.Form):
    agency_name_given = forms.CharField(
        label=_("Name of the agency, as you know it"), max_length=200, required=False
    )
    programme = forms.ModelChoiceField(
        label=_("Programme"),
        queryset=Programme.objects.all(),
        to_field_name="code",
        empty_label=_("Choose your programme"),
    )
    sector = forms.ModelChoiceField(
        label=_("Job sector"),
        queryset=Sector.objects.all(),
        to_field_name="code",
        empty_label=_("Choose your job sector"),
    )
    departure_month = MonthField(label=_("Month you left for Japan"))
    contract_months = WholeNumberField(
        label=_("Contract length (months)"), min_value=1, max_value=120
    )
    first_wage = AmountField(label=_("Your first month's wage in Japan"))
    # Fee limits in months of wages count the basic wage of the contract.
    basic_wage = AmountField(
        label=_("Basic monthly wage in your contract (if you know it)"),
        help_text=_(
            "The wage written in the contract, without overtime or allowances, in the same "
            "currency. Fee limits are counted in months of this wage."
        ),
        required=False,
    )
    wage_currency = CurrencyField(label=_("Wage currency"), initial="JPY")

    loan_amount = AmountField(label=_("How much did you borrow?"), required=False)
    loan_currency = CurrencyField(
        label=_("Loan currency"), required=False, prompt=_("Choose the currency of the loan")
    )
    lender = forms.ChoiceField(
        label=_("Who lent you the money?"),
        choices=[("", _("Choose who lent it")), *WorkerReport.Lender.choices],
        required=False,
    )
    loan_monthly_interest = PercentField(
        label=_("Interest each month (%)"), required=False, max_length=10
    )
    collateral = forms.CharField(
        label=_("What did you pledge? (land title, house, motorbike…)"),
        max_length=300,
        required=False,
    )
    pregnancy_prohibited = forms.BooleanField(
        label=_("I was told I must not get pregnant"), required=False
    )
    passport_held = forms.BooleanField(
        label=_("Someone else kept my passport or ID card"), required=False
    )
    deposit_demanded = forms.BooleanField(
        label=_("I had to pay a deposit or guarantee"), required=False
    )
    no_contract_in_own_language = forms.BooleanField(
        label=_("I got no contract in my language"), required=False
    )
    wage_lower_than_promised = forms.BooleanField(
        label=_("My wage was lower than promised"), required=False
    )
    private_story = forms.CharField(
        label=_("Your story (only moderators and reviewers read it)"),
        widget=forms.Textarea(attrs={"rows": 4}),
        max_length=5000,
        required=False,
    )
    # Hidden from people by the stylesheet; bots fill it in.
    website = forms.CharField(required=False, label=_("Leave this empty"))

    JOB = ["agency_name_given", "origin", "programme", "sector", "departure_month",
           "contract_months", "first_wage", "basic_wage", "wage_currency"]  # fmt: skip
    LOAN = ["loan_amount", "loan_currency", "lender", "loan_monthly_interest", "collateral"]
    LAST = [*PROBLEM_FIELDS, "private_story", "website"]
    # The report in short steps, each a page of its own; the payments are the formset's.
    STEPS = {"job": JOB, "payments": [], "loan": LOAN, "problems": LAST}

    def __init__(self, *args, agency=None, step: str | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        self.agency = agency
        if agency is None:
            self.fields["agency_name_given"].required = True
            self.fields["origin"] = forms.ChoiceField(
                label=_("You left from"),
                choices=lambda: [("", _("Choose your country")), *origin_choices()],
            )
            self.order_fields(["agency_name_given", "origin"])
        else:
            del self.fields["agency_name_given"]
        if step is not None:
            # One step of the stepped form: only its own questions.
            for name in [name for name in self.fields if name not in self.STEPS[step]]:
                del self.fields[name]

    @classmethod
    def step_of(cls, name: str) -> str:
        """The step that asks the question `name` (a field or a formset key)."""
        for step, names in cls.STEPS.items():
            if name in names:
                return step
        return "payments"

    def _section(self, names):
        return [self[name] for name in names if name in self.fields]

    @property
    def job_fields(self):
        return self._section(self.JOB)

    @property
    def loan_fields(self):
        return self._section(self.LOAN)

    @property
    def problem_fields(self):
        return self._section(PROBLEM_FIELDS)

    def clean_departure_month(self):
        month = self.cleaned_data["departure_month"]
        if month > timezone.localdate():
            raise forms.ValidationError(_("The month you left cannot be in the future."))
        if month.year < 2000:
            raise forms.ValidationError(_("Please give a month from the year 2000 or later."))
        return month

    def clean_basic_wage(self):
        wage = self.cleaned_data["basic_wage"]
        if wage is not None and wage <= 0:
            raise forms.ValidationError(_("Write the basic wage; it cannot be zero."))
        return wage

    def clean_first_wage(self):
        wage = self.cleaned_data["first_wage"]
        if wage is not None and wage <= 0:
            raise forms.ValidationError(_("Write the wage you were paid; it cannot be zero."))
        return wage

    def clean_loan_monthly_interest(self):
        text = self.cleaned_data["loan_monthly_interest"].replace("%", "").strip()
        if not text:
            return None
        try:
            value = parse_amount(text)
        except ValueError:
            raise forms.ValidationError(
                _("Write the interest as a number, for example 3.")
            ) from None
        if not 0 <= value <= 100:
            raise forms.ValidationError(_("Monthly interest must be between 0 and 100%."))
        return value.quantize(value.__class__("0.01"))

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("loan_amount"):
            for name in ("loan_currency", "lender"):
                if not cleaned.get(name):
                    self.add_error(name, _("Please fill this in for your loan."))
        for amount, currency in (("first_wage", "wage_currency"), ("loan_amount", "loan_currency")):
            pair = (cleaned.get(amount), cleaned.get(currency))
            if all(pair) and usd_at_most([pair]) > USD_MAX:
                self.add_error(amount, self.fields[amount].error_messages["max_digits"])
        return cleaned

    def report_fields(self) -> dict:
        fields = {k: v for k, v in self.cleaned_data.items() if k not in ("website", "origin")}
        fields["agency"] = self.agency
        fields["origin_id"] = self.agency.country if self.agency else self.cleaned_data["origin"]
        fields.setdefault("agency_name_given", "")
        fields["loan_currency"] = fields.get("loan_currency") or ""
        return fields


class ReportItemForm(forms.Form):
    category = forms.ModelChoiceField(
        label=_("What was it for?"),
        queryset=CostCategory.objects.all(),
        to_field_name="code",
        empty_label=_("Choose what you paid for"),
    )
    amount = AmountField(label=_("Amount"))
    currency = CurrencyField(label=_("Currency"), prompt=_("Choose the currency"))
    paid_to = forms.ChoiceField(
        label=_("Paid to"), choices=[("", _("Choose who you paid")), *ReportItem.PaidTo.choices]
    )
    receipt_given = forms.BooleanField(label=_("I got a receipt"), required=False)


class BaseReportItemFormSet(LinesFormSet):
    def clean(self):
        if any(self.errors):
            return
        items = self.items()
        if not items:
            raise forms.ValidationError(_("Add at least one payment."), code="no_items")
        if usd_at_most([(item["amount"], item["currency"]) for item in items]) > USD_MAX:
            raise forms.ValidationError(
                _(
                    "These payments add up to more than a report can hold. Check the number of zeros."
                ),
                code="too_large",
            )

    def items(self) -> list[dict]:
        return [
            {k: v for k, v in form.cleaned_data.items() if k != "DELETE"}
            for form in self.forms
            if form.has_changed() and not self._should_delete_form(form)
        ]


ReportItemFormSet = forms.formset_factory(
    ReportItemForm,
    formset=BaseReportItemFormSet,
    extra=0,
    can_delete=True,
    can_delete_extra=False,
    max_num=30,
    validate_max=True,
    # Django builds up to 1,000 more forms than max_num when told so: a posted
    # TOTAL_FORMS of a million then cost seconds. Never more than 30 lines.
    absolute_max=30,
)


def report_items_formset(data=None, initial=None, add_line: bool = False):
    """Paid items; "Add another payment" posts back with one more blank line."""
    return lines_formset(ReportItemFormSet, data, initial, add_line=add_line, blank=2)
