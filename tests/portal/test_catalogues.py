"""Every interface string is translated: no page in Khmer, Vietnamese or
Japanese may fall back to English."""

from pathlib import Path

import pytest
from babel.messages.pofile import read_po

ROOT = Path(__file__).resolve().parents[2]
CATALOGUES = sorted(ROOT.glob("locale*/*/LC_MESSAGES/django.po"))


def test_there_is_a_catalogue_for_each_language():
    languages = {path.parts[-3] for path in ROOT.glob("locale/*/LC_MESSAGES/django.po")}
    assert languages == {"km", "vi", "ja"}
    assert {path.parts[-3] for path in ROOT.glob("locale_allauth/*/LC_MESSAGES/django.po")} == {
        "km",
        "vi",
    }


@pytest.mark.parametrize("path", CATALOGUES, ids=[str(p.relative_to(ROOT)) for p in CATALOGUES])
def test_every_message_is_translated_and_none_is_fuzzy(path):
    with path.open("rb") as handle:
        catalog = read_po(handle)
    assert not catalog.fuzzy, "the header is marked fuzzy: the catalogue would not compile"
    problems = []
    for message in catalog:
        if not message.id:
            continue
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        if message.fuzzy or not all(strings):
            problems.append(message.id if isinstance(message.id, str) else message.id[0])
    assert problems == []
