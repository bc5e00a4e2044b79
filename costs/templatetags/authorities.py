"""Licence authorities by the code agencies store, named in the reader's language."""

from django import template

from ..models.reference import LicenceAuthority

register = template.Library()


@register.filter
def authority_name(code: str) -> str:
    """`{{ agency.licence_authority|authority_name }}`: the catalogue's name in the
    active language, or the stored text itself when it is not a catalogue code."""
    return LicenceAuthority.name_for(code)


@register.simple_tag
def licence_authorities(country_code: str):
    """`{% licence_authorities "KH" as authorities %}`: who licenses that country's agencies."""
    return list(LicenceAuthority.objects.filter(country_id=country_code))
