"""Races on one draft, for real: threads with their own PostgreSQL connections
save, publish and save again through the views and the services, at random
moments 0-20 ms apart, as an owner and an editor on two phones would (one
edit-publish trial in five lands one clearly after the other, so that both
orders are seen on any machine).

A published record never changes, its public total is always the sum of its
lines, no request fails, and no save is lost without its author being told."""

import random
import re
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.test import Client

from costs.disclosures.services import (
    disclosure_create,
    disclosure_delete_draft,
    disclosure_publish,
)
from costs.models import CostCategory, Disclosure, Programme, Sector
from tests.at_once import at_once, raised

from .test_editor import form_data

pytestmark = pytest.mark.django_db(transaction=True)

TRIALS = 100
WORKER_ROW = re.compile(r'<tr class="payer-worker">.*?<td class="num">\$([\d,]+)</td>', re.S)
WORKER_TOTAL = re.compile(r"Worker pays in total</dt>.*?\$([\d,]+)", re.S)


def offsets(second_late: bool = False):
    """When each of two requests starts. With `second_late`, the second waits
    until the first has surely landed, even on a loaded machine, so that both
    orders are seen whatever the machine's speed; the other trials are races."""
    if second_late:
        return [0.0, 0.3]
    return [random.uniform(0, 0.02), random.uniform(0, 0.02)]


def dollars(amount: int) -> str:
    return f"${amount:,}"


