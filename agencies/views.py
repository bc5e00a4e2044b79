from django.contrib import messages
from django.contrib.admin.views.decorators import staff_member_required
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from accounts import submissions

from . import services
from .access import get_agency_for_owner
from .forms import ClaimForm, InviteForm, RegisterUploadForm
from .models import AgencyMembership, origin_choices
from .registers import register_import


@login_required
def my_agencies(request):
    memberships = request.user.agency_memberships.select_related("agency").order_by("agency__name")
    return render(request, "agencies/mine.html", {"memberships": memberships})


@login_required
def claim(request):
    form = ClaimForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.agency_claim(
                user=request.user,
                submission_token=submissions.read(request.POST),
                **form.cleaned_data,
            )
        except ValidationError as error:
            form.add_error("licence_number", error)
        else:
            messages.success(
                request,
                _(
                    "Thank you. We will check your claim and tell you by e-mail when it is verified."
                ),
            )
            return redirect("agencies:mine")
    return render(
        request,
        "agencies/claim.html",
        {"form": form, "submission_token": submissions.for_form(request.POST or None)},
    )


@login_required
def members(request, slug):
    agency = get_agency_for_owner(request.user, slug)
    form = InviteForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        services.editor_invite(agency=agency, email=form.cleaned_data["email"], by=request.user)
        messages.success(request, _("The invitation is sent."))
        return redirect("agencies:members", slug=agency.slug)
    return render(
        request,
        "agencies/members.html",
        {
            "agency": agency,
            "members": agency.memberships.select_related("user").order_by("role", "pk"),
            "invitations": agency.invitations.filter(accepted_at__isnull=True),
            "form": form,
        },
    )


@login_required
@require_POST
def member_remove(request, slug, pk):
    agency = get_agency_for_owner(request.user, slug)
    membership = get_object_or_404(AgencyMembership, agency=agency, pk=pk)
    try:
        services.member_remove(membership=membership, by=request.user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("The person is removed from the agency."))
    return redirect("agencies:members", slug=agency.slug)


@login_required
def accept_invitation(request, token):
    if request.method == "POST":
        try:
            membership = services.invitation_accept(token=token, user=request.user)
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
            return redirect("agencies:mine")
        messages.success(
            request, _("You are now an editor of %(agency)s.") % {"agency": membership.agency}
        )
        return redirect("costs:agency_disclosures", slug=membership.agency.slug)
    return render(request, "agencies/accept_invitation.html", {"token": token})


@staff_member_required
def register_upload(request):
    form = RegisterUploadForm(request.POST or None, request.FILES or None)
    errors = []
    if request.method == "POST" and form.is_valid():
        try:
            result = register_import(
                text=form.cleaned_data["file"],
                authority=form.cleaned_data["authority"],
                as_of=form.cleaned_data["as_of"],
                by=request.user,
                file_name=request.FILES["file"].name,
            )
        except ValidationError as error:
            errors = error.messages
        else:
            messages.success(
                request,
                _(
                    "Imported: %(created)s new, %(updated)s updated, %(delisted)s no longer on the register."
                )
                % {
                    "created": result.created,
                    "updated": result.updated,
                    "delisted": result.delisted,
                },
            )
            return redirect("agencies:register_upload")
    codes = ", ".join(code for code, _name in origin_choices())
    return render(
        request, "agencies/register_upload.html", {"form": form, "errors": errors, "codes": codes}
    )
