"""Published is final, drafts are safe: a late save is answered, a save over a
newer one is refused with both shown, and amounts too large to publish are
refused when they are typed, not when they are published."""

from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError

from costs.disclosures.services import disclosure_delete_draft, disclosure_update_draft
from costs.models import Disclosure, ExchangeRate, PublishedRecordError

from .test_editor import THREE_LINES, form_data

pytestmark = pytest.mark.django_db

NEW = "/en/my-agencies/alpha/fees/new/"
TOO_LARGE = "These amounts add up to more than the portal can store"


@pytest.fixture
def alice(cast, login):
    return login(cast.alice)


def draft_of(alice, lines=THREE_LINES) -> Disclosure:
    alice.post(NEW, form_data(lines))
    return Disclosure.objects.latest("pk")


def edit_url(draft) -> str:
    return f"/en/my-agencies/alpha/fees/{draft.pk}/edit/"


def test_the_edit_form_carries_the_version_it_was_opened_at(cast, alice):
    draft = draft_of(alice)
    page = alice.get(edit_url(draft)).content.decode()
    assert 'name="edit_version" value="1"' in page
    data = form_data([("service-fee", "100", "USD", "worker")], edit_version="1")
    assert alice.post(edit_url(draft), data).status_code == 302
    draft.refresh_from_db()
    assert draft.edit_version == 2
    assert 'name="edit_version" value="2"' in alice.get(edit_url(draft)).content.decode()


def test_adding_a_line_keeps_the_version_it_was_opened_at(cast, alice):
    draft = draft_of(alice)
    response = alice.post(
        edit_url(draft), form_data(THREE_LINES[:1], add_line="1", edit_version="1")
    )
    assert 'name="edit_version" value="1"' in response.content.decode()


def test_a_save_over_a_newer_save_shows_both_and_the_second_try_lands(cast, alice, login):
    draft = draft_of(alice)
    erin = login(cast.erin)
    assert (
        erin.post(
            edit_url(draft), form_data([("medical", "80", "USD", "worker")], edit_version="1")
        ).status_code
        == 302
    )
    alice = login(cast.alice)
    mine = form_data([("service-fee", "4321", "USD", "worker")], edit_version="1")
    response = alice.post(edit_url(draft), mine)
    page = response.content.decode()
    assert response.status_code == 409
    assert "This draft changed since you opened it" in page
    assert "$80" in page  # erin's, as saved
    assert 'value="4321"' in page  # alice's, as typed
    assert [i.amount for i in Disclosure.objects.get().items.all()] == [Decimal("80")]

    # Having seen both, she saves hers on purpose.
    mine["edit_version"] = "2"
    assert alice.post(edit_url(draft), mine).status_code == 302
    assert [i.amount for i in Disclosure.objects.get().items.all()] == [Decimal("4321")]


def test_a_save_without_a_version_is_not_taken_for_the_latest(cast, alice):
    draft = draft_of(alice)
    response = alice.post(edit_url(draft), form_data([("medical", "80", "USD", "worker")]))
    assert response.status_code == 409
    assert "This draft changed since you opened it" in response.content.decode()
    assert Disclosure.objects.get().items.count() == 3


def test_a_save_that_arrives_after_publication_is_answered_and_changes_nothing(cast, alice):
    draft = draft_of(alice)
    alice.post(f"/en/my-agencies/alpha/fees/{draft.pk}/publish/")
    response = alice.post(
        edit_url(draft), form_data([("medical", "80", "USD", "worker")], edit_version="1")
    )
    page = response.content.decode()
    assert response.status_code == 409
    assert "These fees were published while you were editing them" in page
    assert 'value="80"' in page
    published = Disclosure.objects.get()
    assert published.status == Disclosure.Status.PUBLISHED and published.items.count() == 3
    assert all(item.amount_usd is not None for item in published.items.all())


def test_a_publish_after_someone_changed_the_checked_draft_is_refused(cast, alice, login):
    draft = draft_of(alice)
    login(cast.erin).post(
        edit_url(draft), form_data([("medical", "80", "USD", "worker")], edit_version="1")
    )
    alice = login(cast.alice)
    response = alice.post(
        f"/en/my-agencies/alpha/fees/{draft.pk}/publish/", {"edit_version": "1"}, follow=True
    )
    assert "Someone changed this draft after you opened this page" in response.content.decode()
    assert Disclosure.objects.get().status == Disclosure.Status.DRAFT
    preview = alice.get(f"/en/my-agencies/alpha/fees/{draft.pk}/preview/").content.decode()
    assert 'name="edit_version" value="2"' in preview


