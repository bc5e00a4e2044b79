# Issue 13: an agency's licensing authority is a code of the LicenceAuthority
# catalogue (costs), whose translated name the pages show.
from django.db import migrations, models

# The English names earlier versions stored (the demo, from the dict that this
# change removes), and the codes that replace them. Any other text is kept: the
# pages show text that is not a code as it is.
OLD_NAMES = {
    "Ministry of Labour and Vocational Training (MoLVT)": "KH-MOLVT",
    "Department of Overseas Labour (DOLAB), MOLISA": "VN-DOLAB",
}


def names_to_codes(apps, schema_editor):
    Agency = apps.get_model("agencies", "Agency")
    for name, code in OLD_NAMES.items():
        Agency.objects.filter(licence_authority=name).update(licence_authority=code)


def codes_to_names(apps, schema_editor):
    Agency = apps.get_model("agencies", "Agency")
    for name, code in OLD_NAMES.items():
        Agency.objects.filter(licence_authority=code).update(licence_authority=name)


class Migration(migrations.Migration):
    dependencies = [("agencies", "0005_integrity")]

    operations = [
        migrations.AlterField(
            model_name="agency",
            name="licence_authority",
            field=models.CharField(
                blank=True,
                help_text="The code of a licence authority in the catalogue, e.g. KH-MOLVT or VN-DOLAB.",
                max_length=200,
                verbose_name="licensing authority",
            ),
        ),
        migrations.RunPython(names_to_codes, codes_to_names),
    ]
