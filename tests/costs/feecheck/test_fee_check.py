from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given
from hypothesis import settings as hsettings
from hypothesis import strategies as st

from costs.flags.engine import recompute_all
from costs.models import ThresholdRule, rate_on, to_usd

URL = "/en/check/"


def check(client, **params):
    query = {"o": "VN", "programme": "titp", "sector": "titp-construction", "m": "36", **params}
    return client.get(URL, query)


def verdicts(response):
    return {v.rule.code: v.broken for v in response.context["result"].verdicts}


def outcomes(response):
    return {v.rule.code: v.verdict.outcome.value for v in response.context["result"].verdicts}


def test_a_vietnamese_fee_in_dong_in_months_of_a_typical_wage(client, guides):
    response = check(client, t="150.000.000", tc="VND")
    result = response.context["result"]
    today_vnd = rate_on("VND", __import__("datetime").date.today())
    assert result.total_usd == to_usd(Decimal("150000000"), today_vnd)
    assert result.wage_is_typical and result.months > 3
    found = outcomes(response)
    # Without the basic wage no months cap is judged (the typical wage is only
    # an estimate), and a total cannot show a brokerage fee: both "can't tell".
    # They used to read ✗ on a typical wage with overtime, and ✓ for brokerage.
    assert found["vn-service-fee-3-months-36m"] == "cannot_tell"
    assert found["vn-service-fee-1-month-per-year"] == "cannot_tell"
    assert found["vn-brokerage-zero"] == "cannot_tell"
    assert found["worker-fee-epp"] == "breaks"
    html = response.content.decode()
    assert "months of wages" in html and "Law 69/2020/QH14, Art. 7(8)" in html
    assert "Circular 02/2024" not in html
    assert "a total cannot show what each amount was for" in html
    assert "An estimate with the average basic wage" in html and "would be about" in html


@pytest.mark.parametrize("fee, broken", [("999.99", False), ("1000", False), ("1000.01", True)])
def test_the_service_fee_limit_of_one_month_per_year_at_its_boundary(client, guides, fee, broken):
    response = check(client, m="12", c1="service-fee", a1=fee, u1="USD", w="1000", wc="USD")
    assert verdicts(response)["vn-service-fee-1-month-per-year"] is broken
    assert response.context["result"].wage_is_typical is False


@pytest.mark.parametrize("amount, broken", [("0", False), ("0.01", True)])
def test_any_brokerage_commission_breaks_the_vietnamese_rule(client, guides, amount, broken):
    response = check(client, c1="brokerage", a1=amount, u1="USD", c2="training", a2="100", u2="USD")
    assert verdicts(response)["vn-brokerage-zero"] is broken


def test_a_rule_not_yet_in_force_is_not_quoted(client, guides):
    import datetime

    rule = ThresholdRule.objects.get(code="vn-brokerage-zero")
    rule.effective_from = datetime.date.today() + datetime.timedelta(days=1)
    rule.save()  # as in the admin
    assert "vn-brokerage-zero" not in verdicts(check(client, c1="brokerage", a1="50", u1="USD"))
    rule.effective_from = datetime.date.today()
    rule.save()
    assert verdicts(check(client, c1="brokerage", a1="50", u1="USD"))["vn-brokerage-zero"] is True


def test_cambodian_deposits_are_forbidden_and_vietnam_rules_do_not_apply(client, guides):
    response = check(client, o="KH", c1="deposit", a1="200000", u1="KHR")
    found = verdicts(response)
    assert found["kh-deposit-zero"] is True
    assert "vn-brokerage-zero" not in found


def test_with_an_agency_its_disclosure_reports_and_flags_are_shown(
    client, guides, make_agency, publish, report, release_delay_passed
):
    agency = make_agency(name="Sao Mai Manpower", country="VN", licence_number="222/GP")
    publish(
        agency,
        programme="titp",
        sector="titp-construction",
        lines=[("service-fee", "2500", "USD", "worker")],
    )
    for amount in ["4000", "4500"]:
        report(
            agency,
            programme="titp",
            sector="titp-construction",
            paid=[("service-fee", amount, "USD")],
            accept=True,
        )
    recompute_all()
    html = check(client, t="5000", tc="USD", agency="222/gp").content.decode()
    assert "This agency says workers pay $2,500 for this job." in html
    assert "Too few workers have reported on this agency yet." in html
    assert "open flag" in html

    report(
        agency,
        programme="titp",
        sector="titp-construction",
        paid=[("service-fee", "5000", "USD")],
        accept=True,
    )
    recompute_all()
    # One report since the last release: the figures wait for the next batch.
    html = check(client, t="5000", tc="USD", agency="sao mai").content.decode()
    assert "Too few workers have reported on this agency yet." in html
    release_delay_passed()
    html = check(client, t="5000", tc="USD", agency="sao mai").content.decode()
    assert (
        "Half of the workers who went with it report paying more than $4,500 to $5,000 (3 reports)."
        in html
    )


