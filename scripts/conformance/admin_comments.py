"""The comment steps of admin.py: a reader comments (held), the editor replies from the queue
(which approves the comment), and the post page shows both, the reply marked Blog author.

The reader has a browser of their own: no admin cookie, as a reader would be.
"""

import re
import time

from report import require

READER = "Mark"
READER_TEXT = "Gates should have stayed home. Beijing will promise much and deliver little."
REPLY_TEXT = "Thanks, Mark. We will see what comes of the talks in the spring."
HELD_NOTICE = "Thank you! Your comment will be visible after the editor approves it."
HELD_BADGE = "held: the blog holds every comment"
REPLY_NOTICE = re.compile(r"Your reply is published as comment #(\d+)\.")
# The comment rules refuse a form sent sooner than this after it was shown (the default 2 s, and more).
FORM_MINIMUM_SECONDS = 2.5
SHOWN_WITHIN_SECONDS = 15


def check_comment_held(run):
    """A reader, in a fresh browser, comments on the post; the page says it awaits the editor."""
    post_path = run.need("post_path")
    run.reader = reader = run.browser("reader")
    reader.open(post_path)
    shown = time.monotonic()
    require(reader.find_all("#comment-form"), f"{post_path} has no comment form")
    reader.type_into("#comment-name", READER)
    reader.type_into("#comment-body", READER_TEXT)
    time.sleep(max(0.0, FORM_MINIMUM_SECONDS - (time.monotonic() - shown)))
    reader.submit(reader.find("#comment-form button[type=submit]"))
    errors = reader.texts(".form-error")
    require(not errors, f"the comment was refused: {errors}")
    require(reader.path.startswith(post_path + "?held=1"),
            f"the comment led to {reader.path}, not {post_path}?held=1")
    notice = reader.texts("#comment-notice")
    require(notice == [HELD_NOTICE], f"the held notice is {notice}")
    require(READER_TEXT not in reader.find("body").text, "the held comment is already shown")
    run.found["commented"] = True
    reader.require_local()


def _queued_comment(editor):
    """The Waiting tab's article holding the reader's comment."""
    for article in editor.find_all("main article.panel"):
        names = [strong.text.strip() for strong in editor.find_all("p strong", within=article)]
        if READER in names and READER_TEXT in article.text:
            return article
    return None


def check_reply_from_queue(run):
    """/admin/comments (Waiting) lists the comment, held; the inline reply publishes both."""
    run.need("commented", "holding")
    editor = run.editor
    editor.open("/admin/comments")
    tabs = editor.texts(".tabs a[aria-current=page]")
    require(tabs == ["Waiting"], f"the current tab is {tabs}, not Waiting")
    article = _queued_comment(editor)
    require(article is not None, f"{READER}'s comment is not waiting; the queue shows "
            f"{editor.texts('main article.panel')}")
    comment_id = article.get_attribute("id").removeprefix("c")
    badges = [b.text for b in editor.find_all(".badge", within=article)]
    require(HELD_BADGE in badges, f"no {HELD_BADGE!r} badge (the Settings policy), only {badges}")
    editor.shoot("admin-comments.png", full_page=True)
    editor.type_into(f"#reply-{comment_id}", REPLY_TEXT)
    editor.submit(editor.find(f"#c{comment_id} form.reply button[type=submit]"))
    notices = " ".join(editor.texts(".notice"))
    match = REPLY_NOTICE.search(notices)
    require(match, f"no 'Your reply is published as comment #N.' notice: {notices!r} "
            f"(page {editor.path})")
    require(_queued_comment(editor) is None, f"{READER}'s comment is still waiting after the reply")
    run.found["comment_id"], run.found["reply_id"] = comment_id, match.group(1)
    editor.require_local()


def _reader_sees(reader, post_path, comment_id, reply_id):
    """Reload the post until both comments show (the page cache refreshes within a second)."""
    deadline = time.monotonic() + SHOWN_WITHIN_SECONDS
    while True:
        reader.open(post_path)
        shown = reader.find_all(f"#c{comment_id}") and reader.find_all(f"#c{reply_id}")
        if shown or time.monotonic() > deadline:
            return bool(shown)
        time.sleep(0.5)


def check_reply_shown(run):
    """The public post shows the reader's comment with the editor's reply in it, marked."""
    post_path, comment_id, reply_id = run.need("post_path", "comment_id", "reply_id")
    reader = run.reader
    require(_reader_sees(reader, post_path, comment_id, reply_id),
            f"{post_path} did not show comments #{comment_id} and #{reply_id} within "
            f"{SHOWN_WITHIN_SECONDS} s; comments shown: {reader.texts('.comment-author')}")
    comment = reader.find(f"#c{comment_id}")
    author = reader.find_all(".comment-author cite", within=comment)[0].text.strip()
    require(author == READER, f"comment #{comment_id} is by {author!r}")
    require(READER_TEXT in reader.find(f"#c{comment_id} > .comment-body").text,
            f"comment #{comment_id} does not read {READER_TEXT!r}")
    replies = reader.find_all(f"#c{comment_id} .comment-replies > #c{reply_id}")
    require(replies, f"the reply #{reply_id} is not nested under comment #{comment_id}")
    reply = replies[0]
    require("by-editor" in (reply.get_attribute("class") or ""), "the reply lacks the by-editor class")
    badge = [b.text.strip() for b in reader.find_all(".author-badge", within=reply)]
    require(badge == ["Blog author"], f"the reply's author mark is {badge}")
    name = reader.find_all(".comment-author cite", within=reply)[0].text.strip()
    require(name == "War News Updates Editor", f"the reply is signed {name!r}")
    require(REPLY_TEXT in reply.text, f"the reply does not read {REPLY_TEXT!r}")
    reader.shoot("admin-published-post-with-comments.png", full_page=True)
    reader.require_local()
