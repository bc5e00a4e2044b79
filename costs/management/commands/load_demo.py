from django.core.management.base import BaseCommand

from costs.demo import load_demo_data


class Command(BaseCommand):
    help = "Load the deterministic demo agencies and disclosures (skips agencies that exist)."

    def handle(self, *args, **options):
        created = load_demo_data()
        self.stdout.write(self.style.SUCCESS(f"Demo data: {created} agencies created."))
