"""E-mails about flags, each in its recipient's language."""

from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

from agencies.models import AgencyMembership

from ..models import Flag
from .rules import explanation


def email_user(user, template: str, context: dict) -> bool:
    """One e-mail from templates/emails/<template>, in the user's own language."""
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


def flag_opened_notify(*, flag_id: int) -> int:
    """Tell the agency's verified members that a flag was opened about it."""
    flag = (
        Flag.objects.select_related("agency", "rule", "programme", "sector")
        .filter(pk=flag_id)
        .first()
    )
    if flag is None or not flag.is_active or not flag.public:
        return 0  # a signal below the disclosure threshold never reaches the agency
    members = AgencyMembership.objects.verified().filter(agency=flag.agency).select_related("user")
    sent = 0
    for member in members:
        with translation.override(member.user.language or settings.LANGUAGE_CODE):
            # reverse() inside the override links to the page in the member's language.
            path = reverse("costs:agency", args=[flag.agency.slug])
            rules_path = reverse("costs:rules")
        context = {
            "flag": flag,
            "agency": flag.agency,
            "explanation": explanation(flag.rule),
            "url": f"{settings.SITE_URL}{path}#flag-{flag.pk}",
            "rule_url": f"{settings.SITE_URL}{rules_path}#rule-{flag.rule.code}",
        }
        sent += email_user(member.user, "flag_opened", context)
    return sent
