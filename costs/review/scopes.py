"""Who reviews which agencies: NGO reviewers every country, a ministry
reviewer only its own; and who counts as a colleague for assigning a flag."""

from django.db.models import Q

from accounts.access import organisations_of
from accounts.models import Organisation, User

from ..catalogue.countries import origin_codes


def reviewers_of(*countries: str):
    """Everyone who reviews flags of agencies of any of these countries."""
    return User.objects.filter(
        Q(organisation_memberships__organisation__kind=Organisation.Kind.NGO)
        | Q(
            organisation_memberships__organisation__kind=Organisation.Kind.MINISTRY,
            organisation_memberships__organisation__country__in=countries,
        ),
        organisation_memberships__organisation__verified=True,
    ).distinct()


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
        return origin_codes()
    return sorted({o.country for o in organisations_of(user, Organisation.Kind.MINISTRY)})


def colleagues(user):
    """People of the user's organisations, to whom a flag can be assigned."""
    return User.objects.filter(
        organisation_memberships__organisation__in=organisations_of(user)
    ).distinct()
