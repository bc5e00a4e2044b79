from django import template

from ..flags import rules

register = template.Library()
register.filter("evidence_rows", rules.evidence_rows)
register.filter("explanation", rules.explanation)
