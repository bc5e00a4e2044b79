from decimal import Decimal, InvalidOperation

from django import template

from agencies.models import LicenceStatus

from ..rules import EVIDENCE_LABELS, EXPLANATIONS
from .money import decimal1, money

register = template.Library()


@register.filter
def explanation(rule) -> str:
    return str(EXPLANATIONS[rule.kind])


@register.filter
def evidence_rows(evidence: dict) -> list[tuple[str, str]]:
    """A flag's figures as (label, formatted value), in the active language."""
    rows = []
    for key, value in evidence.items():
        if key not in EVIDENCE_LABELS:
            continue
        if key.endswith("_usd"):
            shown = money(value, "USD")
        elif key in ("months", "limit_months"):
            shown = decimal1(value)
        elif key == "licence_status":
            shown = LicenceStatus(value).label
        else:
            try:
                shown = str(int(Decimal(value)))
            except (InvalidOperation, ValueError):
                shown = str(value)
        rows.append((str(EVIDENCE_LABELS[key]), shown))
    return rows
