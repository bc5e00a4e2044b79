"""/api/v1/: outside the language prefixes, the same for every reader."""

from django.urls import path, re_path
from rest_framework.routers import SimpleRouter

from . import api, views

app_name = "opendata"

router = SimpleRouter()
router.register("agencies", api.AgencyViewSet, basename="agencies")
router.register("disclosures", api.DisclosureViewSet, basename="disclosures")
router.register("report-summaries", api.ReportSummaryViewSet, basename="report-summaries")
router.register("flags", api.FlagViewSet, basename="flags")
router.register("rules", api.RuleViewSet, basename="rules")
router.register("corridors", api.CorridorViewSet, basename="corridors")
router.register("countries", api.CountryViewSet, basename="countries")
router.register("currencies", api.CurrencyViewSet, basename="currencies")
router.register("programmes", api.ProgrammeViewSet, basename="programmes")
router.register("sectors", api.SectorViewSet, basename="sectors")
router.register("cost-categories", api.CostCategoryViewSet, basename="cost-categories")

urlpatterns = [
    path("", api.Root.as_view(), name="index"),
    path("schema/", api.Schema.as_view(), name="schema"),
    path("docs/", api.Docs.as_view(), name="docs"),
    path("dump.zip", views.dump_download, name="dump"),
    *router.urls,
    re_path(r"^", api.NotFound.as_view()),
]
