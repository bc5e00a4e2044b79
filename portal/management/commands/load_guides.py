from django.core.management.base import BaseCommand

from portal.guides import load_guides


class Command(BaseCommand):
    help = "Create the know-your-rights guides and help contacts that do not exist yet."

    def handle(self, *args, **options):
        created = load_guides()
        self.stdout.write(self.style.SUCCESS(f"Guides: {created} created."))
