"""What crawlers and feed readers read: feed autodiscovery links, Open Graph / Twitter /
JSON-LD metadata on a post page, /sitemap.xml and /robots.txt.
"""

import json
import xml.etree.ElementTree as ElementTree

from htmlpage import PageInfo
from report import CheckFailed, CheckSkipped, require

SITEMAP_NS = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
FEED_TYPES = ("application/atom+xml", "application/rss+xml")


def check_autodiscovery(rep, site, where, path, info):
    for media_type in FEED_TYPES:
        def check(media_type=media_type):
            if info is None:
                raise CheckSkipped(f"{path} was not fetched")
            links = info.alternates(media_type)
            require(links, f"{site.url(path)} has no <link rel=alternate type={media_type}>")
            href = links[0].get("href", "")
            target = site.path_of(href, path)
            require(target, f"{site.url(path)}: the {media_type} link {href!r} leaves this server")
            answer = site.get(target)
            require(answer.status == 200, f"{site.url(path)}: the {media_type} link {href!r} answers {answer.status}")
            return href
        rep.run(f"autodiscovery on {where} {path}: <link rel=alternate type={media_type}>", check)


def _json_ld_objects(info):
    """Every JSON-LD object on the page (lists and @graph flattened); raises on bad JSON."""
    objects = []
    for n, text in enumerate(info.ld_json):
        try:
            data = json.loads(text)
        except ValueError as error:
            raise CheckFailed(f"<script type=application/ld+json> #{n + 1} is not JSON: {error}") from error
        for item in data if isinstance(data, list) else [data]:
            if isinstance(item, dict):
                objects.append(item)
                objects.extend(o for o in item.get("@graph", []) if isinstance(o, dict))
    return objects


def _blog_posting(info, url):
    require(info.ld_json, f"{url} has no <script type=\"application/ld+json\">")
    postings = [o for o in _json_ld_objects(info)
                if "BlogPosting" in (o.get("@type") if isinstance(o.get("@type"), list) else [o.get("@type")])]
    require(postings, f"{url}: no JSON-LD object with @type BlogPosting")
    return postings[0]


def check_post_metadata(rep, site, ctx):
    path, info = ctx.post_path, ctx.post
    if info is None:
        rep.failed("post page metadata", "no post page was fetched")
        return
    url = site.url(path)
    for key, expected in (("og:title", None), ("og:url", None), ("og:type", "article"),
                          ("twitter:card", None)):
        def check(key=key, expected=expected):
            value = info.meta(key)
            require(value, f"{url} has no <meta property/name={key} content=...>")
            require(expected is None or value == expected, f"{url}: {key} is {value!r}, expected {expected!r}")
            return value
        rep.run(f"post page {path}: <meta {key}>", check)
    rep.run(f"post page {path}: JSON-LD @type BlogPosting", lambda: _blog_posting(info, url) and None)


def check_clip_metadata(rep, site, ctx):
    def check():
        if not ctx.clip_path:
            raise CheckFailed("the demo clip post was not found on the listings")
        page = site.get(ctx.clip_path)
        posting = _blog_posting(PageInfo.parse(page.text), page.url)
        based_on = posting.get("isBasedOn")
        if isinstance(based_on, dict):
            based_on = based_on.get("url") or based_on.get("@id")
        require(based_on, f"{page.url}: BlogPosting has no isBasedOn")
        require(based_on == ctx.clip_url, f"{page.url}: isBasedOn is {based_on!r}, the clipped story is {ctx.clip_url!r}")
        return based_on
    rep.run(f"clip post {ctx.clip_path}: JSON-LD isBasedOn is the clipped story", check)


def check_sitemap(rep, site, ctx):
    def check():
        response = site.get("/sitemap.xml")
        require(response.status == 200, f"{response.url} answered {response.status}")
        try:
            root = ElementTree.fromstring(response.body)
        except ElementTree.ParseError as error:
            raise CheckFailed(f"{response.url} is not well-formed XML: {error}") from error
        require(root.tag == SITEMAP_NS + "urlset",
                f"{response.url}: root element is {root.tag}, expected {SITEMAP_NS}urlset")
        urls = root.findall(SITEMAP_NS + "url")
        require(urls, f"{response.url} has no <url>")
        locs = []
        for n, entry in enumerate(urls):
            loc = (entry.findtext(SITEMAP_NS + "loc") or "").strip()
            require(loc.startswith("http"), f"{response.url}: <url> #{n + 1} has no absolute <loc>")
            require((entry.findtext(SITEMAP_NS + "lastmod") or "").strip(),
                    f"{response.url}: <url> {loc} has no <lastmod>")
            locs.append(loc)
        if ctx.post_path:
            require(any(loc.endswith(ctx.post_path) for loc in locs),
                    f"{response.url} does not list the post {ctx.post_path}")
        return f"{len(locs)} URLs"
    rep.run("/sitemap.xml: sitemaps.org urlset, <loc> and <lastmod>, lists the post", check)


def check_robots(rep, site):
    def check():
        response = site.get("/robots.txt")
        require(response.status == 200, f"{response.url} answered {response.status}")
        require(response.content_type.startswith("text/plain"),
                f"{response.url} has Content-Type {response.content_type!r}")
        lines = [line.split(":", 1)[1].strip() for line in response.text.splitlines()
                 if line.lower().startswith("sitemap:")]
        require(any(line.endswith("/sitemap.xml") for line in lines),
                f"{response.url} names no Sitemap: .../sitemap.xml")
    rep.run("/robots.txt: text/plain naming the sitemap", check)


def check_seo(rep, site, ctx):
    rep.section("Autodiscovery, metadata, sitemap, robots.txt")
    check_autodiscovery(rep, site, "front page", "/", ctx.front)
    check_autodiscovery(rep, site, "post page", ctx.post_path or "(no post)", ctx.post)
    check_post_metadata(rep, site, ctx)
    check_clip_metadata(rep, site, ctx)
    check_sitemap(rep, site, ctx)
    check_robots(rep, site)
