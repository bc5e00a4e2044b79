"""Refresh the catalogues of the account pages' strings that we translate.

allauth ships no Khmer or Vietnamese catalogue. We keep one in locale_allauth/
(listed in LOCALE_PATHS, so it takes precedence over allauth's own), made from
the msgids of allauth's shipped catalogue that belong to the parts we use
(accounts, their templates and e-mails).

The same pages show some of Django's own strings: the password rules and their
errors, and the e-mail field's errors. Django's Khmer catalogue lacks most of
them and its Vietnamese one keys the "too short" error by an older msgid, so we
read the msgids from Django's source and carry those that Django's catalogue of
a language does not translate.

Existing translations are kept; run this after upgrading allauth or Django,
then translate what is new.
"""

import gettext
from pathlib import Path

import allauth
import django
from babel.messages.catalog import Catalog
from babel.messages.extract import DEFAULT_KEYWORDS, extract_from_file
from babel.messages.pofile import read_po, write_po
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

ALLAUTH_LANGUAGES = ["km", "vi"]
LANGUAGES = ["km", "vi", "ja"]
USED = (
    "account/",
    "templates/account/",
    "templates/allauth/layouts/",
    "templates/allauth/elements/",
)
UNUSED = ("socialaccount", "mfa", "usersessions", "headless", "idp", "phone", "passkey", "code")

# Django's source files the account pages take strings from, with the msgids
# they show (None: every msgid of the file).
DJANGO_SOURCES = {
    "contrib/auth/password_validation.py": None,
    "core/validators.py": {
        "Enter a valid email address.",
        "Ensure this value has at most %(limit_value)d character (it has %(show_value)d).",
        "Null characters are not allowed.",
    },
    "forms/fields.py": {"This field is required."},
}
DJANGO_CATALOGUES = ["conf/locale", "contrib/auth/locale"]
KEYWORDS = {
    **DEFAULT_KEYWORDS,
    "gettext_lazy": None,
    "ngettext_lazy": (1, 2),
    "pgettext_lazy": ((1, "c"), 2),
}


def _used(locations) -> bool:
    files = [path for path, _line in locations]
    return any(f.startswith(USED) and not any(word in f for word in UNUSED) for f in files)


def _singular(msgid) -> str:
    return msgid if isinstance(msgid, str) else msgid[0]


def allauth_messages() -> list:
    source = Path(allauth.__file__).parent / "locale" / "fr" / "LC_MESSAGES" / "django.po"
    with source.open("rb") as handle:
        template = read_po(handle)
    return [(m.id, m.context) for m in template if m.id and _used(m.locations)]


def django_messages() -> list:
    root = Path(django.__file__).parent
    found = []
    for name, wanted in DJANGO_SOURCES.items():
        extracted = {}
        for _line, msgid, _comments, context in extract_from_file(
            "python", root / name, keywords=KEYWORDS
        ):
            extracted.setdefault(_singular(msgid), (msgid, context))
        missing = (wanted or set()) - set(extracted)
        if missing:
            raise CommandError(
                f"django/{name} no longer has {sorted(missing)}: update DJANGO_SOURCES."
            )
        found += [extracted[key] for key in extracted if wanted is None or key in wanted]
    return found


def django_translates(lang: str, msgid, context) -> bool:
    root = Path(django.__file__).parent
    key = _singular(msgid) if isinstance(msgid, str) else (msgid[0], 0)
    if context:
        key = f"{context}\x04{key}" if isinstance(key, str) else (f"{context}\x04{key[0]}", 0)
    for folder in DJANGO_CATALOGUES:
        path = root / folder / lang / "LC_MESSAGES" / "django.mo"
        if path.exists():
            with path.open("rb") as handle:
                if gettext.GNUTranslations(handle)._catalog.get(key):
                    return True
    return False


class Command(BaseCommand):
    help = "Refresh locale_allauth/<lang>/LC_MESSAGES/django.po from allauth's and Django's msgids."

    def handle(self, *args, **options):
        from_allauth = allauth_messages()
        from_django = django_messages()
        target_root = Path(settings.BASE_DIR) / "locale_allauth"
        for lang in LANGUAGES:
            messages = list(from_allauth) if lang in ALLAUTH_LANGUAGES else []
            messages += [m for m in from_django if not django_translates(lang, *m)]
            path = target_root / lang / "LC_MESSAGES" / "django.po"
            if not messages:
                self.stdout.write(f"{lang}: Django and allauth translate everything we show")
                continue
            old = {}
            if path.exists():
                with path.open("rb") as handle:
                    old = {(m.id, m.context): m.string for m in read_po(handle) if m.id}
            catalog = Catalog(locale=lang, project="FairFee (account pages' strings)", fuzzy=False)
            for msgid, context in messages:
                empty = "" if isinstance(msgid, str) else ("",)
                string = old.get((msgid, context), empty)
                catalog.add(msgid, string=string, context=context, auto_comments=[])
            path.parent.mkdir(parents=True, exist_ok=True)
            with path.open("wb") as handle:
                write_po(handle, catalog, omit_header=False, no_location=True, width=100)
            missing = sum(
                1
                for m in catalog
                if m.id and not (m.string if isinstance(m.string, str) else all(m.string))
            )
            self.stdout.write(f"{path}: {len(catalog)} messages, {missing} untranslated")
