"""Fill an EMPTY database with years of realistic content for the benchmark.

    DJANGO_SETTINGS_MODULE=... DATABASE_URL=... PRIVATE_MEDIA_ROOT=... python bench/seed.py --manifest seeded.json

`make bench` runs it for you on a fresh database (see bench/README.md). It takes a few minutes:

- Rows are written with bulk_create in batches, not with save(): save() derives thumbnails, checksums, page
  counts and PDF sheets one row at a time, far too slow for 20,000 resources. So this script fills the derived
  fields itself (regions, languages, search text, file checksums...) the way the models and
  toolbox/services.py do, and checks one resource against toolbox.services.resource_refresh at the end.
- Toolbox files are real PDFs: twenty small ones are drawn once with reportlab, and each ResourceFile gets its
  own copy on disk (with a unique trailer, so each has its own checksum).
- PDF sheets are not generated: the site builds a sheet the first time someone asks for it.
- Random choices come from a fixed seed, so every run builds the same data.

The manifest (JSON) names the pages the benchmark visits: slugs of a busy organisation, project, etc.
"""

import argparse
import hashlib
import io
import json
import os
import random
import sys
import time
import uuid
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "network_site.settings.local")
os.environ.setdefault("DB_TIMEOUTS", "off")  # seeding 20,000 rows is not a web request: no statement timeout

import django

django.setup()

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import connection, transaction
from django.utils import translation
from django.utils.text import slugify
from django_countries import countries as country_names
from PIL import Image, ImageDraw, ImageFont
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from taggit.models import Tag, TaggedItem

from core.models import MissionArea, Status
from core.search import search_vectors, sources
from members.models import Membership, Organisation, OrganisationKind
from members.regions import region_for_country
from network_site.models import NetworkPage
from news.models import Article, Event, EventKind
from projects.models import Project, ProjectStatus
from research.models import ResearchEntry, Researcher, ResearchStatus
from toolbox.models import FILE_LANGUAGES, DownloadTotal, Kit, KitItem, Resource, ResourceFile, ResourceKind

# --- How much ---------------------------------------------------------------------------------------------------
# Years of a busy Network; the issue asks for at least 250 / 2,000 / 20,000 / 5,000 / 500.
COUNTS = {
    "organisations": 300,
    "projects": 2200,
    "resources": 20000,
    "articles": 5200,
    "events": 520,
    "kits": 60,
    "research": 40,
}
DRAFT_SHARE = 0.05  # about 5% of everything is still a draft
BATCH = 2000

NOW = datetime.now(UTC).replace(microsecond=0)
rng = random.Random(2024)  # made-up data, not security
_started = time.monotonic()


def in_language(text_language, model, /, **fields):
    """A `model` row whose texts are written in `text_language`: they go to its columns (title_fr for French)."""
    with translation.override(text_language):
        return model(**fields)


def progress(message):
    print(f"[{time.monotonic() - _started:6.1f}s] {message}", flush=True)


# --- Words ------------------------------------------------------------------------------------------------------
# (code, capital, language in which local organisations write): the countries where the Network works most.
COUNTRIES = {
    "africa": [("SN", "Dakar", "fr"), ("CI", "Abidjan", "fr"), ("CM", "Yaoundé", "fr"), ("BF", "Ouagadougou", "fr"),
               ("ML", "Bamako", "fr"), ("NE", "Niamey", "fr"), ("TG", "Lomé", "fr"), ("BJ", "Cotonou", "fr"),
               ("MA", "Rabat", "fr"), ("TN", "Tunis", "fr"), ("CD", "Kinshasa", "fr"), ("GA", "Libreville", "fr"),
               ("MG", "Antananarivo", "fr"), ("RW", "Kigali", "fr"), ("KE", "Nairobi", "en"), ("UG", "Kampala", "en"),
               ("TZ", "Dodoma", "en"), ("ZA", "Pretoria", "en"), ("GH", "Accra", "en"), ("NG", "Abuja", "en")],
    "europe": [("FR", "Paris", "fr"), ("BE", "Brussels", "fr"), ("CH", "Geneva", "fr"), ("LU", "Luxembourg", "fr"),
               ("ES", "Madrid", "es"), ("PT", "Lisbon", "en"), ("IT", "Rome", "en"), ("DE", "Berlin", "en"),
               ("NL", "Amsterdam", "en"), ("SE", "Stockholm", "en"), ("FI", "Helsinki", "en"), ("GB", "London", "en"),
               ("IE", "Dublin", "en"), ("PL", "Warsaw", "en"), ("RO", "Bucharest", "en"), ("GR", "Athens", "en")],
    "latin-america": [("BR", "Brasília", "es"), ("AR", "Buenos Aires", "es"), ("CL", "Santiago", "es"),
                      ("UY", "Montevideo", "es"), ("PY", "Asunción", "es"), ("BO", "La Paz", "es"),
                      ("PE", "Lima", "es"), ("CO", "Bogotá", "es"), ("EC", "Quito", "es"), ("MX", "Mexico City", "es"),
                      ("GT", "Guatemala City", "es"), ("CR", "San José", "es"), ("DO", "Santo Domingo", "es"),
                      ("HT", "Port-au-Prince", "fr")],
    "asia-pacific": [("JP", "Tokyo", "en"), ("KR", "Seoul", "en"), ("IN", "New Delhi", "en"), ("NP", "Kathmandu", "en"),
                     ("PH", "Manila", "en"), ("ID", "Jakarta", "en"), ("KH", "Phnom Penh", "en"), ("FJ", "Suva", "en")],
    "middle-east": [("LB", "Beirut", "fr"), ("JO", "Amman", "en"), ("PS", "Ramallah", "en")],
    "north-america": [("CA", "Ottawa", "en"), ("US", "Washington", "en")],
}
LANGUAGE_OF = {code: language for places in COUNTRIES.values() for code, _city, language in places}
REGION_WEIGHTS = {"africa": 32, "europe": 30, "latin-america": 20, "asia-pacific": 10, "middle-east": 4,
                  "north-america": 4}

