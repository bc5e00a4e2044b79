from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path

from . import views

urlpatterns = [
    path("healthz", views.healthz, name="healthz"),
    path("admin/", admin.site.urls),
    path("g/<slug:slug>/", views.short_guide, name="short_guide"),
    path("c/", views.short_check, name="short_check"),
    # The open-data API: one address for every language (costs/opendata/).
    path("api/v1/", include("costs.opendata.urls")),
]

if settings.BENCH_HELLO:
    urlpatterns.append(path("bench/hello/", views.bench_hello))

urlpatterns += i18n_patterns(
    path("", views.home, name="home"),
    path("guides/", views.guide_list, name="guides"),
    path("guides/<slug:slug>/", views.guide_detail, name="guide"),
    path("", include("costs.urls")),
    path("", include("agencies.urls")),
    path("accounts/", include("allauth.urls")),
)
