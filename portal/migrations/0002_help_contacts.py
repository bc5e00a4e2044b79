# Issue 13: help contacts that reach someone (phone with its source and date,
# hours, languages, translated names, a catalogue country instead of a fixed
# choice) and the date each guide's facts were checked.
from django.db import migrations, models

import portal.models

# The names the first seed gave its contacts, and the keys load_guides now uses
# to find them (portal/guides_data).
SEED_KEYS = {
    "OTIT (Organization for Technical Intern Training)": "otit",
    "JP-MIRAI Assist": "jp-mirai",
    "FRESC (Foreign Residents Support Center)": "fresc",
    "Royal Embassy of Cambodia in Japan": "embassy-kh",
    "Embassy of Vietnam in Japan": "embassy-vn",
    "Ministry of Labour and Vocational Training": "molvt",
    "Department of Overseas Labour (DOLAB)": "dolab",
}


def forwards(apps, schema_editor):
    HelpContact = apps.get_model("portal", "HelpContact")
    for contact in HelpContact.objects.all():
        contact.name_en = contact.name_en or contact.name
        if (
            contact.name in SEED_KEYS
            and not HelpContact.objects.filter(key=SEED_KEYS[contact.name]).exists()
        ):
            contact.key = SEED_KEYS[contact.name]
        if contact.phone and not (contact.source and contact.checked_on):
            # A number nobody recorded a source for stops being shown, but is kept
            # for the admin to confirm.
            contact.notes = (
                f"Phone entered before sources were recorded, not shown until "
                f"confirmed: {contact.phone}\n{contact.notes}"
            ).strip()
            contact.phone = ""
        contact.save()


class Migration(migrations.Migration):
    dependencies = [("portal", "0001_initial")]

    operations = [
        migrations.AddField(
            model_name="guide",
            name="checked_on",
            field=models.DateField(
                blank=True,
                help_text="When the laws and numbers in this guide were last read again at their source.",
                null=True,
                verbose_name="facts checked on",
            ),
        ),
        migrations.AddField(
            model_name="helpcontact",
            name="key",
            field=models.SlugField(
                blank=True, editable=False, max_length=40, null=True, unique=True
            ),
        ),
        migrations.AddField(
            model_name="helpcontact",
            name="name_en",
            field=models.CharField(max_length=200, null=True, verbose_name="name"),
        ),
        migrations.AddField(
            model_name="helpcontact",
            name="name_km",
            field=models.CharField(max_length=200, null=True, verbose_name="name"),
        ),
        migrations.AddField(
            model_name="helpcontact",
            name="name_vi",
            field=models.CharField(max_length=200, null=True, verbose_name="name"),
        ),
        migrations.AddField(
            model_name="helpcontact",
            name="name_ja",
            field=models.CharField(max_length=200, null=True, verbose_name="name"),
        ),
        migrations.AlterField(
            model_name="helpcontact",
            name="where",
            field=models.CharField(
                help_text="ISO code of the country the contact is in, e.g. JP.",
                max_length=2,
                validators=[portal.models._validate_country],
                verbose_name="country",
            ),
        ),
        migrations.AddField(
            model_name="helpcontact",
            name="for_origin",
            field=models.CharField(
                blank=True,
                help_text="ISO code, e.g. KH for the Cambodian embassy; empty when it helps everyone.",
                max_length=2,
                validators=[portal.models._validate_country],
                verbose_name="only for people from",
            ),
        ),
        migrations.AlterField(
            model_name="helpcontact",
            name="phone",
            field=models.CharField(
                blank=True,
                help_text="Only a number read on the organisation's own website, a government website or an embassy's, with that source and the date below.",
                max_length=100,
                verbose_name="phone",
            ),
        ),
        migrations.AddField(
            model_name="helpcontact",
            name="hours",
            field=models.CharField(blank=True, max_length=200, verbose_name="opening hours"),
        ),
        migrations.AddField(
            model_name="helpcontact",
            name="hours_en",
            field=models.CharField(
                blank=True, max_length=200, null=True, verbose_name="opening hours"
            ),
        ),
        migrations.AddField(
            model_name="helpcontact",
            name="hours_km",
            field=models.CharField(
                blank=True, max_length=200, null=True, verbose_name="opening hours"
            ),
        ),
        migrations.AddField(
            model_name="helpcontact",
            name="hours_vi",
            field=models.CharField(
                blank=True, max_length=200, null=True, verbose_name="opening hours"
            ),
        ),
        migrations.AddField(
            model_name="helpcontact",
            name="hours_ja",
            field=models.CharField(
                blank=True, max_length=200, null=True, verbose_name="opening hours"
            ),
        ),
        migrations.AlterField(
            model_name="helpcontact",
            name="languages",
            field=models.CharField(
                blank=True,
                help_text="Language codes separated by spaces, e.g. “km vi ja”.",
                max_length=200,
                verbose_name="languages",
            ),
        ),
        migrations.AddField(
            model_name="helpcontact",
            name="instead",
            field=models.CharField(
                blank=True,
                help_text="Shown while no phone number is confirmed.",
                max_length=300,
                verbose_name="where to look for the number",
            ),
        ),
        migrations.AddField(
            model_name="helpcontact",
            name="instead_en",
            field=models.CharField(
                blank=True,
                help_text="Shown while no phone number is confirmed.",
                max_length=300,
                null=True,
                verbose_name="where to look for the number",
            ),
        ),
        migrations.AddField(
            model_name="helpcontact",
            name="instead_km",
            field=models.CharField(
                blank=True,
                help_text="Shown while no phone number is confirmed.",
                max_length=300,
                null=True,
                verbose_name="where to look for the number",
            ),
        ),
        migrations.AddField(
            model_name="helpcontact",
            name="instead_vi",
            field=models.CharField(
                blank=True,
                help_text="Shown while no phone number is confirmed.",
                max_length=300,
                null=True,
                verbose_name="where to look for the number",
            ),
        ),
        migrations.AddField(
            model_name="helpcontact",
            name="instead_ja",
            field=models.CharField(
                blank=True,
                help_text="Shown while no phone number is confirmed.",
                max_length=300,
                null=True,
                verbose_name="where to look for the number",
            ),
        ),
        migrations.AddField(
            model_name="helpcontact",
            name="source",
            field=models.CharField(
                blank=True,
                help_text="Where the phone number and hours were read, with its web address.",
                max_length=300,
                verbose_name="source of the details",
            ),
        ),
        migrations.AddField(
            model_name="helpcontact",
            name="notes",
            field=models.TextField(
                blank=True,
                help_text="Never shown on the site: e.g. a number still to be confirmed.",
                verbose_name="notes for admins",
            ),
        ),
        migrations.AddField(
            model_name="guide",
            name="seeded",
            field=models.JSONField(blank=True, default=dict, editable=False),
        ),
        migrations.AddField(
            model_name="helpcontact",
            name="seeded",
            field=models.JSONField(blank=True, default=dict, editable=False),
        ),
        migrations.RunPython(forwards, migrations.RunPython.noop),
        migrations.AddConstraint(
            model_name="helpcontact",
            constraint=models.CheckConstraint(
                condition=models.Q(
                    ("phone", ""),
                    models.Q(
                        models.Q(("source", ""), _negated=True), ("checked_on__isnull", False)
                    ),
                    _connector="OR",
                ),
                name="helpcontact_phone_has_source_and_date",
            ),
        ),
    ]
