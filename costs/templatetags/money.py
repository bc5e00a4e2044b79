"""Money and number formatting for templates: the filters of catalogue.money,
and public amounts (a band or a rounded point, see costs.privacy)."""

from django import template

from .. import privacy
from ..catalogue import money as formats

register = template.Library()
register.filter("money", formats.money)
register.filter("decimal1", formats.decimal1)
register.filter("number", formats.number)
register.filter("amount", privacy.format_amount)


@register.filter
def public_usd(value, count) -> str:
    """A reported USD figure of a group of `count` reports, through the policy."""
    return privacy.format_amount(privacy.usd_amount(value, count or 0))


@register.filter
def public_amount(value, count):
    """A reported USD figure of a group of `count` reports as the policy lets
    it be shown (a band or a rounded point), for sentences that differ by kind."""
    return privacy.usd_amount(value, count or 0)
