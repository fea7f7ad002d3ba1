from django.urls import path
from django.views.decorators.cache import never_cache

from . import views
from .decorators import member_required

app_name = "account"

# Nothing here is ever a page for the public page cache: forms with a CSRF token, or one person's data.
urlpatterns = [
    path("", views.home, name="home"),
    path("downloads.csv", views.downloads_csv, name="downloads-csv"),
    path("downloads.svg", views.downloads_svg, name="downloads-svg"),
    path("invitation/<str:token>/", views.invitation, name="invitation"),
    path("login/", views.LoginView.as_view(), name="login"),
    path("logout/", views.LogoutView.as_view(), name="logout"),
    path("password/reset/", views.PasswordResetView.as_view(), name="password-reset"),
    path("password/reset/sent/", views.PasswordResetDoneView.as_view(), name="password-reset-done"),
    path("password/reset/<uidb64>/<token>/", views.PasswordResetConfirmView.as_view(),
         name="password-reset-confirm"),
    path("password/reset/done/", views.PasswordResetCompleteView.as_view(), name="password-reset-complete"),
    path("password/", member_required(views.PasswordChangeView.as_view()), name="password-change"),
    path("password/changed/", member_required(views.PasswordChangeDoneView.as_view()), name="password-change-done"),
    path("email/", views.email_change, name="email-change"),
    path("email/confirm/<str:token>/", views.email_change_confirm, name="email-change-confirm"),
]
urlpatterns = [
    path(str(pattern.pattern), never_cache(pattern.callback), name=pattern.name) for pattern in urlpatterns
]
