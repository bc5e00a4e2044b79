"""E-mails about flags, each in its recipient's language."""

from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

from agencies.models import AgencyMembership

from ..models import Flag
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
