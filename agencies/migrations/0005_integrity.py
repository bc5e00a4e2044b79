# Issue 12: a claim sent twice is one claim (accounts.submissions).
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("agencies", "0004_alter_agency_country")]

    operations = [
        migrations.AddField(
            model_name="agencymembership",
            name="submission_token",
            field=models.CharField(
                blank=True, editable=False, max_length=32, null=True, unique=True
            ),
        ),
    ]
