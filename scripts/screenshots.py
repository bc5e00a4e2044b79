"""Screenshots of the portal's pages as a phone shows them, for a person to look at.

Usage: with `make run` serving on :8000, `.venv/bin/python scripts/screenshots.py [lang]`.
Writes artifacts/screens/<lang>-<page>.png at 360 px wide, using Debian's chromium.
"""

import sys
from pathlib import Path

from playwright.sync_api import sync_playwright

BASE = "http://127.0.0.1:8000"
OUT = Path(__file__).resolve().parents[1] / "artifacts" / "screens"
PUBLIC = {
    "home": "/{lang}/",
    "report-start": "/{lang}/report/?q=angkor",
    "report-new": "/{lang}/report/new/?agency=angkor-manpower-co-ltd",
    "receipt": "/{lang}/report/receipt/",
    "compare": "/{lang}/compare/?programme=ssw1",
    "agency": "/{lang}/agencies/angkor-manpower-co-ltd/",
    "login": "/{lang}/accounts/login/",
    "signup": "/{lang}/accounts/signup/",
}
# (account, pages)
SIGNED_IN = {
    "my-agencies": "/{lang}/my-agencies/",
    "claim": "/{lang}/my-agencies/claim/",
    "fees": "/{lang}/my-agencies/angkor-manpower-co-ltd/fees/",
    "fees-new": "/{lang}/my-agencies/angkor-manpower-co-ltd/fees/new/",
    "members": "/{lang}/my-agencies/angkor-manpower-co-ltd/members/",
}
NGO = {
    "moderation": "/{lang}/moderation/",
    "import": "/{lang}/moderation/import/",
}


def main(lang: str = "km") -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path="/usr/bin/chromium",
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        )
        page = browser.new_context(viewport={"width": 360, "height": 740}).new_page()
        for name, path in PUBLIC.items():
            page.goto(BASE + path.format(lang=lang))
            page.screenshot(path=OUT / f"{lang}-{name}.png", full_page=True)
        for account, pages in [("agency", SIGNED_IN), ("ngo", NGO)]:
            page.context.clear_cookies()
            page.goto(f"{BASE}/{lang}/accounts/login/")
            page.fill("#id_login", f"{account}@fairfee.example")
            page.fill("#id_password", "fairfee-demo")
            page.locator("main form button[type=submit]").last.click()
            for name, path in pages.items():
                page.goto(BASE + path.format(lang=lang))
                page.screenshot(path=OUT / f"{lang}-{name}.png", full_page=True)
        browser.close()
    print(f"screenshots in {OUT}")


if __name__ == "__main__":
    main(*sys.argv[1:])
