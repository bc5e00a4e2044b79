"""Source tiers: the tier of a rule's source, not the page that shows it, decides
the words of every verdict, in every language. Only a law reads "against the
law"; a benchmark is "above the benchmark" and says who set it; FairFee's own
checks are never a legal finding."""

import pytest
from django.core import mail
from django.utils import translation

from costs.flags import rules
from costs.flags.engine import agency_recompute
from costs.models import Flag, ThresholdRule

Tier = ThresholdRule.Tier
LANGUAGES = ["en", "km", "vi", "ja"]


def english(promise) -> str:
    with translation.override("en"):
        return str(promise)


def test_every_tier_has_its_words_and_only_the_law_is_called_the_law():
    for table in (rules.TIER_BREACH, rules.TIER_SOURCE, rules.TIER_MEANING):
        assert set(table) == set(Tier.values)
    words = {tier: english(text) % {"reference": "X"} for tier, text in rules.TIER_BREACH.items()}
    assert words[Tier.STATUTE] == "Against the law (X)."
    assert words[Tier.REGULATION] == "Against the rules (X)."
    assert words[Tier.AGREEMENT] == "Against the agreement between the two governments (X)."
    assert "workers should pay nothing" in words[Tier.STANDARD]
    assert words[Tier.BENCHMARK].startswith("Above the benchmark set by X.")
    assert words[Tier.HEURISTIC].startswith("Much higher than the agency says")
    assert "not a legal finding" in words[Tier.HEURISTIC]
    for tier, text in words.items():
        if tier != Tier.STATUTE:
            assert "against the law" not in text.lower(), tier
    for tier in (Tier.BENCHMARK, Tier.HEURISTIC):
        for forbidden in ("limit", "illegal", "against the"):
            assert forbidden not in words[tier].lower(), (tier, forbidden)


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_rule_speaks_with_its_tiers_words_and_its_own_reference(language):
    # The catalogues may lag behind new sentences: the words of each rule must
    # be the translation of its own tier's msgid, with the rule's reference in
    # that language (seeded in all four).
    for rule in ThresholdRule.objects.filter(active=True):
        reference = getattr(rule, f"reference_{language}")
        assert reference, (rule.code, language)
        with translation.override(language):
            for broken, table in ((True, rules.TIER_BREACH), (False, rules.TIER_SOURCE)):
                expected = translation.gettext(english(table[rule.tier])) % {"reference": reference}
                assert rules.tier_sentence(rule, broken) == expected, rule.code


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_flags_explanation_is_its_tiers_words_then_its_kinds(language):
    for rule in ThresholdRule.objects.filter(active=True):
        with translation.override(language):
            shown = str(rules.explanation(rule))
            kind = translation.gettext(english(rules.KINDS[rule.kind].explanation))
            assert shown == f"{rules.tier_sentence(rule)} {kind}", rule.code


def test_benchmark_and_heuristic_flags_never_read_as_illegality():
    for rule in ThresholdRule.objects.filter(tier__in=[Tier.BENCHMARK, Tier.HEURISTIC]):
        text = english(rules.explanation(rule)).lower()
        for forbidden in ("against the law", "illegal", "legal limit", "not allowed"):
            assert forbidden not in text, (rule.code, forbidden)


def test_the_benchmark_figure_is_labelled_a_benchmark_never_a_limit():
    with translation.override("en"):
        rows = dict(
            rules.evidence_rows(
                {"fees_usd": "3649.00", "worker_fees_usd": "10.00", "benchmark_usd": "3000.00"}
            )
        )
        assert rows["Benchmark (USD)"] == "$3,000" and not [k for k in rows if "Limit" in k]
        # Flags recorded before tiers called it "limit_usd": still a benchmark.
        legacy = dict(rules.evidence_rows({"total_usd": "3649.00", "limit_usd": "3000.00"}))
        assert "Benchmark (USD)" in legacy and "Limit (USD)" not in legacy
        capped = dict(rules.evidence_rows({"category_usd": "50.00", "limit_usd": "0.00"}))
        assert "Limit (USD)" in capped


def test_the_email_about_a_benchmark_flag_says_benchmark_and_who_set_it(
    make_agency, publish, django_user_model
):
    from agencies.models import AgencyMembership
    from costs.flags.notifications import flag_opened_notify

    agency = make_agency(name="Fee Co", country="KH")
    user = django_user_model.objects.create_user(username="owner", email="o@example.org")
    AgencyMembership.objects.create(user=user, agency=agency, verified=True)
    publish(agency, lines=[("service-fee", "3500", "USD", "worker")])
    agency_recompute(agency_id=agency.pk)
    flag = Flag.objects.get(agency=agency, rule__kind="benchmark_total")
    mail.outbox.clear()
    assert flag_opened_notify(flag_id=flag.pk) == 1
    body = mail.outbox[0].body
    assert "Above the benchmark set by the chair of the Manpower Association of Cambodia" in body
    assert "against the law" not in body.lower() and "Limit" not in body
    assert f"/en/rules/#rule-{flag.rule.code}" in body


def test_the_review_page_of_a_heuristic_flag_is_no_legal_finding(
    client, ngo, make_agency, publish, report
):
    agency = make_agency(name="Gap Co", country="KH")
    publish(agency, lines=[("service-fee", "100", "USD", "worker")])
    for _ in range(3):
        report(agency, paid=[("service-fee", "5000", "USD")], accept=True)
    agency_recompute(agency_id=agency.pk)
    flag = Flag.objects.get(agency=agency, rule__kind="gap")
    client.force_login(ngo)
    html = client.get(f"/en/review/flags/{flag.pk}/").content.decode()
    assert "Much higher than the agency says: FairFee&#x27;s own check" in html
    assert "not a legal finding" in html and "Against the law" not in html
