"""The public "rules and sources" page, the rules as data (tiers, citations,
links, versions), and the catalogue that brings a database up to date."""

import datetime
import importlib
from decimal import Decimal

import pytest
from django.apps import apps

from costs.catalogue.reference import load_reference_data, record_rule_version
from costs.flags.engine import agency_recompute
from costs.models import Flag, FlagEvent, ThresholdRule, ThresholdRuleVersion


def test_every_rule_has_a_tier_a_citation_and_a_link():
    languages = ["en", "km", "vi", "ja"]
    for rule in ThresholdRule.objects.all():
        assert rule.tier in ThresholdRule.Tier.values, rule.code
        for lang in languages:
            assert getattr(rule, f"citation_{lang}"), (rule.code, lang)
            assert getattr(rule, f"reference_{lang}"), (rule.code, lang)
        # FairFee's own checks are sourced by the rules page itself.
        if rule.tier != ThresholdRule.Tier.HEURISTIC:
            assert rule.source_url.startswith(("https://", "http://")), rule.code
        assert rule.versions.filter(number=rule.version).exists(), rule.code


def test_the_facts_of_the_law_as_checked():
    rule = ThresholdRule.objects.get
    assert rule(code="vn-brokerage-zero").effective_from == datetime.date(2022, 1, 1)
    for code in ("vn-deposit-zero", "kh-deposit-zero"):
        assert rule(code=code).effective_from == datetime.date(2017, 11, 1)
    titp = rule(code="vn-titp-service-fee-3600usd")
    assert (titp.effective_from, titp.effective_until) == (
        datetime.date(2016, 4, 1),
        datetime.date(2021, 12, 31),
    )
    esd = rule(code="esd-sending-fee-2-months")
    assert (esd.value, esd.unit, esd.programme.code) == (Decimal(2), "months", "esd")
    assert esd.effective_from == datetime.date(2027, 4, 1)
    assert not rule(code="vn-service-fee-3-months-36m").confirmed
    assert rule(code="benchmark-total-3000usd").tier == "benchmark"
    pregnancy = rule(code="pregnancy-ban-1-report")
    assert "Art. 9" in pregnancy.reference_en and "48(2)" in pregnancy.citation_en
    assert rule(code="worker-fee-epp").tier == "standard"


@pytest.mark.parametrize("language", ["en", "km", "vi", "ja"])
def test_the_rules_page_lists_every_rule_with_an_anchor_in_each_language(client, language):
    response = client.get(f"/{language}/rules/")
    assert response.status_code == 200
    html = response.content.decode()
    assert f'<html lang="{language}"' in html
    for rule in ThresholdRule.objects.filter(active=True):
        assert f'id="rule-{rule.code}"' in html, rule.code
        if rule.source_url:
            assert rule.source_url.replace("&", "&amp;") in html, rule.code
    for tier in ThresholdRule.Tier.values:
        assert f'id="tier-{tier}"' in html


def test_a_flag_on_the_agency_page_links_to_its_rule(client, make_agency, publish):
    agency = make_agency(name="Deposit Co", slug="deposit-co", country="KH")
    publish(agency, lines=[("deposit", "50", "USD", "worker")])
    agency_recompute(agency_id=agency.pk)
    html = client.get("/en/agencies/deposit-co/").content.decode()
    assert 'href="/en/rules/#rule-kh-deposit-zero"' in html
    assert "Against the agreement between the two governments" in html


def post_change(client, rule, **changes):
    """Save a rule through the admin's change form, as a person would."""
    url = f"/admin/costs/thresholdrule/{rule.pk}/change/"
    page = client.get(url)
    form = page.context["adminform"].form
    data = {}
    for name in form.fields:
        value = form[name].value()
        if isinstance(value, bool):
            if value:
                data[name] = "on"
            continue
        if isinstance(value, datetime.date):
            value = value.isoformat()
        data[name] = "" if value is None else value
    for formset in page.context["inline_admin_formsets"]:
        management = formset.formset.management_form
        for name in management.fields:
            data[management.add_prefix(name)] = management[name].value()
        for inline in formset.formset.forms:
            data[inline.add_prefix("id")] = inline["id"].value()
            data[inline.add_prefix("rule")] = rule.pk
    for name, value in changes.items():
        if value is False:
            data.pop(name, None)
        else:
            data[name] = value
    return client.post(url, data)


