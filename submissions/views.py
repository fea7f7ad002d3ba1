"""The members' side of submissions, under /account/submissions/: every page for a logged-in member only, and
only about their own organisation's submissions (any other gives a 404)."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import get_language, gettext
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from accounts.decorators import member_required
from projects.models import Project
from toolbox.downloads import serve_download
from toolbox.validators import EXTENSIONS

from . import limits, services
from .forms import CHANGE_FORMS, ActionDetailsForm, ActionSheetForm, SubmissionFileForm
from .models import Submission, SubmissionEvent, SubmissionKind

# The steps of a proposed action, and of a proposed change.
ACTION_STEPS = ["details", "sheet", "files", "review"]
CHANGE_STEPS = ["changes", "review"]


def member_page(view):
    """A members' page: logged in as a member (request.organisation), never cached."""
    return never_cache(member_required(view))


def own_submission(request, pk):
    """The submission `pk` if it belongs to the member's organisation, else 404."""
    return get_object_or_404(Submission.objects.of(request.organisation).select_related("project"), pk=pk)


def own_projects(organisation):
    """The published projects an organisation leads or takes part in: those it may propose changes to."""
    return Project.objects.published().involving(organisation).order_by("title")


def steps_of(submission):
    return ACTION_STEPS if submission.kind == SubmissionKind.ACTION else CHANGE_STEPS


def step_links(submission, current):
    names = {"details": gettext("What and where"), "sheet": gettext("The sheet"), "files": gettext("Files"),
             "changes": gettext("Your changes"), "review": gettext("Review and send")}
    return [{"name": names[step], "url": reverse("submissions:edit", args=[submission.pk, step]),
             "current": step == current, "number": number}
            for number, step in enumerate(steps_of(submission), start=1)]


def over_limit_message():
    return gettext("Your organisation has started the most submissions allowed in a day. Nothing is lost: come "
                   "back tomorrow to start a new one, or finish one of your drafts.")


@member_page
def submission_list(request):
    submissions = list(Submission.objects.of(request.organisation).for_listing())
    return render(request, "submissions/submission_list.html", {
        "organisation": request.organisation, "submissions": submissions,
        "projects": own_projects(request.organisation),
        "submissions_left": limits.submissions_left(request.organisation),
    })


@member_page
def action_new(request):
    """Step 1 of a new action: saved as a draft, then the next steps."""
    organisation = request.organisation
    form = ActionDetailsForm(request.POST or None, organisation=organisation)
    over_limit = limits.submissions_left(organisation) <= 0
    if request.method == "POST" and form.is_valid():
        if over_limit:
            form.add_error(None, over_limit_message())
        else:
            submission = services.submission_create(
                organisation=organisation, user=request.user, kind=SubmissionKind.ACTION, language=get_language(),
                proposal=form.proposal(), project=form.cleaned_data.get("project"))
            messages.success(request, gettext("Your draft is saved. You can come back to it at any time."))
            return redirect("submissions:edit", submission.pk, "sheet")
    return render(request, "submissions/submission_form.html", {
        "form": form, "heading": gettext("Submit an action"), "over_limit": over_limit,
        "steps": [{"name": name, "number": n, "current": n == 1, "url": ""} for n, name in enumerate(
            [gettext("What and where"), gettext("The sheet"), gettext("Files"), gettext("Review and send")], 1)],
    })


def _propose(request, kind, target, project=None):
    organisation = request.organisation
    submission = Submission(kind=kind, language=get_language(), organisation=organisation, project=project)
    form_class = CHANGE_FORMS[kind]
    form = form_class(request.POST or None, initial=services.published_values(submission, target))
    over_limit = limits.submissions_left(organisation) <= 0
    if request.method == "POST" and form.is_valid():
        if over_limit:
            form.add_error(None, over_limit_message())
        else:
            submission = services.submission_create(organisation=organisation, user=request.user, kind=kind,
                                                    language=get_language(), proposal=form.proposal(),
                                                    project=project)
            messages.success(request, gettext("Your proposal is saved as a draft. Check it, then send it."))
            return redirect("submissions:edit", submission.pk, "review")
    heading = (gettext("Propose a change to our page") if kind == SubmissionKind.ORGANISATION
               else gettext("Propose a change to “%(project)s”") % {"project": project})
    return render(request, "submissions/submission_form.html", {
        "form": form, "heading": heading, "over_limit": over_limit, "target": target,
        "intro": gettext("The form shows what is published now. Change what should be different: staff review "
                         "your proposal before anything changes on the site."),
    })


