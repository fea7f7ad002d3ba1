from django.urls import path
from django.views.decorators.cache import never_cache

from . import views
from .decorators import member_required

app_name = "account"


def page(route, view, name):
    """Never kept in the public page cache: each page is a form with a CSRF token, or one member's data."""
    return path(route, never_cache(view), name=name)


urlpatterns = [
    page("", views.home, "home"),
    page("downloads.csv", views.downloads_csv, "downloads-csv"),
    page("downloads.svg", views.downloads_svg, "downloads-svg"),
    page("invitation/<str:token>/", views.invitation, "invitation"),
    page("login/", views.LoginView.as_view(), "login"),
    page("logout/", views.LogoutView.as_view(), "logout"),
    page("password/reset/", views.PasswordResetView.as_view(), "password-reset"),
    page("password/reset/sent/", views.PasswordResetDoneView.as_view(), "password-reset-done"),
    page("password/reset/<uidb64>/<token>/", views.PasswordResetConfirmView.as_view(), "password-reset-confirm"),
    page("password/reset/done/", views.PasswordResetCompleteView.as_view(), "password-reset-complete"),
    page("password/", member_required(views.PasswordChangeView.as_view()), "password-change"),
    page("password/changed/", member_required(views.PasswordChangeDoneView.as_view()), "password-change-done"),
    page("email/", views.email_change, "email-change"),
    page("email/confirm/<str:token>/", views.email_change_confirm, "email-change-confirm"),
]
