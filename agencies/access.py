"""Who may see and change an agency's non-public things.

Anyone who is not a verified member gets a 404, not a 403: an agency's drafts
and staff are not to be discovered by probing."""

from django.http import Http404
from django.shortcuts import get_object_or_404

from .models import Agency, AgencyMembership


def verified_membership(user, agency: Agency) -> AgencyMembership | None:
    if not user.is_authenticated:
        return None
    return AgencyMembership.objects.verified().filter(user=user, agency=agency).first()


def can_edit_agency(user, agency: Agency) -> bool:
    return user.is_authenticated and (
        user.is_superuser or verified_membership(user, agency) is not None
    )


def can_manage_agency(user, agency: Agency) -> bool:
    """Owners manage the agency's editors."""
    if not user.is_authenticated:
        return False
    if user.is_superuser:
        return True
    membership = verified_membership(user, agency)
    return membership is not None and membership.role == AgencyMembership.Role.OWNER


def get_agency_for_editor(user, slug: str) -> Agency:
    agency = get_object_or_404(Agency, slug=slug)
    if not can_edit_agency(user, agency):
        raise Http404
    return agency


def get_agency_for_owner(user, slug: str) -> Agency:
    agency = get_object_or_404(Agency, slug=slug)
    if not can_manage_agency(user, agency):
        raise Http404
    return agency


def agencies_of(user):
    """Agencies the user is a verified member of."""
    return Agency.objects.filter(memberships__user=user, memberships__verified=True)
