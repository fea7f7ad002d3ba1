"""What search engines and link previews read in a page's <head>: canonical address, OpenGraph and JSON-LD.

base.html fills the tags from a few blocks (`og_type`, `og_image`, `og_image_alt`, `twitter_card`,
`structured_data`); detail pages override them. The structured data is built here in Python as dictionaries
(schema.org vocabulary) and serialised with json.dumps, never assembled in a template. Everything reads only
what the view already loaded: no tag here runs a query on a page whose view prefetched its relations.
"""

import html
import json
import re

from django import template
from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.template.loader_tags import BLOCK_CONTEXT_KEY
from django.templatetags.static import static
from django.urls import reverse, translate_url
from django.utils.html import strip_tags
from django.utils.safestring import mark_safe
from django.utils.text import Truncator
from django.utils.translation import get_language, gettext, to_locale

from core.languages import SITE_LANGUAGES, local_path, shown_language
from members.models import Organisation
from news.models import Article, Event
from projects.models import Project
from research.models import ResearchEntry
from toolbox.models import Kit, Resource

register = template.Library()

DEFAULT_IMAGE = "img/og-default.png"
LOGO = "img/logo.svg"
# og:locale wants language_TERRITORY; the site writes British English.
OG_LOCALES = {"en": "en_GB", "fr": "fr_FR", "es": "es_ES"}
# The characters that could end a <script> element or open a comment, as JSON escapes (what json_script does).
JSON_SCRIPT_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}
# "CC BY-NC-SA 4.0" and the like, for a link to the licence deed.
CREATIVE_COMMONS = re.compile(r"^CC[ -](?P<kind>BY(-NC)?(-SA|-ND)?)[ -](?P<version>\d\.\d)$", re.IGNORECASE)


# --- Head tags ----------------------------------------------------------------------------------------------------

def _canonical_path(request, language=None):
    """The page's path (in `language`, by default the page's own), with `?page=N` past a list's first page."""
    path = local_path(request.path)
    path = translate_url(path, language) if language else path
    page = request.GET.get("page", "")
    if page.isdigit() and int(page) > 1:
        path += f"?page={int(page)}"
    return path


@register.simple_tag(takes_context=True)
def canonical_url(context):
    """The page's absolute address without its query string, except `?page=N` past the first page of a list."""
    request = context.get("request")
    if request is None:
        return ""
    return request.build_absolute_uri(_canonical_path(request))


@register.simple_tag(takes_context=True)
def language_alternates(context):
    """[(hreflang, absolute address)] of this page in every language, and x-default (the English one)."""
    request = context.get("request")
    if request is None:
        return []
    alternates = [(code, request.build_absolute_uri(_canonical_path(request, code))) for code in SITE_LANGUAGES]
    default = dict(alternates)[settings.LANGUAGE_CODE]
    return [*alternates, ("x-default", default)]


@register.simple_tag(takes_context=True)
def absolute_uri(context, url):
    """`url` (a path, or a media URL that may already be absolute) as an absolute address."""
    request = context.get("request")
    if request is None:
        return settings.SITE_URL.rstrip("/") + url if url.startswith("/") else url
    return request.build_absolute_uri(url)


@register.simple_tag(takes_context=True)
def absolute_static(context, path):
    return absolute_uri(context, static(path))


@register.simple_tag
def og_locale():
    language = get_language() or settings.LANGUAGE_CODE
    return OG_LOCALES.get(language, to_locale(language))


@register.simple_tag
def og_locale_alternates():
    """The og:locale of the page in the site's other languages."""
    current = get_language() or settings.LANGUAGE_CODE
    return [OG_LOCALES[code] for code in SITE_LANGUAGES if code != current and code in OG_LOCALES]


@register.simple_tag(takes_context=True)
def block_text(context, name):
    """The text of block `name` as this page fills it, for a second use (og:title repeats the <title> block).

    Renders the most specific version of the block the way BlockNode.render does, so `{{ block.super }}` works,
    then returns plain text (tags dropped, entities decoded, spaces collapsed); the tag's output is escaped again.
    """
    block_context = context.render_context.get(BLOCK_CONTEXT_KEY)
    block = block_context.pop(name) if block_context else None
    if block is None:
        return ""
    try:
        with context.push():
            node = type(block)(block.name, block.nodelist)
            node.context = context
            context["block"] = node
            text = node.nodelist.render(context)
    finally:
        block_context.push(name, block)
    return plain_text(text)


# --- Structured data (JSON-LD) ------------------------------------------------------------------------------------

@register.simple_tag(takes_context=True)
def json_ld(context, obj=None, **extra):
    """`<script type="application/ld+json">` describing `obj` (a page's object), or the Network without one.

    Extra arguments are things the view loaded for the page (an event's `photos`, a kit's `items`...).
    """
    builder = JsonLd(context.get("request"))
    data = builder.network() if obj is None else builder.describe(obj, **extra)
    return json_script_ld(data)


