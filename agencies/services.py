import secrets

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from .models import Agency, AgencyMembership, Invitation


@transaction.atomic
def agency_claim(
    *, user, country: str, licence_number: str, note: str, submission_token: str | None = None
) -> AgencyMembership:
    """Ask to become an agency's owner. Pending until an admin verifies it.

    With the token of the claim form (accounts.submissions), the form sent twice
    is one claim: the second sending returns the first one's.
    """
    agency = Agency.objects.filter(
        country=country, licence_number__iexact=licence_number.strip()
    ).first()
    if agency is None:
        raise ValidationError(
            _("No agency with this licence number is listed. Check the number on your licence."),
            code="unknown_licence",
        )
    if (
        submission_token
        and AgencyMembership.objects.filter(submission_token=submission_token)
        .exclude(user=user, agency=agency)
        .exists()
    ):
        submission_token = None  # the form's token went with another claim: this one is new
    # get_or_create waits out a concurrent first sending (the user and agency are unique).
    membership, created = AgencyMembership.objects.get_or_create(
        user=user,
        agency=agency,
        defaults={
            "role": AgencyMembership.Role.OWNER,
            "note": note,
            "submission_token": submission_token,
        },
    )
    if not created and not (submission_token and membership.submission_token == submission_token):
        raise ValidationError(_("You have already claimed this agency."), code="already_claimed")
    return membership


@transaction.atomic
def claim_verify(*, membership: AgencyMembership, by) -> AgencyMembership:
    """Verify a claim. `by` is None when the system does it (demo data, tests)."""
    if (
        by is not None
        and AgencyMembership.objects.filter(agency=membership.agency_id, user=by).exists()
    ):
        # The claimant, or anyone who works for or claims the agency, would vouch for themselves.
        raise ValidationError(
            _("You cannot verify a claim on an agency you work for or have claimed."),
            code="conflict_of_interest",
        )
    membership.verified = True
    membership.verified_at = timezone.now()
    membership.verified_by = by
    membership.save(update_fields=["verified", "verified_at", "verified_by"])
    Agency.objects.filter(pk=membership.agency_id).update(verified=True)
    return membership


@transaction.atomic
def editor_invite(*, agency: Agency, email: str, by) -> Invitation:
    invitation = Invitation.objects.create(
        agency=agency, email=email.strip().lower(), token=secrets.token_urlsafe(32), invited_by=by
    )
    language = translation.get_language()
    transaction.on_commit(lambda: _send_invitation(invitation.pk, language))
    return invitation


def _send_invitation(invitation_id: int, language: str) -> None:
    invitation = Invitation.objects.select_related("agency").get(pk=invitation_id)
    with translation.override(language):
        url = settings.SITE_URL + reverse("agencies:accept_invitation", args=[invitation.token])
        context = {"invitation": invitation, "url": url}
        send_mail(
            subject=render_to_string("emails/invitation_subject.txt", context).strip(),
            message=render_to_string("emails/invitation.txt", context),
            from_email=None,
            recipient_list=[invitation.email],
        )


@transaction.atomic
def invitation_accept(*, token: str, user) -> AgencyMembership:
    invitation = Invitation.objects.select_for_update().filter(token=token).first()
    if invitation is None or invitation.accepted_at:
        raise ValidationError(_("This invitation is not valid any more."), code="invalid")
    if not user.emailaddress_set.filter(email__iexact=invitation.email, verified=True).exists():
        raise ValidationError(
            _("Sign in with the e-mail address the invitation was sent to: %(email)s."),
            code="wrong_email",
            params={"email": invitation.email},
        )
    membership, _created = AgencyMembership.objects.update_or_create(
        user=user,
        agency=invitation.agency,
        defaults={
            "role": AgencyMembership.Role.EDITOR,
            "verified": True,
            "verified_at": timezone.now(),
            "verified_by": invitation.invited_by,
        },
    )
    invitation.accepted_at = timezone.now()
    invitation.save(update_fields=["accepted_at"])
    return membership


@transaction.atomic
def member_remove(*, membership: AgencyMembership, by) -> None:
    if membership.role == AgencyMembership.Role.OWNER and membership.verified:
        owners = AgencyMembership.objects.verified().filter(
            agency=membership.agency_id, role=AgencyMembership.Role.OWNER
        )
        if owners.count() <= 1:
            raise ValidationError(_("An agency must keep at least one owner."), code="last_owner")
    membership.delete()
