from django import forms
from django.contrib import admin, messages
from django.contrib.auth import get_user_model
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from . import services
from .models import Invitation, InvitationStatus, MemberAccount


class InvitationStatusFilter(admin.SimpleListFilter):
    title = _("status")
    parameter_name = "status"

    def lookups(self, request, model_admin):
        return InvitationStatus.choices

    def queryset(self, request, queryset):
        if self.value() in InvitationStatus.values:
            return queryset.with_status(self.value())
        return queryset


class InvitationForm(forms.ModelForm):
    class Meta:
        model = Invitation
        fields = ["organisation", "email", "language"]

    def clean_email(self):
        email = services.normalise_email(self.cleaned_data["email"])
        if services.email_has_account(email):
            raise forms.ValidationError(_("This address already has an account: its owner logs in, or asks for a "
                                          "new password on the log-in page."))
        if Invitation.objects.with_status(InvitationStatus.WAITING).filter(email=email).exists():
            raise forms.ValidationError(_("This address already has a waiting invitation: select it in the list "
                                          "and choose \"Send again\"."))
        return email


@admin.register(Invitation)
class InvitationAdmin(admin.ModelAdmin):
    """Staff invite a contact of a member organisation: saving the form sends the e-mail. An invitation is not
    edited afterwards; "Send again" gives it a new link (the old one stops working) and a new expiry date."""

    form = InvitationForm
    list_display = ["email", "organisation", "language", "status_display", "created_at", "expires_at", "invited_by"]
    list_filter = [InvitationStatusFilter, "language", "organisation"]
    list_select_related = ["organisation", "invited_by"]
    search_fields = ["email", "organisation__name", "organisation__acronym"]
    autocomplete_fields = ["organisation"]
    date_hierarchy = "created_at"
    actions = ["send_again"]

    @admin.display(description=_("status"))
    def status_display(self, invitation):
        return invitation.status.label

    def get_readonly_fields(self, request, obj=None):
        if obj is None:
            return []
        return ["organisation", "email", "language", "status_display", "invited_by", "created_at", "expires_at",
                "accepted_at", "user"]

    def get_fields(self, request, obj=None):
        if obj is None:
            return ["organisation", "email", "language"]
        return self.get_readonly_fields(request, obj)

    def has_change_permission(self, request, obj=None):
        # The change page only shows the invitation; its status changes through "Send again" or its link.
        return obj is None and super().has_change_permission(request)

    def save_model(self, request, obj, form, change):
        obj.invited_by = request.user
        services.invitation_send(invitation=obj)

    def response_add(self, request, obj, post_url_continue=None):
        self.message_user(request, _("The invitation was sent to %(email)s.") % {"email": obj.email},
                          messages.SUCCESS)
        return self.response_post_save_add(request, obj)

    @admin.action(description=_("Send again (a new link; the old one stops working)"),
                  permissions=["add"])
    def send_again(self, request, queryset):
        sent = 0
        for invitation in queryset.select_related("organisation"):
            if invitation.status != InvitationStatus.ACCEPTED:
                services.invitation_send(invitation=invitation)
                sent += 1
        skipped = queryset.count() - sent
        if sent:
            self.message_user(request, ngettext("%(count)d invitation sent again.",
                                                "%(count)d invitations sent again.", sent) % {"count": sent},
                              messages.SUCCESS)
        if skipped:
            self.message_user(request, ngettext("%(count)d invitation was already accepted and was not sent.",
                                                "%(count)d invitations were already accepted and were not sent.",
                                                skipped) % {"count": skipped}, messages.WARNING)


@admin.register(MemberAccount)
class MemberAccountAdmin(admin.ModelAdmin):
    """Who may log in to the members' area for which organisation. Accounts are made by invitation; a deactivated
    account can no longer log in (its user is inactive) and can be activated again."""

    list_display = ["email", "organisation", "last_login", "is_active", "created_at"]
    list_filter = ["user__is_active", "organisation"]
    list_select_related = ["user", "organisation"]
    search_fields = ["user__email", "organisation__name", "organisation__acronym"]
    fields = ["email", "organisation", "last_login", "is_active", "created_at"]
    readonly_fields = fields
    actions = ["deactivate", "activate"]

    @admin.display(description=_("e-mail address"), ordering="user__email")
    def email(self, account):
        return account.user.email

    @admin.display(description=_("last log-in"), ordering="user__last_login")
    def last_login(self, account):
        return account.user.last_login

    @admin.display(description=_("active"), boolean=True, ordering="user__is_active")
    def is_active(self, account):
        return account.user.is_active

    def has_add_permission(self, request):
        return False  # by invitation only

    def _set_active(self, queryset, active):
        return get_user_model().objects.filter(member_account__in=queryset).update(is_active=active)

    @admin.action(description=_("Deactivate (can no longer log in)"), permissions=["change"])
    def deactivate(self, request, queryset):
        count = self._set_active(queryset, False)
        self.message_user(request, ngettext("%(count)d account deactivated.", "%(count)d accounts deactivated.",
                                            count) % {"count": count}, messages.SUCCESS)

    @admin.action(description=_("Activate again"), permissions=["change"])
    def activate(self, request, queryset):
        count = self._set_active(queryset, True)
        self.message_user(request, ngettext("%(count)d account activated.", "%(count)d accounts activated.",
                                            count) % {"count": count}, messages.SUCCESS)
