"""The performance benchmark: `make bench` (see bench/README.md).

1. Recreates the PostgreSQL database `portal_bench`, migrates it and fills it with bench/seed.py.
2. Serves it with gunicorn under the production settings, as a server would (2 × cores + 1 workers).
3. Warm: loads each URL for a fixed time with wrk (a separate program), one URL after the other, the page cache
   on, and around each run reads the SQL queries a request makes, the page's size and the memory of every worker.
4. Cold: restarts gunicorn with the page cache off and loads each page type with wrk, every request a different
   address (a search, a filter combination, an object) drawn from the vocabulary of the seeded data.
5. Checks the budgets of issues 5 (warm) and 12 (cold) and writes bench/results/latest.md and latest.json.

It only uses the standard library, so it reads top to bottom. Options: --quick (3 s per URL), --only warm|cold,
--pages REGEX (results of these go to bench/results/quick.*), --reuse-db (skip the database and seed steps).
"""

import argparse
import gzip
import json
import os
import platform
import random
import re
import secrets
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
import zlib
from datetime import UTC, datetime
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench"
RESULTS = BENCH / "results"
VAR = ROOT / "var" / "bench"  # database files aside, everything the run writes (var/ is not in git)
MANIFEST = VAR / "seeded.json"
PYTHON = sys.executable  # the project's .venv python (make bench runs this script with it)

DB_NAME = os.environ.get("BENCH_DB", "portal_bench")
PG = {"PGHOST": os.environ.get("PGHOST", "127.0.0.1"), "PGPORT": os.environ.get("PGPORT", "5432"),
      "PGUSER": os.environ.get("PGUSER", "postgres")}

# Load: 16 connections on 2 wrk threads for HTML; fewer for big downloads (each one is a long transfer).
CONNECTIONS, DOWNLOAD_CONNECTIONS, THREADS = 16, 4, 2
DOWNLOAD_MIN_SECONDS = 20
# What a browser sends: the server may compress, and the page cache keeps one copy per Accept-Encoding.
BROWSER_HEADERS = {"Accept-Encoding": "gzip, deflate, br",
                   "Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"}

# The warm budgets (issue 5). Sizes in bytes (1 KB = 1,000 bytes), memory in MiB.
MAX_QUERIES = 10
MAX_P95_MS = 100
MIN_HEALTHZ_RATIO = 0.20
MAX_WORKER_MIB = 120
MAX_DOWNLOAD_GROWTH_MIB = 10
MAX_PAGE_GZIP_BYTES = 30_000
MAX_CSS_GZIP_BYTES = 20_000
# The cold budgets (issue 12), page cache off, at 16 connections: per budget class, the least share of /healthz
# throughput and the highest p95. Every HTML page also at most MAX_QUERIES (the most any cold probe ran).
COLD_BUDGETS = {"page": (0.25, 150), "search": (0.10, 250)}
# The cold half's second reference (bench/bare.py): issue 12's first yardstick, a bare Django page of 20 rows.
BARE_LABEL = "Bare Django page, 20 rows"

_started = time.monotonic()


def say(message):
    print(f"[bench {time.monotonic() - _started:6.1f}s] {message}", flush=True)


def run(command, env=None, **kwargs):
    """Run a command and stop the benchmark if it fails (the harness is broken, not a budget)."""
    return subprocess.run(command, env=env, check=True, cwd=ROOT, **kwargs)


# --- Setting up ---------------------------------------------------------------------------------------------------

def ensure_wrk():
    if shutil.which("wrk"):
        return
    say("Installing wrk (Debian package)")
    run(["apt-get", "update", "-qq"])
    run(["apt-get", "install", "-y", "-qq", "wrk"], env={**os.environ, "DEBIAN_FRONTEND": "noninteractive"},
        stdout=subprocess.DEVNULL)


def ensure_postgres():
    env = {**os.environ, **PG}
    if subprocess.run(["pg_isready", "-q"], env=env).returncode == 0:
        return
    say("PostgreSQL does not answer; starting it")
    version = sorted(os.listdir("/etc/postgresql"))[0]
    run(["pg_ctlcluster", "--skip-systemctl-redirect", version, "main", "start"])
    for _ in range(30):
        if subprocess.run(["pg_isready", "-q"], env=env).returncode == 0:
            return
        time.sleep(1)
    sys.exit("PostgreSQL did not start")


def recreate_database():
    env = {**os.environ, **PG}
    run(["dropdb", "--if-exists", "--force", DB_NAME], env=env)
    run(["createdb", DB_NAME], env=env)


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def django_env(port):
    """Production settings, pointed at the bench database and at folders under var/bench/."""
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "network_site.settings.prod",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "SECURE_SSL_REDIRECT": "false",  # no HTTPS proxy in front of gunicorn here
        "DEBUG": "false",
        "DATABASE_URL": f"postgres://{PG['PGUSER']}@{PG['PGHOST']}:{PG['PGPORT']}/{DB_NAME}",
        "MEDIA_ROOT": str(VAR / "media"),
        "PRIVATE_MEDIA_ROOT": str(VAR / "private"),
        "STATIC_ROOT": str(VAR / "static"),
        "PAGE_CACHE_DIR": str(VAR / "page-cache"),
        "SITE_URL": f"http://127.0.0.1:{port}",
        "LOG_LEVEL": "WARNING",
    }


def manage(env, *arguments, **kwargs):
    return run([PYTHON, "manage.py", *arguments], env=env, **kwargs)


# --- The server and its workers ---------------------------------------------------------------------------------

class Server:
    """gunicorn under production settings; BENCH_COUNT_QUERIES=1 asks the app for an X-DB-Queries header."""

    def __init__(self, env, port, app="network_site.wsgi:application"):
        self.base = f"http://127.0.0.1:{port}"
        self.workers = 2 * os.cpu_count() + 1
        gunicorn = Path(PYTHON).parent / "gunicorn"
        self.log = (VAR / "gunicorn.log").open("a")  # both halves' servers, one after the other
        self.process = subprocess.Popen(
            [str(gunicorn), app, "--bind", f"127.0.0.1:{port}",
             "--workers", str(self.workers), "--forwarded-allow-ips", "127.0.0.1", "--no-control-socket"],
            env={**env, "BENCH_COUNT_QUERIES": "1"}, cwd=ROOT, stdout=self.log, stderr=subprocess.STDOUT,
        )
        for _ in range(120):
            if self.process.poll() is not None:
                sys.exit(f"gunicorn stopped at start; see {VAR / 'gunicorn.log'}")
            if len(self.worker_pids()) == self.workers and probe(self.base + "/healthz").status == 200:
                return
            time.sleep(0.5)
        self.stop()
        sys.exit(f"gunicorn did not answer on /healthz; see {VAR / 'gunicorn.log'}")

    def worker_pids(self):
        """The gunicorn workers: the children of the master process."""
        pids = []
        for entry in Path("/proc").iterdir():
            if entry.name.isdigit():
                try:
                    stat = (entry / "stat").read_text()
                except OSError:
                    continue
                if int(stat.rsplit(")", 1)[1].split()[1]) == self.process.pid:
                    pids.append(int(entry.name))
        return sorted(pids)

    def stop(self):
        self.process.terminate()
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()
        self.log.close()


