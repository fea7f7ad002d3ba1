"""`make run` and `make test` without DATABASE_URL: the command runs on the `portal` database of the embedded
PostgreSQL server (var/postgres/), and its exit status is theirs."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SHOW_DATABASE = """
import os, sys, psycopg2
with psycopg2.connect(os.environ["DATABASE_URL"]) as connection, connection.cursor() as cursor:
    cursor.execute("SELECT current_database(), current_setting('server_version_num')::int / 10000")
    print(*cursor.fetchone())
    cursor.execute("SELECT name FROM pg_available_extensions WHERE name IN ('unaccent', 'pg_trgm') ORDER BY name")
    print(*(name for (name,) in cursor.fetchall()))
sys.exit(3)
"""


def test_a_command_runs_on_the_embedded_portal_database_and_its_exit_status_is_kept():
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    result = subprocess.run(
        [sys.executable, "-m", "network_site.embedded_db", sys.executable, "-c", SHOW_DATABASE],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == 3, result.stderr
    # PostgreSQL 18, with the extensions the search needs.
    assert result.stdout.split() == ["portal", "18", "pg_trgm", "unaccent"]
