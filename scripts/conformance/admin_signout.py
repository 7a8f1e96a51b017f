"""The last steps of admin.py: the editor signs out, and the admin server's log, written at the
most verbose level (--log-format json --log-level trace), holds none of the session's secrets.
"""

import json
import time
import urllib.parse

from report import require

COOKIE = "newsdesk_admin"  # SessionToken.cookieName


def _session_cookies(session):
    return [c["value"] for c in session.driver.get_cookies() if c["name"] == COOKIE and c.get("value")]


def check_sign_out(run):
    """Sign out (the header's button) leads to the sign-in page and drops the cookie; /admin asks
    to sign in again; the old cookie, sent again, no longer opens the admin (the server forgot it)."""
    run.need("signed_in")
    editor = run.editor
    editor.open("/admin")
    require(editor.path == "/admin", f"/admin led to {editor.path}: not signed in any more")
    old = _session_cookies(editor)
    require(old, f"no {COOKIE} cookie while signed in")
    editor.submit(editor.find("form[action='/admin/logout'] button[type=submit]"))
    require(editor.path.startswith("/admin/login"), f"Sign out led to {editor.path}, not /admin/login")
    require(not _session_cookies(editor), f"the {COOKIE} cookie is still set after signing out")
    editor.open("/admin")
    require(editor.path.startswith("/admin/login"), f"/admin after signing out led to {editor.path}")
    replayed = run.site.get("/admin/settings", headers={"Cookie": f"{COOKIE}={old[0]}"},
                            name="admin-settings-old-cookie")
    require(replayed.status == 303 and replayed.headers.get("location", "").startswith("/admin/login"),
            f"GET /admin/settings with the signed-out cookie answered {replayed.status} "
            f"(Location {replayed.headers.get('location')!r}), not 303 to /admin/login")
    run.found["signed_out"] = True
    editor.require_local()


def _variants(value):
    """How a value could appear in a log line: as is, URL-encoded (a form body, a query), JSON-escaped."""
    return {value, urllib.parse.quote_plus(value), urllib.parse.quote(value, safe=""), json.dumps(value)[1:-1]}


def check_no_secrets_logged(run):
    """After the session, the whole trace-level log holds neither the editor's password, nor any
    cookie value, nor any CSRF or form token either browser was given."""
    run.need("signed_in")
    secrets = run.secrets()
    kinds = {what.split(" on ")[0] for what in secrets.values()}
    for kind in (f"cookie {COOKIE}", "form field _csrf", "form field token"):
        require(kind in kinds, f"no {kind} was seen: nothing to look for")
    time.sleep(0.2)  # request lines are written in batches every 10 ms
    with open(run.server.log_path, encoding="utf-8", errors="replace") as handle:
        log = handle.read()
    require('"level":"trace"' in log, "the log has no trace line: not the most verbose level")
    require('"message":"POST /admin/login 303"' in log, "the log has no line for the sign-in")
    leaked = sorted({what for value, what in secrets.items() if any(v in log for v in _variants(value))})
    require(not leaked, f"{run.server.log_path} holds:\n" + "\n".join(leaked))
    return f"{len(secrets)} secrets ({', '.join(sorted(kinds))}), none in {len(log.splitlines())} lines"