def worker_memory(pids):
    """{pid: (VmRSS, VmHWM)} in MiB. VmHWM is the highest RSS the process reached (since the last reset)."""
    memory = {}
    for pid in pids:
        try:
            fields = dict(line.split(":", 1) for line in Path(f"/proc/{pid}/status").read_text().splitlines())
        except OSError:
            continue
        memory[pid] = (int(fields["VmRSS"].split()[0]) / 1024, int(fields["VmHWM"].split()[0]) / 1024)
    return memory


def reset_peaks(pids):
    """Reset VmHWM, so the next reading is the peak during one URL (Linux: "5" > /proc/pid/clear_refs)."""
    try:
        for pid in pids:
            Path(f"/proc/{pid}/clear_refs").write_text("5")
    except OSError:
        return False
    return True


def cpu_by_process():
    """{pid: (command line, CPU seconds used so far)} for every process of the machine."""
    ticks = os.sysconf("SC_CLK_TCK")
    processes = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            command = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
        except OSError:
            continue
        processes[int(entry.name)] = (command, (int(fields[11]) + int(fields[12])) / ticks, int(fields[1]))
    return processes


def other_cpu_seconds(before, after, ours):
    """CPU time that processes other than the benchmark's used between two `cpu_by_process()` readings:
    tests or builds running beside it take cores from gunicorn and wrk and make the numbers low and noisy.
    Ours: run.py and its children (wrk, manage.py), gunicorn, and PostgreSQL backends of the bench database."""
    total = 0.0
    for pid, (command, seconds, parent) in after.items():
        if pid in ours or parent in ours or f" {DB_NAME} " in command:
            continue
        total += seconds - before.get(pid, ("", 0.0, 0))[1]
    return total


# --- One request, for what wrk does not tell ----------------------------------------------------------------------

class Probe:
    def __init__(self, status, headers, body, size, elapsed_ms):
        self.status, self.headers, self.body, self.size, self.elapsed_ms = status, headers, body, size, elapsed_ms

    @property
    def queries(self):
        value = self.headers.get("X-DB-Queries")
        return int(value) if value and value.isdigit() else None


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None  # report a redirect as it is


def probe(url, headers=None, keep_body=True):
    """GET `url` once, as a browser would. The body is decompressed; a big download is only counted."""
    opener = urllib.request.build_opener(_NoRedirect)
    request = urllib.request.Request(url, headers=headers if headers is not None else BROWSER_HEADERS)
    started = time.perf_counter()
    try:
        response = opener.open(request, timeout=120)
    except urllib.error.HTTPError as error:
        response = error
    except OSError:
        return Probe(None, {}, b"", 0, None)
    with response:
        size, chunks = 0, []
        while chunk := response.read(1024 * 1024):
            size += len(chunk)
            if keep_body:
                chunks.append(chunk)
        elapsed_ms = (time.perf_counter() - started) * 1000
        body = b"".join(chunks)
        encoding = response.headers.get("Content-Encoding", "")
        if keep_body and encoding == "gzip":
            body = gzip.decompress(body)
        elif keep_body and encoding == "deflate":
            body = zlib.decompress(body)
        elif keep_body and encoding == "br":
            import brotli  # installed with the project (whitenoise uses it)

            body = brotli.decompress(body)
        return Probe(response.status, dict(response.headers.items()), body, size, elapsed_ms)


def gzip_size(data):
    """Bytes once gzipped at level 6 (what most servers use), whatever the server itself sent."""
    return len(gzip.compress(data, compresslevel=6))


JS_TYPES = {"", "module", "text/javascript", "application/javascript", "application/ecmascript", "text/ecmascript"}


class PageParts(HTMLParser):
    """Stylesheet links and JavaScript of a page: <script> that runs (not JSON-LD data blocks), on… handlers
    and javascript: links."""

    def __init__(self, html):
        super().__init__()
        self.stylesheets, self.scripts, self.data_blocks = [], 0, 0
        self.feed(html.decode("utf-8", "replace"))

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "link" and "stylesheet" in (attrs.get("rel") or "").split() and attrs.get("href"):
            self.stylesheets.append(attrs["href"])
        if tag == "script":
            if (attrs.get("type") or "").strip().lower() in JS_TYPES:
                self.scripts += 1
            else:
                self.data_blocks += 1
        handlers = [name for name in attrs if name.startswith("on")]
        self.scripts += len(handlers) + str(attrs.get("href") or "").strip().lower().startswith("javascript:")


# --- wrk ----------------------------------------------------------------------------------------------------------

def run_wrk(url, connections, seconds, paths_file=None):
    """Load `url` for `seconds` (or, with `paths_file`, a random path of that file per request: the cold load);
    returns requests/s, latency percentiles (ms) and errors."""
    headers = [arg for name, value in BROWSER_HEADERS.items() for arg in ("-H", f"{name}: {value}")]
    script = ["-s", str(BENCH / "wrk_paths.lua")] if paths_file else ["-s", str(BENCH / "wrk_report.lua")]
    command = ["wrk", "-t", str(THREADS), "-c", str(connections), "-d", f"{seconds}s", "--timeout", "60s",
               "--latency", *script, *headers, url, *(["--", str(paths_file)] if paths_file else [])]
    output = subprocess.run(command, capture_output=True, text=True, timeout=seconds + 120).stdout
    return parse_wrk(output)


def parse_wrk(output):
    for line in output.splitlines():
        if line.startswith("BENCH_JSON "):
            data = json.loads(line[len("BENCH_JSON "):])
            seconds = data["duration_us"] / 1e6
            # No request finished in time: there is no latency to report (wrk would say 0).
            latency = {key: value / 1000 if data["requests"] else None for key, value in data["latency_us"].items()}
            return {"requests": data["requests"], "rps": data["requests"] / seconds if seconds else 0.0,
                    "p50_ms": latency["p50"], "p95_ms": latency["p95"], "p99_ms": latency["p99"],
                    "max_ms": latency["max"], "errors": sum(data["errors"].values()),
                    "error_detail": data["errors"], "mb_per_s": data["bytes"] / seconds / 1e6 if seconds else 0.0}
    # No JSON line (an older wrk without Lua?): fall back on the text that --latency prints.
    rps = re.search(r"Requests/sec:\s+([\d.]+)", output)
    percentiles = {int(p): _to_ms(v, u) for p, v, u in re.findall(r"^\s+(\d+)%\s+([\d.]+)(us|ms|s)\b", output, re.M)}
    if not rps:
        raise RuntimeError(f"Could not read wrk's output:\n{output}")
    errors = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", output)
    return {"requests": None, "rps": float(rps.group(1)), "p50_ms": percentiles.get(50), "p95_ms": None,
            "p99_ms": percentiles.get(99), "max_ms": None, "errors": int(errors.group(1)) if errors else 0,
            "error_detail": {}, "mb_per_s": None}


def _to_ms(value, unit):
    return float(value) * {"us": 0.001, "ms": 1, "s": 1000}[unit]


# --- What is measured -------------------------------------------------------------------------------------------

OPTIONAL = {"/sitemap.xml", "/search/?q=health+teachers"}  # measured only if the app has them (answer 200)


