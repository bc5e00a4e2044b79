# Issue 13: rules as dated, cited, tiered data, kept in versions; the basic wage.
import django.core.validators
import django.db.models.deletion
import django.utils.timezone
from django.conf import settings
from django.db import migrations, models

# The tier each rule's kind implied before tiers were recorded (for version 1,
# what the rules said until this migration).
OLD_TIERS = {
    "gap": "heuristic",
    "undisclosed": "heuristic",
    "worker_fee": "standard",
    "benchmark_total": "benchmark",
    "double_charge": "benchmark",
    "months_cap": "statute",
    "usd_cap": "regulation",
    "unlicensed": "statute",
    "contract_issue": "statute",
}
OLD_CODE_TIERS = {"vn-brokerage-zero": "regulation", "vn-deposit-zero": "agreement",
                  "kh-deposit-zero": "agreement"}  # fmt: skip


def rules_as_dated_cited_tiered_versions(apps, schema_editor):
    """In a database that already holds the catalogue: keep what every rule said
    until now as its version 1 (the flags raised under it point at it), then
    bring the rules to the corrected catalogue as version 2. A fresh database
    has no rules yet: `manage.py load_reference` seeds them, with version 1."""
    from costs.catalogue import reference_data
    from costs.catalogue.reference import sync_rules
    from costs.models.reference import rule_terms

    rules = apps.get_model("costs", "ThresholdRule")
    versions = apps.get_model("costs", "ThresholdRuleVersion")
    if not rules.objects.exists():
        return
    flags = apps.get_model("costs", "Flag")
    for rule in rules.objects.all():
        terms = rule_terms(rule)
        terms["tier"] = OLD_CODE_TIERS.get(rule.code) or OLD_TIERS.get(rule.kind, "heuristic")
        first = versions.objects.create(
            rule_id=rule.pk,
            number=1,
            terms=terms,
            note="The rule as it was judged by before rules were kept in versions.",
        )
        flags.objects.filter(rule_id=rule.pk).update(rule_version=first)
    programmes = {p.code: p for p in apps.get_model("costs", "Programme").objects.all()}
    categories = {c.code: c for c in apps.get_model("costs", "CostCategory").objects.all()}
    if not (programmes and categories):
        return
    sync_rules(
        rules, versions, programmes=programmes, categories=categories,
        note=reference_data.RULES_NOTE,
    )  # fmt: skip