TOPICS = {
    "en": ["health", "mental health", "social protection", "health insurance", "prevention", "school meals",
           "first aid", "stress at work", "HIV prevention", "hygiene", "wellbeing", "pensions", "sick leave",
           "maternity protection", "occupational health", "violence at school", "inclusion", "nutrition",
           "vaccination", "clean water"],
    "fr": ["santé", "santé mentale", "protection sociale", "assurance maladie", "prévention", "cantines scolaires",
           "premiers secours", "stress au travail", "prévention du VIH", "hygiène", "bien-être", "retraites",
           "congé maladie", "protection de la maternité", "santé au travail", "violence à l'école", "inclusion",
           "nutrition", "vaccination", "eau potable"],
    "es": ["salud", "salud mental", "protección social", "seguro de salud", "prevención", "comedores escolares",
           "primeros auxilios", "estrés laboral", "prevención del VIH", "higiene", "bienestar", "pensiones",
           "baja por enfermedad", "protección de la maternidad", "salud laboral", "violencia escolar", "inclusión",
           "nutrición", "vacunación", "agua potable"],
}
AUDIENCES = {
    "en": ["teachers", "school staff", "young teachers", "union officers", "pupils", "parents", "head teachers",
           "trainers", "members of mutual societies", "school nurses"],
    "fr": ["enseignants", "personnels de l'éducation", "jeunes enseignants", "responsables syndicaux", "élèves",
           "parents", "chefs d'établissement", "formateurs", "adhérents des mutuelles", "infirmières scolaires"],
    "es": ["docentes", "personal educativo", "docentes jóvenes", "dirigentes sindicales", "alumnos", "familias",
           "directores de escuela", "formadores", "afiliados a mutuales", "enfermeras escolares"],
}
TITLES = {
    "en": ["{Topic} for {audience}", "A guide to {topic} for {audience}", "{Topic}: what {audience} can do",
           "Training {audience} in {topic}", "{Topic} in {country}: a survey of {audience}",
           "Campaign on {topic} with {audience}", "{Topic} and {topic2} at school"],
    "fr": ["{Topic} : guide pour les {audience}", "{Topic} et {topic2} à l'école", "Former les {audience} : {topic}",
           "{Topic} ({country}) : enquête auprès des {audience}", "Campagne {topic} avec les {audience}"],
    "es": ["{Topic}: guía para {audience}", "{Topic} y {topic2} en la escuela", "Formar a {audience}: {topic}",
           "{Topic} en {country}: encuesta a {audience}", "Campaña de {topic} con {audience}"],
}
SENTENCES = {
    "en": ["This work helps {audience} in {country} to act on {topic}.",
           "It was written with {audience} during a two-year project on {topic} and {topic2}.",
           "It explains how unions and mutual societies can work together on {topic}.",
           "Field experience from {country} shows what works for {audience}.",
           "More {audience} now know their rights and use the health services open to them.",
           "Trainers used it in workshops with {audience} and union officers in {country}."],
    "fr": ["Ce travail aide les {audience} à agir sur la {topic} ({country}).",
           "Il a été écrit avec des {audience} pendant un projet de deux ans sur la {topic}.",
           "Il explique comment syndicats et mutuelles peuvent travailler ensemble sur la {topic}.",
           "L'expérience de terrain ({country}) montre ce qui marche pour les {audience}.",
           "Davantage d'{audience} connaissent leurs droits et utilisent les services de santé."],
    "es": ["Este trabajo ayuda a {audience} de {country} a actuar sobre {topic}.",
           "Fue escrito con {audience} durante un proyecto de dos años sobre {topic} y {topic2}.",
           "Explica cómo sindicatos y mutuales pueden trabajar juntos en {topic}.",
           "La experiencia de terreno en {country} muestra lo que funciona para {audience}.",
           "Más {audience} conocen hoy sus derechos y usan los servicios de salud."],
}
ORGANISATION_NAMES = {
    OrganisationKind.EDUCATION_UNION: {
        "en": ["{adj} Union of Teachers of {country}", "{adj} Federation of Education Workers of {country}",
               "{adj} Teachers' Union of {country}"],
        "fr": ["Syndicat {adj_fr} des enseignants ({country})", "Fédération {adj_fr} de l'éducation ({country})"],
        "es": ["Sindicato {adj_es} de Docentes ({country})", "Federación {adj_es} de Trabajadores de la Educación "
               "({country})"],
    },
    OrganisationKind.MUTUAL: {
        "en": ["{adj} Mutual Health Society of Education Staff of {country}"],
        "fr": ["Mutuelle {adj_fr} de l'éducation ({country})"],
        "es": ["Mutual {adj_es} del Magisterio ({country})"],
    },
    OrganisationKind.COOPERATIVE: {"en": ["{adj} Teachers' Cooperative of {country}"],
                                   "fr": ["Coopérative {adj_fr} des enseignants ({country})"],
                                   "es": ["Cooperativa {adj_es} de Docentes ({country})"]},
    OrganisationKind.ASSOCIATION: {"en": ["{adj} Association for School Health of {country}"],
                                   "fr": ["Association {adj_fr} pour la santé scolaire ({country})"],
                                   "es": ["Asociación {adj_es} de Salud Escolar ({country})"]},
    OrganisationKind.RESEARCH: {"en": ["{adj} Institute for Education and Health Research of {country}"],
                                "fr": ["Institut {adj_fr} de recherche en éducation et santé ({country})"],
                                "es": ["Instituto {adj_es} de Investigación en Educación y Salud ({country})"]},
    OrganisationKind.FOUNDATION: {"en": ["{adj} Foundation for Teachers' Health of {country}"],
                                  "fr": ["Fondation {adj_fr} pour la santé des enseignants ({country})"],
                                  "es": ["Fundación {adj_es} para la Salud Docente ({country})"]},
    OrganisationKind.OTHER: {"en": ["{adj} Education Solidarity Fund of {country}"],
                             "fr": ["Fonds {adj_fr} de solidarité de l'éducation ({country})"],
                             "es": ["Fondo {adj_es} de Solidaridad Educativa ({country})"]},
}
ADJECTIVES = [("National", "national", "Nacional"), ("General", "général", "General"),
              ("Autonomous", "autonome", "Autónomo"), ("United", "unitaire", "Unitario"),
              ("Independent", "indépendant", "Independiente"), ("Democratic", "démocratique", "Democrático")]
