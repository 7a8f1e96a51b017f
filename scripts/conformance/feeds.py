"""Feeds: Atom (feedparser + jing against RFC 4287's RELAX NG grammar), RSS 2.0, JSON Feed
1.1, paging with max-results/start-index, and conditional GET (ETag, Last-Modified).
"""

import json
import os
import re
import shutil
import subprocess
import urllib.parse

import feedparser

from report import CheckFailed, CheckSkipped, require

ATOM_TYPE = "application/atom+xml"
RSS_TYPES = ("application/rss+xml", "application/xml", "text/xml")
JSON_TYPES = ("application/feed+json", "application/json")
JSON_FEED_VERSION = "https://jsonfeed.org/version/1.1"


def _get(site, path, types):
    response = site.get(path)
    require(response.status == 200, f"{response.url} answered {response.status}, expected 200")
    require(response.content_type.split(";")[0].strip() in types,
            f"{response.url} has Content-Type {response.content_type!r}, expected {' or '.join(types)}")
    return response


def _parse(response, version_prefix, need_entries):
    feed = feedparser.parse(response.body, response_headers={"content-type": response.content_type})
    require(not feed.bozo, f"{response.url}: feedparser bozo: {feed.get('bozo_exception')!r}")
    require(feed.version.startswith(version_prefix),
            f"{response.url}: feedparser reads version {feed.version!r}, expected {version_prefix}")
    if need_entries:
        require(feed.entries, f"{response.url}: no entries, though the blog has data for it")
    return feed


def check_atom(rep, site, jing_files, path, need_entries=True):
    """GET an Atom feed, parse it with feedparser, queue it for jing. Returns the parsed feed."""
    def check():
        response = _get(site, path, (ATOM_TYPE,))
        jing_files.append((f"jing atom-rfc4287.rnc {path}", response.url, response.saved_as))
        feed = _parse(response, "atom10", need_entries)
        return feed
    return rep.run(f"Atom {path}: 200 {ATOM_TYPE}, feedparser atom10 bozo=0"
                   + (", has entries" if need_entries else ""), check)


def check_rss(rep, site, path):
    def check():
        _parse(_get(site, path, RSS_TYPES), "rss20", need_entries=True)
    rep.run(f"RSS {path}: 200, feedparser rss20 bozo=0, has entries", check)


def check_json_feed(rep, site, path):
    def check():
        response = _get(site, path, JSON_TYPES)
        try:
            feed = json.loads(response.body)
        except ValueError as error:
            raise CheckFailed(f"{response.url}: not JSON: {error}") from error
        require(isinstance(feed, dict), f"{response.url}: top level is not an object")
        require(feed.get("version") == JSON_FEED_VERSION,
                f"{response.url}: version is {feed.get('version')!r}, expected {JSON_FEED_VERSION}")
        require(isinstance(feed.get("title"), str) and feed["title"],
                f"{response.url}: no title")
        items = feed.get("items")
        require(isinstance(items, list) and items, f"{response.url}: no items")
        for n, item in enumerate(items):
            require(isinstance(item, dict), f"{response.url}: item {n} is not an object")
            require(isinstance(item.get("id"), str) and item["id"], f"{response.url}: item {n} has no string id")
            require(item.get("url"), f"{response.url}: item {n} has no url")
            require(item.get("content_html") or item.get("content_text"),
                    f"{response.url}: item {n} has neither content_html nor content_text")
        return f"{len(items)} items"
    rep.run(f"JSON Feed {path}: 200, version 1.1, title, items with id/url/content", check)


def check_paging(rep, site, jing_files, path):
    """?max-results=1 gives one entry; &start-index=2 gives one other entry."""
    joiner = "&" if "?" in path else "?"
    first = check_atom(rep, site, jing_files, f"{path}{joiner}max-results=1")
    second = check_atom(rep, site, jing_files, f"{path}{joiner}max-results=1&start-index=2")

    def check():
        if first is None or second is None:
            raise CheckSkipped("the paged feeds did not parse")
        require(len(first.entries) == 1, f"max-results=1 gave {len(first.entries)} entries")
        require(len(second.entries) == 1, f"max-results=1&start-index=2 gave {len(second.entries)} entries")
        require(first.entries[0].get("id") != second.entries[0].get("id"),
                f"start-index=2 repeats the first entry {first.entries[0].get('id')!r}")
    rep.run(f"Atom {path}: max-results=1 gives 1 entry, start-index=2 another", check)


