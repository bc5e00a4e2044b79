"""Deterministic demo data: agencies in Cambodia and Vietnam with published,
partly revised disclosures at realistic magnitudes.

The 2022 Immigration Services Agency and OTIT survey found trainees paid on
average JPY 688k from Vietnam and JPY 574k from Cambodia; the demo spreads
agencies around that, from zero worker fees to well above USD 3,000.
"""

import datetime
import random
import unicodedata
from decimal import Decimal

from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify

from agencies.models import Agency, LicenceStatus

from .disclosures.services import disclosure_create, disclosure_publish
from .models import ExchangeRate, Programme, Sector, rate_on
from .models.reference import LicenceAuthority

KH_NAMES = [
    ("Angkor", "អង្គរ"),
    ("Mekong", "មេគង្គ"),
    ("Tonle Sap", "ទន្លេសាប"),
    ("Bayon", "បាយ័ន"),
    ("Preah Vihear", "ព្រះវិហារ"),
    ("Kampot", "កំពត"),
    ("Battambang", "បាត់ដំបង"),
    ("Siem Reap", "សៀមរាប"),
    ("Kirirom", "គិរីរម្យ"),
    ("Sokha", "សុខា"),
    ("Chenla", "ចេនឡា"),
    ("Takeo", "តាកែវ"),
    ("Koh Kong", "កោះកុង"),
    ("Mondulkiri", "មណ្ឌលគិរី"),
    ("Rattanak", "រតនៈ"),
    ("Sovanna", "សុវណ្ណ"),
    ("Apsara", "អប្សរា"),
    ("Kampong Cham", "កំពង់ចាម"),
    ("Srey Santhor", "ស្រីសន្ធរ"),
    ("Pursat", "ពោធិ៍សាត់"),
    ("Kep", "កែប"),
]
VN_NAMES = [
    "Hoàng Long",
    "Sao Mai",
    "Thành Đạt",
    "Việt Nhật",
    "Phú Sĩ",
    "Bình Minh",
    "Đông Á",
    "Hưng Thịnh",
    "Tân Việt",
    "Minh Anh",
    "Nguyễn Phát",
    "Trường Sơn",
    "Hồng Hà",
    "Đại Dương",
    "Phương Nam",
    "Kim Long",
    "An Khang",
    "Quang Trung",
    "Sông Hồng",
    "Thiên Ân",
    "Lạc Việt",
]

# Share of the worker-paid total by cost category.
WORKER_SPLIT = [
    ("service-fee", Decimal("0.45")),
    ("training", Decimal("0.25")),
    ("travel-lodging", Decimal("0.10")),
    ("administrative", Decimal("0.08")),
    ("medical", Decimal("0.05")),
    ("tests", Decimal("0.04")),
    ("equipment", Decimal("0.03")),
]
# (weight, lowest, highest worker-paid USD)
COST_PROFILES = [(2, 0, 0), (3, 900, 2500), (5, 2800, 5200), (1, 5800, 8000)]
ROUNDING = {"KHR": Decimal(10000), "VND": Decimal(100000), "JPY": Decimal(1000)}
CURRENCY = {"KH": "KHR", "VN": "VND"}

# Made-up units per US dollar in the middle of each year, near the real ones:
# the demo (and the test suite) needs a rate for every month from January 2019
# to today. Never loaded outside the demo; each row is marked is_demo.
DEMO_RATE_ANCHORS = {
    "KHR": {
        2019: 4050,
        2020: 4080,
        2021: 4070,
        2022: 4100,
        2023: 4110,
        2024: 4060,
        2025: 4020,
        2026: 4010,
    },
    "VND": {
        2019: 23250,
        2020: 23200,
        2021: 22950,
        2022: 23400,
        2023: 23700,
        2024: 25000,
        2025: 25900,
        2026: 26300,
    },
    "JPY": {2019: 109, 2020: 107, 2021: 110, 2022: 131, 2023: 141, 2024: 152, 2025: 148, 2026: 150},
}
DEMO_RATE_SOURCE = "demo data, not real rates"


