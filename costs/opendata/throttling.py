"""Anonymous throttling of the API, keyed like every other rate limit of the
portal: by a keyed hash of the client address that changes daily
(accounts.adapters.client_key), never by the address itself."""

from rest_framework.settings import api_settings
from rest_framework.throttling import AnonRateThrottle

from accounts.adapters import AccountAdapter


class ClientKeyThrottle(AnonRateThrottle):
    def get_ident(self, request) -> str:
        # The adapter answers client_key(address), honouring the trusted proxy
        # settings, exactly as allauth's rate limits see the client.
        return AccountAdapter(request).get_client_ip(request)

    def get_rate(self):
        # Read when asked, not at import, so the setting (API_RATE_LIMIT) is the one in force.
        return api_settings.DEFAULT_THROTTLE_RATES.get(self.scope)