def check_conditional_get(rep, site, path, last_modified=False):
    def etag():
        first = site.get(path)
        tag = first.headers.get("etag")
        require(first.status == 200 and tag, f"{first.url} answered {first.status} without an ETag")
        again = site.get(path, headers={"If-None-Match": tag})
        require(again.status == 304, f"{first.url} with If-None-Match: {tag} answered {again.status}")
    rep.run(f"conditional GET {path}: If-None-Match answers 304", etag)
    if not last_modified:
        return

    def modified():
        first = site.get(path)
        stamp = first.headers.get("last-modified")
        require(first.status == 200 and stamp, f"{first.url} answered {first.status} without Last-Modified")
        again = site.get(path, headers={"If-Modified-Since": stamp})
        require(again.status == 304, f"{first.url} with If-Modified-Since: {stamp} answered {again.status}")
    rep.run(f"conditional GET {path}: If-Modified-Since answers 304", modified)


def run_jing(rep, schema, files):
    """Validate all queued Atom documents in one jing run; one PASS/FAIL per document."""
    rep.section("Atom validity (jing -c atom-rfc4287.rnc)")
    jing = shutil.which("jing")
    if not jing:
        rep.failed("jing", "jing is not installed (Debian package jing)")
        return
    if not files:
        rep.failed("jing", "no Atom feed was fetched successfully")
        return
    paths = [os.path.abspath(p) for _, _, p in files]
    result = subprocess.run([jing, "-c", schema, *paths], capture_output=True, text=True, timeout=300)
    output = (result.stdout + result.stderr).strip()
    problems = {}
    for line in output.splitlines():
        match = re.match(r"^(?P<file>/[^:]+):(?P<rest>\d+:\d+: .*)$", line)
        if match:
            problems.setdefault(match["file"], []).append(match["rest"])
    if result.returncode != 0 and not problems:
        rep.failed("jing", f"exited {result.returncode}: {output[-2000:]}")
        return
    for name, url, path in files:
        found = problems.get(os.path.abspath(path))
        if found:
            rep.failed(name, f"{url} ({path}):\n" + "\n".join(found))
        else:
            rep.passed(name)


def check_feeds(rep, site, ctx, schema):
    rep.section("Feeds and conditional GET")
    jing_files = []
    for path in ("/feeds/posts/default", "/feeds/posts/summary", "/feeds/comments/default", "/atom.xml"):
        check_atom(rep, site, jing_files, path)
    if ctx.post_id:
        check_atom(rep, site, jing_files, f"/feeds/{ctx.post_id}/comments/default",
                   need_entries=ctx.post_has_comments)
    else:
        rep.failed("Atom /feeds/<postId>/comments/default", "no post id found on a post page")
    if ctx.clip_post_id and ctx.clip_post_id != ctx.post_id:
        check_atom(rep, site, jing_files, f"/feeds/{ctx.clip_post_id}/comments/default")
    if ctx.label:
        check_atom(rep, site, jing_files, "/feeds/posts/default/-/" + urllib.parse.quote(ctx.label, safe=""))
    else:
        rep.failed("Atom /feeds/posts/default/-/<Label>", "no label link found on the front page")
    check_paging(rep, site, jing_files, "/feeds/posts/default")
    check_paging(rep, site, jing_files, "/feeds/comments/default")

    for path in ("/feeds/posts/default?alt=rss", "/rss.xml", "/feeds/comments/default?alt=rss"):
        check_rss(rep, site, path)
    for path in ("/feed.json", "/feeds/posts/default?alt=json"):
        check_json_feed(rep, site, path)

    check_conditional_get(rep, site, "/feeds/posts/default", last_modified=True)
    check_conditional_get(rep, site, "/")
    run_jing(rep, schema, jing_files)
