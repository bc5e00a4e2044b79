from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given
from hypothesis import settings as hsettings
from hypothesis import strategies as st

from agencies.models import Agency
from costs.flags.engine import agency_recompute
from costs.models import ReportItem, WorkerReport, rate_on, to_usd
from costs.models.reports import RECEIPT_ALPHABET, receipt_hash


def report_data(agency=None, lines=None, **extra):
    lines = lines if lines is not None else [("service-fee", "8,000,000", "KHR", "agency")]
    data = {
        "programme": "ssw1",
        "sector": "agriculture",
        "departure_month": "2024-06",
        "contract_months": "36",
        "first_wage": "190000",
        "wage_currency": "JPY",
        "items-TOTAL_FORMS": str(len(lines)),
        "items-INITIAL_FORMS": "0",
        "items-MIN_NUM_FORMS": "0",
        "items-MAX_NUM_FORMS": "30",
    }
    if agency is not None:
        data["agency"] = agency.slug
    for number, (category, amount, currency, paid_to) in enumerate(lines):
        data.update(
            {
                f"items-{number}-category": category,
                f"items-{number}-amount": amount,
                f"items-{number}-currency": currency,
                f"items-{number}-paid_to": paid_to,
            }
        )
    data.update(extra)
    return data


@pytest.fixture
def kh_agency(make_agency):
    return make_agency(
        name="Angkor Manpower", slug="angkor", country="KH", licence_number="MOLVT-1"
    )


def test_the_agency_is_found_without_accents_in_any_script_or_by_licence(client, make_agency):
    make_agency(
        name="Nguyen Phat JSC",
        name_local="Công ty Nhân lực Nguyễn Phát",
        country="VN",
        licence_number="111/GP",
    )
    make_agency(
        name="Angkor Manpower", name_local="ក្រុមហ៊ុន អង្គរ", slug="angkor", licence_number="MOLVT-7"
    )
    for query in ["nguyen", "NGUYỄN", "nhan luc", "111/gp"]:
        assert [a.name for a in client.get("/en/report/", {"q": query}).context["agencies"]] == [
            "Nguyen Phat JSC"
        ]
    assert [a.name for a in client.get("/en/report/", {"q": "អង្គរ"}).context["agencies"]] == [
        "Angkor Manpower"
    ]


def test_a_worker_reports_two_payments_and_a_loan_and_gets_a_receipt_code(client, kh_agency):
    data = report_data(
        kh_agency,
        lines=[
            ("service-fee", "8,000,000", "KHR", "agency"),
            ("training", "៥០០", "USD", "training_centre"),
        ],
        loan_amount="3000",
        loan_currency="USD",
        lender="microfinance",
        loan_monthly_interest="2.5%",
        collateral="land title",
        passport_held="on",
        private_story="They kept my passport.",
    )
    response = client.post("/en/report/new/", data)
    assert response["Location"] == "/en/report/thanks/"
    report = WorkerReport.objects.get()
    assert report.status == WorkerReport.Status.PENDING and report.via == WorkerReport.Via.SELF
    assert report.passport_held and report.loan_monthly_interest == Decimal("2.50")
    riel = rate_on("KHR", report.departure_month)
    assert report.worker_total_usd == to_usd(Decimal("8000000"), riel) + Decimal("500")
    assert report.loan_usd == Decimal("3000.00")

    thanks = client.get("/en/report/thanks/").content.decode()
    code = thanks.split('<p class="code">')[1].split("</p>")[0]
    assert len(code) >= 10 and set(code) <= set(RECEIPT_ALPHABET)
    assert report.receipt_hash == receipt_hash(code) and code not in report.receipt_hash
    # Shown once only.
    assert code not in client.get("/en/report/thanks/").content.decode()
    # No address of the reporter is stored anywhere in the report.
    stored = " ".join(str(v) for v in WorkerReport.objects.values().get().values())
    assert "127.0.0.1" not in stored


@pytest.mark.parametrize(
    "change, message",
    [
        ({"items-0-amount": "-5"}, "cannot be below zero"),
        ({"items-0-amount": "99999999999999999"}, "too large"),
        ({"items-0-amount": "many"}, "Write the amount in numbers"),
        ({"items-0-currency": "EUR"}, "Select a valid choice"),
        ({"departure_month": "2099-01"}, "cannot be in the future"),
        ({"departure_month": "soon"}, "Write the month like 2024-05"),
        ({"first_wage": "0"}, "it cannot be zero"),
        ({"loan_amount": "500"}, "Please fill this in for your loan."),
        (
            {
                "loan_amount": "500",
                "loan_currency": "USD",
                "lender": "bank",
                "loan_monthly_interest": "300",
            },
            "between 0 and 100",
        ),
        ({"programme": "titp"}, "not part of the chosen programme"),
    ],
)
def test_bad_input_is_explained_keeps_what_was_typed_and_saves_nothing(
    client, kh_agency, change, message
):
    response = client.post("/en/report/new/", report_data(kh_agency, **change))
    assert response.status_code == 200
    html = response.content.decode()
    assert message in html
    assert 'name="contract_months" value="36"' in html
    assert not WorkerReport.objects.exists()


