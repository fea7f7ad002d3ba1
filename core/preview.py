"""Staff preview: a draft or scheduled item answers 404 to visitors, but staff who may edit it can open
its page and files (through the admin's "view on site") to check them before publishing."""

from django.http import Http404
from django.utils.cache import add_never_cache_headers


def can_preview(request, model):
    user = request.user
    opts = model._meta
    return user.is_active and user.is_staff and user.has_perm(f"{opts.app_label}.change_{opts.model_name}")


class PreviewMixin:
    """For a DetailView whose queryset shows published items only: staff fall back to all items, with a
    "preview" banner and no caching."""

    is_preview = False

    def get_object(self, queryset=None):
        try:
            return super().get_object(queryset)
        except Http404:
            model = self.get_queryset().model
            if not can_preview(self.request, model):
                raise
            self.is_preview = True
            return super().get_object(model._default_manager.all())

    def get_context_data(self, **kwargs):
        return super().get_context_data(is_preview=self.is_preview, **kwargs)

    def render_to_response(self, context, **response_kwargs):
        response = super().render_to_response(context, **response_kwargs)
        if self.is_preview:
            add_never_cache_headers(response)
        return response
