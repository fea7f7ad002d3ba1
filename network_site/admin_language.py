"""The admin in each staff member's language: English, French or Spanish.

Public pages take their language from the address (/fr/, /es/); the admin has one address, /admin/, and follows
the staff member instead: the language they chose in the admin's header (saved per user, so it follows them
from one login and one computer to the next), else the one their browser asks for, else English. `/fr/admin/…`
and `/es/admin/…` lead to `/admin/…` in that language.
"""

import re

from django.conf import settings
from django.http import HttpResponseRedirect
from django.urls import reverse
from django.utils import translation
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_POST

from core.languages import SITE_LANGUAGES, browser_language

# A choice made before logging in (on the login page, or through /fr/admin/): kept in the session.
SESSION_KEY = "admin_language"

PREFIXED_ADMIN = re.compile(r"^/(?P<language>[a-z]{2})(?P<rest>/admin(?:/.*)?)$")


def admin_prefix():
    return reverse("admin:index")


def chosen_language(request):
    """The language the admin is shown in for this request (a code of settings.LANGUAGES)."""
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        from .models import StaffPreference

        saved = StaffPreference.objects.filter(user=user).values_list("language", flat=True).first()
        if saved in SITE_LANGUAGES:
            return saved
    session = getattr(request, "session", None)
    if session is not None and session.get(SESSION_KEY) in SITE_LANGUAGES:
        return session[SESSION_KEY]
    return browser_language(request.META.get("HTTP_ACCEPT_LANGUAGE")) or settings.LANGUAGE_CODE


def save_choice(request, language):
    """Remember `language` for this staff member (for good) or, before they log in, for this session."""
    from .models import StaffPreference

    user = request.user
    if user.is_authenticated and user.is_staff:
        StaffPreference.objects.update_or_create(user=user, defaults={"language": language})
    request.session[SESSION_KEY] = language


class AdminLanguageMiddleware:
    """Activates the admin's language on admin pages. Placed after AuthenticationMiddleware (it reads the staff
    member's preference) and after LocaleMiddleware, which would otherwise leave the admin in English: /admin/
    has no language prefix."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        prefixed = PREFIXED_ADMIN.match(request.path_info)
        if prefixed and prefixed["language"] in SITE_LANGUAGES:
            # /fr/admin/… is where people look for the French admin: the admin lives at /admin/, in French.
            save_choice(request, prefixed["language"])
            target = prefixed["rest"] if prefixed["rest"] != "/admin" else admin_prefix()
            query = request.META.get("QUERY_STRING", "")
            return HttpResponseRedirect(target + (f"?{query}" if query else ""))
        if request.path_info.startswith(admin_prefix()):
            language = chosen_language(request)
            translation.activate(language)
            request.LANGUAGE_CODE = language
        return self.get_response(request)


@require_POST
def set_admin_language(request):
    """The language chooser of the admin's header: saves the choice and goes back to the page it was made on.
    An unknown language changes nothing."""
    language = request.POST.get("language", "")
    if language in SITE_LANGUAGES:
        save_choice(request, language)
    target = request.POST.get("next", "")
    safe = url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()},
                                           require_https=request.is_secure())
    if not safe or not target.startswith(admin_prefix()):
        target = admin_prefix()
    return HttpResponseRedirect(target)
