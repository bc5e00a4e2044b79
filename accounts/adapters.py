"""allauth hooks."""

import datetime
import hashlib
import hmac

from allauth.account.adapter import DefaultAccountAdapter
from allauth.core.internal.ratelimit import truncate_ip
from django.conf import settings
from django.shortcuts import resolve_url
from django.utils import timezone


def client_key(address: str, day: datetime.date | None = None) -> str:
    """A keyed hash of a client address, for rate limits: it cannot be reversed
    by hashing every IPv4 address, and it changes every day, so yesterday's
    keys say nothing about today's visitors."""
    day = day or timezone.now().date()
    key = f"client-key:{day.isoformat()}:{settings.SECRET_KEY}".encode()
    return hmac.new(key, truncate_ip(address).encode(), hashlib.sha256).hexdigest()


class AccountAdapter(DefaultAccountAdapter):
    def get_client_ip(self, request) -> str:
        # Everything allauth keys by address (its rate limits, and ours through
        # it) sees only this keyed hash, never the address.
        return client_key(super().get_client_ip(request))

    def get_email_verification_redirect_url(self, email_address) -> str:
        # The link's language wins: the URL is resolved now, under the language of
        # the confirmation link (/vi/...), not left for the browser's
        # Accept-Language to choose on a prefix-less /accounts/login/.
        return resolve_url(super().get_email_verification_redirect_url(email_address))
