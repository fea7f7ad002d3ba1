"""Every list's `q` and the site search are capped, so a query cannot make the database work without bound: at most
200 characters (core.search.MAX_QUERY_LENGTH) and, as each word is a search term of its own (full-text search on the
stored vectors: the members, projects and toolbox lists and the site search), at most MAX_WORDS words."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from core.search import MAX_QUERY_LENGTH, MAX_WORDS

pytestmark = pytest.mark.django_db


def sql_of(client, path, query):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path, {"q": query})
    assert response.status_code == 200
    return " ".join(query["sql"] for query in queries.captured_queries)


@pytest.mark.parametrize("path", ["/members/", "/projects/", "/toolbox/", "/search/", "/fr/search/"])
def test_no_more_than_200_characters_of_a_query_reach_the_database(client, path):
    assert MAX_QUERY_LENGTH == 200
    for query in ["health " * 700, "é" * 5000, "x" * 201]:
        sql = sql_of(client, path, query)
        assert "health " * 30 not in sql and "é" * 201 not in sql and "x" * 201 not in sql


@pytest.mark.parametrize("path", ["/members/", "/projects/", "/toolbox/", "/search/", "/es/toolbox/"])
def test_only_the_first_ten_words_of_a_search_reach_the_database(client, path):
    assert MAX_WORDS == 10
    words = [f"w{number:02}" for number in range(40)]  # 159 characters: within the length cap
    sql = sql_of(client, path, " ".join(words))
    assert all(word in sql for word in words[:MAX_WORDS])
    assert not any(word in sql for word in words[MAX_WORDS:])
