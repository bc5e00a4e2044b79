"""No English on a translated account page, and the link's language wins."""

import re

import pytest
from django.test import Client
from django.utils import translation
from django.utils.translation import gettext, ngettext

from accounts.management.commands.allauth_messages import django_messages

LANGUAGES = ["km", "vi", "ja"]
# Django's own English, as the password rules and their errors say it.
ENGLISH = [
    "Your password",
    "This password",
    "The password is too similar",
    "Enter a valid email address",
    "This field is required",
]
SCRIPT = {
    "km": "[\u1780-\u17ff]",
    "vi": "[ạảấầẩậắằẳặẹẻẽếềểễệịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹđ]",
    "ja": "[\u3040-\u30ff\u4e00-\u9fff]",
}
PASSWORD = "long-enough-pass-2026"


def errors(html: str) -> list[str]:
    return re.findall(r'<ul class="errorlist[^"]*"[^>]*>(.*?)</ul>', html, flags=re.S)


def assert_no_english(html: str, lang: str):
    for phrase in ENGLISH:
        assert phrase not in html, f"{phrase!r} left in English on a {lang} page"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_password_rule_and_email_error_django_gives_is_translated(lang):
    with translation.override(lang):
        for msgid, _context in django_messages():
            if isinstance(msgid, str):
                assert gettext(msgid) != msgid, f"{msgid!r} is not translated into {lang}"
            else:
                assert ngettext(msgid[0], msgid[1], 8) != msgid[1], f"{msgid[1]!r} in {lang}"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_sign_up_page_states_the_password_rules_in_the_language(client, lang):
    html = client.get(f"/{lang}/accounts/signup/").content.decode()
    assert_no_english(html, lang)
    with translation.override(lang):
        rule = ngettext(
            "Your password must contain at least %(min_length)d character.",
            "Your password must contain at least %(min_length)d characters.",
            8,
        ) % {"min_length": 8}
    assert rule in html


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize(
    "email, password",
    [
        ("not-an-email", "12345"),
        ("sok@example.org", "password"),
        ("", ""),
        ("sok@example.org", "sok@example.org"),
    ],
)
def test_sign_up_errors_are_in_the_language(client, lang, email, password):
    response = client.post(
        f"/{lang}/accounts/signup/", {"email": email, "password1": password, "password2": password}
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert errors(html), "the form shows its errors"
    assert_no_english(html, lang)
    assert all(re.search(SCRIPT[lang], error) for error in errors(html))


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_password_reset_and_a_password_change_refuse_a_short_password_in_the_language(
    client, mailoutbox, cast, lang
):
    client.post(f"/{lang}/accounts/password/reset/", {"email": "alice@example.org"})
    assert re.search(SCRIPT[lang], mailoutbox[0].body)
    link = re.search(r"http://testserver(/\S+)", mailoutbox[0].body).group(1)
    assert link.startswith(f"/{lang}/accounts/password/reset/key/")
    form_url = client.get(link, follow=True).redirect_chain[-1][0]
    html = client.post(form_url, {"password1": "123", "password2": "123"}).content.decode()
    assert errors(html) and all(re.search(SCRIPT[lang], e) for e in errors(html))
    assert_no_english(html, lang)

    client.force_login(cast.bob)
    html = client.post(
        f"/{lang}/accounts/password/change/",
        {"oldpassword": "pw", "password1": "12345678", "password2": "12345678"},
    ).content.decode()
    assert errors(html) and all(re.search(SCRIPT[lang], e) for e in errors(html))
    assert_no_english(html, lang)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_visitor_who_confirms_from_a_link_in_the_language_stays_in_it(mailoutbox, lang, db):
    # Browsers set to English, as in an internet café: the link's language wins.
    signing_up = Client(HTTP_ACCEPT_LANGUAGE="en")
    signing_up.post(
        f"/{lang}/accounts/signup/",
        {"email": "sok@example.org", "password1": PASSWORD, "password2": PASSWORD},
    )
    assert re.search(SCRIPT[lang], mailoutbox[0].body)
    link = re.search(r"http://testserver(/\S+)", mailoutbox[0].body).group(1)
    assert link.startswith(f"/{lang}/accounts/confirm-email/")

    elsewhere = Client(HTTP_ACCEPT_LANGUAGE="en")
    assert f'<html lang="{lang}">' in elsewhere.get(link).content.decode()
    response = elsewhere.post(link, follow=True)
    assert response.redirect_chain[0][0] == f"/{lang}/accounts/login/"
    assert f'<html lang="{lang}">' in response.content.decode()

    signed_in = elsewhere.post(
        f"/{lang}/accounts/login/", {"login": "sok@example.org", "password": PASSWORD}
    )
    assert signed_in["Location"] == f"/{lang}/"


def test_a_page_that_needs_an_account_sends_the_visitor_to_sign_in_in_its_language(db):
    response = Client(HTTP_ACCEPT_LANGUAGE="en").get("/km/review/")
    assert response.status_code == 302
    assert response["Location"].startswith("/km/accounts/login/?next=/km/review/")
