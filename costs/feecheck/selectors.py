"""Reads for the public "rules and sources" page: every rule as it stands, and
the changelog of rule versions."""

from dataclasses import dataclass

from django.db.models import QuerySet

from ..flags.rules import rule_value
from ..models import ThresholdRule, ThresholdRuleVersion

# The terms a changelog line names when they change, with how to show them.
CHANGE_FIELDS = [
    "tier", "value", "unit", "origin_id", "programme_id", "category_id", "practice",
    "min_contract_months", "min_reports", "effective_from", "effective_until",
    "confirmed", "active", "source_url",
]  # fmt: skip
TEXT_FIELDS = ["citation", "reference"]


def rules_in_force() -> QuerySet[ThresholdRule]:
    return ThresholdRule.objects.select_related(
        "origin", "programme", "sector", "category"
    ).order_by("-active", "kind", "origin_id", "code")


@dataclass
class Change:
    version: ThresholdRuleVersion
    fields: list[str]  # labels of what changed
    before: str  # the value before, as shown
    after: str


def _label(name: str) -> str:
    return str(ThresholdRule._meta.get_field(name.removesuffix("_id")).verbose_name)


def rule_changes(limit: int = 100) -> list[Change]:
    """The newest rule versions after the first, each with what it changed
    from the version before: two queries."""
    versions = list(
        ThresholdRuleVersion.objects.filter(number__gt=1)
        .select_related("rule")
        .order_by("-created_at", "-pk")[:limit]
    )
    wanted = {(v.rule_id, v.number - 1) for v in versions}
    earlier = {
        (v.rule_id, v.number): v
        for v in ThresholdRuleVersion.objects.filter(
            rule_id__in={rule_id for rule_id, _n in wanted}
        )
        if (v.rule_id, v.number) in wanted
    }
    changes = []
    for version in versions:
        previous = earlier.get((version.rule_id, version.number - 1))
        old = previous.terms if previous else {}
        new = version.terms
        names = [n for n in CHANGE_FIELDS + TEXT_FIELDS if old.get(n) != new.get(n)]
        changes.append(
            Change(
                version=version,
                fields=[_label(n) for n in names],
                before=rule_value(version.rule.kind, old) if old else "",
                after=rule_value(version.rule.kind, new),
            )
        )
    return changes