def test_an_unlisted_agency_needs_its_name_and_the_country(client):
    response = client.post("/en/report/new/", report_data())
    assert "This field is required." in response.content.decode()
    client.post("/en/report/new/", report_data(agency_name_given="Village Broker Co", origin="KH"))
    report = WorkerReport.objects.get()
    assert (
        report.agency is None
        and report.agency_name_given == "Village Broker Co"
        and report.origin_id == "KH"
    )


def test_a_filled_honeypot_keeps_nothing(client, kh_agency):
    response = client.post("/en/report/new/", report_data(kh_agency, website="http://spam.example"))
    assert response.status_code == 302
    assert not WorkerReport.objects.exists()
    assert 'class="code"' not in client.get("/en/report/thanks/").content.decode()


def test_anonymous_reports_are_limited_per_connection_and_nothing_typed_is_lost(client, kh_agency):
    for _ in range(5):
        assert client.post("/en/report/new/", report_data(kh_agency)).status_code == 302
    response = client.post("/en/report/new/", report_data(kh_agency, first_wage="191000"))
    assert response.status_code == 429
    assert "Too many reports from this connection" in response.content.decode()
    assert 'value="191000"' in response.content.decode()
    assert WorkerReport.objects.count() == 5


def test_the_receipt_code_opens_corrects_and_deletes_the_report(client, kh_agency, report):
    filed, code = report(kh_agency, accept=True)
    assert client.post("/en/report/receipt/", {"code": "WRONGCODE23"}).status_code == 200
    assert client.get("/en/report/mine/").status_code == 404

    spaced = " ".join([code[:4].lower(), code[4:8], code[8:]])
    assert client.post("/en/report/receipt/", {"code": spaced})["Location"] == "/en/report/mine/"
    assert "Recruitment or service fee" in client.get("/en/report/mine/").content.decode()

    data = report_data(
        kh_agency,
        lines=[("service-fee", "1500", "USD", "broker")],
        departure_month="2024-06",
        sector="construction",
    )
    assert client.post("/en/report/mine/correct/", data)["Location"] == "/en/report/mine/"
    filed.refresh_from_db()
    assert filed.worker_total_usd == Decimal("1500.00") and filed.items.get().paid_to == "broker"
    assert filed.status == WorkerReport.Status.PENDING  # checked again after a correction
    kh_agency.refresh_from_db()
    assert kh_agency.summaries_stale_at is not None

    assert client.post("/en/report/mine/delete/").status_code == 302
    assert not WorkerReport.objects.exists() and not ReportItem.objects.exists()
    assert client.get("/en/report/mine/").status_code == 404


def test_guessing_receipt_codes_is_stopped(client, kh_agency, report):
    _filed, code = report(kh_agency)
    for _ in range(10):
        client.post("/en/report/receipt/", {"code": "AAAAAAAAAAAA"})
    response = client.post("/en/report/receipt/", {"code": code})
    assert response.status_code == 429
    assert client.get("/en/report/mine/").status_code == 404


def test_an_ngo_reports_for_a_worker_and_it_counts_at_once(client, ngo, kh_agency):
    client.force_login(ngo)
    client.post("/en/report/new/", report_data(kh_agency))
    report = WorkerReport.objects.get()
    assert report.status == WorkerReport.Status.ACCEPTED
    assert report.via == WorkerReport.Via.NGO and report.organisation.name == "Mekong Helpers"
    kh_agency.refresh_from_db()
    assert kh_agency.summaries_stale_at is not None


def test_moderators_accept_or_reject_with_a_reason(client, ngo, kh_agency, report):
    pending, _code = report(kh_agency)
    client.force_login(ngo)
    queue = client.get("/en/moderation/")
    assert [r.pk for r in queue.context["page"].object_list] == [pending.pk]
    response = client.post(
        f"/en/moderation/{pending.pk}/", {"reject": "1", "reason": ""}, follow=True
    )
    assert "Give a reason" in response.content.decode()
    pending.refresh_from_db()
    assert pending.status == WorkerReport.Status.PENDING

    client.post(f"/en/moderation/{pending.pk}/", {"accept": "1"})
    pending.refresh_from_db()
    assert pending.status == WorkerReport.Status.ACCEPTED and pending.moderated_by == ngo
    client.post(f"/en/moderation/{pending.pk}/", {"reject": "1", "reason": "Same worker twice"})
    pending.refresh_from_db()
    assert (
        pending.status == WorkerReport.Status.REJECTED
        and pending.rejection_reason == "Same worker twice"
    )