def _monthly_rates(anchors: dict[int, int], until: datetime.date) -> list[tuple]:
    """First-of-month rates from January of the first anchor year to `until`,
    interpolated linearly between mid-year anchors."""
    years = sorted(anchors)
    rates = []
    month = datetime.date(years[0], 1, 1)
    while month <= until:
        position = month.year + (month.month - 1) / 12 - 0.5
        lower = max([y for y in years if y <= position] or [years[0]])
        upper = min([y for y in years if y > position] or [years[-1]])
        if upper == lower:
            value = anchors[lower]
        else:
            share = (position - lower) / (upper - lower)
            value = anchors[lower] + (anchors[upper] - anchors[lower]) * share
        rates.append((month, Decimal(str(round(value, 2)))))
        month = (month + datetime.timedelta(days=32)).replace(day=1)
    return rates


@transaction.atomic
def load_demo_rates(*, until: datetime.date | None = None) -> int:
    """Made-up monthly rates, marked as demo, for every day that has no rate;
    returns how many were added. A rate already there, real or demo, is kept."""
    until = until or timezone.localdate()
    existing = set(ExchangeRate.objects.values_list("currency", "date"))
    new = [
        ExchangeRate(
            currency=currency,
            date=date,
            units_per_usd=value,
            source=DEMO_RATE_SOURCE,
            is_demo=True,
        )
        for currency, anchors in DEMO_RATE_ANCHORS.items()
        for date, value in _monthly_rates(anchors, until)
        if (currency, date) not in existing
    ]
    ExchangeRate.objects.bulk_create(new)
    return len(new)


def _latin(text: str) -> str:
    text = text.replace("Đ", "D").replace("đ", "d")
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


def _round(amount: Decimal, currency: str) -> Decimal:
    step = ROUNDING[currency]
    return (amount / step).quantize(Decimal(1)) * step


def _agency_specs():
    for number, (latin, khmer) in enumerate(KH_NAMES, start=1):
        yield {
            "country": "KH",
            "name": f"{latin} Manpower Co., Ltd.",
            "name_local": f"ក្រុមហ៊ុន {khmer} ម៉ែនផៅវើ",
            "licence_number": f"MOLVT-{number:03d}/2019",
        }
    for number, name in enumerate(VN_NAMES, start=1):
        yield {
            "country": "VN",
            "name": f"{_latin(name)} Manpower JSC",
            "name_local": f"Công ty Cổ phần Nhân lực {name}",
            "licence_number": f"{100 + number}/LĐTBXH-GP",
        }


def _phone(rng: random.Random, country: str) -> str:
    prefix = 855 if country == "KH" else 84
    return f"+{prefix} {rng.randrange(10, 99)} {rng.randrange(100000, 999999)}"


def _licence(rng: random.Random) -> dict:
    status = rng.choices(
        [
            LicenceStatus.ACTIVE,
            "lapsed",
            LicenceStatus.SUSPENDED,
            LicenceStatus.REVOKED,
            LicenceStatus.UNKNOWN,
        ],
        weights=[30, 4, 2, 2, 2],
    )[0]
    start = datetime.date(2019, 1, 1) + datetime.timedelta(days=rng.randrange(0, 1500))
    if status == "lapsed":
        # Recorded as active, but its validity has passed: shown as expired.
        return {
            "licence_status": LicenceStatus.ACTIVE,
            "licence_valid_from": start,
            "licence_valid_until": datetime.date(2025, 6, 30),
        }
    until = (
        datetime.date(2031, 12, 31)
        if status == LicenceStatus.ACTIVE
        else start.replace(year=start.year + 5)
    )
    return {"licence_status": status, "licence_valid_from": start, "licence_valid_until": until}


