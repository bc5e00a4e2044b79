from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CostsConfig(AppConfig):
    name = "costs"
    verbose_name = _("Migration costs")

    def ready(self):
        # Services enqueue by task name (costs.queue): the tasks must be registered
        # in every process, not only in the worker that autodiscovers them.
        from . import tasks  # noqa: F401
