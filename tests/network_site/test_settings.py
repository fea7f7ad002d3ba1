import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PRINT_DEBUG = "import django; django.setup(); from django.conf import settings; print(settings.DEBUG)"
GOOD_KEY = "k3y-" + "x7Yq2#Lm9!pR4" * 5


def run_with_prod_settings(**env):
    """Import the production settings in a fresh interpreter; return (exit code, output)."""
    clean_env = {k: v for k, v in os.environ.items() if k not in {"SECRET_KEY", "ALLOWED_HOSTS", "DEBUG"}}
    clean_env.update(DJANGO_SETTINGS_MODULE="network_site.settings.prod", **env)
    result = subprocess.run(
        [sys.executable, "-c", PRINT_DEBUG],
        cwd=ROOT, env=clean_env, capture_output=True, text=True, timeout=60,
    )
    return result.returncode, result.stdout + result.stderr


def test_production_refuses_to_start_without_a_secret_key():
    code, output = run_with_prod_settings(ALLOWED_HOSTS="portal.example.org")
    assert code != 0
    assert "SECRET_KEY must be set" in output


@pytest.mark.parametrize("weak_key", ["short", "django-insecure-" + "a" * 50, "a" * 60])
def test_production_refuses_a_weak_secret_key(weak_key):
    code, output = run_with_prod_settings(SECRET_KEY=weak_key, ALLOWED_HOSTS="portal.example.org")
    assert code != 0
    assert "SECRET_KEY" in output


@pytest.mark.parametrize("hosts", ["", "*"])
def test_production_refuses_to_answer_any_host(hosts):
    code, output = run_with_prod_settings(SECRET_KEY=GOOD_KEY, ALLOWED_HOSTS=hosts)
    assert code != 0
    assert "ALLOWED_HOSTS" in output


def test_production_starts_with_a_real_key_and_hosts_and_debug_off():
    code, output = run_with_prod_settings(SECRET_KEY=GOOD_KEY, ALLOWED_HOSTS="portal.example.org")
    assert code == 0, output
    assert output.strip().endswith("False")


def test_production_settings_pass_the_deployment_checks():
    env = {k: v for k, v in os.environ.items() if k not in {"DEBUG"}}
    env.update(
        DJANGO_SETTINGS_MODULE="network_site.settings.prod", SECRET_KEY=GOOD_KEY, ALLOWED_HOSTS="portal.example.org"
    )
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_debug_is_off_unless_the_environment_turns_it_on(settings):
    from network_site.settings.base import env_bool

    assert env_bool("SURELY_UNSET_VARIABLE") is False
    assert settings.DEBUG is False


def test_postgresql_connections_are_kept_and_health_checked(monkeypatch):
    import dj_database_url

    config = dj_database_url.parse("postgres://u:p@db:5432/portal", conn_max_age=60, conn_health_checks=True)
    assert config["CONN_MAX_AGE"] == 60
    assert config["CONN_HEALTH_CHECKS"] is True


def caches_with(**env):
    """Each cache's backend, location and key prefix under the local settings in a fresh interpreter."""
    clean_env = {k: v for k, v in os.environ.items() if k not in {"REDIS_URL", "REDIS_KEY_PREFIX", "PAGE_CACHE_DIR"}}
    clean_env.update(DJANGO_SETTINGS_MODULE="network_site.settings.local", **env)
    code = ("import django; django.setup(); from django.conf import settings\n"
            "for name, cache in sorted(settings.CACHES.items()):\n"
            "    backend = cache['BACKEND'].rsplit('.', 1)[1]\n"
            "    print(name, backend, cache.get('LOCATION', ''), cache.get('KEY_PREFIX', ''))")
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=clean_env, capture_output=True, text=True,
                            timeout=60)
    assert result.returncode == 0, result.stderr
    return result.stdout.splitlines()


def test_with_redis_url_the_caches_live_in_redis_under_the_sites_prefix_else_in_a_folder():
    assert caches_with(REDIS_URL="redis://cache.internal:6379/2") == [
        "default GenerationalRedisCache redis://cache.internal:6379/2 portal:default",
        "pages GenerationalRedisCache redis://cache.internal:6379/2 portal:pages",
    ]
    assert caches_with(REDIS_URL="redis://cache.internal:6379/2", REDIS_KEY_PREFIX="network")[1].endswith(
        "network:pages")
    assert caches_with(PAGE_CACHE_DIR="/srv/cache") == ["default LocMemCache  ", "pages FileBasedCache /srv/cache "]


def test_production_refuses_to_start_without_a_database():
    code, output = run_with_prod_settings(SECRET_KEY=GOOD_KEY, ALLOWED_HOSTS="portal.example.org", DATABASE_URL="")
    assert code != 0
    assert "DATABASE_URL must name the site's PostgreSQL database" in output


def manage_py(*arguments, **env):
    """Run manage.py with local settings and this environment; return (exit code, output)."""
    clean_env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    clean_env.update(DJANGO_SETTINGS_MODULE="network_site.settings.local", **env)
    result = subprocess.run([sys.executable, "manage.py", *arguments], cwd=ROOT, env=clean_env,
                            capture_output=True, text=True, timeout=120)
    return result.returncode, result.stdout + result.stderr


def test_without_a_database_url_a_command_that_needs_the_database_says_how_to_get_one():
    for command in (["migrate", "--check"], ["createsuperuser", "--noinput", "--username", "a", "--email", "a@b.org"]):
        code, output = manage_py(*command)
        assert code != 0
        assert "DATABASE_URL is not set. `make run` and `make test` start a PostgreSQL server of their own" in output
        assert "make manage ARGS=" in output
    # What needs no database still runs: the system checks, compiling the catalogues.
    assert manage_py("check") == (0, "System check identified no issues (0 silenced).\n")


def test_the_database_is_postgresql_only():
    code, output = manage_py("check", DATABASE_URL="sqlite:///var/db.sqlite3")
    assert code != 0
    assert "DATABASE_URL must be a PostgreSQL address" in output


def test_the_tests_refuse_to_run_without_a_database_url():
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    result = subprocess.run([sys.executable, "-m", "pytest", "-q", "tests/network_site/test_settings.py"], cwd=ROOT,
                            env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode != 0
    assert "DATABASE_URL is not set: run the tests with `make test`" in result.stdout + result.stderr
