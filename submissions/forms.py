"""The members' forms: each step of a proposed action, a change to a page, a file. Their values are kept as a
submission's `proposal` (JSON), never written to public content before staff accept them."""

import datetime

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from core.models import MissionArea
from core.richtext import RichTextField
from members.models import Organisation
from projects.models import Project
from toolbox.models import FILE_LANGUAGES, Resource
from toolbox.validators import inspect_file

from . import limits
from .models import SubmissionKind

# What a member writes, per kind of submission, in the order the forms show it.
ACTION_DETAILS = ["title", "summary", "kind", "mission_areas", "countries", "project", "date"]
ACTION_SHEET = list(Resource.SHEET_SECTIONS)
ORGANISATION_FIELDS = ["description", "health_social_protection_work", "city", "website", "contact_email",
                       "founded_year", "people_represented"]
PROJECT_FIELDS = ["summary", "context", "beneficiaries_description", "general_objective", "specific_objectives",
                  "activities", "results", "contact"]

MODELS = {SubmissionKind.ACTION: Resource, SubmissionKind.ORGANISATION: Organisation,
          SubmissionKind.PROJECT: Project}
FIELDS = {SubmissionKind.ACTION: ACTION_DETAILS + ACTION_SHEET, SubmissionKind.ORGANISATION: ORGANISATION_FIELDS,
          SubmissionKind.PROJECT: PROJECT_FIELDS}


def is_rich(model, name):
    return isinstance(model._meta.get_field(name), RichTextField)


def to_json(value):
    """A cleaned form value as the proposal keeps it: ids for linked items, ISO dates, codes for countries."""
    if isinstance(value, models.Model):
        return value.pk
    if isinstance(value, (models.QuerySet, list, tuple)):
        return [to_json(item) for item in value]
    if isinstance(value, datetime.date):
        return value.isoformat()
    if value is None:
        return ""
    return value if isinstance(value, (int, str)) else str(value)


class ProposalForm(forms.Form):
    """Fields of `model` named `names`, with the model's labels and checks, as plain inputs (no JavaScript):
    rich texts are written as plain text, blank lines between paragraphs."""

    model = None
    names = ()

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in self.names:
            model_field = self.model._meta.get_field(name)
            if is_rich(self.model, name):
                field = forms.CharField(label=model_field.verbose_name, required=not model_field.blank,
                                        widget=forms.Textarea(attrs={"rows": 8}),
                                        help_text=_("Plain text: leave a blank line between paragraphs."))
            elif isinstance(model_field, models.URLField):
                field = model_field.formfield(assume_scheme="https")
            else:
                field = model_field.formfield()
                # The model's own checks (years between 1700 and 2100...), which a ModelForm would run.
                field.validators.extend(v for v in model_field.validators if v not in field.validators)
            if isinstance(field.widget, forms.Textarea):
                field.widget.attrs.setdefault("rows", 6)
            self.fields[name] = field

    def proposal(self):
        return {name: to_json(self.cleaned_data.get(name)) for name in self.names}


class ActionDetailsForm(ProposalForm):
    """Step 1: what the action is and where it took place."""

    model = Resource
    names = ACTION_DETAILS

    def __init__(self, *args, organisation, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["kind"].choices = [choice for choice in self.fields["kind"].choices if choice[0]]
        self.fields["mission_areas"] = forms.ModelMultipleChoiceField(
            MissionArea.objects.all(), label=_("Mission areas"), required=False,
            widget=forms.CheckboxSelectMultiple)
        self.fields["countries"] = forms.MultipleChoiceField(
            choices=list(countries), label=_("Countries"), required=False,
            help_text=_("Hold Ctrl (or Cmd) to choose several."), widget=forms.SelectMultiple(attrs={"size": 8}))
        # Only the projects our organisation leads or takes part in, as the public sees them.
        self.fields["project"] = forms.ModelChoiceField(
            Project.objects.published().involving(organisation).order_by("title"), label=_("Project"),
            required=False, empty_label=_("No project"))
        self.fields["date"].widget = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
        self.fields["title"].help_text = ""


class ActionSheetForm(ProposalForm):
    """Step 2: the uniform sheet's sections."""

    model = Resource
    names = ACTION_SHEET


class OrganisationChangeForm(ProposalForm):
    model = Organisation
    names = ORGANISATION_FIELDS


class ProjectChangeForm(ProposalForm):
    model = Project
    names = PROJECT_FIELDS


CHANGE_FORMS = {SubmissionKind.ORGANISATION: OrganisationChangeForm, SubmissionKind.PROJECT: ProjectChangeForm}


class SubmissionFileForm(forms.Form):
    """Step 3: one file and its language, checked by its content as the admin checks toolbox files, within the
    organisation's daily upload allowance."""

    language = forms.ChoiceField(label=_("Language of the file"), choices=FILE_LANGUAGES)
    file = forms.FileField(label=_("File"), help_text=_("PDF, JPEG, PNG, WebP, OpenDocument or Office document, "
                                                        "at most %(limit)s."))

    def __init__(self, *args, organisation, **kwargs):
        super().__init__(*args, **kwargs)
        self.organisation = organisation
        self.fields["file"].help_text = self.fields["file"].help_text % {
            "limit": filesizeformat(settings.TOOLBOX_MAX_UPLOAD_SIZE)}

    def clean_file(self):
        upload = self.cleaned_data["file"]
        left = limits.bytes_left(self.organisation)
        if upload.size > left:
            raise ValidationError(
                _("Your organisation can upload %(left)s more today (%(limit)s a day); this file is %(size)s. "
                  "Your submission is saved: add the file tomorrow."),
                code="over_daily_limit",
                params={"left": filesizeformat(left), "limit": filesizeformat(settings.SUBMISSION_BYTES_PER_DAY),
                        "size": filesizeformat(upload.size)})
        self.info = inspect_file(upload)
        return upload
