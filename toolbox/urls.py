from django.urls import path

from . import views

app_name = "toolbox"

LANGUAGE = "<str:language>"

urlpatterns = [
    path("", views.ResourceListView.as_view(), name="resource-list"),
    path("kits/", views.KitListView.as_view(), name="kit-list"),
    path("kits/<slug:slug>/", views.KitDetailView.as_view(), name="kit-detail"),
    path(f"kits/<slug:slug>/download/{LANGUAGE}/", views.kit_download, name="kit-download"),
    path("<slug:slug>/", views.ResourceDetailView.as_view(), name="resource-detail"),
    path("<slug:slug>/download/", views.download, name="download"),
    path(f"<slug:slug>/download/{LANGUAGE}/", views.download, name="download-language"),
    path("<slug:slug>/sheet/", views.sheet, name="sheet"),
    path(f"<slug:slug>/thumbnail/{LANGUAGE}/", views.thumbnail, name="thumbnail"),
]
