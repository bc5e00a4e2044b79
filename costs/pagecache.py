"""The public pages' cache: anonymous pages kept whole, with versions.

A page is stored with the versions of what it shows: the site's (the
catalogue, rules, rates, guides, every agency's row; bumped by admin edits and
by a full recompute), the listing's (any agency's public fees, summaries or
flags: the compare page and the fee check) and one agency's (its profile and
fee versions). A change bumps the versions it touches, and a page stored under
other versions than the current ones is rendered again; the versions and the
page are read in one round trip. A version is a random token, not a counter,
so a version evicted from the cache can never come back with a value an old
page was stored under.

A bump happens at once and again after the transaction commits: a visitor
who read the new version before the commit and rendered the old data stored
that page under a version that the second bump leaves behind.

Only visitors without a session or pending messages get cached pages: the
page they would see holds nothing of theirs (no CSRF token, no name, no
message). Such pages are also the only ones sent gzipped, since they carry
no secret to guess (BREACH). With the cache down every call fails fast
(portal.cache.FailOpenRedisCache) and pages are rendered as if uncached."""

import gzip
import hashlib
import secrets

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.http import HttpResponse, QueryDict
from django.urls import Resolver404, resolve
from django.utils import timezone, translation
from django.utils.cache import patch_vary_headers
from django.utils.text import compress_string

from agencies.models import Agency

from .models import Flag, FlagEvent

SITE = "pagecache:site"
LISTING = "pagecache:listing"
VERSION_SECONDS = 7 * 24 * 3600
# Added to links shared on social media; they change nothing on a page, and a
# click id is one visitor's: never kept in a shared page, nor in its key.
TRACKING_PARAMS = {"fbclid", "gclid", "msclkid", "igshid", "mc_eid", "ref"}
LONGEST_QUERY = 2000  # longer query strings are served uncached
SMALLEST_GZIP = 500  # bytes; below this gzip saves nothing


def agency_version_key(slug: str) -> str:
    return f"pagecache:agency:{slug}"


def _bump(*keys: str) -> None:
    def now():
        cache.set_many({key: secrets.token_hex(8) for key in keys}, VERSION_SECONDS)

    if transaction.get_connection().in_atomic_block:
        now()
    transaction.on_commit(now)


def agencies_changed(agency_ids) -> None:
    """Public fees, summaries or flags of these agencies changed (or will, once
    this transaction commits): their pages, the compare pages and the fee check."""
    slugs = Agency.objects.filter(pk__in=[a for a in agency_ids if a]).values_list(
        "slug", flat=True
    )
    _bump(LISTING, *(agency_version_key(slug) for slug in slugs))


def agency_changed(agency_id: int | None) -> None:
    if agency_id:
        agencies_changed([agency_id])


def flag_changed(flag_id: int) -> None:
    """A reviewer moved a flag or an agency replied to it: its agency's pages."""
    agencies_changed(Flag.objects.filter(pk=flag_id).values_list("agency_id", flat=True))


def flag_event_added(event_id: int) -> None:
    agencies_changed(
        FlagEvent.objects.filter(pk=event_id).values_list("flag__agency_id", flat=True)
    )


def site_changed(**_signal) -> None:
    """Anything every page may show changed: drop every page. Also a signal receiver."""
    _bump(SITE)


def drop_every_page_when_saved(*models) -> None:
    """Rows edited in the admin (or loaded by commands) that any page may show:
    a save or delete of one drops every cached page."""
    for model in models:
        for signal in (post_save, post_delete):
            signal.connect(site_changed, sender=model, dispatch_uid="pagecache")


# --- serving -------------------------------------------------------------------


def _shareable_request(request) -> bool:
    """A visitor whose page would hold nothing of their own."""
    return (
        request.method == "GET"
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and "messages" not in request.COOKIES
    )


def _shareable_response(request, response) -> bool:
    messages = getattr(request, "_messages", None)
    session = getattr(request, "session", None)
    return (
        response.status_code == 200
        and not response.streaming
        and not response.cookies
        and not request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
        and not (session is not None and session.modified)
        and not (messages is not None and messages.added_new)
    )


