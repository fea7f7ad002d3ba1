"""Staff review of what members send: the queue (what waits for review first), each submission side by side with
what is published, its files and audit trail, and the three decisions."""

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST

from . import services
from .models import REVIEWABLE_STATES, Submission, SubmissionFile, SubmissionState
from .views import download

ALL = "all"


class StateFilter(admin.SimpleListFilter):
    """The queue: by default what waits for review; "All" shows every state."""

    title = _("state")
    parameter_name = "state"

    def lookups(self, request, model_admin):
        return [*SubmissionState.choices, (ALL, _("All"))]

    def value(self):
        return super().value() or SubmissionState.SUBMITTED

    def choices(self, changelist):
        for lookup, title in self.lookup_choices:
            yield {"selected": self.value() == str(lookup), "display": title,
                   "query_string": changelist.get_query_string({self.parameter_name: lookup})}

    def queryset(self, request, queryset):
        value = self.value()
        if value == ALL:
            return queryset
        if value in SubmissionState.values:
            return queryset.filter(state=value)
        return queryset.none()


@admin.register(Submission)
class SubmissionAdmin(admin.ModelAdmin):
    list_display = ["title", "organisation", "kind", "state", "submitted_at"]
    list_filter = [StateFilter, "kind", "organisation"]
    list_select_related = ["organisation"]
    search_fields = ["title", "organisation__name_en", "organisation__name_fr", "organisation__name_es",
                     "organisation__acronym"]
    date_hierarchy = "submitted_at"
    ordering = ["submitted_at", "pk"]
    view_on_site = False  # the member's page, which staff cannot open  # a queue: the longest waiting first
    change_form_template = "admin/submissions/submission/change_form.html"
    fields = ["organisation", "created_by", "kind", "project", "language", "state", "submitted_at", "decided_at",
              "created_resource"]

    def has_add_permission(self, request):
        return False  # members create submissions, in their area

    def get_readonly_fields(self, request, obj=None):
        return self.fields

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("organisation", "project", "created_by", "resource")

    @admin.display(description=_("resource created"))
    def created_resource(self, obj):
        if obj.resource is None:
            return "—"
        return format_html("<a href='{}'>{}</a>", reverse("admin:toolbox_resource_change", args=[obj.resource.pk]),
                           obj.resource)

    def change_view(self, request, object_id, form_url="", extra_context=None):
        if request.method == "POST":
            # Nothing on the page is edited in place: staff decide with the review form (review_view).
            return redirect(request.path)
        submission = self.get_object(request, object_id)
        extra = {}
        if submission is not None:
            extra = {
                "submission": submission,
                "differences": services.differences(submission),
                "target": services.target_of(submission),
                "files": submission.files.all(),
                "events": submission.events.select_related("actor"),
                "can_decide": submission.state in REVIEWABLE_STATES and self.has_change_permission(request, submission),
                "review_url": reverse("admin:submissions_submission_review", args=[submission.pk]),
            }
        return super().change_view(request, object_id, form_url, {**extra, **(extra_context or {})})

    def get_urls(self):
        return [
            path("<int:pk>/review/", self.admin_site.admin_view(require_POST(self.review_view)),
                 name="submissions_submission_review"),
            path("<int:pk>/files/<int:file_pk>/", self.admin_site.admin_view(self.file_view),
                 name="submissions_submission_file"),
            *super().get_urls(),
        ]

    def review_view(self, request, pk):
        """Request changes, accept or decline, with the staff member's message."""
        submission = get_object_or_404(Submission, pk=pk)
        if not self.has_change_permission(request, submission):
            raise PermissionDenied
        decision, message = request.POST.get("decision"), request.POST.get("message", "")
        decide = {"changes": services.submission_request_changes, "accept": services.submission_accept,
                  "decline": services.submission_decline}.get(decision)
        back = reverse("admin:submissions_submission_change", args=[pk])
        if decide is None:
            messages.error(request, gettext("Choose what to do with the submission."))
            return redirect(back)
        try:
            submission = decide(submission=submission, user=request.user, message=message)
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
            return redirect(back)
        done = {"changes": gettext("Sent back to %(organisation)s with your message; they are told by e-mail."),
                "accept": gettext("Accepted and published; %(organisation)s is told by e-mail."),
                "decline": gettext("Declined; %(organisation)s is told by e-mail.")}[decision]
        messages.success(request, done % {"organisation": submission.organisation})
        if decision == "accept" and submission.resource_id:
            return redirect("admin:toolbox_resource_change", submission.resource_id)
        return redirect(reverse("admin:submissions_submission_changelist"))

    def file_view(self, request, pk, file_pk):
        if not self.has_view_permission(request):
            raise PermissionDenied
        return download(request, get_object_or_404(SubmissionFile, submission_id=pk, pk=file_pk))
