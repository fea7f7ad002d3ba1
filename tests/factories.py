"""Small `make_*` helpers that build valid, published content with as few arguments as possible."""

import io
import itertools

from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from members.models import Organisation, OrganisationKind
from network_site.models import MissionArea, NetworkPage, Status
from projects.models import Project

_counter = itertools.count(1)


def png_upload(name="logo.png", size=(300, 200), color=(11, 84, 112)):
    buffer = io.BytesIO()
    Image.new("RGB", size, color).save(buffer, "PNG")
    return SimpleUploadedFile(name, buffer.getvalue(), content_type="image/png")


def make_organisation(**fields):
    n = next(_counter)
    fields.setdefault("name", f"Teachers Union {n}")
    fields.setdefault("slug", f"teachers-union-{n}")
    fields.setdefault("kind", OrganisationKind.EDUCATION_UNION)
    fields.setdefault("status", Status.PUBLISHED)
    return Organisation.objects.create(**fields)


def make_project(*, mission_areas=(), partners=(), tags=(), **fields):
    n = next(_counter)
    fields.setdefault("title", f"Health at school project {n}")
    fields.setdefault("slug", f"health-at-school-{n}")
    fields.setdefault("summary", "A project about the health of education staff.")
    fields.setdefault("status", Status.PUBLISHED)
    project = Project.objects.create(**fields)
    if mission_areas:
        project.mission_areas.set(mission_areas)
    if partners:
        project.partner_organisations.set(partners)
    if tags:
        project.tags.set(list(tags))
    return project


def make_page(**fields):
    n = next(_counter)
    fields.setdefault("title", f"About us {n}")
    fields.setdefault("slug", f"about-us-{n}")
    fields.setdefault("body", "<p>Who we are.</p>")
    fields.setdefault("status", Status.PUBLISHED)
    return NetworkPage.objects.create(**fields)


def mission_area(slug="healthy-schools"):
    """One of the three mission areas created by the migrations."""
    return MissionArea.objects.get(slug=slug)


# --- Toolbox -----------------------------------------------------------------------------------------------------

def pdf_bytes(text="Health at school", pages=1):
    """A real PDF with `pages` pages of text, made with reportlab."""
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    document = canvas.Canvas(buffer)
    for number in range(1, pages + 1):
        document.drawString(72, 720, f"{text} — page {number}")
        document.showPage()
    document.save()
    return buffer.getvalue()


def pdf_upload(name="sheet.pdf", text="Health at school", pages=1):
    return SimpleUploadedFile(name, pdf_bytes(text, pages), content_type="application/pdf")


def make_resource(*, files=(), organisations=(), mission_areas=(), tags=(), refresh=True, **fields):
    """A published toolbox resource. `files` is a list of (language, upload) pairs."""
    import datetime

    from toolbox import services
    from toolbox.models import Resource, ResourceFile, ResourceKind

    n = next(_counter)
    fields.setdefault("title", f"Action sheet {n}")
    fields.setdefault("slug", f"action-sheet-{n}")
    fields.setdefault("summary", "How a union organised health days for teachers.")
    fields.setdefault("kind", ResourceKind.ACTION_SHEET)
    fields.setdefault("date", datetime.date(2015, 7, 1))
    fields.setdefault("status", Status.PUBLISHED)
    resource = Resource.objects.create(**fields)
    if organisations:
        resource.organisations.set(organisations)
    if mission_areas:
        resource.mission_areas.set(mission_areas)
    if tags:
        resource.tags.set(list(tags))
    for language, upload in files:
        ResourceFile.objects.create(resource=resource, language=language, file=upload)
    if refresh:
        services.resource_refresh(resource=resource)
    return resource


def make_kit(*, resources=(), **fields):
    from toolbox import services
    from toolbox.models import Kit, KitItem

    n = next(_counter)
    fields.setdefault("title", f"Mobilisation kit {n}")
    fields.setdefault("slug", f"mobilisation-kit-{n}")
    fields.setdefault("description", "Resources handed out at the congress.")
    fields.setdefault("status", Status.PUBLISHED)
    kit = Kit.objects.create(**fields)
    for order, resource in enumerate(resources, start=1):
        KitItem.objects.create(kit=kit, resource=resource, order=order)
    services.kit_build_archives(kit=kit)
    return kit
