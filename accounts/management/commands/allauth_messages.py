"""Refresh the catalogue of django-allauth's account strings that we translate.

allauth ships no Khmer or Vietnamese catalogue. We keep one in locale_allauth/
(listed in LOCALE_PATHS, so it takes precedence over allauth's own), made from
the msgids of allauth's shipped catalogue that belong to the parts we use
(accounts, their templates and e-mails). Existing translations are kept; run
this after upgrading allauth, then translate what is new.
"""

from pathlib import Path

import allauth
from babel.messages.catalog import Catalog
from babel.messages.pofile import read_po, write_po
from django.conf import settings
from django.core.management.base import BaseCommand

LANGUAGES = ["km", "vi"]
USED = (
    "account/",
    "templates/account/",
    "templates/allauth/layouts/",
    "templates/allauth/elements/",
)
UNUSED = ("socialaccount", "mfa", "usersessions", "headless", "idp", "phone", "passkey", "code")


def _used(locations) -> bool:
    files = [path for path, _line in locations]
    return any(f.startswith(USED) and not any(word in f for word in UNUSED) for f in files)


class Command(BaseCommand):
    help = "Refresh locale_allauth/<lang>/LC_MESSAGES/django.po from allauth's msgids."

    def handle(self, *args, **options):
        source = Path(allauth.__file__).parent / "locale" / "fr" / "LC_MESSAGES" / "django.po"
        with source.open("rb") as handle:
            template = read_po(handle)
        target_root = Path(settings.BASE_DIR) / "locale_allauth"
        for lang in LANGUAGES:
            path = target_root / lang / "LC_MESSAGES" / "django.po"
            old = {}
            if path.exists():
                with path.open("rb") as handle:
                    old = {m.id: m.string for m in read_po(handle) if m.id}
            catalog = Catalog(locale=lang, project="FairFee (django-allauth strings)", fuzzy=False)
            for message in template:
                if not message.id or not _used(message.locations):
                    continue
                string = old.get(message.id, "" if not message.pluralizable else ("",))
                catalog.add(message.id, string=string, context=message.context, auto_comments=[])
            path.parent.mkdir(parents=True, exist_ok=True)
            with path.open("wb") as handle:
                write_po(handle, catalog, omit_header=False, no_location=True, width=100)
            missing = sum(
                1
                for m in catalog
                if m.id and not (m.string if isinstance(m.string, str) else all(m.string))
            )
            self.stdout.write(f"{path}: {len(catalog)} messages, {missing} untranslated")
