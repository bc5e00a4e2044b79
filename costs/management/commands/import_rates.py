from django.core.management.base import BaseCommand, CommandError

from costs.catalogue.rates import COLUMNS, rates_import


class Command(BaseCommand):
    help = (
        f"Import exchange rates from an official source: a UTF-8 CSV with the header "
        f"{','.join(COLUMNS)} (date YYYY-MM-DD, a dot for decimals; see "
        "costs/catalogue/examples/rates_example.csv). One bad row and nothing is imported."
    )

    def add_arguments(self, parser):
        parser.add_argument("file")
        parser.add_argument(
            "--source",
            required=True,
            help='where the rates come from, stored with each, e.g. "National Bank of Cambodia"',
        )
        parser.add_argument(
            "--replace",
            action="store_true",
            help=(
                "change rates already stored for the same currency and day (demo rates are "
                "always replaced). Published disclosures froze the rates they used and do not "
                "change; later publications, reports and fee checks use the new rates."
            ),
        )

    def handle(self, *args, **options):
        try:
            with open(options["file"], "rb") as handle:
                result = rates_import(
                    text_or_file=handle, source=options["source"], replace=options["replace"]
                )
        except OSError as error:
            raise CommandError(f"Cannot read {options['file']}: {error.strerror}.") from error
        if result.errors:
            raise CommandError("Nothing was imported:\n" + "\n".join(result.errors))
        written = result.added + result.replaced
        if not written:
            self.stdout.write(
                f"Nothing to import: the {result.skipped} rates are already stored as they are."
            )
            return
        dates = sorted(rate.date for rate in written)
        currencies = ", ".join(sorted({rate.currency for rate in written}))
        self.stdout.write(
            self.style.SUCCESS(
                f"Imported {result.count} exchange rates ({currencies}, {dates[0]} to "
                f"{dates[-1]}) from “{options['source'].strip()}”: {len(result.added)} new, "
                f"{len(result.replaced)} replaced, {result.skipped} identical skipped. "
                "Summaries and flags will be recomputed."
            )
        )
