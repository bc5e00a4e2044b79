"""The shared cache (Redis), failing open.

The cache holds rate limits, allauth's (sign-in, sign-up, password reset)
and, through allauth, the portal's own forms', and the public pages
(costs/pagecache.py). With Redis unreachable,
Django's RedisCache raises on every call and allauth's limiter turns that into
a 500 on the sign-in page. A rate limit that cannot be counted is not enforced
rather than nobody signing in: this backend logs the failure and answers as an
empty cache that keeps nothing.
"""

import logging
import time

from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.redis import RedisCache, RedisCacheClient
from redis.exceptions import RedisError

logger = logging.getLogger(__name__)

# After a failure the server is left alone for this long: a Redis that drops
# packets instead of refusing would cost every call its socket timeout.
RETRY_AFTER = 5.0
_down_until: dict[str, float] = {}  # by server, for every thread of the process


class ReusedClients(RedisCacheClient):
    """One redis-py client per connection pool, not a new one per call: making
    one costs more than a cached page's whole answer (measured, bench/pages.py).
    A client only borrows connections from its pool, so threads may share it."""

    def get_client(self, key=None, *, write=False):
        pool = self._get_connection_pool(write)
        clients = self.__dict__.setdefault("_clients", {})
        if id(pool) not in clients:
            clients[id(pool)] = self._client(connection_pool=pool)
        return clients[id(pool)]


class FailOpenRedisCache(RedisCache):
    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = ReusedClients

    def _call(self, name: str, fallback, *args):
        if time.monotonic() < _down_until.get(self._server_key, 0.0):
            return fallback
        try:
            return getattr(super(), name)(*args)
        except (RedisError, OSError):
            _down_until[self._server_key] = time.monotonic() + RETRY_AFTER
            logger.warning(
                "cache %s failed, Redis is unreachable: rate limits are not enforced",
                name,
                exc_info=True,
            )
            return fallback

    @property
    def _server_key(self) -> str:
        return ",".join(self._servers)

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        # True, as if added: allauth's limiter takes a lock it could not add
        # for one that someone else holds, and would refuse everyone.
        return self._call("add", True, key, value, timeout, version)

    def get(self, key, default=None, version=None):
        return self._call("get", default, key, default, version)

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call("set", None, key, value, timeout, version)

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call("touch", False, key, timeout, version)

    def delete(self, key, version=None):
        return self._call("delete", False, key, version)

    def get_many(self, keys, version=None):
        return self._call("get_many", {}, keys, version)

    def has_key(self, key, version=None):
        return self._call("has_key", False, key, version)

    def incr(self, key, delta=1, version=None):
        value = self._call("incr", None, key, delta, version)
        if value is None:  # as for a missing key, which is what an empty cache has
            raise ValueError(f"Key '{key}' not found")
        return value

    def set_many(self, data, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call("set_many", list(data), data, timeout, version)

    def delete_many(self, keys, version=None):
        return self._call("delete_many", None, keys, version)

    def clear(self):
        return self._call("clear", False)
