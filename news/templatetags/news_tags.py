"""What the news add to the pages of lower apps (an organisation's, a project's): those apps may not import news,
so their pages load this tag (tests/core/test_layers.py)."""

from django import template

from members.models import Organisation

from ..models import Article

register = template.Library()


@register.inclusion_tag("news/_related_news.html")
def articles_of(owner):
    """The five latest published articles about an organisation or a project."""
    about = {"organisations": owner} if isinstance(owner, Organisation) else {"projects": owner}
    return {"articles": Article.objects.published().filter(**about).defer("body")[:5]}
