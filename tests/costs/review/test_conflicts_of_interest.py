"""Nobody verifies their own claim or reviews an agency they work for or have
claimed: the reviewer gets a 403 that says why, and nothing changes."""

import pytest
from django.core.exceptions import ValidationError

from agencies.models import Agency, AgencyMembership, LicenceAction
from agencies.services import claim_verify
from costs.models import FlagEvent

CONFLICT = "You work for Beta Manpower or have claimed it"


@pytest.fixture
def ministry_claims_beta(ministry_kh, cast):
    """The ministry reviewer has claimed Beta, which Cambodia's ministry oversees."""
    return AgencyMembership.objects.create(user=ministry_kh, agency=cast.beta, role="owner")


def test_a_ministry_reviewer_cannot_verify_their_own_claim(
    client, ministry_kh, ministry_claims_beta
):
    client.force_login(ministry_kh)
    page = client.get("/en/review/claims/").content.decode()
    assert "another reviewer must verify this claim" in page
    response = client.post("/en/review/claims/", {"claim": ministry_claims_beta.pk})
    assert response.status_code == 403 and CONFLICT in response.content.decode()
    ministry_claims_beta.refresh_from_db()
    assert not ministry_claims_beta.verified
    assert not Agency.objects.get(pk=ministry_claims_beta.agency_id).verified


def test_a_member_of_an_agency_cannot_verify_anyone_elses_claim_on_it(
    client, ministry_kh, cast, django_user_model
):
    AgencyMembership.objects.create(
        user=ministry_kh, agency=cast.beta, role="editor", verified=True
    )
    dara = django_user_model.objects.create_user(username="dara", email="dara@example.org")
    claim = AgencyMembership.objects.create(user=dara, agency=cast.beta, role="owner")
    client.force_login(ministry_kh)
    response = client.post("/en/review/claims/", {"claim": claim.pk})
    assert response.status_code == 403 and CONFLICT in response.content.decode()
    claim.refresh_from_db()
    assert not claim.verified


def test_the_service_refuses_too_whoever_calls_it(ministry_kh, ministry_claims_beta):
    with pytest.raises(ValidationError) as error:
        claim_verify(membership=ministry_claims_beta, by=ministry_kh)
    assert error.value.code == "conflict_of_interest"
    # The system (demo data, fixtures) is nobody's colleague.
    assert claim_verify(membership=ministry_claims_beta, by=None).verified


@pytest.mark.parametrize(
    "method, path, data",
    [
        ("get", "/en/review/flags/{flag}/", {}),
        ("post", "/en/review/flags/{flag}/take/", {}),
        ("post", "/en/review/flags/{flag}/close/", {"outcome": "dismissed", "note": "Fine."}),
        ("post", "/en/review/flags/{flag}/comment/", {"text": "Looks fine to me."}),
        ("post", "/en/review/flags/{flag}/assign/", {}),
        ("get", "/en/review/agencies/beta/licence/", {}),
        ("post", "/en/review/agencies/beta/licence/", {"status": "active", "note": "All good."}),
    ],
)
def test_a_reviewer_who_claimed_the_agency_reviews_none_of_it(
    client, ministry_kh, ministry_claims_beta, flagged, method, path, data
):
    client.force_login(ministry_kh)
    events = FlagEvent.objects.count()
    response = getattr(client, method)(path.format(flag=flagged.beta.pk), data)
    assert response.status_code == 403 and CONFLICT in response.content.decode()
    flagged.beta.refresh_from_db()
    assert flagged.beta.status == "open" and flagged.beta.assigned_to is None
    assert FlagEvent.objects.count() == events and not LicenceAction.objects.exists()


def test_an_ngo_reviewer_on_an_agencys_staff_does_not_see_its_flags_in_the_queue(
    client, ngo, cast, flagged
):
    AgencyMembership.objects.create(user=ngo, agency=cast.beta, role="editor", verified=True)
    client.force_login(ngo)
    listed = {f.pk for f in client.get("/en/review/").context["page"].object_list}
    assert flagged.alpha.pk in listed and flagged.beta.pk not in listed
    exported = client.get("/en/review/flags.csv").content.decode()
    assert "Alpha Manpower" in exported and "Beta Manpower" not in exported
    assert client.get(f"/en/review/flags/{flagged.beta.pk}/").status_code == 403
    assert client.get(f"/en/review/flags/{flagged.alpha.pk}/").status_code == 200


def test_review_ids_that_are_not_numbers_are_not_found(client, ministry_kh, ngo, flagged):
    client.force_login(ministry_kh)
    for value in ["abc", "\x00", "1e3", "١", "-1", " "]:
        assert client.post("/en/review/claims/", {"claim": value}).status_code == 404
    client.force_login(ngo)
    for value in ["abc", "\x00", "1.0", "99999999999999999999999"]:
        response = client.post(f"/en/review/flags/{flagged.beta.pk}/assign/", {"assignee": value})
        assert response.status_code == 404
    flagged.beta.refresh_from_db()
    assert flagged.beta.assigned_to is None


@pytest.mark.parametrize(
    "action, data, message",
    [
        ("comment", {"text": "call\x00them"}, "Null characters are not allowed."),
        ("comment", {"text": "x" * 2001}, "at most 2000 characters"),
        ("reopen", {"note": "\x00"}, "Null characters are not allowed."),
    ],
)
def test_bad_review_text_is_refused_with_a_message(client, ngo, flagged, action, data, message):
    client.force_login(ngo)
    events = FlagEvent.objects.count()
    response = client.post(f"/en/review/flags/{flagged.beta.pk}/{action}/", data, follow=True)
    assert message in response.content.decode()
    assert FlagEvent.objects.count() == events