class Migration(migrations.Migration):
    dependencies = [
        ("costs", "0009_survey_imports"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name="ThresholdRuleVersion",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("number", models.PositiveIntegerField(verbose_name="version")),
                ("terms", models.JSONField(verbose_name="the rule as it was")),
                (
                    "created_at",
                    models.DateTimeField(default=django.utils.timezone.now, verbose_name="from"),
                ),
                ("note", models.TextField(blank=True, verbose_name="what changed and why")),
                (
                    "created_by",
                    models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                    ),
                ),
                (
                    "rule",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="versions",
                        to="costs.thresholdrule",
                    ),
                ),
            ],
            options={
                "verbose_name": "rule version",
                "verbose_name_plural": "rule versions",
                "ordering": ["rule", "number"],
                "constraints": [
                    models.UniqueConstraint(fields=("rule", "number"), name="rule_version_unique")
                ],
            },
        ),
        migrations.AddField(
            model_name="costsummary",
            name="released_rule_figures",
            field=models.JSONField(blank=True, null=True),
        ),
        migrations.AddField(
            model_name="costsummary",
            name="rule_figures",
            field=models.JSONField(blank=True, default=dict),
        ),
        migrations.AddField(
            model_name="disclosure",
            name="basic_wage",
            field=models.DecimalField(
                blank=True,
                decimal_places=2,
                help_text="The wage in the contract, without overtime or allowances.",
                max_digits=14,
                null=True,
                validators=[django.core.validators.MinValueValidator(0)],
                verbose_name="basic monthly wage",
            ),
        ),
        migrations.AddField(
            model_name="disclosure",
            name="basic_wage_usd",
            field=models.DecimalField(blank=True, decimal_places=2, max_digits=14, null=True),
        ),
        migrations.AddField(
            model_name="workerreport",
            name="basic_wage",
            field=models.DecimalField(
                blank=True,
                decimal_places=2,
                help_text="The wage in the contract, without overtime or allowances.",
                max_digits=14,
                null=True,
                verbose_name="basic monthly wage in the contract",
            ),
        ),
        migrations.AddField(
            model_name="workerreport",
            name="basic_wage_usd",
            field=models.DecimalField(blank=True, decimal_places=2, max_digits=14, null=True),
        ),
        migrations.AddField(
            model_name="programme",
            name="typical_basic_wage",
            field=models.DecimalField(
                blank=True,
                decimal_places=2,
                help_text="Without overtime; in the currency of the typical wage.",
                max_digits=14,
                null=True,
                verbose_name="typical basic monthly wage",
            ),
        ),
        migrations.AddField(
            model_name="programme",
            name="typical_basic_wage_source",
            field=models.CharField(
                blank=True, max_length=300, verbose_name="source of the typical basic wage"
            ),
        ),
        migrations.AddField(
            model_name="programme",
            name="typical_basic_wage_url",
            field=models.URLField(
                blank=True,
                max_length=500,
                verbose_name="link to the source of the typical basic wage",
            ),
        ),
        migrations.AddField(
            model_name="sector",
            name="valid_from",
            field=models.DateField(blank=True, null=True, verbose_name="valid from"),
        ),
        migrations.AddField(
            model_name="sector",
            name="valid_until",
            field=models.DateField(blank=True, null=True, verbose_name="valid until"),
        ),
        migrations.AddField(
            model_name="thresholdrule",
            name="active",
            field=models.BooleanField(
                default=True,
                help_text="Untick to stop judging with this rule; its flags and history stay.",
                verbose_name="in use",
            ),
        ),
        migrations.AddField(
            model_name="thresholdrule",
            name="practice",
            field=models.CharField(
                blank=True,
                choices=[
                    ("pregnancy_prohibited", "pregnancy, marriage or birth"),
                    ("passport_held", "passport or residence card kept"),
                    ("deposit_demanded", "deposit or guarantee"),
                ],
                help_text="For a contract-issue rule: the practice it counts (blank: any of them).",
                max_length=24,
                verbose_name="practice",
            ),
        ),
        migrations.AddField(
            model_name="thresholdrule",
            name="reference",
            field=models.CharField(blank=True, max_length=200, verbose_name="short reference"),
        ),
        migrations.AddField(
            model_name="thresholdrule",
            name="reference_en",
            field=models.CharField(
                blank=True, max_length=200, null=True, verbose_name="short reference"
            ),
        ),
        migrations.AddField(
            model_name="thresholdrule",
            name="reference_ja",
            field=models.CharField(
                blank=True, max_length=200, null=True, verbose_name="short reference"
            ),
        ),
        migrations.AddField(
            model_name="thresholdrule",
            name="reference_km",
            field=models.CharField(
                blank=True, max_length=200, null=True, verbose_name="short reference"
            ),
        ),
        migrations.AddField(
            model_name="thresholdrule",
            name="reference_vi",
            field=models.CharField(
                blank=True, max_length=200, null=True, verbose_name="short reference"
            ),
        ),
        migrations.AddField(
            model_name="thresholdrule",
            name="source_url",
            field=models.URLField(
                blank=True,
                help_text="The official text or a reputable legal database page.",
                max_length=1000,
                verbose_name="link to the source",
            ),
        ),
        # Rows of an existing database get a tier in the data step below.
        migrations.AddField(
            model_name="thresholdrule",
            name="tier",
            field=models.CharField(
                choices=[
                    ("statute", "law"),
                    ("regulation", "regulation"),
                    ("agreement", "agreement between governments"),
                    ("standard", "international standard"),
                    ("benchmark", "benchmark"),
                    ("heuristic", "FairFee check"),
                ],
                default="heuristic",
                help_text="Decides the words of every verdict: only a law is called the law.",
                max_length=12,
                verbose_name="source tier",
            ),
            preserve_default=False,
        ),
        migrations.AddField(
            model_name="thresholdrule",
            name="version",
            field=models.PositiveIntegerField(default=1, editable=False, verbose_name="version"),
        ),
        migrations.AlterField(
            model_name="thresholdrule",
            name="kind",
            field=models.CharField(
                choices=[
                    ("gap", "Workers paid much more than disclosed"),
                    ("worker_fee", "Workers are charged fees"),
                    ("benchmark_total", "Agency fees above the benchmark"),
                    ("double_charge", "Worker and employer both charged"),
                    ("category_cap", "Charge that is not allowed"),
                    ("months_cap", "Fee above the months-of-wage limit"),
                    ("usd_cap", "Fee above the dollar limit"),
                    ("undisclosed", "Fees not disclosed"),
                    ("unlicensed", "Working without a valid licence"),
                    ("contract_issue", "Prohibited contract practice"),
                ],
                max_length=20,
                verbose_name="kind",
            ),
        ),
        migrations.AlterField(
            model_name="flagevent",
            name="kind",
            field=models.CharField(
                choices=[
                    ("opened", "opened"),
                    ("evidence_changed", "figures changed"),
                    ("status_changed", "status changed"),
                    ("comment", "comment"),
                    ("agency_reply", "agency replied"),
                    ("cleared", "cleared"),
                    ("condition_cleared", "the condition no longer holds"),
                    ("reopened", "reopened"),
                    ("assigned", "assigned"),
                    ("made_public", "shown to the public"),
                    ("made_private", "shown to reviewers only"),
                    ("rule_revised", "judged by a new version of the rule"),
                ],
                max_length=20,
            ),
        ),
        migrations.AddField(
            model_name="flag",
            name="rule_version",
            field=models.ForeignKey(
                blank=True,
                null=True,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="flags",
                to="costs.thresholdruleversion",
            ),
        ),
        migrations.AddField(
            model_name="flagevent",
            name="rule_version",
            field=models.ForeignKey(
                blank=True,
                null=True,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to="costs.thresholdruleversion",
            ),
        ),
        migrations.AddConstraint(
            model_name="thresholdrule",
            constraint=models.CheckConstraint(
                condition=models.Q(
                    (
                        "tier__in",
                        [
                            "statute",
                            "regulation",
                            "agreement",
                            "standard",
                            "benchmark",
                            "heuristic",
                        ],
                    )
                ),
                name="rule_tier_known",
            ),
        ),
        migrations.AddConstraint(
            model_name="thresholdrule",
            constraint=models.CheckConstraint(
                condition=models.Q(
                    ("tier", "heuristic"),
                    models.Q(("source_url", ""), _negated=True),
                    _connector="OR",
                ),
                name="rule_links_its_source",
            ),
        ),
        migrations.RunPython(rules_as_dated_cited_tiered_versions, migrations.RunPython.noop),
    ]
