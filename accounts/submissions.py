"""One-time tokens that make a creating form safe to send twice.

Every rendered form carries a random value in a hidden field, signed so that
nobody can make one up. The row the POST creates stores the value in a
nullable unique column (`submission_token`), so a second POST with the same
token (a double click, a resent request on a slow phone line) finds that row
instead of creating another. It lives in the lowest app so that every app can
use it without importing upward.
"""

import secrets

from django.core import signing
from django.db import models

FIELD = "submission_token"
# The stored, unsigned part: secrets.token_urlsafe(16) is 22 characters.
MAX_LENGTH = 32
_SALT = "accounts.submissions"


def token_field() -> models.CharField:
    """The column a created row keeps the token of the form that created it in."""
    return models.CharField(
        max_length=MAX_LENGTH, null=True, blank=True, unique=True, editable=False
    )


def issue() -> str:
    """A new signed token for one rendered form."""
    return signing.Signer(salt=_SALT).sign(secrets.token_urlsafe(16))


def read(data) -> str | None:
    """The random part of the token in `data` (request.POST), or None when there
    is none or its signature is wrong: such a POST is handled as a first one."""
    value = data.get(FIELD) or ""
    try:
        token = signing.Signer(salt=_SALT).unsign(value)
    except signing.BadSignature:
        return None
    return token if 0 < len(token) <= MAX_LENGTH else None


def for_form(data=None) -> str:
    """The signed token to render: the one posted back when the form is shown
    again (a typing mistake, another line), so that it stays one submission;
    else a new one."""
    if data is not None and read(data):
        return data[FIELD]
    return issue()
