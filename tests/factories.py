"""Small `make_*` helpers that build valid, published content with as few arguments as possible."""

import io
import itertools

from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import translation
from PIL import Image

from core.models import MissionArea, Status
from members.models import Organisation, OrganisationKind
from network_site.models import NetworkPage
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
    # The texts go to the columns of the language the sheet is written in (title_fr for a French sheet).
    with translation.override(fields.get("language", "en")):
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


# --- News, events and research-action ------------------------------------------------------------------------------

def make_article(*, tags=(), mission_areas=(), organisations=(), projects=(), resources=(), **fields):
    """A published news article, published an hour ago unless `published_at` says otherwise."""
    import datetime

    from django.utils import timezone

    from news.models import Article

    n = next(_counter)
    fields.setdefault("title", f"News {n}")
    fields.setdefault("slug", f"news-{n}")
    fields.setdefault("summary", "The Network met its members.")
    fields.setdefault("body", "<p>Full story.</p>")
    fields.setdefault("status", Status.PUBLISHED)
    fields.setdefault("published_at", timezone.now() - datetime.timedelta(hours=1))
    article = Article.objects.create(**fields)
    if tags:
        article.tags.set(list(tags))
    for relation, values in [("mission_areas", mission_areas), ("organisations", organisations),
                             ("projects", projects), ("resources", resources)]:
        if values:
            getattr(article, relation).set(values)
    return article


def make_event(*, photos=0, organisations=(), projects=(), resources=(), **fields):
    """A published event in Ottawa, next month unless `start_at` says otherwise, with `photos` gallery photos."""
    import datetime

    from django.utils import timezone

    from news.models import Event, EventKind, Photo

    n = next(_counter)
    start = fields.pop("start_at", timezone.now() + datetime.timedelta(days=30))
    fields.setdefault("title", f"Open forum {n}")
    fields.setdefault("slug", f"open-forum-{n}")
    fields.setdefault("kind", EventKind.OPEN_FORUM)
    fields.setdefault("summary", "A day of collective intelligence.")
    fields.setdefault("end_at", start + datetime.timedelta(hours=8))
    fields.setdefault("city", "Ottawa")
    fields.setdefault("country", "CA")
    fields.setdefault("time_zone", "America/Toronto")
    fields.setdefault("status", Status.PUBLISHED)
    fields.setdefault("published_at", timezone.now() - datetime.timedelta(hours=1))
    event = Event.objects.create(start_at=start, **fields)
    for relation, values in [("organisations", organisations), ("projects", projects), ("resources", resources)]:
        if values:
            getattr(event, relation).set(values)
    for order in range(photos):
        Photo.objects.create(event=event, order=order, image=png_upload(f"photo-{order}.png", size=(800, 600)),
                             image_alt=f"Participants at table {order + 1}", caption=f"Table {order + 1}",
                             credit="Network secretariat")
    return event


def make_research_entry(*, projects=(), partners=(), outputs=(), mission_areas=(), researchers=(), **fields):
    """A published research-action entry. `researchers` is a list of (name, institution, role)."""
    import datetime

    from django.utils import timezone

    from research.models import ResearchEntry, ResearchStatus

    n = next(_counter)
    fields.setdefault("title", f"Research-action {n}")
    fields.setdefault("slug", f"research-action-{n}")
    fields.setdefault("summary", "Researchers and a field project work together.")
    fields.setdefault("research_status", ResearchStatus.FIELDWORK)
    fields.setdefault("start_date", datetime.date(2015, 1, 1))
    fields.setdefault("status", Status.PUBLISHED)
    fields.setdefault("published_at", timezone.now() - datetime.timedelta(hours=1))
    entry = ResearchEntry.objects.create(**fields)
    for relation, values in [("projects", projects), ("partner_institutions", partners), ("outputs", outputs),
                             ("mission_areas", mission_areas)]:
        if values:
            getattr(entry, relation).set(values)
    for order, (name, institution, role) in enumerate(researchers):
        entry.researchers.create(name=name, institution=institution, role=role, order=order)
    return entry
