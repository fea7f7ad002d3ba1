from django.urls import path

from . import views

app_name = "submissions"

# Under /account/submissions/ in each language (network_site/urls.py): the members' area.
urlpatterns = [
    path("", views.submission_list, name="list"),
    path("action/", views.action_new, name="action-new"),
    path("our-page/", views.propose_organisation, name="propose-organisation"),
    path("project/<slug:slug>/", views.propose_project, name="propose-project"),
    path("<int:pk>/", views.submission_detail, name="detail"),
    path("<int:pk>/send/", views.submission_send, name="send"),
    path("<int:pk>/<slug:step>/", views.submission_edit, name="edit"),
    path("<int:pk>/files/<int:file_pk>/", views.file_download, name="file-download"),
    path("<int:pk>/files/<int:file_pk>/remove/", views.file_remove, name="file-remove"),
]
