"""The permission matrix of the agency self-service views (issue 3): every view,
every role. Only verified members of Alpha (alice, erin) and the site admin
reach Alpha's drafts; everyone else gets a 404 (or is sent to sign in)."""

import pytest
from django.urls import resolve

from agencies.models import AgencyMembership, Invitation
from costs.disclosures.services import disclosure_revise

ROLES = ["anon", "alice", "erin", "claire", "bob", "admin"]
LOGIN, OK, REDIRECT, NOT_FOUND, ADMIN_LOGIN = "login", 200, 302, 404, "admin-login"

# view: (method, url template, expected by role in ROLES order)
MATRIX = {
    "public profile": ("get", "/en/agencies/alpha/", [OK, OK, OK, OK, OK, OK]),
    "public version": ("get", "/en/agencies/alpha/fees/{published}/", [OK] * 6),
    "public draft": ("get", "/en/agencies/alpha/fees/{draft}/", [NOT_FOUND] * 6),
    "protecting reporters": ("get", "/en/how-we-protect-reporters/", [OK] * 6),
    "my agencies": ("get", "/en/my-agencies/", [LOGIN, OK, OK, OK, OK, OK]),
    "claim": ("get", "/en/my-agencies/claim/", [LOGIN, OK, OK, OK, OK, OK]),
    "fees list": ("get", "/en/my-agencies/alpha/fees/", [LOGIN, OK, OK, NOT_FOUND, NOT_FOUND, OK]),
    "new": ("get", "/en/my-agencies/alpha/fees/new/", [LOGIN, OK, OK, NOT_FOUND, NOT_FOUND, OK]),
    "edit": (
        "get",
        "/en/my-agencies/alpha/fees/{draft}/edit/",
        [LOGIN, OK, OK, NOT_FOUND, NOT_FOUND, OK],
    ),
    "preview": (
        "get",
        "/en/my-agencies/alpha/fees/{draft}/preview/",
        [LOGIN, OK, OK, NOT_FOUND, NOT_FOUND, OK],
    ),
    "publish": (
        "post",
        "/en/my-agencies/alpha/fees/{draft}/publish/",
        [LOGIN, REDIRECT, REDIRECT, NOT_FOUND, NOT_FOUND, REDIRECT],
    ),
    "revise": (
        "post",
        "/en/my-agencies/alpha/fees/{published}/revise/",
        [LOGIN, REDIRECT, REDIRECT, NOT_FOUND, NOT_FOUND, REDIRECT],
    ),
    "withdraw": (
        "get",
        "/en/my-agencies/alpha/fees/{published}/withdraw/",
        [LOGIN, OK, OK, NOT_FOUND, NOT_FOUND, OK],
    ),
    "withdraw post": (
        "post",
        "/en/my-agencies/alpha/fees/{published}/withdraw/",
        [LOGIN, REDIRECT, REDIRECT, NOT_FOUND, NOT_FOUND, REDIRECT],
    ),
    "delete draft": (
        "post",
        "/en/my-agencies/alpha/fees/{draft}/delete/",
        [LOGIN, REDIRECT, REDIRECT, NOT_FOUND, NOT_FOUND, REDIRECT],
    ),
    "members": (
        "get",
        "/en/my-agencies/alpha/members/",
        [LOGIN, OK, NOT_FOUND, NOT_FOUND, NOT_FOUND, OK],
    ),
    "remove member": (
        "post",
        "/en/my-agencies/alpha/members/{erin}/remove/",
        [LOGIN, REDIRECT, NOT_FOUND, NOT_FOUND, NOT_FOUND, REDIRECT],
    ),
    "invitation": ("get", "/en/invitations/{token}/", [LOGIN, OK, OK, OK, OK, OK]),
    "register upload": ("get", "/en/staff/licence-register/", [ADMIN_LOGIN] * 5 + [OK]),
}
CASES = [
    (view, role, expected[i])
    for view, (_m, _u, expected) in MATRIX.items()
    for i, role in enumerate(ROLES)
]


@pytest.fixture
def alpha_records(cast, publish):
    published = publish(cast.alpha)
    other = publish(cast.alpha, programme="titp", sector="titp-fishery")
    draft = disclosure_revise(disclosure=other)
    invitation = Invitation.objects.create(
        agency=cast.alpha, email="x@example.org", token="tok", invited_by=cast.alice
    )
    return {
        "published": published.pk,
        "draft": draft.pk,
        "erin": AgencyMembership.objects.get(user=cast.erin).pk,
        "token": invitation.token,
    }


@pytest.mark.parametrize("view, role, expected", CASES, ids=[f"{v}-{r}" for v, r, _e in CASES])
def test_permission_matrix(cast, login, alpha_records, view, role, expected):
    method, template, _expected = MATRIX[view]
    client = login(None if role == "anon" else getattr(cast, role))
    data = {"reason": "closing"} if view == "withdraw post" else {}
    response = getattr(client, method)(template.format(**alpha_records), data)
    if expected == LOGIN:
        assert response.status_code == 302 and "/accounts/login/" in response["Location"]
    elif expected == ADMIN_LOGIN:
        assert response.status_code == 302 and "/admin/login/" in response["Location"]
    else:
        assert response.status_code == expected


def test_the_matrix_covers_every_view_of_the_issue():
    import agencies.urls
    import costs.urls

    issue_modules = {"costs.disclosures.views", "costs.public.views", "agencies.views"}
    named = {
        f"{urls.app_name}:{pattern.name}"
        for urls in (costs.urls, agencies.urls)
        for pattern in urls.urlpatterns
        if pattern.callback.__module__ in issue_modules
    }
    ids = {"published": 1, "draft": 2, "erin": 3, "token": "t"}
    covered = {resolve(url.format(**ids)).view_name for _m, url, _e in MATRIX.values()}
    assert named - covered == {"costs:compare"}  # the foundation's public list, tested elsewhere
