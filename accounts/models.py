from django.contrib.auth.models import AbstractUser
from django.db import models
from django.utils.translation import gettext_lazy as _


class User(AbstractUser):
    """A person with an account: agency staff, NGO or ministry reviewer, admin.

    Workers need no account. The custom model exists from the first migration so
    that fields can be added later without a painful swap.
    """

    email = models.EmailField(_("e-mail address"), unique=True, blank=True, null=True)
    language = models.CharField(
        _("preferred language"),
        max_length=8,
        blank=True,
        help_text=_("E-mails to this person are written in this language."),
    )

    def __str__(self) -> str:
        return self.email or self.username
