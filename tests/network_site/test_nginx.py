"""The production proxy (deploy/nginx/portal.conf) in front of gunicorn, both started here as on a server: Debian's
nginx with the shipped configuration (only ports and folders filled in), gunicorn with production settings and one
sync worker, which nothing a visitor does may hold.

nginx missing is a failure, not a skip: CI installs it (.ci/run)."""

import io
import os
import re
import shutil
import socket
import ssl
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connection
from PIL import Image

ROOT = Path(__file__).resolve().parents[2]
NGINX = shutil.which("nginx") or "/usr/sbin/nginx"
SITE_CONF = ROOT / "deploy" / "nginx" / "portal.conf"
STAFF, PASSWORD = "nginx-staff", "nginx-staff-password-2026"
TLS = ssl.create_default_context()
TLS.check_hostname = False
TLS.verify_mode = ssl.CERT_NONE


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for(url_check, what, seconds=60):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            if url_check():
                return
        except OSError:
            pass
        time.sleep(0.2)
    raise RuntimeError(f"{what} did not start")


def database_url():
    """The test database, on the tests' server, for gunicorn: it sees what the tests create."""
    url = urllib.parse.urlsplit(os.environ["DATABASE_URL"])
    return url._replace(path=f"/{connection.settings_dict['NAME']}").geturl()


class Site:
    """nginx on https://127.0.0.1:<port>, in front of gunicorn; `request()` speaks HTTP/1.1 over TLS by hand, so
    the tests can also send what no well-behaved client would."""

    def __init__(self, work, https_port, http_port, gunicorn_log, temp_dir):
        self.work, self.port, self.http_port = work, https_port, http_port
        self.gunicorn_log, self.temp_dir = gunicorn_log, temp_dir
        self.cookies = {}

    def connect(self, timeout=30):
        raw = socket.create_connection(("127.0.0.1", self.port), timeout=timeout)
        return TLS.wrap_socket(raw, server_hostname="localhost")

    def request(self, method, path, body=b"", headers=None, timeout=30):
        """(status, headers, body) of one request on a new connection."""
        headers = {"Host": f"localhost:{self.port}", "Connection": "close", **(headers or {})}
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        if body or method == "POST":
            headers["Content-Length"] = str(len(body))
        head = f"{method} {path} HTTP/1.1\r\n" + "".join(f"{k}: {v}\r\n" for k, v in headers.items()) + "\r\n"
        with self.connect(timeout) as sock:
            sock.sendall(head.encode() + body)
            data = b""
            while chunk := sock.recv(65536):
                data += chunk
        head, _, content = data.partition(b"\r\n\r\n")
        lines = head.decode("latin-1").split("\r\n")
        status = int(lines[0].split()[1])
        response_headers = {}
        for line in lines[1:]:
            name, _, value = line.partition(":")
            response_headers.setdefault(name.strip().lower(), []).append(value.strip())
        for cookie in response_headers.get("set-cookie", []):
            name, _, value = cookie.split(";")[0].partition("=")
            self.cookies[name] = value
        if response_headers.get("transfer-encoding") == ["chunked"]:
            content = dechunk(content)
        return status, {k: ", ".join(v) for k, v in response_headers.items()}, content

    def django_saw(self, method, path):
        return f'"{method} {path}' in self.gunicorn_log.read_text()


def dechunk(data):
    out = b""
    while data:
        size, _, rest = data.partition(b"\r\n")
        size = int(size.split(b";")[0], 16)
        if not size:
            break
        out, data = out + rest[:size], rest[size + 2:]
    return out


