from django.core.management.base import BaseCommand

from costs.catalogue.reference import load_reference_data


class Command(BaseCommand):
    help = "Load or refresh the reference catalogue (countries, programmes, sectors, rules, rates)."

    def handle(self, *args, **options):
        load_reference_data()
        self.stdout.write(self.style.SUCCESS("Reference data loaded."))
