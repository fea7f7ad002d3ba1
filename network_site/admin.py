from django.contrib import admin

from core.admin import PublishableAdmin

from .models import NetworkPage


@admin.register(NetworkPage)
class NetworkPageAdmin(PublishableAdmin):
    list_display = ["title", "order", "status_badge", "updated_at"]
    list_editable = ["order"]
    list_filter = ["status"]
    search_fields = ["title", "summary", "body"]
    prepopulated_fields = {"slug": ["title"]}
    fields = ["title", "slug", "summary", "body", "order", "status"]
