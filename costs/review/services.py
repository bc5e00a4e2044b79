"""The case workflow of a flag: open -> under review -> agency responded ->
resolved or dismissed; reopen; assign; comment; the agency's reply. Every step
is a FlagEvent with its actor and time."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from agencies.models import Agency, LicenceAction, LicenceStatus

from .. import queue
from ..models import ACTIVE_STATUSES, Flag, FlagEvent

Status = Flag.Status
REPLY_MAX = 2000


def _locked(flag: Flag) -> Flag:
    return Flag.objects.select_for_update().select_related("rule").get(pk=flag.pk)


def _record(
    flag: Flag, kind: str, by, text: str = "", submission_token: str | None = None
) -> FlagEvent:
    return FlagEvent.objects.create(
        flag=flag,
        kind=kind,
        actor=by,
        created_at=timezone.now(),
        status=flag.status,
        evidence=flag.evidence,
        citation=flag.rule.citation,
        text=text,
        submission_token=submission_token,
    )


def _move(flag: Flag, status: str, by, kind: str = FlagEvent.Kind.STATUS_CHANGED, text: str = ""):
    flag.status = status
    flag.updated_at = timezone.now()
    flag.closed_at = None if status in ACTIVE_STATUSES else flag.updated_at
    flag.save(update_fields=["status", "updated_at", "closed_at", "resolution_note", "assigned_to"])
    _record(flag, kind, by, text)
    queue.flag_status_changed(flag.pk)
    return flag


@transaction.atomic
def flag_take(*, flag: Flag, by) -> Flag:
    flag = _locked(flag)
    if flag.status not in (Status.OPEN, Status.AGENCY_RESPONDED):
        raise ValidationError(_("Only an open flag can be taken under review."), code="bad_status")
    flag.assigned_to = flag.assigned_to or by
    return _move(flag, Status.UNDER_REVIEW, by)


@transaction.atomic
def flag_close(*, flag: Flag, by, status: str, note: str) -> Flag:
    """Resolve or dismiss, with a note the public will read."""
    note = note.strip()
    if status not in (Status.RESOLVED, Status.DISMISSED):
        raise ValidationError(_("Choose resolved or dismissed."), code="bad_status")
    if not note:
        raise ValidationError(
            _("Write a note: the public reads it with the outcome."), code="no_note"
        )
    flag = _locked(flag)
    if flag.status not in ACTIVE_STATUSES:
        raise ValidationError(_("This flag is already closed."), code="bad_status")
    flag.resolution_note = note
    return _move(flag, status, by, text=note)


@transaction.atomic
def flag_reopen(*, flag: Flag, by, note: str = "") -> Flag:
    flag = _locked(flag)
    if flag.status in ACTIVE_STATUSES:
        raise ValidationError(_("This flag is already open."), code="bad_status")
    if (
        Flag.objects.active()
        .filter(
            agency=flag.agency_id,
            rule=flag.rule_id,
            programme=flag.programme_id,
            sector=flag.sector_id,
        )
        .exists()
    ):
        raise ValidationError(_("A newer flag for the same rule is open."), code="duplicate")
    flag.resolution_note = ""
    return _move(flag, Status.OPEN, by, kind=FlagEvent.Kind.REOPENED, text=note.strip())


@transaction.atomic
def flag_assign(*, flag: Flag, by, assignee, allowed) -> Flag:
    """Assign to oneself or to a colleague of one's organisation (`allowed`)."""
    if assignee != by and not allowed.filter(pk=assignee.pk).exists():
        raise ValidationError(_("You can assign a flag only to a colleague."), code="not_colleague")
    flag = _locked(flag)
    flag.assigned_to = assignee
    flag.updated_at = timezone.now()
    flag.save(update_fields=["assigned_to", "updated_at"])
    _record(flag, FlagEvent.Kind.ASSIGNED, by, str(assignee))
    return flag


@transaction.atomic
def flag_comment(*, flag: Flag, by, text: str) -> FlagEvent:
    text = text.strip()
    if not text:
        raise ValidationError(_("Write a comment."), code="empty")
    return _record(_locked(flag), FlagEvent.Kind.COMMENT, by, text[:REPLY_MAX])


@transaction.atomic
def flag_reply(*, flag: Flag, by, text: str, submission_token: str | None = None) -> FlagEvent:
    """The agency's public answer. An open flag moves to "agency responded".

    With the token of the reply form (accounts.submissions), a reply sent twice
    is published once: the second sending returns the first one's reply.
    """
    text = text.strip()
    if not text:
        raise ValidationError(_("Write your reply."), code="empty")
    if len(text) > REPLY_MAX:
        raise ValidationError(
            _("A reply can be at most %(max)s characters."),
            code="too_long",
            params={"max": REPLY_MAX},
        )
    flag = _locked(flag)
    if submission_token:
        # Under the flag's lock: a concurrent first sending has committed by now.
        sent = FlagEvent.objects.filter(submission_token=submission_token).first()
        if sent is not None and sent.flag_id == flag.pk:
            return sent
        if sent is not None:
            submission_token = None  # the token went with another flag's reply
    if flag.status == Status.OPEN:
        flag.status = Status.AGENCY_RESPONDED
        flag.updated_at = timezone.now()
        flag.save(update_fields=["status", "updated_at"])
    event = _record(flag, FlagEvent.Kind.AGENCY_REPLY, by, text, submission_token)
    queue.agency_replied(event.pk)
    return event


@transaction.atomic
def licence_set(*, agency: Agency, by, status: str, note: str) -> LicenceAction:
    """A ministry's decision on a licence: shown at once, and the unlicensed rule applies."""
    if status not in (LicenceStatus.ACTIVE, LicenceStatus.SUSPENDED, LicenceStatus.REVOKED):
        raise ValidationError(_("Choose a licence status."), code="bad_status")
    if not note.strip():
        raise ValidationError(_("Write a note about this decision."), code="no_note")
    Agency.objects.filter(pk=agency.pk).update(licence_status=status)
    action = LicenceAction.objects.create(agency=agency, status=status, note=note.strip(), by=by)
    queue.agency_changed(agency.pk)
    return action
