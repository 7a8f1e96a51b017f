#!/usr/bin/env python3
"""Writes a classic Blogger export (Atom) of a large news-commentary blog, for bench/import.

Usage: generate-blogger-export.py POSTS COMMENTS OUTPUT

Posts have the clip shape of the seed page (caption table, bold linked headline, "-- Outlet", excerpt,
"Read more ....", "My Comment:"), labels, and comments spread over them; every fifth comment replies to the
one before it. Output is deterministic.
"""
import sys
from datetime import datetime, timedelta, timezone
from xml.sax.saxutils import escape

BLOG = "tag:blogger.com,1999:blog-7000000000000000001"
OUTLETS = ["Stars And Stripes", "Reuters", "AP", "BBC", "Defense News", "Al Jazeera", "The Guardian"]
LABELS = ["China", "Military", "Afghanistan", "Iraq", "Navy", "Pakistan", "Iran", "Russia", "Drones", "Politics"]


def post_body(n):
    outlet = OUTLETS[n % len(OUTLETS)]
    return (
        '<table align="center" cellpadding="0" cellspacing="0" class="tr-caption-container"><tbody><tr><td>'
        f'<img src="https://images.example/{n}.jpg" /></td></tr><tr><td class="tr-caption">Photo {n} caption'
        '</td></tr></tbody></table>'
        f'<b><a href="https://news.example/story/{n}">Story number {n} about the region</a></b> -- {outlet}<br />'
        "<br />"
        f"First excerpt paragraph of story {n}: officials said the talks would continue next week.<br /><br />"
        f"Second excerpt paragraph of story {n}, with more detail on what was agreed.<br /><br />"
        f'<a href="https://news.example/story/{n}">Read more ....</a><br /><br />'
        f"<b>My Comment:</b> The editor's view on story {n}. It matters because of what comes next."
    )


def main():
    posts, comments, output = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
    start = datetime(2009, 1, 1, 8, 0, tzinfo=timezone.utc)
    with open(output, "w", encoding="utf-8") as out:
        out.write("<?xml version='1.0' encoding='UTF-8'?>\n")
        out.write(
            "<feed xmlns='http://www.w3.org/2005/Atom' xmlns:thr='http://purl.org/syndication/thread/1.0' "
            "xmlns:app='http://purl.org/atom/app#'>\n"
        )
        out.write(f"<id>{BLOG}</id><title type='text'>Benchmark News Updates</title>\n")
        for n in range(posts):
            when = start + timedelta(hours=6 * n)
            stamp = when.strftime("%Y-%m-%dT%H:%M:%S.000Z")
            path = when.strftime(f"/%Y/%m/story-{n}.html")
            labels = "".join(
                f"<category scheme='http://www.blogger.com/atom/ns#' term='{LABELS[(n + k) % len(LABELS)]}'/>"
                for k in range(2)
            )
            out.write(
                f"<entry><id>{BLOG}.post-{n + 1}</id><published>{stamp}</published><updated>{stamp}</updated>"
                "<category scheme='http://schemas.google.com/g/2005#kind' "
                f"term='http://schemas.google.com/blogger/2008/kind#post'/>{labels}"
                f"<title type='text'>Story {n}: what the region's news means</title>"
                f"<content type='html'>{escape(post_body(n))}</content>"
                f"<link rel='alternate' type='text/html' href='https://bench.blogspot.com{path}'/>"
                "<author><name>Bench Editor</name><uri>https://www.blogger.com/profile/1</uri></author></entry>\n"
            )
        for c in range(comments):
            n = c % posts
            when = start + timedelta(hours=6 * n, minutes=1 + c // posts)
            stamp = when.strftime("%Y-%m-%dT%H:%M:%S.000Z")
            cid = 1_000_000 + c
            related = ""
            if c % 5 == 4 and c >= posts:
                related = (
                    "<link rel='related' type='application/atom+xml' "
                    f"href='https://bench.blogspot.com/feeds/{n + 1}/comments/default/{cid - posts}'/>"
                )
            author = "<name>Anonymous</name>" if c % 3 == 0 else f"<name>Reader {c % 977}</name>"
            out.write(
                f"<entry><id>{BLOG}.post-{cid}</id><published>{stamp}</published><updated>{stamp}</updated>"
                "<category scheme='http://schemas.google.com/g/2005#kind' "
                "term='http://schemas.google.com/blogger/2008/kind#comment'/>"
                f"<title type='text'>comment {c}</title>"
                f"<content type='html'>Comment {c} on story {n}.&lt;br /&gt;A second line, as readers write.</content>"
                f"{related}<author>{author}</author>"
                f"<thr:in-reply-to ref='{BLOG}.post-{n + 1}' type='text/html'/></entry>\n"
            )
        out.write("</feed>\n")


if __name__ == "__main__":
    main()
