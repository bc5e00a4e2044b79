"""Lists as CSV, one row per record, safe to open in a spreadsheet
(costs.catalogue.spreadsheets puts an apostrophe before any text that could
start a formula)."""

import io
import json

from rest_framework.renderers import BaseRenderer

from ..catalogue import spreadsheets


def flatten(record: dict, prefix: str = "") -> dict:
    """Nested objects become dotted columns (median_usd.low); lists of values
    are joined with "; " and lists of objects are kept as JSON in one cell."""
    flat = {}
    for key, value in record.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict):
            flat.update(flatten(value, f"{name}."))
        elif isinstance(value, list):
            if all(not isinstance(v, dict | list) for v in value):
                flat[name] = "; ".join(str(v) for v in value)
            else:
                flat[name] = json.dumps(value, ensure_ascii=False)
        else:
            flat[name] = value
    return flat


def rows_of(records: list[dict], explode: str | None = None) -> list[dict]:
    """Flat rows; with `explode`, one row per element of that list (a
    disclosure's items), the record's own columns repeated on each."""
    rows = []
    for record in records:
        if explode and isinstance(record.get(explode), list):
            parent = flatten({k: v for k, v in record.items() if k != explode})
            for child in record[explode] or [{}]:
                rows.append({**parent, **flatten(child, f"{explode}.")})
        else:
            rows.append(flatten(record))
    return rows


def write_csv(records: list[dict], explode: str | None = None) -> str:
    rows = rows_of(records, explode)
    columns: list[str] = []
    for row in rows:
        columns.extend(c for c in row if c not in columns)
    out = io.StringIO()
    writer = spreadsheets.writer(out)
    writer.writerow(columns)
    for row in rows:
        writer.writerow([_cell(row.get(c)) for c in columns])
    return out.getvalue()


def _cell(value):
    if isinstance(value, bool):
        return "true" if value else "false"
    return value


class CSVRenderer(BaseRenderer):
    media_type = "text/csv"
    format = "csv"
    charset = "utf-8"

    def render(self, data, accepted_media_type=None, renderer_context=None):
        if data is None:
            return b""
        view = (renderer_context or {}).get("view")
        if isinstance(data, dict) and "results" in data:
            records = data["results"]
        elif isinstance(data, dict):
            records = [data]
        else:
            records = list(data)
        # A byte-order mark, so that spreadsheets read Khmer and Vietnamese as UTF-8.
        return ("\ufeff" + write_csv(records, getattr(view, "csv_explode", None))).encode()
