"""No edit ever loses work: every form of the admin, sent back empty or with nonsense in every field and every
language column, is shown again with its errors (never a 500), and nothing is saved.

The data sent is what a browser would send: the admin's own rendered form, read back from its HTML (inline rows
and management forms included), then changed field by field according to the form field behind each input."""

import datetime
from html.parser import HTMLParser

import pytest
from axes.models import AccessAttempt, AccessFailureLog, AccessLog
from django import forms
from django.contrib import admin
from django.contrib.auth.models import Group, User
from django.core import serializers
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone
from taggit.models import Tag

from accounts.models import MemberAccount
from accounts.services import invitation_create
from core.models import MissionArea
from submissions.models import Submission
from tests.factories import (
    make_article,
    make_event,
    make_kit,
    make_organisation,
    make_page,
    make_project,
    make_research_entry,
    make_resource,
    pdf_bytes,
    pdf_upload,
    png_upload,
)
from toolbox.models import DownloadCount, KitDownloadCount, ResourceFileVersion

pytestmark = pytest.mark.django_db


# --- One object of each kind, with its images, files and inline rows ----------------------------------------------

def _resource_file_version():
    resource = make_resource(files=[("en", pdf_upload())], refresh=False)
    current = resource.files.get()
    return ResourceFileVersion.objects.create(
        resource_file=current, file=SimpleUploadedFile("old.pdf", pdf_bytes()), original_name="old.pdf", size=10,
        sha256="0" * 64, uploaded_at=timezone.now(),
    )


def _access(model, **fields):
    base = {"user_agent": "Firefox", "ip_address": "192.0.2.1", "username": "editor", "http_accept": "text/html",
            "path_info": "/admin/login/"}
    return lambda: model.objects.create(**base, **fields)


MAKERS = {
    "axes.AccessAttempt": _access(AccessAttempt, get_data="", post_data="", failures_since_start=3),
    "axes.AccessLog": _access(AccessLog),
    "axes.AccessFailureLog": _access(AccessFailureLog),
    "auth.Group": lambda: Group.objects.create(name="Translators"),
    "auth.User": lambda: User.objects.create_user("editor", "editor@example.org", "a-long-test-password"),
    "taggit.Tag": lambda: Tag.objects.create(name="health", slug="health"),
    "core.MissionArea": lambda: MissionArea.objects.first(),
    "network_site.NetworkPage": make_page,
    "members.Organisation": lambda: make_organisation(logo=png_upload(), website="https://example.org"),
    "projects.Project": lambda: make_project(image=png_upload(), image_alt="Teachers in a classroom",
                                             lead_organisation=make_organisation()),
    "toolbox.Resource": lambda: make_resource(files=[("en", pdf_upload())], refresh=False),
    "toolbox.Kit": lambda: make_kit(resources=[make_resource(refresh=False)], cover=png_upload(), cover_alt="Cover"),
    "toolbox.DownloadCount": lambda: DownloadCount.objects.create(
        resource=make_resource(refresh=False), language="en", day=datetime.date(2024, 1, 1), count=3),
    "toolbox.KitDownloadCount": lambda: KitDownloadCount.objects.create(
        kit=make_kit(), language="fr", day=datetime.date(2024, 1, 1), count=2),
    "toolbox.ResourceFileVersion": _resource_file_version,
    "news.Article": lambda: make_article(image=png_upload(), image_alt="A meeting", tags=["health"]),
    "news.Event": lambda: make_event(photos=1),
    "research.ResearchEntry": lambda: make_research_entry(researchers=[("Ana", "University", "Lead")]),
    "accounts.Invitation": lambda: invitation_create(organisation=make_organisation(), email="contact@example.org",
                                                     language="fr"),
    "accounts.MemberAccount": lambda: MemberAccount.objects.create(
        user=User.objects.create_user("member@example.org", "member@example.org", "a-long-test-password"),
        organisation=make_organisation()),
    "submissions.Submission": lambda: Submission.objects.create(
        organisation=make_organisation(), kind="action", language="fr", title="Journées santé",
        proposal={"title": "Journées santé"}, state="submitted"),
}
ADMINS = sorted(model._meta.label for model in admin.site._registry)


def test_every_admin_is_covered_here():
    """A new ModelAdmin needs an object to try its change form on."""
    assert set(ADMINS) <= set(MAKERS)


# --- Reading a rendered admin form as a browser would send it -----------------------------------------------------

