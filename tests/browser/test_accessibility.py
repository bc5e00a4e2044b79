"""axe-core finds nothing on any public page or form, in Khmer, Vietnamese,
Japanese and English; every page is screenshotted at 360 px in Khmer."""

import pytest
from axe_playwright_python.sync_playwright import Axe

from costs.flags.engine import recompute_all
from portal.models import Guide

from .conftest import ARTIFACTS
from .test_review_khmer import sign_in

pytestmark = pytest.mark.browser

LANGUAGES = ["km", "vi", "ja", "en"]
FORMS = ["signup", "login", "password-reset", "receipt", "fee-check", "report-job"]
CHECK = "o=KH&programme=titp&sector=titp-construction&m=36&t=3000&tc=USD"


@pytest.fixture
def public_site(make_agency, publish, report, guides):
    """A licensed Cambodian agency with a published fee list, a revision of it,
    and enough accepted reports that its page shows what workers paid."""
    agency = make_agency(name="Angkor Manpower", name_local="ក្រុមហ៊ុន អង្គរ",
                         slug="angkor", country="KH", licence_number="MOLVT-1")  # fmt: skip
    publish(agency, programme="titp", sector="titp-construction",
            lines=[("service-fee", "1200", "USD", "worker")])  # fmt: skip
    latest = publish(agency, programme="titp", sector="titp-construction",
                     lines=[("service-fee", "900", "USD", "worker")])  # fmt: skip
    for paid in ("1500", "1800", "2100"):
        report(agency, paid=(("service-fee", paid, "USD"),), programme="titp",
               sector="titp-construction", accept=True)  # fmt: skip
    recompute_all()
    return agency, latest


def pages(agency, disclosure) -> dict[str, str]:
    from costs.reports.views import STEPS

    guide = Guide.objects.order_by("order").first()
    found = {
        "home": "/{lang}/",
        "compare": "/{lang}/compare/",
        "agency": f"/{{lang}}/agencies/{agency.slug}/",
        "disclosure-version": f"/{{lang}}/agencies/{agency.slug}/fees/{disclosure.pk}/",
        "guides": "/{lang}/guides/",
        "guide": f"/{{lang}}/guides/{guide.slug}/",
        "rules": "/{lang}/rules/",
        "fee-check": "/{lang}/check/",
        "fee-check-result": f"/{{lang}}/check/?{CHECK}",
        "fee-card": f"/{{lang}}/check/card/?{CHECK}",
        "report-start": "/{lang}/report/",
        "receipt": "/{lang}/report/receipt/",
        "privacy": "/{lang}/how-we-protect-reporters/",
        "open-data": "/{lang}/open-data/",
        "data-dictionary": "/{lang}/open-data/data-dictionary/",
        "statistics": "/{lang}/statistics/",
        "login": "/{lang}/accounts/login/",
        "signup": "/{lang}/accounts/signup/",
        "password-reset": "/{lang}/accounts/password/reset/",
    }
    for step in STEPS:
        found[f"report-{step}"] = f"/{{lang}}/report/new/?step={step}&agency={agency.slug}"
    return found


def describe(name: str, violations: list[dict]) -> list[str]:
    return [
        f"{name}: {v['id']} ({v['impact']}): {v['help']} at "
        + ", ".join(" ".join(node["target"]) for node in v["nodes"][:3])
        for v in violations
    ]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_axe_finds_no_violation_on_any_public_page(
    live_server, phone, screenshot, public_site, lang
):
    agency, disclosure = public_site
    axe = Axe()
    problems = []
    for name, path in pages(agency, disclosure).items():
        response = phone.goto(live_server.url + path.format(lang=lang))
        assert response.status, f"{name} did not load"
        assert response.status == 200, f"{name}: {response.status}"
        problems += describe(name, axe.run(phone).response["violations"])
        # A form sent empty: the server's error messages are checked too (the
        # browser's own checks are turned off so that the form is sent).
        if name in FORMS:
            phone.evaluate("document.querySelectorAll('form').forEach(f => f.noValidate = true)")
            button = phone.locator("main form button.next")  # a step's "Next"
            if not button.count():
                button = phone.locator("main form button[type=submit]")
            button.last.click()
            if name != "fee-check":  # which may ask for the next choice instead
                assert phone.locator(".errorlist, .errors, .error, [role=alert]").count(), name
            problems += describe(f"{name} (errors)", axe.run(phone).response["violations"])
            if lang == "km":
                screenshot(phone, f"axe-{name}-errors-km-360")
        if lang == "km":
            phone.goto(live_server.url + path.format(lang=lang))
            screenshot(phone, f"axe-{name}-km-360")
            if name == "fee-card":
                qr = str(ARTIFACTS / "fee-card-qr-km-360.png")
                phone.locator(".card-link").screenshot(path=qr)
                phone.emulate_media(media="print")
                phone.pdf(path=str(ARTIFACTS / "fee-card-km-a4.pdf"), format="A4")
                phone.set_viewport_size({"width": 718, "height": 1040})  # A4 less margins
                screenshot(phone, "fee-card-km-print")
                phone.set_viewport_size({"width": 360, "height": 740})
                phone.emulate_media(media="screen")
    assert not problems, "\n".join(problems)


CHART_GEOMETRY = """svg => {
  const box = svg.getBoundingClientRect();
  const scale = box.width / svg.viewBox.baseVal.width;
  return [...svg.querySelectorAll('text')].map(t => {
    const r = t.getBoundingClientRect();
    return {text: t.textContent, size: parseFloat(getComputedStyle(t).fontSize) * scale,
            left: r.left - box.left, right: r.right - box.left, top: r.top, bottom: r.bottom,
            width: box.width};
  });
}"""


def test_the_reviewers_chart_reads_on_a_phone_in_khmer(
    live_server, phone, screenshot, public_site, ngo
):
    from costs.models import Flag
    from costs.review.services import flag_take

    agency, _disclosure = public_site
    flag = Flag.objects.filter(agency=agency, programme__isnull=False).first()
    assert flag, "the reports above the disclosure open a flag with a chart"
    flag_take(flag=flag, by=ngo)  # a timeline entry that says what changed
    sign_in(phone, live_server.url, ngo)

    phone.goto(f"{live_server.url}/km/review/flags/{flag.pk}/")
    labels = phone.locator("svg.chart").evaluate(CHART_GEOMETRY)
    assert len(labels) >= 4  # the marked figures and the axis values
    for label in labels:
        assert label["size"] >= 12, label
        assert label["left"] >= 0 and label["right"] <= label["width"] + 0.5, label
    for i, a in enumerate(labels):
        for b in labels[i + 1 :]:
            apart = (a["right"] <= b["left"] or b["right"] <= a["left"]
                     or a["bottom"] <= b["top"] or b["bottom"] <= a["top"])  # fmt: skip
            assert apart, f"{a['text']!r} overlaps {b['text']!r}"
    assert phone.locator("table.chart-figures tr").count() == len(
        phone.locator("svg.chart text:not(.tick)").all()
    )
    assert phone.evaluate("document.documentElement.scrollWidth") <= 360
    assert phone.locator(".timeline .changes li").count() >= 2
    assert not Axe().run(phone).response["violations"]
    screenshot(phone, "review-chart-km-360")
    phone.locator("svg.chart").screenshot(path=str(ARTIFACTS / "review-chart-only-km-360.png"))
