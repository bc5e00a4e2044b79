"""E-mails about flags, each in its recipient's language."""

import datetime

from django.conf import settings
from django.core.mail import send_mail
from django.db.models import Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation

from agencies.models import AgencyMembership

from ..models import Flag, FlagEvent
from ..rules import EXPLANATIONS


def flag_opened_notify(*, flag_id: int) -> int:
    """Tell the agency's verified members that a flag was opened about it."""
    flag = (
        Flag.objects.select_related("agency", "rule", "programme", "sector")
        .filter(pk=flag_id)
        .first()
    )
    if flag is None or not flag.is_active:
        return 0
    members = AgencyMembership.objects.verified().filter(agency=flag.agency).select_related("user")
    sent = 0
    for member in members:
        user = member.user
        if not user.email:
            continue
        language = user.language or settings.LANGUAGE_CODE
        with translation.override(language):
            url = (
                settings.SITE_URL
                + reverse("costs:agency", args=[flag.agency.slug])
                + f"#flag-{flag.pk}"
            )
            context = {
                "flag": flag,
                "agency": flag.agency,
                "explanation": EXPLANATIONS[flag.rule.kind],
                "url": url,
            }
            send_mail(
                subject=render_to_string("emails/flag_opened_subject.txt", context).strip(),
                message=render_to_string("emails/flag_opened.txt", context),
                from_email=None,
                recipient_list=[user.email],
            )
        sent += 1
    return sent


def _send(user, template: str, context: dict) -> bool:
    if not user.email:
        return False
    with translation.override(user.language or settings.LANGUAGE_CODE):
        context = {**context, "site": settings.SITE_URL}
        send_mail(
            subject=render_to_string(f"emails/{template}_subject.txt", context).strip(),
            message=render_to_string(f"emails/{template}.txt", context),
            from_email=None,
            recipient_list=[user.email],
        )
    return True


def reviewers_of(country: str):
    """Everyone who reviews flags of agencies of this country."""
    from accounts.models import Organisation, User

    return User.objects.filter(
        Q(organisation_memberships__organisation__kind=Organisation.Kind.NGO)
        | Q(
            organisation_memberships__organisation__kind=Organisation.Kind.MINISTRY,
            organisation_memberships__organisation__country=country,
        ),
        organisation_memberships__organisation__verified=True,
    ).distinct()


def flag_status_notify(*, flag_id: int) -> int:
    """Tell the agency's staff that a reviewer changed their flag's status."""
    flag = Flag.objects.select_related("agency", "rule").filter(pk=flag_id).first()
    if flag is None:
        return 0
    members = AgencyMembership.objects.verified().filter(agency=flag.agency).select_related("user")
    return sum(_send(m.user, "flag_status", {"flag": flag, "agency": flag.agency}) for m in members)


def agency_reply_notify(*, event_id: int) -> int:
    """Tell the reviewers in scope that an agency replied to a flag."""
    event = (
        FlagEvent.objects.select_related("flag__agency", "flag__rule").filter(pk=event_id).first()
    )
    if event is None:
        return 0
    flag = event.flag
    context = {"flag": flag, "agency": flag.agency, "event": event}
    return sum(_send(user, "agency_replied", context) for user in reviewers_of(flag.agency.country))


def review_digest_send(*, since=None) -> int:
    """Each reviewer gets, once a day, the flags opened in their scope since then."""
    from accounts.access import review_countries

    since = since or timezone.now() - datetime.timedelta(days=1)
    new = Flag.objects.filter(opened_at__gte=since).select_related("agency", "rule")
    sent = 0
    for user in reviewers_of("KH").union(reviewers_of("VN")):
        flags = list(new.in_scope(review_countries(user)).order_by("agency__name")[:100])
        if flags:
            sent += _send(user, "review_digest", {"flags": flags})
    return sent
