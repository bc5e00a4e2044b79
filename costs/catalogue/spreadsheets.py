"""CSV files the portal writes, safe to open in a spreadsheet.

Agency names come from licence registers and people type the rest: a cell
such as `=HYPERLINK("http://x","y")` would run as a formula in Excel or
LibreOffice. Every CSV the portal writes goes through `writer()`, which puts an
apostrophe before any text that starts with `=`, `+`, `-`, `@`, a tab or a
carriage return (OWASP's advice), so the spreadsheet shows it as text.
(The defusedcsv package leaves the tab and the carriage return alone.)
"""

import csv
from decimal import Decimal

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value):
    """The cell as a spreadsheet should read it: numbers as they are, text that
    could start a formula behind an apostrophe."""
    if value is None:
        return ""
    if isinstance(value, int | float | Decimal):
        return value
    text = str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


class _SafeWriter:
    def __init__(self, target):
        self._writer = csv.writer(target)

    def writerow(self, row):
        return self._writer.writerow([safe_cell(value) for value in row])

    def writerows(self, rows):
        for row in rows:
            self.writerow(row)


def writer(target) -> _SafeWriter:
    """csv.writer's writerow and writerows, every cell made safe."""
    return _SafeWriter(target)
