"""What the harness reads out of a Newsdesk HTML page (stdlib html.parser only).

`PageInfo.parse(text)` collects links, <link>/<meta> tags, JSON-LD blocks and one record per
`<article class="post">`: its id, its title link and text, and its clipped story's link.
"""

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
        "source", "track", "wbr"}


@dataclass
class Article:
    element_id: str
    title_href: str = ""
    title_text: str = ""
    clip_href: str = ""


@dataclass
class PageInfo:
    hrefs: list = field(default_factory=list)       # every <a href>, in order
    link_tags: list = field(default_factory=list)   # attribute dicts of <link>
    meta_tags: list = field(default_factory=list)   # attribute dicts of <meta>
    ld_json: list = field(default_factory=list)     # text of <script type=application/ld+json>
    articles: list = field(default_factory=list)    # Article per <article class="post">

    @classmethod
    def parse(cls, text):
        parser = _Parser()
        parser.feed(text)
        parser.close()
        return parser.info

    def post_title_links(self):
        return [a.title_href for a in self.articles if a.title_href]

    def first_href(self, pattern):
        """The first <a href> matching the regular expression `pattern`, or None."""
        return next((h for h in self.hrefs if re.search(pattern, h)), None)

    def meta(self, key):
        """content of <meta property=key> or <meta name=key>, or None."""
        for attrs in self.meta_tags:
            if key in (attrs.get("property"), attrs.get("name")):
                return attrs.get("content")
        return None

    def alternates(self, media_type):
        return [attrs for attrs in self.link_tags
                if "alternate" in (attrs.get("rel") or "").lower().split()
                and (attrs.get("type") or "").lower() == media_type]


class _Parser(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.info = PageInfo()
        self.stack = []  # (tag, classes) of open elements
        self.article = None
        self.in_title_link = False
        self.script = None

    def _inside(self, tag, css_class):
        return any(t == tag and css_class in classes for t, classes in self.stack)

    def handle_starttag(self, tag, attrs):
        attrs = {k: (v or "") for k, v in attrs}
        classes = attrs.get("class", "").split()
        if tag == "a" and "href" in attrs:
            self._on_link(attrs["href"])
        elif tag == "link":
            self.info.link_tags.append(attrs)
        elif tag == "meta":
            self.info.meta_tags.append(attrs)
        elif tag == "script" and attrs.get("type", "").lower() == "application/ld+json":
            self.script = []
        elif tag == "article" and "post" in classes:
            self.article = Article(attrs.get("id", ""))
            self.info.articles.append(self.article)
        if tag not in VOID:
            self.stack.append((tag, classes))

    def _on_link(self, href):
        self.info.hrefs.append(href)
        if self.article is None:
            return
        if self._inside("h3", "post-title") and not self.article.title_href:
            self.article.title_href = href
            self.in_title_link = True
        elif self._inside("p", "clip-headline") and not self.article.clip_href:
            self.article.clip_href = href

    def handle_endtag(self, tag):
        if tag == "a":
            self.in_title_link = False
        if tag == "script" and self.script is not None:
            self.info.ld_json.append("".join(self.script))
            self.script = None
        if tag == "article":
            self.article = None
        # Pop up to the matching open element; ignore stray end tags.
        for depth in range(len(self.stack) - 1, -1, -1):
            if self.stack[depth][0] == tag:
                del self.stack[depth:]
                break

    def handle_data(self, data):
        if self.script is not None:
            self.script.append(data)
        if self.in_title_link and self.article is not None:
            self.article.title_text += data
