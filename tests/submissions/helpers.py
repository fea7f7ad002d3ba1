"""Small helpers for the submissions' tests: a filled-in action, posted step by step as a member does."""

from django.core.files.uploadedfile import SimpleUploadedFile

from submissions import services
from submissions.models import SubmissionKind
from tests.factories import mission_area, pdf_bytes

DETAILS = {"title": "Journées santé des enseignants", "summary": "Une journée de dépistage dans chaque école.",
           "kind": "action", "countries": ["FR", "SN"], "date": "2026-05-04"}
SHEET = {"context": "Les enseignants sont fatigués.", "objectives": "Prévenir.", "activities": "Dépistage.",
         "target_public": "", "results": "", "lessons_learned": "", "contact": "sante@example.org"}


def details(**changes):
    return {**DETAILS, "mission_areas": [mission_area().pk], **changes}


def french_pdf(name="journees-sante.pdf"):
    return SimpleUploadedFile(name, pdf_bytes("Journées santé des enseignants"), content_type="application/pdf")


def make_action(member, *, files=(), send=False, **changes):
    """A draft action of `member`'s organisation, written in French, with `files` [(language, upload)]."""
    from submissions.forms import ACTION_SHEET

    proposal = {**details(**changes), **{name: SHEET.get(name, "") for name in ACTION_SHEET}, "project": ""}
    organisation = member.user.member_account.organisation
    submission = services.submission_create(organisation=organisation, user=member.user, kind=SubmissionKind.ACTION,
                                            language="fr", proposal=proposal)
    from toolbox.validators import inspect_file

    for language, upload in files:
        services.submission_add_file(submission=submission, user=member.user, language=language, upload=upload,
                                     info=inspect_file(upload))
    if send:
        submission = services.submission_send(submission=submission, user=member.user)
    submission.refresh_from_db()
    return submission
