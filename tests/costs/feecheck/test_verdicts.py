"""The fee check answers every rule in force for the origin, programme and date:
✓, ✗ or "can't tell: we need …", each with its tier's words, its reference and
a link to the rule on the rules page, and each with its own sentence in every
language."""

import datetime
from decimal import Decimal

import pytest
from django.utils import translation

from agencies.models import LicenceStatus
from costs.feecheck.services import fee_check
from costs.models import CostCategory, Country, Programme, Sector, ThresholdRule

URL = "/en/check/"
VN_TITP = {"o": "VN", "programme": "titp", "sector": "titp-construction", "m": "36"}
KH_TITP = {"o": "KH", "programme": "titp", "sector": "titp-construction", "m": "36"}


def check(client, lang="en", **params):
    return client.get(f"/{lang}/check/", params)


def answers(response) -> dict[str, str]:
    return {v.rule.code: v.verdict.outcome.value for v in response.context["result"].verdicts}


def test_4500_dollars_for_titp_from_cambodia_answers_every_rule_in_force(client):
    # It showed two verdicts and a ✓ for the deposit rule, from a total.
    response = check(client, **KH_TITP, t="4500", tc="USD")
    assert answers(response) == {
        "worker-fee-epp": "breaks",
        "kh-deposit-zero": "cannot_tell",  # a total cannot show a deposit
        "benchmark-total-3000usd": "cannot_tell",  # nor the agency's own fees in it
        "unlicensed-kh": "cannot_tell",  # no agency given
    }
    html = response.content.decode()
    assert "We found no legal limit in numbers on what agencies in Cambodia may charge" in html
    assert "Can&#x27;t tell: we need each amount and what it was for" in html
    assert "Can&#x27;t tell: we need the agency&#x27;s name or licence number." in html
    assert 'href="/en/rules/#rule-kh-deposit-zero"' in html
    assert "Against the international standard: workers should pay nothing" in html
    # Broken first, then what it cannot tell.
    order = [v.verdict.outcome.value for v in response.context["result"].verdicts]
    assert order == sorted(order, key=["breaks", "cannot_tell", "passes"].index)


def test_vietnam_has_numeric_caps_so_no_such_notice(client):
    html = check(client, **VN_TITP, t="100", tc="USD").content.decode()
    assert "We found no legal limit in numbers" not in html


def service_fee(amount, **extra):
    return {"c1": "service-fee", "a1": amount, "u1": "USD", **extra}


# (rule code, base inputs, inputs for ✓, for ✗, for can't tell)
THREE_ANSWERS = [
    ("vn-brokerage-zero", VN_TITP,
     {"c1": "training", "a1": "100", "u1": "USD"},
     {"c1": "brokerage", "a1": "0.01", "u1": "USD"},
     {"t": "100", "tc": "USD"}),
    ("vn-deposit-zero", VN_TITP,
     {"c1": "medical", "a1": "100", "u1": "USD"},
     {"c1": "deposit", "a1": "50", "u1": "USD"},
     {"t": "100", "tc": "USD"}),
    ("kh-deposit-zero", KH_TITP,
     {"c1": "medical", "a1": "100", "u1": "USD"},
     {"c1": "deposit", "a1": "200000", "u1": "KHR"},
     {"t": "100", "tc": "USD"}),
    ("vn-service-fee-1-month-per-year", {**VN_TITP, "m": "12"},
     service_fee("1000", w="1000", wc="USD"),
     service_fee("1000.01", w="1000", wc="USD"),
     service_fee("1000")),  # no basic wage
    ("vn-service-fee-3-months-36m", {**VN_TITP, "m": "48"},
     service_fee("3000", w="1000", wc="USD"),
     service_fee("3000.01", w="1000", wc="USD"),
     {"t": "5000", "tc": "USD", "w": "1000", "wc": "USD"}),  # a total: how much is service fee?
    ("vn-titp-service-fee-3600usd", {**VN_TITP, "d": "2021-06"},
     service_fee("3600"),
     service_fee("3600.01"),
     {"t": "5000", "tc": "USD"}),
    ("benchmark-total-3000usd", KH_TITP,
     {**service_fee("3000"), "c2": "travel-lodging", "a2": "2000", "u2": "USD"},
     service_fee("3000.01"),
     {"t": "5000", "tc": "USD"}),
    ("worker-fee-epp", KH_TITP, service_fee("0"), service_fee("10"), None),  # a total is enough
]  # fmt: skip


