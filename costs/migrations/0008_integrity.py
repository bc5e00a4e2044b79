# Placeholder for issue 12: published is final, drafts are safe, idempotent submissions; its operations are filled in by hand.
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("costs", "0007_disclosure_control")]

    operations = [
        migrations.AddField(
            model_name="disclosure",
            name="edit_version",
            field=models.PositiveIntegerField(default=1, editable=False),
        ),
        migrations.AddField(
            model_name="disclosure",
            name="submission_token",
            field=models.CharField(
                blank=True, editable=False, max_length=32, null=True, unique=True
            ),
        ),
        migrations.AddField(
            model_name="flagevent",
            name="submission_token",
            field=models.CharField(
                blank=True, editable=False, max_length=32, null=True, unique=True
            ),
        ),
        migrations.AddField(
            model_name="workerreport",
            name="submission_token",
            field=models.CharField(
                blank=True, editable=False, max_length=32, null=True, unique=True
            ),
        ),
    ]