KIND_WEIGHTS = {OrganisationKind.EDUCATION_UNION: 45, OrganisationKind.MUTUAL: 20, OrganisationKind.ASSOCIATION: 12,
                OrganisationKind.RESEARCH: 8, OrganisationKind.COOPERATIVE: 5, OrganisationKind.FOUNDATION: 5,
                OrganisationKind.OTHER: 5}
EXTRA_TAGS = ["campaign", "congress", "COVID-19", "climate", "gender equality", "youth", "solidarity", "training",
              "survey", "webinar", "mutual societies", "trade unions", "UNESCO", "ILO", "WHO", "Africa",
              "Latin America", "Europe", "public services", "collective bargaining", "digital", "early childhood",
              "vocational education", "disability", "refugees", "rural schools", "universal health coverage",
              "World Teachers' Day", "ageing", "housing"]
LANGUAGE_WEIGHTS = {"en": 55, "fr": 30, "es": 15}


def weighted(weights):
    return rng.choices(list(weights), weights=list(weights.values()))[0]


def zipf_weights(n, exponent=0.8):
    """A few items are used a lot, most a little, as real tags and busy members are."""
    return [1 / (rank ** exponent) for rank in range(1, n + 1)]


def pick_some(items, weights, low, high):
    """Between low and high distinct items, favouring the heavy ones."""
    count = rng.randint(low, high)
    if count == 0 or not items:
        return []
    chosen = dict.fromkeys(rng.choices(items, weights=weights, k=count * 2))
    return list(chosen)[:count]


def status():
    return Status.DRAFT if rng.random() < DRAFT_SHARE else Status.PUBLISHED


def pick_country(region=None):
    region = region or weighted(REGION_WEIGHTS)
    return rng.choice(COUNTRIES[region])


def words(language, country_code=""):
    """Values for the title and sentence templates, in `language`."""
    topic, topic2 = rng.sample(TOPICS[language], 2)
    return {"topic": topic, "Topic": topic[0].upper() + topic[1:], "topic2": topic2,
            "audience": rng.choice(AUDIENCES[language]),
            "country": str(country_names.name(country_code or pick_country()[0]))}


def title_in(language, country_code=""):
    return rng.choice(TITLES[language]).format(**words(language, country_code))


def sentences(language, count, country_code=""):
    return " ".join(rng.choice(SENTENCES[language]).format(**words(language, country_code)) for _ in range(count))


def paragraphs(language, count, country_code=""):
    return "".join(f"<p>{sentences(language, 3, country_code)}</p>" for _ in range(count))


class Slugs:
    """Unique slugs: "guide-to-health" then "guide-to-health-2"..."""

    def __init__(self):
        self.used = set()

    def __call__(self, text):
        base = slugify(text)[:180] or "item"
        slug, number = base, 1
        while slug in self.used:
            number += 1
            slug = f"{base}-{number}"
        self.used.add(slug)
        return slug


def past_datetime(first_year, last=NOW):
    start = datetime(first_year, 1, 1, tzinfo=UTC)
    return start + timedelta(seconds=rng.randint(0, int((last - start).total_seconds())))


def bulk(model, objects):
    """Insert `objects` in batches; on PostgreSQL each object gets its primary key back."""
    return model.objects.bulk_create(objects, batch_size=BATCH)


def link(relation, pairs):
    """Fill a many-to-many relation (e.g. Resource.mission_areas) from (source id, target id) pairs."""
    through = relation.through
    source, target = relation.field.m2m_field_name(), relation.field.m2m_reverse_field_name()
    bulk(through, [through(**{f"{source}_id": a, f"{target}_id": b}) for a, b in pairs])
    return len(pairs)


def tag(objects_with_tags, model):
    """Taggit rows for (object id, [Tag, ...]) pairs."""
    content_type = ContentType.objects.get_for_model(model)
    rows = [TaggedItem(tag_id=t.pk, content_type_id=content_type.pk, object_id=object_id)
            for object_id, tags in objects_with_tags for t in tags]
    bulk(TaggedItem, rows)
    return len(rows)


def write_file(folder, suffix, content):
    """Store `content` under a generated name, as the models' upload_to functions name files."""
    name = f"{folder}/{uuid.uuid4().hex}{suffix}"
    path = Path(settings.PRIVATE_MEDIA_ROOT if folder.startswith("toolbox/") else settings.MEDIA_ROOT) / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content)
    return name


# --- Real files -------------------------------------------------------------------------------------------------

def small_pdfs(count=20):
    """(bytes, page count, text) of `count` small real PDFs, drawn once with reportlab."""
    pdfs = []
    for number in range(count):
        language = ["en", "fr", "es"][number % 3]
        buffer = io.BytesIO()
        pdf = canvas.Canvas(buffer, pagesize=A4)
        lines = [title_in(language)] + [sentences(language, 1) for _ in range(12)]
        pages = 1 + number % 4
        for page in range(pages):
            y = 780
            for line in lines:
                pdf.drawString(60, y, line[:95])
                y -= 18
            pdf.drawString(60, 60, f"Page {page + 1}/{pages} · benchmark document {number + 1}")
            pdf.showPage()
        pdf.save()
        pdfs.append((buffer.getvalue(), pages, " ".join(lines)))
    return pdfs


