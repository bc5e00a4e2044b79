"""The permission matrix of the reports, moderation and fee-check views: every
view, every role. A Vietnam-only NGO moderates Vietnamese reports only; agency
staff and ministry reviewers moderate nothing; a report opens only for the
browser that typed its receipt code."""

import pytest
from django.urls import resolve

from tests.costs.reports.test_reports import report_data

ROLES = ["anon", "alice", "ngo", "ngo_vn", "ministry_kh", "admin"]
LOGIN, OK, REDIRECT, FORBIDDEN, NOT_FOUND = "login", 200, 302, 403, 404
MODERATORS = [LOGIN, FORBIDDEN, OK, OK, FORBIDDEN, FORBIDDEN]

# view: (method, url template, expected by role in ROLES order)
MATRIX = {
    "start": ("get", "/en/report/", [OK] * 6),
    "new": ("get", "/en/report/new/?agency=angkor", [OK] * 6),
    "new post": ("post", "/en/report/new/", [REDIRECT] * 6),
    "thanks": ("get", "/en/report/thanks/", [OK] * 6),
    "receipt": ("get", "/en/report/receipt/", [OK] * 6),
    "receipt post": ("post", "/en/report/receipt/", [REDIRECT] * 6),
    "mine, no code typed": ("get", "/en/report/mine/", [NOT_FOUND] * 6),
    "mine, own code typed": ("get", "/en/report/mine/", [OK] * 6),
    "correct, no code typed": ("get", "/en/report/mine/correct/", [NOT_FOUND] * 6),
    "correct, own code typed": ("post", "/en/report/mine/correct/", [REDIRECT] * 6),
    "delete, no code typed": ("post", "/en/report/mine/delete/", [NOT_FOUND] * 6),
    "delete, own code typed": ("get", "/en/report/mine/delete/", [OK] * 6),
    "forget": ("post", "/en/report/mine/close/", [REDIRECT] * 6),
    "moderation queue": ("get", "/en/moderation/", [LOGIN, FORBIDDEN, OK, OK, FORBIDDEN, OK]),
    "moderate KH": ("get", "/en/moderation/{kh}/", [LOGIN, FORBIDDEN, OK, NOT_FOUND, FORBIDDEN, OK]),
    "moderate VN": ("get", "/en/moderation/{vn}/", [LOGIN, FORBIDDEN, OK, OK, FORBIDDEN, OK]),
    "accept KH": ("post", "/en/moderation/{kh}/", [LOGIN, FORBIDDEN, REDIRECT, NOT_FOUND, FORBIDDEN, REDIRECT]),
    "accept VN": ("post", "/en/moderation/{vn}/", [LOGIN, FORBIDDEN, REDIRECT, REDIRECT, FORBIDDEN, REDIRECT]),
    "survey import": ("get", "/en/moderation/import/", MODERATORS),
    "survey template": ("get", "/en/moderation/import/template.csv", MODERATORS),
    "survey upload": ("get", "/en/moderation/import/{batch}/", [LOGIN, FORBIDDEN, OK, NOT_FOUND, FORBIDDEN, FORBIDDEN]),
    "rules and sources": ("get", "/en/rules/", [OK] * 6),
    "fee check": ("get", "/en/check/?o=KH&programme=ssw1&sector=construction&m=36&t=900&tc=USD", [OK] * 6),
    "fee check card": ("get", "/en/check/card/?o=KH&programme=ssw1&sector=construction&m=36&t=900&tc=USD", [OK] * 6),
}  # fmt: skip


@pytest.fixture
def reports(make_agency, report, ngo):
    from accounts.access import ngo_of
    from costs.models.reports import ImportBatch

    kh_agency = make_agency(name="Angkor Manpower", slug="angkor", country="KH")
    (kh, code), (vn, _code) = report(kh_agency), report(make_agency(country="VN"))
    batch = ImportBatch.objects.create(
        organisation=ngo_of(ngo), file_name="survey.csv", sha256="0" * 64, status="done"
    )
    return {"kh": kh.pk, "vn": vn.pk, "batch": batch.pk, "code": code, "agency": kh_agency}


# One test per view, every role in it: each test's database setup costs a
# second, and 24 views times 6 roles would make this file take minutes.
@pytest.mark.parametrize("view", MATRIX)
def test_permission_matrix(cast, login, ngo, ngo_vn, ministry_kh, reports, mailoutbox, view):
    people = {"alice": cast.alice, "ngo": ngo, "ngo_vn": ngo_vn, "ministry_kh": ministry_kh}
    method, template, expected = MATRIX[view]
    data = {
        "new post": report_data(reports["agency"]),
        "correct, own code typed": report_data(reports["agency"]),
        "receipt post": {"code": reports["code"]},
        "accept KH": {"accept": "1"},
        "accept VN": {"accept": "1"},
    }.get(view, {})

    def outcome(role):
        client = login(None if role == "anon" else people.get(role, cast.admin))
        if "own code typed" in view:
            assert client.post("/en/report/receipt/", {"code": reports["code"]}).status_code == 302
        response = getattr(client, method)(template.format(**reports), data)
        if response.status_code == 302 and "/accounts/login/" in response["Location"]:
            return LOGIN
        return response.status_code

    assert [outcome(role) for role in ROLES] == expected


def test_the_matrix_covers_every_view_of_reports_moderation_and_the_fee_check():
    import costs.urls

    modules = {"costs.reports.views", "costs.reports.moderation", "costs.feecheck.views"}
    names = {f"costs:{p.name}" for p in costs.urls.urlpatterns if p.callback.__module__ in modules}
    ids = {"kh": 1, "vn": 2, "batch": 3}
    covered = {
        resolve(url.format(**ids).split("?")[0]).view_name for _m, url, _e in MATRIX.values()
    }
    assert names == covered
