"""Shared fixtures: the reference catalogue, and small builders for agencies and disclosures."""

import copy
import datetime
import uuid
from decimal import Decimal
from types import SimpleNamespace

import pytest
from django.utils import timezone

from agencies.models import Agency, LicenceStatus
from costs.catalogue.reference import load_reference_data
from costs.demo import load_demo_rates
from costs.disclosures.services import disclosure_create, disclosure_publish
from costs.models import CostCategory, Country, Programme, Sector


@pytest.fixture(autouse=True)
def fast_passwords(settings):
    # Real hashing costs a third of a second per user; the tests are not about it.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture(autouse=True)
def isolated_cache(settings):
    # Rate limits live in the cache (Redis in CI): each test gets its own keys,
    # without flushing a database the Celery broker shares.
    caches = copy.deepcopy(settings.CACHES)
    caches["default"]["KEY_PREFIX"] = f"test-{uuid.uuid4().hex}"
    settings.CACHES = caches


@pytest.fixture(autouse=True)
def reference(db):
    """The seeded catalogue, present in every test, with the demo's made-up
    exchange rates (load_reference seeds none). Transactional tests flush the
    database afterwards, so it is reloaded whenever it is missing."""
    if not Country.objects.exists():
        load_reference_data()
        load_demo_rates()


@pytest.fixture
def make_agency(db):
    counter = iter(range(1, 10_000))

    def make(**fields) -> Agency:
        number = next(counter)
        defaults = {
            "name": f"Agency {number:03d}",
            "slug": f"agency-{number:03d}",
            "country": "KH",
            "licence_number": f"LIC-{number:04d}",
            "licence_status": LicenceStatus.ACTIVE,
        }
        defaults.update(fields)
        return Agency.objects.create(**defaults)

    return make


@pytest.fixture
def publish(db):
    """Create and publish a disclosure from (category code, amount, currency, payer) lines."""

    def publish(
        agency,
        programme="ssw1",
        sector="construction",
        lines=(("service-fee", "1000", "USD", "worker"),),
        wage="200000",
        wage_currency="JPY",
        contract_months=36,
        at: datetime.datetime | None = None,
    ):
        draft = disclosure_create(
            agency=agency,
            programme=Programme.objects.get(code=programme),
            sector=Sector.objects.get(code=sector),
            contract_months=contract_months,
            offered_wage=Decimal(wage),
            wage_currency=wage_currency,
            items=[
                {
                    "category": CostCategory.objects.get(code=category),
                    "amount": Decimal(amount),
                    "currency": currency,
                    "payer": payer,
                }
                for category, amount, currency, payer in lines
            ],
        )
        return disclosure_publish(disclosure=draft, at=at or timezone.now())

    return publish


# The cast (STYLE.md): alice owns Alpha, erin edits for Alpha, claire has claimed
# Alpha but is not verified, bob owns Beta, admin runs the site, anon is anyone.
@pytest.fixture
def cast(db, make_agency):
    from accounts.models import User
    from agencies.models import AgencyMembership

    alpha = make_agency(name="Alpha Manpower", slug="alpha", country="VN", licence_number="101/GP")
    beta = make_agency(name="Beta Manpower", slug="beta", country="KH", licence_number="MOLVT-9")

    def person(name, **extra):
        return User.objects.create_user(
            username=name, email=f"{name}@example.org", password="pw", **extra
        )

    people = {
        "alice": person("alice"),
        "erin": person("erin"),
        "claire": person("claire"),
        "bob": person("bob"),
        "admin": person("admin", is_staff=True, is_superuser=True),
    }
    Role = AgencyMembership.Role
    AgencyMembership.objects.create(
        user=people["alice"], agency=alpha, role=Role.OWNER, verified=True
    )
    AgencyMembership.objects.create(
        user=people["erin"], agency=alpha, role=Role.EDITOR, verified=True
    )
    AgencyMembership.objects.create(
        user=people["claire"], agency=alpha, role=Role.OWNER, verified=False
    )
    AgencyMembership.objects.create(user=people["bob"], agency=beta, role=Role.OWNER, verified=True)
    return SimpleNamespace(alpha=alpha, beta=beta, **people)


@pytest.fixture
def login(client):
    """The test client signed in as a cast member, or anonymous for None."""

    def as_(user):
        client.logout()
        if user is not None:
            client.force_login(user)
        return client

    return as_


