from babel import Locale
from babel.core import UnknownLocaleError
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Case, IntegerField, Q, Value, When
from django.urls import reverse
from django.utils.translation import get_language, to_locale
from django.utils.translation import gettext_lazy as _

from costs.models import Country


class Guide(models.Model):
    """A know-your-rights page, written in plain words in every language and
    edited in the admin."""

    slug = models.SlugField(_("slug"), max_length=60, unique=True)
    title = models.CharField(_("title"), max_length=200)
    summary = models.CharField(_("summary"), max_length=300)
    body = models.TextField(
        _("text"),
        help_text=_("Paragraphs separated by an empty line; lines starting with - are a list."),
    )
    order = models.PositiveSmallIntegerField(default=0)
    related = models.ManyToManyField("self", blank=True, verbose_name=_("related guides"))
    checked_on = models.DateField(
        _("facts checked on"),
        null=True,
        blank=True,
        help_text=_(
            "When the laws and numbers in this guide were last read again at their source."
        ),
    )
    # What load_guides last wrote in each field (portal/guides.py): it corrects
    # seed text only where nobody has edited it since.
    seeded = models.JSONField(default=dict, blank=True, editable=False)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("guide")
        verbose_name_plural = _("guides")
        ordering = ["order", "slug"]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("guide", args=[self.slug])


def _validate_country(code: str) -> None:
    if code and not Country.objects.filter(code=code).exists():
        raise ValidationError(
            _("“%(code)s” is not a country of the catalogue."), params={"code": code}
        )


class HelpContactQuerySet(models.QuerySet):
    def for_origin(self, origin: str):
        """Who helps someone from `origin`: the contacts in that country, and those
        in a destination country that help everyone or people from `origin` (their
        embassy), the ones only for them first."""
        destinations = Country.objects.filter(is_destination=True).values("code")
        return self.filter(
            Q(where=origin, for_origin__in=["", origin])
            | Q(where__in=destinations, for_origin__in=["", origin])
        ).order_by(
            Case(
                When(for_origin=origin, then=Value(0)),
                When(where__in=destinations, then=Value(1)),
                default=Value(2),
                output_field=IntegerField(),
            ),
            "order",
            "pk",
        )

    def with_phone(self):
        """Those with a number to call; the constraint makes every one of them sourced."""
        return self.exclude(phone="")


class HelpContact(models.Model):
    """Where a worker can get help, kept up to date by an admin. A phone number is
    stored only with the source it was read on and the date: a wrong number is
    worse than none, so an unconfirmed contact shows where to look instead."""

    # The seed's key (portal/guides_data): how load_guides finds the rows it made.
    key = models.SlugField(max_length=40, unique=True, null=True, blank=True, editable=False)
    name = models.CharField(_("name"), max_length=200)
    where = models.CharField(
        _("country"),
        max_length=2,
        validators=[_validate_country],
        help_text=_("ISO code of the country the contact is in, e.g. JP."),
    )
    for_origin = models.CharField(
        _("only for people from"),
        max_length=2,
        blank=True,
        validators=[_validate_country],
        help_text=_("ISO code, e.g. KH for the Cambodian embassy; empty when it helps everyone."),
    )
    description = models.CharField(_("what they help with"), max_length=300)
    phone = models.CharField(
        _("phone"),
        max_length=100,
        blank=True,
        help_text=_(
            "Only a number read on the organisation's own website, a government "
            "website or an embassy's, with that source and the date below."
        ),
    )
    hours = models.CharField(_("opening hours"), max_length=200, blank=True)
    languages = models.CharField(
        _("languages"),
        max_length=200,
        blank=True,
        help_text=_("Language codes separated by spaces, e.g. “km vi ja”."),
    )
    website = models.URLField(_("website"), blank=True)
    instead = models.CharField(
        _("where to look for the number"),
        max_length=300,
        blank=True,
        help_text=_("Shown while no phone number is confirmed."),
    )
    source = models.CharField(
        _("source of the details"),
        # Room for the Khmer and Vietnamese translations, longer than the English.
        max_length=600,
        blank=True,
        help_text=_("Where the phone number and hours were read, with its web address."),
    )
    checked_on = models.DateField(_("details last checked"), null=True, blank=True)
    notes = models.TextField(
        _("notes for admins"),
        blank=True,
        help_text=_("Never shown on the site: e.g. a number still to be confirmed."),
    )
    order = models.PositiveSmallIntegerField(default=0)
    seeded = models.JSONField(default=dict, blank=True, editable=False)

    objects = HelpContactQuerySet.as_manager()

    class Meta:
        verbose_name = _("help contact")
        verbose_name_plural = _("help contacts")
        ordering = ["where", "order", "name"]
        constraints = [
            models.CheckConstraint(
                condition=Q(phone="") | (~Q(source="") & Q(checked_on__isnull=False)),
                name="helpcontact_phone_has_source_and_date",
            )
        ]

    def __str__(self) -> str:
        return self.name

    def clean(self):
        super().clean()
        if self.phone and not (self.source and self.checked_on):
            raise ValidationError(
                _("A phone number needs the source it was read on and the date it was checked.")
            )

    def language_names(self) -> list[str]:
        """The languages, named in the reader's language (CLDR, through Babel)."""
        try:
            locale = Locale.parse(to_locale(get_language() or "en"))
        except (UnknownLocaleError, ValueError):
            locale = Locale.parse("en")
        return [locale.languages.get(code, code) for code in self.languages.split()]