def json_script_ld(data):
    """`data` as JSON inside a script element, safe whatever its strings contain (nothing can close the element)."""
    text = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False).translate(JSON_SCRIPT_ESCAPES)
    return mark_safe(f'<script type="application/ld+json">{text}</script>')  # escaped above


def plain_text(value, limit=None):
    """Rich text or rendered HTML as one line of plain text, optionally cut at `limit` characters."""
    text = " ".join(html.unescape(strip_tags(str(value or ""))).split())
    return Truncator(text).chars(limit) if limit else text


def licence_url(licence):
    """The Creative Commons deed of a licence written "CC BY-NC-SA 4.0", else None (the text is used as is)."""
    match = CREATIVE_COMMONS.match((licence or "").strip())
    if not match:
        return None
    return f"https://creativecommons.org/licenses/{match['kind'].lower()}/{match['version']}/"


def iso(value):
    """ISO 8601 with the UTC offset (a datetime) or a plain date, without microseconds."""
    if value is None:
        return None
    if hasattr(value, "microsecond"):
        value = value.replace(microsecond=0)
    return value.isoformat()


def without_empty(data):
    """The dictionary without keys whose value is None, "" or an empty list (schema.org: absent, not empty)."""
    return {key: value for key, value in data.items() if value not in (None, "", [], {})}


