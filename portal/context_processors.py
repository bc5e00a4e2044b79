from django.conf import settings
from django.urls import translate_url
from django.utils.functional import SimpleLazyObject
from django.utils.translation import get_language

from costs.reports.scopes import moderation_countries
from costs.review.scopes import review_countries

# Each language named in itself, so a reader finds their own whatever the page's
# language. (Django's own table names Khmer "Khmer" in Latin letters.)
NATIVE_NAMES = {"en": "English", "km": "ខ្មែរ", "vi": "Tiếng Việt", "ja": "日本語"}


def languages(request):
    """Links to this page in every language: a switcher that needs no JavaScript."""
    current = get_language()
    path = request.get_full_path()
    return {
        "language_links": [
            {
                "code": code,
                "name": NATIVE_NAMES.get(code, code),
                "url": translate_url(path, code),
                "active": code == current,
            }
            for code, _name in settings.LANGUAGES
        ]
    }


def roles(request):
    """What the navigation offers: worked out only when a page asks."""

    def can_moderate():
        return request.user.is_authenticated and moderation_countries(request.user) != []

    def can_review():
        return request.user.is_authenticated and review_countries(request.user) != []

    return {
        "can_moderate": SimpleLazyObject(can_moderate),
        "can_review": SimpleLazyObject(can_review),
    }
