import datetime

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from agencies.registers import register_import


class Command(BaseCommand):
    help = (
        "Import a government licence register CSV as a dated snapshot (see agencies/registers.py)."
    )

    def add_arguments(self, parser):
        parser.add_argument("file")
        parser.add_argument("--authority", required=True, help="e.g. KH-MOLVT or VN-DOLAB")
        parser.add_argument("--as-of", required=True, help="the register's date, YYYY-MM-DD")

    def handle(self, *args, **options):
        try:
            as_of = datetime.date.fromisoformat(str(options["as_of"]))
        except ValueError:
            raise CommandError("--as-of must be a date like 2026-01-31.") from None
        try:
            with open(options["file"], encoding="utf-8") as handle:
                result = register_import(
                    text=handle.read(),
                    authority=options["authority"],
                    as_of=as_of,
                    file_name=options["file"],
                )
        except ValidationError as error:
            raise CommandError("Nothing was imported:\n" + "\n".join(error.messages)) from error
        self.stdout.write(
            self.style.SUCCESS(
                f"Imported: {result.created} created, {result.updated} updated, "
                f"{result.delisted} no longer on the register."
            )
        )
