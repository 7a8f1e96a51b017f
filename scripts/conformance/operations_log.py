"""The operations server's log (operations.py serves with --log-format json --log-level debug):
one request line per request, carrying method, route, status, bytes, duration_ms and client (see
ObservedResponder.swift), the response's X-Request-Id in that request's line and no other's; the
health probes logged at debug only; after SIGTERM (exit 0), every line a JSON object with the
fields JSONLogHandler.swift always writes.
"""

import json
import time

from operations import JUNK, PROBES, REQUESTS, families, total
from report import require

FIXED = ("time", "level", "label", "source", "message")
LEVELS = ("trace", "debug", "info", "notice", "warning", "error", "critical")
REQUEST_FIELDS = ("method", "route", "status", "bytes", "duration_ms", "client")


def read_log(server):
    """The lines this serve wrote (the harness's `$ argv` line before them left out). Request lines
    are written in batches every 10 ms: a short wait lets the last ones arrive."""
    time.sleep(0.2)
    with open(server.log_path, "rb") as handle:
        handle.seek(server.log_offset)
        return handle.read().decode("utf-8", errors="replace").splitlines()


def entries(lines):
    """(line, object) for each line that is a JSON object."""
    found = []
    for line in lines:
        try:
            entry = json.loads(line)
        except ValueError:
            continue
        if isinstance(entry, dict):
            found.append((line, entry))
    return found


def request_lines(ops):
    return [(line, e) for line, e in entries(read_log(ops.server)) if all(k in e for k in REQUEST_FIELDS)]


def expected_route(sent):
    if sent.path.startswith(f"/{JUNK}-") or sent.method == "TRACE":
        return "unmatched"
    if sent.path in ("/", *PROBES):
        return sent.path
    return None  # some pattern: checked only for holding no junk


def line_problems(sent, entry):
    """What is wrong with `entry` as the log line of `sent`."""
    want = {"method": sent.method, "status": str(sent.status), "client": "127.0.0.1",
            "level": "debug" if sent.path in PROBES else "info"}
    if sent.length >= 0:
        want["bytes"] = str(sent.length)
    if expected_route(sent):
        want["route"] = expected_route(sent)
    wrong = [f"{key}={entry.get(key)!r}, not {value!r}" for key, value in want.items() if entry.get(key) != value]
    if JUNK in entry.get("route", ""):
        wrong.append(f"route={entry['route']!r} holds the path")
    try:
        if float(entry.get("duration_ms")) < 0:
            wrong.append(f"duration_ms={entry['duration_ms']!r}")
    except (TypeError, ValueError):
        wrong.append(f"duration_ms={entry.get('duration_ms')!r} is not a number")
    return [f"{sent.method} {sent.path}: {w}" for w in wrong]


def check_request_lines(ops):
    """One request line per request: each X-Request-Id in exactly its request's line, with the
    request's method, route, status, bytes, client and a duration; as many request lines as the
    server counted requests (the only other one is server.start()'s first GET /)."""
    _, text = ops.scrape()
    counted = total(families(text), REQUESTS)
    lines = request_lines(ops)
    ids = [sent.request_id for sent in ops.sent]
    problems = []
    if "" in ids or len(set(ids)) != len(ids):
        problems.append(f"X-Request-Id missing or repeated among {len(ids)} responses")
    for sent in ops.sent:
        holding = [entry for line, entry in lines if sent.request_id and sent.request_id in line]
        if len(holding) != 1:
            problems.append(f"{sent.method} {sent.path}: X-Request-Id {sent.request_id!r} "
                            f"in {len(holding)} request lines, not 1")
        else:
            problems += line_problems(sent, holding[0])
    others = [entry for line, entry in lines if not any(i and i in line for i in ids)]
    if [(e["method"], e["route"]) for e in others] != [("GET", "/")]:
        problems.append(f"request lines of no request sent (expected only server.start()'s GET /): "
                        f"{[e.get('message') for e in others]}")
    if len(lines) != counted:
        problems.append(f"{len(lines)} request lines, but the server counted {counted:g} requests")
    require(not problems, "\n".join(problems))
    return f"{len(lines)} request lines for {len(ops.sent)} requests sent and server.start()'s GET /"


def check_probes_debug(ops):
    """/healthz and /readyz: a debug line each (the level is debug, so it shows), none at info or above."""
    probes = [sent for sent in ops.sent if sent.path in PROBES]
    require(probes, "no probe was sent")
    lines = request_lines(ops)
    loud = [entry.get("message") for _, entry in lines
            if entry.get("route") in PROBES and entry.get("level") not in ("trace", "debug")]
    require(not loud, f"probes logged above debug: {loud}")
    for sent in probes:
        levels = [entry.get("level") for line, entry in lines if sent.request_id in line]
        require(levels == ["debug"], f"GET {sent.path}: its line's levels are {levels}, not ['debug']")
    return f"{len(probes)} probes, each one debug line"


def check_stop_and_json(ops):
    """SIGTERM: the server drains and exits 0; then every line it wrote is a JSON object with
    string fields time, level (a swift-log level), label, source and message."""
    process = ops.server.process
    require(process is not None, "the server is not running")
    process.terminate()
    status = process.wait(timeout=30)
    ops.server.stop()
    lines = read_log(ops.server)
    require(lines, "the server wrote no log")
    bad = []
    for number, line in enumerate(lines, 1):
        try:
            entry = json.loads(line)
        except ValueError:
            bad.append(f"line {number} is not JSON: {line}")
            continue
        if not isinstance(entry, dict):
            bad.append(f"line {number} is not an object: {line}")
        elif any(not isinstance(entry.get(key), str) for key in FIXED) or entry["level"] not in LEVELS:
            bad.append(f"line {number} lacks one of {FIXED} or has another level: {line}")
    require(not bad, f"{len(bad)} of {len(lines)} lines:\n" + "\n".join(bad[:5]))
    require(status == 0, f"newsdesk serve exited {status} after SIGTERM, not 0")
    return f"{len(lines)} lines"


LOG_STEPS = (
    ("operations log: one request line per request (method, route, status, bytes, duration_ms, client), "
     "its X-Request-Id in that line only, as many lines as requests counted", check_request_lines),
    ("operations log: /healthz and /readyz logged at debug only", check_probes_debug),
    ("operations log: SIGTERM exits 0; every line is a JSON object (time, level, label, source, message)",
     check_stop_and_json),
)