def test_moderators_see_only_their_countries(client, ngo_vn, kh_agency, make_agency, report):
    kh_report, _ = report(kh_agency)
    vn_report, _ = report(make_agency(country="VN"))
    client.force_login(ngo_vn)
    assert [r.pk for r in client.get("/en/moderation/").context["page"].object_list] == [
        vn_report.pk
    ]
    assert client.get(f"/en/moderation/{kh_report.pk}/").status_code == 404


@pytest.mark.parametrize("who", ["alice", "bob", "claire"])
def test_agencies_never_moderate(client, cast, kh_agency, report, who):
    pending, _ = report(kh_agency)
    client.force_login(getattr(cast, who))
    assert client.get("/en/moderation/").status_code == 403
    assert client.get(f"/en/moderation/{pending.pk}/").status_code == 403
    assert client.post(f"/en/moderation/{pending.pk}/", {"accept": "1"}).status_code == 403
    assert client.get("/en/moderation/import/").status_code == 403


def test_anonymous_visitors_are_sent_to_sign_in(client):
    assert "/accounts/login/" in client.get("/en/moderation/")["Location"]


def test_a_near_identical_report_soon_after_is_marked_for_the_moderator(
    client, ngo, kh_agency, report
):
    first, _ = report(kh_agency, paid=[("service-fee", "2000", "USD")])
    second, _ = report(kh_agency, paid=[("service-fee", "2010", "USD")])
    different, _ = report(kh_agency, paid=[("service-fee", "900", "USD")])
    assert second.possible_duplicate_of == first
    assert different.possible_duplicate_of is None
    client.force_login(ngo)
    listed = client.get("/en/moderation/", {"duplicates": "1"}).context["page"].object_list
    assert [r.pk for r in listed] == [second.pk]


def test_figures_appear_only_from_three_accepted_reports(
    client, kh_agency, report, publish, release_delay_passed
):
    publish(kh_agency, sector="agriculture", lines=[("service-fee", "1000", "USD", "worker")])
    for amount in ["1000", "3000"]:
        report(kh_agency, paid=[("service-fee", amount, "USD")], sector="agriculture", accept=True)
    report(kh_agency, paid=[("service-fee", "9999", "USD")], sector="agriculture")  # pending
    agency_recompute(agency_id=kh_agency.pk)  # what the task does once the change commits
    html = client.get("/en/agencies/angkor/").content.decode()
    assert "Too few reports yet" in html and "$3,000" not in html

    report(kh_agency, paid=[("service-fee", "2000", "USD")], sector="agriculture", accept=True)
    release_delay_passed()
    html = client.get("/en/agencies/angkor/").content.decode()
    assert "Too few reports yet" not in html
    # A band, in plain words, in the reader's currency first and in dollars.
    assert "Half of the workers paid less than an amount between KHR" in html
    assert "($2,000 to $2,500)" in html
    assert "Most workers paid up to" not in html  # no upper percentile below 10
    assert "$9,999" not in html
    assert "From 3 checked reports." in html


def test_nothing_public_identifies_a_reporter(client, ngo, kh_agency, report):
    client.force_login(ngo)
    for _ in range(3):
        client.post(
            "/en/report/new/",
            report_data(kh_agency, private_story="My secret story", sector="agriculture"),
        )
    client.logout()
    for url in ["/en/agencies/angkor/", "/en/compare/", "/km/agencies/angkor/"]:
        html = client.get(url).content.decode()
        for secret in ["My secret story", "Mekong Helpers", "ngo@example.org"]:
            assert secret not in html


@hsettings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    fields=st.dictionaries(
        st.sampled_from(
            ["programme", "sector", "departure_month", "contract_months", "first_wage", "wage_currency",
             "items-0-amount", "items-0-currency", "items-0-category", "items-TOTAL_FORMS", "loan_amount",
             "loan_monthly_interest", "lender", "agency", "origin"]
        ),
        st.text(max_size=30),
        max_size=8,
    )
)  # fmt: skip
def test_random_input_never_breaks_the_form(client, kh_agency, fields):
    data = report_data(kh_agency)
    data.update(fields)
    response = client.post("/en/report/new/", data)
    assert response.status_code in (200, 302, 404, 429)
    assert Agency.objects.filter(pk=kh_agency.pk).exists()


def test_a_report_is_kept_even_when_the_cache_is_down(client, kh_agency, settings):
    # A real Redis client pointed at a closed port: every cache call fails.
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": "redis://127.0.0.1:1/0",
            "OPTIONS": {"socket_connect_timeout": 0.2, "socket_timeout": 0.2},
        }
    }
    response = client.post("/en/report/new/", report_data(kh_agency))
    assert response.status_code == 302
    assert WorkerReport.objects.count() == 1
