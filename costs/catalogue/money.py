"""Money and number formatting for the active language, with Babel."""

import re
from decimal import ROUND_HALF_UP, Decimal
from functools import cache

from babel import Locale
from babel.numbers import format_currency, format_decimal
from django.utils.translation import get_language, to_locale


def _locale() -> str:
    return to_locale(get_language() or "en")


@cache
def _whole_units_pattern(locale: str) -> str:
    # The language's own currency pattern (symbol before or after, spacing),
    # without the decimals: fees run to thousands, and cents only slow reading.
    pattern = Locale.parse(locale).currency_formats["standard"].pattern
    return re.sub(r"\.0+", "", pattern)


def money(amount, currency: str) -> str:
    """An amount in whole units of its currency, e.g. "$2,350" or "60.000.000 ₫"."""
    if amount in (None, ""):
        return ""
    locale = _locale()
    whole = Decimal(amount).quantize(Decimal(1), rounding=ROUND_HALF_UP)
    return format_currency(
        whole, currency, format=_whole_units_pattern(locale), locale=locale, currency_digits=False
    )


def decimal1(value) -> str:
    """A number with one decimal, e.g. months of wages."""
    if value in (None, ""):
        return ""
    rounded = Decimal(value).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
    return format_decimal(rounded, format="#,##0.0", locale=_locale())


def number(value) -> str:
    """A number as the language writes it, up to two decimals and without
    trailing zeros: "4,000,000" or "4.000.000", "2.5" or "2,5". Amounts typed
    back in this form read as the same number (catalogue.amounts.parse_amount)."""
    if value in (None, ""):
        return ""
    rounded = Decimal(value).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    return format_decimal(rounded, format="#,##0.##", locale=_locale())