def signed_in(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def new_draft(agency, amount: int) -> Disclosure:
    return disclosure_create(
        agency=agency,
        programme=Programme.objects.get(code="ssw1"),
        sector=Sector.objects.get(code="construction"),
        contract_months=36,
        offered_wage=Decimal("200000"),
        wage_currency="JPY",
        items=[
            {
                "category": CostCategory.objects.get(code="service-fee"),
                "amount": Decimal(amount),
                "currency": "USD",
                "payer": "worker",
            }
        ],
    )


def lines_of(disclosure) -> list[tuple]:
    return sorted(
        (item.category.code, int(item.amount), item.currency, item.payer)
        for item in disclosure.items.select_related("category")
    )


def as_lines(rows) -> list[tuple]:
    return sorted((code, int(amount), currency, payer) for code, amount, currency, payer in rows)


def assert_frozen(disclosure: Disclosure, expected: list[tuple], client: Client | None) -> None:
    """The published record holds exactly `expected`, every line frozen, and (with
    a client) its public page's total is the sum of the lines it shows."""
    disclosure.refresh_from_db()
    assert lines_of(disclosure) == expected
    items = list(disclosure.items.all())
    assert all(item.amount_usd is not None and item.amount_usd == item.amount for item in items)
    assert disclosure.worker_total_usd == sum(item.amount for item in items)
    if client is None:
        return
    page = client.get(f"/en/agencies/alpha/fees/{disclosure.pk}/").content.decode()
    shown = [int(value.replace(",", "")) for value in WORKER_ROW.findall(page)]
    total = WORKER_TOTAL.search(page)
    assert total, page
    assert sorted(shown) == sorted(amount for _c, amount, _cur, _p in expected)
    assert int(total.group(1).replace(",", "")) == sum(shown)


def test_an_edit_racing_a_publication_never_changes_the_published_record(cast):
    """Erin saves the draft while alice publishes it, in either order."""
    erin, alice = signed_in(cast.erin), signed_in(cast.alice)
    visitor = Client()
    published, outcomes = {}, {"edit first": 0, "publish first": 0, "publish refused": 0}

    def publish_by_service(draft):
        try:
            return disclosure_publish(disclosure=draft, by=cast.alice)
        except ValidationError as error:
            return error

    for trial in range(TRIALS):
        draft = new_draft(cast.alpha, 1000 + trial)
        original = lines_of(draft)
        edited = as_lines(
            [("service-fee", 2000 + trial, "USD", "worker"), ("training", 57, "USD", "worker")]
        )
        edit = form_data(
            [
                ("service-fee", str(2000 + trial), "USD", "worker"),
                ("training", "57", "USD", "worker"),
            ],
            edit_version=str(draft.edit_version),
        )
        edit_url = f"/en/my-agencies/alpha/fees/{draft.pk}/edit/"
        by_view = trial % 2 == 1  # half through the publish button, half through the service
        if by_view:
            url = f"/en/my-agencies/alpha/fees/{draft.pk}/publish/"
            version = str(draft.edit_version)  # as checked on the preview page

            def publish(url=url, version=version):
                return alice.post(url, {"edit_version": version})
        else:

            def publish(draft=draft):
                return publish_by_service(draft)

        def save(url=edit_url, data=edit):
            return erin.post(url, data)

        results = at_once(save, publish, offsets=offsets(second_late=trial % 5 == 4))
        assert not raised(results), results
        edit_response, publish_result = results

        landed = edit_response.status_code == 302
        if landed:
            assert edit_response["Location"].endswith(f"/fees/{draft.pk}/preview/")
        else:
            # Told, with what was typed kept in the form.
            assert edit_response.status_code == 409
            page = edit_response.content.decode()
            assert "published while you were editing them" in page
            assert f'value="{2000 + trial}"' in page

        stored = Disclosure.objects.get(pk=draft.pk)
        assert lines_of(stored) == (edited if landed else original)
        if stored.status == Disclosure.Status.PUBLISHED:
            outcomes["edit first" if landed else "publish first"] += 1
            published[stored.pk] = edited if landed else original
            assert_frozen(stored, published[stored.pk], None)
        else:
            # Only the button, which sends the version alice checked, refuses:
            # the draft changed after she looked at it.
            assert landed and by_view
            assert publish_result.status_code == 302
            assert publish_result["Location"].endswith(f"/fees/{draft.pk}/preview/")
            outcomes["publish refused"] += 1
            disclosure_delete_draft(disclosure=stored)
        if not by_view and not isinstance(publish_result, ValidationError):
            assert publish_result.status == Disclosure.Status.PUBLISHED

    print(f"\nedit versus publish, {TRIALS} trials: {outcomes}")
    assert outcomes["publish first"] and (outcomes["edit first"] or outcomes["publish refused"])
    # Later publications superseded the earlier ones; none of them moved, and
    # every public page adds up.
    for pk, expected in published.items():
        assert_frozen(Disclosure.objects.get(pk=pk), expected, visitor)


def test_two_editors_saving_one_draft_never_lose_a_save_silently(cast):
    """Alice and erin both opened the draft at the same version and save; then
    again, from the version the last save made."""
    people = {"alice": signed_in(cast.alice), "erin": signed_in(cast.erin)}
    wins = {"alice": 0, "erin": 0}
    draft = new_draft(cast.alpha, 1000)
    for trial in range(TRIALS):
        opened = Disclosure.objects.get(pk=draft.pk).edit_version
        typed = {
            "alice": [("service-fee", 3000 + trial, "USD", "worker")],
            "erin": [
                ("service-fee", 5000 + trial, "USD", "worker"),
                ("training", 57, "USD", "worker"),
            ],
        }
        url = f"/en/my-agencies/alpha/fees/{draft.pk}/edit/"

        def save(name, url=url, opened=opened, typed=typed):
            lines = [(c, str(a), cur, p) for c, a, cur, p in typed[name]]
            return people[name].post(url, form_data(lines, edit_version=str(opened)))

        results = at_once(lambda: save("alice"), lambda: save("erin"), offsets=offsets())
        assert not raised(results), results
        answers = dict(zip(["alice", "erin"], results, strict=True))
        assert sorted(r.status_code for r in results) == [302, 409], results
        winner = next(name for name, r in answers.items() if r.status_code == 302)
        loser = "erin" if winner == "alice" else "alice"
        wins[winner] += 1

        stored = Disclosure.objects.get(pk=draft.pk)
        assert lines_of(stored) == as_lines(typed[winner])
        assert stored.edit_version == opened + 1
        # The loser sees both: the draft as saved, and the form as typed.
        page = answers[loser].content.decode()
        assert "This draft changed since you opened it" in page
        assert dollars(typed[winner][0][1]) in page
        assert f'value="{typed[loser][0][1]}"' in page
        assert f'name="edit_version" value="{opened + 1}"' in page

    print(f"\nedit versus edit, {TRIALS} trials, saves that landed: {wins}")
    assert wins["alice"] and wins["erin"]
