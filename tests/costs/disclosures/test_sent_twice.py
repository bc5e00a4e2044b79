"""A double click, or a form sent again on a slow line, creates one record and
gets the same answer: new fees and a revision, one after the other and at once."""

import pytest
from django.test import Client

from costs.models import Disclosure
from tests.at_once import at_once, raised, token_in

from .test_editor import THREE_LINES, form_data

NEW = "/en/my-agencies/alpha/fees/new/"


def signed_in(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


@pytest.mark.django_db
def test_new_fees_sent_twice_make_one_draft(cast):
    alice = signed_in(cast.alice)
    data = form_data(THREE_LINES, submission_token=token_in(alice.get(NEW).content.decode()))
    first, second = alice.post(NEW, data), alice.post(NEW, data)
    draft = Disclosure.objects.get()
    assert first.status_code == second.status_code == 302
    assert (
        first["Location"] == second["Location"] == f"/en/my-agencies/alpha/fees/{draft.pk}/preview/"
    )
    assert draft.items.count() == 3


@pytest.mark.django_db
def test_each_opened_form_makes_its_own_draft(cast):
    alice = signed_in(cast.alice)
    for _ in range(2):
        token = token_in(alice.get(NEW).content.decode())
        alice.post(NEW, form_data(THREE_LINES, submission_token=token))
    assert Disclosure.objects.count() == 2


@pytest.mark.django_db
def test_a_form_shown_again_keeps_its_token(cast):
    """A typing mistake or another line is the same submission, still once."""
    alice = signed_in(cast.alice)
    token = token_in(alice.get(NEW).content.decode())
    again = alice.post(NEW, form_data(THREE_LINES[:1], add_line="1", submission_token=token))
    assert token_in(again.content.decode()) == token


@pytest.mark.django_db
def test_a_made_up_token_is_no_token(cast):
    alice = signed_in(cast.alice)
    for _ in range(2):
        alice.post(NEW, form_data(THREE_LINES, submission_token="made-up:signature"))
    assert Disclosure.objects.count() == 2
    assert not Disclosure.objects.filter(submission_token__isnull=False).exists()


@pytest.mark.django_db
def test_revise_pressed_twice_opens_one_draft(cast, publish):
    published = publish(cast.alpha)
    alice = signed_in(cast.alice)
    url = f"/en/my-agencies/alpha/fees/{published.pk}/revise/"
    first, second = alice.post(url), alice.post(url)
    draft = Disclosure.objects.get(status=Disclosure.Status.DRAFT)
    assert first["Location"] == second["Location"] == f"/en/my-agencies/alpha/fees/{draft.pk}/edit/"


@pytest.mark.django_db
def test_publish_pressed_twice_shows_the_published_fees(cast, publish):
    alice = signed_in(cast.alice)
    alice.post(NEW, form_data(THREE_LINES))
    draft = Disclosure.objects.get()
    url = f"/en/my-agencies/alpha/fees/{draft.pk}/publish/"
    first, second = alice.post(url), alice.post(url)
    assert first["Location"] == second["Location"] == f"/en/agencies/alpha/fees/{draft.pk}/"
    assert Disclosure.objects.get().status == Disclosure.Status.PUBLISHED


@pytest.mark.django_db(transaction=True)
def test_new_fees_and_a_revision_sent_twice_at_once_make_one_draft_each(cast, publish):
    alice, again = signed_in(cast.alice), signed_in(cast.alice)
    data = form_data(
        THREE_LINES,
        programme="titp",
        sector="titp-fishery",
        submission_token=token_in(alice.get(NEW).content.decode()),
    )
    answers = at_once(lambda: alice.post(NEW, data), lambda: again.post(NEW, data))
    assert not raised(answers), answers
    draft = Disclosure.objects.get()
    assert {a["Location"] for a in answers} == {f"/en/my-agencies/alpha/fees/{draft.pk}/preview/"}

    published = publish(cast.alpha)
    url = f"/en/my-agencies/alpha/fees/{published.pk}/revise/"
    answers = at_once(lambda: alice.post(url), lambda: again.post(url))
    assert not raised(answers), answers
    revision = Disclosure.objects.get(status=Disclosure.Status.DRAFT, supersedes=published)
    assert {a["Location"] for a in answers} == {f"/en/my-agencies/alpha/fees/{revision.pk}/edit/"}
