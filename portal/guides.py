"""Seeding the guides and help contacts from portal/guides_data.

Admins edit guides and contacts after seeding, and their edits win. But a seed
text can be wrong (a law cited to the wrong act, a ministry that was merged),
and a correction must reach databases that still hold the wrong text. So every
row records, in `seeded`, a fingerprint of each value the seed wrote into it;
`load_guides` replaces a value only while it still matches that fingerprint (the
admin has not touched it), or, in a row seeded before fingerprints were kept,
while it is empty or a text some earlier seed shipped (guides_data.superseded).
"""

import datetime
import hashlib
import logging

from django.db import transaction

from . import guides_data
from .guides_data.superseded import SUPERSEDED
from .models import Guide, HelpContact

logger = logging.getLogger(__name__)

LANGUAGES = ("en", "km", "vi", "ja")
TRANSLATED = ("km", "vi", "ja")
GUIDE_TEXTS = ("title", "summary", "body")
CONTACT_TEXTS = ("name", "description", "hours", "instead", "source")
CONTACT_VALUES = ("phone", "languages", "website")


def fingerprint(value) -> str:
    """A stable hash of a seed value: line endings and trailing spaces do not
    count, since saving a textarea in the admin changes them."""
    text = "" if value is None else str(value)
    lines = text.replace("\r\n", "\n").replace("\r", "\n").strip().split("\n")
    normalised = "\n".join(line.rstrip() for line in lines)
    return hashlib.sha256(normalised.encode()).hexdigest()


def _guide_seed(row: dict) -> dict:
    values = {}
    for name in GUIDE_TEXTS:
        values[f"{name}_en"] = row[name]
        for lang in TRANSLATED:
            values[f"{name}_{lang}"] = guides_data.TRANSLATIONS[lang].GUIDES[row["slug"]][name]
    return values


def _contact_seed(row: dict) -> dict:
    values = {name: row[name] for name in CONTACT_VALUES}
    for name in CONTACT_TEXTS:
        values[f"{name}_en"] = row[name]
        for lang in TRANSLATED:
            values[f"{name}_{lang}"] = guides_data.TRANSLATIONS[lang].CONTACTS[row["key"]][name]
    return values


def _untouched(obj, field: str) -> bool:
    current = getattr(obj, field)
    mark = obj.seeded.get(field)
    if mark is not None:
        return fingerprint(current) == mark
    # Seeded before fingerprints were kept, or a field that is new.
    return current in ("", None) or fingerprint(current) in SUPERSEDED


def _sync(obj, values: dict, dated: dict, vouches=None) -> list[str]:
    """Write the seed's values into the fields of `obj` that still hold what a
    seed wrote; return the fields changed. The `dated` fields (the day the facts
    were checked) follow only when the fields they vouch for (all, by default)
    are the seed's: the date vouches for the seed's words, not for an admin's."""
    changed, kept = [], []
    for field, value in values.items():
        if getattr(obj, field) == value:
            obj.seeded[field] = fingerprint(value)
        elif _untouched(obj, field):
            setattr(obj, field, value)
            obj.seeded[field] = fingerprint(value)
            changed.append(field)
        else:
            kept.append(field)
    for field, value in dated.items():
        if getattr(obj, field) == value:
            obj.seeded[field] = fingerprint(value)
        elif not set(kept) & set(vouches or values) and _untouched(obj, field):
            setattr(obj, field, value)
            obj.seeded[field] = fingerprint(value)
            changed.append(field)
    if kept:
        logger.info("load_guides: %s keeps the admin's %s", obj, ", ".join(kept))
    return changed


def _date(value: str) -> datetime.date:
    return datetime.date.fromisoformat(value)


@transaction.atomic
def load_guides() -> int:
    """Create the guides and contacts that do not exist yet, and bring corrected
    seed text into existing ones where nobody edited it. Returns how many guides
    were created."""
    created = 0
    guides = {}
    for row in guides_data.GUIDES:
        values = _guide_seed(row)
        dated = {"checked_on": _date(row["checked_on"])}
        guide = Guide.objects.filter(slug=row["slug"]).first()
        if guide is None:
            guide = Guide(slug=row["slug"], order=row["order"], **values, **dated)
            guide.seeded = {field: fingerprint(v) for field, v in {**values, **dated}.items()}
            guide.save()
            created += 1
        else:
            unmarked = not guide.seeded  # seeded before marks were kept: save them now
            if _sync(guide, values, dated) or unmarked:
                guide.save()
        guides[row["slug"]] = guide
    for row in guides_data.GUIDES:
        if not guides[row["slug"]].related.exists():
            guides[row["slug"]].related.set([guides[slug] for slug in row["related"]])
    for row in guides_data.CONTACTS:
        values = _contact_seed(row)
        dated = {"checked_on": _date(row["checked_on"])}
        contact = HelpContact.objects.filter(key=row["key"]).first()
        if contact is None:
            contact = HelpContact(
                key=row["key"],
                where=row["where"],
                for_origin=row["for_origin"],
                order=row["order"],
                **values,
                **dated,
            )
            contact.seeded = {field: fingerprint(v) for field, v in {**values, **dated}.items()}
            contact.save()
            continue
        unmarked = not contact.seeded
        if unmarked and not contact.for_origin:
            # A contact of the first seed, from before contacts could be for one origin.
            contact.for_origin = row["for_origin"]
        phone = contact.phone
        changed = _sync(contact, values, dated, vouches=("phone", "source_en"))
        if contact.phone and not (contact.source and contact.checked_on):
            # The seed's number would stand on an admin's source or none: keep the old one.
            contact.phone = phone
            contact.seeded.pop("phone", None)
        if changed or unmarked:
            contact.save()
    return created