def _items(rng, country, worker_usd, employer_usd, day) -> list[dict]:
    local = CURRENCY[country]
    local_rate, yen_rate = rate_on(local, day), rate_on("JPY", day)
    items = []
    for code, share in WORKER_SPLIT:
        if worker_usd:
            amount = _round(Decimal(worker_usd) * share * local_rate, local)
            items.append({"category": code, "amount": amount, "currency": local, "payer": "worker"})
    if worker_usd and country == "VN" and day < datetime.date(2024, 5, 15) and rng.random() < 0.4:
        amount = _round(Decimal(rng.randrange(300, 900)) * local_rate, local)
        items.append(
            {"category": "brokerage", "amount": amount, "currency": local, "payer": "worker"}
        )
    if worker_usd and rng.random() < 0.1:
        amount = _round(Decimal(rng.randrange(500, 2000)) * local_rate, local)
        items.append(
            {"category": "deposit", "amount": amount, "currency": local, "payer": "worker"}
        )
    for code, share in [("service-fee", Decimal("0.7")), ("travel-lodging", Decimal("0.3"))]:
        amount = _round(Decimal(employer_usd) * share * yen_rate, "JPY")
        items.append({"category": code, "amount": amount, "currency": "JPY", "payer": "employer"})
    return items


def _publish(rng, agency, programme, sector, worker_usd, employer_usd, day, categories):
    wage = (
        Decimal(rng.randrange(165, 200) if programme.code == "titp" else rng.randrange(195, 245))
        * 1000
    )
    items = _items(rng, agency.country, worker_usd, employer_usd, day)
    for item in items:
        item["category"] = categories[item["category"]]
    draft = disclosure_create(
        agency=agency,
        programme=programme,
        sector=sector,
        contract_months=36 if programme.code == "titp" else rng.choice([12, 24, 36, 60]),
        offered_wage=wage,
        wage_currency="JPY",
        items=items,
    )
    at = timezone.make_aware(datetime.datetime.combine(day, datetime.time(9, 0)))
    return disclosure_publish(disclosure=draft, at=at)


DEMO_PASSWORD = "fairfee-demo"
DEMO_USERS = [
    # (e-mail, agency slug or None, staff)
    ("agency@fairfee.example", "angkor-manpower-co-ltd", False),
    ("admin@fairfee.example", None, True),
    ("ngo@fairfee.example", None, False),
    ("ministry-kh@fairfee.example", None, False),
]


def _demo_users() -> None:
    """Accounts to try the portal with: an agency owner and a site admin."""
    from allauth.account.models import EmailAddress

    from accounts.models import Organisation, OrganisationMembership, User
    from agencies.models import AgencyMembership

    for email, agency_slug, staff in DEMO_USERS:
        user, created = User.objects.get_or_create(
            username=email.split("@")[0],
            defaults={"email": email, "is_staff": staff, "is_superuser": staff},
        )
        if created:
            user.set_password(DEMO_PASSWORD)
            user.save()
            EmailAddress.objects.create(user=user, email=email, verified=True, primary=True)
        if agency_slug:
            AgencyMembership.objects.get_or_create(
                user=user,
                agency=Agency.objects.get(slug=agency_slug),
                defaults={"role": AgencyMembership.Role.OWNER, "verified": True},
            )
    ngo, _ = Organisation.objects.get_or_create(
        name="Mekong Workers' Aid (demo)", defaults={"kind": "ngo", "verified": True}
    )
    OrganisationMembership.objects.get_or_create(
        user=User.objects.get(username="ngo"), organisation=ngo
    )
    ministry, _ = Organisation.objects.get_or_create(
        name="Ministry of Labour and Vocational Training (demo)",
        defaults={"kind": "ministry", "country": "KH", "verified": True},
    )
    OrganisationMembership.objects.get_or_create(
        user=User.objects.get(username="ministry-kh"), organisation=ministry
    )


