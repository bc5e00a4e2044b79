from decimal import Decimal

import pytest

from costs.models import Disclosure, ExchangeRate

pytestmark = pytest.mark.django_db


def form_data(lines, programme="ssw1", sector="construction", wage="200000", **extra):
    data = {
        "programme": programme,
        "sector": sector,
        "contract_months": "36",
        "offered_wage": wage,
        "wage_currency": "JPY",
        "items-TOTAL_FORMS": str(len(lines)),
        "items-INITIAL_FORMS": "0",
        "items-MIN_NUM_FORMS": "0",
        "items-MAX_NUM_FORMS": "40",
    }
    for number, (category, amount, currency, payer) in enumerate(lines):
        data.update(
            {
                f"items-{number}-category": category,
                f"items-{number}-amount": amount,
                f"items-{number}-currency": currency,
                f"items-{number}-payer": payer,
            }
        )
    data.update(extra)
    return data


THREE_LINES = [
    ("service-fee", "30,000,000", "VND", "worker"),
    ("training", "១០០០", "USD", "worker"),
    ("travel-lodging", "１５０，０００", "JPY", "employer"),
]


@pytest.fixture
def alice(cast, login):
    return login(cast.alice)


def new_url(cast):
    return f"/en/my-agencies/{cast.alpha.slug}/fees/new/"


def test_it_saves_a_draft_and_understands_how_people_type_numbers(cast, alice):
    response = alice.post(new_url(cast), form_data(THREE_LINES))
    draft = Disclosure.objects.get()
    assert response.status_code == 302
    assert response["Location"] == f"/en/my-agencies/alpha/fees/{draft.pk}/preview/"
    assert draft.status == Disclosure.Status.DRAFT and draft.origin_id == "VN"
    amounts = sorted(draft.items.values_list("amount", flat=True))
    assert amounts == [Decimal("1000"), Decimal("150000"), Decimal("30000000")]


def test_add_another_line_posts_back_keeping_what_was_typed(cast, alice):
    response = alice.post(new_url(cast), form_data(THREE_LINES[:1], add_line="1"))
    assert response.status_code == 200
    formset = response.context["formset"]
    assert len(formset.forms) == 2
    assert formset.forms[0]["amount"].value() == "30,000,000"
    assert not Disclosure.objects.exists()


@pytest.mark.parametrize(
    "lines, field_message",
    [
        ([("service-fee", "-5", "USD", "worker")], "cannot be below zero"),
        ([("service-fee", "99999999999999999", "USD", "worker")], "too large"),
        ([("service-fee", "a lot", "USD", "worker")], "Write the amount in numbers"),
        ([("service-fee", "100", "THB", "worker")], "Select a valid choice"),
        (
            [("service-fee", "100", "USD", "worker"), ("service-fee", "50", "USD", "worker")],
            "already listed for the same payer",
        ),
    ],
)
def test_bad_lines_get_a_clear_message_and_change_nothing(cast, alice, lines, field_message):
    response = alice.post(new_url(cast), form_data(lines))
    assert response.status_code == 200
    assert field_message in response.content.decode()
    assert not Disclosure.objects.exists()


def test_a_currency_without_a_rate_is_refused(cast, alice):
    ExchangeRate.objects.filter(currency="KHR").delete()
    response = alice.post(new_url(cast), form_data([("medical", "100", "KHR", "worker")]))
    assert "There is no exchange rate for KHR" in response.content.decode()
    assert not Disclosure.objects.exists()


def test_a_sector_outside_the_programme_is_refused(cast, alice):
    response = alice.post(
        new_url(cast), form_data(THREE_LINES, programme="titp", sector="aviation")
    )
    assert "not part of the chosen programme" in response.content.decode()
    assert not Disclosure.objects.exists()


def test_at_least_one_line_is_needed(cast, alice):
    response = alice.post(new_url(cast), form_data([]))
    assert "Add at least one cost line." in response.content.decode()
    assert not Disclosure.objects.exists()


def test_the_preview_shows_totals_months_and_what_the_rules_will_say(cast, alice):
    alice.post(new_url(cast), form_data(THREE_LINES + [("brokerage", "500", "USD", "worker")]))
    draft = Disclosure.objects.get()
    html = alice.get(f"/en/my-agencies/alpha/fees/{draft.pk}/preview/").content.decode()
    assert "Worker pays in total" in html and "months of the offered wage of ¥200,000" in html
    assert "Under the Employer Pays Principle workers should pay nothing." in html
    assert "Workers may not be charged for “Broker or sub-agent commission”." in html
    # The ban on brokerage fees is Law 69/2020/QH14 Art. 7(8), not Circular 02/2024.
    assert "Against the law (Law 69/2020/QH14, Art. 7(8))." in html


