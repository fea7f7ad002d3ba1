"""Accounts of member organisations' contacts: a Django user tied to one organisation, never staff."""

from django.conf import settings
from django.db import models
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
