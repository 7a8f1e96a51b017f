"""Content and Admin API (issue 20): the served OpenAPI document, a few answers read by hand (JSON, CORS, ETag
and 304, a problem document for a bad value), then schemathesis against the served document: every operation,
the Admin API's with a read token made by `newsdesk token add`, with its checks for server errors, status
codes, content types and response schemas; any failure fails.

Then, as the last checks on the server but Micropub's (check_api_changes; they make posts, trash them and
moderate comments, so nothing after them may depend on the data), schemathesis once more over the Admin API's
operations with the tokens that change things: a scope is one power (APIScope: `write` for posts and media,
`moderate` for comments), so a write token runs the posts and media operations and a moderate token the
comments'.

schemathesis runs its examples, coverage and fuzzing phases with at most MAX_EXAMPLES cases per operation
and a fixed seed, so a run takes seconds and a failure can be replayed.
"""

import json
import os
import re
import subprocess
import sys

from report import CheckFailed, require

DOCUMENT = "/api/openapi.json"
CHECKS = "not_a_server_error,status_code_conformance,content_type_conformance,response_schema_conformance"
MAX_EXAMPLES = 100
SEED = 20
TIMEOUT_SECONDS = 600


def _json(site, path, status=200, media_type="application/json"):
    response = site.get(path, name="api" + path.replace("/", "_").replace("?", "_"))
    require(response.status == status, f"{response.url} answered {response.status}, expected {status}")
    require(response.content_type.split(";")[0].strip() == media_type,
            f"{response.url} has Content-Type {response.content_type!r}, expected {media_type}")
    require(response.headers.get("access-control-allow-origin") == "*",
            f"{response.url} has no Access-Control-Allow-Origin: *")
    return response, json.loads(response.body)


def check_document(site):
    _, document = _json(site, DOCUMENT)
    require(document.get("openapi", "").startswith("3.1"), f"openapi is {document.get('openapi')!r}, not 3.1")
    paths = sorted(document.get("paths", {}))
    require("/api/v1/posts" in paths, f"the document's paths are {paths}")
    return f"{len(paths)} paths"


def check_answers(site):
    response, posts = _json(site, "/api/v1/posts?limit=2")
    require(len(posts["posts"]) == 2 and posts["next"], "the first page of two posts has no next page")
    etag = response.headers.get("etag", "")
    require(etag.startswith('"'), f"no strong ETag: {etag!r}")
    again = site.get("/api/v1/posts?limit=2", headers={"If-None-Match": etag}, name="api_posts_304")
    require(again.status == 304, f"If-None-Match answered {again.status}, expected 304")
    _, problem = _json(site, "/api/v1/posts?limit=0", 400, "application/problem+json")
    require(problem["status"] == 400 and "limit" in problem["detail"], f"the problem is {problem}")


# The Admin API's operations each changing scope reaches, as schemathesis path patterns.
CHANGING_RUNS = (("write", "^/api/v1/admin/(posts(/.*)?|media|me)$"),
                 ("moderate", "^/api/v1/admin/(comments(/.*)?|me)$"))


TOKEN_USER = "api@example.com"


def make_user(server):
    """The admin the tokens act as, made with the real CLI."""
    server.command(["user", "add", "--email", TOKEN_USER, "--name", "API checker", "--role", "admin",
                    "--password-stdin"], stdin="a long enough password\n", what="user add")


def make_token(server, scope, name=None):
    """A token with `scope` for the admin (made by make_user, in check_api), made with the real CLI (`newsdesk
    token add` prints the token alone on its last line): schemathesis reaches the Admin API's operations with
    it, and micropub.py the Micropub endpoint."""
    argv = [server.binary, "token", "add", "--name", name or f"schemathesis {scope}", "--scope", scope,
            "--user", TOKEN_USER, "--database", server.database]
    result = subprocess.run(argv, capture_output=True, text=True, timeout=60)
    require(result.returncode == 0, f"token add exited {result.returncode}: {result.stderr.strip()}")
    token = result.stdout.strip().splitlines()[-1]
    require(token.startswith("nd_"), f"token add's last line is not a token: {token!r}")
    return token


def run_schemathesis(site, out, server, scope="read", paths=None):
    tool = os.path.join(os.path.dirname(sys.executable), "schemathesis")
    name = "schemathesis" if scope == "read" else f"schemathesis-{scope}"
    log_path = os.path.join(out, f"{name}.log")
    token = make_token(server, scope)
    only = ["--include-path-regex", paths] if paths else []
    argv = [tool, "run", site.url(DOCUMENT), "--url", site.origin, "--checks", CHECKS,
            "--header", f"Authorization: Bearer {token}", *only,
            "--phases", "examples,coverage,fuzzing", "--max-examples", str(MAX_EXAMPLES), "--seed", str(SEED),
            "--workers", "2", "--report", "junit",
            # Absolute: schemathesis runs in `out`, where a relative path would nest a second `out`.
            "--report-junit-path", os.path.abspath(os.path.join(out, f"{name}.xml"))]
    env = {**os.environ, "NO_COLOR": "1", "COLUMNS": "120"}
    try:
        result = subprocess.run(argv, capture_output=True, text=True, timeout=TIMEOUT_SECONDS, env=env,
                                cwd=out)
    except subprocess.TimeoutExpired as error:
        raise CheckFailed(f"schemathesis did not finish in {TIMEOUT_SECONDS} s") from error
    output = result.stdout + result.stderr
    with open(log_path, "w", encoding="utf-8") as log:
        log.write("$ " + " ".join(argv).replace(token, "nd_…") + "\n" + output)
    summary = [line for line in output.splitlines() if line.strip()][-12:]
    if result.returncode != 0:
        raise CheckFailed(f"schemathesis exited {result.returncode} (log {log_path}):\n" + "\n".join(summary))
    counts = [line.strip() for line in summary if re.match(r"\s*\d+ generated", line)]
    return "; ".join(counts + [summary[-1].strip(" =")]) if summary else "no output"


def check_api(rep, site, out, server):
    rep.section("API")
    rep.run(f"API {DOCUMENT}: 200 application/json, OpenAPI 3.1 with the Content API's paths",
            check_document, site)
    rep.run("API /api/v1/posts: JSON, CORS, a next page, ETag and 304; a bad limit is a problem document",
            check_answers, site)
    make_user(server)
    rep.run(f"API schemathesis ({CHECKS.replace(',', ', ')}; {MAX_EXAMPLES} examples per operation)",
            run_schemathesis, site, out, server)


def check_api_changes(rep, site, out, server):
    """schemathesis with the changing scopes; last on the server, since it makes, trashes and moderates."""
    rep.section("API changes")
    for scope, paths in CHANGING_RUNS:
        rep.run(f"API schemathesis with a {scope} token ({paths}; {MAX_EXAMPLES} examples per operation)",
                run_schemathesis, site, out, server, scope, paths)
