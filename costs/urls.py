from django.urls import path

from .views import editor, public

app_name = "costs"

urlpatterns = [
    path("compare/", public.compare, name="compare"),
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