def test_a_fee_free_draft_gets_no_warning(cast, alice):
    alice.post(new_url(cast), form_data([("service-fee", "2000", "USD", "employer")]))
    draft = Disclosure.objects.get()
    html = alice.get(f"/en/my-agencies/alpha/fees/{draft.pk}/preview/").content.decode()
    assert "Workers pay nothing and no rule is broken." in html


def test_publish_revise_and_publish_again_keeps_the_history(cast, alice):
    alice.post(new_url(cast), form_data(THREE_LINES))
    first = Disclosure.objects.get()
    response = alice.post(f"/en/my-agencies/alpha/fees/{first.pk}/publish/")
    assert response["Location"] == f"/en/agencies/alpha/fees/{first.pk}/"
    first.refresh_from_db()
    assert first.status == Disclosure.Status.PUBLISHED and first.published_by == cast.alice
    assert first.worker_total_usd > 0

    response = alice.post(f"/en/my-agencies/alpha/fees/{first.pk}/revise/")
    revision = Disclosure.objects.get(status=Disclosure.Status.DRAFT)
    assert response["Location"] == f"/en/my-agencies/alpha/fees/{revision.pk}/edit/"
    assert revision.supersedes == first and revision.version == 2
    edit = alice.get(response["Location"])
    assert edit.context["formset"].initial[0]["amount"] == Decimal("30000000")

    changed = [("service-fee", "20000000", "VND", "worker")] + THREE_LINES[1:]
    data = form_data(
        changed, **{"items-INITIAL_FORMS": "3", "edit_version": edit.context["edit_version"]}
    )
    assert alice.post(response["Location"], data).status_code == 302
    alice.post(f"/en/my-agencies/alpha/fees/{revision.pk}/publish/")

    first.refresh_from_db()
    revision.refresh_from_db()
    assert first.status == Disclosure.Status.SUPERSEDED and first.ended_by == cast.alice
    assert revision.status == Disclosure.Status.PUBLISHED
    profile = alice.get("/en/agencies/alpha/").content.decode()
    assert "version 1" in profile and "version 2" in profile
    page = alice.get(f"/en/agencies/alpha/fees/{revision.pk}/").content.decode()
    assert "Changed: Recruitment or service fee (worker), from ₫30,000,000 to ₫20,000,000" in page
    old_page = alice.get(f"/en/agencies/alpha/fees/{first.pk}/").content.decode()
    assert "replaced by a newer one" in old_page and "₫30,000,000" in old_page


def test_withdrawing_needs_a_reason_and_shows_it_publicly(cast, alice, publish):
    disclosure = publish(cast.alpha)
    url = f"/en/my-agencies/alpha/fees/{disclosure.pk}/withdraw/"
    assert alice.post(url, {"reason": "  "}).status_code == 200
    disclosure.refresh_from_db()
    assert disclosure.status == Disclosure.Status.PUBLISHED

    alice.post(url, {"reason": "We stopped sending workers in this sector."})
    disclosure.refresh_from_db()
    assert disclosure.status == Disclosure.Status.WITHDRAWN and disclosure.ended_by == cast.alice
    profile = alice.get("/en/agencies/alpha/").content.decode()
    assert "We stopped sending workers in this sector." in profile
    assert cast.alpha.__class__.objects.get(pk=cast.alpha.pk).summaries_stale_at is not None


def test_a_draft_can_be_deleted_but_a_published_version_cannot(cast, alice, publish):
    published = publish(cast.alpha)
    alice.post(new_url(cast), form_data(THREE_LINES, programme="titp", sector="titp-fishery"))
    draft = Disclosure.objects.get(status=Disclosure.Status.DRAFT)
    alice.post(f"/en/my-agencies/alpha/fees/{draft.pk}/delete/")
    assert not Disclosure.objects.filter(pk=draft.pk).exists()
    assert alice.post(f"/en/my-agencies/alpha/fees/{published.pk}/delete/").status_code == 404
    assert Disclosure.objects.filter(pk=published.pk).exists()
