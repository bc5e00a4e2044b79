import datetime

from django import forms
from django.utils.translation import gettext_lazy as _

from .models import origin_choices


class ClaimForm(forms.Form):
    country = forms.ChoiceField(label=_("Country"), choices=origin_choices)
    licence_number = forms.CharField(label=_("Licence number"), max_length=60)
    note = forms.CharField(
        label=_("Who are you at this agency?"),
        help_text=_("For example your position and a phone number where we can check."),
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=1000,
    )


class InviteForm(forms.Form):
    email = forms.EmailField(label=_("E-mail of the person to invite"))


class RegisterUploadForm(forms.Form):
    file = forms.FileField(label=_("Register file (CSV, UTF-8)"))
    authority = forms.CharField(
        label=_("Authority"), max_length=60, help_text=_("For example KH-MOLVT or VN-DOLAB.")
    )
    as_of = forms.DateField(
        label=_("Register date"),
        widget=forms.DateInput(attrs={"type": "date"}),
        initial=datetime.date.today,
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > 5 * 1024 * 1024:
            raise forms.ValidationError(_("The file is larger than 5 MB."))
        try:
            return upload.read().decode("utf-8-sig")
        except UnicodeDecodeError:
            raise forms.ValidationError(_("Save the file as CSV in UTF-8 and try again.")) from None