def logo_png(letters, size=240):
    """A monogram logo: white letters on a coloured square."""
    colour = rng.choice(["#0b5470", "#b2400c", "#2f6b3a", "#5b3f8c", "#8a1c3b"])
    image = Image.new("RGB", (size, size), colour)
    draw = ImageDraw.Draw(image)
    draw.text((size / 2, size / 2), letters[:4], fill="white", anchor="mm", font=ImageFont.load_default(size=size // 4))
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return buffer.getvalue()


def big_file(megabytes):
    """A file of `megabytes` MiB that starts like a PDF; the rest is random (incompressible, like real PDFs)."""
    name = f"toolbox/files/{uuid.uuid4().hex}.pdf"
    path = Path(settings.PRIVATE_MEDIA_ROOT) / name
    path.parent.mkdir(parents=True, exist_ok=True)
    digest = hashlib.sha256()
    with path.open("wb") as out:
        header = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
        chunks = [header + os.urandom(1024 * 1024 - len(header))]
        chunks += [os.urandom(1024 * 1024) for _ in range(megabytes - 2)] + [os.urandom(1024 * 1024 - 6) + b"%%EOF\n"]
        for chunk in chunks:
            digest.update(chunk)
            out.write(chunk)
    return name, megabytes * 1024 * 1024, digest.hexdigest()


# --- Content ----------------------------------------------------------------------------------------------------

def seed_tags():
    names = [topic for language in ("en", "fr", "es") for topic in TOPICS[language]] + EXTRA_TAGS
    by_slug = {}
    for name in names:  # "prevention" and "prévention" would share a slug: keep the first
        by_slug.setdefault(slugify(name), name)
    names = list(by_slug.values())
    rng.shuffle(names)
    tags = bulk(Tag, [Tag(name=name, slug=slugify(name)) for name in names])
    return tags, zipf_weights(len(tags), 1.0)


def seed_organisations(slugs):
    kinds = list(KIND_WEIGHTS)
    names, organisations = set(), []
    while len(organisations) < COUNTS["organisations"]:
        kind = rng.choices(kinds, weights=list(KIND_WEIGHTS.values()))[0]
        code, city, language = pick_country()
        adj, adj_fr, adj_es = rng.choice(ADJECTIVES)
        name = rng.choice(ORGANISATION_NAMES[kind][language]).format(
            adj=adj, adj_fr=adj_fr, adj_es=adj_es, country=country_names.name(code))
        if name in names:
            continue
        names.add(name)
        initials = "".join(word[0] for word in name.split("(")[0].split() if len(word) > 3 and word[0].isalpha())
        acronym = f"{initials.upper()[:6]}-{code}"
        organisations.append(Organisation(
            name=name, acronym=acronym, slug=slugs(acronym if rng.random() < 0.5 else name), kind=kind,
            membership=rng.choices(list(Membership), weights=[15, 65, 20])[0], country=code,
            region=region_for_country(code), city=city, website=f"https://www.{slugify(acronym)}.example.org/",
            description=paragraphs(language, 2, code), health_social_protection_work=paragraphs(language, 2, code),
            founded_year=rng.randint(1900, 2015), people_represented=rng.randint(500, 900_000),
            joined_year=rng.randint(2009, 2025), contact_email=f"contact@{slugify(acronym)}.example.org",
            status=status(),
        ))
    # The busiest members are featured on the home page and have a logo (most lists show a monogram).
    for number, organisation in enumerate(organisations[:12]):
        organisation.status = Status.PUBLISHED
        organisation.is_featured = number < 8
        png = logo_png(organisation.acronym.split("-")[0])
        organisation.logo = write_file("members/logos", ".png", png)
        organisation.logo_thumbnail = write_file("members/logos/thumbs", ".png", png)
        organisation.logo_thumbnail_width = organisation.logo_thumbnail_height = 240  # logo_png's size
    return bulk(Organisation, organisations)


def seed_projects(slugs, organisations, areas, tags, tag_weights):
    lead_weights = zipf_weights(len(organisations), 0.7)
    projects, partners, project_areas, project_tags = [], [], [], []
    for _ in range(COUNTS["projects"]):
        lead = rng.choices(organisations, weights=lead_weights)[0]
        region = lead.region if rng.random() < 0.8 else None
        codes = list(dict.fromkeys(pick_country(region)[0] for _ in range(rng.choice([1, 1, 1, 2, 3]))))
        language = LANGUAGE_OF.get(str(lead.country), "en") if rng.random() < 0.7 else "en"
        start = date(rng.randint(2009, 2025), rng.randint(1, 12), 1)
        end = start + timedelta(days=365 * rng.randint(1, 4))
        progress_status = (ProjectStatus.COMPLETED if end < NOW.date() else
                           ProjectStatus.PLANNED if start > NOW.date() else ProjectStatus.ONGOING)
        title = title_in(language, codes[0])
        projects.append(in_language(language, Project,
            title=title, slug=slugs(title), summary=sentences(language, 2, codes[0]),
            context=paragraphs(language, 2, codes[0]), lead_organisation=lead, countries=codes,
            regions=sorted({region_for_country(code) for code in codes} - {""}),
            project_status=progress_status, start_date=start, end_date=end,
            beneficiaries_description=sentences(language, 1), beneficiaries_count=rng.randint(50, 50_000),
            general_objective=paragraphs(language, 1), specific_objectives=paragraphs(language, 1),
            activities=paragraphs(language, 2), results=paragraphs(language, 1), funders="AFD\nEuropean Union",
            status=status(),
        ))
    for project in projects[:6]:
        project.is_featured, project.status = True, Status.PUBLISHED
    bulk(Project, projects)
    for project in projects:
        others = [org for org in pick_some(organisations, lead_weights, 0, 4) if org.pk != project.lead_organisation_id]
        partners += [(project.pk, org.pk) for org in others]
        project_areas += [(project.pk, area.pk) for area in rng.sample(areas, rng.randint(1, 2))]
        project_tags.append((project.pk, pick_some(tags, tag_weights, 1, 4)))
    links = link(Project.partner_organisations, partners) + link(Project.mission_areas, project_areas)
    return projects, links + tag(project_tags, Project)


def seed_resources(slugs, organisations, projects, areas, tags, tag_weights):
    pdfs = small_pdfs()
    org_weights = zipf_weights(len(organisations), 0.7)
    language_codes = [code for code, _name in FILE_LANGUAGES]
    resources, files, plan, download_totals = [], [], [], []
    for number in range(COUNTS["resources"]):
        language = weighted(LANGUAGE_WEIGHTS)
        makers = sorted(pick_some(organisations, org_weights, 1, 2), key=lambda org: org.name)
        project = rng.choice(projects) if rng.random() < 0.4 else None
        codes = list(dict.fromkeys(pick_country()[0] for _ in range(rng.randint(0, 3))))
        file_languages = []
        if rng.random() < 0.88:  # most resources have files; the others only have their sheet
            extra = rng.choices(["en", "fr", "es", "pt"], k=rng.randint(0, 2))
            file_languages = sorted({language, *extra})  # in the order resource.files.all() gives them
        resource_tags = sorted(pick_some(tags, tag_weights, 1, 4), key=lambda t: t.pk)
        pdf_choices = [rng.randrange(len(pdfs)) for _ in file_languages]
        title = title_in(language, codes[0] if codes else "")
        resource = in_language(language, Resource,
            title=title, slug=slugs(title), summary=sentences(language, 2), kind=rng.choice(list(ResourceKind)),
            language=language, countries=codes, regions=sorted({region_for_country(c) for c in codes} - {""}),
            project=project, date=date(rng.randint(2005, 2025), rng.randint(1, 12), rng.randint(1, 28)),
            context=sentences(language, 2), objectives=sentences(language, 1), target_public=sentences(language, 1),
            activities=sentences(language, 2), results=sentences(language, 1), lessons_learned=sentences(language, 1),
            contact="contact@education-solidarite.org", status=status(),
        )
        download_totals.append(min(int(rng.paretovariate(1.2) * 3) - 3, 40_000))
        present = {language, *file_languages}
        resource.languages = [code for code in language_codes if code in present]
        # The same parts as services.resource_search_text: the sheet, the published makers, the published
        # project's titles, tags, the files' text.
        project_titles = [] if project is None or project.status != Status.PUBLISHED else list(dict.fromkeys(
            text.strip() for text in (project.title_en, project.title_fr, project.title_es) if (text or "").strip()
        ))
        parts = [resource.title, resource.summary, *(getattr(resource, name) for name in Resource.SHEET_SECTIONS),
                 *(f"{org.name} {org.acronym}" for org in makers if org.status == Status.PUBLISHED),
                 *project_titles, *(t.name for t in resource_tags), *(pdfs[choice][2] for choice in pdf_choices)]
        resource.search_text = "\n".join(part for part in parts if part)
        uploaded_at = datetime.combine(resource.date, datetime.min.time(), UTC) + timedelta(hours=rng.randint(8, 600))
        resource.files_updated_at = uploaded_at if file_languages else None
        resources.append(resource)
        plan.append((makers, resource_tags, list(zip(file_languages, pdf_choices, strict=True)), uploaded_at))
        if (number + 1) % 5000 == 0:
            progress(f"  resources: {number + 1} prepared")
    bulk(Resource, resources)
    # "Most downloaded" reads these totals (one row per resource ever downloaded), kept apart from the resource rows.
    bulk(DownloadTotal, [DownloadTotal(resource_id=resource.pk, count=count)
                         for resource, count in zip(resources, download_totals, strict=True) if count > 0])
    progress(f"  resources: {len(resources)} rows inserted; writing files")

    makers_pairs, area_pairs, tag_pairs = [], [], []
    for resource, (makers, resource_tags, file_plan, uploaded_at) in zip(resources, plan, strict=True):
        makers_pairs += [(resource.pk, org.pk) for org in makers]
        area_pairs += [(resource.pk, area.pk) for area in rng.sample(areas, rng.randint(1, 2))]
        tag_pairs.append((resource.pk, resource_tags))
        for file_language, choice in file_plan:
            content, pages, text = pdfs[choice]
            # A unique trailer after %%EOF (readers ignore it): every file has its own checksum, as real ones do.
            content = content + f"%bench-file {resource.pk}-{file_language}\n".encode()
            files.append(ResourceFile(
                resource=resource, language=file_language, file=write_file("toolbox/files", ".pdf", content),
                original_name=f"{resource.slug[:60]}-{file_language}.pdf", format="pdf",
                content_type="application/pdf", size=len(content), sha256=hashlib.sha256(content).hexdigest(),
                page_count=pages, text=text, uploaded_at=uploaded_at,
            ))
    bulk(ResourceFile, files)
    links = (link(Resource.organisations, makers_pairs) + link(Resource.mission_areas, area_pairs)
             + tag(tag_pairs, Resource))
    return resources, len(files), links


def seed_big_downloads(organisation):
    """Two published resources with a 10 MB and a 100 MB file, for the download test."""
    slugs = {}
    for megabytes in (10, 100):
        slug = f"bench-{megabytes}mb"
        resource = Resource.objects.create(
            title=f"Benchmark download ({megabytes} MB)", slug=slug, kind=ResourceKind.TRAINING,
            summary="A large file used by the performance benchmark.", language="en", date=date(2015, 6, 1),
            status=Status.PUBLISHED, languages=["en"], search_text=f"Benchmark download {megabytes} MB",
            files_updated_at=NOW,
        )
        resource.organisations.add(organisation)
        name, size, sha256 = big_file(megabytes)
        ResourceFile.objects.bulk_create([ResourceFile(
            resource=resource, language="en", file=name, original_name=f"{slug}.pdf", format="pdf",
            content_type="application/pdf", size=size, sha256=sha256, page_count=1, uploaded_at=NOW,
        )])
        slugs[f"download_{megabytes}mb"] = slug
    return slugs


def seed_kits(slugs, resources):
    published = [r for r in resources if r.status == Status.PUBLISHED]
    kits, items = [], []
    for number in range(COUNTS["kits"]):
        language = weighted(LANGUAGE_WEIGHTS)
        year = rng.randint(2010, 2025)
        title = f"{title_in(language)} — kit {year}"
        kits.append(in_language(language, Kit,
            title=title, slug=slugs(title), description=sentences(language, 3), event=f"World Teachers' Day {year}",
            event_date=date(year, 10, 5), is_featured=number == 0, status=Status.PUBLISHED if number < 3 else status(),
        ))
    bulk(Kit, kits)
    for kit in kits:
        for order, resource in enumerate(rng.sample(published, rng.randint(5, 20)), start=1):
            items.append(KitItem(kit=kit, resource=resource, order=order))
    bulk(KitItem, items)
    return kits, len(items)


def seed_articles(slugs, organisations, projects, resources, areas, tags, tag_weights):
    org_weights = zipf_weights(len(organisations), 0.7)
    articles, plan = [], []
    for _ in range(COUNTS["articles"]):
        language = weighted(LANGUAGE_WEIGHTS)
        # More news in recent years; a few articles are scheduled for the coming weeks.
        published_at = NOW - timedelta(days=int(abs(rng.gauss(0, 1800))) % 5600, minutes=rng.randint(0, 1440))
        if rng.random() < 0.01:
            published_at = NOW + timedelta(days=rng.randint(1, 30))
        title = title_in(language)
        articles.append(in_language(language, Article,
            title=title, slug=slugs(title), summary=sentences(language, 2), body=paragraphs(language, 5),
            published_at=published_at, status=status(), is_featured=rng.random() < 0.004,
        ))
        plan.append((pick_some(tags, tag_weights, 1, 3), pick_some(organisations, org_weights, 0, 2),
                     rng.sample(projects, rng.choice([0, 0, 1])), rng.sample(resources, rng.choice([0, 0, 1, 2])),
                     rng.sample(areas, rng.randint(0, 2))))
    bulk(Article, articles)
    pairs = {"tags": [], "orgs": [], "projects": [], "resources": [], "areas": []}
    for article, (a_tags, orgs, a_projects, a_resources, a_areas) in zip(articles, plan, strict=True):
        pairs["tags"].append((article.pk, a_tags))
        pairs["orgs"] += [(article.pk, o.pk) for o in orgs]
        pairs["projects"] += [(article.pk, p.pk) for p in a_projects]
        pairs["resources"] += [(article.pk, r.pk) for r in a_resources]
        pairs["areas"] += [(article.pk, a.pk) for a in a_areas]
    links = (tag(pairs["tags"], Article) + link(Article.organisations, pairs["orgs"])
             + link(Article.projects, pairs["projects"]) + link(Article.resources, pairs["resources"])
             + link(Article.mission_areas, pairs["areas"]))
    return articles, plan, links


def seed_events(slugs, organisations, projects, resources):
    titles = {EventKind.GENERAL_ASSEMBLY: "General assembly of the Network {year}",
              EventKind.OPEN_FORUM: "Open forum on {topic} in {city}", EventKind.WEBINAR: "Webinar: {topic}",
              EventKind.CONGRESS: "Congress on {topic} in {city}", EventKind.TRAINING: "Training on {topic} in {city}"}
    events, plan = [], []
    for _ in range(COUNTS["events"]):
        kind = rng.choice(list(EventKind))
        region = weighted(REGION_WEIGHTS)
        code, city, _language = pick_country(region)
        # Events since 2010, about thirty still to come.
        start = past_datetime(2010, NOW + timedelta(days=300)).replace(minute=0, second=0)
        online = kind == EventKind.WEBINAR or rng.random() < 0.1
        title = titles[kind].format(year=start.year, topic=rng.choice(TOPICS["en"]), city=city)
        events.append(Event(
            title=title, slug=slugs(title), kind=kind, summary=sentences("en", 2, code),
            start_at=start, end_at=start + timedelta(hours=rng.choice([2, 8, 32, 56])),
            time_zone=rng.choice(["Europe/Paris", "Africa/Dakar", "America/Bogota", "America/Toronto", "UTC"]),
            is_online=online, venue="" if online else "Maison des syndicats", city="" if online else city,
            country="" if online else code, online_url="https://meet.example.org/network" if online else "",
            description=paragraphs("en", 2, code), programme=paragraphs("en", 2), outcomes=paragraphs("en", 1),
            published_at=min(start - timedelta(days=30), NOW - timedelta(days=1)), status=status(),
        ))
        plan.append((rng.sample(organisations, rng.randint(0, 3)), rng.sample(projects, rng.randint(0, 2)),
                     rng.sample(resources, rng.randint(0, 2))))
    bulk(Event, events)
    links = (link(Event.organisations, [(e.pk, o.pk) for e, p in zip(events, plan, strict=True) for o in p[0]])
             + link(Event.projects, [(e.pk, x.pk) for e, p in zip(events, plan, strict=True) for x in p[1]])
             + link(Event.resources, [(e.pk, r.pk) for e, p in zip(events, plan, strict=True) for r in p[2]]))
    return events, plan, links


def seed_research(slugs, organisations, projects, resources, areas):
    institutes = [o for o in organisations if o.kind == OrganisationKind.RESEARCH] or organisations
    entries, researchers, plan = [], [], []
    for number in range(COUNTS["research"]):
        research_status = rng.choice(list(ResearchStatus))
        start = date(rng.randint(2012, 2025), rng.randint(1, 12), 1)
        title = f"Research-action: {title_in('en')}"
        entries.append(ResearchEntry(
            title=title, slug=slugs(title), summary=sentences("en", 2), research_question=paragraphs("en", 1),
            method=paragraphs("en", 2), research_status=research_status, start_date=start,
            end_date=start + timedelta(days=700),
            deadline=(NOW + timedelta(days=rng.randint(-200, 90))
                      if research_status == ResearchStatus.CALL_OPEN else None),
            published_at=NOW - timedelta(days=rng.randint(1, 3000)),
            status=Status.PUBLISHED if number < 5 else status(),
        ))
        plan.append((rng.sample(institutes, min(len(institutes), rng.randint(1, 3))),
                     rng.sample(projects, rng.randint(1, 3)), rng.sample(resources, rng.randint(1, 6)),
                     rng.sample(areas, rng.randint(1, 2))))
    bulk(ResearchEntry, entries)
    for entry in entries:
        for order in range(rng.randint(1, 4)):
            researchers.append(Researcher(entry=entry, name=f"Researcher {entry.pk}-{order + 1}",
                                          institution="University of Dakar", role="Fieldwork", order=order))
    bulk(Researcher, researchers)
    rows = list(zip(entries, plan, strict=True))
    links = (link(ResearchEntry.partner_institutions, [(e.pk, o.pk) for e, p in rows for o in p[0]])
             + link(ResearchEntry.projects, [(e.pk, x.pk) for e, p in rows for x in p[1]])
             + link(ResearchEntry.outputs, [(e.pk, r.pk) for e, p in rows for r in p[2]])
             + link(ResearchEntry.mission_areas, [(e.pk, a.pk) for e, p in rows for a in p[3]]))
    return entries, plan, links


def seed_network_pages(slugs):
    pages = [NetworkPage(title=title, slug=slugs(title), summary=sentences("en", 1), body=paragraphs("en", 4),
                         order=order, status=Status.PUBLISHED)
             for order, title in enumerate(["Who we are", "Our mission", "Governance"], start=1)]
    return bulk(NetworkPage, pages)


def check_against_services(resource):
    """Rebuild one resource with the app's own code and compare: warns if the app's derived fields drifted
    from what this script writes (e.g. a new text-search configuration)."""
    from toolbox import services

    fields = ["search_text", "languages", "search_vector_en", "search_vector_fr", "search_vector_es",
              "files_updated_at", "facet_keys"]
    before = Resource.objects.values(*fields).get(pk=resource.pk)
    try:
        services.resource_refresh(resource=Resource.objects.get(pk=resource.pk))
    except Exception as error:  # a warning, not a failure of the seed
        progress(f"WARNING: could not compare with toolbox.services.resource_refresh: {error!r}")
        return
    after = Resource.objects.values(*fields).get(pk=resource.pk)
    differ = [field for field in fields if before[field] != after[field]]
    if differ:
        progress(f"WARNING: derived fields differ from toolbox.services.resource_refresh: {', '.join(differ)} "
                 "(update bench/seed.py to match)")
    else:
        progress("Derived fields match toolbox.services.resource_refresh (checked on one resource)")


def published(objects):
    return [o for o in objects if o.status == Status.PUBLISHED and getattr(o, "published_at", NOW) <= NOW]


def published_ids(objects):
    return {o.pk for o in published(objects)}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--manifest", type=Path, help="write the slugs of the pages to visit to this JSON file")
    parser.add_argument("--scale", type=float, default=1.0, help="multiply the amounts (e.g. 0.05 to try changes)")
    args = parser.parse_args()
    for name in COUNTS:
        COUNTS[name] = max(10, round(COUNTS[name] * args.scale))
    if Resource.objects.exists() or Organisation.objects.exists():
        sys.exit("The database already has content: bench/seed.py only fills a fresh, empty database.")

    counts = {}
    with transaction.atomic():
        slugs = Slugs()
        areas = list(MissionArea.objects.all())
        if not areas:  # made by a migration; just in case
            areas = bulk(MissionArea, [MissionArea(name=n, slug=slugify(n), order=i)
                                       for i, n in enumerate(["Healthy schools", "Social protection for all"])])
        tags, tag_weights = seed_tags()
        progress(f"{len(tags)} tags, {len(areas)} mission areas")
        organisations = seed_organisations(slugs)
        progress(f"{len(organisations)} organisations")
        projects, links = seed_projects(slugs, organisations, areas, tags, tag_weights)
        progress(f"{len(projects)} projects ({links} links and tags)")
        resources, file_count, links = seed_resources(slugs, organisations, projects, areas, tags, tag_weights)
        progress(f"{len(resources)} resources, {file_count} files ({links} links and tags)")
        big = seed_big_downloads(organisations[0])
        progress("2 large downloads (10 MB, 100 MB)")
        kits, item_count = seed_kits(slugs, resources)
        progress(f"{len(kits)} kits, {item_count} items")
        articles, article_plan, links = seed_articles(slugs, organisations, projects, resources, areas, tags,
                                                      tag_weights)
        progress(f"{len(articles)} articles ({links} links and tags)")
        events, event_plan, links = seed_events(slugs, organisations, projects, resources)
        progress(f"{len(events)} events ({links} links)")
        entries, research_plan, links = seed_research(slugs, organisations, projects, resources, areas)
        progress(f"{len(entries)} research-action entries ({links} links)")
        seed_network_pages(slugs)

        # The stored search vectors of every searchable type, one UPDATE per table: what `manage.py rebuild_search`
        # writes (save() and services.resource_refresh do it row by row; resources' search_text is filled above).
        for source in sources():
            source.model._base_manager.update(**search_vectors(source.model))
        progress("Search vectors filled (one per language of the site, every searchable type)")
        # The toolbox's facet keys (what its list counts), with the app's own UPDATE, 500 rows at a time as
        # rebuild_search does: one statement over every row (the pks as a subquery) ran for over 9 minutes at 20,000.
        from toolbox import services as toolbox_services

        pks = list(Resource.objects.order_by("pk").values_list("pk", flat=True))
        for start in range(0, len(pks), 500):
            toolbox_services.resource_facet_keys_refresh(pks=pks[start:start + 500])
        progress("Facet keys of the toolbox resources filled")
        sample = next(r for r in resources if r.status == Status.PUBLISHED and len(r.languages) > 1)
        check_against_services(sample)
        counts = {"organisations": len(organisations), "projects": len(projects), "resources": len(resources) + 2,
                  "resource_files": file_count + 2, "articles": len(articles), "events": len(events),
                  "kits": len(kits), "kit_items": item_count, "research_entries": len(entries), "tags": len(tags),
                  "tagged_items": TaggedItem.objects.count(), "drafts_share": DRAFT_SHARE}

    if connection.vendor == "postgresql":
        # Fresh statistics and no dead rows, as a production database has them once autovacuum has passed: the bulk
        # updates above (search vectors, facet keys) leave half of the resources' pages dead, which a cold page would
        # otherwise read (and index-only scans need the visibility map VACUUM writes).
        with connection.cursor() as cursor:
            cursor.execute("VACUUM ANALYZE")
        progress("VACUUM ANALYZE done")

    if args.manifest:
        write_manifest(args.manifest, counts, big, organisations, projects, resources, kits, articles, article_plan,
                       events, event_plan, entries, research_plan, tags)
    progress("Seed complete")


def write_manifest(path, counts, big, organisations, projects, resources, kits, articles, article_plan, events,
                   event_plan, entries, research_plan, tags):
    """The pages the benchmark visits: busy but ordinary items, as visitors most often open."""
    live_projects = published(projects)
    led = {}
    for project in live_projects:
        led[project.lead_organisation_id] = led.get(project.lead_organisation_id, 0) + 1
    # A big member (5th by number of projects it leads), not the single most extreme one.
    organisation = sorted(published(organisations), key=lambda o: -led.get(o.pk, 0))[4]
    project = next(p for p in live_projects if p.project_status == ProjectStatus.ONGOING)
    resource = next(r for r in published(resources) if len(r.languages) > 1 and r.project_id)
    kit = max(published(kits), key=lambda k: KitItem.objects.filter(kit=k).count())
    live_articles, live_events = published_ids(articles), published_ids(events)
    article = next(a for a, p in zip(articles, article_plan, strict=True) if a.pk in live_articles and p[1] and p[3])
    event = next(e for e, p in zip(events, event_plan, strict=True)
                 if e.pk in live_events and e.end_at < NOW and p[0] and p[2])
    entry = max(published(entries), key=lambda e: len(research_plan[entries.index(e)][2]))
    # The topic with the most published articles in 2019, for /news/?year=2019&tag=...
    in_2019 = [p[0] for a, p in zip(articles, article_plan, strict=True)
               if a.pk in live_articles and a.published_at.year == 2019]
    tag_counts = {t.slug: sum(t in chosen for chosen in in_2019) for t in tags}
    manifest = {
        "counts": counts,
        "organisation": organisation.slug, "project": project.slug, "resource": resource.slug, "kit": kit.slug,
        "article": article.slug, "event": event.slug, "research": entry.slug,
        "news_tag_2019": max(tag_counts, key=tag_counts.get), **big,
        "vocabulary": vocabulary(organisations, projects, resources, kits, articles, events, entries, research_plan),
    }
    path.write_text(json.dumps(manifest, indent=2))
    progress(f"Manifest written to {path}")


def vocabulary(organisations, projects, resources, kits, articles, events, entries, research_plan):
    """What exists in the data, for the benchmark's cold requests (each one a different search, filter combination
    or object): the words titles are made of, filter values that published items have, slugs of many items."""
    sample = random.Random(7)  # its own generator: the data above stays the same whatever is sampled here
    live = {name: published(objects) for name, objects in [
        ("organisations", organisations), ("projects", projects), ("resources", resources), ("kits", kits),
        ("articles", articles), ("events", events), ("research", entries)]}

    def some_slugs(objects, count=500):
        return sorted(sample.sample([o.slug for o in objects], min(count, len(objects))))

    def used_tags(model, objects):
        ids = [o.pk for o in objects]
        return sorted(set(TaggedItem.objects.filter(content_type=ContentType.objects.get_for_model(model),
                                                    object_id__in=ids).values_list("tag__slug", flat=True)))

    def words_of(phrases):
        return sorted({word.strip("'").lower() for phrase in phrases for word in phrase.replace("'", " ").split()
                       if len(word) >= 4})

    live_entries = {e.pk for e in live["research"]}
    live_projects = {p.pk for p in live["projects"]}
    return {
        "words": {language: words_of(TOPICS[language] + AUDIENCES[language]) for language in TOPICS},
        "phrases": {language: TOPICS[language] + AUDIENCES[language] for language in TOPICS},
        "slugs": {name: some_slugs(objects) for name, objects in live.items()},
        "tags": {"projects": used_tags(Project, live["projects"]), "resources": used_tags(Resource, live["resources"]),
                 "articles": used_tags(Article, live["articles"])},
        "countries": {"organisations": sorted({str(o.country) for o in live["organisations"]}),
                      "projects": sorted({str(code) for p in live["projects"] for code in p.countries}),
                      "resources": sorted({str(code) for r in live["resources"] for code in r.countries})},
        "regions": sorted({str(o.region) for o in live["organisations"]}),
        "languages": [code for code, _name in FILE_LANGUAGES],
        "mission_areas": sorted(MissionArea.objects.values_list("slug", flat=True)),
        "years": {"resources": sorted({r.date.year for r in live["resources"]}),
                  "articles": sorted({a.published_at.year for a in live["articles"]})},
        "kinds": {"organisations": sorted({str(o.kind) for o in live["organisations"]}),
                  "resources": sorted({str(r.kind) for r in live["resources"]}),
                  "events": sorted({str(e.kind) for e in live["events"]})},
        "memberships": sorted({str(o.membership) for o in live["organisations"]}),
        "project_statuses": sorted({str(p.project_status) for p in live["projects"]}),
        "research_stages": sorted({str(e.research_status) for e in live["research"]}),
        "research_projects": sorted({p.slug for e, plan in zip(entries, research_plan, strict=True)
                                     if e.pk in live_entries for p in plan[1] if p.pk in live_projects}),
        "published": {name: len(objects) for name, objects in live.items()},
    }


if __name__ == "__main__":
    main()
