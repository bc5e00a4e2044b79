import threading
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.db import connection

from costs.disclosures.services import disclosure_publish, disclosure_revise, disclosure_withdraw
from costs.models import Disclosure, DisclosureItem, PublishedRecordError


def test_a_published_item_cannot_be_changed_or_deleted(make_agency, publish):
    disclosure = publish(make_agency())
    item = disclosure.items.get()
    item.amount = Decimal("1")
    with pytest.raises(PublishedRecordError):
        item.save()
    with pytest.raises(PublishedRecordError):
        item.delete()
    with pytest.raises(PublishedRecordError):
        DisclosureItem.objects.create(
            disclosure=disclosure,
            category=item.category,
            amount=1,
            currency="USD",
            payer="employer",
        )
    assert disclosure.items.get().amount == Decimal("1000")


def test_a_published_disclosure_cannot_be_edited_or_deleted(make_agency, publish):
    disclosure = publish(make_agency())
    disclosure.offered_wage = Decimal("1")
    with pytest.raises(PublishedRecordError):
        disclosure.save()
    with pytest.raises(PublishedRecordError):
        disclosure.delete()
    disclosure.refresh_from_db()
    assert disclosure.offered_wage == Decimal("200000")


def test_publishing_twice_is_refused(make_agency, publish):
    disclosure = publish(make_agency())
    with pytest.raises(ValidationError):
        disclosure_publish(disclosure=disclosure)


def test_a_revision_drafted_from_an_old_version_cannot_overwrite_a_newer_one(make_agency, publish):
    agency = make_agency()
    first = publish(agency)
    late = disclosure_revise(disclosure=first)
    DisclosureItem.objects.filter(disclosure=late).update(amount=Decimal("5"))
    # Someone else revises and publishes first.
    other = publish(agency, lines=[("medical", "70", "USD", "worker")])
    assert other.supersedes == first
    with pytest.raises(ValidationError) as error:
        disclosure_publish(disclosure=late)
    assert "Another version was published" in str(error.value)
    assert list(agency.disclosures.current()) == [other]


def test_publishing_and_withdrawing_mark_the_agency_stale(make_agency, publish):
    agency = make_agency()
    disclosure = publish(agency)
    agency.refresh_from_db()
    first_mark = agency.summaries_stale_at
    assert first_mark is not None
    disclosure_withdraw(disclosure=disclosure, by=None, reason="closed")
    agency.refresh_from_db()
    assert agency.summaries_stale_at > first_mark
    assert not agency.disclosures.current().exists()


def test_withdrawing_frees_the_group_for_a_new_first_version(make_agency, publish):
    agency = make_agency()
    disclosure_withdraw(disclosure=publish(agency), by=None, reason="closed")
    again = publish(agency)
    assert again.version == 2 and again.supersedes is None


@pytest.mark.django_db(transaction=True)
def test_two_revisions_published_at_once_leave_one_current_version(make_agency, publish):
    agency = make_agency()
    first = publish(agency)
    drafts = [disclosure_revise(disclosure=first)]
    # A second draft from the same version, as a colleague on another device would make.
    second = disclosure_revise(disclosure=first)
    assert second == drafts[0]
    from costs.disclosures.services import disclosure_create

    drafts.append(
        disclosure_create(
            agency=agency,
            programme=first.programme,
            sector=first.sector,
            contract_months=12,
            offered_wage=Decimal("180000"),
            wage_currency="JPY",
            items=[
                {
                    "category": first.items.get().category,
                    "amount": Decimal(9),
                    "currency": "USD",
                    "payer": "worker",
                }
            ],
        )
    )
    barrier = threading.Barrier(2)
    outcomes = []

    def publish_draft(draft):
        barrier.wait()
        try:
            disclosure_publish(disclosure=draft)
            outcomes.append("published")
        except ValidationError:
            outcomes.append("refused")
        finally:
            connection.close()

    threads = [threading.Thread(target=publish_draft, args=(d,)) for d in drafts]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert sorted(outcomes) == ["published", "refused"]
    assert agency.disclosures.current().count() == 1
    first.refresh_from_db()
    assert first.status == Disclosure.Status.SUPERSEDED
