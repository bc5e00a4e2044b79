"""Forms for people who rarely fill forms: a prompt in every list, no delete box
on a new line, amounts re-shown the way the language writes them, one id per box."""

import re

import pytest

from costs.flags.engine import agency_recompute
from tests.costs.reports.test_reports import report_data


@pytest.fixture
def kh_agency(make_agency):
    return make_agency(name="Angkor Manpower", slug="angkor", country="KH")


@pytest.mark.parametrize("language", ["en", "km", "vi", "ja"])
def test_no_public_form_opens_on_dashes(client, kh_agency, language):
    pages = [
        f"/{language}/",
        f"/{language}/compare/",
        f"/{language}/compare/?programme=titp",
        f"/{language}/check/",
        f"/{language}/report/new/",
        *(f"/{language}/report/new/?agency=angkor&step={step}" for step in
          ("job", "payments", "loan", "problems")),
    ]  # fmt: skip
    for url in pages:
        response = client.get(url)
        assert response.status_code == 200, url
        assert "---------" not in response.content.decode(), url


def correct_page(client, kh_agency, language, **extra):
    data = report_data(
        kh_agency,
        lines=[("service-fee", "8000000", "KHR", "agency")],
        loan_amount="3500",
        loan_currency="USD",
        lender="microfinance",
        loan_monthly_interest="1.5",
        **extra,
    )
    assert client.post("/en/report/new/", data)["Location"] == "/en/report/thanks/"
    code = re.search(
        r'<p class="code">([^<]+)</p>', client.get("/en/report/thanks/").content.decode()
    )
    client.post("/en/report/receipt/", {"code": code.group(1)})
    return client.get(f"/{language}/report/mine/correct/").content.decode()


@pytest.mark.parametrize(
    "language, amount, interest",
    [("en", "8,000,000", "1.5"), ("km", "8,000,000", "1.5"), ("vi", "8.000.000", "1,5"),
     ("ja", "8,000,000", "1.5")],
)  # fmt: skip
def test_a_stored_amount_is_shown_again_in_the_languages_own_format(
    client, kh_agency, language, amount, interest
):
    page = correct_page(client, kh_agency, language)
    assert f'value="{amount}"' in page and "8000000.00" not in page
    assert f'value="{interest}"' in page and "1.50" not in page
    assert 'value="190,000"' in page or 'value="190.000"' in page
    mine = client.get(f"/{language}/report/mine/").content.decode()
    # One decimal mark per language: the interest is written like the amounts.
    assert f"{interest}%" in mine


def test_saved_lines_have_our_own_remove_box_and_new_lines_none(client, kh_agency):
    page = correct_page(client, kh_agency, "en")
    assert page.count('name="items-0-DELETE"') == 1 and "Remove this line" in page
    data = report_data(kh_agency, **{"items-INITIAL_FORMS": "1", "add_payment": "1"})
    grown = client.post("/en/report/mine/correct/", data).content.decode()
    assert "items-1-amount" in grown
    assert 'name="items-0-DELETE"' in grown and 'name="items-1-DELETE"' not in grown


def test_a_new_disclosure_has_no_delete_boxes(cast, login):
    page = login(cast.alice).get("/en/my-agencies/alpha/fees/new/").content.decode()
    assert "items-2-amount" in page
    assert "DELETE" not in page and "---------" not in page


def test_every_reply_box_on_the_agencys_flags_page_has_its_own_id(cast, login, publish):
    publish(
        cast.alpha,
        lines=[("deposit", "250", "USD", "worker"), ("service-fee", "9", "USD", "worker")],
    )
    agency_recompute(agency_id=cast.alpha.pk)
    page = login(cast.alice).get("/en/my-agencies/alpha/flags/").content.decode()
    ids = re.findall(r'\bid="([^"]+)"', page)
    assert page.count("<textarea") >= 2
    assert len(ids) == len(set(ids))
    for box in re.findall(r'<textarea[^>]*id="([^"]+)"', page):
        assert f'for="{box}"' in page
