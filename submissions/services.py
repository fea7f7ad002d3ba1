"""A submission's life: created and edited by a member, sent, reviewed by staff, accepted (public content written
in a revision) or declined. Every step is a SubmissionEvent; the member and staff are told by e-mail."""

import datetime
import html
import re
import uuid

import reversion
from django.conf import settings
from django.contrib.admin.models import ADDITION, CHANGE, LogEntry
from django.core.exceptions import ValidationError
from django.core.files import File
from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.html import escape, strip_tags
from django.utils.text import capfirst, slugify
from django.utils.translation import gettext

from core.cache import clear_page_cache
from core.dates import date_format
from core.languages import translated_fields
from core.models import MissionArea, Status
from core.revisions import text_diff
from projects.models import Project
from toolbox import services as toolbox_services
from toolbox.models import Resource, ResourceFile

from .forms import FIELDS, MODELS, is_rich
from .models import Submission, SubmissionEvent, SubmissionFile, SubmissionKind, SubmissionState

Action = SubmissionEvent.Action


# --- Texts ------------------------------------------------------------------------------------------------------

def plain_from_html(value):
    """A rich text as a member edits it: paragraphs separated by a blank line, no tags."""
    text = re.sub(r"</(p|li|h\d|blockquote)>", "\n\n", value or "")
    text = re.sub(r"<br\s*/?>", "\n", text)
    return re.sub(r"\n{3,}", "\n\n", html.unescape(strip_tags(text))).strip()


def html_from_plain(value):
    """A member's plain text as a rich text: one paragraph per blank-line-separated block, everything escaped."""
    blocks = [block.strip() for block in (value or "").replace("\r\n", "\n").split("\n\n") if block.strip()]
    return "".join(f"<p>{escape(block).replace(chr(10), '<br>')}</p>" for block in blocks)


def target_of(submission):
    """The published item a proposed change is about (None for a new action, or a project since deleted)."""
    if submission.kind == SubmissionKind.ORGANISATION:
        return submission.organisation
    if submission.kind == SubmissionKind.PROJECT:
        return submission.project
    return None


def published_values(submission, target=None):
    """The values the target shows now to a reader of the submission's language (a text not written in it yet:
    the one shown instead, modeltranslation's fallback), as the change form shows them."""
    target = target or target_of(submission)
    if target is None:
        return {}
    model, language = type(target), submission.language
    values = {}
    for name in FIELDS[submission.kind]:
        with translation.override(language):
            value = getattr(target, name)
        if is_rich(model, name):
            value = plain_from_html(value)
        values[name] = "" if value is None else value
    return values


def shown(model, name, value):
    """A proposal's value as people read it: labels of choices, names of mission areas, projects and countries."""
    from django_countries import countries

    if value in (None, "", []):
        return ""
    if name == "mission_areas":
        return "\n".join(str(area) for area in MissionArea.objects.filter(pk__in=value))
    if name == "project":
        project = Project.objects.filter(pk=value).first()
        return str(project) if project else gettext("(deleted)")
    if name == "date":
        try:
            return date_format(datetime.date.fromisoformat(value), "DATE_FORMAT")
        except (TypeError, ValueError):
            return str(value)
    if name == "countries":
        return "\n".join(countries.name(code) or code for code in value)
    field = model._meta.get_field(name)
    if field.flatchoices:
        return str(dict(field.flatchoices).get(value, value))
    return str(value)


def sections(submission):
    """(label, text) of each field of the proposal, in the form's order, for the review pages."""
    model = MODELS[submission.kind]
    return [(capfirst(model._meta.get_field(name).verbose_name), shown(model, name, submission.proposal.get(name)))
            for name in FIELDS[submission.kind]]


def differences(submission):
    """Per field, what is published and what is proposed, each with the changes marked (core/revisions.text_diff):
    a list of {label, before, after, changed}. A new action has nothing published: every field is new."""
    model = MODELS[submission.kind]
    published = published_values(submission)
    rows = []
    for name in FIELDS[submission.kind]:
        before = shown(model, name, published.get(name, ""))
        after = shown(model, name, submission.proposal.get(name, ""))
        old_html, new_html = text_diff(before, after)
        rows.append({"label": capfirst(model._meta.get_field(name).verbose_name), "before": old_html,
                     "after": new_html, "changed": before.strip() != after.strip()})
    return rows


# --- The member's steps -----------------------------------------------------------------------------------------

def _event(submission, user, action, message="", size=0):
    return SubmissionEvent.objects.create(submission=submission, actor=user, action=action, message=message,
                                          bytes=size)


def _title(submission, target):
    if target is not None:
        return str(target)[:200]
    return (submission.proposal.get("title") or "").strip()[:200] or gettext("Untitled action")


