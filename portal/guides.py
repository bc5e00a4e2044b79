"""Seeding the guides and help contacts from portal/guides_data."""

from django.db import transaction

from . import guides_data
from .models import Guide, HelpContact

LANGUAGES = ("km", "vi", "ja")


@transaction.atomic
def load_guides() -> int:
    """Create the guides and contacts that do not exist yet. Existing ones are
    left as the admin edited them. Returns how many guides were created."""
    created = 0
    guides = {}
    for row in guides_data.GUIDES:
        fields = {"order": row["order"]}
        for name in ("title", "summary", "body"):
            fields[f"{name}_en"] = row[name]
            for lang in LANGUAGES:
                fields[f"{name}_{lang}"] = guides_data.TRANSLATIONS[lang].GUIDES[row["slug"]][name]
        guides[row["slug"]], was_created = Guide.objects.get_or_create(
            slug=row["slug"], defaults=fields
        )
        created += was_created
    for row in guides_data.GUIDES:
        if not guides[row["slug"]].related.exists():
            guides[row["slug"]].related.set([guides[slug] for slug in row["related"]])
    for row in guides_data.CONTACTS:
        fields = {
            "where": row["where"],
            "website": row["website"],
            "order": row["order"],
            "description_en": row["description"],
            **{
                f"description_{lang}": guides_data.TRANSLATIONS[lang].CONTACTS[row["key"]]
                for lang in LANGUAGES
            },
        }
        HelpContact.objects.get_or_create(name=row["name"], defaults=fields)
    return created
