from django.apps import AppConfig


class PortalConfig(AppConfig):
    name = "portal"

    def ready(self):
        # Guides and help contacts are edited in the admin: drop every cached page.
        from costs import pagecache

        from .models import Guide, HelpContact

        pagecache.drop_every_page_when_saved(Guide, HelpContact)