@pytest.mark.parametrize(
    "code, base, passes, breaks, unsure", THREE_ANSWERS, ids=[row[0] for row in THREE_ANSWERS]
)
def test_every_rule_answers_yes_no_or_what_it_needs(client, code, base, passes, breaks, unsure):
    for inputs, expected in [(passes, "passes"), (breaks, "breaks"), (unsure, "cannot_tell")]:
        if inputs is None:
            continue
        response = check(client, **base, **inputs)
        assert answers(response)[code] == expected, (inputs, expected)
        [verdict] = [v for v in response.context["result"].verdicts if v.rule.code == code]
        html = response.content.decode()
        assert f'href="/en/rules/#rule-{code}"' in html
        if expected == "breaks":
            assert verdict.source.startswith(("Against the", "Above the benchmark set by")), (
                verdict.source
            )
        else:
            assert verdict.source.endswith(verdict.rule.reference_en), verdict.source
        assert bool(verdict.need) is (expected == "cannot_tell")


def test_the_licence_rule_answers_for_the_agency_given(client, make_agency):
    make_agency(name="Good Co", slug="good", country="KH")
    make_agency(name="Gone Co", slug="gone", country="KH", licence_status=LicenceStatus.REVOKED)
    assert (
        answers(check(client, **KH_TITP, t="1", tc="USD", agency="good"))["unlicensed-kh"]
        == "passes"
    )
    gone = check(client, **KH_TITP, t="1", tc="USD", agency="gone")
    assert answers(gone)["unlicensed-kh"] == "breaks"
    assert "Against the rules (Cambodia Sub-decree 190 (2011))" in gone.content.decode()
    assert answers(check(client, **KH_TITP, t="1", tc="USD"))["unlicensed-kh"] == "cannot_tell"


def test_esd_caps_the_sending_fee_at_two_months_from_april_2027():
    # No one can type a month in the future, so the service is asked directly.
    esd = Programme.objects.get(code="esd")
    terms = {
        "origin": Country.objects.get(code="VN"),
        "programme": esd,
        "sector": Sector.objects.get(code="construction"),
        "contract_months": 36,
    }
    fee = CostCategory.objects.get(code="service-fee")

    def answer(amount, wage=Decimal("1000"), on=datetime.date(2027, 5, 1)):
        result = fee_check(
            **terms, lines=[{"category": fee, "amount": Decimal(amount), "currency": "USD"}],
            wage=wage, wage_currency="USD", on=on,
        )  # fmt: skip
        return {v.rule.code: v.verdict.outcome.value for v in result.verdicts}

    assert answer("2000")["esd-sending-fee-2-months"] == "passes"
    assert answer("2000.01")["esd-sending-fee-2-months"] == "breaks"
    assert answer("2000", wage=None)["esd-sending-fee-2-months"] == "cannot_tell"
    assert "esd-sending-fee-2-months" not in answer("9000", on=datetime.date(2027, 3, 31))


def test_a_brokerage_fee_paid_in_2023_is_against_the_law(client):
    # The ban was dated from 15 May 2024, so fees of 2022-2024 were missed.
    paid = {"c1": "brokerage", "a1": "500", "u1": "USD"}
    response = check(client, **VN_TITP, **paid, d="2023-06")
    assert answers(response)["vn-brokerage-zero"] == "breaks"
    html = response.content.decode()
    assert "Against the law (Law 69/2020/QH14, Art. 7(8))." in html
    assert "By the rules in force in June 2023, when you paid." in html
    # Before Law 69/2020 took effect there was no such ban.
    assert "vn-brokerage-zero" not in answers(check(client, **VN_TITP, **paid, d="2021-06"))