class FormReader(HTMLParser):
    """The named controls of the admin's main <form> and their current values (skipping the empty-row templates)."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.in_form = False
        self.values = {}  # name -> list of values
        self.files = []
        self._select = None
        self._textarea = None
        self._options = []

    def _add(self, name, value):
        if "__prefix__" not in name:
            self.values.setdefault(name, []).append(value)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form" and (attrs.get("id") or "").endswith("_form") and "changelist" not in attrs.get("id"):
            self.in_form = True
        if not self.in_form or not attrs.get("name") and tag != "option":
            return
        name = attrs.get("name")
        if tag == "input":
            kind = (attrs.get("type") or "text").lower()
            if kind == "file":
                if "__prefix__" not in name:
                    self.files.append(name)
            elif kind in ("checkbox", "radio"):
                if "checked" in attrs:
                    self._add(name, attrs.get("value", "on"))
            elif kind not in ("submit", "button", "image", "reset"):
                self._add(name, attrs.get("value", ""))
        elif tag == "select":
            self._select, self._options = (name, "multiple" in attrs), []
        elif tag == "option" and self._select:
            self._options.append((attrs.get("value", ""), "selected" in attrs))
        elif tag == "textarea":
            self._textarea, self._text = name, ""

    def handle_data(self, data):
        if self._textarea:
            self._text += data

    def handle_endtag(self, tag):
        if tag == "form":
            self.in_form = False
        elif tag == "select" and self._select:
            (name, multiple), options = self._select, self._options
            chosen = [value for value, selected in options if selected]
            if not chosen and not multiple and options:
                chosen = [options[0][0]]
            for value in chosen:
                self._add(name, value)
            if multiple and not chosen:
                self.values.setdefault(name, [])
            self._select = None
        elif tag == "textarea" and self._textarea:
            self._add(self._textarea, self._text.removeprefix("\n"))
            self._textarea = None


def read_form(response):
    reader = FormReader()
    reader.feed(response.content.decode())
    assert reader.values, "no admin form on the page"
    return reader


def form_fields(response):
    """Each input name of the page -> the form field behind it, for the main form and every inline row."""
    context = response.context
    forms_shown = [context["adminform"].form]
    for inline in context["inline_admin_formsets"]:
        forms_shown.extend(inline.formset.forms)
    fields = {}
    for form in forms_shown:
        for name, field in form.fields.items():
            fields[form.add_prefix(name)] = field
    return fields


def field_for(fields, input_name):
    if input_name in fields:
        return fields[input_name]
    base, _, index = input_name.rpartition("_")  # a part of a split widget (date_0, date_1)
    return fields.get(base) if index.isdigit() else None


def bad_image(name="picture.png"):
    return SimpleUploadedFile(name, b"this is not a picture", content_type="image/png")


def bad_value(field, value, variant):
    """Something the field must refuse. Two variants, so that each kind of field is tried two ways."""
    if isinstance(field, forms.ModelMultipleChoiceField):
        if variant == 0:
            return ["not-an-id"]
        return ["99999999999999999999", "987654321"]  # an id beyond 64 bits, one that does not exist
    if isinstance(field, forms.ModelChoiceField):
        return "not-an-id" if variant == 0 else "99999999999999999999"
    if isinstance(field, forms.MultipleChoiceField):
        return ["ZZ-not-a-choice"]
    if isinstance(field, forms.ChoiceField):
        return "not-a-choice" if variant == 0 else "x" * 300
    if isinstance(field, (forms.DateField, forms.DateTimeField, forms.TimeField, forms.SplitDateTimeField)):
        return "2015-02-31" if variant == 0 else "not a date"
    if isinstance(field, forms.URLField):
        return "not a link" if variant == 0 else "http://" + "x" * 300
    if isinstance(field, forms.EmailField):
        return "not-an-e-mail" if variant == 0 else "a@" + "x" * 300
    if isinstance(field, forms.IntegerField):
        return "many" if variant == 0 else "99999999999999999999"
    if isinstance(field, forms.SlugField):
        return "not a slug!" if variant == 0 else "x" * 300
    if isinstance(field, forms.CharField):
        if variant == 0 and field.max_length:
            return "x" * (field.max_length + 1)
        return f"{value or 'text'}\x00"  # null characters are refused by every text field
    return value


def snapshot(model_admin, obj):
    """What is stored for the object and its inline rows."""
    rows = [obj]
    for inline in model_admin.inlines:
        rows.extend(inline.model._default_manager.all())
    obj = type(obj)._default_manager.get(pk=obj.pk)
    return serializers.serialize("json", [obj, *rows[1:]])


def counts(model_admin):
    models = [model_admin.model, *(inline.model for inline in model_admin.inlines)]
    return [model._default_manager.count() for model in models]


def post(client, url, values, files):
    data = {name: value if len(value) != 1 else value[0] for name, value in values.items()}
    data.update(files)
    data["_save"] = "Save"
    response = client.post(url, data)
    assert response.status_code in (200, 302), f"{url} answered {response.status_code}"
    return response


def admin_urls(label, staff_user):
    """The add and change pages of the admin of `label` that staff may use, and the object changed."""
    model = next(model for model in admin.site._registry if model._meta.label == label)
    model_admin, obj, opts = admin.site._registry[model], MAKERS[label](), model._meta
    request = type("Request", (), {"user": staff_user})
    urls = []
    if model_admin.has_add_permission(request):
        urls.append(reverse(f"admin:{opts.app_label}_{opts.model_name}_add"))
    if model_admin.has_change_permission(request, obj):
        urls.append(reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[obj.pk]))
    return model_admin, obj, urls


def assert_refused(response):
    assert response.status_code == 200
    assert b'class="errornote"' in response.content


@pytest.fixture
def staff(client, django_user_model):
    user = django_user_model.objects.create_superuser("staff", "staff@example.org", "a-long-test-password")
    client.force_login(user)
    client.user = user
    return client


@pytest.mark.parametrize("label", ADMINS)
def test_forms_with_optional_fields_empty_are_saved_or_explained(label, staff):
    """Leaving every optional field empty (an image with no description, no dates, no links...) never fails
    with a 500: the add form says what is missing, the change form saves or says what is wrong."""
    model_admin, obj, urls = admin_urls(label, staff.user)
    for url in urls:
        page = staff.get(url)
        assert page.status_code == 200
        reader, fields = read_form(page), form_fields(page)
        values = {}
        for name, value in reader.values.items():
            field = field_for(fields, name)
            values[name] = [] if field is not None and not field.required and not field.disabled else value
        # An upload in every file input (a news image without its description is the classic case).
        files = {name: png_upload(f"{name}.png", size=(40, 30)) for name in reader.files}
        before = counts(model_admin)
        response = post(staff, url, values, files)
        if url.endswith("/add/"):
            assert_refused(response)  # the required fields are empty
            assert counts(model_admin) == before
        elif response.status_code == 200:
            assert_refused(response)


@pytest.mark.parametrize("variant", [0, 1])
@pytest.mark.parametrize("label", ADMINS)
def test_forms_with_invalid_values_everywhere_are_refused_with_an_explanation(label, variant, staff):
    """Nonsense in every field and every language column (too long, bad dates, bad links, ids that do not exist,
    files that are not what they say) is refused with a message on the form; nothing is stored."""
    model_admin, obj, urls = admin_urls(label, staff.user)
    for url in urls:
        page = staff.get(url)
        assert page.status_code == 200
        reader, fields = read_form(page), form_fields(page)
        values = {}
        for name, value in reader.values.items():
            field = field_for(fields, name)
            if field is None or field.disabled or isinstance(field.widget, forms.HiddenInput):
                values[name] = value  # management forms, row ids, the version check
            elif isinstance(field, (forms.MultipleChoiceField, forms.ModelMultipleChoiceField)):
                values[name] = bad_value(field, value, variant)
            else:
                values[name] = [bad_value(field, value[0] if value else "", variant)]
        files = {name: bad_image(f"{name}.png" if variant == 0 else f"{name}.pdf") for name in reader.files}
        before_counts, before = counts(model_admin), snapshot(model_admin, obj)
        response = post(staff, url, values, files)
        if values != reader.values or files:
            assert_refused(response)
        # else a page with nothing to edit (a login attempt's record): nothing to refuse, and nothing changes
        assert counts(model_admin) == before_counts
        assert snapshot(model_admin, obj) == before


def test_a_news_image_without_description_is_asked_for_and_nothing_typed_is_lost(staff):
    """The 500 editors met: "'ArticleForm' has no field named 'image_alt'"."""
    response = staff.post(reverse("admin:news_article_add"), {
        "title_en": "Health days", "slug": "health-days", "summary_en": "Teachers met.",
        "body_en": "<p>A long text.</p>", "image": png_upload("photo.png"), "status": "draft",
        "published_at_0": "2024-05-01", "published_at_1": "10:00:00", "tags": "", "_save": "Save",
    })
    assert_refused(response)
    form = response.context["adminform"].form
    assert form.errors["image_alt_en"] == ["Describe the image for people who cannot see it."]
    assert 'value="Health days"' in response.content.decode()
    assert "A long text." in response.content.decode()
