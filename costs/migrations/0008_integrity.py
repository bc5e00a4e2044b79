# Placeholder for issue 12: published is final, drafts are safe, idempotent submissions; its operations are filled in by hand.
from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("costs", "0007_disclosure_control")]

    operations = []
