"""The performance benchmark: `make bench` (see bench/README.md).

1. Recreates the PostgreSQL database `portal_bench`, migrates it and fills it with bench/seed.py.
2. Serves it with gunicorn under the production settings, as a server would (2 × cores + 1 workers).
3. Loads each URL for a fixed time with wrk (a separate program), one URL after the other, and around each
   run reads the SQL queries a request makes, the page's size and the memory of every gunicorn worker.
4. Checks the budgets of issue 5 and writes bench/results/latest.md and latest.json.

It only uses the standard library, so it reads top to bottom. Options: --quick (3 s per URL, results go to
bench/results/quick.*), --reuse-db (skip the database and seed steps, to iterate on this script).
"""

import argparse
import gzip
import json
import os
import platform
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

# The budgets of issue 5. Sizes in bytes (1 KB = 1,000 bytes), memory in MiB.
MAX_QUERIES = 10
MAX_P95_MS = 100
MIN_HEALTHZ_RATIO = 0.20
MAX_WORKER_MIB = 120
MAX_DOWNLOAD_GROWTH_MIB = 10
MAX_PAGE_GZIP_BYTES = 30_000
MAX_CSS_GZIP_BYTES = 20_000

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


def has_command(env, name):
    result = subprocess.run([PYTHON, "manage.py", "help", name], env=env, cwd=ROOT,
                            capture_output=True)
    return result.returncode == 0


# --- The server and its workers ---------------------------------------------------------------------------------

