#!/usr/bin/env python3
"""Writes a classic Blogger export of a large news-commentary blog with varied text, and the search
queries to run against it, for bench/search.

Usage: generate-search-corpus.py POSTS EXPORT QUERIES

Words follow a Zipf distribution, as in real prose, over English function words ("the", "of": the most
frequent, as in English) followed by a 20,000-word made-up vocabulary (a few common words, a long tail of
rare ones), so queries range from matching thousands of posts to a handful. QUERIES gets one URL path per
line: common, medium and rare words, two words, phrases taken from posts (function words included), and
prefixes. Output is deterministic.
"""
import itertools
import random
import sys
from datetime import datetime, timedelta, timezone
from urllib.parse import quote_plus
from xml.sax.saxutils import escape

BLOG = "tag:blogger.com,1999:blog-7000000000000000002"
OUTLETS = [f"Outlet {name}" for name in (
    "Stars And Stripes", "Reuters", "AP", "BBC", "Defense News", "Al Jazeera", "The Guardian", "Le Monde",
    "Der Spiegel", "NHK", "Dawn", "The Hindu", "Haaretz", "Kyiv Post", "Asia Times")]
SYLLABLES = ["ka", "ro", "mi", "tel", "san", "dor", "vi", "lun", "pa", "gre", "hos", "nit", "bar", "qu", "ely",
             "mon", "tra", "ser", "fa", "lok", "wen", "zi", "cor", "ump"]


FUNCTION_WORDS = ("the of and to a in that is was he for it with as his on be at by had are but from or "
                  "have an they which one were her all she there would their we him been has when who will more "
                  "no if out so said what up its about into than them can only other new some could time these "
                  "two may then do first any my now such like our over man me even most made after also did many "
                  "before must through back years where much your way well down should because each just those "
                  "people how too little state good very make world still own see men work long get here between "
                  "both life being under never day same another know while last might us great old year off come "
                  "since against go came right used take three").split()


def vocabulary(rng, size=20_000):
    words = set()
    while len(words) < size:
        words.add("".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))))
    return sorted(words, key=lambda w: (len(w), w))


def main():
    posts, export, queries_path = int(sys.argv[1]), sys.argv[2], sys.argv[3]
    rng = random.Random(20111117)
    content = vocabulary(rng)
    words = FUNCTION_WORDS + content
    cumulative = list(itertools.accumulate(1 / (rank + 1) for rank in range(len(words))))

    def text(count):
        return " ".join(rng.choices(words, cum_weights=cumulative, k=count))

    phrases = []
    start = datetime(2005, 1, 1, 8, 0, tzinfo=timezone.utc)
    with open(export, "w", encoding="utf-8") as out:
        out.write("<?xml version='1.0' encoding='UTF-8'?>\n<feed xmlns='http://www.w3.org/2005/Atom' "
                  "xmlns:thr='http://purl.org/syndication/thread/1.0' xmlns:app='http://purl.org/atom/app#'>\n")
        out.write(f"<id>{BLOG}</id><title type='text'>Search Bench Updates</title>\n")
        for n in range(posts):
            when = start + timedelta(hours=2 * n)
            stamp = when.strftime("%Y-%m-%dT%H:%M:%S.000Z")
            title, headline = text(7).capitalize(), text(9).capitalize()
            excerpt, more, commentary = text(45), text(35), text(40)
            if n % 997 == 0:
                phrases.append(" ".join(excerpt.split()[3:5]))
            body = (f'<b><a href="https://news.example/{n}">{headline}</a></b> -- {OUTLETS[n % len(OUTLETS)]}<br /><br />'
                    f"{excerpt}.<br /><br />{more}.<br /><br />"
                    f'<a href="https://news.example/{n}">Read more ....</a><br /><br />'
                    f"<b>My Comment:</b> {commentary}.")
            out.write(
                f"<entry><id>{BLOG}.post-{n + 1}</id><published>{stamp}</published><updated>{stamp}</updated>"
                "<category scheme='http://schemas.google.com/g/2005#kind' "
                "term='http://schemas.google.com/blogger/2008/kind#post'/>"
                f"<title type='text'>{escape(title)}</title><content type='html'>{escape(body)}</content>"
                f"<link rel='alternate' type='text/html' href='https://bench.blogspot.com/{when:%Y/%m}/post-{n}.html'/>"
                "<author><name>Bench Editor</name></author></entry>\n")
        out.write("</feed>\n")

    queries = []
    for rank in (0, 3, 10, 30, 100, 300, 1000, 3000, 10000, 19000):
        queries.append(content[rank])
    for rank in (0, 5, 50, 500, 5000):
        queries.append(f"{content[rank]} {content[rank * 2 + 1]}")
    queries += [f"the {content[1]} of {content[7]}", "the of and"]
    queries += [f'"{phrase}"' for phrase in phrases[:20]]
    queries += [content[rank][:3] + "*" for rank in (20, 200)] + [content[rank][:4] + "*" for rank in (20, 2000)]
    queries += ["outlet reuters", "AND OR NOT*", '"unclosed quote', "x" * 2000]
    with open(queries_path, "w", encoding="utf-8") as out:
        for query in queries:
            out.write(f"/search?q={quote_plus(query)}\n")


if __name__ == "__main__":
    main()
