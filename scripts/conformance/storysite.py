"""A local "news story" site for the admin checks, and small PNG files made with zlib.

`StorySite` serves, on a free port of 127.0.0.1 in a thread, one story page with the OpenGraph
tags a news site has (og:title, og:site_name, og:description, og:image, article:published_time)
and its photo, and a story that is gone (410). The post editor's Fetch reads it and the source checker
checks it (the server runs with --clip-private-addresses).
"""

import html
import http.server
import struct
import threading
import zlib

STORY_PATH = "/2011/01/gates-visits-beijing.html"
GONE_PATH = "/2011/01/china-stealth-fighter-test-flight.html"  # answers 410 Gone: the source checker's "gone"
PHOTO_PATH = "/images/gates-beijing.png"
STORY = {
    "title": "Gates Visits Beijing To Reboot Military Ties",
    "outlet": "Stars And Stripes",
    "description": "Defense Secretary Robert Gates arrived in Beijing on Sunday hoping to "
                   "put military relations with China back on track.",
    "published": "2011-01-09T18:30:00Z",
    "paragraphs": (
        "BEIJING — Defense Secretary Robert Gates arrived in Beijing on Sunday for talks with "
        "his Chinese counterpart, Gen. Liang Guanglie.",
        "The visit comes a year after China broke off military exchanges over a US arms sale "
        "to Taiwan.",
    ),
}


def png(width, height, colour, stripe=(255, 255, 255)):
    """A valid RGB PNG: `colour` with a diagonal stripe, so a screenshot shows it is an image."""
    rows = []
    for y in range(height):
        row = bytearray([0])  # filter type None
        for x in range(width):
            on_stripe = abs((x * height // width) - y) < max(2, height // 12)
            row += bytes(stripe if on_stripe else colour)
        rows.append(bytes(row))

    def chunk(kind, data):
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)  # 8-bit RGB
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
            + chunk(b"IDAT", zlib.compress(b"".join(rows), 9)) + chunk(b"IEND", b""))


def story_page(photo_url):
    """The story's HTML, as a news site would serve it."""
    meta = {"og:title": STORY["title"], "og:site_name": STORY["outlet"],
            "og:description": STORY["description"], "og:image": photo_url, "og:type": "article",
            "article:published_time": STORY["published"]}
    tags = "\n".join(f'<meta property="{name}" content="{html.escape(value)}">'
                     for name, value in meta.items())
    paragraphs = "\n".join(f"<p>{html.escape(text)}</p>" for text in STORY["paragraphs"])
    return (f'<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">\n'
            f'<title>{html.escape(STORY["title"])} | {STORY["outlet"]}</title>\n{tags}\n</head>\n'
            f'<body><article><h1>{html.escape(STORY["title"])}</h1>\n{paragraphs}\n'
            f'</article></body></html>\n')


class _Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self):  # noqa: N802 (http.server's name)
        self.server.requests.append(self.path)
        site = self.server.site
        if self.path == STORY_PATH:
            self._send(200, "text/html; charset=utf-8", story_page(site.photo_url).encode())
        elif self.path == PHOTO_PATH:
            self._send(200, "image/png", site.photo)
        elif self.path == GONE_PATH:
            self._send(410, "text/plain", b"gone\n")
        else:
            self._send(404, "text/plain", b"not found\n")

    def _send(self, status, content_type, body):
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format, *args):  # noqa: A002 (http.server's signature)
        pass  # the requests are kept in `server.requests`


class StorySite:
    """The story page and its photo on 127.0.0.1, served from a thread until `stop()`."""

    def __init__(self):
        self.photo = png(64, 40, (40, 70, 110))
        self._server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
        self._server.site = self
        self._server.requests = []
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()

    @property
    def origin(self):
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    @property
    def story_url(self):
        return self.origin + STORY_PATH

    @property
    def gone_url(self):
        return self.origin + GONE_PATH

    @property
    def photo_url(self):
        return self.origin + PHOTO_PATH

    @property
    def requests(self):
        """The paths requested so far."""
        return list(self._server.requests)

    def stop(self):
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=10)
