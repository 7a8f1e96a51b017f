"""The admin in a real browser (Selenium, headless Chromium) against the real binary.

A server of its own, on a fresh SQLite file: an editor added with `newsdesk user add`, served with
--clip-private-addresses so that Fetch may read the story page this harness serves on 127.0.0.1
(storysite.py). Then, as an editor would: sign in, hold every comment (Settings), clip the story,
write Markdown commentary, upload a photo, preview, publish, find the post on the front page;
a reader (a browser of their own) comments; the editor replies from the queue, which approves the
comment; the post shows both, the reply with the blog-author mark; the editor signs out. Every
step is a check; a step whose prerequisite failed is skipped. Every page either browser loads must
stay on the server. The server logs JSON at trace level, the most verbose; after the session that
log may hold no password, cookie or form token (admin_signout.py).

Screenshots: screenshots/admin-*.png. Server log: admin-server.log.

When NEWSDESK_TEST_POSTGRES_URL names a server (`make test` starts one), every step runs a second
time against a fresh PostgreSQL database: screenshots/postgres/admin-*.png, admin-server-postgres.log.
"""

import glob
import os
import shutil
import subprocess
import tempfile
import time
import urllib.parse
import uuid

from admin_comments import check_comment_held, check_reply_from_queue, check_reply_shown
from admin_editor import (check_fetch, check_front_page, check_post_page, check_preview,
                          check_publish, check_write)
from admin_signout import check_no_secrets_logged, check_sign_out
from admin_sources import STEPS as SOURCE_STEPS
from report import Steps, require
from server import NewsdeskServer, Site
from session import Session
from storysite import StorySite

EDITOR = {"email": "ed@example.com", "name": "War News Updates Editor",
          "password": "correct horse battery"}


class AdminRun(Steps):
    """What the steps share: the server, the browsers, the story site, and what earlier steps found."""

    def __init__(self, args, out, backend="sqlite"):
        self.args = args
        self.out = out
        self.backend = backend
        self.shots_dir = os.path.join(out, "screenshots", *(() if backend == "sqlite" else (backend,)))
        self.scratch = tempfile.mkdtemp(prefix="newsdesk-admin-")
        self.server = None
        self.site = None
        self.story = None
        self.editor = None  # the editor's Session
        self.reader = None  # the reader's Session
        super().__init__()  # found: post_path, image_path, comment_id, ...

    def browser(self, name):
        """A new headless Chromium session on the server, its driver log named after it."""
        log = os.path.join(self.out, f"chromedriver-{name}.log")
        return Session(self.server.origin, self.shots_dir, self.args.chromium,
                       self.args.chromedriver, log)

    def secrets(self):
        """What no log may hold: the password, and every cookie and form token either browser saw."""
        found = {EDITOR["password"]: "the editor's password"}
        for session in (self.editor, self.reader):
            if session:
                session.collect_secrets()
                found.update({v: w for v, w in session.secrets.items() if v not in found})
        return found

    def close(self):
        for session in (self.reader, self.editor):
            if session:
                session.quit()
        if self.story:
            self.story.stop()
        if self.server:
            self.server.stop()
        shutil.rmtree(self.scratch, ignore_errors=True)


def set_up(run):
    """An editor added with the CLI, the server started with Fetch allowed on 127.0.0.1."""
    if run.backend == "sqlite":
        database, log = os.path.join(run.out, "admin.sqlite"), os.path.join(run.out, "admin-server.log")
    else:
        database, log = fresh_postgres_database(), os.path.join(run.out, "admin-server-postgres.log")
    os.makedirs(run.shots_dir, exist_ok=True)
    server = NewsdeskServer(run.args.binary, database, log, log_level="trace",
                            serve_flags=["--clip-private-addresses", "--log-format", "json",
                                         "--source-check-interval", "2s"])
    run.server = server
    server.command(["user", "add", "--email", EDITOR["email"], "--name", EDITOR["name"],
                    "--role", "admin", "--password-stdin"], stdin=EDITOR["password"] + "\n",
                   what="user add")
    server.start()
    run.site = Site(server.origin, os.path.join(run.out, "responses", "admin"))
    run.story = StorySite()
    run.editor = run.browser("editor")
    return f"{server.origin}, story page {run.story.story_url}"


def check_sign_in(run):
    """/admin asks for a sign-in; the editor's e-mail and password lead to the dashboard."""
    editor = run.editor
    editor.open("/admin")
    require(editor.path.startswith("/admin/login"), f"/admin led to {editor.path}, not /admin/login")
    editor.type_into("#email", EDITOR["email"])
    editor.type_into("#password", EDITOR["password"])
    editor.submit(editor.find("form[action='/admin/login'] button[type=submit]"))
    require(editor.path == "/admin", f"signing in led to {editor.path}, not /admin; "
            f"errors: {editor.texts('.error')}")
    require(editor.texts("h1") == ["Dashboard"], f"the page's h1 is {editor.texts('h1')}")
    require(EDITOR["name"] in editor.texts(".who span"),
            f"the header names {editor.texts('.who span')}, not the editor")
    require(editor.find_all("a[href='/admin/posts/new']"), "no New post link on the dashboard")
    editor.shoot("admin-dashboard.png")
    run.found["signed_in"] = True
    editor.require_local()


