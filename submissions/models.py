"""What member organisations send for review: actions for the toolbox and changes to their pages.

Nothing here is public. A submission becomes public content only when staff accept it (submissions/services.py),
which creates the toolbox resource or writes the organisation's or project's page."""

import uuid
from pathlib import Path

from django.conf import settings
from django.db import models
from django.db.models.signals import post_delete
from django.dispatch import receiver
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from core.storage import delete_file_after_commit
from toolbox.models import FILE_LANGUAGES, FileFormat, private_storage


class SubmissionKind(models.TextChoices):
    ACTION = "action", _("New toolbox action")
    ORGANISATION = "organisation", _("Change to our organisation's page")
    PROJECT = "project", _("Change to one of our projects")


class SubmissionState(models.TextChoices):
    DRAFT = "draft", _("Draft")
    SUBMITTED = "submitted", _("Waiting for review")
    CHANGES_REQUESTED = "changes", _("Changes requested")
    ACCEPTED = "accepted", _("Accepted")
    DECLINED = "declined", _("Declined")


# What a member may still edit; what staff may decide on.
EDITABLE_STATES = {SubmissionState.DRAFT, SubmissionState.CHANGES_REQUESTED}
REVIEWABLE_STATES = {SubmissionState.SUBMITTED}


def submission_file_path(instance, filename):
    """A generated name in the private storage: no uploaded name reaches the disk, nothing under MEDIA."""
    return f"submissions/{uuid.uuid4().hex}{Path(filename).suffix.lower()[:6]}"


class SubmissionQuerySet(models.QuerySet):
    def of(self, organisation):
        """The submissions of one organisation: the only ones its members may see or change."""
        return self.filter(organisation=organisation)

    def for_listing(self):
        return self.select_related("project").order_by("-updated_at", "-pk")


class Submission(models.Model):
    """An action proposed for the toolbox, or a change proposed to an organisation's or project's page, with its
    content as a map of field → value written in `language`."""

    organisation = models.ForeignKey("members.Organisation", verbose_name=_("organisation"),
                                     on_delete=models.CASCADE, related_name="submissions")
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("created by"),
                                   on_delete=models.SET_NULL, null=True, blank=True, related_name="submissions")
    kind = models.CharField(_("kind"), max_length=15, choices=SubmissionKind.choices, db_index=True)
    project = models.ForeignKey("projects.Project", verbose_name=_("project"), on_delete=models.SET_NULL,
                                null=True, blank=True, related_name="submissions",
                                help_text=_("The project changed, or the project the action belongs to."))
    state = models.CharField(_("state"), max_length=10, choices=SubmissionState.choices,
                             default=SubmissionState.DRAFT, db_index=True)
    language = models.CharField(_("language"), max_length=5, choices=settings.LANGUAGES,
                                help_text=_("The language the proposal is written in."))
    title = models.CharField(_("title"), max_length=200)
    proposal = models.JSONField(_("proposal"), default=dict, blank=True)
    staff_message = models.TextField(_("message from the staff"), blank=True)
    resource = models.ForeignKey("toolbox.Resource", verbose_name=_("resource created"), on_delete=models.SET_NULL,
                                 null=True, blank=True, related_name="submissions")
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)
    submitted_at = models.DateTimeField(_("submitted on"), null=True, blank=True, db_index=True)
    decided_at = models.DateTimeField(_("decided on"), null=True, blank=True)

    objects = SubmissionQuerySet.as_manager()

    class Meta:
        ordering = ["-submitted_at", "-pk"]
        verbose_name = _("submission")
        verbose_name_plural = _("submissions")

    def __str__(self):
        return f"{self.get_kind_display()}: {self.title}"

    def get_absolute_url(self):
        return reverse("submissions:detail", args=[self.pk])

    @property
    def is_editable(self):
        return self.state in EDITABLE_STATES


class SubmissionFile(models.Model):
    """A file sent with a proposed action, checked as the admin checks toolbox files. Private: only the member's
    organisation and staff can download it; it is copied to the toolbox when the action is accepted."""

    submission = models.ForeignKey(Submission, verbose_name=_("submission"), on_delete=models.CASCADE,
                                   related_name="files")
    language = models.CharField(_("language"), max_length=5, choices=FILE_LANGUAGES)
    file = models.FileField(_("file"), upload_to=submission_file_path, storage=private_storage)
    original_name = models.CharField(_("uploaded as"), max_length=255)
    size = models.PositiveBigIntegerField(_("size"), default=0)
    format = models.CharField(_("format"), max_length=5, choices=FileFormat.choices)
    content_type = models.CharField(_("content type"), max_length=100)
    uploaded_at = models.DateTimeField(_("uploaded at"), auto_now_add=True)

    class Meta:
        ordering = ["submission", "language"]
        verbose_name = _("submitted file")
        verbose_name_plural = _("submitted files")
        constraints = [
            models.UniqueConstraint(fields=["submission", "language"], name="one_file_per_submission_language"),
        ]

    def __str__(self):
        return f"{self.original_name} ({self.get_language_display()})"


class SubmissionEvent(models.Model):
    """One step of a submission's life: who did what, when, with the message staff wrote."""

    class Action(models.TextChoices):
        CREATED = "created", _("created")
        EDITED = "edited", _("edited")
        FILE_ADDED = "file_added", _("file added")
        FILE_REMOVED = "file_removed", _("file removed")
        SUBMITTED = "submitted", _("submitted")
        CHANGES_REQUESTED = "changes", _("changes requested")
        RESUBMITTED = "resubmitted", _("submitted again")
        ACCEPTED = "accepted", _("accepted")
        DECLINED = "declined", _("declined")

    submission = models.ForeignKey(Submission, verbose_name=_("submission"), on_delete=models.CASCADE,
                                   related_name="events")
    actor = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("by"), on_delete=models.SET_NULL,
                              null=True, blank=True, related_name="+")
    action = models.CharField(_("what"), max_length=15, choices=Action.choices)
    message = models.TextField(_("message"), blank=True)
    # Bytes uploaded with this step: the daily upload limit counts them, even for a file removed since.
    bytes = models.PositiveBigIntegerField(_("bytes uploaded"), default=0)
    at = models.DateTimeField(_("when"), auto_now_add=True, db_index=True)

    class Meta:
        ordering = ["at", "pk"]
        verbose_name = _("step")
        verbose_name_plural = _("audit trail")

    def __str__(self):
        return f"{self.submission} · {self.get_action_display()} · {self.at:%Y-%m-%d %H:%M}"


@receiver(post_delete, sender=SubmissionFile)
def _delete_submission_file(sender, instance, **kwargs):
    delete_file_after_commit(instance.file, unless_used_by=[(SubmissionFile, "file")])
