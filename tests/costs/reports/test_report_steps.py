"""The report form in short steps: every answer kept server-side between the
steps, one report made at the last one, the old single post still understood."""

import re

import pytest
from django.test import Client

from costs.models import WorkerReport
from tests.at_once import token_in

NEW = "/en/report/new/"
THANKS = "/en/report/thanks/"


@pytest.fixture
def kh_agency(make_agency):
    return make_agency(
        name="Angkor Manpower", slug="angkor", country="KH", licence_number="MOLVT-1"
    )


JOB = {
    "programme": "ssw1",
    "sector": "agriculture",
    "departure_month": "2024-06",
    "contract_months": "36",
    "first_wage": "190,000",
    "wage_currency": "JPY",
}
PAYMENTS = {
    "items-TOTAL_FORMS": "2",
    "items-INITIAL_FORMS": "0",
    "items-MIN_NUM_FORMS": "0",
    "items-MAX_NUM_FORMS": "30",
    "items-0-category": "service-fee",
    "items-0-amount": "8,000,000",
    "items-0-currency": "KHR",
    "items-0-paid_to": "agency",
    "items-0-receipt_given": "on",
    # The second line is left blank: its lists open on prompts, so it is no payment.
    "items-1-category": "",
    "items-1-amount": "",
    "items-1-currency": "",
    "items-1-paid_to": "",
}
LOAN = {
    "loan_amount": "3000",
    "loan_currency": "USD",
    "lender": "microfinance",
    "loan_monthly_interest": "2.5",
}
LAST = {"passport_held": "on", "private_story": "They kept my passport.", "website": ""}


def step(client, agency, name, answers, token, **extra):
    data = {"step": name, "agency": agency.slug, "submission_token": token, **answers, **extra}
    return client.post(f"{NEW}?agency={agency.slug}", data)


def value_of(page: str, name: str) -> str | None:
    match = re.search(rf'name="{re.escape(name)}"[^>]*value="([^"]*)"', page) or re.search(
        rf'value="([^"]*)"[^>]*name="{re.escape(name)}"', page
    )
    return match.group(1) if match else None


def test_the_steps_keep_every_answer_and_make_exactly_one_report(client, kh_agency):
    first = client.get(NEW, {"agency": kh_agency.slug}).content.decode()
    assert "Step 1 of 4" in first
    token = token_in(first)

    answer = step(client, kh_agency, "job", JOB, token)
    assert answer.status_code == 302 and "step=payments" in answer["Location"]
    assert "Step 2 of 4" in client.get(answer["Location"]).content.decode()
    answer = step(client, kh_agency, "payments", PAYMENTS, token)
    assert "step=loan" in answer["Location"]
    assert not WorkerReport.objects.exists()  # nothing is a report before the last step

    # The connection drops; later the worker opens the first step again: all is there.
    again = client.get(NEW, {"agency": kh_agency.slug, "step": "job"}).content.decode()
    assert value_of(again, "first_wage") == "190,000"
    assert '<option value="agriculture" selected>' in again
    payments = client.get(NEW, {"agency": kh_agency.slug, "step": "payments"}).content.decode()
    assert value_of(payments, "items-0-amount") == "8,000,000"

    assert "step=problems" in step(client, kh_agency, "loan", LOAN, token)["Location"]
    assert not WorkerReport.objects.exists()
    assert step(client, kh_agency, "problems", LAST, token)["Location"] == THANKS

    report = WorkerReport.objects.get()
    assert report.agency == kh_agency and report.sector.code == "agriculture"
    assert report.first_wage == 190000 and report.loan_amount == 3000
    assert report.passport_held and report.private_story == "They kept my passport."
    assert [(i.amount, i.receipt_given) for i in report.items.all()] == [(8000000, True)]
    assert '<p class="code">' in client.get(THANKS).content.decode()
    # The answers are gone from the session once sent; a second tap makes no second report.
    assert step(client, kh_agency, "problems", LAST, token)["Location"] == THANKS
    assert WorkerReport.objects.count() == 1
    fresh = client.get(NEW, {"agency": kh_agency.slug, "step": "job"}).content.decode()
    assert value_of(fresh, "first_wage") in (None, "")


def test_a_step_with_a_mistake_stays_and_keeps_what_was_typed(client, kh_agency):
    token = token_in(client.get(NEW, {"agency": kh_agency.slug}).content.decode())
    answer = step(client, kh_agency, "job", {**JOB, "contract_months": "many"}, token)
    assert answer.status_code == 200
    page = answer.content.decode()
    assert "Step 1 of 4" in page and 'class="error"' in page
    assert value_of(page, "first_wage") == "190,000"
    # Back from step 2 keeps step 2's answers too, without checking them.
    step(client, kh_agency, "job", JOB, token)
    half = {**PAYMENTS, "items-0-amount": "", "items-0-category": "medical"}
    back = step(client, kh_agency, "payments", half, token, back="1")
    assert "step=job" in back["Location"]
    page = client.get(NEW, {"agency": kh_agency.slug, "step": "payments"}).content.decode()
    assert '<option value="medical" selected>' in page


def test_a_later_step_sent_without_the_earlier_ones_goes_back_to_them(kh_agency):
    stranger = Client()
    token = token_in(stranger.get(NEW, {"agency": kh_agency.slug}).content.decode())
    answer = step(stranger, kh_agency, "problems", LAST, token)
    assert answer.status_code == 200 and "Step 1 of 4" in answer.content.decode()
    assert not WorkerReport.objects.exists()


def test_the_honeypot_is_out_of_reach_of_keyboards_and_screen_readers(client, kh_agency):
    page = client.get(NEW, {"agency": kh_agency.slug, "step": "problems"}).content.decode()
    trap = re.search(r'<div class="hp" aria-hidden="true">.*?</div>', page, re.S).group(0)
    assert 'tabindex="-1"' in trap and 'autocomplete="off"' in trap
    # And a bot that fills it in gets the thanks page, but no report.
    token = token_in(page)
    for name, answers in (("job", JOB), ("payments", PAYMENTS), ("loan", LOAN)):
        step(client, kh_agency, name, answers, token)
    bot = step(client, kh_agency, "problems", {**LAST, "website": "http://spam.example"}, token)
    assert bot["Location"] == THANKS and not WorkerReport.objects.exists()


def test_a_new_payment_line_has_no_delete_box(client, kh_agency):
    token = token_in(client.get(NEW, {"agency": kh_agency.slug}).content.decode())
    step(client, kh_agency, "job", JOB, token)
    page = step(client, kh_agency, "payments", PAYMENTS, token, add_payment="1").content.decode()
    assert "items-2-amount" in page  # one more line
    assert "DELETE" not in page and "Remove this line" not in page
