import logging

from django.db import connection
from django.http import JsonResponse
from django.shortcuts import render
from django.views.decorators.cache import never_cache

from costs.forms import CompareFilterForm

from .celery import app as celery_app

logger = logging.getLogger(__name__)


def home(request):
    return render(request, "portal/home.html", {"form": CompareFilterForm()})


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
