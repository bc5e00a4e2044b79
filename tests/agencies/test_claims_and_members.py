import pytest
from allauth.account.models import EmailAddress
from django.contrib.admin.sites import site
from django.test import RequestFactory

from agencies.admin import verify_claims
from agencies.models import AgencyMembership, Invitation


def test_a_signed_in_user_claims_an_agency_by_its_licence_number(cast, login, django_user_model):
    dora = django_user_model.objects.create_user(username="dora", email="dora@example.org")
    client = login(dora)
    response = client.post(
        "/en/my-agencies/claim/",
        {"country": "VN", "licence_number": " 101/gp ", "note": "Director"},
    )
    assert response.status_code == 302
    claim = AgencyMembership.objects.get(user=dora)
    assert (claim.agency, claim.role, claim.verified, claim.note) == (
        cast.alpha,
        "owner",
        False,
        "Director",
    )
    page = client.get("/en/my-agencies/").content.decode()
    assert "waiting to be checked" in page
    # Unverified: nothing that is not public.
    assert client.get("/en/my-agencies/alpha/fees/").status_code == 404


def test_an_unknown_licence_number_is_explained(cast, login):
    response = login(cast.bob).post(
        "/en/my-agencies/claim/", {"country": "VN", "licence_number": "nope", "note": "x"}
    )
    assert "No agency with this licence number is listed" in response.content.decode()
    assert cast.bob.agency_memberships.count() == 1


def test_an_admin_verifies_claims_from_the_admin(cast):
    request = RequestFactory().post("/admin/")
    request.user = cast.admin
    claims = AgencyMembership.objects.filter(user=cast.claire)
    verify_claims(site._registry[AgencyMembership], request, claims)
    claim = claims.get()
    assert claim.verified and claim.verified_by == cast.admin and claim.verified_at
    cast.alpha.refresh_from_db()
    assert cast.alpha.verified


def test_an_owner_invites_an_editor_who_accepts(
    cast, login, django_user_model, mailoutbox, django_capture_on_commit_callbacks
):
    owner = login(cast.alice)
    with django_capture_on_commit_callbacks(execute=True):
        owner.post("/en/my-agencies/alpha/members/", {"email": "Nam@Example.org"})
    invitation = Invitation.objects.get()
    assert invitation.email == "nam@example.org"
    assert len(mailoutbox) == 1 and mailoutbox[0].to == ["nam@example.org"]
    assert f"/en/invitations/{invitation.token}/" in mailoutbox[0].body

    nam = django_user_model.objects.create_user(username="nam", email="nam@example.org")
    EmailAddress.objects.create(user=nam, email="nam@example.org", verified=True, primary=True)
    response = login(nam).post(f"/en/invitations/{invitation.token}/")
    assert response["Location"] == "/en/my-agencies/alpha/fees/"
    membership = AgencyMembership.objects.get(user=nam)
    assert membership.verified and membership.role == "editor"
    assert login(nam).post(f"/en/invitations/{invitation.token}/").status_code == 302
    assert AgencyMembership.objects.filter(user=nam).count() == 1


def test_an_invitation_is_for_its_own_address_only(cast, login, mailoutbox):
    login(cast.alice).post("/en/my-agencies/alpha/members/", {"email": "nam@example.org"})
    token = Invitation.objects.get().token
    response = login(cast.bob).post(f"/en/invitations/{token}/", follow=True)
    assert "nam@example.org" in response.content.decode()
    assert not AgencyMembership.objects.filter(user=cast.bob, agency=cast.alpha).exists()


def test_an_owner_removes_an_editor_but_not_the_last_owner(cast, login):
    owner = login(cast.alice)
    erin = AgencyMembership.objects.get(user=cast.erin)
    owner.post(f"/en/my-agencies/alpha/members/{erin.pk}/remove/")
    assert not AgencyMembership.objects.filter(pk=erin.pk).exists()
    alice = AgencyMembership.objects.get(user=cast.alice)
    response = owner.post(f"/en/my-agencies/alpha/members/{alice.pk}/remove/", follow=True)
    assert "at least one owner" in response.content.decode()
    assert AgencyMembership.objects.filter(pk=alice.pk).exists()


@pytest.mark.parametrize("who", ["erin", "claire", "bob"])
def test_only_a_verified_owner_manages_people(cast, login, who):
    client = login(getattr(cast, who))
    assert client.get("/en/my-agencies/alpha/members/").status_code == 404
    erin = AgencyMembership.objects.get(user=cast.erin)
    assert client.post(f"/en/my-agencies/alpha/members/{erin.pk}/remove/").status_code == 404
    assert AgencyMembership.objects.filter(pk=erin.pk).exists()
