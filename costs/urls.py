from django.urls import path

from .disclosures import views as editor
from .feecheck import views as check
from .opendata import views as opendata
from .public import views as public
from .reports import moderation
from .reports import views as reports
from .review import views as review

app_name = "costs"

urlpatterns = [
    path("review/", review.review_queue, name="review_queue"),
    path("review/flags.csv", review.review_export, name="review_export"),
    path("review/dashboard/", review.review_dashboard, name="review_dashboard"),
    path("review/claims/", review.review_claims, name="review_claims"),
    path("review/flags/<int:pk>/", review.review_flag, name="review_flag"),
    path("review/flags/<int:pk>/<slug:action>/", review.review_action, name="review_action"),
    path("review/agencies/<slug:slug>/licence/", review.licence_action, name="licence_action"),
    path("my-agencies/<slug:slug>/flags/", review.agency_flags, name="agency_flags"),
    path("check/", check.check, name="check"),
    path("check/card/", check.check_card, name="check_card"),
    path("rules/", check.rules_and_sources, name="rules"),
    path("report/", reports.report_start, name="report_start"),
    path("report/new/", reports.report_new, name="report_new"),
    path("report/thanks/", reports.report_thanks, name="report_thanks"),
    path("report/receipt/", reports.report_receipt, name="report_receipt"),
    path("report/mine/", reports.report_mine, name="report_mine"),
    path("report/mine/correct/", reports.report_correct, name="report_correct"),
    path("report/mine/delete/", reports.report_delete, name="report_delete"),
    path("report/mine/close/", reports.report_forget, name="report_forget"),
    path("moderation/", moderation.moderation_queue, name="moderation_queue"),
    path("moderation/<int:pk>/", moderation.moderation_report, name="moderation_report"),
    path("moderation/import/", moderation.bulk_import, name="bulk_import"),
    path("moderation/import/template.csv", moderation.bulk_template, name="bulk_template"),
    path("moderation/import/<int:pk>/", moderation.bulk_import_batch, name="bulk_import_batch"),
    path("compare/", public.compare, name="compare"),
    path("how-we-protect-reporters/", public.protecting_reporters, name="protecting_reporters"),
    path("statistics/", opendata.statistics, name="statistics"),
    path("open-data/", opendata.open_data, name="open_data"),
    path("open-data/data-dictionary/", opendata.data_dictionary, name="data_dictionary"),
    path("agencies/<slug:slug>/", public.agency_profile, name="agency"),
    path(
        "agencies/<slug:slug>/fees/<int:pk>/", public.disclosure_version, name="disclosure_version"
    ),
    path("my-agencies/<slug:slug>/fees/", editor.agency_disclosures, name="agency_disclosures"),
    path("my-agencies/<slug:slug>/fees/new/", editor.disclosure_new, name="disclosure_new"),
    path(
        "my-agencies/<slug:slug>/fees/<int:pk>/edit/",
        editor.disclosure_edit,
        name="disclosure_edit",
    ),
    path(
        "my-agencies/<slug:slug>/fees/<int:pk>/preview/",
        editor.disclosure_preview,
        name="disclosure_preview",
    ),
    path(
        "my-agencies/<slug:slug>/fees/<int:pk>/publish/",
        editor.disclosure_publish,
        name="disclosure_publish",
    ),
    path(
        "my-agencies/<slug:slug>/fees/<int:pk>/revise/",
        editor.disclosure_revise,
        name="disclosure_revise",
    ),
    path(
        "my-agencies/<slug:slug>/fees/<int:pk>/withdraw/",
        editor.disclosure_withdraw,
        name="disclosure_withdraw",
    ),
    path(
        "my-agencies/<slug:slug>/fees/<int:pk>/delete/",
        editor.disclosure_delete,
        name="disclosure_delete",
    ),
]
