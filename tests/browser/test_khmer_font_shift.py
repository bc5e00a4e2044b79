"""A Khmer page on a slow connection: the webfont arrives late (held back a
second here), and the page does not jump when it swaps in (CLS under 0.1)."""

import time

import pytest

pytestmark = pytest.mark.browser

# Layout shifts the page made, as Lighthouse sums them (without user input).
SHIFTS = """() => new Promise(done => {
  let total = 0;
  new PerformanceObserver(list => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) total += entry.value;
  }).observe({type: "layout-shift", buffered: true});
  setTimeout(() => done(total), 300);
})"""


def test_the_khmer_compare_page_does_not_jump_when_the_webfont_arrives(
    live_server, phone, make_agency, publish
):
    for number in range(6):
        agency = make_agency(name=f"Angkor Manpower {number}", name_local="អង្គរ", country="KH")
        publish(agency, lines=[("service-fee", "4050000", "KHR", "worker")])
    fonts = []

    def slow_font(route):
        time.sleep(1)  # a slow phone network
        fonts.append(route.request.url)
        route.continue_()

    phone.route("**/*.woff2", slow_font)
    phone.goto(f"{live_server.url}/km/compare/", wait_until="load")
    phone.wait_for_timeout(500)
    assert fonts, "the Khmer webfont was never fetched"
    assert phone.evaluate("document.fonts.check('16px \"Noto Sans Khmer\"', 'ក')")
    assert phone.evaluate(SHIFTS) < 0.1