@pytest.fixture
def ngo(db, cast):
    """A reviewer at a verified NGO that works on every country."""
    from accounts.models import Organisation, OrganisationMembership, User

    user = User.objects.create_user(username="ngo", email="ngo@example.org", password="pw")
    organisation = Organisation.objects.create(name="Mekong Helpers", kind="ngo", verified=True)
    OrganisationMembership.objects.create(user=user, organisation=organisation)
    return user


@pytest.fixture
def ngo_vn(db):
    """A reviewer at an NGO whose scope is Vietnam only."""
    from accounts.models import Organisation, OrganisationMembership, User

    user = User.objects.create_user(username="ngo_vn", email="ngo-vn@example.org", password="pw")
    organisation = Organisation.objects.create(
        name="Hanoi Migrant Aid", kind="ngo", country="VN", verified=True
    )
    OrganisationMembership.objects.create(user=user, organisation=organisation)
    return user


@pytest.fixture
def report(db):
    """File a worker report through the service; returns (report, receipt code)."""
    from costs.models import Programme, Sector
    from costs.reports.services import report_accept, report_submit

    def file(
        agency,
        paid=(("service-fee", "2000", "USD"),),
        programme="ssw1",
        sector="construction",
        wage="200000",
        accept=False,
        **extra,
    ):
        fields = {
            "agency": agency,
            "agency_name_given": "" if agency else "Unknown Co",
            "origin_id": agency.country if agency else "KH",
            "programme": Programme.objects.get(code=programme),
            "sector": Sector.objects.get(code=sector),
            "departure_month": datetime.date(2024, 6, 1),
            "contract_months": 36,
            "first_wage": Decimal(wage),
            "wage_currency": "JPY",
            **extra,
        }
        items = [
            {
                "category": CostCategory.objects.get(code=code),
                "amount": Decimal(amount),
                "currency": currency,
                "paid_to": "agency",
            }
            for code, amount, currency in paid
        ]
        filed, code = report_submit(fields=fields, items=items)
        if accept:
            filed = report_accept(report=filed, by=None)
        return filed, code

    return file


@pytest.fixture
def guides(db):
    from portal.guides import load_guides

    load_guides()


@pytest.fixture
def ministry_kh(db):
    """A reviewer at Cambodia's labour ministry: scoped to Cambodian agencies."""
    from accounts.models import Organisation, OrganisationMembership, User

    user = User.objects.create_user(
        username="ministry_kh", email="molvt@example.org", password="pw"
    )
    organisation = Organisation.objects.create(
        name="MoLVT", kind="ministry", country="KH", verified=True
    )
    OrganisationMembership.objects.create(user=user, organisation=organisation)
    return user


@pytest.fixture
def flagged(cast, publish):
    """Alpha (Vietnam) and Beta (Cambodia) each with open flags."""
    from costs.flags.engine import recompute_all

    publish(
        cast.alpha,
        lines=[("service-fee", "900", "USD", "worker"), ("deposit", "50", "USD", "worker")],
    )
    publish(
        cast.beta,
        lines=[("service-fee", "900", "USD", "worker"), ("deposit", "50", "USD", "worker")],
    )
    recompute_all()
    from costs.models import Flag

    return SimpleNamespace(
        alpha=Flag.objects.get(agency=cast.alpha, rule__code="vn-deposit-zero"),
        beta=Flag.objects.get(agency=cast.beta, rule__code="kh-deposit-zero"),
    )


@pytest.fixture
def eager_tasks():
    """Run Celery tasks in this process, as the embedded mode does, even when CI
    points the app at a real broker (no worker listens in these tests)."""
    from portal.celery import app

    saved = app.conf.task_always_eager
    app.conf.task_always_eager = True
    yield
    app.conf.task_always_eager = saved


@pytest.fixture
def release_delay_passed():
    """Public figures change in batches (costs.privacy): make the last release
    of every group older than the delay, as if a week had passed, and run the
    nightly recompute that then releases single changes."""
    from costs.models import CostSummary
    from costs.privacy import RELEASE_DELAY
    from costs.tasks import recompute_all

    def wait():
        old = timezone.now() - RELEASE_DELAY - datetime.timedelta(hours=1)
        CostSummary.objects.filter(released_at__isnull=False).update(released_at=old)
        recompute_all()

    return wait
