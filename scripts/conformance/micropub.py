"""Micropub (W3C Recommendation), checked from outside by code the server's authors did not write: the endpoint
is discovered as IndieWeb clients do, with mf2py (the reference microformats2 parser), from `<link
rel="micropub">` on the front page and a post page; mf2py's reading of the post page is reported (the theme has
no microformats2 classes, so it promises no h-entry and none is required).

Then, with Admin API tokens made by `newsdesk token add` (api.make_token): no token is a 401 `unauthorized` and a
read token a 403 `insufficient_scope` on create; with a write token, `q=config` names the media endpoint; a PNG
uploaded to it is a 201 whose `Location` serves the same bytes; an entry is created form-encoded (`h=entry`,
`content`, `category[]`), as JSON (`name`, `content` HTML, the uploaded `photo` with `alt`, a nested
`bookmark-of` h-cite with name, url and content, so the server fetches nothing) and as multipart with a PNG
`photo`: each a 201 whose `Location` is a published page showing what was sent. `q=source` gives the JSON
entry's properties back; a JSON `update` replacing `content` shows on the page and in `q=source`; `delete` takes
the form entry's page away and `undelete` brings it back.

It makes posts, so it runs last on the public server (after check_api_changes).
"""

import json
import re
import time
import urllib.parse
import uuid

import mf2py

from api import make_token
from report import Steps, require
from storysite import png

ENDPOINT = "/micropub"
FORM_CONTENT = "Micropub form note: the harbour ferry runs again after the winter."
FORM_LABELS = ("micropub", "harbour ferry")
JSON_NAME = "Micropub JSON entry"
JSON_HTML = "<p>A <em>JSON</em> entry about a clipped story.</p>"
UPDATED_HTML = "<p>Updated through <strong>Micropub</strong>.</p>"
PHOTO_ALT = "A blue test square with a white stripe"
CITE = {"name": "Harbour ferry returns", "url": "https://news.example/harbour-ferry",
        "content": "The ferry sails again from Monday."}
MULTIPART_CONTENT = "Micropub multipart note with a photo."
MEDIA = re.compile(r"/media/[0-9a-f]{64}\.png")
# The page cache serves a changed page stale while it renders it again (stale-while-revalidate), so the first
# reader after an update or delete may see the old page: reload for this long, as the admin checks do.
CACHE_REFRESH_SECONDS = 5


class Micropub(Steps):
    """The site, the tokens, and what each step found (`found`) for the next."""

    def __init__(self, site, server, ctx):
        super().__init__()
        self.site = site
        self.server = server
        self.ctx = ctx
        self.endpoint = site.url(ENDPOINT)

    def send(self, method, path, body=None, content_type=None, token=None, name=None):
        headers = {"Accept": "application/json"}
        if content_type:
            headers["Content-Type"] = content_type
        if token:
            headers["Authorization"] = f"Bearer {token}"
        return self.site.send(method, path, body=body, headers=headers, name=name or f"micropub_{method}")

    def post_form(self, fields, token, name):
        body = urllib.parse.urlencode(fields).encode()
        return self.send("POST", ENDPOINT, body, "application/x-www-form-urlencoded", token, name)

    def post_json(self, document, token, name):
        return self.send("POST", ENDPOINT, json.dumps(document).encode(), "application/json", token, name)

    def query(self, query, name):
        response = self.send("GET", f"{ENDPOINT}?{urllib.parse.urlencode(query)}", token=self.need("write"),
                             name=name)
        require(response.status == 200, f"GET {response.url} answered {response.status}: {response.text[:300]}")
        require(response.content_type.startswith("application/json"),
                f"GET {response.url} has Content-Type {response.content_type!r}")
        return json.loads(response.body)


