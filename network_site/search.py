"""The site search: one query over members, projects, toolbox resources and kits, news, events and research-action.

Texts are written per language (django-modeltranslation: `title_en`, `title_fr`, `title_es`), often in one only: a
French toolbox sheet has no English title. So the search looks into the columns of EVERY language (a French text is
found from the English site and the other way round), and results show each text as the page does (`obj.title`:
the page's language, else the first that has one), with the words found highlighted.

Full-text search with the stemmer of the PAGE's language, accents ignored: configurations `portal_en`,
`portal_fr`, `portal_es` (network_site/migrations/0006), `unaccent` then the language's stemmer. On the French site
"enseignants" finds "enseignant" and "sante" finds "Santé"; on the Spanish one "docentes" finds "docente". The
page's stemmer rather than each text's: the visitor's words are stemmed as they were meant, a text in another
language is still found (its words go through the same stemmer as the query's). Every word must match, as a prefix
after stemming ('enseign':*), so the start of a word is enough; common English, French and Spanish words are left
out. Texts are weighted title (A), summary (B), rest (C). Each type of content stores its vector of every
language's texts, one per site language with a GIN index (core/search.py, `search_vector_<language>`), and each
app registers what it shows (its SearchSource): a search reads those indexes and ranks with ts_rank on the same
vectors; only the top rows' titles and extracts are highlighted, by ts_headline, so what is marked is what matched.

"Did you mean", only when nothing was found (every word must match, so otherwise no word is misspelt): each typed
word that no published title word (of any language) starts with nor shares its stem is replaced by the closest
such word, by trigram similarity among the titles closest to it (pg_trgm indexes): core/suggestions.py, which the
toolbox's own search uses too.

Drafts and scheduled items never appear (each type's `published()`), a query is cut to
MAX_QUERY_LENGTH characters and MAX_WORDS words, and only letters and digits reach the database as search terms, so
no query can be a syntax error. One SQL query per type (its count comes with its first results), plus one for the
suggestion when nothing was found, whatever the number of rows.
"""

import html
import re
from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.contrib.postgres.search import SearchHeadline
from django.db.models import Count, IntegerField, Subquery, Window
from django.urls import reverse
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.translation import gettext

from core import languages
from core.languages import translated_fields
from core.search import (
    MAX_QUERY_LENGTH,
    SEARCH_CONFIGS,
    clean_query,
    query_words,
    search_language,
    sources,
    text_query,
)
from core.suggestions import suggested_query

RESULTS_PER_GROUP = 5
RANKED_NEWEST = 100  # the most matches of a big type (SearchSource.newest) ranked for its results
COUNTED_AT_MOST = 1000  # a big type's matches counted beyond this are shown as "more than 1,000"
# What ts_headline puts around matches: private-use characters, removed from queries and never shown, so they can
# be told apart from the text, which is escaped before they become <mark> elements.
MARK_START, MARK_STOP = "\ue000", "\ue001"


# --- Highlighting ------------------------------------------------------------------------------------------------

def headline_html(headline, *, unescape=True):
    """ts_headline's text as safe HTML: the text escaped, then its match markers turned into <mark>. Extracts come
    from HTML with its tags removed, so their entities are decoded first (`unescape`); titles are plain text."""
    text = " ".join((headline or "").split())
    text = escape(html.unescape(text) if unescape else text)
    text = re.sub(f"{MARK_START}(.*?){MARK_STOP}", r"<mark>\1</mark>", text, flags=re.DOTALL)
    return mark_safe(text.replace(MARK_START, "").replace(MARK_STOP, ""))  # escaped above


# --- Results ------------------------------------------------------------------------------------------------------

@dataclass
class Result:
    object: object
    title_html: str
    extract_html: str
    language: str | None = None  # that of the title shown, for `lang` when it is not the page's

    @property
    def url(self):
        return self.object.get_absolute_url()


@dataclass
class Group:
    key: str
    label: str
    count: int
    results: list
    url: str
    url_has_query: bool
    ranked: int = 0  # how many of the `count` matches were ranked to choose the results (RANKED_NEWEST at most)
    more: bool = False  # there are more than `count` matches (COUNTED_AT_MOST): they were not all counted

    @property
    def count_label(self):
        """The number of matches as the page shows it beside the group's name: "1000", or "more than 1000"."""
        return gettext("more than %(count)s") % {"count": self.count} if self.more else str(self.count)


