"""The permission matrix of the reviewer workspace (issue 6): every view, every
role, with the Cambodian ministry reviewer on a Cambodian (Beta) and on a
Vietnamese (Alpha) agency."""

import pytest
from django.urls import resolve

ROLES = ["anon", "alice", "bob", "ngo", "ministry_kh", "admin"]
LOGIN, OK, REDIRECT, FORBIDDEN, NOT_FOUND = "login", 200, 302, 403, 404
REVIEWERS_ONLY = [LOGIN, FORBIDDEN, FORBIDDEN, OK, OK, OK]

MATRIX = {
    "queue": ("get", "/en/review/", REVIEWERS_ONLY),
    "export": ("get", "/en/review/flags.csv", REVIEWERS_ONLY),
    "dashboard": ("get", "/en/review/dashboard/", REVIEWERS_ONLY),
    "claims": ("get", "/en/review/claims/", [LOGIN, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK, OK]),
    "flag KH": ("get", "/en/review/flags/{beta}/", REVIEWERS_ONLY),
    "flag VN": ("get", "/en/review/flags/{alpha}/", [LOGIN, FORBIDDEN, FORBIDDEN, OK, NOT_FOUND, OK]),
    "take KH": ("post", "/en/review/flags/{beta}/take/", [LOGIN, FORBIDDEN, FORBIDDEN, REDIRECT, REDIRECT, REDIRECT]),
    "take VN": ("post", "/en/review/flags/{alpha}/take/", [LOGIN, FORBIDDEN, FORBIDDEN, REDIRECT, NOT_FOUND, REDIRECT]),
    "close KH": ("post", "/en/review/flags/{beta}/close/", [LOGIN, FORBIDDEN, FORBIDDEN, REDIRECT, REDIRECT, REDIRECT]),
    "close VN": ("post", "/en/review/flags/{alpha}/close/", [LOGIN, FORBIDDEN, FORBIDDEN, REDIRECT, NOT_FOUND, REDIRECT]),
    "licence KH": ("get", "/en/review/agencies/beta/licence/", [LOGIN, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK, OK]),
    "licence VN": ("get", "/en/review/agencies/alpha/licence/", [LOGIN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK]),
    "agency flags": ("get", "/en/my-agencies/alpha/flags/", [LOGIN, OK, NOT_FOUND, NOT_FOUND, NOT_FOUND, OK]),
    "agency reply": ("post", "/en/my-agencies/alpha/flags/", [LOGIN, REDIRECT, NOT_FOUND, NOT_FOUND, NOT_FOUND, REDIRECT]),
}  # fmt: skip
CASES = [
    (view, role, expected[i])
    for view, (_m, _u, expected) in MATRIX.items()
    for i, role in enumerate(ROLES)
]


@pytest.mark.parametrize("view, role, expected", CASES, ids=[f"{v}-{r}" for v, r, _e in CASES])
def test_permission_matrix(client, cast, ngo, ministry_kh, flagged, view, role, expected):
    people = {
        "alice": cast.alice,
        "bob": cast.bob,
        "ngo": ngo,
        "ministry_kh": ministry_kh,
        "admin": cast.admin,
    }
    if role != "anon":
        client.force_login(people[role])
    method, template, _expected = MATRIX[view]
    data = {
        "outcome": "resolved",
        "note": "checked",
        "flag": flagged.alpha.pk,
        "text": "Our reply.",
    }
    response = getattr(client, method)(
        template.format(alpha=flagged.alpha.pk, beta=flagged.beta.pk), data
    )
    if expected == LOGIN:
        assert response.status_code == 302 and "/accounts/login/" in response["Location"]
    else:
        assert response.status_code == expected


def test_the_matrix_covers_every_view_of_the_issue():
    import costs.urls

    names = {
        f"costs:{p.name}"
        for p in costs.urls.urlpatterns
        if p.callback.__module__ == "costs.review.views"
    }
    covered = {resolve(url.format(alpha=1, beta=2)).view_name for _m, url, _e in MATRIX.values()}
    assert names == covered
    assert len(CASES) == 84
