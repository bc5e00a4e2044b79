"""Reading amounts as people type them: Khmer or full-width digits, thousands
separators in either the English (1,500,000) or the Vietnamese (1.500.000) style."""

import re
from decimal import Decimal, InvalidOperation

from django import forms
from django.utils.translation import gettext_lazy as _

from .money import number

_DIGITS = {ord(c): str(i) for i, c in enumerate("០១២៣៤៥៦៧៨៩")}
_DIGITS.update({ord(c): str(i) for i, c in enumerate("０１２３４５６７８９")})
_DIGITS.update({ord("，"): ",", ord("．"): ".", ord("٫"): "."})
_SPACES = re.compile(r"[\s\u00a0\u202f\u2009'_]")
_GROUPED = re.compile(r"^\d{1,3}([.,])\d{3}(\1\d{3})*$")


def parse_amount(text: str) -> Decimal:
    """The number in `text`, or ValueError. Currency signs and words are not accepted."""
    value = _SPACES.sub("", str(text).translate(_DIGITS))
    if not value:
        raise ValueError("empty")
    if _GROUPED.match(value):
        # 1,500 or 1.500.000: one kind of separator before groups of three is grouping.
        value = value.replace(",", "").replace(".", "")
    elif "," in value and "." in value:
        # The last separator is the decimal one: 1,500.50 or 1.500,50.
        decimal_mark = "," if value.rfind(",") > value.rfind(".") else "."
        grouping = "." if decimal_mark == "," else ","
        value = value.replace(grouping, "").replace(decimal_mark, ".")
    elif value.count(",") == 1:
        value = value.replace(",", ".")
    if not re.fullmatch(r"-?\d+(\.\d+)?", value):
        raise ValueError(text)
    try:
        return Decimal(value)
    except InvalidOperation as error:
        raise ValueError(text) from error


class AmountField(forms.DecimalField):
    """A money amount: non-negative, bounded, typed the way people type it."""

    default_error_messages = {
        "invalid": _("Write the amount in numbers, for example 1500000."),
    }

    def __init__(self, **kwargs):
        kwargs.setdefault("max_digits", 14)
        kwargs.setdefault("decimal_places", 2)
        kwargs.setdefault("min_value", 0)
        super().__init__(**kwargs)
        self.error_messages["min_value"] = _("An amount cannot be below zero.")
        self.error_messages["max_digits"] = _(
            "This amount is too large. Check the number of zeros."
        )
        self.error_messages["max_whole_digits"] = self.error_messages["max_digits"]
        self.error_messages["max_decimal_places"] = _(
            "Use at most two digits after the decimal mark."
        )
        self.widget.input_type = "text"
        self.widget.attrs.update({"inputmode": "decimal", "autocomplete": "off"})

    def prepare_value(self, value):
        # A stored amount is shown as the language writes it ("4,000,000" or
        # "4.000.000"), never as "4000000.00"; what someone typed is shown as typed.
        if isinstance(value, (Decimal, int)):
            return number(value)
        return value

    def to_python(self, value):
        if value in self.empty_values:
            return None
        try:
            return parse_amount(value)
        except ValueError:
            raise forms.ValidationError(self.error_messages["invalid"], code="invalid") from None


class WholeNumberField(forms.IntegerField):
    """A count such as months, typed in any digits a phone keyboard offers."""

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.widget.input_type = "text"
        self.widget.attrs.update({"inputmode": "numeric", "autocomplete": "off"})

    def to_python(self, value):
        if value in self.empty_values:
            return None
        return super().to_python(str(value).translate(_DIGITS).strip())
