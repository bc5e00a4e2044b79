import re

import pytest
from django.utils import translation
from django.utils.translation import gettext, pgettext

PAGES = ["/{lang}/accounts/login/", "/{lang}/accounts/signup/", "/{lang}/accounts/password/reset/"]


def translated(text: str, lang: str, context: str | None = None) -> str:
    with translation.override(lang):
        result = pgettext(context, text) if context else gettext(text)
    assert result != text, f"{text!r} is not translated into {lang}"
    return result


@pytest.mark.parametrize("lang", ["km", "vi", "ja"])
@pytest.mark.parametrize("path", PAGES)
def test_account_pages_speak_the_language_and_wear_the_site_shell(client, lang, path):
    response = client.get(path.format(lang=lang))
    assert response.status_code == 200
    html = response.content.decode()
    assert f'<html lang="{lang}">' in html
    assert 'class="site"' in html and "/static/css/site.css" in html
    assert translated("Password", lang) in html or translated("Password Reset", lang) in html


@pytest.mark.parametrize("lang", ["km", "vi"])
def test_the_sign_in_page_has_no_english_left(client, lang):
    html = client.get(f"/{lang}/accounts/login/").content.decode()
    for text in ["Sign In", "Forgot your password?"]:
        assert translated(text, lang) in html
        assert f">{text}<" not in html


SCRIPT_SAMPLES = {"km": re.compile("[\u1780-\u17ff]{4}"), "vi": re.compile("bạn|email này")}


@pytest.mark.parametrize("lang", ["km", "vi"])
def test_the_confirmation_e_mail_is_in_the_language(client, mailoutbox, lang):
    password = "long-enough-pass-2026"
    client.post(
        f"/{lang}/accounts/signup/",
        {"email": f"sok-{lang}@example.org", "password1": password, "password2": password},
    )
    assert len(mailoutbox) == 1
    body = mailoutbox[0].body
    assert "/confirm-email/" in body
    assert "Thank you for using" not in body and "Hello from" not in body
    assert SCRIPT_SAMPLES[lang].search(body)


def test_repeated_failed_sign_ins_are_refused_for_a_while(client, cast):
    def attempt(password):
        data = {"login": "alice@example.org", "password": password}
        return client.post("/en/accounts/login/", data).content.decode()

    pages = [attempt("wrong") for _ in range(7)]
    assert "Too many failed login attempts" not in pages[0]
    assert "Too many failed login attempts" in pages[-1]
    # Even the right password waits until the limit passes.
    attempt("pw")
    assert "_auth_user_id" not in client.session
