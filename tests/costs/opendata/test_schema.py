"""Schemathesis over the whole OpenAPI schema: generated requests to every
operation, through the WSGI application on the test database. No answer may
be a server error, and every answer must match what the schema documents
(status code, content type and body)."""

import pytest
import schemathesis
from django.core.signals import request_finished, request_started
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from hypothesis import HealthCheck
from hypothesis import settings as hypothesis_settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from costs.flags.engine import agency_recompute

CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
]
django_app = get_wsgi_application()


def app(environ, start_response):
    environ.setdefault("REMOTE_ADDR", "127.0.0.1")  # as the test client sends it
    return django_app(environ, start_response)


# The schema is the one the portal serves; generating it reads no table.
schema = schemathesis.openapi.from_wsgi("/api/v1/schema/?format=json", app)


@pytest.fixture
def public_record(settings, flagged, cast, report):
    """A public record with every kind of row, and no throttle in the way."""
    settings.REST_FRAMEWORK = {
        **settings.REST_FRAMEWORK,
        "DEFAULT_THROTTLE_RATES": {"anon": "100000/hour"},
    }
    for amount in ["2030", "3130", "4710"]:
        report(cast.alpha, paid=[("service-fee", amount, "USD")], accept=True)
    agency_recompute(agency_id=cast.alpha.pk)  # the group's first figures are released at once
    # Requests run in-process on this test's transaction, as Django's test
    # client runs them: the connection is not closed at the end of each.
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


@schema.parametrize()
@hypothesis_settings(
    max_examples=12,
    deadline=None,
    derandomize=True,
    suppress_health_check=list(HealthCheck),
)
def test_every_operation_answers_as_documented(case, public_record):
    case.call_and_validate(checks=CHECKS)
