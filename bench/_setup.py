"""Shared start for benchmarks: Django set up on a throw-away test database
(PostgreSQL when DATABASE_URL is set), so no real data is touched."""

import os
import sys
from contextlib import contextmanager
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings")

import django  # noqa: E402

django.setup()

from django.test.utils import setup_databases, teardown_databases  # noqa: E402


@contextmanager
def scratch_database():
    config = setup_databases(verbosity=0, interactive=False)
    try:
        from costs.catalogue.reference import load_reference_data
        from costs.demo import load_demo_rates

        load_reference_data()
        load_demo_rates()
        yield
    finally:
        teardown_databases(config, verbosity=0)