def warm_targets(manifest):
    """(label, path, kind): kind is "ceiling" (/healthz), "page", "feed", "sitemap" or "download"."""
    m = manifest
    return [
        ("healthz (start)", "/healthz", "ceiling"),
        ("Home", "/", "page"),
        ("Members", "/members/", "page"),
        ("Members, 2 filters", "/members/?region=europe&kind=union", "page"),
        ("Members, search", "/members/?q=union", "page"),
        ("Projects", "/projects/", "page"),
        ("Projects, 2 filters", "/projects/?status=ongoing&region=africa", "page"),
        ("Projects, search", "/projects/?q=health", "page"),
        ("Toolbox", "/toolbox/", "page"),
        ("Toolbox, 2 filters", "/toolbox/?kind=guide&language=fr", "page"),
        ("Toolbox, search", "/toolbox/?q=health+teachers", "page"),
        ("Kits", "/toolbox/kits/", "page"),
        ("News", "/news/", "page"),
        ("News, 2 filters", f"/news/?year=2019&tag={m['news_tag_2019']}", "page"),
        ("Events", "/news/events/", "page"),
        ("Research-action", "/research/", "page"),
        ("Site search", "/search/?q=health+teachers", "page"),
        ("Home, French", "/fr/", "page"),
        ("Toolbox, search in French", "/fr/toolbox/?q=sant%C3%A9+des+enseignants", "page"),
        ("Site search in French", "/fr/search/?q=sant%C3%A9+des+enseignants", "page"),
        ("Resource, French", f"/fr/toolbox/{m['resource']}/", "page"),
        ("Article, Spanish", f"/es/news/{m['article']}/", "page"),
        ("Organisation", f"/members/{m['organisation']}/", "page"),
        ("Project", f"/projects/{m['project']}/", "page"),
        ("Resource", f"/toolbox/{m['resource']}/", "page"),
        ("Kit", f"/toolbox/kits/{m['kit']}/", "page"),
        ("Article", f"/news/{m['article']}/", "page"),
        ("Event", f"/news/events/{m['event']}/", "page"),
        ("Research entry", f"/research/{m['research']}/", "page"),
        ("News RSS", "/news/feed/rss/", "feed"),
        ("News Atom", "/news/feed/atom/", "feed"),
        ("Events calendar", "/news/events/calendar.ics", "feed"),
        ("Sitemap", "/sitemap.xml", "sitemap"),
        ("Download 10 MB", f"/toolbox/{m['download_10mb']}/download/", "download"),
        ("Download 100 MB", f"/toolbox/{m['download_100mb']}/download/", "download"),
        ("healthz (end)", "/healthz", "ceiling"),
    ]


# Cold: one entry per page type, each a list of paths wrk picks from at random (bench/wrk_paths.lua). The values
# come from the vocabulary of the seeded data (var/bench/seeded.json), so every filter value exists and every
# object is published; the searches mix real words, phrases and non-words, in the three languages of the site.
COLD_PATHS = 400  # paths per page type: wrk sees few repeats in a run, and they are never consecutive
COLD_PROBES = 5  # random paths of each type asked one at a time, for X-DB-Queries and a lone request's time
LANGUAGES = {"": 60, "/fr": 25, "/es": 15}  # address prefix: English, French, Spanish, as visitors come
PREFIX_LANGUAGE = {"": "en", "/fr": "fr", "/es": "es"}
# Budget class of each page type: "page" (lists and detail pages, and feeds), "search" (searches and lists with
# filters: facets counted over the matching rows), "sitemap" (no cold budget: crawlers, a few times a day).


