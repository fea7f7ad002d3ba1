"""What the staff home page (the admin index) says needs attention, and the downloads at a glance.

Plain functions returning small dicts and lists for templates/admin/index.html, in a fixed number of queries
whatever the amount of content: one or two per content type, one per other item."""

import datetime
from urllib.parse import urlencode

from django.conf import settings
from django.contrib import admin
from django.db.models import Count, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from core.admin_filters import key_translations, missing_language_q
from core.models import Publishable, Scheduled, Status

LATEST = 3  # items listed under each count; the link shows them all
CALLS_WINDOW = datetime.timedelta(days=30)
FAILING_SHOWN = 10


def _changelist(model, **params):
    url = reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_changelist")
    return f"{url}?{urlencode(params)}" if params else url


def _change(obj):
    return reverse(f"admin:{obj._meta.app_label}_{obj._meta.model_name}_change", args=[obj.pk])


def _item(obj, when=None):
    return {"title": str(obj), "url": _change(obj), "when": when}


def content_models(user):
    """The public content types registered in the admin that `user` may look at, in the admin's order."""
    models = [model for model in admin.site._registry if issubclass(model, Publishable)]
    models.sort(key=lambda model: (model._meta.app_label, model._meta.verbose_name_plural.lower()))
    return [model for model in models
            if user.has_perm(f"{model._meta.app_label}.view_{model._meta.model_name}")]


def _counts(model, now):
    """Drafts, scheduled items and items missing each language: one query."""
    counts = {"drafts": Count("pk", filter=Q(status=Status.DRAFT))}
    if issubclass(model, Scheduled):
        counts["scheduled"] = Count("pk", filter=Q(status=Status.PUBLISHED, published_at__gt=now))
    if key_translations(model):
        for code, _name in settings.LANGUAGES:
            counts[f"missing_{code}"] = Count("pk", filter=missing_language_q(model, code))
    return model.objects.aggregate(**counts)


def content_attention(user, now=None):
    """Per content type: drafts (count and latest edited), scheduled items (count and next to appear) and items
    missing a language, each with the admin address that lists them."""
    now = now or timezone.now()
    attention = {"drafts": [], "scheduled": [], "missing": []}
    for model in content_models(user):
        counts = _counts(model, now)
        label = model._meta.verbose_name_plural
        if counts["drafts"]:
            latest = model.objects.filter(status=Status.DRAFT).order_by("-updated_at")[:LATEST]
            attention["drafts"].append({
                "label": label, "count": counts["drafts"], "url": _changelist(model, status__exact=Status.DRAFT),
                "items": [_item(obj, obj.updated_at) for obj in latest],
            })
        if counts.get("scheduled"):
            upcoming = model.objects.filter(status=Status.PUBLISHED, published_at__gt=now).order_by("published_at")
            attention["scheduled"].append({
                "label": label, "count": counts["scheduled"],
                "url": _changelist(model, status__exact=Status.PUBLISHED, published_at__gt=now.isoformat()),
                "items": [_item(obj, obj.published_at) for obj in upcoming[:LATEST]],
            })
        missing = [
            {"language": _(name), "count": counts[f"missing_{code}"], "url": _changelist(model, missing_language=code)}
            for code, name in settings.LANGUAGES if counts.get(f"missing_{code}")
        ]
        if missing:
            attention["missing"].append({"label": label, "languages": missing})
    return attention


def closing_calls(user, now=None):
    """Calls for researchers (published or not) whose deadline falls within the next 30 days, soonest first."""
    from research.models import ResearchEntry, ResearchStatus

    if not user.has_perm("research.view_researchentry"):
        return None
    now = now or timezone.now()
    until = now + CALLS_WINDOW
    calls = list(ResearchEntry.objects.filter(research_status=ResearchStatus.CALL_OPEN, deadline__gt=now,
                                              deadline__lte=until).order_by("deadline"))
    return {
        "count": len(calls),
        "url": _changelist(ResearchEntry, research_status__exact=ResearchStatus.CALL_OPEN,
                           deadline__gt=now.isoformat(), deadline__lte=until.isoformat()),
        "items": [_item(call, call.deadline) | {"is_draft": not call.is_published} for call in calls],
    }


def failing_files(user):
    """Toolbox resources whose files or sheets did not pass the checks made when they are saved: a file whose
    description (checksum, size) is missing, or a published resource without its PDF sheet in every language of
    the site (the build failed or never ran). Two queries."""
    from toolbox.models import Resource

    if not user.has_perm("toolbox.view_resource"):
        return None
    languages = [code for code, _name in settings.LANGUAGES]
    failing = (
        Resource.objects.annotate(
            sheets_built=Count("sheets", filter=Q(sheets__language__in=languages), distinct=True),
            files_unchecked=Count("files", filter=Q(files__sha256="") | Q(files__size=0), distinct=True),
        )
        .filter(Q(status=Status.PUBLISHED, sheets_built__lt=len(languages)) | Q(files_unchecked__gt=0))
        .order_by("-updated_at")
    )
    shown = list(failing.only("pk", "status", *[f"title_{code}" for code in languages])[:FAILING_SHOWN + 1])
    count = len(shown) if len(shown) <= FAILING_SHOWN else failing.count()
    return {
        "count": count,
        "items": [
            _item(resource) | {
                "problems": [problem for problem, failed in (
                    (_("a file was not checked"), resource.files_unchecked),
                    (_("a PDF sheet is missing"), resource.sheets_built < len(languages)
                     and resource.status == Status.PUBLISHED),
                ) if failed],
            }
            for resource in shown[:FAILING_SHOWN]
        ],
    }


def downloads_at_a_glance(user):
    """Plots of the last 90 days' downloads (files and sheets; kit ZIPs) with their CSV, and the top resources."""
    from toolbox import statistics
    from toolbox.models import DownloadCount, KitDownloadCount

    glance = {}
    if user.has_perm("toolbox.view_downloadcount"):
        glance["files"] = statistics.plot(
            statistics.downloads_per_day(), _("Downloads of toolbox files and sheets per day"),
            reverse("admin:toolbox_downloadcount_per_day"),
        )
        glance["top"] = [_item(resource) | {"count": resource.recent_downloads}
                         for resource in statistics.top_resources()]
        glance["top_url"] = _changelist(DownloadCount)
    if user.has_perm("toolbox.view_kitdownloadcount"):
        glance["kits"] = statistics.plot(
            statistics.kit_downloads_per_day(), _("Downloads of kit ZIP files per day"),
            reverse("admin:toolbox_kitdownloadcount_per_day"),
        )
        glance["kits_url"] = _changelist(KitDownloadCount)
    return glance


def staff_home(user):
    return {
        "content": content_attention(user),
        "calls": closing_calls(user),
        "failing": failing_files(user),
        "downloads": downloads_at_a_glance(user),
    }
