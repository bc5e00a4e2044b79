from django.core.management.base import BaseCommand

from costs import queue
from costs.catalogue.reference import load_reference_data


class Command(BaseCommand):
    help = "Load or refresh the reference catalogue (countries, programmes, sectors, rules)."

    def handle(self, *args, **options):
        changed = load_reference_data()
        if changed:
            # A changed rule judges every agency anew, with its new version.
            queue.everything_changed()
        self.stdout.write(self.style.SUCCESS(f"Reference data loaded ({changed} rule(s) changed)."))