class ColdPaths:
    """Random paths made from the vocabulary; a fixed seed, so every run asks for the same ones."""

    def __init__(self, vocabulary, seed=12):
        self.v, self.rng = vocabulary, random.Random(seed)

    def prefix(self):
        return self.rng.choices(list(LANGUAGES), weights=list(LANGUAGES.values()))[0]

    def query(self, language):
        """A search as visitors type them: one word, a few words, a phrase, or a word the data does not have."""
        words, roll = self.v["words"][language], self.rng.random()
        if roll < 0.35:
            return self.rng.choice(words)
        if roll < 0.65:
            return " ".join(self.rng.sample(words, self.rng.randint(2, 3)))
        if roll < 0.85:
            return self.rng.choice(self.v["phrases"][language])
        nonword = "".join(self.rng.choices("abcdefghijklmnopqrstuvwxyz", k=self.rng.randint(5, 9)))
        return nonword if roll < 0.95 else f"{self.rng.choice(words)} {nonword}"

    def filters(self, choices, low=1, high=3):
        """Between low and high of the filters in `choices` ({name: values}), each with a value that exists."""
        names = self.rng.sample(sorted(choices), self.rng.randint(low, min(high, len(choices))))
        return {name: self.rng.choice(choices[name]) for name in names}

    def make(self, build, count=COLD_PATHS):
        """`count` paths from `build(prefix)`, which returns (path, query parameters)."""
        paths = []
        for _ in range(count):
            prefix = self.prefix()
            path, params = build(prefix)
            paths.append(prefix + path + ("?" + urlencode(params) if params else ""))
        return paths

    def pages(self, published, per_page):
        """A page number of a list that exists (the first ones most often)."""
        last = max(1, published // per_page)
        page = min(last, 1 + int(self.rng.expovariate(0.3)))
        return {"page": page} if page > 1 else {}


def cold_targets(manifest):
    """(label, budget class, paths) for each page type."""
    v = manifest["vocabulary"]
    c = ColdPaths(v)
    published, slugs = v["published"], v["slugs"]
    members = {"region": v["regions"], "country": v["countries"]["organisations"],
               "kind": v["kinds"]["organisations"], "membership": v["memberships"]}
    projects = {"status": v["project_statuses"], "mission_area": v["mission_areas"], "region": v["regions"],
                "country": v["countries"]["projects"], "organisation": slugs["organisations"],
                "tag": v["tags"]["projects"]}
    toolbox = {"kind": v["kinds"]["resources"], "mission_area": v["mission_areas"], "language": v["languages"],
               "region": v["regions"], "country": v["countries"]["resources"], "organisation": slugs["organisations"],
               "format": ["pdf"], "year": v["years"]["resources"], "tag": v["tags"]["resources"]}
    news = {"tag": v["tags"]["articles"], "mission_area": v["mission_areas"], "year": v["years"]["articles"]}
    research = {"status": v["research_stages"], "mission_area": v["mission_areas"], "project": v["research_projects"]}

    def plain(path, name, per_page=20):
        return lambda prefix: (path, c.pages(published[name], per_page))

    def filtered(path, choices):
        return lambda prefix: (path, c.filters(choices))

    def searched(path, choices=None):
        def build(prefix):
            params = {"q": c.query(PREFIX_LANGUAGE[prefix])}
            if choices and c.rng.random() < 0.3:  # some searches narrowed by a filter
                params.update(c.filters(choices, 1, 1))
            return path, params
        return build

    def detail(pattern, name):
        return lambda prefix: (pattern.format(c.rng.choice(slugs[name])), {})

    def news_filtered(prefix):
        if c.rng.random() < 0.2:  # the yearly archive
            return f"/news/{c.rng.choice(v['years']['articles'])}/", {}
        return "/news/", c.filters(news)

    def feed(prefix):
        roll = c.rng.random()
        kind = c.rng.choice(["rss", "atom"])
        return (f"/news/feed/{kind}/" if roll < 0.5
                else f"/news/tag/{c.rng.choice(v['tags']['articles'])}/feed/{kind}/"), {}

    def unprefixed(paths):
        """Feeds, calendars and sitemaps have one address whatever the language."""
        return [re.sub(r"^/(fr|es)/", "/", path) for path in paths]

    calendars = unprefixed(c.make(lambda prefix: (
        "/news/events/calendar.ics" if c.rng.random() < 0.3
        else f"/news/events/{c.rng.choice(slugs['events'])}/event.ics", {})))
    sections = ["pages", "network", "members", "projects", "toolbox", "kits", "news", "events", "research"]
    return [
        ("Home", "page", c.make(lambda prefix: ("/", {}))),
        ("Members", "page", c.make(plain("/members/", "organisations"))),
        ("Members, filters", "search", c.make(filtered("/members/", members))),
        ("Members, search", "search", c.make(searched("/members/", members))),
        ("Projects", "page", c.make(plain("/projects/", "projects"))),
        ("Projects, filters", "search", c.make(filtered("/projects/", projects))),
        ("Projects, search", "search", c.make(searched("/projects/", projects))),
        ("Toolbox", "page", c.make(plain("/toolbox/", "resources"))),
        ("Toolbox, filters", "search", c.make(filtered("/toolbox/", toolbox))),
        ("Toolbox, search", "search", c.make(searched("/toolbox/", toolbox))),
        ("Kits", "page", c.make(plain("/toolbox/kits/", "kits"))),
        ("News", "page", c.make(plain("/news/", "articles", 12))),
        ("News, filters", "search", c.make(news_filtered)),
        ("Events", "page", c.make(lambda prefix: ("/news/events/", c.pages(published["events"] // 2, 12)))),
        ("Events, filtered", "page", c.make(lambda prefix: ("/news/events/",
                                                            {"kind": c.rng.choice(v["kinds"]["events"])}))),
        ("Research-action", "page", c.make(lambda prefix: ("/research/", {}))),
        ("Research-action, filters", "search", c.make(filtered("/research/", research))),
        ("Site search", "search", c.make(searched("/search/"))),
        ("Organisation", "page", c.make(detail("/members/{}/", "organisations"))),
        ("Project", "page", c.make(detail("/projects/{}/", "projects"))),
        ("Resource", "page", c.make(detail("/toolbox/{}/", "resources"))),
        ("Kit", "page", c.make(detail("/toolbox/kits/{}/", "kits"))),
        ("Article", "page", c.make(detail("/news/{}/", "articles"))),
        ("Event", "page", c.make(detail("/news/events/{}/", "events"))),
        ("Research entry", "page", c.make(detail("/research/{}/", "research"))),
        ("News feeds", "page", unprefixed(c.make(feed))),
        ("Calendars", "page", calendars),
        ("Sitemap", "sitemap", unprefixed(c.make(lambda prefix: (
            "/sitemap.xml" if c.rng.random() < 0.2 else f"/sitemap-{c.rng.choice(sections)}.xml", {})))),
    ]


def measure(server, label, path, kind, seconds):
    """Everything about one URL under warm load: a first request, the load, a warm request, worker memory."""
    url = server.base + path
    download = kind == "download"
    row = {"label": label, "path": path, "kind": kind}
    pids = server.worker_pids()
    before = worker_memory(pids)
    peaks_reset = reset_peaks(pids)

    first = probe(url, keep_body=not download)
    row["status"], row["first_ms"] = first.status, first.elapsed_ms
    if first.status != 200:
        if path in OPTIONAL:
            row["skipped"] = f"answered {first.status}: not part of the site yet"
        else:
            row["error"] = f"answered {first.status}, not 200: not loaded"
        say(f"{label:22} {path} answered {first.status}: not loaded")
        return row

    connections = DOWNLOAD_CONNECTIONS if download else CONNECTIONS
    cpu_before, load_started = cpu_by_process(), time.monotonic()
    row.update(connections=connections, **run_wrk(url, connections, seconds))
    ours = {os.getpid(), server.process.pid, *server.worker_pids()}
    other = other_cpu_seconds(cpu_before, cpu_by_process(), ours)
    row["other_cpu_pct"] = 100 * other / ((time.monotonic() - load_started) * os.cpu_count())

    # Warm: right after the load, as most visitors get it (from the page cache if the app has one).
    warm = probe(url, keep_body=not download)
    row["queries_warm"] = warm.queries
    row["content_type"] = warm.headers.get("Content-Type", "").split(";")[0]
    row["server_encoding"] = warm.headers.get("Content-Encoding", "")
    row["bytes"] = len(warm.body) if not download else warm.size
    if not download:
        row["gzip_bytes"] = gzip_size(warm.body)
        row["html"] = row["content_type"] == "text/html"
        if row["html"]:
            parts = PageParts(warm.body)
            row["scripts"], row["data_scripts"] = parts.scripts, parts.data_blocks
            if label == "Home":
                row["_stylesheets"] = parts.stylesheets

    after = worker_memory(server.worker_pids())
    row["worker_peak_mib"] = max((hwm for _rss, hwm in after.values()), default=None)
    row["peaks_reset"] = peaks_reset
    common = [pid for pid in after if pid in before]
    if common:
        # Growth of a worker: from its RSS before the URL to its peak during it (and to its RSS after it).
        row["worker_growth_mib"] = max(after[pid][1] - before[pid][0] for pid in common)
        row["worker_rss_growth_mib"] = max(after[pid][0] - before[pid][0] for pid in common)
    row["workers_replaced"] = len(set(after) - set(before))
    if row["requests"] == 0:
        row["error"] = f"no request finished in {seconds} s"
    say(f"{label:22} {row['rps']:8.1f} req/s  p95 {fmt(row['p95_ms'])} ms  "
        f"queries warm {fmt(row['queries_warm'])}  "
        f"peak worker {fmt(row['worker_peak_mib'])} MiB  other CPU {row['other_cpu_pct']:.0f}%")
    return row


def wait_until_idle(server, timeout=180):
    """When wrk stops, the workers still build the slow pages it had asked for (up to one per connection): wait
    until no worker uses the CPU and no query of the bench database runs, twice in a row half a second apart, so
    the next measure starts on an idle server. Returns the seconds waited."""
    ticks = os.sysconf("SC_CLK_TCK")
    active = ["psql", "-h", PG["PGHOST"], "-p", PG["PGPORT"], "-U", PG["PGUSER"], "-d", DB_NAME, "-Atc",
              "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND state = 'active' "
              "AND pid <> pg_backend_pid()"]

    def worker_cpu():
        used = 0
        for pid in server.worker_pids():
            try:
                fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            used += int(fields[11]) + int(fields[12])
        return used / ticks

    started, quiet = time.monotonic(), 0
    before = worker_cpu()
    while quiet < 2 and time.monotonic() - started < timeout:
        time.sleep(0.5)
        after = worker_cpu()
        quiet = quiet + 1 if after - before < 0.02 and command_output(active) == "0" else 0
        before = after
    return time.monotonic() - started


def measure_cold(server, label, budget_class, paths, seconds):
    """One page type with the page cache off: a few lone requests of random paths (X-DB-Queries, time), then wrk
    on all of them, each request a random path of the list."""
    row = {"label": label, "class": budget_class, "paths": len(paths), "example": paths[0],
           "idle_wait_s": round(wait_until_idle(server), 1)}
    probes = []
    for path in random.Random(label).sample(paths, min(COLD_PROBES, len(paths))):
        answer = probe(server.base + path)
        probes.append({"path": path, "status": answer.status, "queries": answer.queries, "ms": answer.elapsed_ms,
                       "html": answer.headers.get("Content-Type", "").startswith("text/html")})
    row["probes"] = probes
    row["html"] = any(p["html"] for p in probes)
    counted = [p for p in probes if p["queries"] is not None]
    if counted:
        worst = max(counted, key=lambda p: p["queries"])
        row["queries_max"], row["queries_max_path"] = worst["queries"], worst["path"]
    row["probe_ms_max"] = max((p["ms"] for p in probes if p["ms"] is not None), default=None)
    failed = [p for p in probes if p["status"] != 200]
    if failed:
        row["error"] = f"{failed[0]['path']} answered {failed[0]['status']}, not 200: not loaded"
        say(f"{label:24} {row['error']}")
        return row

    paths_file = VAR / "cold-paths" / (re.sub(r"[^a-z0-9]+", "-", label.lower()).strip("-") + ".txt")
    paths_file.parent.mkdir(exist_ok=True)
    paths_file.write_text("\n".join(paths) + "\n")
    cpu_before, load_started = cpu_by_process(), time.monotonic()
    row.update(run_wrk(server.base, CONNECTIONS, seconds, paths_file))
    ours = {os.getpid(), server.process.pid, *server.worker_pids()}
    other = other_cpu_seconds(cpu_before, cpu_by_process(), ours)
    row["other_cpu_pct"] = 100 * other / ((time.monotonic() - load_started) * os.cpu_count())
    if row["requests"] == 0:
        row["error"] = f"no request finished in {seconds} s"
    say(f"{label:24} {row['rps']:8.1f} req/s  p95 {fmt(row['p95_ms'])} ms  "
        f"(after {row['idle_wait_s']} s waiting for idle workers)  queries max {fmt(row.get('queries_max'))}  "
        f"lone request up to {fmt(row['probe_ms_max'])} ms  "
        f"other CPU {row['other_cpu_pct']:.0f}%")
    return row


def stylesheets(server, hrefs):
    """Every stylesheet the home page links to, and their total size gzipped."""
    files = []
    for href in hrefs:
        url = href if href.startswith("http") else server.base + href
        plain = probe(url, headers={})
        served = probe(url, headers={"Accept-Encoding": "gzip"}, keep_body=False)
        files.append({"href": href, "status": plain.status, "bytes": len(plain.body),
                      "gzip_bytes": gzip_size(plain.body),
                      "served_encoding": served.headers.get("Content-Encoding", ""), "served_bytes": served.size})
    return {"files": files, "total_bytes": sum(f["bytes"] for f in files),
            "total_gzip_bytes": sum(f["gzip_bytes"] for f in files)}


# --- Budgets ------------------------------------------------------------------------------------------------------

def verdict(ok):
    return "n/a" if ok is None else ("pass" if ok else "FAIL")


def check_warm_budgets(rows, css):
    pages = [r for r in rows if r.get("html") and "rps" in r]
    loaded = [r for r in rows if "rps" in r and r["kind"] in ("page", "feed", "sitemap")]
    budgets = []

    def add(name, ok, detail):
        budgets.append({"budget": name, "verdict": verdict(ok), "detail": detail})

    def worst(items, key):
        known = [r for r in items if r.get(key) is not None]
        return max(known, key=lambda r: r[key]) if known else None

    warm = worst(pages, "queries_warm")
    add(f"SQL queries per HTML page ≤ {MAX_QUERIES} (warm)",
        None if warm is None else warm["queries_warm"] <= MAX_QUERIES,
        "no X-DB-Queries header: queries not counted" if warm is None else
        f"worst warm: {warm['queries_warm']} ({warm['label']})")

    slow = sorted((r for r in loaded if r["p95_ms"] is None or r["p95_ms"] >= MAX_P95_MS),
                  key=lambda r: -(r["p95_ms"] or 0))
    slowest = worst(loaded, "p95_ms")
    add(f"p95 < {MAX_P95_MS} ms at {CONNECTIONS} connections (pages, search and feeds)", not slow and bool(loaded),
        f"{len(slow)} of {len(loaded)} over: " + listing(slow, lambda r: f"{r['label']} {fmt(r['p95_ms'])} ms")
        if slow else f"slowest: {slowest['label']} {fmt(slowest['p95_ms'])} ms" if slowest else "nothing loaded")

    low = sorted((r for r in pages if (r.get("healthz_ratio") or 0) < MIN_HEALTHZ_RATIO),
                 key=lambda r: r.get("healthz_ratio") or 0)
    add(f"HTML pages ≥ {MIN_HEALTHZ_RATIO:.0%} of /healthz throughput", not low and bool(pages),
        f"{len(low)} of {len(pages)} under: "
        + listing(low, lambda r: f"{r['label']} {r.get('healthz_ratio') or 0:.0%}")
        if low else "all pages at or above")

    peak = worst([r for r in rows if "rps" in r], "worker_peak_mib")
    add(f"Worker memory < {MAX_WORKER_MIB} MiB", None if peak is None else peak["worker_peak_mib"] < MAX_WORKER_MIB,
        "not measured" if peak is None else f"highest worker peak: {peak['worker_peak_mib']:.1f} MiB ({peak['label']})")

    big = next((r for r in rows if r["label"] == "Download 100 MB" and "rps" in r), None)
    growth = big.get("worker_growth_mib") if big else None
    add(f"100 MB download grows a worker by < {MAX_DOWNLOAD_GROWTH_MIB} MiB",
        None if growth is None else growth < MAX_DOWNLOAD_GROWTH_MIB,
        "not measured" if growth is None else f"largest growth during the downloads: {growth:.1f} MiB "
        f"(RSS after: {big['worker_rss_growth_mib']:+.1f} MiB)")

    heavy = [r for r in pages if r["gzip_bytes"] >= MAX_PAGE_GZIP_BYTES]
    biggest = worst(pages, "gzip_bytes")
    add(f"Each HTML page < {MAX_PAGE_GZIP_BYTES // 1000} KB gzipped", not heavy and bool(pages),
        ", ".join(f"{r['label']} {kb(r['gzip_bytes'])} KB" for r in heavy) if heavy
        else f"largest: {biggest['label']} {kb(biggest['gzip_bytes'])} KB" if biggest else "no page measured")

    add(f"All CSS < {MAX_CSS_GZIP_BYTES // 1000} KB gzipped",
        css["total_gzip_bytes"] < MAX_CSS_GZIP_BYTES if css["files"] else None,
        f"{len(css['files'])} stylesheet(s), {kb(css['total_gzip_bytes'])} KB gzipped "
        f"({kb(css['total_bytes'])} KB raw)")

    with_js = [r for r in pages if r["scripts"]]
    add("No JavaScript on public pages", not with_js and bool(pages),
        ", ".join(f"{r['label']} ({r['scripts']})" for r in with_js) if with_js
        else f"no `<script>`, on… handler or javascript: link on {len(pages)} pages")

    broken = [r for r in rows if r.get("error") or (r.get("errors") or 0) > 0]
    add("Every URL answered 200 under load (harness check)", not broken,
        ", ".join(f"{r['label']}: {r.get('error') or str(r['errors']) + ' errors/non-2xx'}" for r in broken)
        or "no errors")
    return budgets


def listing(items, describe, limit=8):
    shown = ", ".join(describe(r) for r in items[:limit])
    return shown + (f" and {len(items) - limit} more" if len(items) > limit else "")


def check_cold_budgets(rows, bare=None):
    """The budgets of issue 12, with the page cache off; each row also gets its own verdict ("budget")."""
    budgets = []

    def add(name, ok, detail):
        budgets.append({"budget": name, "verdict": verdict(ok), "detail": detail})

    counted = [r for r in rows if r.get("html") and r.get("queries_max") is not None]
    over = sorted((r for r in counted if r["queries_max"] > MAX_QUERIES), key=lambda r: -r["queries_max"])
    most = max(counted, key=lambda r: r["queries_max"], default=None)
    add(f"SQL queries per HTML page ≤ {MAX_QUERIES} (cold, most of {COLD_PROBES} random requests per page type)",
        None if most is None else not over,
        "no X-DB-Queries header: queries not counted" if most is None else
        f"{len(over)} of {len(counted)} over: " + listing(over, lambda r: f"{r['label']} {r['queries_max']}")
        if over else f"most: {most['queries_max']} ({most['label']})")

    for budget_class, (ratio, p95) in COLD_BUDGETS.items():
        members = [r for r in rows if r["class"] == budget_class]
        for row in members:
            reasons = []
            if row.get("error") or "rps" not in row:
                reasons.append(row.get("error") or "not loaded")
            else:
                if (row.get("healthz_ratio") or 0) < ratio:
                    reasons.append(f"{row.get('healthz_ratio') or 0:.2f} × healthz")
                if row["p95_ms"] is None or row["p95_ms"] > p95:
                    reasons.append(f"p95 {fmt(row['p95_ms'])} ms")
                if (row.get("errors") or 0) > 0:
                    reasons.append(f"{row['errors']} errors")
            if row.get("html") and (row.get("queries_max") or 0) > MAX_QUERIES:
                reasons.append(f"{row['queries_max']} queries")
            row["budget"] = "FAIL" if reasons else "pass"
            row["budget_detail"] = ", ".join(reasons)
        failed = [r for r in members if r["budget"] == "FAIL"]
        name = {"page": "Lists, detail pages and feeds", "search": "Searches and lists with filters"}[budget_class]
        add(f"{name}: ≥ {ratio:.2f} × /healthz and p95 ≤ {p95} ms (cold)", not failed if members else None,
            f"{len(failed)} of {len(members)} fail: "
            + listing(failed, lambda r: f"{r['label']} ({r['budget_detail']})") if failed
            else f"all {len(members)} page types within" if members else "none measured")
    # Not a budget: the same ratios against the bare Django page, to tell the portal's own cost from the stack's.
    if bare and bare.get("rps"):
        for budget_class, (ratio, _p95) in COLD_BUDGETS.items():
            members = [r for r in rows if r["class"] == budget_class and "bare_ratio" in r]
            under = sorted((r for r in members if r["bare_ratio"] < ratio), key=lambda r: r["bare_ratio"])
            budgets.append({
                "budget": f"For comparison (not a budget): {budget_class} types ≥ {ratio:.2f} × the bare Django page "
                          f"({bare['rps']:.0f} req/s, {bare.get('healthz_ratio') or 0:.2f} × /healthz)",
                "verdict": "info",
                "detail": f"{len(members) - len(under)} of {len(members)} at or above"
                          + (": under: " + listing(under, lambda r: f"{r['label']} {r['bare_ratio']:.2f}")
                             if under else "")})
    return budgets


# --- Report -------------------------------------------------------------------------------------------------------

def fmt(value, digits=0):
    if value is None:
        return "n/a"
    return f"{value:.{digits}f}" if isinstance(value, float) else str(value)


def kb(size):
    return "n/a" if size is None else f"{size / 1000:.1f}"


def command_output(command):
    try:
        result = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, timeout=30)
    except (OSError, subprocess.TimeoutExpired):
        return ""
    return (result.stdout or result.stderr).strip()


def machine():
    cpuinfo = Path("/proc/cpuinfo").read_text()
    meminfo = Path("/proc/meminfo").read_text()
    os_release = dict(line.split("=", 1) for line in Path("/etc/os-release").read_text().splitlines() if "=" in line)
    import django
    import gunicorn

    postgres = command_output(["psql", "-h", PG["PGHOST"], "-p", PG["PGPORT"], "-U", PG["PGUSER"], "-d", DB_NAME,
                               "-Atc", "SHOW server_version"])
    changes = subprocess.run(["git", "diff", "--quiet", "HEAD", "--"], cwd=ROOT).returncode  # read-only
    return {
        "date": datetime.now(UTC).isoformat(timespec="seconds"),
        "cpu": next(iter(re.findall(r"model name\s*:\s*(.+)", cpuinfo)), platform.machine()).strip(),
        "cores": os.cpu_count(),
        "memory_gib": round(int(re.search(r"MemTotal:\s+(\d+)", meminfo).group(1)) / 1024 / 1024, 1),
        "os": f"{os_release.get('PRETTY_NAME', '?').strip(chr(34))}, Linux {platform.release()}",
        "python": platform.python_version(),
        "django": django.get_version(),
        "postgresql": postgres.split()[0] if postgres else "?",
        "gunicorn": gunicorn.__version__,
        "wrk": command_output(["wrk", "-v"]).splitlines()[0].split("[")[0].replace("wrk ", "").strip(),
        "commit": command_output(["git", "rev-parse", "--short", "HEAD"]) + (" + local changes" if changes else ""),
    }


def markdown(report):
    m, settings = report["machine"], report["settings"]
    phases = " and ".join(name for name in ("warm", "cold") if name in report)
    options = " ".join(o for o in [settings["quick"] and "--quick", settings["only"] and f"--only {settings['only']}",
                                     settings["pages"] and f"--pages '{settings['pages']}'"] if o)
    lines = [
        "# Performance benchmark: latest result",
        "",
        f"Run on {m['date']} · **commit {m['commit']}** · `make bench`{' ' + options if options else ''} "
        f"({phases}). How to read this: bench/README.md.",
        "",
        f"**Machine:** {m['cpu']}, {m['cores']} cores, {m['memory_gib']} GiB RAM, {m['os']}.  ",
        f"**Versions:** Python {m['python']}, Django {m['django']}, PostgreSQL {m['postgresql']}, "
        f"gunicorn {m['gunicorn']} ({settings['workers']} sync workers), wrk {m['wrk']}.  ",
        f"**Load:** wrk, {settings['seconds']} s per URL or page type, {CONNECTIONS} connections "
        f"({DOWNLOAD_CONNECTIONS} for downloads), {THREADS} threads, browser headers "
        f"(`Accept-Encoding: {BROWSER_HEADERS['Accept-Encoding']}`).  ",
        "**Data:** " + ", ".join(f"{value:,} {name.replace('_', ' ')}" for name, value in report["dataset"].items()
                                 if isinstance(value, int)) + ".  ",
        f"**Time:** database and seed {report['timings']['seed_s']:.0f} s "
        f"(of which seed.py {report['timings']['seed_script_s']:.0f} s), "
        + "".join(f"{name} load {report['timings'][f'{name}_s']:.0f} s, " for name in ("warm", "cold")
                  if f"{name}_s" in report["timings"])
        + f"whole run {report['timings']['total_s']:.0f} s. Load average when it started: "
        f"{report['load_average_at_start']}.",
        "",
        "## Budgets",
        "",
        "| Budget | Verdict | Detail |",
        "|---|---|---|",
        *(f"| {b['budget']} | **{b['verdict']}** | {b['detail']} |" for b in report["budgets"]),
        "",
    ]
    if "cold" in report:
        cold = report["cold"]
        lines += [
            "## Cold: page cache off, a different address on every request",
            "",
            f"/healthz: {fmt(cold['healthz_rps'])} req/s (mean of {' and '.join(fmt(v) for v in cold['healthz_runs'])}"
            "); “× healthz” divides by it. "
            + (f"{BARE_LABEL} (bench/bare.py, 20 resources from a random id, one query, a ten-line template, "
               f"through the same middleware): {cold['bare']['rps']:.1f} req/s, "
               f"p95 {fmt(cold['bare']['p95_ms'], 1)} ms, "
               f"{fmt(cold['bare'].get('healthz_ratio'), 2)} × healthz; “× bare” divides by it. "
               if cold.get("bare", {}).get("rps") else "")
            + "Each page type is a list of random addresses made from the seeded data "
            f"({COLD_PATHS} each, `var/bench/cold-paths/`); “SQL max” and “lone ms” are the most of "
            f"{COLD_PROBES} of them requested one at a time before the load.",
            "",
            "| Page type | class | example | req/s | p50 ms | p95 ms | p99 ms | × healthz | × bare | SQL max "
            "| lone ms max | errors | other CPU | budget |",
            "|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|",
        ]
        for r in cold["pages"]:
            verdict_cell = f"**{r['budget']}** {r['budget_detail']}" if r.get("budget") else "—"
            if "rps" not in r:
                lines.append(f"| {r['label']} | {r['class']} | `{r['example']}` | {r.get('error', 'not loaded')} |"
                             + " |" * 9 + f" {verdict_cell} |")
                continue
            lines.append(
                f"| {r['label']} | {r['class']} | `{r['example']}` | {r['rps']:.1f} | {fmt(r['p50_ms'], 1)} "
                f"| {fmt(r['p95_ms'], 1)} | {fmt(r['p99_ms'], 1)} | {fmt(r.get('healthz_ratio'), 2)} "
                f"| {fmt(r.get('bare_ratio'), 2)} | {fmt(r.get('queries_max'))} | {fmt(r.get('probe_ms_max'), 0)} "
                f"| {r.get('errors', 0)} "
                f"| {fmt(r.get('other_cpu_pct'), 0)}% | {verdict_cell} |")
        lines.append("")
    if "warm" in report:
        warm = report["warm"]
        lines += [
            "## Warm: page cache on, the same address again and again",
            "",
            f"/healthz: {fmt(warm['healthz_rps'])} req/s (mean of the start and end runs: "
            f"{' and '.join(fmt(v) for v in warm['healthz_runs'])}); “× healthz” divides by it.",
            "",
            "| URL | req/s | p50 ms | p95 ms | p99 ms | × healthz | SQL warm | first ms | size KB | gzip KB "
            "| server enc. | JS | worker peak MiB | worker growth MiB | errors | other CPU |",
            "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---:|---:|---:|---:|---:|",
        ]
        for r in warm["urls"]:
            if "rps" not in r:
                note = r.get("error") or r.get("skipped") or "not loaded"
                lines.append(f"| {r['label']} `{r['path']}` | {note} |" + " |" * 15)
                continue
            growth = fmt(r.get("worker_growth_mib"), 1) if r["kind"] == "download" else ""
            lines.append(
                f"| {r['label']} `{r['path']}` | {r['rps']:.1f} | {fmt(r['p50_ms'], 1)} | {fmt(r['p95_ms'], 1)} "
                f"| {fmt(r['p99_ms'], 1)} | {fmt(r.get('healthz_ratio'), 2)} | {fmt(r.get('queries_warm'))} "
                f"| {fmt(r.get('first_ms'), 0)} | {kb(r.get('bytes'))} "
                f"| {kb(r.get('gzip_bytes'))} | {r.get('server_encoding') or '—'} | {fmt(r.get('scripts'))} "
                f"| {fmt(r.get('worker_peak_mib'), 1)} | {growth} | {r.get('errors', 0)} "
                f"| {fmt(r.get('other_cpu_pct'), 0)}% |")
        css = warm["css"]
        if css:
            lines += ["", "## Stylesheets linked from the home page", "",
                      "| File | size KB | gzip KB (level 6) | served as |", "|---|---:|---:|---|",
                      *(f"| `{f['href']}` | {kb(f['bytes'])} | {kb(f['gzip_bytes'])} | "
                        f"{f['served_encoding'] or 'plain'}, {kb(f['served_bytes'])} KB |" for f in css["files"]),
                      f"| **Total** | {kb(css['total_bytes'])} | {kb(css['total_gzip_bytes'])} | |"]
        lines.append("")
    if not report["notes"]:
        return "\n".join(lines)
    return "\n".join([*lines, "## Notes", "", *(f"- {note}" for note in report["notes"]), ""])


def write_reports(report):
    RESULTS.mkdir(exist_ok=True)
    text, data = markdown(report), json.dumps(report, indent=2, default=str)
    stamp = datetime.now(UTC).strftime("%Y-%m-%dT%H%M")
    # latest.* are kept in git; dated and quick copies are not (see .gitignore).
    settings = report["settings"]
    names = ["quick"] if settings["quick"] or settings["only"] or settings["pages"] else ["latest", stamp]
    for name in names:
        (RESULTS / f"{name}.md").write_text(text)
        (RESULTS / f"{name}.json").write_text(data + "\n")
    return RESULTS / f"{names[0]}.md"


# --- The run ------------------------------------------------------------------------------------------------------

def healthz_ratios(rows, ceiling_rows):
    """Mean req/s of the /healthz runs, and each row's share of it."""
    runs = [r["rps"] for r in ceiling_rows if "rps" in r]
    healthz = sum(runs) / len(runs) if runs else None
    for row in rows:
        if "rps" in row and healthz:
            row["healthz_ratio"] = row["rps"] / healthz
    return healthz, runs


def run_warm(env, port, manifest, seconds, pattern):
    """Page cache on (as configured in production): each URL again and again, served from the cache."""
    server = Server(env, port)
    say(f"Warm: gunicorn on {server.base} with {server.workers} workers; {seconds} s per URL")
    run_wrk(server.base + "/healthz", CONNECTIONS, 5)  # unmeasured warm-up: imports, database connections
    rows = []
    try:
        for label, path, kind in warm_targets(manifest):
            if kind != "ceiling" and not pattern.search(label):
                continue
            # Each big download is a long transfer: give them time for several to finish.
            duration = max(seconds * 2, DOWNLOAD_MIN_SECONDS) if kind == "download" else seconds
            rows.append(measure(server, label, path, kind, duration))
        home = next((r for r in rows if r["label"] == "Home"), None)
        css = stylesheets(server, home.pop("_stylesheets", [])) if home else None
    finally:
        server.stop()
    healthz, runs = healthz_ratios(rows, [r for r in rows if r["kind"] == "ceiling"])
    return {"healthz_rps": healthz, "healthz_runs": runs, "urls": rows, "css": css, "workers": server.workers}


def run_cold(env, port, manifest, seconds, pattern):
    """Page cache off (PAGE_CACHE_SECONDS=0): every page built from the database, a different one each request.
    The server also answers bench/bare.py's bare Django page, measured first as a second reference."""
    server = Server({**env, "PAGE_CACHE_SECONDS": "0"}, port, app="bench.bare:application")
    say(f"Cold: gunicorn on {server.base}, page cache off; {seconds} s per page type")
    run_wrk(server.base + "/healthz", CONNECTIONS, 5)
    ceiling, rows = [], []
    rng = random.Random(7)
    bare_paths = [f"/bench/bare/?from={rng.randint(20, manifest['counts']['resources'])}" for _ in range(COLD_PATHS)]
    try:
        ceiling.append(measure(server, "healthz (start)", "/healthz", "ceiling", seconds))
        bare = measure_cold(server, BARE_LABEL, "reference", bare_paths, seconds)
        for label, budget_class, paths in cold_targets(manifest):
            if pattern.search(label):
                rows.append(measure_cold(server, label, budget_class, paths, seconds))
        wait_until_idle(server)
        ceiling.append(measure(server, "healthz (end)", "/healthz", "ceiling", seconds))
    finally:
        server.stop()
    healthz, runs = healthz_ratios([bare, *rows], ceiling)
    for row in rows:
        if "rps" in row and bare.get("rps"):
            row["bare_ratio"] = row["rps"] / bare["rps"]
    return {"healthz_rps": healthz, "healthz_runs": runs, "bare": bare, "pages": rows, "workers": server.workers}


def main():
    parser = argparse.ArgumentParser(description="Seed, serve and load the portal; write bench/results/.")
    parser.add_argument("--quick", action="store_true", help="3 s per URL, results in bench/results/quick.*")
    parser.add_argument("--seconds", type=int, help="seconds of load per URL (default 8, or 3 with --quick)")
    parser.add_argument("--reuse-db", action="store_true", help="keep the database and files of the last run")
    parser.add_argument("--only", choices=["warm", "cold"], help="measure only the warm or the cold pages")
    parser.add_argument("--pages", metavar="REGEX", help="only the URLs and page types whose label matches "
                        "(case-insensitive, e.g. 'toolbox|resource'); /healthz is always measured")
    args = parser.parse_args()
    seconds = args.seconds or (3 if args.quick else 8)
    pattern = re.compile(args.pages or "", re.IGNORECASE)
    load_before = os.getloadavg()[0]  # 1-minute load average: was anything else using the cores?

    ensure_wrk()
    ensure_postgres()
    port = free_port()
    env = django_env(port)
    timings = {"seed_script_s": 0.0}
    started = time.monotonic()
    if not (args.reuse_db and MANIFEST.exists()):
        say(f"Recreating database {DB_NAME} and var/bench/")
        shutil.rmtree(VAR, ignore_errors=True)
        VAR.mkdir(parents=True)
        recreate_database()
        manage(env, "migrate", "--noinput", "--verbosity", "0")
        say("Seeding (bench/seed.py)")
        seed_started = time.monotonic()
        run([PYTHON, str(BENCH / "seed.py"), "--manifest", str(MANIFEST)], env=env)
        timings["seed_script_s"] = time.monotonic() - seed_started
    timings["seed_s"] = time.monotonic() - started
    manifest = json.loads(MANIFEST.read_text())
    if "vocabulary" not in manifest and args.only != "warm":
        sys.exit("var/bench/seeded.json has no vocabulary (made by an older bench/seed.py): run without --reuse-db")
    shutil.rmtree(VAR / "page-cache", ignore_errors=True)
    manage(env, "collectstatic", "--noinput", "--verbosity", "0")

    results = {}
    if args.only != "cold":
        phase_started = time.monotonic()
        results["warm"] = run_warm(env, port, manifest, seconds, pattern)
        timings["warm_s"] = time.monotonic() - phase_started
    if args.only != "warm":
        phase_started = time.monotonic()
        results["cold"] = run_cold(env, port, manifest, seconds, pattern)
        timings["cold_s"] = time.monotonic() - phase_started

    warm_rows = results["warm"]["urls"] if "warm" in results else []
    cold_rows = results["cold"]["pages"] if "cold" in results else []
    everything = warm_rows + cold_rows
    notes = []
    if not any(r.get("queries_warm") is not None or r.get("queries_max") is not None for r in everything):
        notes.append("No X-DB-Queries header in the responses (middleware missing): SQL queries are n/a.")
    if not all(r.get("peaks_reset", True) for r in warm_rows):
        notes.append("VmHWM could not be reset between URLs: worker peaks are since the worker started.")
    compressed = [r["label"] for r in warm_rows if r["kind"] == "download" and r.get("server_encoding")]
    if compressed:
        notes.append(f"{' and '.join(compressed)}: the server compressed the file on the fly for a browser's "
                     "Accept-Encoding (no sendfile, no Content-Length, CPU per byte).")
    data_blocks = max((r.get("data_scripts") or 0 for r in warm_rows), default=0)
    if data_blocks:
        notes.append(f"Pages carry up to {data_blocks} `<script>` data block(s) (JSON-LD structured data): "
                     "data, not JavaScript, so not counted in the JS column.")
    busy = [r for r in everything if (r.get("other_cpu_pct") or 0) >= 10]
    if busy:
        notes.append(f"Other processes used 10% or more of the CPU while {len(busy)} of {len(everything)} URLs or page "
                     f"types were loaded (up to {max(r['other_cpu_pct'] for r in busy):.0f}%, column “other CPU”): "
                     "those rows are lower and noisier than on a quiet machine. Run again when the machine is idle.")
    replaced = sum(r.get("workers_replaced", 0) for r in warm_rows)
    if replaced:
        notes.append(f"gunicorn replaced {replaced} worker(s) during the run (crash or timeout): "
                     f"see var/bench/gunicorn.log.")
    timings["total_s"] = time.monotonic() - _started

    budgets = []
    if "cold" in results:
        budgets += check_cold_budgets(cold_rows, results["cold"].get("bare"))
    if "warm" in results:
        budgets += check_warm_budgets(warm_rows, results["warm"]["css"] or {"files": [], "total_bytes": 0,
                                                                           "total_gzip_bytes": 0})
    workers = next(iter(results.values()))["workers"]
    report = {
        "machine": machine(),
        "settings": {"quick": args.quick, "only": args.only, "pages": args.pages, "seconds": seconds,
                     "download_seconds": max(seconds * 2, DOWNLOAD_MIN_SECONDS),
                     "connections": CONNECTIONS, "download_connections": DOWNLOAD_CONNECTIONS, "threads": THREADS,
                     "workers": workers, "headers": BROWSER_HEADERS, "cold_paths": COLD_PATHS,
                     "cold_probes": COLD_PROBES, "django_settings": "network_site.settings.prod", "database": DB_NAME},
        "dataset": manifest["counts"],
        "timings": {key: round(value, 1) for key, value in timings.items()},
        "load_average_at_start": round(load_before, 2),
        **results,
        "budgets": budgets,
        "notes": notes,
    }
    path = write_reports(report)
    print()
    for budget in report["budgets"]:
        print(f"  {budget['verdict']:>4}  {budget['budget']}: {budget['detail']}")
    print(f"\nWritten: {path.relative_to(ROOT)} (and .json). Took {timings['total_s'] / 60:.1f} minutes.")


if __name__ == "__main__":
    main()
