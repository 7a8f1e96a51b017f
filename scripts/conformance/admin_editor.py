"""The post editor steps of admin.py: clip, write, upload, preview, publish; then the public pages.

Each `check_*` takes admin.py's `AdminRun`, fails with `require`, and records what later steps
need in `run.found`.
"""

import os
import re
import time

from report import require
from storysite import PHOTO_PATH, STORY, STORY_PATH, png

COMMENTARY = "I am **not** surprised.\n\n- point one\n- point two"
LABELS = ("China", "Gates")
CAPTION = "Secretary Gates and General Liang in Beijing."
ALT = "A blue square crossed by a white diagonal stripe."
PUBLISHED = re.compile(r"Published at (/\d{4}/\d{2}/[^\s]+\.html)\.")
MEDIA = re.compile(r"/media/[0-9a-f]{64}\.png")
CACHE_REFRESH_SECONDS = 5  # the server's change watcher polls every 250 ms


def _value(editor, css):
    return editor.find(css).get_attribute("value")


def check_fetch(run):
    """The story's address, Fetch: headline, outlet, excerpt and title come from its page."""
    run.need("signed_in")
    editor, story = run.editor, run.story
    editor.open("/admin/posts/new")
    require(editor.texts("h1") == ["New post"], f"/admin/posts/new shows h1 {editor.texts('h1')}")
    editor.type_into("#source_url", story.story_url)
    editor.submit(editor.find("button[name=action][value=fetch]"))
    require(not editor.find_all(".error"), f"Fetch failed: {editor.texts('.error')}")
    require(STORY_PATH in story.requests, f"the server never asked for the story page "
            f"(the story site saw {story.requests})")
    expected = {"#headline": STORY["title"], "#outlet": STORY["outlet"], "#title": STORY["title"],
                "#source_url": story.story_url}
    for css, want in expected.items():
        got = _value(editor, css)
        require(got == want, f"after Fetch, {css} holds {got!r}, not {want!r}")
    excerpt = _value(editor, "#excerpt")
    require(STORY["description"] in excerpt, f"after Fetch, the excerpt is {excerpt!r}")
    notices = " ".join(editor.texts(".notice"))
    require(STORY["title"] in notices, f"no Fetched notice naming the story: {notices!r}")
    run.found["fetched"] = True
    editor.require_local()


def check_write(run):
    """Commentary in Markdown, labels, a PNG uploaded with its caption and alt text."""
    run.need("fetched")
    editor = run.editor
    image_path = os.path.join(run.scratch, "gates-liang.png")
    with open(image_path, "wb") as handle:
        handle.write(png(320, 180, (40, 70, 110)))
    editor.type_into("#commentary", COMMENTARY)
    editor.type_into("#labels", ", ".join(LABELS))
    editor.find("#image_file").send_keys(image_path)
    editor.type_into("#image_caption", CAPTION)
    editor.type_into("#image_alt", ALT)
    require(_value(editor, "#commentary") == COMMENTARY,
            f"the commentary field holds {_value(editor, '#commentary')!r}")
    require(_value(editor, "#image_file").endswith("gates-liang.png"), "the file input is empty")
    editor.shoot("admin-editor.png", full_page=True)
    run.found["image_path"] = image_path
    editor.require_local()


def check_preview(run):
    """Preview opens the public theme's page in a new tab: headline, **not** in bold, the list."""
    run.need("image_path")
    editor = run.editor
    driver = editor.driver
    home = driver.current_window_handle
    before = set(driver.window_handles)
    editor.find("button[name=action][value=preview]").click()
    editor.wait_for(lambda d: len(set(d.window_handles) - before) == 1, "no new tab opened")
    try:
        driver.switch_to.window((set(driver.window_handles) - before).pop())
        editor.wait_for(lambda d: d.execute_script("return document.readyState") == "complete"
                        and d.find_elements("css selector", "article.post"),
                        "the preview never showed a post")
        title = editor.texts(".post-title")
        require(title == [STORY["title"]], f"the preview's title is {title}")
        headline = editor.texts(".clip-headline a")
        require(headline == [STORY["title"]], f"the preview's clip headline is {headline}")
        bold = editor.texts(".commentary strong")
        require("not" in bold, f"'**not**' is not bold in the preview (strong: {bold})")
        items = editor.texts(".commentary li")
        require(items == ["point one", "point two"], f"the preview's list items are {items}")
        require("<strong>not</strong>" in driver.page_source, "no <strong>not</strong> in the source")
        editor.shoot("admin-preview.png", full_page=True)
    finally:
        if driver.current_window_handle != home:
            driver.close()
        driver.switch_to.window(home)
    run.found["previewed"] = True
    editor.require_local()


