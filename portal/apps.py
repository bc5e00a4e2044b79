from django.apps import AppConfig


class PortalConfig(AppConfig):
    name = "portal"

    def ready(self):
        # Guides and help contacts are edited in the admin: drop every cached page.
        from django.db.models.signals import post_delete, post_save

        from costs import pagecache

        from .models import Guide, HelpContact

        for model in (Guide, HelpContact):
            for signal in (post_save, post_delete):
                signal.connect(pagecache.site_changed, sender=model, dispatch_uid="pagecache")
