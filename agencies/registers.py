"""Importing government licence registers (CSV) as dated snapshots.

Columns (header row required; extra columns are ignored):
    licence_number  required
    name            required, Latin script
    country         required, the ISO code of an origin country of the catalogue
    name_local      optional, local script
    status          optional: active, suspended, revoked, expired (default active)
    valid_from      optional, YYYY-MM-DD
    valid_until     optional, YYYY-MM-DD
    address, phone, email, website   optional

Every row is checked first; one bad row and nothing is written.
"""

import csv
import datetime
import io
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import transaction
from django.utils.text import slugify
from django.utils.translation import gettext as _

from .models import Agency, LicenceStatus, RegisterSnapshot, origin_choices

REQUIRED = ("licence_number", "name", "country")
OPTIONAL = (
    "name_local",
    "status",
    "valid_from",
    "valid_until",
    "address",
    "phone",
    "email",
    "website",
)
# The longest text each column may hold: the agency's field (the address has no limit).
MAX_LENGTH = {
    column: Agency._meta.get_field(column).max_length
    for column in ("licence_number", "name", "name_local", "phone", "email", "website")
}
STATUSES = {
    LicenceStatus.ACTIVE,
    LicenceStatus.SUSPENDED,
    LicenceStatus.REVOKED,
    LicenceStatus.EXPIRED,
}


@dataclass
class ImportResult:
    snapshot: RegisterSnapshot
    created: int
    updated: int
    delisted: int


def _date(value: str, column: str, line: int, errors: list) -> datetime.date | None:
    if not value:
        return None
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        errors.append(
            _("Line %(line)s: %(column)s “%(value)s” is not a date like 2025-01-31.")
            % {"line": line, "column": column, "value": value}
        )
        return None


def _parse(text: str) -> tuple[list[dict], list[str]]:
    reader = csv.DictReader(io.StringIO(text.lstrip("\ufeff")))
    try:
        headers = [h.strip() for h in (reader.fieldnames or [])]
        records = list(reader)
    except csv.Error as error:  # e.g. a cell longer than the csv module reads (128 KiB)
        return [], [
            _("Line %(line)s: the file cannot be read as CSV (%(error)s).")
            % {"line": reader.line_num, "error": error}
        ]
    missing = [column for column in REQUIRED if column not in headers]
    if missing:
        return [], [
            _("The header row lacks the columns: %(columns)s.") % {"columns": ", ".join(missing)}
        ]
    rows, errors, seen = [], [], set()
    countries = [code for code, _name in origin_choices()]
    for line, raw in enumerate(records, start=2):
        row = {k.strip(): (v or "").strip() for k, v in raw.items() if k}
        if not any(row.values()):
            continue
        for column in (*REQUIRED, *OPTIONAL):
            value = row.get(column, "")
            if "\x00" in value:
                errors.append(
                    _(
                        "Line %(line)s: %(column)s holds a NUL character; save the file again as CSV."
                    )
                    % {"line": line, "column": column}
                )
            elif column in MAX_LENGTH and len(value) > MAX_LENGTH[column]:
                errors.append(
                    _("Line %(line)s: %(column)s is longer than %(max)s characters.")
                    % {"line": line, "column": column, "max": MAX_LENGTH[column]}
                )
        if not row["licence_number"]:
            errors.append(_("Line %(line)s: the licence number is missing.") % {"line": line})
        if not row["name"]:
            errors.append(_("Line %(line)s: the name is missing.") % {"line": line})
        country = row["country"].upper()
        if country not in countries:
            errors.append(
                _("Line %(line)s: unknown country “%(value)s” (use %(codes)s).")
                % {"line": line, "value": row["country"], "codes": ", ".join(countries)}
            )
        status = (row.get("status") or LicenceStatus.ACTIVE).lower()
        if status not in STATUSES:
            errors.append(
                _("Line %(line)s: unknown licence status “%(value)s”.")
                % {"line": line, "value": status}
            )
        if row.get("email"):
            try:
                validate_email(row["email"])
            except ValidationError:
                errors.append(_("Line %(line)s: the e-mail address is not valid.") % {"line": line})
        key = (country, row["licence_number"].lower())
        if row["licence_number"] and key in seen:
            errors.append(_("Line %(line)s: this licence number appears twice.") % {"line": line})
        seen.add(key)
        valid_from = _date(row.get("valid_from", ""), "valid_from", line, errors)
        valid_until = _date(row.get("valid_until", ""), "valid_until", line, errors)
        if valid_from and valid_until and valid_from > valid_until:
            errors.append(_("Line %(line)s: valid_from is after valid_until.") % {"line": line})
        rows.append(
            {
                **{column: row.get(column, "") for column in OPTIONAL},
                "licence_number": row["licence_number"],
                "name": row["name"],
                "country": country,
                "status": status,
                "valid_from": valid_from,
                "valid_until": valid_until,
            }
        )
    if not rows and not errors:
        errors.append(_("The file has no rows."))
    return rows, errors


def _unique_slug(name: str) -> str:
    base = slugify(name)[:200] or "agency"
    slug, number = base, 2
    while Agency.objects.filter(slug=slug).exists():
        slug, number = f"{base}-{number}", number + 1
    return slug


@transaction.atomic
def register_import(
    *, text: str, authority: str, as_of: datetime.date, by=None, file_name: str = ""
) -> ImportResult:
    rows, errors = _parse(text)
    if errors:
        raise ValidationError(errors, code="bad_register")
    created = updated = 0
    listed = []
    for row in rows:
        fields = {
            "name": row["name"],
            "licence_status": row["status"],
            "licence_valid_from": row["valid_from"],
            "licence_valid_until": row["valid_until"],
            "licence_authority": authority,
            "register_authority": authority,
            "on_register": True,
        }
        fields.update(
            {k: row[k] for k in ("name_local", "address", "phone", "email", "website") if row[k]}
        )
        agency = Agency.objects.filter(
            country=row["country"], licence_number__iexact=row["licence_number"]
        ).first()
        if agency is None:
            agency = Agency.objects.create(
                country=row["country"],
                licence_number=row["licence_number"],
                slug=_unique_slug(row["name"]),
                **fields,
            )
            created += 1
        else:
            for name, value in fields.items():
                setattr(agency, name, value)
            agency.save()
            updated += 1
        listed.append(agency.pk)

    delisted = 0
    newest = RegisterSnapshot.objects.filter(authority=authority).order_by("-as_of").first()
    if newest is None or as_of >= newest.as_of:
        # Only the newest snapshot speaks for who is on the register now.
        delisted = (
            Agency.objects.filter(register_authority=authority, on_register=True)
            .exclude(pk__in=listed)
            .update(on_register=False)
        )
    snapshot = RegisterSnapshot.objects.create(
        authority=authority,
        as_of=as_of,
        file_name=file_name[: RegisterSnapshot._meta.get_field("file_name").max_length],
        rows=[{k: str(v) if v is not None else "" for k, v in row.items()} for row in rows],
        imported_by=by,
    )
    return ImportResult(snapshot=snapshot, created=created, updated=updated, delisted=delisted)
