from collections import Counter
from decimal import Decimal

from agencies.models import Agency
from costs.demo import load_demo_data
from costs.models import Disclosure, WorkerReport


def test_the_demo_is_plausible_deterministic_and_loads_once():
    assert load_demo_data() >= 40
    agencies = Agency.objects.all()
    countries = Counter(agencies.values_list("country", flat=True))
    assert countries["KH"] >= 15 and countries["VN"] >= 15
    assert agencies.exclude(name_local="").count() == agencies.count()
    assert Agency.objects.filter(name_local__contains="Nguyễn").exists()
    assert len({a.effective_licence_status for a in agencies}) >= 4

    current = Disclosure.objects.current()
    worker_totals = list(current.values_list("worker_total_usd", flat=True))
    assert any(total == 0 for total in worker_totals)
    assert any(total > Decimal(3000) for total in worker_totals)
    assert set(current.values_list("programme__code", flat=True)) >= {"titp", "ssw1"}
    assert Disclosure.objects.filter(status=Disclosure.Status.SUPERSEDED).exists()
    currencies = set(current.values_list("items__currency", flat=True))
    assert {"KHR", "VND", "JPY"} <= currencies

    per_group = Counter(
        WorkerReport.objects.accepted().values_list("agency", "programme", "sector")
    ).values()
    assert any(n >= 3 for n in per_group) and any(n < 3 for n in per_group)

    snapshot = sorted(current.values_list("agency__slug", "sector__code", "worker_total_usd"))
    assert load_demo_data() == 0
    assert (
        sorted(
            Disclosure.objects.current().values_list(
                "agency__slug", "sector__code", "worker_total_usd"
            )
        )
        == snapshot
    )
