"""Whose reports a moderator checks: the origin countries of the NGO's scope."""

from accounts.access import organisations_of
from accounts.models import Organisation


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
