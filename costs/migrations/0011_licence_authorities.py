# Issue 13: licence authorities as translated catalogue rows (seeded by load_reference).
import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("costs", "0010_law")]

    operations = [
        migrations.CreateModel(
            name="LicenceAuthority",
            fields=[
                (
                    "code",
                    models.CharField(
                        help_text="Country code, a hyphen and a short name, e.g. KH-MOLVT.",
                        max_length=60,
                        primary_key=True,
                        serialize=False,
                        verbose_name="code",
                    ),
                ),
                ("name", models.CharField(max_length=200, verbose_name="name")),
                ("name_en", models.CharField(max_length=200, null=True, verbose_name="name")),
                ("name_km", models.CharField(max_length=200, null=True, verbose_name="name")),
                ("name_vi", models.CharField(max_length=200, null=True, verbose_name="name")),
                ("name_ja", models.CharField(max_length=200, null=True, verbose_name="name")),
                ("website", models.URLField(blank=True, verbose_name="website")),
                (
                    "country",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="licence_authorities",
                        to="costs.country",
                        verbose_name="country",
                    ),
                ),
            ],
            options={
                "verbose_name": "licence authority",
                "verbose_name_plural": "licence authorities",
                "ordering": ["country", "code"],
            },
        ),
    ]