def test_other_agencies_cheapest_licensed_and_unflagged_first(client, guides, make_agency, publish):
    from agencies.models import LicenceStatus

    for name, fee, status in [
        ("Dear Co", "3000", LicenceStatus.ACTIVE),
        ("Cheap Co", "0", LicenceStatus.ACTIVE),
        ("Revoked Co", "0", LicenceStatus.REVOKED),
        ("Middle Co", "800", LicenceStatus.ACTIVE),
    ]:
        agency = make_agency(name=name, country="VN", licence_status=status)
        publish(agency, programme="titp", sector="titp-construction",
                lines=[("service-fee", fee, "USD", "worker"), ("training", "2000", "USD", "employer")])  # fmt: skip
    recompute_all()
    alternatives = check(client, t="100", tc="USD").context["result"].alternatives
    # Dear and Middle charge workers, so they carry an open flag; only Cheap is left.
    assert [row.agency.name for row in alternatives] == ["Cheap Co"]


@pytest.mark.parametrize(
    "params, message",
    [
        ({}, "Write how much you were asked to pay."),
        (
            {"t": "100", "tc": "USD", "c1": "medical", "a1": "5", "u1": "USD"},
            "either one total or the separate amounts",
        ),
        ({"t": "-4", "tc": "USD"}, "cannot be below zero"),
        ({"t": "lots", "tc": "USD"}, "Write the amount in numbers"),
        ({"a1": "100"}, "Give what it was for, the amount and the currency."),
        ({"t": "100", "tc": "USD", "agency": "no such agency"}, "No agency with this name"),
        ({"t": "100", "tc": "USD", "sector": "aviation"}, "not part of the chosen programme"),
        ({"t": "100", "tc": "USD", "w": "0"}, "cannot be zero"),
    ],
)
def test_bad_input_is_explained_and_kept(client, guides, params, message):
    response = check(client, **params)
    assert response.status_code == 200
    html = response.content.decode()
    assert message in html and response.context["result"] is None
    assert 'name="m" value="36"' in html


def test_several_matching_agencies_are_offered_as_choices(client, guides, make_agency):
    make_agency(name="Hong Ha One", country="VN")
    make_agency(name="Hong Ha Two", country="VN")
    html = check(client, t="100", tc="USD", agency="hong ha").content.decode()
    assert "Several agencies match" in html and "Hong Ha One" in html and "Hong Ha Two" in html


def test_the_card_prints_the_same_result_and_stores_nothing(client, guides):
    from costs.models import WorkerReport

    response = client.get("/en/check/card/", {"o": "VN", "programme": "titp", "sector": "titp-construction",
                                             "m": "36", "t": "150000000", "tc": "VND"})  # fmt: skip
    html = response.content.decode()
    assert "Fair fee card" in html and "months of wages" in html and "<script" not in html
    assert "Nothing was stored" in html
    assert not WorkerReport.objects.exists()


def test_a_short_link_opens_the_check_in_the_readers_language(client, guides):
    response = client.get("/c/", {"o": "VN", "t": "5"}, headers={"accept-language": "vi"})
    assert response.status_code == 302 and response["Location"].startswith("/vi/check/?")
    assert "t=5" in response["Location"]


def test_result_pages_stay_light(client, guides):
    from django.contrib.staticfiles import finders

    with open(finders.find("css/site.css"), "rb") as handle:
        css = len(handle.read())
    for lang in ["km", "vi"]:
        html = client.get(f"/{lang}/check/", {"o": "VN", "programme": "titp", "sector": "titp-construction",
                                             "m": "36", "t": "150000000", "tc": "VND"}).content  # fmt: skip
        assert len(html) + css < 30_000


@hsettings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    params=st.dictionaries(
        st.sampled_from(
            ["o", "programme", "sector", "m", "t", "tc", "w", "wc", "c1", "a1", "u1", "agency"]
        ),
        st.text(max_size=25),
        max_size=8,
    )
)
def test_random_input_never_breaks_the_fee_check(client, guides, params):
    assert client.get(URL, params).status_code == 200


def test_the_answers_can_be_changed_from_the_result(client, guides):
    params = {
        "o": "VN",
        "programme": "titp",
        "sector": "titp-construction",
        "m": "36",
        "t": "5000",
        "tc": "USD",
    }
    result_page = client.get(URL, params).content.decode()
    assert "Change what you entered" in result_page and 'name="t"' not in result_page
    edit_page = client.get(URL, {**params, "edit": "1"}).content.decode()
    assert 'name="t" value="5000"' in edit_page