def render_conf(work, https_port, http_port, app_port):
    """The shipped file with this test's values, inside a minimal main configuration (Debian's nginx.conf has the
    same shape: `http { include mime.types; include conf.d/*.conf; }`)."""
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=localhost",
         "-keyout", str(work / "tls.key"), "-out", str(work / "tls.crt")],
        check=True, capture_output=True, timeout=60,
    )
    values = {
        "APP_ADDRESS": f"127.0.0.1:{app_port}", "SERVER_NAME": "localhost 127.0.0.1",
        "HTTPS_PORT": f"127.0.0.1:{https_port}", "HTTP_PORT": f"127.0.0.1:{http_port}",
        "TLS_CERTIFICATE": str(work / "tls.crt"), "TLS_CERTIFICATE_KEY": str(work / "tls.key"),
        "STATIC_ROOT": str(work / "static"), "MEDIA_ROOT": str(settings.MEDIA_ROOT),
    }
    site = SITE_CONF.read_text()
    for name, value in values.items():
        site = site.replace(f"@@{name}@@", value)
    assert not re.search("@@[A-Z_]+@@", site), "a value of deploy/nginx/portal.conf was left unset"
    (work / "portal.conf").write_text(site)
    user = "user root;" if os.geteuid() == 0 else ""  # the test's folders are private to whoever runs it
    (work / "nginx.conf").write_text(f"""
{user}
worker_processes 1;
pid {work}/nginx.pid;
error_log {work}/error.log warn;
events {{ worker_connections 256; }}
http {{
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log {work}/access.log;
    client_body_temp_path {work}/client_body;
    proxy_temp_path {work}/proxy;
    fastcgi_temp_path {work}/fastcgi;
    uwsgi_temp_path {work}/uwsgi;
    scgi_temp_path {work}/scgi;
    include {work}/portal.conf;
}}
""")


@pytest.fixture(scope="module")
def site(django_db_setup, django_db_blocker):
    assert Path(NGINX).exists(), "nginx is needed (apt-get install nginx-light): .ci/run installs it"
    work = Path(tempfile.mkdtemp(prefix="portal-nginx-"))
    app_port, https_port, http_port = free_port(), free_port(), free_port()
    env = {
        **{k: v for k, v in os.environ.items() if k not in {"DATABASE_URL", "DJANGO_SETTINGS_MODULE", "DEBUG"}},
        "DJANGO_SETTINGS_MODULE": "network_site.settings.prod",
        "SECRET_KEY": "nginx-tests-" + "k" * 50,
        "ALLOWED_HOSTS": "localhost,127.0.0.1",
        "DATABASE_URL": database_url(),
        "CONN_MAX_AGE": "0",
        "MEDIA_ROOT": str(settings.MEDIA_ROOT),
        "PRIVATE_MEDIA_ROOT": str(settings.PRIVATE_MEDIA_ROOT),
        "STATIC_ROOT": str(work / "static"),
        "SERVE_MEDIA": "false",
        "PAGE_CACHE_DIR": str(work / "pages"),
    }
    manage = [sys.executable, str(ROOT / "manage.py")]
    subprocess.run(manage + ["collectstatic", "--noinput", "-v0"], cwd=ROOT, env=env, check=True, timeout=600,
                   capture_output=True)
    with django_db_blocker.unblock():
        from django.contrib.auth.hashers import PBKDF2PasswordHasher
        from django.contrib.auth.models import User

        User.objects.filter(username=STAFF).delete()
        staff = User.objects.create_superuser(STAFF, "staff@example.org", password=None)
        # Hashed as production settings check it (the test settings use a faster hasher that they do not know).
        hasher = PBKDF2PasswordHasher()
        staff.password = hasher.encode(PASSWORD, hasher.salt())
        staff.save(update_fields=["password"])
    render_conf(work, https_port, http_port, app_port)
    gunicorn_log = work / "gunicorn-access.log"
    gunicorn = subprocess.Popen(
        [str(Path(sys.executable).parent / "gunicorn"), "network_site.wsgi:application", "--bind",
         f"127.0.0.1:{app_port}", "--workers", "1", "--access-logfile", str(gunicorn_log), "--log-level", "warning"],
        cwd=ROOT, env=env,
    )
    nginx = subprocess.Popen([NGINX, "-p", str(work), "-c", str(work / "nginx.conf"), "-g", "daemon off;"],
                             stderr=subprocess.PIPE)
    site = Site(work, https_port, http_port, gunicorn_log, work / "client_body")
    try:
        wait_for(lambda: site.request("GET", "/healthz")[0] == 200, "nginx and gunicorn")
        yield site
    finally:
        nginx.terminate()
        gunicorn.terminate()
        nginx.wait(timeout=20)
        gunicorn.wait(timeout=20)
        with django_db_blocker.unblock():
            from axes.models import AccessAttempt, AccessLog
            from django.contrib.auth.models import User

            User.objects.filter(username=STAFF).delete()
            AccessAttempt.objects.all().delete()
            AccessLog.objects.all().delete()
        shutil.rmtree(work, ignore_errors=True)


