from django.urls import path

from . import views

app_name = "costs"

urlpatterns = [
    path("compare/", views.compare, name="compare"),
    path("agencies/<slug:slug>/", views.agency_profile, name="agency"),
]
