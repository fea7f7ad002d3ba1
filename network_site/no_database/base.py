"""The database of settings without DATABASE_URL (settings/base.py): Django's dummy backend, whose every use says how
to get a database instead of Django's generic "supply the ENGINE value"."""

from django.core.exceptions import ImproperlyConfigured
from django.db.backends.dummy import base


def complain(*args, **kwargs):
    raise ImproperlyConfigured(
        "DATABASE_URL is not set. `make run` and `make test` start a PostgreSQL server of their own; run another "
        "command on it with `make manage ARGS='…'` (e.g. ARGS=createsuperuser), or set "
        "DATABASE_URL=postgres://USER:PASSWORD@HOST:5432/NAME."
    )


class DatabaseOperations(base.DatabaseOperations):
    quote_name = complain  # the first thing building any query calls


class DatabaseClient(base.DatabaseClient):
    runshell = complain


class DatabaseIntrospection(base.DatabaseIntrospection):
    get_table_list = get_table_description = get_relations = get_indexes = complain


class DatabaseWrapper(base.DatabaseWrapper):
    _cursor = ensure_connection = _commit = _savepoint_commit = _set_autocommit = complain
    client_class = DatabaseClient
    introspection_class = DatabaseIntrospection
    ops_class = DatabaseOperations