def _normalise_query(request) -> str:
    """The query string without tracking parameters, its names in order, so that
    one filter combination is one page. The view then sees exactly that query."""
    pairs = [
        (name, value)
        for name, value in request.GET.lists()
        if name not in TRACKING_PARAMS and not name.startswith("utm_")
    ]
    query = QueryDict(mutable=True)
    for name, values in sorted(pairs, key=lambda pair: pair[0]):
        query.setlist(name, values)
    normalised = query.urlencode()
    if normalised != request.META.get("QUERY_STRING", ""):
        request.META["QUERY_STRING"] = normalised
        request.GET = QueryDict(normalised)
    return normalised


def _lookup(keys: list[str], page_key: str) -> tuple[list[str] | None, dict | None]:
    """The current version of each key (made on first use) and the stored page,
    in one round trip; the page only if it was stored under those versions.
    (None, None) when the cache is away."""
    found = cache.get_many([*keys, page_key])
    for key in keys:
        if key not in found:
            cache.add(key, secrets.token_hex(8), VERSION_SECONDS)
            found[key] = cache.get(key)
            if found[key] is None:
                return None, None
    versions = [found[key] for key in keys]
    entry = found.get(page_key)
    if entry is not None and entry["versions"] != versions:
        entry = None  # stored before a change: render again
    return versions, entry


def _page_key(request, language: str, query: str) -> str:
    # Today's date: rules come into force and flags age out by the day.
    today = timezone.localdate().isoformat()
    parts = [request.get_host(), request.scheme, language, request.path, query, today]
    return "pagecache:page:" + hashlib.sha256("\n".join(parts).encode()).hexdigest()


def _entry(response, versions) -> dict:
    # Kept gzipped only: a phone asks for gzip, and the entry read on every
    # hit is then about an eighth of the page.
    content = response.content
    small = len(content) < SMALLEST_GZIP
    return {
        "versions": versions,
        "content": content if small else None,
        "gzip": None if small else compress_string(content),
        "headers": dict(response.headers),
    }


def _response(request, entry: dict) -> HttpResponse:
    if entry["gzip"] is None:
        return HttpResponse(entry["content"], headers=entry["headers"])
    if "gzip" in request.META.get("HTTP_ACCEPT_ENCODING", ""):
        response = HttpResponse(entry["gzip"], headers=entry["headers"])
        response.headers["Content-Encoding"] = "gzip"
    else:
        response = HttpResponse(gzip.decompress(entry["gzip"]), headers=entry["headers"])
    patch_vary_headers(response, ("Accept-Encoding",))
    response.headers["Content-Length"] = str(len(response.content))
    return response


def cached_page(*, listing: bool = False, agency: bool = False):
    """Mark a public page to be served from the cache (by PageCacheMiddleware)
    to visitors without a session. The page depends on the site's version, and
    on the listing's or on the agency (named by the view's `slug`) when asked."""

    def mark(view):
        view.page_cache = {"listing": listing, "agency": agency}
        return view

    return mark


def _marked_view(request):
    """The @cached_page marks of the view this request goes to, under the
    language of its address (i18n_patterns resolve only in that language)."""
    language = translation.get_language_from_path(request.path_info)
    if language is None:
        return None, None, None
    with translation.override(language):
        try:
            match = resolve(request.path_info)
        except Resolver404:
            return None, None, None
    return getattr(match.func, "page_cache", None), match.kwargs, language


class PageCacheMiddleware:
    """Serves marked pages from the cache before the middleware below it runs:
    a stored page needs no session, user, CSRF token or locale work, and it
    was stored with the headers that middleware gave it. Placed after the
    security middleware, whose redirect and headers every answer gets."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not (settings.PAGE_CACHE and _shareable_request(request)):
            return self.get_response(request)
        marks, kwargs, language = _marked_view(request)
        if marks is None:
            return self.get_response(request)
        query = _normalise_query(request)
        if len(query) > LONGEST_QUERY:
            return self.get_response(request)
        keys = [SITE]
        if marks["listing"]:
            keys.append(LISTING)
        if marks["agency"]:
            keys.append(agency_version_key(kwargs["slug"]))
        page_key = _page_key(request, language, query)
        versions, entry = _lookup(keys, page_key)
        if entry is None:
            response = self.get_response(request)
            if not _shareable_response(request, response):
                return response
            # Under the versions read before rendering: a change committed
            # meanwhile has bumped them, and the next visitor renders again.
            entry = _entry(response, versions)
            if versions is not None:
                cache.set(page_key, entry, settings.PAGE_CACHE_SECONDS)
        return _response(request, entry)