def submission_create(*, organisation, user, kind, language, proposal, project=None):
    """A new draft of `organisation`, written in `language`."""
    with transaction.atomic():
        submission = Submission(organisation=organisation, created_by=user, kind=kind, language=language,
                                proposal=proposal, project=project)
        submission.title = _title(submission, target_of(submission))
        submission.save()
        _event(submission, user, Action.CREATED)
    return submission


def submission_update(*, submission, user, proposal):
    """Save part of the proposal (one step of the form) on a draft, or on a submission staff sent back."""
    with transaction.atomic():
        submission = Submission.objects.select_for_update().get(pk=submission.pk)
        if not submission.is_editable:
            raise ValidationError(gettext("This submission is being reviewed: it can no longer be changed."))
        submission.proposal = {**submission.proposal, **proposal}
        if submission.kind == SubmissionKind.ACTION:
            submission.project = Project.objects.filter(pk=submission.proposal.get("project") or None).first()
        submission.title = _title(submission, target_of(submission))
        submission.save()
        _event(submission, user, Action.EDITED)
    return submission


def submission_add_file(*, submission, user, language, upload, info):
    """Keep an uploaded file (already checked: `info` from toolbox.validators.inspect_file), replacing the one in
    the same language."""
    with transaction.atomic():
        submission = Submission.objects.select_for_update().get(pk=submission.pk)
        if not submission.is_editable:
            raise ValidationError(gettext("This submission is being reviewed: it can no longer be changed."))
        for old in submission.files.filter(language=language):
            old.delete()
        added = SubmissionFile.objects.create(
            submission=submission, language=language, file=upload, original_name=upload.name[:255],
            size=upload.size, format=info.format, content_type=info.content_type)
        _event(submission, user, Action.FILE_ADDED, message=added.original_name, size=added.size)
        submission.save(update_fields=["updated_at"])
    return added


def submission_remove_file(*, submission, user, submission_file):
    with transaction.atomic():
        submission = Submission.objects.select_for_update().get(pk=submission.pk)
        if not submission.is_editable:
            raise ValidationError(gettext("This submission is being reviewed: it can no longer be changed."))
        submission_file.delete()
        _event(submission, user, Action.FILE_REMOVED, message=submission_file.original_name)
        submission.save(update_fields=["updated_at"])


def submission_send(*, submission, user):
    """Send a draft (or a submission staff sent back) for review; staff are told."""
    with transaction.atomic():
        submission = Submission.objects.select_for_update().get(pk=submission.pk)
        if not submission.is_editable:
            raise ValidationError(gettext("This submission was already sent."))
        again = submission.state == SubmissionState.CHANGES_REQUESTED
        submission.state = SubmissionState.SUBMITTED
        submission.submitted_at = timezone.now()
        submission.decided_at = None  # waiting again: the earlier request stays in the audit trail
        submission.save()
        _event(submission, user, Action.RESUBMITTED if again else Action.SUBMITTED)
        transaction.on_commit(lambda: notify_staff(submission, again=again))
    return submission


# --- Staff review -----------------------------------------------------------------------------------------------

def _decide(submission, state):
    locked = Submission.objects.select_for_update().get(pk=submission.pk)
    if locked.state != SubmissionState.SUBMITTED:
        raise ValidationError(gettext("This submission is not waiting for review (it is “%(state)s”).")
                              % {"state": locked.get_state_display()})
    locked.state = state
    locked.decided_at = timezone.now()
    return locked


def submission_request_changes(*, submission, user, message):
    """Send a submission back to its member with `message`; they see it in their area and by e-mail."""
    if not message.strip():
        raise ValidationError(gettext("Write what the member should change."))
    with transaction.atomic():
        submission = _decide(submission, SubmissionState.CHANGES_REQUESTED)
        submission.staff_message = message.strip()
        submission.save()
        _event(submission, user, Action.CHANGES_REQUESTED, message=submission.staff_message)
        transaction.on_commit(lambda: notify_member(submission, "changes"))
    return submission


def submission_decline(*, submission, user, message):
    if not message.strip():
        raise ValidationError(gettext("Write why the submission is declined: the member reads it."))
    with transaction.atomic():
        submission = _decide(submission, SubmissionState.DECLINED)
        submission.staff_message = message.strip()
        submission.save()
        _event(submission, user, Action.DECLINED, message=submission.staff_message)
        transaction.on_commit(lambda: notify_member(submission, "declined"))
    return submission


