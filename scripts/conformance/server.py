"""Start the real newsdesk binary on a throwaway SQLite file, and fetch from it.

`NewsdeskServer` loads the demo post (`serve --demo` on the empty file), imports fixture
exports or runs other commands on the file (`command`), then serves on a free port (with any
extra `serve` flags, a log level, extra environment variables) until `stop()`; `log_offset` is
where that serve's own output starts in the log file (the harness writes a `$ argv` line first).
`Site` fetches paths from it (or sends them other methods with a body), keeps each response on disk
under the output directory, and never raises on HTTP error codes.
"""

import os
import re
import socket
import subprocess
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass

# Exec can fail for a moment while the binary is being relinked: retry for this long.
BINARY_RETRY_SECONDS = 60


def free_port():
    """A TCP port nobody listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _popen_retrying(argv, **kwargs):
    """subprocess.Popen, retried while the binary is missing or busy being written."""
    deadline = time.monotonic() + BINARY_RETRY_SECONDS
    while True:
        try:
            return subprocess.Popen(argv, **kwargs)
        except OSError as error:  # ENOENT or ETXTBSY while the linker replaces the file
            if time.monotonic() > deadline:
                raise RuntimeError(f"cannot run {argv[0]}: {error}") from error
            time.sleep(1)


def _tail(path, lines=30):
    try:
        with open(path, encoding="utf-8", errors="replace") as handle:
            return "".join(handle.readlines()[-lines:])
    except OSError:
        return ""


class NewsdeskServer:
    """One newsdesk process serving `database` on 127.0.0.1:`port`."""

    def __init__(self, binary, database, log_path, serve_flags=(), log_level="notice", env=None):
        self.binary = os.path.abspath(binary)
        self.database = database
        self.log_path = log_path
        self.serve_flags = tuple(serve_flags)
        self.log_level = log_level
        self.env = {**os.environ, **env} if env else None
        self.log_offset = 0
        self.port = None
        self.process = None
        self._log = None

    @property
    def origin(self):
        return f"http://127.0.0.1:{self.port}"

    def load_demo(self):
        """`serve --demo` loads the reference post only into an empty database: do it first."""
        self.start(demo=True)
        self.stop()

    def import_export(self, kind, path):
        """Run `newsdesk import <kind> <path>`; raise with its output if it fails."""
        self.command(["import", kind, path], what=f"import {kind} {path}")

    def command(self, args, stdin=None, what=None):
        """Run `newsdesk <args> --database <file>`, feeding it `stdin` (text); raise if it fails."""
        argv = [self.binary, *args, "--database", self.database]
        with open(self.log_path, "a", encoding="utf-8") as log:
            log.write(f"\n$ {' '.join(argv)}\n")
            log.flush()
            process = _popen_retrying(argv, stdin=subprocess.PIPE if stdin is not None else None,
                                      stdout=log, stderr=subprocess.STDOUT, text=True, env=self.env)
            process.communicate(stdin, timeout=120)
            status = process.returncode
        if status != 0:
            raise RuntimeError(f"{what or args[0]} exited {status}:\n{_tail(self.log_path)}")

    def start(self, demo=False):
        self.port = free_port()
        argv = [self.binary, "serve", "--host", "127.0.0.1", "--port", str(self.port),
                "--database", self.database, "--log-level", self.log_level]
        if demo:
            argv.append("--demo")
        argv.extend(self.serve_flags)
        self._log = open(self.log_path, "a", encoding="utf-8")
        self._log.write(f"\n$ {' '.join(argv)}\n")
        self._log.flush()
        self.log_offset = self._log.tell()
        self.process = _popen_retrying(argv, stdout=self._log, stderr=subprocess.STDOUT, env=self.env)
        self._wait_until_ready()

    def _wait_until_ready(self, timeout=60):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"newsdesk serve exited {self.process.returncode}:\n"
                                   f"{_tail(self.log_path)}")
            try:
                with urllib.request.urlopen(self.origin + "/", timeout=2):
                    return
            except urllib.error.HTTPError:
                return  # it answers, even if not 200: the checks will say what is wrong
            except (urllib.error.URLError, OSError):
                time.sleep(0.2)
        self.stop()
        raise RuntimeError(f"newsdesk serve did not answer GET / within {timeout} s:\n"
                           f"{_tail(self.log_path)}")

    def stop(self):
        """Stop our process (SIGTERM, then SIGKILL); safe to call twice."""
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)
        self.process = None
        if self._log:
            self._log.close()
            self._log = None


@dataclass
class Response:
    url: str
    status: int
    headers: dict  # lower-case names
    body: bytes
    saved_as: str = ""

    @property
    def content_type(self):
        return self.headers.get("content-type", "")

    @property
    def text(self):
        match = re.search(r"charset=([\w-]+)", self.content_type)
        return self.body.decode(match.group(1) if match else "utf-8", errors="replace")


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None  # a redirect is an answer of its own: report it, do not follow it


_EXTENSIONS = {"html": ".html", "atom": ".atom.xml", "rss": ".rss.xml", "json": ".json",
               "xml": ".xml", "plain": ".txt"}


def _extension(content_type):
    for key, ext in _EXTENSIONS.items():
        if key in content_type:
            return ext
    return ".bin"


class Site:
    """Fetches paths from the server; every response body is kept under `save_dir`."""

    def __init__(self, origin, save_dir):
        self.origin = origin
        self.save_dir = save_dir
        self._opener = urllib.request.build_opener(_NoRedirect)
        self._names = set()
        os.makedirs(save_dir, exist_ok=True)

    def url(self, path):
        return urllib.parse.urljoin(self.origin + "/", path)

    def path_of(self, href, base="/"):
        """The server path of a link (None when it points to another origin)."""
        absolute = urllib.parse.urljoin(self.url(base), href)
        if not absolute.startswith(self.origin + "/"):
            return None
        return absolute[len(self.origin):].split("#")[0]

    def get(self, path, headers=None, name=None):
        return self.send("GET", path, headers=headers, name=name)

    def send(self, method, path, body=None, headers=None, name=None):
        """`method` on `path` with `body` (bytes) and `headers`; the response kept like a GET's."""
        request = urllib.request.Request(self.url(path), data=body, headers=headers or {}, method=method)
        try:
            with self._opener.open(request, timeout=60) as answer:
                status, raw_headers, body = answer.status, answer.headers, answer.read()
        except urllib.error.HTTPError as error:
            status, raw_headers, body = error.code, error.headers, error.read()
        response = Response(self.url(path), status, {k.lower(): v for k, v in raw_headers.items()},
                            body)
        response.saved_as = self._save(name or path, response)
        return response

    def _save(self, name, response):
        slug = re.sub(r"[^A-Za-z0-9._-]+", "_", name.strip("/"))[:80].strip("_") or "front"
        extension = _extension(response.content_type)
        slug = slug.removesuffix(extension.split(".")[-1]).rstrip("._") or slug
        base, n = slug, 2
        while slug in self._names:
            slug, n = f"{base}-{n}", n + 1
        self._names.add(slug)
        path = os.path.join(self.save_dir, slug + extension)
        with open(path, "wb") as handle:
            handle.write(response.body)
        return path
