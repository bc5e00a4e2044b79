"""Is this fee fair? A check for migrants: no account, no JavaScript, nothing
stored. The inputs travel in the link, so a result can be shared or printed."""

from django.conf import settings
from django.shortcuts import render
from django.utils.translation import gettext as _

from ..flags.rules import TIER_BREACH, TIER_MEANING, rule_value
from ..models import MissingRate, ThresholdRule
from ..pagecache import cached_page
from . import card, selectors
from .forms import FeeCheckForm
from .services import fee_check


def _check(request):
    form = FeeCheckForm(request.GET or None)
    result = None
    if request.GET and form.is_valid():
        data = form.cleaned_data
        try:
            result = fee_check(
                origin=data["o"],
                programme=data["programme"],
                sector=data["sector"],
                contract_months=data["m"],
                lines=data["lines"],
                wage=data["w"],
                wage_currency=data["wc"] or "JPY",
                agency=data["agency"],
                paid_in=data.get("d"),
            )
        except MissingRate as error:
            form.add_error(None, error)
    return form, result


def _render(request, template: str, **extra):
    form, result = _check(request)
    query = request.GET.copy()
    editing = query.pop("edit", None) is not None
    context = {"form": form, "result": result, "query": query.urlencode(), "editing": editing}
    return render(request, template, {**context, **extra})


@cached_page(listing=True)
def check(request):
    return _render(request, "costs/check.html")


# Not cached: the card tells its reader that nothing they typed was stored.
def check_card(request):
    """The result on one page to print on A4 or to share by link, with the way
    back to it on paper: the portal's address, the short link and its QR code."""
    link = card.short_link(request.GET)
    qr = card.qr_svg(link, title=_("QR code of the link to this check")) if request.GET else ""
    return _render(
        request, "costs/check_card.html", site_url=settings.SITE_URL, short_link=link, qr=qr
    )


@cached_page()
def rules_and_sources(request):
    """Every rule the checks use, with its tier, value, scope, dates, citation
    and link, one anchor per rule code, and the changelog of rule versions."""
    rules = list(selectors.rules_in_force())
    for rule in rules:
        rule.value_text = rule_value(rule.kind, rule)
    return render(
        request,
        "costs/rules.html",
        {
            "rules": [rule for rule in rules if rule.active],
            "retired": [rule for rule in rules if not rule.active],
            "tiers": [
                (value, label, TIER_MEANING[value], str(TIER_BREACH[value]) % {"reference": "…"})
                for value, label in ThresholdRule.Tier.choices
            ],
            "changes": selectors.rule_changes(),
        },
    )
