from django import template

from ..flags.rules import EXPLANATIONS, evidence_rows

register = template.Library()
register.filter("evidence_rows", evidence_rows)


@register.filter
def explanation(rule) -> str:
    return str(EXPLANATIONS[rule.kind])