class Server:
    """gunicorn under production settings; BENCH_COUNT_QUERIES=1 asks the app for an X-DB-Queries header."""

    def __init__(self, env, port):
        self.base = f"http://127.0.0.1:{port}"
        self.workers = 2 * os.cpu_count() + 1
        gunicorn = Path(PYTHON).parent / "gunicorn"
        self.log = (VAR / "gunicorn.log").open("w")
        self.process = subprocess.Popen(
            [str(gunicorn), "network_site.wsgi:application", "--bind", f"127.0.0.1:{port}",
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

def run_wrk(url, connections, seconds):
    """Load `url` for `seconds`; returns requests/s, latency percentiles (ms) and errors."""
    headers = [arg for name, value in BROWSER_HEADERS.items() for arg in ("-H", f"{name}: {value}")]
    command = ["wrk", "-t", str(THREADS), "-c", str(connections), "-d", f"{seconds}s", "--timeout", "60s",
               "--latency", "-s", str(BENCH / "wrk_report.lua"), *headers, url]
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


def targets(manifest):
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


def measure(server, env, label, path, kind, seconds, clear_command):
    """Everything about one URL: a cold request, the load, a warm request, worker memory around them."""
    url = server.base + path
    download = kind == "download"
    row = {"label": label, "path": path, "kind": kind}
    pids = server.worker_pids()
    before = worker_memory(pids)
    peaks_reset = reset_peaks(pids)

    # Cold: the page cache emptied first (as after a staff edit), so the page is built from the database.
    cold = None
    if clear_command and kind != "ceiling":
        manage(env, "clear_page_cache", stdout=subprocess.DEVNULL)
        cold = probe(url, keep_body=not download)
        row["queries_cold"], row["cold_ms"] = cold.queries, cold.elapsed_ms
    first = cold or probe(url, keep_body=not download)
    row["status"] = first.status
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
        f"queries warm {fmt(row['queries_warm'])} cold {fmt(row.get('queries_cold'))}  "
        f"peak worker {fmt(row['worker_peak_mib'])} MiB  other CPU {row['other_cpu_pct']:.0f}%")
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


def check_budgets(rows, css):
    pages = [r for r in rows if r.get("html") and "rps" in r]
    loaded = [r for r in rows if "rps" in r and r["kind"] in ("page", "feed", "sitemap")]
    budgets = []

    def add(name, ok, detail):
        budgets.append({"budget": name, "verdict": verdict(ok), "detail": detail})

    def worst(items, key):
        known = [r for r in items if r.get(key) is not None]
        return max(known, key=lambda r: r[key]) if known else None

    warm, cold = worst(pages, "queries_warm"), worst(pages, "queries_cold")
    over_cold = [r["label"] for r in pages if (r.get("queries_cold") or 0) > MAX_QUERIES]
    add(f"SQL queries per HTML page ≤ {MAX_QUERIES} (warm)",
        None if warm is None else warm["queries_warm"] <= MAX_QUERIES,
        ("no X-DB-Queries header: queries not counted" if warm is None else
         f"worst warm: {warm['queries_warm']} ({warm['label']})")
        + ("" if cold is None else f"; worst cold: {cold['queries_cold']} ({cold['label']}), "
           f"{len(over_cold)} pages over {MAX_QUERIES} when cold"))

    def listing(items, describe, limit=8):
        shown = ", ".join(describe(r) for r in items[:limit])
        return shown + (f" and {len(items) - limit} more" if len(items) > limit else "")

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
    lines = [
        "# Performance benchmark: latest result",
        "",
        f"Run on {m['date']} · commit {m['commit']} · `make bench`"
        f"{' --quick' if settings['quick'] else ''}. How to read this: bench/README.md.",
        "",
        f"**Machine:** {m['cpu']}, {m['cores']} cores, {m['memory_gib']} GiB RAM, {m['os']}.  ",
        f"**Versions:** Python {m['python']}, Django {m['django']}, PostgreSQL {m['postgresql']}, "
        f"gunicorn {m['gunicorn']} ({settings['workers']} sync workers), wrk {m['wrk']}.  ",
        f"**Load:** wrk, {settings['seconds']} s per URL, {CONNECTIONS} connections ({DOWNLOAD_CONNECTIONS} for "
        f"downloads), {THREADS} threads, browser headers (`Accept-Encoding: {BROWSER_HEADERS['Accept-Encoding']}`).  ",
        "**Data:** " + ", ".join(f"{value:,} {name.replace('_', ' ')}" for name, value in report["dataset"].items()
                                 if isinstance(value, int)) + ".  ",
        f"**Time:** database and seed {report['timings']['seed_s']:.0f} s "
        f"(of which seed.py {report['timings']['seed_script_s']:.0f} s), load {report['timings']['load_s']:.0f} s, "
        f"whole run {report['timings']['total_s']:.0f} s. Load average when it started: "
        f"{report['load_average_at_start']}.",
        "",
        "## Budgets",
        "",
        "| Budget | Verdict | Detail |",
        "|---|---|---|",
        *(f"| {b['budget']} | **{b['verdict']}** | {b['detail']} |" for b in report["budgets"]),
        "",
        "## Every URL",
        "",
        f"/healthz: {report['healthz_rps']:.0f} req/s (mean of the start and end runs: "
        f"{' and '.join(fmt(v) for v in report['healthz_runs'])}); “× healthz” divides by it.",
        "",
        "| URL | req/s | p50 ms | p95 ms | p99 ms | × healthz | SQL warm | SQL cold | cold ms | size KB | gzip KB "
        "| server enc. | JS | worker peak MiB | worker growth MiB | errors | other CPU |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---:|---:|---:|---:|---:|",
    ]
    for r in report["urls"]:
        if "rps" not in r:
            note = r.get("error") or r.get("skipped") or "not loaded"
            lines.append(f"| {r['label']} `{r['path']}` | {note} |" + " |" * 16)
            continue
        growth = fmt(r.get("worker_growth_mib"), 1) if r["kind"] == "download" else ""
        lines.append(
            f"| {r['label']} `{r['path']}` | {r['rps']:.1f} | {fmt(r['p50_ms'], 1)} | {fmt(r['p95_ms'], 1)} "
            f"| {fmt(r['p99_ms'], 1)} | {fmt(r.get('healthz_ratio'), 2)} | {fmt(r.get('queries_warm'))} "
            f"| {fmt(r.get('queries_cold'))} | {fmt(r.get('cold_ms'), 0)} | {kb(r.get('bytes'))} "
            f"| {kb(r.get('gzip_bytes'))} | {r.get('server_encoding') or '—'} | {fmt(r.get('scripts'))} "
            f"| {fmt(r.get('worker_peak_mib'), 1)} | {growth} | {r.get('errors', 0)} "
            f"| {fmt(r.get('other_cpu_pct'), 0)}% |")
    css = report["css"]
    lines += ["", "## Stylesheets linked from the home page", "",
              "| File | size KB | gzip KB (level 6) | served as |", "|---|---:|---:|---|",
              *(f"| `{f['href']}` | {kb(f['bytes'])} | {kb(f['gzip_bytes'])} | "
                f"{f['served_encoding'] or 'plain'}, {kb(f['served_bytes'])} KB |" for f in css["files"]),
              f"| **Total** | {kb(css['total_bytes'])} | {kb(css['total_gzip_bytes'])} | |", ""]
    if not report["notes"]:
        return "\n".join(lines)
    return "\n".join([*lines, "## Notes", "", *(f"- {note}" for note in report["notes"]), ""])


def write_reports(report):
    RESULTS.mkdir(exist_ok=True)
    text, data = markdown(report), json.dumps(report, indent=2, default=str)
    stamp = datetime.now(UTC).strftime("%Y-%m-%dT%H%M")
    # latest.* are kept in git; dated and quick copies are not (see .gitignore).
    names = ["quick"] if report["settings"]["quick"] else ["latest", stamp]
    for name in names:
        (RESULTS / f"{name}.md").write_text(text)
        (RESULTS / f"{name}.json").write_text(data + "\n")
    return RESULTS / f"{names[0]}.md"


# --- The run ------------------------------------------------------------------------------------------------------

def main():
    parser = argparse.ArgumentParser(description="Seed, serve and load the portal; write bench/results/.")
    parser.add_argument("--quick", action="store_true", help="3 s per URL, results in bench/results/quick.*")
    parser.add_argument("--seconds", type=int, help="seconds of load per URL (default 8, or 3 with --quick)")
    parser.add_argument("--reuse-db", action="store_true", help="keep the database and files of the last run")
    args = parser.parse_args()
    seconds = args.seconds or (3 if args.quick else 8)
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
    shutil.rmtree(VAR / "page-cache", ignore_errors=True)
    manage(env, "collectstatic", "--noinput", "--verbosity", "0")
    manifest = json.loads(MANIFEST.read_text())
    clear_command = has_command(env, "clear_page_cache")

    server = Server(env, port)
    say(f"gunicorn on {server.base} with {server.workers} workers; {seconds} s per URL")
    # Unmeasured warm-up: every worker imports the URL map and opens its database connection.
    run_wrk(server.base + "/healthz", CONNECTIONS, 5)
    load_started = time.monotonic()
    rows = []
    try:
        for label, path, kind in targets(manifest):
            # Each big download is a long transfer: give them time for several to finish.
            duration = max(seconds * 2, DOWNLOAD_MIN_SECONDS) if kind == "download" else seconds
            rows.append(measure(server, env, label, path, kind, duration, clear_command))
        home = next(r for r in rows if r["label"] == "Home")
        css = stylesheets(server, home.pop("_stylesheets", []))
    finally:
        server.stop()
    timings["load_s"] = time.monotonic() - load_started

    healthz_runs = [r["rps"] for r in rows if r["kind"] == "ceiling" and "rps" in r]
    healthz = sum(healthz_runs) / len(healthz_runs) if healthz_runs else None
    for row in rows:
        if "rps" in row and healthz:
            row["healthz_ratio"] = row["rps"] / healthz
    notes = []
    if not clear_command:
        notes.append("`manage.py clear_page_cache` does not exist yet: only warm query counts are reported.")
    if not any(r.get("queries_warm") is not None for r in rows):
        notes.append("No X-DB-Queries header in the responses (middleware missing): SQL queries are n/a.")
    if not all(r.get("peaks_reset", True) for r in rows):
        notes.append("VmHWM could not be reset between URLs: worker peaks are since the worker started.")
    compressed = [r["label"] for r in rows if r["kind"] == "download" and r.get("server_encoding")]
    if compressed:
        notes.append(f"{' and '.join(compressed)}: the server compressed the file on the fly for a browser's "
                     "Accept-Encoding (no sendfile, no Content-Length, CPU per byte).")
    data_blocks = max((r.get("data_scripts") or 0 for r in rows), default=0)
    if data_blocks:
        notes.append(f"Pages carry up to {data_blocks} `<script>` data block(s) (JSON-LD structured data): "
                     "data, not JavaScript, so not counted in the JS column.")
    busy = [r for r in rows if (r.get("other_cpu_pct") or 0) >= 10]
    if busy:
        notes.append(f"Other processes used 10% or more of the CPU while {len(busy)} of {len(rows)} URLs were loaded "
                     f"(up to {max(r['other_cpu_pct'] for r in busy):.0f}%, column “other CPU”): those rows are "
                     "lower and noisier than on a quiet machine. Run again when the machine is idle to compare.")
    replaced = sum(r.get("workers_replaced", 0) for r in rows)
    if replaced:
        notes.append(f"gunicorn replaced {replaced} worker(s) during the run (crash or timeout): "
                     f"see var/bench/gunicorn.log.")
    timings["total_s"] = time.monotonic() - _started

    report = {
        "machine": machine(),
        "settings": {"quick": args.quick, "seconds": seconds,
                     "download_seconds": max(seconds * 2, DOWNLOAD_MIN_SECONDS),
                     "connections": CONNECTIONS, "download_connections": DOWNLOAD_CONNECTIONS, "threads": THREADS,
                     "workers": server.workers, "headers": BROWSER_HEADERS,
                     "django_settings": "network_site.settings.prod", "database": DB_NAME},
        "dataset": manifest["counts"],
        "timings": {key: round(value, 1) for key, value in timings.items()},
        "load_average_at_start": round(load_before, 2),
        "healthz_rps": healthz,
        "healthz_runs": healthz_runs,
        "urls": rows,
        "css": css,
        "budgets": check_budgets(rows, css),
        "notes": notes,
    }
    path = write_reports(report)
    print()
    for budget in report["budgets"]:
        print(f"  {budget['verdict']:>4}  {budget['budget']}: {budget['detail']}")
    print(f"\nWritten: {path.relative_to(ROOT)} (and .json). Took {timings['total_s'] / 60:.1f} minutes.")


if __name__ == "__main__":
    main()
