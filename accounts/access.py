"""Who speaks for which organisation."""

from django.core.exceptions import PermissionDenied

from .models import Organisation


def organisations_of(user, kind: str | None = None):
    if not user.is_authenticated:
        return Organisation.objects.none()
    organisations = Organisation.objects.filter(memberships__user=user, verified=True)
    return organisations.filter(kind=kind) if kind else organisations


def ngo_of(user) -> Organisation | None:
    """The verified NGO the user works for, if any (the first, if several)."""
    return organisations_of(user, Organisation.Kind.NGO).first()


def require_ngo(user) -> Organisation:
    organisation = ngo_of(user)
    if organisation is None:
        raise PermissionDenied
    return organisation