def test_an_admin_change_is_a_new_version_and_old_flags_keep_theirs(
    client, cast, make_agency, publish, eager_tasks, django_capture_on_commit_callbacks
):
    agency = make_agency(name="Broker Co", slug="broker-co", country="VN")
    publish(agency, lines=[("brokerage", "100", "USD", "worker")])
    agency_recompute(agency_id=agency.pk)
    rule = ThresholdRule.objects.get(code="vn-brokerage-zero")
    flag = Flag.objects.get(agency=agency, rule=rule)
    first = flag.rule_version
    assert first.number == rule.version

    client.force_login(cast.admin)
    # Saving a rule recomputes every agency after commit (a task, run here in-process).
    with django_capture_on_commit_callbacks(execute=True):
        response = post_change(
            client, rule, citation_en="Vietnam: Law 69/2020/QH14, Art. 7(8), as read again.",
            change_note="Citation reworded after reading the law again.",
        )  # fmt: skip
    assert response.status_code == 302, response.content.decode()[:2000]
    rule.refresh_from_db()
    latest = rule.versions.get(number=rule.version)
    assert rule.version == first.number + 1
    assert latest.created_by == cast.admin and latest.note.startswith("Citation reworded")
    # The first version is kept as it was.
    assert ThresholdRuleVersion.objects.get(pk=first.pk).terms == first.terms

    # The open flag is judged again by the new version, and says so.
    flag.refresh_from_db()
    assert flag.rule_version == latest
    assert flag.events.filter(kind="rule_revised", rule_version=latest).exists()

    page = client.get("/en/rules/").content.decode()
    assert "Citation reworded after reading the law again." in page


def test_a_closed_flag_still_shows_the_version_it_was_raised_under(client, make_agency, publish):
    agency = make_agency(name="Old Co", slug="old-co", country="VN")
    publish(agency, lines=[("brokerage", "100", "USD", "worker")])
    agency_recompute(agency_id=agency.pk)
    rule = ThresholdRule.objects.get(code="vn-brokerage-zero")
    old = Flag.objects.get(agency=agency, rule=rule).rule_version
    publish(agency, lines=[("service-fee", "100", "USD", "worker")])  # no brokerage any more
    agency_recompute(agency_id=agency.pk)
    rule.citation_en = "A new reading of the law."
    rule.save()
    record_rule_version(rule, note="reread")
    agency_recompute(agency_id=agency.pk)
    flag = Flag.objects.get(agency=agency, rule=rule)
    assert flag.status == "cleared" and flag.rule_version == old
    html = client.get("/en/agencies/old-co/").content.decode()
    assert "Judged by an earlier version of this rule:" in html
    assert old.terms["citation"]["en"] in html and "A new reading of the law." in html


def test_loading_the_catalogue_again_adds_no_version():
    versions = ThresholdRuleVersion.objects.count()
    assert load_reference_data() == 0
    assert ThresholdRuleVersion.objects.count() == versions


def test_loading_the_catalogue_brings_an_old_database_up_to_date():
    # A database seeded before the law was checked: the brokerage ban dated
    # from the circular, the benchmark unlinked, the old contract-issue rule.
    ThresholdRule.objects.filter(code="vn-brokerage-zero").update(
        effective_from=datetime.date(2024, 5, 15), tier="regulation"
    )
    brokerage = ThresholdRule.objects.get(code="vn-brokerage-zero")
    record_rule_version(brokerage, note="as it was")
    old = ThresholdRule.objects.create(
        code="contract-issue-1-report", kind="contract_issue", tier="heuristic",
        value=1, unit="reports", min_reports=1, citation_en="old",
    )  # fmt: skip
    record_rule_version(old)
    assert load_reference_data() == 2
    brokerage.refresh_from_db()
    old.refresh_from_db()
    assert brokerage.effective_from == datetime.date(2022, 1, 1) and brokerage.tier == "statute"
    assert not old.active and old.tier == "statute" and old.version == 2
    assert load_reference_data() == 0  # and again: nothing more


def test_the_migration_keeps_the_old_rules_as_version_1_and_corrects_them(make_agency, publish):
    # As in a database from before migration 0010: no versions, old facts,
    # flags raised under them.
    migration = importlib.import_module("costs.migrations.0010_law")
    agency = make_agency(name="Early Co", country="KH")
    publish(agency, lines=[("deposit", "50", "USD", "worker")])
    agency_recompute(agency_id=agency.pk)
    Flag.objects.update(rule_version=None)
    FlagEvent.objects.update(rule_version=None)
    ThresholdRuleVersion.objects.all().delete()
    ThresholdRule.objects.filter(code="kh-deposit-zero").update(
        effective_from=datetime.date(2017, 7, 11), version=1
    )
    ThresholdRule.objects.update(version=1)

    migration.rules_as_dated_cited_tiered_versions(apps, None)

    rule = ThresholdRule.objects.get(code="kh-deposit-zero")
    first = rule.versions.get(number=1)
    assert first.terms["effective_from"] == "2017-07-11" and first.terms["tier"] == "agreement"
    assert rule.version == 2 and rule.effective_from == datetime.date(2017, 11, 1)
    assert Flag.objects.get(agency=agency, rule=rule).rule_version == first
    # Rules the catalogue did not change stay at version 1.
    assert ThresholdRule.objects.get(code="gap-10pct-100usd").version == 1


@pytest.mark.parametrize("role", ["anon", "alice", "bob", "admin"])
def test_the_rules_page_is_public_for_everyone(client, cast, login, role):
    viewer = login(None if role == "anon" else getattr(cast, role))
    assert viewer.get("/en/rules/").status_code == 200
