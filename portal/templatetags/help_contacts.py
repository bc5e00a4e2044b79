"""The help numbers for a reader from one origin country, for pages of the lower
apps (the printable fee card), which cannot import this app."""

from django import template
from django.conf import settings

from ..models import HelpContact

register = template.Library()


@register.inclusion_tag("portal/_help_numbers.html", takes_context=True)
def help_numbers(context, origin: str, limit: int = 3):
    """`{% help_numbers "KH" %}`: the first numbers to call for someone from there,
    only confirmed ones (a number with its source and date)."""
    contacts = HelpContact.objects.for_origin(origin).with_phone()[:limit]
    # The card is printed: its link names the portal's public address.
    return {"contacts": list(contacts), "site_url": settings.SITE_URL}
