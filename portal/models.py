from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _


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
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("guide")
        verbose_name_plural = _("guides")
        ordering = ["order", "slug"]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("guide", args=[self.slug])


class HelpContact(models.Model):
    """Where a worker can get help: kept up to date by an admin."""

    class Where(models.TextChoices):
        JAPAN = "JP", _("in Japan")
        CAMBODIA = "KH", _("in Cambodia")
        VIETNAM = "VN", _("in Vietnam")

    name = models.CharField(_("name"), max_length=200)
    where = models.CharField(_("where"), max_length=2, choices=Where.choices)
    description = models.CharField(_("what they help with"), max_length=300)
    phone = models.CharField(_("phone"), max_length=100, blank=True)
    website = models.URLField(_("website"), blank=True)
    languages = models.CharField(_("languages"), max_length=200, blank=True)
    order = models.PositiveSmallIntegerField(default=0)
    checked_on = models.DateField(_("details last checked"), null=True, blank=True)

    class Meta:
        verbose_name = _("help contact")
        verbose_name_plural = _("help contacts")
        ordering = ["where", "order", "name"]

    def __str__(self) -> str:
        return self.name
