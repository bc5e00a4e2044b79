# Placeholder for issue 12: survey import batches; its operations are filled in by hand.
import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0002_organisation_organisationmembership"),
        ("costs", "0008_integrity"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name="ImportBatch",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("file_name", models.CharField(max_length=255, verbose_name="file")),
                ("sha256", models.CharField(max_length=64)),
                ("size", models.PositiveBigIntegerField(default=0)),
                ("language", models.CharField(blank=True, max_length=8)),
                (
                    "status",
                    models.CharField(
                        choices=[
                            ("queued", "waiting to start"),
                            ("running", "being imported"),
                            ("done", "imported"),
                            ("failed", "not imported"),
                        ],
                        default="queued",
                        max_length=8,
                    ),
                ),
                ("content", models.BinaryField(null=True)),
                ("rows_read", models.PositiveIntegerField(default=0)),
                ("reports_made", models.PositiveIntegerField(default=0)),
                ("reports_replaced", models.PositiveIntegerField(default=0)),
                ("error_count", models.PositiveIntegerField(default=0)),
                ("errors", models.JSONField(blank=True, default=list)),
                ("attempts", models.PositiveSmallIntegerField(default=0)),
                ("created_at", models.DateTimeField(auto_now_add=True)),
                ("started_at", models.DateTimeField(blank=True, null=True)),
                ("heartbeat_at", models.DateTimeField(blank=True, null=True)),
                ("finished_at", models.DateTimeField(blank=True, null=True)),
                (
                    "organisation",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="import_batches",
                        to="accounts.organisation",
                    ),
                ),
                (
                    "replaces",
                    models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="replaced_by",
                        to="costs.importbatch",
                    ),
                ),
                (
                    "uploaded_by",
                    models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                    ),
                ),
            ],
            options={
                "verbose_name": "survey import",
                "verbose_name_plural": "survey imports",
                "ordering": ["-created_at"],
                "constraints": [
                    models.UniqueConstraint(
                        condition=models.Q(("status", "failed"), _negated=True),
                        fields=("organisation", "sha256"),
                        name="import_file_once",
                    ),
                    models.CheckConstraint(
                        condition=models.Q(("status__in", ["queued", "running", "done", "failed"])),
                        name="import_status_known",
                    ),
                ],
            },
        ),
        # The import reads the stored file in slices (costs.reports.imports):
        # stored uncompressed, a slice is read without decompressing all before it.
        migrations.RunSQL(
            "ALTER TABLE costs_importbatch ALTER COLUMN content SET STORAGE EXTERNAL",
            reverse_sql="ALTER TABLE costs_importbatch ALTER COLUMN content SET STORAGE EXTENDED",
        ),
        migrations.AddField(
            model_name="workerreport",
            name="import_batch",
            field=models.ForeignKey(
                blank=True,
                null=True,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="reports",
                to="costs.importbatch",
            ),
        ),
    ]
