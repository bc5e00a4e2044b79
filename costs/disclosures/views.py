"""Agency staff file, preview, publish, revise and withdraw their disclosures.

Every view starts with the access helper: anyone but a verified member of the
agency (or a site admin) gets a 404."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from agencies.access import can_manage_agency, get_agency_for_editor

from ..flags.figures import figures_of
from ..flags.rules import disclosure_findings
from ..models import Disclosure, MissingRate
from . import selectors, services
from .forms import DisclosureForm, WithdrawForm, items_formset


def _get_disclosure(request, slug, pk, *, status=None):
    agency = get_agency_for_editor(request.user, slug)
    disclosures = Disclosure.objects.filter(agency=agency)
    if status:
        disclosures = disclosures.filter(status=status)
    return agency, get_object_or_404(disclosures.select_related("programme", "sector"), pk=pk)


def _item_initial(disclosure):
    return [
        {
            "category": item.category.code,
            "amount": item.amount,
            "currency": item.currency,
            "payer": item.payer,
            "note": item.note,
        }
        for item in disclosure.items.select_related("category")
    ]


@login_required
def agency_disclosures(request, slug):
    agency = get_agency_for_editor(request.user, slug)
    return render(
        request,
        "costs/editor/list.html",
        {
            "agency": agency,
            "disclosures": selectors.agency_disclosures_for_staff(agency),
            "can_manage": can_manage_agency(request.user, agency),
        },
    )


@login_required
def disclosure_new(request, slug):
    agency = get_agency_for_editor(request.user, slug)
    if request.method == "POST":
        form = DisclosureForm(request.POST)
        formset = items_formset(request.POST, add_line="add_line" in request.POST)
        if "add_line" not in request.POST and form.is_valid() and formset.is_valid():
            try:
                disclosure = services.disclosure_create(
                    agency=agency, items=formset.items(), **form.cleaned_data
                )
            except ValidationError as error:
                form.add_error(None, error)
            else:
                return redirect("costs:disclosure_preview", slug=agency.slug, pk=disclosure.pk)
    else:
        form, formset = DisclosureForm(), items_formset()
    return render(
        request, "costs/editor/form.html", {"agency": agency, "form": form, "formset": formset}
    )


@login_required
def disclosure_edit(request, slug, pk):
    agency, disclosure = _get_disclosure(request, slug, pk, status=Disclosure.Status.DRAFT)
    initial = {
        "programme": disclosure.programme.code,
        "sector": disclosure.sector.code,
        "contract_months": disclosure.contract_months,
        "offered_wage": disclosure.offered_wage,
        "wage_currency": disclosure.wage_currency,
    }
    if request.method == "POST":
        form = DisclosureForm(request.POST, initial=initial, fixed_group=True)
        formset = items_formset(request.POST, add_line="add_line" in request.POST)
        if "add_line" not in request.POST and form.is_valid() and formset.is_valid():
            terms = {
                k: form.cleaned_data[k]
                for k in ("contract_months", "offered_wage", "wage_currency")
            }
            try:
                services.disclosure_update_draft(
                    disclosure=disclosure, items=formset.items(), **terms
                )
            except ValidationError as error:
                form.add_error(None, error)
            else:
                return redirect("costs:disclosure_preview", slug=agency.slug, pk=disclosure.pk)
    else:
        form = DisclosureForm(initial=initial, fixed_group=True)
        formset = items_formset(initial=_item_initial(disclosure))
    return render(
        request,
        "costs/editor/form.html",
        {"agency": agency, "form": form, "formset": formset, "disclosure": disclosure},
    )


@login_required
def disclosure_preview(request, slug, pk):
    agency, disclosure = _get_disclosure(request, slug, pk, status=Disclosure.Status.DRAFT)
    try:
        figures = figures_of(disclosure)
    except MissingRate as error:
        figures, findings = None, []
        messages.error(request, error.messages[0])
    else:
        findings = disclosure_findings(figures)
    return render(
        request,
        "costs/editor/preview.html",
        {
            "agency": agency,
            "disclosure": disclosure,
            "items": disclosure.items.select_related("category"),
            "figures": figures,
            "months": figures.months if figures else None,
            "findings": findings,
        },
    )


@login_required
@require_POST
def disclosure_publish(request, slug, pk):
    agency, disclosure = _get_disclosure(request, slug, pk, status=Disclosure.Status.DRAFT)
    try:
        services.disclosure_publish(disclosure=disclosure, by=request.user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
        return redirect("costs:disclosure_preview", slug=agency.slug, pk=disclosure.pk)
    messages.success(request, _("Your fees are published. Thank you for being open."))
    return redirect("costs:disclosure_version", slug=agency.slug, pk=disclosure.pk)


@login_required
@require_POST
def disclosure_revise(request, slug, pk):
    agency, disclosure = _get_disclosure(request, slug, pk, status=Disclosure.Status.PUBLISHED)
    draft = services.disclosure_revise(disclosure=disclosure)
    return redirect("costs:disclosure_edit", slug=agency.slug, pk=draft.pk)


@login_required
def disclosure_withdraw(request, slug, pk):
    agency, disclosure = _get_disclosure(request, slug, pk, status=Disclosure.Status.PUBLISHED)
    form = WithdrawForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        services.disclosure_withdraw(
            disclosure=disclosure, by=request.user, reason=form.cleaned_data["reason"]
        )
        messages.success(request, _("The fees are withdrawn. The reason is shown to the public."))
        return redirect("costs:agency_disclosures", slug=agency.slug)
    return render(
        request,
        "costs/editor/withdraw.html",
        {"agency": agency, "disclosure": disclosure, "form": form},
    )


@login_required
@require_POST
def disclosure_delete(request, slug, pk):
    agency, disclosure = _get_disclosure(request, slug, pk, status=Disclosure.Status.DRAFT)
    services.disclosure_delete_draft(disclosure=disclosure)
    messages.success(request, _("The draft is deleted."))
    return redirect("costs:agency_disclosures", slug=agency.slug)