def multipart(fields, files):
    """A multipart/form-data body: `fields` (name, text) pairs and `files` (name, filename, type, bytes)."""
    boundary = "newsdesk-" + uuid.uuid4().hex
    parts = []
    for name, value in fields:
        parts.append(f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n'.encode())
    for name, filename, media_type, data in files:
        parts.append(f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"; filename="{filename}"\r\n'
                     f"Content-Type: {media_type}\r\n\r\n".encode() + data + b"\r\n")
    return b"".join(parts) + f"--{boundary}--\r\n".encode(), f"multipart/form-data; boundary={boundary}"


def _error(response, status, code):
    require(response.status == status, f"{response.url} answered {response.status}, expected {status}: "
                                       f"{response.text[:300]}")
    require(response.content_type.startswith("application/json"),
            f"the {status} has Content-Type {response.content_type!r}, not JSON")
    answer = json.loads(response.body)
    require(answer.get("error") == code, f"the {status}'s error is {answer.get('error')!r}, expected {code!r}")
    require(answer.get("error_description"), f"the {status} has no error_description: {answer}")


def _created(mp, response, what):
    """The absolute address in a 201's Location, on this blog."""
    require(response.status == 201, f"{what} answered {response.status}, expected 201: {response.text[:300]}")
    location = response.headers.get("location", "")
    require(location.startswith(mp.site.origin + "/"), f"{what}'s Location {location!r} is not on {mp.site.origin}")
    return location


def _page(mp, location, name, status=200):
    response = mp.site.get(location[len(mp.site.origin):], name=name)
    require(response.status == status, f"{location} answered {response.status}, expected {status}")
    return response


def _page_until(mp, location, shows, name):
    """GET `location` until `shows(response)`, within CACHE_REFRESH_SECONDS; the last response and the GETs made."""
    deadline = time.monotonic() + CACHE_REFRESH_SECONDS
    tries = 0
    while True:
        response = mp.site.get(location[len(mp.site.origin):], name=name)
        tries += 1
        if shows(response) or time.monotonic() > deadline:
            return response, tries
        time.sleep(0.25)


def check_discovery(mp):
    """mf2py finds rel=micropub on the front page and a post page; what it makes of the post page is reported."""
    post_path = mp.ctx.post_path or mp.ctx.clip_path
    require(post_path, "no post page was found by the page checks")
    found = []
    for path in ("/", post_path):
        page = mp.site.get(path, name="micropub_discovery" + path)
        require(page.status == 200, f"{page.url} answered {page.status}")
        parsed = mf2py.parse(doc=page.text, url=page.url)
        rels = parsed["rels"].get("micropub", [])
        require(rels == [mp.endpoint], f"mf2py reads rels['micropub'] on {path} as {rels}, expected [{mp.endpoint!r}]")
        found.append(parsed)
    items = found[1]["items"]
    entries = [item for item in items if "h-entry" in item.get("type", [])]
    if entries:
        seen = f"{len(entries)} h-entry with {', '.join(sorted(entries[0].get('properties', {})))}"
    else:
        kinds = sorted({kind for item in items for kind in item.get("type", [])})
        seen = f"no h-entry ({', '.join(kinds) or 'no microformats2 items at all'}; the theme has no mf2 classes)"
    return f"rels['micropub'] = {mp.endpoint} on / and {post_path}; the post page: {seen}"


def check_refusals(mp):
    """No token is a 401; a read token cannot create (403 insufficient_scope)."""
    fields = [("h", "entry"), ("content", "Refused.")]
    _error(mp.post_form(fields, None, "micropub_no_token"), 401, "unauthorized")
    mp.found["read"] = make_token(mp.server, "read", name="micropub read")
    _error(mp.post_form(fields, mp.found["read"], "micropub_read_token"), 403, "insufficient_scope")
    return "401 unauthorized without a token, 403 insufficient_scope with a read token"


def check_config(mp):
    mp.found["write"] = make_token(mp.server, "write", name="micropub write")
    config = mp.query({"q": "config"}, "micropub_config")
    media = config.get("media-endpoint")
    require(media == mp.endpoint + "/media", f"q=config's media-endpoint is {media!r}, expected {mp.endpoint}/media")
    mp.found["media_endpoint"] = media
    return f"media-endpoint {media}; q: {', '.join(config.get('q', []))}"


def check_media(mp):
    """A PNG uploaded to the media endpoint: 201, and its Location serves the same bytes."""
    endpoint = mp.need("media_endpoint")
    image = png(48, 32, (40, 70, 110))
    body, content_type = multipart([], [("file", "micropub-media.png", "image/png", image)])
    response = mp.send("POST", endpoint[len(mp.site.origin):], body, content_type, mp.need("write"),
                       "micropub_media")
    location = _created(mp, response, "the media upload")
    require(MEDIA.search(location), f"the media Location {location!r} is not a /media/<sha256>.png")
    served = _page(mp, location, "micropub_media_served")
    require(served.body == image, f"{location} serves {len(served.body)} bytes, not the {len(image)} uploaded")
    require(served.content_type == "image/png", f"{location} has Content-Type {served.content_type!r}")
    mp.found["media"] = location
    return location[len(mp.site.origin):]


def check_create_form(mp):
    fields = [("h", "entry"), ("content", FORM_CONTENT)] + [("category[]", label) for label in FORM_LABELS]
    location = _created(mp, mp.post_form(fields, mp.need("write"), "micropub_create_form"), "the form entry")
    page = _page(mp, location, "micropub_form_post").text
    require(FORM_CONTENT in page, f"{location} does not show the content {FORM_CONTENT!r}")
    for label in FORM_LABELS:
        require(f'rel="tag">{label}</a>' in page, f"{location} does not list the label {label!r}")
    mp.found["form"] = location
    return location[len(mp.site.origin):]


def _json_entry(mp):
    cite = {"type": ["h-cite"], "properties": {key: [value] for key, value in CITE.items()}}
    return {"type": ["h-entry"], "properties": {
        "name": [JSON_NAME], "content": [{"html": JSON_HTML}],
        "photo": [{"value": mp.need("media"), "alt": PHOTO_ALT}], "bookmark-of": [cite]}}


def check_create_json(mp):
    location = _created(mp, mp.post_json(_json_entry(mp), mp.need("write"), "micropub_create_json"),
                        "the JSON entry")
    page = _page(mp, location, "micropub_json_post").text
    media_path = mp.need("media")[len(mp.site.origin):]
    for what, text in (("name", JSON_NAME), ("content HTML", JSON_HTML), ("photo", f'src="{media_path}"'),
                       ("photo's alt", f'alt="{PHOTO_ALT}"'), ("cited story's link", f'href="{CITE["url"]}"'),
                       ("cited story's name", CITE["name"]), ("cited story's content", CITE["content"])):
        require(text in page, f"{location} does not show the {what}: {text!r}")
    mp.found["json"] = location
    return location[len(mp.site.origin):]


def check_create_multipart(mp):
    image = png(40, 40, (150, 60, 30))
    body, content_type = multipart([("h", "entry"), ("content", MULTIPART_CONTENT), ("category[]", "micropub")],
                                   [("photo", "micropub-photo.png", "image/png", image)])
    response = mp.send("POST", ENDPOINT, body, content_type, mp.need("write"), "micropub_create_multipart")
    location = _created(mp, response, "the multipart entry")
    page = _page(mp, location, "micropub_multipart_post").text
    require(MULTIPART_CONTENT in page, f"{location} does not show the content {MULTIPART_CONTENT!r}")
    photos = MEDIA.findall(page)
    require(photos, f"{location} shows no /media/<sha256>.png photo")
    served = mp.site.get(photos[0], name="micropub_multipart_photo")
    require(served.status == 200 and served.body == image,
            f"{photos[0]} answered {served.status} with {len(served.body)} bytes, not the {len(image)} sent")
    return f"{location[len(mp.site.origin):]} with {photos[0]}"


def _source(mp, location, name):
    return mp.query({"q": "source", "url": location}, name)


def check_source(mp):
    """q=source gives the JSON entry's properties back as they were sent."""
    location = mp.need("json")
    source = _source(mp, location, "micropub_source")
    require(source.get("type") == ["h-entry"], f"q=source's type is {source.get('type')!r}")
    properties = source.get("properties", {})
    expected = _json_entry(mp)["properties"]
    for name in ("name", "content", "photo"):
        require(properties.get(name) == expected[name],
                f"q=source's {name} is {properties.get(name)!r}, sent {expected[name]!r}")
    cite = (properties.get("bookmark-of") or [{}])[0]
    require(cite.get("type") == ["h-cite"], f"q=source's bookmark-of is {cite!r}, not an h-cite")
    for key, value in CITE.items():
        got = cite.get("properties", {}).get(key)
        require(got == [value], f"q=source's bookmark-of {key} is {got!r}, sent {[value]!r}")
    require(properties.get("url") == [location], f"q=source's url is {properties.get('url')!r}, not [{location!r}]")
    require(properties.get("post-status") == ["published"], f"post-status is {properties.get('post-status')!r}")
    return f"{', '.join(sorted(properties))}"


def check_update(mp):
    """A JSON update replacing content: 204 (or 201 if the post moved); the page and q=source show it."""
    location = mp.need("json")
    update = {"action": "update", "url": location, "replace": {"content": [{"html": UPDATED_HTML}]}}
    response = mp.post_json(update, mp.need("write"), "micropub_update")
    require(response.status in (201, 204), f"the update answered {response.status}: {response.text[:300]}")
    if response.status == 201:
        location = _created(mp, response, "the update")
    content = _source(mp, location, "micropub_source_updated").get("properties", {}).get("content")
    require(content == [{"html": UPDATED_HTML}], f"q=source's content after the update is {content!r}")
    page, tries = _page_until(mp, location, lambda page: UPDATED_HTML in page.text, "micropub_updated_post")
    require(page.status == 200, f"{location} answered {page.status} after the update")
    require(UPDATED_HTML in page.text,
            f"{location} does not show the new content {UPDATED_HTML!r} within {CACHE_REFRESH_SECONDS} s")
    require(JSON_HTML not in page.text, f"{location} still shows the old content {JSON_HTML!r}")
    return f"{response.status}; q=source and the page after {tries} GETs show the new content"


def check_delete_undelete(mp):
    """delete (form-encoded) takes the page away; undelete (JSON) brings it back."""
    location = mp.need("form")
    response = mp.post_form([("action", "delete"), ("url", location)], mp.need("write"), "micropub_delete")
    require(response.status == 204, f"delete answered {response.status}, expected 204: {response.text[:300]}")
    gone, gone_tries = _page_until(mp, location, lambda page: page.status in (404, 410), "micropub_deleted_post")
    require(gone.status in (404, 410), f"{location} answered {gone.status} {CACHE_REFRESH_SECONDS} s after the "
                                       "delete, expected 404 or 410")
    response = mp.post_json({"action": "undelete", "url": location}, mp.need("write"), "micropub_undelete")
    require(response.status == 204, f"undelete answered {response.status}, expected 204: {response.text[:300]}")
    page, tries = _page_until(mp, location, lambda page: page.status == 200, "micropub_undeleted_post")
    require(page.status == 200, f"{location} answered {page.status} {CACHE_REFRESH_SECONDS} s after the undelete")
    require(FORM_CONTENT in page.text, f"{location} does not show its content after the undelete")
    return (f"deleted: {gone.status} after {gone_tries} GETs; undeleted: 200 with its content "
            f"after {tries} GETs")


STEPS = (
    ("Micropub discovery with mf2py: rels['micropub'] on / and a post page is the endpoint's absolute URL",
     check_discovery),
    ("Micropub create without a token is 401 unauthorized, with a read token 403 insufficient_scope",
     check_refusals),
    ("Micropub q=config (write token from `newsdesk token add`) names the media endpoint", check_config),
    ("Micropub media endpoint: a PNG upload is a 201 whose Location serves the same bytes", check_media),
    ("Micropub create form-encoded (h=entry, content, category[]): 201, the page shows it", check_create_form),
    ("Micropub create JSON (name, content HTML, photo with alt, bookmark-of h-cite): 201, the page shows it",
     check_create_json),
    ("Micropub create multipart with a PNG photo: 201, the page shows it and serves the photo",
     check_create_multipart),
    ("Micropub q=source gives the JSON entry's properties back", check_source),
    ("Micropub JSON update replacing content: the page and q=source show it", check_update),
    ("Micropub delete then undelete: the page goes and comes back", check_delete_undelete),
)


def check_micropub(rep, site, ctx, server):
    """Every step; last on the public server, since it makes posts."""
    rep.section("Micropub")
    mp = Micropub(site, server, ctx)
    for name, step in STEPS:
        rep.run(name, step, mp)
