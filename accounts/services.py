"""Writes of the accounts app: invitations sent and accepted, e-mail address changes. Each sends its e-mail through
Django's e-mail framework (the console with `make run`, SMTP in production: README, "Member accounts")."""

import datetime
import hashlib
import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core import signing
from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation

from .models import Invitation, InvitationStatus, MemberAccount

EMAIL_CHANGE_SALT = "accounts.email-change"


def token_sha256(token):
    return hashlib.sha256(token.encode()).hexdigest()


def normalise_email(email):
    """Addresses are compared and stored in lower case: the address is also the log-in name."""
    return email.strip().lower()


def email_has_account(email):
    """Whether some user (member or staff) already logs in with or receives mail at this address."""
    email = normalise_email(email)
    return get_user_model().objects.filter(username__iexact=email).exists() or (
        get_user_model().objects.filter(email__iexact=email).exists()
    )


def absolute_url(path):
    return settings.SITE_URL.rstrip("/") + path


def _send(*, template, language, to, context):
    """A text e-mail in `language`: templates accounts/email/<template>_subject.txt and <template>.txt."""
    with translation.override(language):
        subject = " ".join(render_to_string(f"accounts/email/{template}_subject.txt", context).split())
        body = render_to_string(f"accounts/email/{template}.txt", context)
    send_mail(subject, body, None, [to])


def invitation_create(*, organisation, email, language, invited_by=None):
    """A new invitation for `email` to act for `organisation`, sent at once. Returns it, with its link's `token`
    (known only here and in the e-mail)."""
    invitation = Invitation(organisation=organisation, email=normalise_email(email), language=language,
                            invited_by=invited_by)
    return invitation_send(invitation=invitation)


def invitation_send(*, invitation):
    """Send `invitation` (again): a new token and a new expiry date, so any earlier link no longer works."""
    token = secrets.token_urlsafe(32)
    invitation.token_sha256 = token_sha256(token)
    invitation.expires_at = timezone.now() + datetime.timedelta(days=settings.INVITATION_DAYS)
    invitation.full_clean()
    invitation.save()
    invitation.token = token
    with translation.override(invitation.language):
        link = absolute_url(reverse("account:invitation", args=[token]))
    _send(template="invitation", language=invitation.language, to=invitation.email, context={
        "invitation": invitation, "organisation": invitation.organisation, "link": link,
        "days": settings.INVITATION_DAYS,
    })
    return invitation


def invitation_for_token(token):
    """The invitation whose link holds `token` (whatever its status), or None."""
    return Invitation.objects.select_related("organisation").filter(token_sha256=token_sha256(token)).first()


def invitation_accept(*, invitation, password):
    """The invited contact chose `password`: their user (the e-mail address is the log-in name) and member account.
    Returns the user, or None when the invitation is no longer waiting or the address got an account meanwhile."""
    with transaction.atomic():
        invitation = Invitation.objects.select_for_update().get(pk=invitation.pk)
        if invitation.status != InvitationStatus.WAITING or email_has_account(invitation.email):
            return None
        user = get_user_model().objects.create_user(username=invitation.email, email=invitation.email,
                                                    password=password)
        account = MemberAccount(user=user, organisation=invitation.organisation)
        account.full_clean()
        account.save()
        invitation.accepted_at = timezone.now()
        invitation.user = user
        invitation.save(update_fields=["accepted_at", "user"])
    return user


def email_change_request(*, user, new_email):
    """Send a signed link to `new_email`; the address changes only when it is opened (email_change_confirm). The
    link dies once the address has changed, and after EMAIL_CHANGE_DAYS."""
    new_email = normalise_email(new_email)
    token = signing.dumps({"user": user.pk, "old": user.email, "new": new_email}, salt=EMAIL_CHANGE_SALT)
    link = absolute_url(reverse("account:email-change-confirm", args=[token]))
    _send(template="email_change", language=translation.get_language(), to=new_email,
          context={"user": user, "new_email": new_email, "link": link, "days": settings.EMAIL_CHANGE_DAYS})


def email_change_read(token):
    """(user, new address) from an e-mail change link still valid, else None."""
    try:
        data = signing.loads(token, salt=EMAIL_CHANGE_SALT,
                             max_age=datetime.timedelta(days=settings.EMAIL_CHANGE_DAYS))
    except (signing.BadSignature, TypeError, ValueError):
        return None
    user = get_user_model().objects.filter(pk=data.get("user"), is_active=True).first()
    if user is None or user.email != data.get("old"):
        return None
    return user, data["new"]


def email_change_confirm(*, user, new_email):
    """Change the address (and so the log-in name); the old address is told. False if another account has it."""
    old_email = user.email
    with transaction.atomic():
        if get_user_model().objects.exclude(pk=user.pk).filter(username__iexact=new_email).exists() or (
            get_user_model().objects.exclude(pk=user.pk).filter(email__iexact=new_email).exists()
        ):
            return False
        user.email = user.username = new_email
        user.save(update_fields=["email", "username"])
    _send(template="email_changed", language=translation.get_language(), to=old_email,
          context={"user": user, "new_email": new_email})
    return True
