"""Money and number formatting for the active language, with Babel."""

import re
from decimal import ROUND_HALF_UP, Decimal
from functools import cache

from babel import Locale
from babel.numbers import NumberPattern, parse_pattern
from django.utils.translation import get_language, to_locale

DECIMAL1 = parse_pattern("#,##0.0")
UP_TO_TWO_DECIMALS = parse_pattern("#,##0.##")


@cache
def _locale(language: str) -> Locale:
    # Parsed once per language: a compare page formats about sixty amounts.
    return Locale.parse(to_locale(language))


def _active_locale() -> Locale:
    return _locale(get_language() or "en")


@cache
def _whole_units_pattern(locale: Locale) -> NumberPattern:
    # The language's own currency pattern (symbol before or after, spacing),
    # without the decimals: fees run to thousands, and cents only slow reading.
    return parse_pattern(re.sub(r"\.0+", "", locale.currency_formats["standard"].pattern))


def money(amount, currency: str) -> str:
    """An amount in whole units of its currency, e.g. "$2,350" or "60.000.000 ₫"."""
    if amount in (None, ""):
        return ""
    locale = _active_locale()
    whole = Decimal(amount).quantize(Decimal(1), rounding=ROUND_HALF_UP)
    return _whole_units_pattern(locale).apply(
        whole, locale, currency=currency, currency_digits=False
    )


def decimal1(value) -> str:
    """A number with one decimal, e.g. months of wages."""
    if value in (None, ""):
        return ""
    rounded = Decimal(value).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
    return DECIMAL1.apply(rounded, _active_locale())


def number(value) -> str:
    """A number as the language writes it, up to two decimals and without
    trailing zeros: "4,000,000" or "4.000.000", "2.5" or "2,5". Amounts typed
    back in this form read as the same number (catalogue.amounts.parse_amount)."""
    if value in (None, ""):
        return ""
    rounded = Decimal(value).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    return UP_TO_TWO_DECIMALS.apply(rounded, _active_locale())
