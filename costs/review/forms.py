from django import forms
from django.utils.translation import gettext_lazy as _

from agencies.models import LicenceStatus

from ..catalogue.countries import origin_choices
from ..models import Flag, Programme, Sector, ThresholdRule

ACTIVE = "active"


def _any_origin():
    return [("", _("All")), *origin_choices()]


class ReviewFilterForm(forms.Form):
    country = forms.ChoiceField(label=_("Country"), choices=_any_origin, required=False)
    programme = forms.ModelChoiceField(
        label=_("Programme"), queryset=Programme.objects.all(), to_field_name="code", required=False
    )
    sector = forms.ModelChoiceField(
        label=_("Job sector"), queryset=Sector.objects.all(), to_field_name="code", required=False
    )
    rule = forms.ChoiceField(
        label=_("Rule"), choices=[("", _("All")), *ThresholdRule.Kind.choices], required=False
    )
    severity = forms.ChoiceField(
        label=_("Severity"),
        choices=[("", _("All")), *ThresholdRule.Severity.choices],
        required=False,
    )
    status = forms.ChoiceField(
        label=_("Status"),
        choices=[(ACTIVE, _("Not yet decided")), ("", _("All")), *Flag.Status.choices],
        required=False,
    )
    mine = forms.BooleanField(label=_("Assigned to me"), required=False)
    age = forms.ChoiceField(
        label=_("Open for"),
        choices=[
            ("", _("Any time")),
            ("7", _("more than a week")),
            ("30", _("more than a month")),
            ("90", _("more than three months")),
        ],  # fmt: skip
        required=False,
    )
    sort = forms.ChoiceField(
        label=_("Sort by"),
        choices=[
            ("severity", _("Most serious first")),
            ("age", _("Oldest first")),
            ("agency", _("Agency")),
        ],
        required=False,
    )

    def filters(self) -> dict:
        """What validated; a bad value is left out rather than failing the page."""
        self.is_valid()
        data = {k: v for k, v in self.cleaned_data.items() if k not in self.errors}
        if "status" not in self.data:
            data["status"] = ACTIVE
        return data


class CloseForm(forms.Form):
    outcome = forms.ChoiceField(
        label=_("Decision"),
        choices=[(Flag.Status.RESOLVED, _("resolved")), (Flag.Status.DISMISSED, _("dismissed"))],
    )
    note = forms.CharField(
        label=_("Note for the public"), widget=forms.Textarea(attrs={"rows": 3}), max_length=2000
    )


class CommentForm(forms.Form):
    text = forms.CharField(
        label=_("Comment (reviewers only)"),
        widget=forms.Textarea(attrs={"rows": 2}),
        max_length=2000,
    )


class ReopenForm(forms.Form):
    note = forms.CharField(label=_("Note"), max_length=2000, required=False)


class ReplyForm(forms.Form):
    text = forms.CharField(
        label=_("Your reply, shown to the public"),
        widget=forms.Textarea(attrs={"rows": 4}),
        max_length=2000,
    )


class LicenceForm(forms.Form):
    status = forms.ChoiceField(
        label=_("Licence status"),
        choices=[
            (s, label)
            for s, label in LicenceStatus.choices
            if s in ("active", "suspended", "revoked")
        ],
    )
    note = forms.CharField(
        label=_("Note"), widget=forms.Textarea(attrs={"rows": 2}), max_length=2000
    )
