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


def moderation_countries(user) -> list[str] | None:
    """Origin countries whose reports the user moderates: None for all, [] for none."""
    if user.is_authenticated and user.is_superuser:
        return None
    countries = set()
    for organisation in organisations_of(user, Organisation.Kind.NGO):
        if not organisation.country:
            return None
        countries.add(organisation.country)
    return sorted(countries)


def review_countries(user) -> list[str] | None:
    """Agency countries whose flags the user reviews: None for all, [] for none.
    NGO reviewers see every country; a ministry reviewer only its own."""
    if user.is_authenticated and user.is_superuser:
        return None
    countries = set()
    for organisation in organisations_of(user):
        if organisation.kind == Organisation.Kind.NGO:
            return None
        countries.add(organisation.country)
    return sorted(countries)


def ministry_countries(user) -> list[str]:
    """Countries where the user acts for the ministry (licences, claims)."""
    if user.is_authenticated and user.is_superuser:
        return ["KH", "VN"]
    return sorted({o.country for o in organisations_of(user, Organisation.Kind.MINISTRY)})


def colleagues(user):
    """People of the user's organisations, to whom a flag can be assigned."""
    from .models import User

    return User.objects.filter(
        organisation_memberships__organisation__in=organisations_of(user)
    ).distinct()
