from django.shortcuts import render

from .decorators import member_required


@member_required
def home(request):
    """The members' area: my organisation, its items, my submissions."""
    return render(request, "accounts/home.html", {"organisation": request.organisation})
