"""A worker's report sent twice (a double tap, a resend on a slow line) is
stored once, and the receipt code is still shown once, to the reporter."""

import re

import pytest
from django.test import Client

from costs.models import WorkerReport
from tests.at_once import at_once, raised, token_in

from .test_reports import report_data

NEW = "/en/report/new/"
THANKS = "/en/report/thanks/"
CODE = re.compile(r'<p class="code">([^<]+)</p>')


@pytest.fixture
def kh_agency(make_agency):
    return make_agency(
        name="Angkor Manpower", slug="angkor", country="KH", licence_number="MOLVT-1"
    )


def codes_on_thanks(client) -> list[str]:
    return CODE.findall(client.get(THANKS).content.decode())


@pytest.mark.django_db
def test_a_report_sent_twice_is_stored_once_and_its_code_shown_once(client, kh_agency):
    page = client.get(NEW, {"agency": kh_agency.slug}).content.decode()
    data = report_data(kh_agency, submission_token=token_in(page))
    first, second = client.post(NEW, data), client.post(NEW, data)
    assert (first.status_code, first["Location"]) == (second.status_code, second["Location"])
    assert first["Location"] == THANKS
    assert WorkerReport.objects.count() == 1

    shown = codes_on_thanks(client)
    assert len(shown) == 1
    assert codes_on_thanks(client) == []  # once only
    # The one code shown opens the one report.
    assert client.post("/en/report/receipt/", {"code": shown[0]})["Location"] == "/en/report/mine/"


@pytest.mark.django_db
def test_a_second_report_from_a_new_form_is_its_own(client, kh_agency):
    for wage in ["190000", "185000"]:
        page = client.get(NEW, {"agency": kh_agency.slug}).content.decode()
        client.post(NEW, report_data(kh_agency, first_wage=wage, submission_token=token_in(page)))
        assert len(codes_on_thanks(client)) == 1
    assert WorkerReport.objects.count() == 2


@pytest.mark.django_db
def test_a_report_sent_again_does_not_count_against_the_limit(client, kh_agency):
    page = client.get(NEW, {"agency": kh_agency.slug}).content.decode()
    data = report_data(kh_agency, submission_token=token_in(page))
    answers = [client.post(NEW, data) for _ in range(8)]  # the limit is 5 an hour
    assert {(a.status_code, a["Location"]) for a in answers} == {(302, THANKS)}
    assert WorkerReport.objects.count() == 1


@pytest.mark.django_db(transaction=True)
def test_a_report_sent_twice_at_once_is_stored_once_and_its_code_shown_once(kh_agency):
    phone = Client()
    page = phone.get(NEW, {"agency": kh_agency.slug}).content.decode()
    # The second sending carries the same session cookie as the first, as a
    # browser's does: the form's page opened the session.
    assert phone.cookies.get("sessionid")
    resend = Client()
    resend.cookies = phone.cookies
    data = report_data(kh_agency, submission_token=token_in(page))
    answers = at_once(lambda: phone.post(NEW, data), lambda: resend.post(NEW, data))
    assert not raised(answers), answers
    assert [(a.status_code, a["Location"]) for a in answers] == [(302, THANKS)] * 2
    assert WorkerReport.objects.count() == 1
    # Whichever answer the browser follows, the page shows the one code once.
    shown = codes_on_thanks(resend)
    assert len(shown) == 1 and codes_on_thanks(phone) == []
    assert phone.post("/en/report/receipt/", {"code": shown[0]})["Location"] == "/en/report/mine/"
