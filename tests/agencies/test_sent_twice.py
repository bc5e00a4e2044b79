"""A claim sent twice (a double tap, a resend) is one claim, with one answer."""

import pytest
from django.test import Client

from agencies.models import AgencyMembership
from tests.at_once import at_once, raised, token_in

URL = "/en/my-agencies/claim/"
THANKS = "We will check your claim and tell you by e-mail when it is verified."


@pytest.fixture
def dora(django_user_model):
    return django_user_model.objects.create_user(username="dora", email="dora@example.org")


def claim_data(page: str) -> dict:
    return {
        "country": "VN",
        "licence_number": "101/GP",
        "note": "Director",
        "submission_token": token_in(page),
    }


@pytest.mark.django_db
def test_a_claim_sent_twice_is_one_claim_and_both_answers_thank(client, cast, dora):
    client.force_login(dora)
    data = claim_data(client.get(URL).content.decode())
    first, second = client.post(URL, data, follow=True), client.post(URL, data, follow=True)
    assert AgencyMembership.objects.filter(user=dora).count() == 1
    for answer in (first, second):
        assert answer.redirect_chain == [("/en/my-agencies/", 302)]
        assert THANKS in answer.content.decode()


@pytest.mark.django_db
def test_claiming_the_same_agency_again_from_a_new_form_is_still_explained(client, cast, dora):
    client.force_login(dora)
    client.post(URL, claim_data(client.get(URL).content.decode()))
    again = client.post(URL, claim_data(client.get(URL).content.decode()))
    assert again.status_code == 200
    assert "You have already claimed this agency." in again.content.decode()
    assert AgencyMembership.objects.filter(user=dora).count() == 1


@pytest.mark.django_db
def test_the_token_of_one_claim_does_not_stand_for_another(client, cast, dora):
    """Back to the form after claiming Alpha, the same form now claims Beta."""
    client.force_login(dora)
    data = claim_data(client.get(URL).content.decode())
    client.post(URL, data)
    other = {**data, "country": "KH", "licence_number": "MOLVT-9"}
    assert client.post(URL, other).status_code == 302
    assert {m.agency for m in AgencyMembership.objects.filter(user=dora)} == {cast.alpha, cast.beta}


@pytest.mark.django_db(transaction=True)
def test_a_claim_sent_twice_at_once_is_one_claim(cast, dora):
    phones = [Client(), Client()]
    for phone in phones:
        phone.force_login(dora)
    data = claim_data(phones[0].get(URL).content.decode())
    answers = at_once(*(lambda phone=phone: phone.post(URL, data) for phone in phones))
    assert not raised(answers), answers
    assert [(a.status_code, a["Location"]) for a in answers] == [(302, "/en/my-agencies/")] * 2
    assert AgencyMembership.objects.filter(user=dora).count() == 1