def check_publish(run):
    """Publish now: the editor comes back with the notice naming the post's address."""
    run.need("image_path")
    editor = run.editor
    editor.submit(editor.find("button[name=action][value=publish]"))
    require(not editor.find_all(".error"), f"not published: {editor.texts('.error')}")
    notices = " ".join(editor.texts(".notice"))
    match = PUBLISHED.search(notices)
    require(match, f"no 'Published at /YYYY/MM/...html.' notice; notices: {notices!r} "
            f"(page {editor.path})")
    require(re.fullmatch(r"/admin/posts/\d+(\?.*)?", editor.path),
            f"publishing led to {editor.path}, not /admin/posts/<id>")
    require(editor.find_all("button[name=action][value=publish]")[0].text == "Update",
            "the editor of a published post does not offer Update")
    run.found["post_path"] = match.group(1)
    editor.require_local()
    return match.group(1)


def _post_article(session):
    """The front page's article whose title is the story's headline."""
    for article in session.find_all("article.post"):
        titles = [a.text.strip() for a in session.find_all(".post-title a", within=article)]
        if STORY["title"] in titles:
            return article
    return None


def _front_page_article(session):
    """Load `/` until it lists the post: the page cache refreshes within a second of a write."""
    deadline = time.monotonic() + CACHE_REFRESH_SECONDS
    while True:
        session.open("/")
        article = _post_article(session)
        if article is not None or time.monotonic() > deadline:
            return article
        time.sleep(0.25)


def check_front_page(run):
    """`/` lists the post: its photo from /media loads, the clip links the story, the outlet."""
    post_path = run.need("post_path")
    editor, story = run.editor, run.story
    article = _front_page_article(editor)
    require(article is not None, f"no post titled {STORY['title']!r} on / within "
            f"{CACHE_REFRESH_SECONDS} s; titles: {editor.texts('.post-title')}")
    link = editor.find_all(".post-title a", within=article)[0].get_dom_attribute("href")
    require(link == post_path, f"the title links {link}, not {post_path}")
    images = editor.find_all("figure.post-image img", within=article)
    require(images, "the post shows no photo on /")
    src = images[0].get_dom_attribute("src")
    require(MEDIA.fullmatch(src or ""), f"the photo is {src!r}, not the uploaded /media/<sha256>.png")
    width = editor.driver.execute_script("return arguments[0].complete && arguments[0].naturalWidth",
                                         images[0])
    require(width == 320, f"the photo's naturalWidth is {width} (uploaded 320 px wide)")
    require(images[0].get_dom_attribute("alt") == ALT, "the photo's alt text is not the one typed")
    served = run.site.get(src, name="admin-photo")
    with open(run.found["image_path"], "rb") as handle:
        require(served.body == handle.read(), f"GET {src} ({served.status}) is not the uploaded file")
    clip = editor.find_all(".clip-headline", within=article)
    require(clip, "the post shows no clip headline")
    anchor = editor.find_all("a", within=clip[0])[0]
    require(anchor.get_dom_attribute("href") == story.story_url,
            f"the clip headline links {anchor.get_dom_attribute('href')}, not the story")
    require(anchor.text.strip() == STORY["title"], f"the clip headline reads {anchor.text!r}")
    require(clip[0].text.strip().endswith(f"-- {STORY['outlet']}"), f"clip line: {clip[0].text!r}")
    require(PHOTO_PATH not in src, "the post shows the story's photo, not the uploaded one")
    run.found["front_ok"] = True
    editor.require_local()


def check_post_page(run):
    """The post's own page: title, caption, Markdown commentary, both labels."""
    post_path = run.need("post_path")
    editor = run.editor
    editor.open(post_path)
    require(editor.path == post_path, f"{post_path} led to {editor.path}")
    require(editor.texts(".post-title") == [STORY["title"]], f"titles: {editor.texts('.post-title')}")
    require(editor.texts(".post-image figcaption") == [CAPTION],
            f"captions: {editor.texts('.post-image figcaption')}")
    require("not" in editor.texts(".commentary strong"), "the commentary's **not** is not bold")
    require(editor.texts(".commentary li") == ["point one", "point two"],
            f"the commentary's list: {editor.texts('.commentary li')}")
    labels = editor.texts(".post-footer a.label")
    require(sorted(labels) == sorted(LABELS), f"the labels are {labels}")
    require(editor.find_all("#comment-form"), "the post page has no comment form")
    editor.shoot("admin-published-post.png", full_page=True)
    editor.require_local()
