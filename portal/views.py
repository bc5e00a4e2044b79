import logging

from django.db import connection
from django.http import HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse, translate_url
from django.utils.translation import get_language_from_request
from django.views.decorators.cache import never_cache

from costs.catalogue.countries import country_names, origin_names_list
from costs.pagecache import cached_page
from costs.public.forms import CompareFilterForm

from .celery import app as celery_app
from .models import Guide, HelpContact

logger = logging.getLogger(__name__)


@cached_page()
def home(request):
    return render(
        request,
        "portal/home.html",
        {
            "form": CompareFilterForm(),
            "guides": Guide.objects.only("slug", "title", "summary"),
            "origins": origin_names_list(),
        },
    )


@cached_page()
def guide_list(request):
    return render(request, "portal/guides.html", {"guides": Guide.objects.all()})


def _help_contacts() -> list[HelpContact]:
    """Every contact, grouped by country, with the country's name in the reader's language."""
    names = country_names()
    contacts = list(HelpContact.objects.all())
    for contact in contacts:
        contact.country_name = names.get(contact.where, contact.where)
    return contacts


@cached_page()
def guide_detail(request, slug):
    guide = get_object_or_404(Guide, slug=slug)
    contacts = _help_contacts() if slug == "get-help" else []
    return render(
        request,
        "portal/guide.html",
        {"guide": guide, "related": guide.related.all(), "contacts": contacts},
    )


def short_guide(request, slug):
    """/g/<slug>/: a short link to share, in the reader's own language."""
    get_object_or_404(Guide, slug=slug)
    return redirect(_in_language(request, reverse("guide", args=[slug])))


def short_check(request):
    """/c/?...: a short link to a fee-check result, in the reader's own language."""
    url = _in_language(request, reverse("costs:check"))
    return redirect(f"{url}?{request.GET.urlencode()}" if request.GET else url)


def _in_language(request, path: str) -> str:
    language = get_language_from_request(request)
    return translate_url(path, language)


def _database_ok() -> bool:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
        return True
    except Exception:
        logger.exception("healthz: database unreachable")
        return False


def _broker_state() -> str:
    if celery_app.conf.task_always_eager:
        return "eager"
    try:
        with celery_app.connection_for_write() as conn:
            conn.ensure_connection(max_retries=1, timeout=1)
        return "ok"
    except Exception:
        logger.warning("healthz: broker unreachable", exc_info=True)
        return "down"


def bench_hello(request):
    """The least a request can cost on this server: bench/pages.py's baseline."""
    return HttpResponse("Hello, world", content_type="text/plain")


@never_cache
def healthz(request):
    """For load balancers and monitors: 503 when the database is away.

    A broker outage is reported but is not fatal: submissions still succeed and
    the stale-summary sweep catches up once it returns.
    """
    database = "ok" if _database_ok() else "down"
    broker = _broker_state()
    status = 200 if database == "ok" else 503
    return JsonResponse({"database": database, "broker": broker}, status=status)