@member_page
def propose_organisation(request):
    return _propose(request, SubmissionKind.ORGANISATION, request.organisation)


@member_page
def propose_project(request, slug):
    project = get_object_or_404(own_projects(request.organisation), slug=slug)
    return _propose(request, SubmissionKind.PROJECT, project, project=project)


@member_page
def submission_detail(request, pk):
    submission = own_submission(request, pk)
    return render(request, "submissions/submission_detail.html", {
        "submission": submission, "sections": services.sections(submission),
        "files": submission.files.all(), "first_step": steps_of(submission)[0],
        "events": submission.events.select_related("actor").exclude(action=SubmissionEvent.Action.EDITED),
    })


@member_page
def submission_edit(request, pk, step):
    submission = own_submission(request, pk)
    if step not in steps_of(submission):
        raise Http404
    if not submission.is_editable:
        messages.info(request, gettext("This submission is being reviewed or was decided: it can no longer be "
                                       "changed."))
        return redirect(submission)
    steps = steps_of(submission)
    following = steps[min(steps.index(step) + 1, len(steps) - 1)]
    context = {"submission": submission, "steps": step_links(submission, step), "step": step,
               "heading": submission.title}
    if step == "review":
        context.update(sections=services.sections(submission), files=submission.files.all())
        return render(request, "submissions/submission_review.html", context)
    if step == "files":
        return _files_step(request, submission, context)
    initial = submission.proposal
    if step == "details":
        form = ActionDetailsForm(request.POST or None, initial=initial, organisation=request.organisation)
    elif step == "sheet":
        form = ActionSheetForm(request.POST or None, initial=initial)
    else:
        form = CHANGE_FORMS[submission.kind](request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            services.submission_update(submission=submission, user=request.user, proposal=form.proposal())
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
            return redirect(submission)
        messages.success(request, gettext("Saved."))
        if "save" in request.POST:  # "Save and stay"
            return redirect("submissions:edit", submission.pk, step)
        return redirect("submissions:edit", submission.pk, following)
    context["form"] = form
    return render(request, "submissions/submission_form.html", context)


def _files_step(request, submission, context):
    form = SubmissionFileForm(request.POST or None, request.FILES or None, organisation=request.organisation)
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        try:
            services.submission_add_file(submission=submission, user=request.user,
                                         language=form.cleaned_data["language"], upload=upload, info=form.info)
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
            return redirect(submission)
        messages.success(request, gettext("“%(name)s” is added.") % {"name": upload.name})
        return redirect("submissions:edit", submission.pk, "files")
    context.update(form=form, files=submission.files.all())
    return render(request, "submissions/submission_files.html", context, status=400 if form.errors else 200)


@member_page
@require_POST
def file_remove(request, pk, file_pk):
    submission = own_submission(request, pk)
    submission_file = get_object_or_404(submission.files, pk=file_pk)
    try:
        services.submission_remove_file(submission=submission, user=request.user, submission_file=submission_file)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
        return redirect(submission)
    messages.success(request, gettext("“%(name)s” is removed.") % {"name": submission_file.original_name})
    return redirect("submissions:edit", submission.pk, "files")


@member_page
def file_download(request, pk, file_pk):
    submission = own_submission(request, pk)
    return download(request, get_object_or_404(submission.files, pk=file_pk))


def download(request, submission_file):
    """A submitted file, as an attachment named after what it is (its checked format), never cached publicly."""
    extension = EXTENSIONS.get(submission_file.format, "bin")
    stem = submission_file.original_name.rsplit(".", 1)[0] or "file"
    response, _counted = serve_download(
        request, field_file=submission_file.file, size=submission_file.size,
        content_type=submission_file.content_type, filename=f"{stem}.{extension}",
        etag=f"submission-{submission_file.pk}", language=submission_file.language)
    response["Cache-Control"] = "private, no-store"
    return response


@member_page
@require_POST
def submission_send(request, pk):
    submission = own_submission(request, pk)
    try:
        services.submission_send(submission=submission, user=request.user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, gettext("Sent. The Network's staff will review it; you will get an e-mail when "
                                          "they have."))
    return redirect(submission)
