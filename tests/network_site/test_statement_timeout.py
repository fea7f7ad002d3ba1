"""An expensive request cannot take the site down: a public page's query is cancelled after PUBLIC_STATEMENT_TIMEOUT
(the visitor gets the 503 page, come back in a minute), the admin's run for DB_STATEMENT_TIMEOUT, and random searches
hammering the site leave it answering."""

import logging
import random
import threading
import time
import urllib.error
import urllib.request
from urllib.parse import urlencode

import pytest
from django.db import connection

from network_site import dashboard, views
from tests.factories import make_article, make_organisation, make_resource

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def public_timeout(settings):
    """`public_timeout("300ms")`: connections opened from then on start as PUBLIC_STATEMENT_TIMEOUT=300ms makes them
    (settings/base.py; the test settings leave public pages the admin's 10 s)."""
    assert settings.DB_TIMEOUTS and settings.DB_STATEMENT_TIMEOUT == "10s"
    options = connection.settings_dict["OPTIONS"]
    normal = options["options"]

    def start_with(value):
        connection.close()
        options["options"] = normal.replace(f"statement_timeout={settings.PUBLIC_STATEMENT_TIMEOUT}",
                                            f"statement_timeout={value}")
        assert options["options"] != normal

    yield start_with
    connection.close()
    options["options"] = normal


def sleeping_first(function, seconds):
    """`function`, made expensive: a query of `seconds` runs before it."""

    def slow(*args, **kwargs):
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_sleep(%s)", [seconds])
        return function(*args, **kwargs)

    return slow


def test_a_public_page_whose_query_runs_too_long_answers_503_at_once_and_is_logged(
        public_timeout, client, monkeypatch, caplog):
    public_timeout("300ms")
    monkeypatch.setattr(views, "search_site", sleeping_first(views.search_site, 5))
    start = time.monotonic()
    with caplog.at_level(logging.WARNING, logger="network_site.middleware"):
        response = client.get("/search/?q=health")
    assert time.monotonic() - start < 3  # cut at 300 ms, not after the 5 s the query wanted
    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    assert response["Cache-Control"] == "no-store"
    content = response.content.decode()
    assert "The site is busy or under maintenance" in content
    assert 'class="wrap error-page"' in content  # the standalone page, not base.html (no menu, no database)
    assert "canceling statement due to statement timeout" in caplog.text and "/search/" in caplog.text
    # The connection is fine afterwards: the next visitor gets the page.
    monkeypatch.undo()
    assert client.get("/search/?q=health").status_code == 200


def test_the_admin_runs_the_same_query_to_its_end_and_public_pages_are_cut_again_after_it(
        public_timeout, staff_client, client, monkeypatch):
    public_timeout("300ms")
    monkeypatch.setattr(dashboard, "staff_home", sleeping_first(dashboard.staff_home, 0.6))
    response = staff_client.get("/admin/")
    assert response.status_code == 200
    assert "Needs attention" in response.content.decode()
    # Same connection, next request: public again.
    monkeypatch.setattr(views, "search_site", sleeping_first(views.search_site, 0.6))
    assert client.get("/search/?q=health").status_code == 503
    with connection.cursor() as cursor:
        cursor.execute("SHOW statement_timeout")
        assert cursor.fetchone()[0] == "300ms"


def random_query(rng, vocabulary):
    """What a crawler or an attacker sends: real words, misspellings, operators, emoji, very long or very many."""
    kind = rng.randrange(5)
    if kind == 0:
        return " ".join(rng.choices(vocabulary, k=rng.randint(1, 4)))
    if kind == 1:
        return " ".join(rng.choices(vocabulary, k=rng.randint(20, 200)))  # far more than MAX_WORDS
    if kind == 2:
        return "".join(rng.choices("abcdefghijklmnopqrstuvwxyzéèçñ '&|!:*()<>\"%_\\", k=rng.randint(1, 3000)))
    if kind == 3:
        return rng.choice(vocabulary)[: rng.randint(1, 6)] + "*" + "🙂" * rng.randint(0, 3)
    return "".join(chr(rng.randint(32, 0x2FFF)) for _ in range(rng.randint(1, 80)))


def test_twenty_concurrent_random_searches_leave_the_health_check_answering(live_server, public_timeout):
    public_timeout("2s")  # the production default; the live server's threads open their own connections
    vocabulary = ["health", "school", "teachers", "santé", "enseignants", "docentes", "union", "climate", "girls",
                  "education", "violence", "covid", "training", "rights", "water", "helth", "scool", "the", "de"]
    rng = random.Random(12)
    for number in range(30):
        title = " ".join(rng.choices(vocabulary, k=4)).capitalize()
        make_resource(title=f"{title} {number}", summary=" ".join(rng.choices(vocabulary, k=30)))
        make_article(title=f"{title} news {number}", summary=" ".join(rng.choices(vocabulary, k=20)))
    make_organisation(name="Centrale des syndicats du Québec")

    stop, statuses, errors = threading.Event(), [], []

    def search(seed):
        rng = random.Random(seed)
        while not stop.is_set():
            path = rng.choice(["/search/", "/toolbox/", "/fr/search/", "/es/toolbox/"])
            params = {"q": random_query(rng, vocabulary)}
            if path.endswith("toolbox/") and rng.random() < 0.5:
                params["kind"] = rng.choice(["guide", "video", "nonsense"])
            try:
                with urllib.request.urlopen(f"{live_server.url}{path}?{urlencode(params)}", timeout=30) as response:
                    statuses.append(response.status)
            except urllib.error.HTTPError as error:
                statuses.append(error.code)
            except OSError as error:  # refused or timed out: the site went down
                errors.append(repr(error))

    searchers = [threading.Thread(target=search, args=(seed,)) for seed in range(20)]
    for thread in searchers:
        thread.start()
    health = []
    try:
        time.sleep(1)  # the searches are under way
        for _ in range(10):
            start = time.monotonic()
            with urllib.request.urlopen(f"{live_server.url}/healthz", timeout=10) as response:
                health.append((response.status, time.monotonic() - start))
            time.sleep(0.3)
    finally:
        stop.set()
        for thread in searchers:
            thread.join(60)
    assert all(status == 200 for status, _ in health), health
    assert max(seconds for _, seconds in health) < 2, health
    assert not errors, errors[:3]
    assert len(statuses) >= 20 and set(statuses) <= {200, 503}, sorted(set(statuses))  # never a 500
