"""Hostile input to every form of the portal (issue "nothing submitted is
altered, duplicated or lost, and every bad input gets a clear answer").

Each test starts from a form as its page sends it, replaces a few fields by
hostile values (NUL bytes, huge and long strings, negative numbers, NaN, 1e309,
Khmer and full-width digits, dates out of range, formula prefixes) and posts it
as a role that uses the form. Whatever comes in, the portal answers below 500;
and when it refuses the input, no row of the database has changed.

Every test also runs, before its random examples, one example per field of
its form with that field alone set to a NUL byte (and, where an id or a number
belongs, to text and to a number past any database column), so the fuzzer's
findings are always tried.
Examples: MAX_EXAMPLES random ones per test and role, and the sweeps.
"""

import itertools

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from accounts.models import User
from costs.models import WorkerReport
from tests.costs.reports.test_reports import report_data

MAX_EXAMPLES = 20
SWEEP = ("\x00",)
# Fields that name a row by its id, or a page by its number: text is tried there too.
IDS = {"agency", "assignee", "claim", "page", "flag", "items-TOTAL_FORMS", "m", "contract_months"}
fuzz = settings(
    max_examples=MAX_EXAMPLES,
    deadline=None,
    database=None,  # nothing written into the work tree
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

NASTY = [
    "", " ", "\x00", "abc\x00def", "\x00" * 50, "%00",
    "NaN", "nan", "-NaN", "Infinity", "-Infinity", "inf", "1e309", "-1e309", "1E5", "0x1F", "1_000",
    "-1", "-0", "-0.01", "0", "0.001", "1.005", "999999999999.99", "1000000000000", "9" * 13,
    "9" * 40, "9" * 5000, "-" + "9" * 20,
    "១២៣៤៥៦៧៨៩០", "១,០០០,០០០", "១២", "１２３４５", "１２３．４５", "１，０００", "٣٤٥", "¹²³", "½", "𝟙𝟚𝟛",
    "2024-06", "0000-01", "0001-01", "9999-12", "2024-00", "2024-13", "1999-12", "2100-01",
    "06/2024", "13/2024", "２０２４-０６", "២០២៤-០៦", "2024-06-31", "31/02/2024", "0000-00-00",
    "10000-01-01", "-2024-01-01", "9999-12-31", "0001-01-01",
    '=HYPERLINK("http://x","y")', "+1+1", "-1+1", "@SUM(A1:A2)", "\t=1", "\r=1", "=cmd|' /C calc'!A0",
    "x" * 201, "x" * 10_001, "ខ្មែរ" * 300, "日本" * 2000, "a" * 61, "<script>alert(1)</script>",
    "'; DROP TABLE costs_workerreport; --", "../../etc/passwd", "\u202eevil", "\ufeff", "\n\r\n",
    "USD", "KHR", "JPY", "VND", "KH", "VN", "ssw1", "construction", "agency", "service-fee",
    "1", "2", "36", "on", "true",
]  # fmt: skip
# Lone surrogates cannot be sent at all (no encoding has them): everything else can.
TEXT = st.text(st.characters(exclude_categories=("Cs",)), max_size=40)
HOSTILE = st.one_of(
    st.sampled_from(NASTY),
    TEXT,
    st.integers(min_value=-(10**30), max_value=10**30).map(str),
    st.decimals(allow_nan=True, allow_infinity=True).map(str),
    st.builds(
        lambda text, n: text * n,
        st.sampled_from(["9", "x", "ខ", "\x00", "=", "１"]),
        st.integers(1, 6000),
    ),
)

# Every table a form of the portal writes; sessions are left out (a page view
# may touch them).
TABLES = [
    "accounts_user", "account_emailaddress", "agencies_agency", "agencies_agencymembership",
    "agencies_invitation", "agencies_registersnapshot", "agencies_licenceaction",
    "costs_workerreport", "costs_reportitem", "costs_flag", "costs_flagevent",
]  # fmt: skip


STATE_SQL = " UNION ALL ".join(
    f"SELECT '{table}', count(*), md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) "
    f"FROM {table} t"
    for table in TABLES
)


def database_state() -> list:
    """Every row of those tables, as a count and a digest of their text."""
    with connection.cursor() as cursor:
        cursor.execute(STATE_SQL)
        return cursor.fetchall()


def sweeping(fields, arg="changes", wrap=lambda changes: changes, values=SWEEP, **fixed):
    """One @example per field and SWEEP value: the field alone set to the value."""

    def decorate(test):
        for field in fields:
            name = field[-1] if isinstance(field, tuple) else field
            for value in values + (("abc", "9" * 30) if name in IDS else ()):
                test = example(**{arg: wrap({field: value})}, **fixed)(test)
        return test

    return decorate


_addresses = itertools.count(1)


def address() -> str:
    """A client address of its own for each example: the rate limits count per address."""
    n = next(_addresses)
    return f"10.{n // 65536 % 256}.{n // 256 % 256}.{n % 256}"


def send(client, method, url, data, **extra):
    response = getattr(client, method)(url, data, REMOTE_ADDR=address(), **extra)
    assert response.status_code < 500, (url, data)
    return response


def levels(response) -> set[str]:
    """The message levels the page that was followed to shows."""
    return (
        {message.level_tag for message in response.context["messages"]}
        if response.context
        else set()
    )


def one_field_of_a_page(changes: dict) -> tuple[str, dict]:
    """{(url, field): value} as (url, {field: value})."""
    (((url, field), value),) = changes.items()
    return url, {field: value}


def overrides(fields):
    return st.dictionaries(st.sampled_from(fields), HOSTILE, min_size=1, max_size=4)


def check(before, response, accepted: bool):
    assert response.status_code < 500
    if not accepted:
        assert database_state() == before, "refused input changed the database"


@pytest.fixture
def kh_agency(make_agency):
    return make_agency(
        name="Angkor Manpower", slug="angkor", country="KH", licence_number="MOLVT-1"
    )


@pytest.fixture
def people(cast, ngo, ngo_vn, ministry_kh):
    return {"anon": None, "ngo": ngo, "ngo_vn": ngo_vn, "ministry_kh": ministry_kh, **vars(cast)}


REPORT_FIELDS = [
    "agency", "agency_name_given", "origin", "programme", "sector", "departure_month",
    "contract_months", "first_wage", "wage_currency", "loan_amount", "loan_currency", "lender",
    "loan_monthly_interest", "collateral", "private_story", "passport_held",
    "items-TOTAL_FORMS", "items-INITIAL_FORMS", "items-MAX_NUM_FORMS",
    "items-0-category", "items-0-amount", "items-0-currency", "items-0-paid_to", "items-0-DELETE",
    "items-1-amount", "items-1-currency", "items-1-category", "items-1-paid_to",
]  # fmt: skip
# Two payments that each fit and together do not fit a report.
BIG = "999999999999"
TWO_LINES = [("service-fee", "1000", "USD", "agency"), ("training", "500", "USD", "agency")]


@pytest.mark.parametrize("role", ["anon", "ngo", "ngo_vn"])
def test_the_worker_report_form(client, login, people, kh_agency, role):
    client = login(people[role])

    @fuzz
    @sweeping(REPORT_FIELDS if role == "anon" else [], named=False, big=False)
    @given(changes=overrides(REPORT_FIELDS), named=st.booleans(), big=st.booleans())
    def run(changes, named, big):
        lines = [(c, BIG, "USD", p) for c, _a, _u, p in TWO_LINES] if big else TWO_LINES
        data = report_data(None if named else kh_agency, lines=lines)
        if named:
            data.update(agency_name_given="Unknown Co", origin="KH")
        data.update(changes)
        before = database_state()
        response = send(client, "post", "/en/report/new/", data)
        check(before, response, response.status_code == 302)

    run()
    # What was taken is whole: each total is the sum of the report's stored payments.
    for stored in WorkerReport.objects.prefetch_related("items"):
        assert stored.worker_total_usd == sum(item.amount_usd for item in stored.items.all())


def test_the_receipt_look_up(client, kh_agency, report):
    _filed, code = report(kh_agency)
    variants = st.one_of(
        HOSTILE,
        st.sampled_from([code, code.lower(), " ".join(code), code.translate(FULL_WIDTH)]),
    )

    @fuzz
    @sweeping(["code"], arg="typed", wrap=lambda changes: changes["code"])
    @given(typed=variants)
    def run(typed):
        before = database_state()
        response = send(client, "post", "/en/report/receipt/", {"code": typed})
        check(before, response, response.status_code == 302)

    run()


FULL_WIDTH = {c: c + 0xFEE0 for c in range(0x21, 0x7F)}


def test_the_correction_of_a_report(client, kh_agency, report):
    _filed, code = report(kh_agency)
    assert client.post("/en/report/receipt/", {"code": code}).status_code == 302

    @fuzz
    @sweeping(["agency_name_given", "collateral", "private_story", "items-0-amount"])
    @given(changes=overrides(REPORT_FIELDS))
    def run(changes):
        data = report_data(kh_agency, lines=TWO_LINES)
        data.update(changes)
        before = database_state()
        response = send(client, "post", "/en/report/mine/correct/", data)
        check(before, response, response.status_code == 302)

    run()


@pytest.mark.parametrize("role", ["ngo", "ngo_vn"])
def test_moderation_accept_and_reject(client, login, people, make_agency, report, role):
    client = login(people[role])
    reports = [report(make_agency(country=country))[0] for country in ("KH", "VN")]

    @fuzz
    @sweeping(["accept", "reason"], which=reports[0])
    @given(
        which=st.sampled_from(reports),
        changes=st.dictionaries(
            st.sampled_from(["accept", "reason", "reject"]), HOSTILE, max_size=3
        ),
    )
    def run(which, changes):
        before = database_state()
        response = send(client, "post", f"/en/moderation/{which.pk}/", changes)
        check(
            before,
            response,
            response.status_code == 302 and response["Location"] == "/en/moderation/",
        )

    run()


SEARCHES = {
    "/en/report/": ["q"],
    "/en/moderation/": ["q", "status", "origin", "duplicates", "page"],
    "/en/review/": ["country", "programme", "sector", "rule", "severity", "status", "mine", "age",
                    "sort", "page"],
    "/en/review/flags.csv": ["country", "programme", "sector", "rule", "status", "sort"],
    "/en/review/dashboard/": ["country"],
    "/en/compare/": ["origin", "programme", "sector", "licensed", "no_flags", "sort", "page"],
}  # fmt: skip


@pytest.mark.parametrize("role", ["anon", "ngo", "ministry_kh"])
def test_search_boxes_and_filters(client, login, people, flagged, role):
    client = login(people[role])

    cases = st.sampled_from(list(SEARCHES)).flatmap(
        lambda url: st.tuples(st.just(url), overrides(SEARCHES[url]))
    )
    sweeps = [(url, field) for url, fields in SEARCHES.items() for field in fields]

    @fuzz
    @sweeping(sweeps if role == "ngo" else [], arg="case", wrap=one_field_of_a_page)
    @given(case=cases)
    def run(case):
        url, params = case
        before = database_state()
        response = send(client, "get", url, params)
        check(before, response, accepted=False)  # a search never writes

    run()


@pytest.mark.parametrize("role", ["ngo", "ministry_kh"])
def test_review_actions(client, login, people, flagged, django_user_model, role):
    client = login(people[role])
    flags = [flagged.alpha, flagged.beta]

    @fuzz
    @sweeping(["note", "outcome"], flag=flags[1], action="close")
    @sweeping(["note"], flag=flags[1], action="reopen")
    @sweeping(["assignee"], flag=flags[1], action="assign")
    @sweeping(["text"], flag=flags[1], action="comment")
    @given(
        flag=st.sampled_from(flags),
        action=st.sampled_from(["take", "close", "reopen", "assign", "comment", "delete"]),
        changes=st.dictionaries(
            st.sampled_from(["outcome", "note", "assignee", "text"]), HOSTILE, max_size=3
        ),
    )
    def run(flag, action, changes):
        before = database_state()
        response = send(
            client, "post", f"/en/review/flags/{flag.pk}/{action}/", changes, follow=True
        )
        accepted = response.redirect_chain and "error" not in levels(response)
        check(before, response, bool(accepted))

    run()


def test_the_claims_to_verify(client, login, ministry_kh, cast, django_user_model):
    from agencies.models import AgencyMembership

    dara = django_user_model.objects.create_user(username="dara", email="dara@example.org")
    claim = AgencyMembership.objects.create(user=dara, agency=cast.beta, role="owner")
    client = login(ministry_kh)

    @fuzz
    @sweeping(["claim"], arg="value", wrap=lambda changes: changes["claim"])
    @given(value=st.one_of(HOSTILE, st.just(str(claim.pk)), st.just(f" {claim.pk}")))
    def run(value):
        before = database_state()
        response = send(client, "post", "/en/review/claims/", {"claim": value})
        check(before, response, response.status_code == 302)

    run()


def test_the_agency_reply(client, login, cast, flagged):
    client = login(cast.alice)

    @fuzz
    @sweeping(["text"], arg="text", wrap=lambda changes: changes["text"])
    @given(text=HOSTILE)
    def run(text):
        before = database_state()
        data = {"flag": flagged.alpha.pk, "text": text}
        response = send(client, "post", "/en/my-agencies/alpha/flags/", data, follow=True)
        check(before, response, "success" in levels(response))

    run()


def test_the_licence_action(client, login, ministry_kh, cast):
    client = login(ministry_kh)

    @fuzz
    @sweeping(["status", "note"])
    @given(changes=overrides(["status", "note"]))
    def run(changes):
        data = {"status": "suspended", "note": "Checked on site."} | changes
        before = database_state()
        response = send(client, "post", "/en/review/agencies/beta/licence/", data)
        check(before, response, response.status_code == 302)

    run()


def test_the_claim_form(client, login, cast, django_user_model):
    client = login(django_user_model.objects.create_user(username="dara", email="dara@example.org"))

    @fuzz
    @sweeping(["country", "licence_number", "note"])
    @given(changes=overrides(["country", "licence_number", "note"]))
    def run(changes):
        data = {"country": "KH", "licence_number": "MOLVT-9", "note": "The director."} | changes
        before = database_state()
        response = send(client, "post", "/en/my-agencies/claim/", data)
        check(before, response, response.status_code == 302)

    run()


def test_the_invitation_form(client, login, cast, mailoutbox):
    client = login(cast.alice)

    @fuzz
    @sweeping(["email"], arg="email", wrap=lambda changes: changes["email"])
    @given(email=st.one_of(HOSTILE, st.emails().map(lambda e: e[:250])))
    def run(email):
        before = database_state()
        response = send(client, "post", "/en/my-agencies/alpha/members/", {"email": email})
        check(before, response, response.status_code == 302)

    run()


REGISTER_COLUMNS = ["licence_number", "name", "country", "name_local", "status", "valid_from",
                    "valid_until", "address", "phone", "email", "website"]  # fmt: skip


def register_file(cells: dict) -> bytes:
    row = {"licence_number": "R-1", "name": "Register Co", "country": "KH"} | cells
    # Written raw, unquoted: a hostile cell may bring its own commas, quotes and lines.
    lines = [",".join(REGISTER_COLUMNS), ",".join(row.get(c, "") for c in REGISTER_COLUMNS)]
    return ("\n".join(lines) + "\n").encode()


def test_the_register_upload(client, login, cast):
    client = login(cast.admin)

    @fuzz
    @sweeping(REGISTER_COLUMNS, arg="cells", values=("\x00", "x" * 300), form={}, raw=None,
              name="register.csv")  # fmt: skip
    @sweeping(["authority", "as_of"], arg="form", cells={}, raw=None, name="register.csv")
    @given(
        cells=overrides(REGISTER_COLUMNS),
        form=st.dictionaries(st.sampled_from(["authority", "as_of"]), HOSTILE, max_size=2),
        raw=st.one_of(st.none(), st.binary(max_size=300)),
        name=st.one_of(st.just("register.csv"), TEXT.map(lambda t: (t or "x") + ".csv"),
                       st.just("r" * 300 + ".csv")),
    )  # fmt: skip
    def run(cells, form, raw, name):
        content = register_file(cells) if raw is None else raw
        data = {"authority": "KH-MOLVT", "as_of": "2026-01-01"} | form
        data["file"] = SimpleUploadedFile(name, content, content_type="text/csv")
        before = database_state()
        response = send(client, "post", "/en/staff/licence-register/", data)
        check(before, response, response.status_code == 302)

    run()


CHECK_FIELDS = ["o", "programme", "sector", "m", "agency", "t", "tc", "w", "wc",
                "c1", "a1", "u1", "c2", "a2", "u2", "edit"]  # fmt: skip


def test_the_fee_check(client, cast):
    @fuzz
    @sweeping(CHECK_FIELDS, url="/en/check/", lines=True)
    @given(
        url=st.sampled_from(["/en/check/", "/en/check/card/"]),
        lines=st.booleans(),
        changes=overrides(CHECK_FIELDS),
    )
    def run(url, lines, changes):
        data = {"o": "KH", "programme": "ssw1", "sector": "construction", "m": "36"}
        if lines:
            data |= {"c1": "service-fee", "a1": BIG, "u1": "USD", "c2": "training", "a2": BIG,
                     "u2": "USD", "w": "0.01", "wc": "USD"}  # fmt: skip
        else:
            data |= {"t": "1000", "tc": "USD"}
        data |= changes
        before = database_state()
        response = send(client, "get", url, data)
        check(before, response, accepted=False)  # the fee check stores nothing

    run()


ACCOUNT_FORMS = {
    "/en/accounts/signup/": ["email", "password1", "password2"],
    "/en/accounts/login/": ["login", "password", "remember"],
    "/en/accounts/password/reset/": ["email"],
}


def test_sign_up_sign_in_and_password_reset(client, cast, mailoutbox):
    base = {
        "/en/accounts/signup/": {"email": "new@example.org", "password1": "long-enough-pass-2026",
                                 "password2": "long-enough-pass-2026"},
        "/en/accounts/login/": {"login": "alice@example.org", "password": "pw"},
        "/en/accounts/password/reset/": {"email": "alice@example.org"},
    }  # fmt: skip

    cases = st.sampled_from(list(ACCOUNT_FORMS)).flatmap(
        lambda url: st.tuples(st.just(url), overrides(ACCOUNT_FORMS[url]))
    )
    sweeps = [(url, field) for url, fields in ACCOUNT_FORMS.items() for field in fields]

    @fuzz
    @sweeping(sweeps, arg="case", wrap=one_field_of_a_page)
    @given(case=cases)
    def run(case):
        url, changes = case
        client.logout()
        values = base[url] | changes
        before = database_state()
        response = send(client, "post", url, values)
        check(before, response, response.status_code == 302)

    run()
    assert User.objects.filter(email="alice@example.org").exists()


@pytest.mark.parametrize(
    "url",
    [
        "/en/review/flags/99999999999999999999/",
        "/en/moderation/99999999999999999999/",
        "/en/agencies/alpha/fees/99999999999999999999/",
        "/en/my-agencies/alpha/members/99999999999999999999/remove/",
    ],
)
def test_ids_beyond_the_databases_range_are_not_found(client, login, cast, ngo, url):
    client = login(cast.admin)
    response = client.post(url) if url.endswith("remove/") else client.get(url)
    assert response.status_code == 404
