"""Agency staff file, preview, publish, revise and withdraw their disclosures.

Every view starts with the access helper: anyone but a verified member of the
agency (or a site admin) gets a 404."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from accounts import submissions
from agencies.access import can_manage_agency, get_agency_for_editor

from ..flags.figures import figures_of
from ..flags.rules import disclosure_findings
from ..models import Disclosure, MissingRate, PublishedRecordError
from . import selectors, services
from .forms import DisclosureForm, WithdrawForm, items_formset


def _get_disclosure(request, slug, pk, *, status=None):
    agency = get_agency_for_editor(request.user, slug)
    disclosures = Disclosure.objects.filter(agency=agency)
    if status:
        disclosures = disclosures.filter(status=status)
    return agency, get_object_or_404(disclosures.select_related("programme", "sector"), pk=pk)


def _posted_version(request) -> int | None:
    """The draft's edit_version the form was rendered with: None when none was
    sent, 0 (no real version) when it is not a number."""
    value = request.POST.get("edit_version")
    if value is None:
        return None
    try:
        return int(value)
    except ValueError:
        return 0


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
                    agency=agency,
                    items=formset.items(),
                    submission_token=submissions.read(request.POST),
                    **form.cleaned_data,
                )
            except ValidationError as error:
                form.add_error(None, error)
            else:
                # Sent twice, both answers lead to the one draft the first made.
                if not disclosure.is_draft:
                    return redirect("costs:disclosure_version", slug=agency.slug, pk=disclosure.pk)
                return redirect("costs:disclosure_preview", slug=agency.slug, pk=disclosure.pk)
    else:
        form, formset = DisclosureForm(), items_formset()
    return render(
        request,
        "costs/editor/form.html",
        {
            "agency": agency,
            "form": form,
            "formset": formset,
            "submission_token": submissions.for_form(request.POST or None),
        },
    )


@login_required
def disclosure_edit(request, slug, pk):
    # A save that arrives after the draft was published is answered, not a 404.
    status = None if request.method == "POST" else Disclosure.Status.DRAFT
    agency, disclosure = _get_disclosure(request, slug, pk, status=status)
    context = {"agency": agency, "disclosure": disclosure}
    response_status = 200
    initial = {
        "programme": disclosure.programme.code,
        "sector": disclosure.sector.code,
        "contract_months": disclosure.contract_months,
        "offered_wage": disclosure.offered_wage,
        "basic_wage": disclosure.basic_wage,
        "wage_currency": disclosure.wage_currency,
    }
    if request.method == "POST":
        form = DisclosureForm(request.POST, initial=initial, fixed_group=True)
        formset = items_formset(request.POST, add_line="add_line" in request.POST)
        # Kept through "add another line": the version this editor opened.
        context["edit_version"] = _posted_version(request)
        if "add_line" not in request.POST and form.is_valid() and formset.is_valid():
            terms = {
                k: form.cleaned_data[k]
                for k in ("contract_months", "offered_wage", "basic_wage", "wage_currency")
            }
            try:
                services.disclosure_update_draft(
                    disclosure=disclosure,
                    edit_version=context["edit_version"],
                    items=formset.items(),
                    **terms,
                )
            except services.DraftChanged as changed:
                # Nothing is overwritten and nothing typed is lost: the draft as
                # saved is shown above the form as typed, which now carries the
                # saved version, so saving again replaces it knowingly.
                response_status = 409
                context["saved"] = changed.draft
                context["saved_items"] = changed.draft.items.select_related("category")
                context["edit_version"] = changed.draft.edit_version
            except PublishedRecordError:
                response_status = 409
                form.add_error(
                    None,
                    _(
                        "These fees were published while you were editing them, so they "
                        "cannot change any more. What you typed is kept below. To change "
                        "the published fees, revise them from your list of fees."
                    ),
                )
            except Disclosure.DoesNotExist:
                response_status = 409
                form.add_error(
                    None,
                    _(
                        "This draft was deleted while you were editing it. What you typed "
                        "is kept below: add it as new fees."
                    ),
                )
            except ValidationError as error:
                form.add_error(None, error)
            else:
                return redirect("costs:disclosure_preview", slug=agency.slug, pk=disclosure.pk)
    else:
        form = DisclosureForm(initial=initial, fixed_group=True)
        formset = items_formset(initial=_item_initial(disclosure))
        context["edit_version"] = disclosure.edit_version
    context.update(form=form, formset=formset)
    return render(request, "costs/editor/form.html", context, status=response_status)


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
    agency, disclosure = _get_disclosure(request, slug, pk)
    try:
        services.disclosure_publish(
            disclosure=disclosure, by=request.user, edit_version=_posted_version(request)
        )
    except Disclosure.DoesNotExist:
        messages.error(request, _("This draft was deleted meanwhile."))
        return redirect("costs:agency_disclosures", slug=agency.slug)
    except ValidationError as error:
        disclosure.refresh_from_db(fields=["status"])
        if disclosure.is_draft:
            messages.error(request, " ".join(error.messages))
            return redirect("costs:disclosure_preview", slug=agency.slug, pk=disclosure.pk)
        if disclosure.status != Disclosure.Status.PUBLISHED:
            messages.error(request, " ".join(error.messages))
            return redirect("costs:agency_disclosures", slug=agency.slug)
        # Published already (the button pressed twice): the first one's page.
    else:
        messages.success(request, _("Your fees are published. Thank you for being open."))
    return redirect("costs:disclosure_version", slug=agency.slug, pk=disclosure.pk)


@login_required
@require_POST
def disclosure_revise(request, slug, pk):
    agency, disclosure = _get_disclosure(request, slug, pk, status=Disclosure.Status.PUBLISHED)
    try:
        draft = services.disclosure_revise(disclosure=disclosure)
    except ValidationError as error:
        # Replaced or withdrawn meanwhile.
        messages.error(request, " ".join(error.messages))
        return redirect("costs:agency_disclosures", slug=agency.slug)
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
    try:
        services.disclosure_delete_draft(disclosure=disclosure)
    except PublishedRecordError:
        messages.error(
            request,
            _(
                "These fees were published meanwhile, so they cannot be deleted. You can withdraw them."
            ),
        )
    else:
        messages.success(request, _("The draft is deleted."))
    return redirect("costs:agency_disclosures", slug=agency.slug)
