import functools

from django.contrib.auth.views import redirect_to_login
from django.http import Http404

from .models import organisation_of


def member_required(view):
    """The members' area: visitors are sent to log in; logged-in people without a member account (staff) get a
    404. The view receives `request.organisation`, the only one whose items it may show or change."""

    @functools.wraps(view)
    def wrapper(request, *args, **kwargs):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        organisation = organisation_of(request.user)
        if organisation is None:
            raise Http404
        request.organisation = organisation
        return view(request, *args, **kwargs)

    return wrapper
