"""Money and number formatting for templates: the filters of catalogue.money."""

from django import template

from ..catalogue import money as formats

register = template.Library()
register.filter("money", formats.money)
register.filter("decimal1", formats.decimal1)