@dataclass
class SearchResults:
    query: str = ""
    words: list = field(default_factory=list)
    groups: list = field(default_factory=list)
    suggestion: str = ""
    max_length: int = MAX_QUERY_LENGTH

    @property
    def total(self):
        return sum(group.count for group in self.groups)

    @property
    def more(self):
        """Whether some group has more matches than it counted: the total is then "more than"."""
        return any(group.more for group in self.groups)

    @property
    def suggestion_url(self):
        return f"{reverse('search')}?{urlencode({'q': self.suggestion})}" if self.suggestion else ""


def search_site(raw_query):
    """Everything published that matches `raw_query`, grouped by type, with a spelling suggestion."""
    query = clean_query(raw_query)
    words = query_words(query)
    results = SearchResults(query=query, words=words)
    if not words:
        # Nothing to look for (an empty query, or only punctuation or emoji): no query to the database.
        results.groups = [_group(source, query, 0, []) for source in sources()] if query else []
        return results
    language = search_language()
    results.groups = [_search_source(source, query, words, language) for source in sources()]
    # Every word must match: when something is found, each word was found somewhere, and is not misspelt.
    results.suggestion = "" if results.total else suggest(query, words, language)
    return results


class CountOf(Subquery):
    """(SELECT count(*) FROM (rows)): the number of rows of a queryset, inside another query."""

    template = "(SELECT count(*) FROM (%(subquery)s) AS counted)"
    output_field = IntegerField()


def _search_source(source, query, words, language):
    """One query: the top RESULTS_PER_GROUP rows of `source`, each carrying the number of all matches.

    Ranking reads each match's stored vector (a few KB each, out of the table's row), so a common word in a big table
    (three quarters of 20,000 resources: 1.5 s) ranks only the RANKED_NEWEST newest matches, read in date order from
    an index (source.newest). Counting reads them too, so there it stops past COUNTED_AT_MOST matches, and the page
    says "more than 1,000" (a scan that stops at the 1,001st match, where counting 9,000 read all 20,000 vectors)."""
    search_query, config = text_query(words, language), SEARCH_CONFIGS[language]
    matches = source.matches(words, language)
    if source.newest:
        newest = matches.order_by(*source.newest).values("pk")[:RANKED_NEWEST]
        total = CountOf(matches.order_by().values("pk")[:COUNTED_AT_MOST + 1])
        matches = matches.filter(pk__in=newest)
    else:
        total = Window(Count("pk"))
    matches = matches.only(*source.columns).annotate(
        total=total,
        title_marked=SearchHeadline(
            source.title_expression(language), search_query, config=config, start_sel=MARK_START,
            stop_sel=MARK_STOP, highlight_all=True,
        ),
        extract=SearchHeadline(
            source.extract_expression(language), search_query, config=config, start_sel=MARK_START,
            stop_sel=MARK_STOP, max_words=35, min_words=15, max_fragments=2, fragment_delimiter=" … ",
        ),
    )
    rows = list(matches.order_by(*source.ordering())[:RESULTS_PER_GROUP])
    found = []
    title_translated = source.title_field in translated_fields(source.model)
    for row in rows:
        title_html = headline_html(row.title_marked, unescape=False) if row.title_marked else ""
        # The title's language, for `lang` on the result when it is not the page's (a fallback).
        language_shown = languages.shown_language(row, source.title_field) if title_translated else language
        found.append(Result(
            object=row, title_html=title_html or escape(source.display_title(row)),
            extract_html=headline_html(row.extract), language=language_shown if language_shown != language else None,
        ))
    count = rows[0].total if rows else 0
    more = count > COUNTED_AT_MOST
    count = min(count, COUNTED_AT_MOST)
    return _group(source, query, count, found, ranked=min(count, RANKED_NEWEST) if source.newest else count,
                  more=more)


def _group(source, query, count, found, ranked=0, more=False):
    url = reverse(source.list_url_name)
    if source.list_takes_query:
        url += "?" + urlencode({"q": query})
    return Group(key=source.key, label=source.label, count=count, results=found, url=url,
                 url_has_query=source.list_takes_query, ranked=ranked, more=more)


# --- Did you mean ------------------------------------------------------------------------------------------------

def title_querysets():
    """(published rows, SQL of their title text) of every type, as each source gives them (members by name and
    by acronym, the others by their titles of every language)."""
    return [pair for source in sources() for pair in source.titles()]


def suggest(query, words, language):
    """The query with each misspelt word replaced by the closest word of a published title of any type."""
    return suggested_query(query, words, language, title_querysets())
