"""Who may see what is for members only. Here, not in the accounts app, so that every app can ask."""

from django.conf import settings


def sees_members_only(user):
    """Logged-in contacts of member organisations (a `member_account`) and staff see members-only items."""
    if not user.is_authenticated:
        return False
    return user.is_staff or hasattr(user, "member_account")


def user_of(request):
    """The request's user, without reading the session of a visitor who has no session cookie: reading it would add
    `Vary: Cookie` to the page, and the page cache would keep a copy per visitor's cookies."""
    if settings.SESSION_COOKIE_NAME not in request.COOKIES or not hasattr(request, "user"):
        from django.contrib.auth.models import AnonymousUser

        return AnonymousUser()
    return request.user


def is_logged_in(request):
    """Whether a logged-in user (member or staff) sent the request: such a request is never answered from the page
    cache, nor its answer stored there (core/cache.py)."""
    return user_of(request).is_authenticated