def check_hold_comments(run):
    """Settings: the comment policy set to hold every comment, and saved."""
    from selenium.webdriver.support.ui import Select

    run.need("signed_in")
    editor = run.editor
    editor.open("/admin/settings")
    Select(editor.find("#moderation")).select_by_value("hold-all")
    editor.submit(editor.find("main form[action='/admin/settings'] button[type=submit]"))
    require(not editor.find_all(".error"), f"not saved: {editor.texts('.error')}")
    require("Settings saved." in editor.texts(".notice"), f"notices: {editor.texts('.notice')}")
    run.found["holding"] = True  # the held comment later shows whether it took effect
    editor.require_local()


def check_settings_shown(run):
    """The page after 'Settings saved.' shows what was saved (else Save again would undo it)."""
    from selenium.webdriver.support.ui import Select

    run.need("holding")
    editor = run.editor
    chosen = Select(editor.find("#moderation")).first_selected_option.get_attribute("value")
    require(chosen == "hold-all", f"the page after 'Settings saved.' ({editor.path}) shows the "
            f"policy {chosen!r}, not the 'hold-all' just saved")


STEPS = (
    ("admin: /admin asks to sign in; the editor signs in; the dashboard (admin-dashboard.png)",
     check_sign_in),
    ("admin: Settings, comments held for moderation (hold-all), saved", check_hold_comments),
    ("admin: the settings page after Save shows the policy just saved", check_settings_shown),
    ("admin: new post, Fetch fills headline, outlet, excerpt and title from the story page",
     check_fetch),
    ("admin: Markdown commentary, labels, photo upload, caption, alt text (admin-editor.png)",
     check_write),
    ("admin: Preview (new tab) shows the headline, bold text and the list (admin-preview.png)",
     check_preview),
    ("admin: Publish now, notice 'Published at /YYYY/MM/...html'", check_publish),
    ("front page: the post, its uploaded photo loads, the clip links the story, -- outlet",
     check_front_page),
    ("post page: title, photo, commentary, labels (admin-published-post.png)", check_post_page),
    ("reader (own browser): a comment, held for moderation", check_comment_held),
    ("admin: Comments > Waiting lists it; an inline reply approves it (admin-comments.png)",
     check_reply_from_queue),
    ("post page: the comment and the editor's reply, marked Blog author "
     "(admin-published-post-with-comments.png)", check_reply_shown),
    *SOURCE_STEPS,
    ("admin: Sign out: the sign-in page, the cookie gone, /admin asks again, the old cookie refused",
     check_sign_out),
    ("admin: the trace-level JSON log holds no password, session cookie or CSRF/form token",
     check_no_secrets_logged),
)


def fresh_postgres_database():
    """A new, empty database on the server of NEWSDESK_TEST_POSTGRES_URL; its URL."""
    admin_url = os.environ["NEWSDESK_TEST_POSTGRES_URL"]
    name = "newsdesk_admin_" + uuid.uuid4().hex[:12]
    candidates = [shutil.which("psql"), *sorted(glob.glob("/usr/lib/postgresql/*/bin/psql"), reverse=True)]
    psql = next((path for path in candidates if path), None)
    require(psql is not None, "psql not found (Debian's postgresql package has it)")
    subprocess.run([psql, "-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", admin_url, "-c", f"CREATE DATABASE {name}"],
                   check=True, capture_output=True, timeout=60)
    return urllib.parse.urlsplit(admin_url)._replace(path="/" + name).geturl()


def check_admin(rep, args, out):
    """Run every admin step as its own check, on SQLite and, when one is given, on PostgreSQL."""
    check_admin_on(rep, args, out, "sqlite")
    if os.environ.get("NEWSDESK_TEST_POSTGRES_URL"):
        check_admin_on(rep, args, out, "postgres")


def check_admin_on(rep, args, out, backend):
    """Every admin step as its own check, on a server of its own on `backend`."""
    rep.section(f"Admin on {backend} (Selenium, headless Chromium, a server of its own)")
    started = time.monotonic()
    run = AdminRun(args, out, backend)
    label = "" if backend == "sqlite" else f"[{backend}] "
    try:
        if rep.run(f"{label}admin: set up (newsdesk user add, serve --clip-private-addresses, "
                   "story page, Chromium)", set_up, run) is None:
            return
        for name, step in STEPS:
            rep.run(label + name, step, run)
    finally:
        run.close()
        print(f"admin on {backend}: {time.monotonic() - started:.1f} s", flush=True)
