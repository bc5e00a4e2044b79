# Placeholder for issue 13: licence authorities as translated catalogue rows; its operations are filled in by hand.
from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("costs", "0010_law")]

    operations = []
