"""Issue 17, run it as a service: health probes, Prometheus metrics and the JSON request log,
checked against the real binary over real HTTP.

A server of its own on a fresh SQLite file (`serve --demo`), its metrics listener on another free
port of 127.0.0.1 (`--metrics-host 127.0.0.1 --metrics-port`), its log as JSON at debug level
(`--log-format json --log-level debug`, so that the probes' debug lines can be seen). Every request
the harness sends is kept (method, path, status, X-Request-Id) for the log checks in
operations_log.py. Log: operations-server.log; database: operations.sqlite.
"""

import http.client
import os
import re
import urllib.request
import uuid
from dataclasses import dataclass

from report import Steps, require
from server import NewsdeskServer, free_port

REQUESTS = "newsdesk_http_requests_total"
DURATION = "newsdesk_http_request_duration_seconds"
COMMENTS = "newsdesk_comments_total"
DB_ERRORS = "newsdesk_database_errors_total"
# Families that exist once the front page has been served, with their Prometheus types.
FAMILIES = {REQUESTS: "counter", DURATION: "histogram", "newsdesk_page_cache_lookups_total": "counter",
            "newsdesk_page_renders_total": "counter", "newsdesk_page_cache_bytes": "gauge"}
METHODS = {"GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "other"}
PROBES = ("/healthz", "/readyz")
# A word no route, post or label has: the unknown paths sent carry it; no label value may.
JUNK = "opsjunk" + uuid.uuid4().hex[:8]
FRONT_GETS, UNMATCHED_GETS = 5, 3


@dataclass
class Sent:
    """A request the harness made on the blog's port, and what came back."""
    method: str
    path: str
    status: int
    request_id: str
    length: int  # Content-Length, -1 when absent
    body: bytes


class Ops(Steps):
    """What the operations checks share: the server, the requests sent, the scrapes."""

    def __init__(self, args, out):
        self.args = args
        self.out = out
        self.server = None
        self.metrics_url = None
        self.sent = []
        super().__init__()  # found: before, after (metric families), post_path

    def send(self, method, path, body=None, headers=None):
        """One request on the blog's port (a connection of its own); kept in `sent`."""
        require(self.server is not None, "no server")
        connection = http.client.HTTPConnection("127.0.0.1", self.server.port, timeout=60)
        try:
            connection.request(method, path, body=body, headers=headers or {})
            answer = connection.getresponse()
            data = answer.read()
            length = answer.getheader("Content-Length")
            sent = Sent(method, path, answer.status, answer.getheader("X-Request-Id", ""),
                        int(length) if length else -1, data)
        finally:
            connection.close()
        self.sent.append(sent)
        return sent

    def scrape(self):
        """GET /metrics on the metrics listener: (Content-Type, text)."""
        with urllib.request.urlopen(self.metrics_url, timeout=30) as answer:
            return answer.headers.get("Content-Type", ""), answer.read().decode("utf-8")


def families(text):
    """The metric families of a scrape, by the name they are exposed under (prometheus_client
    names a counter without its `_total`, which its samples keep)."""
    from prometheus_client.parser import text_string_to_metric_families

    try:
        parsed = list(text_string_to_metric_families(text))
    except (ValueError, TypeError, IndexError) as error:
        require(False, f"prometheus_client cannot parse /metrics: {error}")
    return {f.name + "_total" if f.type == "counter" else f.name: f for f in parsed}


def total(fams, family, sample=None, **labels):
    """The sum of `family`'s samples named `sample` (default: the family's name) whose labels
    include `labels`; 0 when none exist yet."""
    found = fams.get(family)
    if found is None:
        return 0.0
    name = sample or family
    return sum(s.value for s in found.samples
               if s.name == name and all(s.labels.get(k) == v for k, v in labels.items()))


def set_up(ops):
    port = free_port()
    ops.server = NewsdeskServer(
        ops.args.binary, os.path.join(ops.out, "operations.sqlite"),
        os.path.join(ops.out, "operations-server.log"), log_level="debug",
        serve_flags=["--metrics-host", "127.0.0.1", "--metrics-port", str(port), "--log-format", "json"])
    ops.server.start(demo=True)
    ops.metrics_url = f"http://127.0.0.1:{port}/metrics"
    front = ops.send("GET", "/")
    match = re.search(rb'class="post-title"><a href="(/[^"]+\.html)"', front.body)
    require(front.status == 200 and match, f"GET / answered {front.status} without a post link")
    ops.found["post_path"] = match.group(1).decode()
    return f"{ops.server.origin}, metrics {ops.metrics_url}"


def check_health(ops):
    """/healthz answers 200 `ok`; /readyz 200 `ready` once the database is migrated."""
    for path, word in (("/healthz", b"ok"), ("/readyz", b"ready")):
        answer = ops.send("GET", path)
        require(answer.status == 200 and answer.body.strip() == word,
                f"GET {path}: {answer.status} {answer.body[:80]!r}, not 200 {word!r}")


def check_public_port_hides_metrics(ops):
    """The blog's own port answers GET /metrics with 404 and shows no metric."""
    answer = ops.send("GET", "/metrics")
    require(answer.status == 404, f"GET /metrics on the blog's port answered {answer.status}, not 404")
    require(REQUESTS.encode() not in answer.body and b"# TYPE" not in answer.body,
            "the blog's 404 page shows metrics")


def check_exposition(ops):
    """/metrics is Prometheus text format 0.0.4 that prometheus_client parses, every sample in a
    typed family, the documented families there with their types."""
    content_type, text = ops.scrape()
    require(content_type.startswith("text/plain") and "version=0.0.4" in content_type,
            f"Content-Type {content_type!r}")
    fams = families(text)
    untyped = sorted(name for name, family in fams.items() if family.type in ("unknown", "untyped"))
    require(not untyped, f"samples without a # TYPE: {untyped}")
    wrong = [f"{name}: {fams[name].type if name in fams else 'absent'}, not {kind}"
             for name, kind in FAMILIES.items() if name not in fams or fams[name].type != kind]
    require(not wrong, "families:\n" + "\n".join(wrong))
    ops.found["before"] = fams
    return f"{len(fams)} families"


def check_request_counts(ops):
    """Known traffic moves the request counter by exactly what was sent: GET / under route `/`,
    unknown paths under route `unmatched` (status 4xx), an unlisted method (TRACE) as `other`."""
    before = ops.need("before")
    fronts = [ops.send("GET", "/") for _ in range(FRONT_GETS)]
    unknown = [ops.send("GET", f"/{JUNK}-{n}/a/b/c/d") for n in range(UNMATCHED_GETS)]
    ops.send("GET", f"/{JUNK}.php")  # one and two segments match /{year}, /{year}/{month}: a 404 there
    ops.send("GET", f"/{JUNK}/x?q={JUNK}")
    trace = ops.send("TRACE", "/")
    require(all(a.status == 200 for a in fronts), f"GET / answered {[a.status for a in fronts]}")
    require(all(a.status == 404 for a in unknown), f"unknown paths answered {[a.status for a in unknown]}")
    ops.found["refused"] = ops.send("POST", ops.need("post_path"), body="name=Ops&body=No+token+sent.",
                                    headers={"Content-Type": "application/x-www-form-urlencoded"})
    _, text = ops.scrape()
    after = ops.found["after"] = families(text)
    expected = ((REQUESTS, None, {"route": "/", "method": "GET", "status": "2xx"}, FRONT_GETS),
                (REQUESTS, None, {"route": "unmatched", "method": "GET", "status": "4xx"}, UNMATCHED_GETS),
                (REQUESTS, None, {"route": "unmatched", "method": "other", "status": "4xx"}, 1),
                (DURATION, DURATION + "_count", {"route": "/"}, FRONT_GETS))
    wrong = []
    for family, sample, labels, count in expected:
        rise = total(after, family, sample, **labels) - total(before, family, sample, **labels)
        if rise != count:
            wrong.append(f"{sample or family}{labels} rose by {rise:g}, not {count}")
    require(not wrong, "\n".join(wrong) + f"\n(TRACE / answered {trace.status})")


def check_comment_counted(ops):
    """A comment POSTed without its form token is refused (4xx) and counted as
    newsdesk_comments_total{outcome="refused",rule="missing_token"} +1."""
    before, after, refused = ops.need("before", "after", "refused")
    require(400 <= refused.status < 500, f"POST {refused.path} without a token answered {refused.status}")
    labels = {"outcome": "refused", "rule": "missing_token"}
    rise = total(after, COMMENTS, **labels) - total(before, COMMENTS, **labels)
    require(rise == 1, f"{COMMENTS}{labels} rose by {rise:g}, not 1")
    route = {"route": "/{year}/{month}/{file}", "method": "POST", "status": "4xx"}
    rise = total(after, REQUESTS, **route) - total(before, REQUESTS, **route)
    require(rise == 1, f"{REQUESTS}{route} rose by {rise:g}, not 1")


def check_histograms(ops):
    """Every histogram series: buckets cumulative (non-decreasing by `le`), a +Inf bucket equal to
    _count, a _sum of at least 0."""
    after = ops.need("after")
    series, problems = 0, []
    for name, family in after.items():
        if family.type != "histogram":
            continue
        groups = {}
        for s in family.samples:
            key = tuple(sorted((k, v) for k, v in s.labels.items() if k != "le"))
            groups.setdefault(key, {"buckets": [], "count": None, "sum": None})
            if s.name == name + "_bucket":
                groups[key]["buckets"].append((float(s.labels["le"]), s.value))
            elif s.name in (name + "_count", name + "_sum"):
                groups[key][s.name.rsplit("_", 1)[1]] = s.value
        for key, group in groups.items():
            series += 1
            where = f"{name}{dict(key)}"
            values = [v for _, v in sorted(group["buckets"])]
            if any(b < a for a, b in zip(values, values[1:])):
                problems.append(f"{where}: buckets decrease: {values}")
            if not group["buckets"] or max(group["buckets"])[0] != float("inf"):
                problems.append(f"{where}: no +Inf bucket")
            elif values[-1] != group["count"]:
                problems.append(f"{where}: +Inf bucket {values[-1]:g} != _count {group['count']}")
            if group["sum"] is None or group["sum"] < 0:
                problems.append(f"{where}: _sum {group['sum']}")
    require(series, "no histogram series")
    require(not problems, "\n".join(problems))
    return f"{series} series"


def check_bounded_labels(ops):
    """No label value holds a path a client sent (only route patterns, `unmatched`); methods and
    status classes from their small sets."""
    after = ops.need("after")
    sent_paths = {p for s in ops.sent for p in (s.path, s.path.split("?")[0])} - {"/", *PROBES}
    problems = []
    for family in after.values():
        for s in family.samples:
            for key, value in s.labels.items():
                if JUNK in value or value in sent_paths:
                    problems.append(f"{s.name} {key}={value!r} is a path a client sent")
            route, method, status = (s.labels.get(k) for k in ("route", "method", "status"))
            if route is not None and route != "unmatched" and (not route.startswith("/") or "?" in route):
                problems.append(f"{s.name} route={route!r}")
            if method is not None and method not in METHODS:
                problems.append(f"{s.name} method={method!r}")
            if status is not None and not re.fullmatch(r"[1-5]xx", status):
                problems.append(f"{s.name} status={status!r}")
    require(not problems, "\n".join(sorted(set(problems))))


def check_no_database_errors(ops):
    """A fresh database counts no database errors (the family absent, or every series 0)."""
    after = ops.need("after")
    if DB_ERRORS not in after:
        return f"{DB_ERRORS} absent"
    counted = [f"{s.labels}: {s.value:g}" for s in after[DB_ERRORS].samples if s.value]
    require(not counted, f"{DB_ERRORS}: " + ", ".join(counted))
    return f"{DB_ERRORS} all 0"


STEPS = (
    ("operations: /healthz 200 ok, /readyz 200 ready on the migrated database", check_health),
    ("operations: the blog's port answers GET /metrics with 404, no metrics", check_public_port_hides_metrics),
    ("operations: /metrics is text format 0.0.4, parsed by prometheus_client; request, duration and "
     "page-cache families with their types", check_exposition),
    (f"operations: {FRONT_GETS} GET / counted as route / GET 2xx, {UNMATCHED_GETS} unknown paths as "
     "route unmatched 4xx, TRACE as method other (exact rises between two scrapes)", check_request_counts),
    ("operations: a comment without its form token counted as refused, rule missing_token",
     check_comment_counted),
    ("operations: histograms: buckets cumulative, +Inf bucket == _count", check_histograms),
    ("operations: labels bounded: no path a client sent, methods and status classes from fixed sets",
     check_bounded_labels),
    ("operations: a fresh database counts no database errors", check_no_database_errors),
)


def check_operations(rep, args, out):
    """Every operations check, on a server of its own; the log checks last (operations_log.py)."""
    from operations_log import LOG_STEPS

    rep.section("Operations (issue 17): health, metrics listener, JSON request log")
    ops = Ops(args, out)
    try:
        if rep.run("operations: set up (serve --demo on a fresh file, --metrics-port, --log-format json, "
                   "--log-level debug)", set_up, ops) is None:
            return
        for name, step in STEPS + LOG_STEPS:
            rep.run(name, step, ops)
    finally:
        if ops.server:
            ops.server.stop()
