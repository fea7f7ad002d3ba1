from django.urls import path

from . import views

app_name = "research"

urlpatterns = [
    path("", views.ResearchEntryListView.as_view(), name="entry-list"),
    path("<slug:slug>/", views.ResearchEntryDetailView.as_view(), name="entry-detail"),
]
