from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CostsConfig(AppConfig):
    name = "costs"
    verbose_name = _("Migration costs")

    def ready(self):
        # Services enqueue by task name (costs.queue): the tasks must be registered
        # in every process, not only in the worker that autodiscovers them.
        from . import tasks  # noqa: F401

        self._drop_pages_on_admin_edits()

    def _drop_pages_on_admin_edits(self):
        """Catalogue rows and agencies are edited in the admin (and loaded by
        commands): any save or delete drops every cached public page. The
        portal's own writes bump their pages' versions where they commit."""
        from agencies.models import Agency

        from . import models, pagecache
        from .models.reference import LicenceAuthority

        pagecache.drop_every_page_when_saved(
            models.Country,
            models.Programme,
            models.Sector,
            models.CostCategory,
            models.ExchangeRate,
            models.ThresholdRule,
            models.ThresholdRuleVersion,
            LicenceAuthority,
            Agency,
        )
