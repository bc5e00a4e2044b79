"""E-mails of the review workflow, each in its recipient's language."""

import datetime

from django.utils import timezone

from agencies.models import AgencyMembership

from ..catalogue.countries import origin_codes
from ..flags.notifications import email_user
from ..models import Flag, FlagEvent
from .scopes import review_countries, reviewers_of


def flag_status_notify(*, flag_id: int) -> int:
    """Tell the agency's staff that a reviewer changed their flag's status."""
    flag = Flag.objects.select_related("agency", "rule").filter(pk=flag_id).first()
    if flag is None or not flag.public:
        return 0  # the agency does not know of a reviewers' signal
    members = AgencyMembership.objects.verified().filter(agency=flag.agency).select_related("user")
    return sum(
        email_user(m.user, "flag_status", {"flag": flag, "agency": flag.agency}) for m in members
    )


def agency_reply_notify(*, event_id: int) -> int:
    """Tell the reviewers in scope that an agency replied to a flag."""
    event = (
        FlagEvent.objects.select_related("flag__agency", "flag__rule").filter(pk=event_id).first()
    )
    if event is None:
        return 0
    flag = event.flag
    context = {"flag": flag, "agency": flag.agency, "event": event}
    return sum(
        email_user(user, "agency_replied", context) for user in reviewers_of(flag.agency.country)
    )


def review_digest_send(*, since=None) -> int:
    """Each reviewer gets, once a day, the flags opened in their scope since then."""
    since = since or timezone.now() - datetime.timedelta(days=1)
    new = Flag.objects.filter(opened_at__gte=since).select_related("agency", "rule")
    sent = 0
    for user in reviewers_of(*origin_codes()):
        flags = list(new.in_scope(review_countries(user)).order_by("agency__name")[:100])
        if flags:
            sent += email_user(user, "review_digest", {"flags": flags})
    return sent
