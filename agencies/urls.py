from django.urls import path

from . import views

app_name = "agencies"

urlpatterns = [
    path("my-agencies/", views.my_agencies, name="mine"),
    path("my-agencies/claim/", views.claim, name="claim"),
    path("my-agencies/<slug:slug>/members/", views.members, name="members"),
    path(
        "my-agencies/<slug:slug>/members/<int:pk>/remove/",
        views.member_remove,
        name="member_remove",
    ),
    path("invitations/<str:token>/", views.accept_invitation, name="accept_invitation"),
    path("staff/licence-register/", views.register_upload, name="register_upload"),
]