def _demo_reports(rng: random.Random, disclosure, categories) -> None:
    """Accepted reports around what the agency disclosed: most workers paid
    more than the disclosure says, as the surveys found."""
    from .reports.services import report_accept, report_submit

    local = CURRENCY[disclosure.agency.country]
    for number in range(rng.choice([0, 0, 1, 2, 3, 4, 6])):
        disclosed = disclosure.worker_total_usd or Decimal(0)
        paid_usd = max(disclosed, Decimal(800)) * Decimal(rng.uniform(0.9, 1.8))
        month = datetime.date(2024, 1 + number % 12, 1)
        rate = rate_on(local, month)
        items = [
            {"category": categories["service-fee"], "amount": _round(paid_usd * Decimal("0.7") * rate, local),
             "currency": local, "paid_to": "agency"},
            {"category": categories["training"], "amount": _round(paid_usd * Decimal("0.3") * rate, local),
             "currency": local, "paid_to": "training_centre"},
        ]  # fmt: skip
        report, _code = report_submit(
            fields={
                "agency": disclosure.agency,
                "origin_id": disclosure.agency.country,
                "programme": disclosure.programme,
                "sector": disclosure.sector,
                "departure_month": month,
                "contract_months": disclosure.contract_months,
                "first_wage": disclosure.offered_wage - 10000 * rng.randrange(0, 3),
                "wage_currency": "JPY",
                "passport_held": rng.random() < 0.1,
            },
            items=items,
        )
        report_accept(report=report, by=None)


@transaction.atomic
def load_demo_data(seed: int = 2026) -> int:
    """Create the demo agencies and their disclosures, priced at the demo
    rates; returns how many agencies were made."""
    from .models import CostCategory

    load_demo_rates()
    rng = random.Random(seed)
    categories = {c.code: c for c in CostCategory.objects.all()}
    programmes = {p.code: p for p in Programme.objects.all()}
    titp_sectors = list(Sector.objects.filter(programmes=programmes["titp"]).order_by("code"))
    ssw_sectors = list(Sector.objects.filter(programmes=programmes["ssw1"]).order_by("code"))
    # Each origin's licensing authority, by the code agencies store.
    authorities = dict(LicenceAuthority.objects.values_list("country_id", "code"))
    created = 0
    for spec in _agency_specs():
        agency, was_created = Agency.objects.get_or_create(
            slug=slugify(spec["name"]),
            defaults={
                **spec,
                **_licence(rng),
                "licence_authority": authorities.get(spec["country"], ""),
                "phone": _phone(rng, spec["country"]),
                "email": f"info@{slugify(spec['name'])[:20]}.example",
            },
        )
        if not was_created:
            continue
        created += 1
        groups = [(programmes["titp"], rng.choice(titp_sectors))]
        for sector in rng.sample(ssw_sectors, rng.choice([0, 1, 2])):
            groups.append((programmes["ssw1"], sector))
        for programme, sector in groups:
            low, high = rng.choices(
                [(lo, hi) for _, lo, hi in COST_PROFILES], weights=[w for w, _, _ in COST_PROFILES]
            )[0]
            worker_usd = rng.randrange(low, high + 1) if high else 0
            employer_usd = rng.randrange(1500, 4500)
            if rng.random() < 0.35:
                # An older, dearer version that a revision replaced.
                first_day = datetime.date(2023, 1, 1) + datetime.timedelta(
                    days=rng.randrange(0, 400)
                )
                older_worker = int(worker_usd * 1.2) if worker_usd else 0
                _publish(
                    rng,
                    agency,
                    programme,
                    sector,
                    older_worker,
                    employer_usd,
                    first_day,
                    categories,
                )
            day = datetime.date(2024, 6, 1) + datetime.timedelta(days=rng.randrange(0, 480))
            current = _publish(
                rng, agency, programme, sector, worker_usd, employer_usd, day, categories
            )
            _demo_reports(rng, current, categories)
    _demo_users()
    return created
