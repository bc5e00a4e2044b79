"""A flag's timeline for reviewers, each entry saying what changed.

An event stores the flag's status and figures as they were after it; what
changed is read by comparing each event with the ones before it."""

from dataclasses import dataclass, field

from django.utils.translation import gettext as _

from ..flags.rules import evidence_rows
from ..models import Flag, FlagEvent

Kind = FlagEvent.Kind
# These record part of the figures (the public ones) or none: not a change.
PARTIAL_EVIDENCE = {Kind.MADE_PUBLIC, Kind.MADE_PRIVATE, Kind.CLEARED, Kind.CONDITION_CLEARED}
NOBODY = "—"


@dataclass
class Entry:
    event: FlagEvent
    changes: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        # An assignment's text is the assignee's name, already in its change.
        return "" if self.event.kind == Kind.ASSIGNED else self.event.text


def _status(value: str) -> str:
    return str(Flag.Status(value).label) if value in Flag.Status.values else value


def _figure_changes(before: dict, after: dict) -> list[str]:
    old, new = dict(evidence_rows(before)), dict(evidence_rows(after))
    changes = []
    for label in [*new, *(label for label in old if label not in new)]:
        if old.get(label) == new.get(label):
            continue
        values = {"figure": label, "old": old.get(label, NOBODY), "new": new.get(label, NOBODY)}
        if label in old:
            changes.append(_("%(figure)s: %(old)s → %(new)s") % values)
        else:
            changes.append(_("%(figure)s: %(new)s") % values)
    return changes


def timeline(events) -> list[Entry]:
    entries = []
    status = assignee = evidence = None
    for event in events:
        entry = Entry(event)
        if event.status and event.status != status:
            if status is None or event.kind == Kind.OPENED:
                entry.changes.append(_("status: %(new)s") % {"new": _status(event.status)})
            else:
                values = {"old": _status(status), "new": _status(event.status)}
                entry.changes.append(_("status: %(old)s → %(new)s") % values)
        elif event.kind == Kind.STATUS_CHANGED and event.status:
            entry.changes.append(_("status: %(new)s (no change)") % {"new": _status(event.status)})
        status = event.status or status

        if event.kind == Kind.ASSIGNED:
            if assignee is None:
                entry.changes.append(_("assigned to: %(new)s") % {"new": event.text})
            else:
                values = {"old": assignee, "new": event.text}
                entry.changes.append(_("assigned to: %(old)s → %(new)s") % values)
            assignee = event.text

        if event.kind not in PARTIAL_EVIDENCE and event.evidence:
            if evidence is not None and event.kind != Kind.OPENED:
                entry.changes += _figure_changes(evidence, event.evidence)
            evidence = event.evidence
        if event.kind == Kind.EVIDENCE_CHANGED and not entry.changes:
            entry.changes.append(_("recomputed; no figure shown here changed"))
        entries.append(entry)
    return entries
