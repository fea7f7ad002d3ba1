from django import forms
from django.contrib.auth import authenticate
from django.contrib.auth.forms import AuthenticationForm, PasswordResetForm
from django.utils.translation import gettext_lazy as _

from .services import normalise_email


class EmailAuthenticationForm(AuthenticationForm):
    """Log in with the e-mail address. The error never says which of the two is wrong."""

    username = forms.EmailField(label=_("E-mail"), max_length=254,
                                widget=forms.EmailInput(attrs={"autofocus": True, "autocomplete": "email"}))
    error_messages = {
        "invalid_login": _("This e-mail address and password do not match an active account. Check both and try "
                           "again."),
        "inactive": _("This e-mail address and password do not match an active account. Check both and try again."),
    }

    def clean_username(self):
        return normalise_email(self.cleaned_data["username"])


class MemberPasswordResetForm(PasswordResetForm):
    """Reset e-mails go to members only: staff accounts keep their own way in (README, "Staff accounts")."""

    def get_users(self, email):
        return (user for user in super().get_users(email) if hasattr(user, "member_account"))


class EmailChangeForm(forms.Form):
    """A new address, confirmed with the current password (counted by django-axes like a log-in)."""

    new_email = forms.EmailField(label=_("New e-mail address"), max_length=254,
                                 widget=forms.EmailInput(attrs={"autocomplete": "email"}))
    password = forms.CharField(label=_("Current password"), strip=False,
                               widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}))

    def __init__(self, *args, request, **kwargs):
        self.request = request
        super().__init__(*args, **kwargs)

    def clean_new_email(self):
        email = normalise_email(self.cleaned_data["new_email"])
        if email == self.request.user.email.lower():
            raise forms.ValidationError(_("This is already your e-mail address."), code="same")
        return email

    def clean_password(self):
        password = self.cleaned_data["password"]
        user = authenticate(self.request, username=self.request.user.username, password=password)
        if user is None or user.pk != self.request.user.pk:
            raise forms.ValidationError(_("This is not your current password."), code="wrong_password")
        return password