def test_a_rule_that_changes_inside_the_month_needs_the_day(client):
    ThresholdRule.objects.filter(code="vn-brokerage-zero").update(
        effective_from=datetime.date(2024, 5, 15)
    )
    response = check(client, **VN_TITP, c1="brokerage", a1="50", u1="USD", d="2024-05")
    assert answers(response)["vn-brokerage-zero"] == "cannot_tell"
    assert "this rule changed during that month" in response.content.decode()


def test_a_payment_month_in_the_future_is_refused(client):
    future = (datetime.date.today() + datetime.timedelta(days=62)).strftime("%Y-%m")
    html = check(client, **VN_TITP, t="5", tc="USD", d=future).content.decode()
    assert "cannot be in the future" in html


def test_the_form_asks_for_the_basic_wage_and_says_what_it_is(client):
    html = client.get(URL).content.decode()
    assert "Basic monthly wage in your contract" in html
    assert "without overtime or allowances" in html and "When did you pay?" in html
    with_wage = check(client, **VN_TITP, t="100", tc="USD", w="180000", wc="JPY").content.decode()
    assert "Counted with the basic wage you gave." in with_wage


# --- each rule's own sentence, in every language ---------------------------------


def expected_sentence(code: str, verdict, category) -> str:
    """The translation of the msgid that belongs to this rule, in the active language."""
    gettext, ngettext = translation.gettext, translation.ngettext
    if code == "vn-service-fee-1-month-per-year":
        text = ngettext(
            "“%(category)s” may be at most %(per_year)s month of your basic wage for each 12 "
            "months of contract: %(months)s months for this contract.",
            "“%(category)s” may be at most %(per_year)s months of your basic wage for each 12 "
            "months of contract: %(months)s months for this contract.",
            1,
        ) % {"category": category, "per_year": "1", "months": "3"}
    elif code == "vn-service-fee-3-months-36m":
        text = gettext("“%(category)s” may be at most %(months)s months of your basic wage.") % {
            "category": category,
            "months": "3",
        }
    elif code == "worker-fee-epp":
        return gettext(
            "Under the Employer Pays Principle you should pay nothing: the employer should pay all recruitment costs."
        )
    elif code in ("vn-brokerage-zero", "vn-deposit-zero"):
        return gettext("No one may charge you for “%(category)s”.") % {"category": category}
    elif code == "unlicensed":
        return gettext("Only licensed agencies may send workers abroad.")
    elif code == "benchmark-total-3000usd":
        return gettext(
            "What you pay for the agency's own fees (%(amount)s US dollars) is more than "
            "%(benchmark)s US dollars. That amount, paid by the employer, is said to be enough "
            "to cover an agency's costs: the worker should pay none of it."
        ) % {"amount": "3,500", "benchmark": "3,000"}
    else:
        raise AssertionError(code)
    if verdict.broken:
        text += " " + gettext("You were asked for %(asked)s months.") % {"asked": "3.5"}
    return text


@pytest.mark.parametrize("language", ["en", "km", "vi", "ja"])
def test_each_rule_prints_its_own_sentence_in_each_language(client, language):
    # 3,500 dollars of service fee on a basic wage of 1,000 for 36 months: both
    # caps say "3 months", but the per-year rule says it per year. In Vietnamese
    # the per-year verdict used to print the three-month sentence.
    response = check(client, language, **VN_TITP, c1="service-fee", a1="3500", u1="USD",
                     c2="training", a2="100", u2="USD", w="1000", wc="USD")  # fmt: skip
    result = response.context["result"]
    with translation.override(language):
        category = CostCategory.objects.get(code="service-fee").name
        for verdict in result.verdicts:
            name = {
                "vn-brokerage-zero": "brokerage",
                "vn-deposit-zero": "deposit",
            }.get(verdict.rule.code)
            shown = CostCategory.objects.get(code=name).name if name else category
            assert verdict.message == expected_sentence(verdict.rule.code, verdict, shown), (
                verdict.rule.code
            )
    messages = [v.message for v in result.verdicts]
    assert len(messages) == len(set(messages))
    assert {v.rule.code for v in result.verdicts} == {
        "vn-service-fee-1-month-per-year", "vn-service-fee-3-months-36m", "worker-fee-epp",
        "vn-brokerage-zero", "vn-deposit-zero", "unlicensed", "benchmark-total-3000usd",
    }  # fmt: skip
