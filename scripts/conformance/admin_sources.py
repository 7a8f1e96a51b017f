"""The source checker's steps of admin.py: a post citing a story that is gone (the story site answers
410), the admin's Sources page listing it, and the post page sending readers to the archived copy.

The admin server runs with `--source-check-interval 2s`, so it checks the new post's source within
seconds of publishing. Each `check_*` takes admin.py's `AdminRun` and fails with `require`.
"""

import time

from admin_editor import PUBLISHED
from report import require

GONE_HEADLINE = "China Tests Its Stealth Fighter During Gates Visit"
NOTE = "(original link no longer works — archived copy)"
CHECK_SECONDS = 30  # the first check after publishing, on a loaded machine


def check_publish_gone_source(run):
    """A second post, citing the story site's gone story, published from the editor."""
    run.need("signed_in")
    editor, story = run.editor, run.story
    editor.open("/admin/posts/new")
    editor.type_into("#source_url", story.gone_url)
    editor.type_into("#headline", GONE_HEADLINE)
    editor.type_into("#outlet", "Stars And Stripes")
    editor.type_into("#excerpt", "BEIJING — China flew its J-20 stealth fighter for the first time.")
    editor.type_into("#title", "A Stealth Fighter For The Visitor")
    editor.type_into("#commentary", "The timing was no accident.")
    editor.submit(editor.find("button[name=action][value=publish]"))
    match = PUBLISHED.search(" ".join(editor.texts(".notice")))
    require(match, f"not published: errors {editor.texts('.error')}, notices {editor.texts('.notice')}")
    run.found["gone_post_path"] = match.group(1)
    editor.require_local()


def check_sources_page(run):
    """/admin/sources lists the gone story with its verdict, status 410, archived copy and post."""
    post_path = run.need("gone_post_path")
    editor, story = run.editor, run.story
    deadline = time.monotonic() + CHECK_SECONDS
    while True:
        editor.open("/admin/sources")
        rows = [row for row in editor.find_all("article.source")
                if story.gone_url in [a.get_dom_attribute("href") for a in editor.find_all("a", within=row)]]
        if rows or time.monotonic() > deadline:
            break
        time.sleep(1)
    require(rows, f"{story.gone_url} is not on /admin/sources within {CHECK_SECONDS} s "
            f"(the story site saw {story.requests})")
    row = rows[0]
    text = row.text
    require("gone" in editor.texts(".source .badge"), f"badges: {editor.texts('.source .badge')}")
    require(": 410" in text, f"the row does not show status 410: {text!r}")
    links = [a.get_dom_attribute("href") for a in editor.find_all("a", within=row)]
    require(any(link.startswith("https://web.archive.org/web/") and link.endswith(story.gone_url)
                for link in links), f"no archived copy among the row's links {links}")
    require(post_path in links, f"the citing post {post_path} is not linked: {links}")
    buttons = [b.get_dom_attribute("value") for b in editor.find_all("button[name=action]", within=row)]
    require({"check", "keep", "replace"} <= set(buttons), f"the row's buttons are {buttons}")
    editor.shoot("admin-sources.png", full_page=True)
    editor.open("/admin")
    cards = editor.texts(".card")
    require(any("sources gone or moved" in card and card.startswith("1") for card in cards),
            f"the dashboard's cards: {cards}")
    run.found["source_gone"] = True
    editor.require_local()


def check_archived_link(run):
    """The post page keeps the headline's link and adds the note linking the archived copy."""
    run.need("source_gone")
    post_path = run.found["gone_post_path"]
    editor, story = run.editor, run.story
    editor.open(post_path)
    headline = editor.find(".clip-headline a")
    require(headline.get_dom_attribute("href") == story.gone_url,
            f"the headline links {headline.get_dom_attribute('href')}, not the original story")
    notes = editor.texts(".clip-headline .source-note")
    require(notes == [NOTE], f"the note after the headline reads {notes}, not {NOTE!r}")
    archived = editor.find(".clip-headline .source-note a").get_dom_attribute("href")
    require(archived.startswith("https://web.archive.org/web/") and archived.endswith("/" + story.gone_url),
            f"'archived copy' links {archived!r}")
    editor.shoot("admin-post-source-gone.png", full_page=True)
    editor.require_local()


STEPS = (
    ("admin: a post citing a story that is gone (410) is published", check_publish_gone_source),
    ("admin: Sources lists it (gone, 410, archived copy, the post, its actions); the dashboard counts "
     "it (admin-sources.png)", check_sources_page),
    ("post page: the headline keeps its link, then '(original link no longer works — archived copy)' "
     "linking the archive (admin-post-source-gone.png)", check_archived_link),
)