class JsonLd:
    """schema.org descriptions of the portal's content, with absolute addresses built from the request."""

    def __init__(self, request):
        self.request = request

    def url(self, path):
        if self.request is None:
            return settings.SITE_URL.rstrip("/") + path if path.startswith("/") else path
        return self.request.build_absolute_uri(path)

    def image(self, field_file):
        return self.url(field_file.url) if field_file else None

    def describe(self, obj, **extra):
        builders = {
            Organisation: self.organisation, Project: self.project, Resource: self.resource, Kit: self.kit,
            Article: self.article, Event: self.event, ResearchEntry: self.research_entry,
        }
        data = builders[type(obj)](obj, **extra)
        if type(obj) in (Project, Kit, Article, Event, ResearchEntry):
            data["inLanguage"] = shown_language(obj, "title")  # the page's language, or the fallback shown
        return {"@context": "https://schema.org", **without_empty(data)}

    # The Network itself: home page, The Network pages, publisher and default organiser elsewhere.
    def network_reference(self):
        return {
            "@type": "Organization",
            "@id": self.url(reverse("home")) + "#organization",
            "name": gettext("Education and Solidarity Network"),
            "url": self.url(reverse("home")),
            "logo": {"@type": "ImageObject", "url": self.url(static(LOGO))},
        }

    def network(self):
        return {
            "@context": "https://schema.org",
            **self.network_reference(),
            "description": gettext(
                "An international network of education unions, mutual health societies and their partners working "
                "for the health and social protection of education staff."
            ),
            "email": settings.CONTACT_EMAIL,
            "image": self.url(static(DEFAULT_IMAGE)),
        }

    def organisation_reference(self, organisation):
        return without_empty({
            "@type": "Organization",
            "name": organisation.name,
            "alternateName": organisation.acronym if organisation.acronym != organisation.name else "",
            "url": self.url(organisation.get_absolute_url()) if organisation.is_published else "",
        })

    def organisation(self, organisation):
        address = without_empty({
            "@type": "PostalAddress", "addressLocality": organisation.city, "addressCountry": organisation.country.code,
        })
        return {
            **self.organisation_reference(organisation),
            "url": self.url(organisation.get_absolute_url()),
            "sameAs": [organisation.website] if organisation.website else [],
            "logo": self.image(organisation.logo),
            "description": plain_text(organisation.description, 500),
            "address": address if len(address) > 1 else None,
            "foundingDate": str(organisation.founded_year) if organisation.founded_year else None,
            "email": organisation.contact_email,
            "memberOf": self.network_reference(),
        }

    def project(self, project):
        partners = getattr(project, "published_partners", [])
        lead = project.lead_organisation
        return {
            "@type": "Project",
            "name": project.title,
            "description": project.summary,
            "url": self.url(project.get_absolute_url()),
            "image": self.image(project.image),
            "foundingDate": iso(project.start_date),
            "dissolutionDate": iso(project.end_date),
            "areaServed": [{"@type": "Country", "name": str(country.name)} for country in project.countries],
            "parentOrganization": self.organisation_reference(lead) if lead and lead.is_published else None,
            "member": [self.organisation_reference(partner) for partner in partners],
            "sameAs": [project.external_url] if project.external_url else [],
        }

    def resource(self, resource):
        files = list(resource.files.all())
        languages = [code for code in resource.languages.split(",") if code] or [resource.language]
        licence = resource.licence.strip()
        modified = max(filter(None, [resource.updated_at, resource.files_updated_at]))
        return {
            "@type": "DigitalDocument",
            "name": resource.title,
            "description": resource.summary,
            "url": self.url(resource.get_absolute_url()),
            "inLanguage": languages[0] if len(languages) == 1 else languages,
            "license": licence_url(licence) or licence,
            "dateCreated": iso(resource.date),
            "dateModified": iso(modified),
            "encodingFormat": sorted({file.content_type for file in files}) or ["application/pdf"],
            "creator": [self.organisation_reference(organisation) for organisation in resource.organisations.all()],
            "publisher": self.network_reference(),
            "keywords": [tag.name for tag in resource.tags.all()],
            "isAccessibleForFree": True,
            # The sheet is always there; each file has its own permanent download address.
            "associatedMedia": [
                {"@type": "MediaObject", "name": gettext("PDF sheet"), "contentUrl": self.url(resource.get_sheet_url()),
                 "encodingFormat": "application/pdf", "inLanguage": get_language()},
                *(without_empty({
                    "@type": "MediaObject", "contentUrl": self.url(file.get_absolute_url()),
                    "encodingFormat": file.content_type, "inLanguage": file.language,
                    "contentSize": f"{file.size} B" if file.size else None,
                }) for file in files),
            ],
        }

    def kit(self, kit, items=(), languages=()):
        return {
            "@type": "Collection",
            "name": kit.title,
            "description": plain_text(kit.description, 500),
            "url": self.url(kit.get_absolute_url()),
            "image": self.image(kit.cover),
            "dateModified": iso(kit.updated_at),
            "publisher": self.network_reference(),
            "hasPart": [
                {"@type": "DigitalDocument", "name": item.resource.title,
                 "url": self.url(item.resource.get_absolute_url())}
                for item in items
            ],
            "associatedMedia": [
                {"@type": "MediaObject", "encodingFormat": "application/zip", "inLanguage": language,
                 "contentUrl": self.url(reverse("toolbox:kit-download", args=[kit.slug, language]))}
                for language in languages
            ],
        }

    def article(self, article):
        return {
            "@type": "NewsArticle",
            "headline": Truncator(article.title).chars(110),
            "description": article.summary,
            "url": self.url(article.get_absolute_url()),
            "mainEntityOfPage": self.url(article.get_absolute_url()),
            "image": [self.image(article.image)] if article.image else [],
            "datePublished": iso(article.published_at),
            "dateModified": iso(max(article.published_at, article.updated_at)),
            "author": self.network_reference(),
            "publisher": self.network_reference(),
            "keywords": [tag.name for tag in article.tags.all()],
        }

    def event(self, event, photos=()):
        place = without_empty({
            "@type": "Place",
            "name": event.venue or event.city,
            "address": without_empty({
                "@type": "PostalAddress", "addressLocality": event.city, "addressCountry": event.country.code,
            }),
        })
        # The meeting link only while the page shows it (upcoming events).
        virtual = {"@type": "VirtualLocation", "url": event.online_url if event.is_upcoming and event.online_url
                   else self.url(event.get_absolute_url())}
        has_place = bool(event.venue or event.city)
        if event.is_online and has_place:
            mode, location = "MixedEventAttendanceMode", [place, virtual]
        elif event.is_online:
            mode, location = "OnlineEventAttendanceMode", virtual
        else:
            mode, location = "OfflineEventAttendanceMode", place
        organisations = getattr(event, "published_organisations", [])
        return {
            "@type": "Event",
            "name": event.title,
            "description": event.summary,
            "url": self.url(event.get_absolute_url()),
            "startDate": iso(event.local_start),
            "endDate": iso(event.local_end),
            "eventStatus": "https://schema.org/EventScheduled",
            "eventAttendanceMode": f"https://schema.org/{mode}",
            "location": location,
            "image": [self.image(photo.large or photo.image) for photo in list(photos)[:3]],
            "organizer": [self.organisation_reference(organisation) for organisation in organisations]
            or self.network_reference(),
            # Registration, like the page's button, only while it can still be used.
            "offers": {"@type": "Offer", "url": event.registration_url}
            if event.is_upcoming and event.registration_url else None,
        }

    def research_entry(self, entry):
        researchers = [
            without_empty({
                "@type": "Person", "name": researcher.name, "jobTitle": researcher.role,
                "affiliation": {"@type": "Organization", "name": researcher.institution}
                if researcher.institution else None,
            })
            for researcher in entry.researchers.all()
        ]
        partners = [self.organisation_reference(partner) for partner in entry.partner_institutions.all()]
        return {
            "@type": "ResearchProject",
            "name": entry.title,
            "description": entry.summary,
            "url": self.url(entry.get_absolute_url()),
            "foundingDate": iso(entry.start_date),
            "dissolutionDate": iso(entry.end_date),
            "member": researchers + partners,
            "parentOrganization": self.network_reference(),
            # An open call says how to apply, as its page does, until the deadline.
            "potentialAction": without_empty({
                "@type": "ApplyAction", "description": plain_text(entry.how_to_apply), "endTime": iso(entry.deadline),
                "target": self.url(entry.get_absolute_url()),
            }) if entry.is_call and not entry.is_call_closed and entry.how_to_apply.strip() else None,
        }
