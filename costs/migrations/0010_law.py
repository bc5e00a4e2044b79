# Placeholder for issue 13: rules as dated, cited, tiered data; basic wage; its operations are filled in by hand.
from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("costs", "0009_survey_imports")]

    operations = []
