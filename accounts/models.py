"""Accounts of member organisations' contacts: a Django user tied to one organisation, never staff."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class MemberAccount(models.Model):
    """A contact person of a member organisation, who logs in to the members' area (/account/). Several contacts
    may share an organisation; a member sees and edits only their organisation's items."""

    user = models.OneToOneField(settings.AUTH_USER_MODEL, verbose_name=_("user"), on_delete=models.CASCADE,
                                related_name="member_account")
    organisation = models.ForeignKey("members.Organisation", verbose_name=_("organisation"),
                                     on_delete=models.CASCADE, related_name="member_accounts")
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    class Meta:
        verbose_name = _("member account")
        verbose_name_plural = _("member accounts")

    def __str__(self):
        return f"{self.user.email} ({self.organisation})"


def organisation_of(user):
    """The organisation a logged-in member acts for, or None (visitors, staff without a member account)."""
    if not user.is_authenticated:
        return None
    account = getattr(user, "member_account", None)
    return account.organisation if account else None


class InvitationStatus(models.TextChoices):
    WAITING = "waiting", _("Waiting")
    ACCEPTED = "accepted", _("Accepted")
    EXPIRED = "expired", _("Expired")


class InvitationQuerySet(models.QuerySet):
    def with_status(self, status, now=None):
        """Invitations in one InvitationStatus (the admin's filter)."""
        now = now or timezone.now()
        if status == InvitationStatus.ACCEPTED:
            return self.filter(accepted_at__isnull=False)
        if status == InvitationStatus.EXPIRED:
            return self.filter(accepted_at__isnull=True, expires_at__lte=now)
        return self.filter(accepted_at__isnull=True, expires_at__gt=now)


class Invitation(models.Model):
    """Staff invite a contact of an organisation: an e-mail with a one-time link that expires (accounts.services).
    Only the SHA-256 of the link's token is kept, so the database alone cannot be used to accept an invitation."""

    organisation = models.ForeignKey("members.Organisation", verbose_name=_("organisation"),
                                     on_delete=models.CASCADE, related_name="invitations")
    email = models.EmailField(_("e-mail address"))
    language = models.CharField(_("language of the e-mail"), max_length=5, choices=settings.LANGUAGES,
                                default="en")
    token_sha256 = models.CharField(max_length=64, unique=True, editable=False)
    invited_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("invited by"), null=True, blank=True,
                                   on_delete=models.SET_NULL, related_name="+", editable=False)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    expires_at = models.DateTimeField(_("expires at"), editable=False)
    accepted_at = models.DateTimeField(_("accepted at"), null=True, blank=True, editable=False)
    user = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("account created"), null=True, blank=True,
                             on_delete=models.SET_NULL, related_name="+", editable=False)

    objects = InvitationQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("invitation")
        verbose_name_plural = _("invitations")

    def __str__(self):
        return f"{self.email} ({self.organisation})"

    @property
    def status(self):
        if self.accepted_at:
            return InvitationStatus.ACCEPTED
        if self.expires_at <= timezone.now():
            return InvitationStatus.EXPIRED
        return InvitationStatus.WAITING


class PasswordResetRequest(models.Model):
    """One request for a password-reset e-mail, kept an hour to limit how many an address or a visitor may ask
    for (accounts.views.PasswordResetView). The address is kept as its SHA-256 only: most asked-for addresses
    may have no account."""

    email_sha256 = models.CharField(max_length=64, db_index=True)
    ip_address = models.GenericIPAddressField(null=True)
    requested_at = models.DateTimeField(auto_now_add=True, db_index=True)

    def __str__(self):
        return f"{self.ip_address} {self.requested_at:%Y-%m-%d %H:%M}"
