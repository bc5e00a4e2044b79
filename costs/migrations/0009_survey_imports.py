# Placeholder for issue 12: survey import batches; its operations are filled in by hand.
from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("costs", "0008_integrity")]

    operations = []
