"""The agency's reply sent twice (a double tap, a resend) is published once."""

import re

import pytest
from django.test import Client

from costs.models import FlagEvent
from tests.at_once import at_once, raised

URL = "/en/my-agencies/alpha/flags/"


def reply_token(page: str, flag) -> str:
    """The token of the reply form under `flag` (each form has its own)."""
    match = re.search(
        rf'name="flag" value="{flag.pk}"><input type="hidden" name="submission_token" '
        r'value="([^"]+)"',
        page,
    )
    assert match, "the reply form carries no submission token"
    return match.group(1)


def replies(flag) -> list[str]:
    return list(
        FlagEvent.objects.filter(flag=flag, kind=FlagEvent.Kind.AGENCY_REPLY).values_list(
            "text", flat=True
        )
    )


@pytest.mark.django_db
def test_a_reply_sent_twice_is_published_once_and_both_answers_say_so(client, cast, flagged):
    client.force_login(cast.alice)
    data = {
        "flag": flagged.alpha.pk,
        "text": "We no longer take deposits.",
        "submission_token": reply_token(client.get(URL).content.decode(), flagged.alpha),
    }
    first, second = client.post(URL, data, follow=True), client.post(URL, data, follow=True)
    assert replies(flagged.alpha) == ["We no longer take deposits."]
    for answer in (first, second):
        assert answer.redirect_chain == [(URL, 302)]
        assert "Your reply is published under the flag." in answer.content.decode()
    assert (
        client.get("/en/agencies/alpha/").content.decode().count("We no longer take deposits.") == 1
    )


@pytest.mark.django_db
def test_a_second_reply_from_a_new_form_is_published(client, cast, flagged):
    client.force_login(cast.alice)
    for text in ["First answer.", "We refunded every deposit."]:
        token = reply_token(client.get(URL).content.decode(), flagged.alpha)
        client.post(URL, {"flag": flagged.alpha.pk, "text": text, "submission_token": token})
    assert replies(flagged.alpha) == ["First answer.", "We refunded every deposit."]


@pytest.mark.django_db(transaction=True)
def test_a_reply_sent_twice_at_once_is_published_once(cast, flagged):
    phones = [Client(), Client()]
    for phone in phones:
        phone.force_login(cast.alice)
    data = {
        "flag": flagged.alpha.pk,
        "text": "We no longer take deposits.",
        "submission_token": reply_token(phones[0].get(URL).content.decode(), flagged.alpha),
    }
    answers = at_once(*(lambda phone=phone: phone.post(URL, data) for phone in phones))
    assert not raised(answers), answers
    assert [a.status_code for a in answers] == [302, 302]
    assert replies(flagged.alpha) == ["We no longer take deposits."]