def test_services_refuse_to_write_to_a_published_disclosure(cast, publish):
    published = publish(cast.alpha)
    with pytest.raises(PublishedRecordError):
        disclosure_update_draft(
            disclosure=published,
            edit_version=published.edit_version,
            contract_months=12,
            offered_wage=Decimal(1),
            wage_currency="JPY",
            items=[],
        )
    with pytest.raises(PublishedRecordError):
        disclosure_delete_draft(disclosure=published)
    assert Disclosure.objects.get().items.get().amount == Decimal("1000")


def test_a_draft_deleted_twice_is_no_error(cast, alice):
    draft = draft_of(alice)
    disclosure_delete_draft(disclosure=draft)
    disclosure_delete_draft(disclosure=draft)
    assert not Disclosure.objects.exists()


@pytest.mark.parametrize(
    "lines",
    [
        # Each line fits its column; together they do not.
        [
            ("service-fee", "999,999,999,999", "USD", "worker"),
            ("training", "999,999,999,999", "USD", "worker"),
        ],
        [
            ("travel-lodging", "600000000000", "USD", "employer"),
            ("administrative", "600000000000", "USD", "employer"),
        ],
        # In dollars it fits; in the Vietnamese worker's dong it cannot.
        [("service-fee", "50,000,000,000", "USD", "worker")],
    ],
)
def test_amounts_that_could_never_be_published_are_refused_as_they_are_typed(cast, alice, lines):
    response = alice.post(NEW, form_data(lines))
    assert response.status_code == 200
    assert TOO_LARGE in response.content.decode()
    assert not Disclosure.objects.exists()


def test_an_edit_too_large_to_publish_is_refused_and_the_draft_stays(cast, alice):
    draft = draft_of(alice)
    lines = [
        ("service-fee", "999999999999", "USD", "worker"),
        ("training", "1", "USD", "worker"),
    ]
    response = alice.post(edit_url(draft), form_data(lines, edit_version="1"))
    assert TOO_LARGE in response.content.decode()
    draft.refresh_from_db()
    assert draft.edit_version == 1 and draft.items.count() == 3


def test_a_rate_that_moved_since_saving_gets_a_clear_message_at_publication(cast, alice):
    draft = draft_of(alice, [("service-fee", "900,000,000,000", "JPY", "employer")])
    ExchangeRate.objects.filter(currency="JPY").update(units_per_usd=Decimal("0.5"))
    response = alice.post(f"/en/my-agencies/alpha/fees/{draft.pk}/publish/", follow=True)
    assert response.status_code == 200
    assert TOO_LARGE in response.content.decode()
    draft.refresh_from_db()
    assert draft.status == Disclosure.Status.DRAFT
    assert draft.items.get().amount_usd is None


def test_the_largest_amounts_that_fit_are_published(cast, alice):
    draft = draft_of(alice, [("service-fee", "999,999,999,999", "VND", "worker")])
    alice.post(f"/en/my-agencies/alpha/fees/{draft.pk}/publish/")
    draft.refresh_from_db()
    assert draft.status == Disclosure.Status.PUBLISHED
    assert draft.worker_total_origin == Decimal("999999999999")


def test_the_service_refuses_too_large_amounts_too(cast):
    from costs.disclosures.services import disclosure_create
    from costs.models import CostCategory, Programme, Sector

    with pytest.raises(ValidationError) as error:
        disclosure_create(
            agency=cast.beta,
            programme=Programme.objects.get(code="ssw1"),
            sector=Sector.objects.get(code="construction"),
            contract_months=36,
            offered_wage=Decimal("200000"),
            wage_currency="JPY",
            items=[
                {
                    "category": CostCategory.objects.get(code="service-fee"),
                    "amount": Decimal("999999999999"),
                    "currency": "USD",
                    "payer": "worker",
                }
            ],
        )
    assert error.value.code == "too_large"
    assert not Disclosure.objects.exists()
