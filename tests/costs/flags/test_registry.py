"""The rule registry: one entry per kind, used alike by the preview, the engine
and the fee check, and a judgement that tells "does not apply" from "passes"."""

import datetime
from decimal import Decimal

import pytest
from django.utils import translation

from costs.flags import rules
from costs.flags.figures import DisclosureFigures
from costs.models import CostCategory, Programme, Sector, ThresholdRule


def test_every_kind_of_rule_has_one_registry_entry_with_words_and_a_check():
    assert set(rules.KINDS) == set(ThresholdRule.Kind.values)
    for entry in rules.KINDS.values():
        assert entry.on_disclosure or entry.on_group or entry.on_agency
        assert set(entry.evidence) <= set(rules.EVIDENCE_LABELS)


def _own_msgid(promise) -> str:
    """The English msgid a lazy translation was made from."""
    with translation.override("en"):
        return str(promise)


@pytest.mark.parametrize("language", ["km", "vi", "ja"])
def test_every_explanation_is_its_own_sentence_in_the_language_of_the_page(language):
    # The catalogues lag behind new sentences (they are translated after the
    # change), so the test does not ask for a translation: it asks that what a
    # page in that language shows for each kind is the translation of that
    # kind's own msgid, never another kind's.
    for kind, entry in rules.KINDS.items():
        msgid = _own_msgid(entry.explanation)
        with translation.override(language):
            assert str(entry.explanation) == translation.gettext(msgid), kind
    shown = {_own_msgid(entry.explanation) for entry in rules.KINDS.values()}
    assert len(shown) == len(rules.KINDS)


def figures(**overrides):
    terms = {
        "origin": "VN",
        "programme_id": Programme.objects.get(code="titp").pk,
        "sector_id": Sector.objects.filter(programmes__code="titp").first().pk,
        "contract_months": 36,
        "wage_usd": Decimal("1000"),
        "published_on": datetime.date(2025, 6, 1),
    }
    terms.update(overrides)
    return DisclosureFigures(**terms)


def service_fee(amount):
    return (CostCategory.objects.get(code="service-fee").pk, "worker", Decimal(amount))


def test_a_rule_of_another_origin_does_not_apply_while_a_fair_fee_passes():
    cap = ThresholdRule.objects.get(code="vn-service-fee-1-month-per-year")
    fair = DisclosureFigures.from_lines([service_fee("500")], **vars(figures()))
    assert rules.judge_disclosure(cap, fair).outcome is rules.Outcome.PASSES
    elsewhere = DisclosureFigures.from_lines([service_fee("500")], **vars(figures(origin="KH")))
    assert rules.judge_disclosure(cap, elsewhere).outcome is rules.Outcome.NOT_APPLICABLE


def test_a_months_cap_cannot_tell_without_a_wage_and_breaks_on_one_cent_too_much():
    cap = ThresholdRule.objects.get(code="vn-service-fee-1-month-per-year")
    allowed = rules.months_allowed(cap, 36) * Decimal("1000")
    no_wage = DisclosureFigures.from_lines([service_fee("5000")], **vars(figures()))
    no_wage.wage_usd = None
    assert rules.judge_disclosure(cap, no_wage).outcome is rules.Outcome.CANNOT_TELL
    at_cap = DisclosureFigures.from_lines([service_fee(allowed)], **vars(figures()))
    assert rules.judge_disclosure(cap, at_cap).outcome is rules.Outcome.PASSES
    over = DisclosureFigures.from_lines([service_fee(allowed + Decimal("0.01"))], **vars(figures()))
    verdict = rules.judge_disclosure(cap, over)
    assert verdict.broken
    assert set(verdict.evidence) <= set(rules.KINDS[cap.kind].evidence)


def test_the_totals_count_worker_lines_by_category_and_employer_lines_apart():
    fee = service_fee("700")
    training = (CostCategory.objects.get(code="training").pk, "worker", Decimal("300"))
    employer = (fee[0], "employer", Decimal("2500"))
    totals = DisclosureFigures.from_lines([fee, training, employer], **vars(figures()))
    assert (totals.worker_usd, totals.employer_usd) == (Decimal("1000"), Decimal("2500"))
    assert totals.worker_by_category[fee[0]] == Decimal("700")
    assert totals.months == Decimal("1.00")
