import datetime
import hashlib

from django.conf import settings
from django.contrib import auth
from django.contrib.auth import get_user_model
from django.contrib.auth import views as auth_views
from django.contrib.auth.forms import SetPasswordForm
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse_lazy
from django.utils import timezone
from django.utils.module_loading import import_string

from toolbox import statistics

from . import area, services
from .decorators import member_required
from .forms import EmailAuthenticationForm, EmailChangeForm, MemberPasswordResetForm
from .models import InvitationStatus, PasswordResetRequest

# A few reset e-mails an hour per address, a few more per visitor's address; past that the same "sent" page shows.
RESET_LIMIT_PER_EMAIL = 3
RESET_LIMIT_PER_IP = 10
RESET_LIMIT_WINDOW = datetime.timedelta(hours=1)


@member_required
def home(request):
    """The members' area: my organisation, its items and downloads, my account; submissions add their part."""
    return render(request, "accounts/home.html", area.home_context(request.organisation))


@member_required
def downloads_csv(request):
    """Downloads per day of my organisation's resources, as a CSV file."""
    rows = statistics.downloads_per_day(organisation=request.organisation)
    return statistics.per_day_csv(rows, f"{request.organisation.slug}-downloads.csv")


@member_required
def downloads_svg(request):
    """The plot of the same numbers, as an image (pygal's SVG, drawn on the server)."""
    rows = statistics.downloads_per_day(organisation=request.organisation)
    svg = statistics.per_day_svg(rows, title=area.DOWNLOADS_TITLE, description=statistics.summary(rows))
    return HttpResponse(svg, content_type="image/svg+xml; charset=utf-8")


def invitation(request, token):
    """The link of an invitation e-mail: choose a password, and the account exists; then the members' area."""
    invitation = services.invitation_for_token(token)
    problem = None
    if invitation is None:
        problem, status = "unknown", 404
    elif invitation.status == InvitationStatus.ACCEPTED:
        problem, status = "accepted", 410
    elif invitation.status == InvitationStatus.EXPIRED:
        problem, status = "expired", 410
    elif services.email_has_account(invitation.email):
        problem, status = "has_account", 410
    if problem:
        return render(request, "accounts/invitation_invalid.html", {"problem": problem}, status=status)

    # An unsaved user, so the password validators can compare the password with the address.
    future_user = get_user_model()(username=invitation.email, email=invitation.email)
    form = SetPasswordForm(future_user, request.POST or None)
    if request.method == "POST" and form.is_valid():
        user = services.invitation_accept(invitation=invitation, password=form.cleaned_data["new_password1"])
        if user is None:  # accepted in another tab meanwhile
            return render(request, "accounts/invitation_invalid.html", {"problem": "accepted"}, status=410)
        auth.login(request, user, backend="django.contrib.auth.backends.ModelBackend")
        return redirect("account:home")
    return render(request, "accounts/invitation.html", {"form": form, "invitation": invitation})


class LoginView(auth_views.LoginView):
    template_name = "accounts/login.html"
    authentication_form = EmailAuthenticationForm
    redirect_authenticated_user = True


class LogoutView(auth_views.LogoutView):
    template_name = "accounts/logged_out.html"


def _reset_allowed(request, email):
    """Count this request for a reset e-mail; False once the address or the visitor asked too often this hour."""
    now = timezone.now()
    PasswordResetRequest.objects.filter(requested_at__lt=now - RESET_LIMIT_WINDOW).delete()
    email_sha256 = hashlib.sha256(services.normalise_email(email).encode()).hexdigest()
    ip_address = import_string(settings.AXES_CLIENT_IP_CALLABLE)(request) or None
    recent = PasswordResetRequest.objects.all()
    if (recent.filter(email_sha256=email_sha256).count() >= RESET_LIMIT_PER_EMAIL
            or (ip_address and recent.filter(ip_address=ip_address).count() >= RESET_LIMIT_PER_IP)):
        return False
    PasswordResetRequest.objects.create(email_sha256=email_sha256, ip_address=ip_address)
    return True


class PasswordResetView(auth_views.PasswordResetView):
    """Says the same whether or not the address has an account, and whether or not an e-mail was sent."""

    form_class = MemberPasswordResetForm
    template_name = "accounts/password_reset_form.html"
    email_template_name = "accounts/email/password_reset.txt"
    subject_template_name = "accounts/email/password_reset_subject.txt"
    success_url = reverse_lazy("account:password-reset-done")

    def form_valid(self, form):
        if not _reset_allowed(self.request, form.cleaned_data["email"]):
            return redirect(self.get_success_url())
        return super().form_valid(form)


class PasswordResetDoneView(auth_views.PasswordResetDoneView):
    template_name = "accounts/password_reset_done.html"


class PasswordResetConfirmView(auth_views.PasswordResetConfirmView):
    template_name = "accounts/password_reset_confirm.html"
    success_url = reverse_lazy("account:password-reset-complete")


class PasswordResetCompleteView(auth_views.PasswordResetCompleteView):
    template_name = "accounts/password_reset_complete.html"


class PasswordChangeView(auth_views.PasswordChangeView):
    template_name = "accounts/password_change_form.html"
    success_url = reverse_lazy("account:password-change-done")


class PasswordChangeDoneView(auth_views.PasswordChangeDoneView):
    template_name = "accounts/password_change_done.html"


@member_required
def email_change(request):
    """A new address and the current password: a link is sent to the new address; nothing changes before it is
    opened."""
    form = EmailChangeForm(request.POST or None, request=request)
    if request.method == "POST" and form.is_valid():
        services.email_change_request(user=request.user, new_email=form.cleaned_data["new_email"])
        return render(request, "accounts/email_change_sent.html", {"new_email": form.cleaned_data["new_email"]})
    return render(request, "accounts/email_change_form.html", {"form": form})


def email_change_confirm(request, token):
    """The link sent to the new address: a button (so that a mail scanner opening links changes nothing) that
    makes the change."""
    found = services.email_change_read(token)
    if found is None:
        return render(request, "accounts/email_change_invalid.html", status=410)
    user, new_email = found
    if request.method == "POST":
        changed = services.email_change_confirm(user=user, new_email=new_email)
        if not changed:
            return render(request, "accounts/email_change_invalid.html", {"taken": True}, status=410)
        return render(request, "accounts/email_change_done.html", {"new_email": new_email})
    return render(request, "accounts/email_change_confirm.html", {"new_email": new_email})

