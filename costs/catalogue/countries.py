"""Origin countries and currencies, read from the Country catalogue.

Adding an origin country is a row in the admin (with its translated names), not
a code change: every list of origins or currencies in the portal comes from here.
The functions read the database when called, so pass them uncalled as a form
field's `choices` and the list is read per request, never at import.
"""

from babel.core import UnknownLocaleError
from babel.lists import format_list
from babel.numbers import get_currency_name
from django.utils.text import capfirst
from django.utils.translation import get_language, to_locale
from django.utils.translation import gettext as _

from ..models import Country
from ..models.reference import USD


def _locale() -> str:
    return to_locale(get_language() or "en")


def origin_codes() -> list[str]:
    return list(Country.objects.filter(is_origin=True).values_list("code", flat=True))


def origin_choices() -> list[tuple[str, str]]:
    """(code, name in the active language) of every origin country."""
    return [(c.code, c.name) for c in Country.objects.filter(is_origin=True)]


def country_names() -> dict[str, str]:
    """Every catalogue country's name in the active language, by ISO code."""
    return {c.code: c.name for c in Country.objects.all()}


def origin_names_list() -> str:
    """The origin countries as the language lists them: "Cambodia and Vietnam"."""
    names = [name for _code, name in origin_choices()]
    try:
        return format_list(names, locale=_locale())
    except UnknownLocaleError:
        return format_list(names, locale="en")


def currency_codes() -> list[str]:
    """USD, in which every amount is compared, and the currency of every catalogue country."""
    codes = [USD]
    for code in Country.objects.values_list("currency", flat=True):
        if code not in codes:
            codes.append(code)
    return codes


def currency_name(code: str) -> str:
    """The currency's name in the active language, from CLDR through Babel, so a
    new currency needs no translation work. The singular is the sentence-case
    form ("Cambodian riel", not "Cambodian Riel")."""
    try:
        return get_currency_name(code, count=1, locale=_locale())
    except UnknownLocaleError:
        return get_currency_name(code, count=1, locale="en")


def currency_label(code: str) -> str:
    name = currency_name(code)
    if name == code:  # CLDR does not know it: the code alone, not "XYZ (XYZ)".
        return code
    # Translators: a currency in a list, e.g. "Cambodian riel (KHR)".
    return _("%(name)s (%(code)s)") % {"name": capfirst(name), "code": code}


def currency_choices() -> list[tuple[str, str]]:
    return [(code, currency_label(code)) for code in currency_codes()]