def submission_accept(*, submission, user, message=""):
    """Publish what the submission proposes, in one revision naming it (the item's history shows it): a new
    action becomes a published toolbox resource with its files, made by the organisation; a change is written on
    the organisation's or project's page in the submission's language."""
    with transaction.atomic():
        submission = _decide(submission, SubmissionState.ACCEPTED)
        comment = gettext("Accepted from submission #%(number)s of %(organisation)s.") % {
            "number": submission.pk, "organisation": submission.organisation}
        with reversion.create_revision():
            if submission.kind == SubmissionKind.ACTION:
                item, flag = _create_resource(submission), ADDITION
                submission.resource = item
            else:
                item, flag = _apply_change(submission), CHANGE
            reversion.set_user(user)
            reversion.set_comment(comment)
        LogEntry.objects.log_actions(user_id=user.pk, queryset=[item], action_flag=flag, change_message=comment,
                                     single_object=True)
        submission.staff_message = message.strip()
        submission.save()
        _event(submission, user, Action.ACCEPTED, message=submission.staff_message)
        transaction.on_commit(clear_page_cache)
        transaction.on_commit(lambda: notify_member(submission, "accepted"))
    return submission


def _unique_slug(title):
    base = slugify(title)[:180] or "action"
    slug = base
    while Resource.objects.filter(slug=slug).exists():
        slug = f"{base}-{uuid.uuid4().hex[:6]}"
    return slug


def _create_resource(submission):
    proposal, language = submission.proposal, submission.language
    organisation = submission.organisation
    project = (Project.objects.involving(organisation).filter(pk=proposal.get("project") or None).first())
    fields = {name: proposal.get(name, "") for name in ["title", "summary", *Resource.SHEET_SECTIONS]}
    with translation.override(language):
        resource = Resource(**fields, slug=_unique_slug(proposal.get("title", "")), kind=proposal.get("kind"),
                            language=language, date=proposal.get("date") or timezone.localdate(),
                            countries=proposal.get("countries") or [], project=project, status=Status.PUBLISHED)
        resource.full_clean()
        resource.save()
    resource.organisations.set([organisation])
    resource.mission_areas.set(MissionArea.objects.filter(pk__in=proposal.get("mission_areas") or []))
    for sent in submission.files.all():
        with sent.file.open("rb") as stored:
            # Copied to the toolbox's own name, then described as an admin upload is (size, pages, text...).
            ResourceFile(resource=resource, language=sent.language, file=File(stored, name=sent.original_name)).save()
    resource.refresh_from_db()
    toolbox_services.resource_refresh(resource=resource)
    return resource


def _apply_change(submission):
    target = target_of(submission)
    if target is None:
        raise ValidationError(gettext("The project this change is about no longer exists: decline it."))
    model, language = type(target), submission.language
    shown_now = published_values(submission, target)
    columns = []
    for name, value in submission.proposal.items():
        # Only what the member changed: a text left as readers see it (perhaps another language's, shown instead)
        # is not copied into this language's column.
        if name not in FIELDS[submission.kind] or str(value).strip() == str(shown_now.get(name, "")).strip():
            continue
        if is_rich(model, name):
            value = html_from_plain(value)
        field = model._meta.get_field(name)
        if value == "" and field.null:
            value = None
        column = f"{name}_{language}" if name in translated_fields(model) else name
        setattr(target, column, value)
        columns.append(column)
    excluded = [field.name for field in model._meta.fields if field.name not in columns]
    target.full_clean(exclude=excluded, validate_unique=False)
    target.save()
    return target


# --- E-mail -----------------------------------------------------------------------------------------------------

def _member_addresses(submission):
    """Whom a decision is sent to: the member who created the submission, else every contact of its
    organisation."""
    if submission.created_by and submission.created_by.email:
        return [submission.created_by.email]
    return [account.user.email for account in submission.organisation.member_accounts.select_related("user")
            if account.user.email]


def notify_member(submission, what):
    """Tell the member what staff decided, in the submission's language, with a link to it in their area."""
    with translation.override(submission.language):
        context = {"submission": submission, "what": what,
                   "url": settings.SITE_URL.rstrip("/") + submission.get_absolute_url()}
        subject = render_to_string("submissions/email/decision_subject.txt", context).strip()
        body = render_to_string("submissions/email/decision.txt", context)
    addresses = _member_addresses(submission)
    if addresses:
        send_mail(subject, body, None, addresses)


def notify_staff(submission, again=False):
    """Tell the secretariat (CONTACT_EMAIL) that a submission waits for review, with the admin's address."""
    url = settings.SITE_URL.rstrip("/") + reverse("admin:submissions_submission_change", args=[submission.pk])
    with translation.override(settings.LANGUAGE_CODE):
        context = {"submission": submission, "again": again, "url": url}
        subject = render_to_string("submissions/email/staff_subject.txt", context).strip()
        body = render_to_string("submissions/email/staff.txt", context)
    send_mail(subject, body, None, [settings.CONTACT_EMAIL])