def test_pages_come_through_nginx_with_the_apps_headers(site):
    status, headers, content = site.request("GET", "/")
    assert status == 200
    assert "Education and Solidarity Network" in content.decode()
    assert headers["strict-transport-security"].startswith("max-age=")  # Django saw HTTPS (X-Forwarded-Proto)
    assert "script-src 'none'" in headers["content-security-policy"]
    assert re.fullmatch(r"[0-9a-f]{32}", headers["x-request-id"])  # nginx's $request_id, kept by Django
    assert headers["x-request-id"] in site.gunicorn_log.read_text() or site.django_saw("GET", "/")
    assert "server" not in headers or headers["server"] == "nginx"  # no version given away


# pytest-django creates the test database (which gunicorn uses) only for a session with a test asking for it; this one
# does, and only reads, so its transaction holds no lock gunicorn would wait for.
@pytest.mark.django_db
def test_plain_http_redirects_to_https_but_the_health_check(site):
    with socket.create_connection(("127.0.0.1", site.http_port), timeout=10) as sock:
        sock.sendall(b"GET /toolbox/ HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
        assert sock.recv(4096).startswith(b"HTTP/1.1 301")
    with socket.create_connection(("127.0.0.1", site.http_port), timeout=10) as sock:
        sock.sendall(b"GET /healthz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
        assert sock.recv(4096).startswith(b"HTTP/1.1 200")


def test_static_files_are_served_by_nginx_from_disk(site):
    _status, _headers, page = site.request("GET", "/")
    css = re.search(rb'href="(/static/css/site\.[0-9a-f]{12}\.css)"', page).group(1).decode()
    status, headers, content = site.request("GET", css)
    assert status == 200
    assert headers["cache-control"] == "public, max-age=31536000, immutable"
    assert content == (site.work / "static" / css.removeprefix("/static/")).read_bytes()
    assert not site.django_saw("GET", css)


def test_an_anonymous_200_mb_upload_is_refused_by_nginx_before_reading_it(site):
    size = 200 * 1024 * 1024
    head = (f"POST /admin/login/ HTTP/1.1\r\nHost: localhost:{site.port}\r\nConnection: close\r\n"
            "Content-Type: multipart/form-data; boundary=xyz\r\n"
            f"Content-Length: {size}\r\n\r\n").encode()
    started = time.monotonic()
    with site.connect() as sock:
        sock.sendall(head.replace(b"/admin/login/", b"/admin/login/?big=1") + b"--xyz\r\n" + b"x" * 65536)
        answer = sock.recv(4096)
    assert answer.startswith(b"HTTP/1.1 413"), answer[:100]
    assert time.monotonic() - started < 5
    # Django never saw it, and nginx kept nothing of it on disk.
    assert not site.django_saw("POST", "/admin/login/?big=1")
    assert sum(f.stat().st_size for f in site.temp_dir.rglob("*") if f.is_file()) == 0
    # A public page takes no more than a form's worth: 2 MB is refused too.
    status, _headers, _content = site.request("POST", "/search/", body=b"q=" + b"x" * (2 * 1024 * 1024))
    assert status == 413


def test_slow_clients_are_cut_while_others_are_served(site):
    """Ten clients sending their headers or their body a byte at a time would hold gunicorn's only worker for
    ever; through nginx the site keeps answering, and nginx drops them after its timeouts."""
    slow = []
    for number in range(10):
        sock = site.connect(timeout=40)
        if number % 2:
            sock.sendall(f"GET /toolbox/ HTTP/1.1\r\nHost: localhost:{site.port}\r\nX-Slow: ".encode())
        else:
            sock.sendall(f"POST /search/?slow=1 HTTP/1.1\r\nHost: localhost:{site.port}\r\n"
                         "Content-Type: application/x-www-form-urlencoded\r\n"
                         "Content-Length: 5000\r\n\r\nq=".encode())
        slow.append(sock)
    started = time.monotonic()
    status, _headers, _content = site.request("GET", "/news/", timeout=10)
    assert status == 200
    assert time.monotonic() - started < 5

    closed_after = [None] * len(slow)

    def wait_until_closed(index, sock):
        try:
            while sock.recv(4096):
                pass
        except OSError:
            pass
        closed_after[index] = time.monotonic() - started

    threads = [threading.Thread(target=wait_until_closed, args=(i, sock)) for i, sock in enumerate(slow)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=40)
    for sock in slow:
        sock.close()
    assert all(seconds is not None and seconds < 20 for seconds in closed_after), closed_after
    assert not site.django_saw("POST", "/search/?slow=1")


def png_bytes(size=(1200, 1200)):
    """A noisy picture, so the upload is a few megabytes."""
    image = Image.frombytes("RGB", size, os.urandom(size[0] * size[1] * 3))
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def multipart(fields, files):
    boundary = "portal-boundary-7d1"
    parts = []
    for name, value in fields.items():
        parts.append(f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n'.encode())
    for name, (filename, content, content_type) in files.items():
        parts.append(f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"; filename="{filename}"\r\n'
                     f"Content-Type: {content_type}\r\n\r\n".encode() + content + b"\r\n")
    parts.append(f"--{boundary}--\r\n".encode())
    return b"".join(parts), f"multipart/form-data; boundary={boundary}"


def csrf_token(content):
    return re.search(rb'name="csrfmiddlewaretoken" value="([^"]+)"', content).group(1).decode()


def test_staff_upload_through_nginx_and_the_picture_is_served_from_disk(site, django_db_blocker):
    origin = {"Origin": f"https://localhost:{site.port}", "Referer": f"https://localhost:{site.port}/admin/"}
    _status, _headers, page = site.request("GET", "/admin/login/")
    form = urllib.parse.urlencode({"csrfmiddlewaretoken": csrf_token(page), "username": STAFF,
                                   "password": PASSWORD, "next": "/admin/"}).encode()
    status, headers, _content = site.request(
        "POST", "/admin/login/", body=form,
        headers={"Content-Type": "application/x-www-form-urlencoded", **origin},
    )
    assert status == 302 and headers["location"] == "/admin/"

    _status, _headers, page = site.request("GET", "/admin/members/organisation/add/")
    logo = png_bytes()
    assert len(logo) > 3 * 1024 * 1024  # more than the 1 MB public pages may take
    body, content_type = multipart({
        "csrfmiddlewaretoken": csrf_token(page), "name_en": "Syndicat national des enseignants", "slug": "snes-nginx",
        "acronym_en": "SNES", "kind": "union", "membership": "member", "status": "draft", "country": "SN",
        "city_en": "Dakar", "website": "", "contact_email": "", "description": "<p>A union.</p>",
        "health_social_protection_work": "", "founded_year": "", "people_represented": "", "joined_year": "2012",
    }, {"logo": ("snes.png", logo, "image/png")})
    status, headers, content = site.request("POST", "/admin/members/organisation/add/", body=body,
                                            headers={"Content-Type": content_type, **origin}, timeout=60)
    assert status == 302, content[:2000]
    from members.models import Organisation

    with django_db_blocker.unblock():
        organisation = Organisation.objects.get(slug="snes-nginx")
    try:
        status, headers, content = site.request("GET", organisation.logo.url)
        assert status == 200
        assert content == logo
        assert headers["x-content-type-options"] == "nosniff"
        assert "sandbox" in headers["content-security-policy"]
        assert not site.django_saw("GET", organisation.logo.url)
    finally:
        with django_db_blocker.unblock():
            organisation.delete()


def test_private_toolbox_files_are_not_reachable_through_nginx(site):
    secret = Path(settings.PRIVATE_MEDIA_ROOT) / "secret.txt"
    secret.write_text("not for nginx")
    for path in ["/media/../private/secret.txt", "/media/%2e%2e/secret.txt", "/static/../secret.txt"]:
        status, _headers, content = site.request("GET", path)
        assert b"not for nginx" not in content, path
        assert status in (400, 404), (path, status)
