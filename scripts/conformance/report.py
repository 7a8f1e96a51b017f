"""PASS/FAIL/SKIP bookkeeping for the conformance harness.

Every check is run through `Reporter.run`, which catches its failure (or any unexpected
exception), prints one line, and keeps going, so one broken URL never hides the others.
"""

import sys
import traceback


class CheckFailed(Exception):
    """Raised by a check to report a failure; the message names what is wrong."""


class CheckSkipped(Exception):
    """Raised by a check that cannot run because something it depends on is missing."""


def require(condition, message):
    """Fail the current check with `message` unless `condition` holds."""
    if not condition:
        raise CheckFailed(message)


MAX_LINE = 300


class Steps:
    """The results of a run's earlier steps, by name, in `found`: a check that needs a missing one is skipped."""

    def __init__(self):
        self.found = {}

    def need(self, *keys):
        """The results of earlier steps; skip the current check when one is missing."""
        missing = [key for key in keys if self.found.get(key) is None]
        if missing:
            raise CheckSkipped(f"an earlier step failed (no {', '.join(missing)})")
        values = [self.found[key] for key in keys]
        return values[0] if len(values) == 1 else values


def _clip(line):
    return line if len(line) <= MAX_LINE else line[:MAX_LINE] + f"... ({len(line)} chars)"


def _indent(text):
    return "\n".join("      " + _clip(line) for line in str(text).splitlines())


class Reporter:
    """Collects results, prints them as they come, and writes a summary at the end."""

    def __init__(self, log_path=None):
        self.results = []  # (status, name, detail)
        self._log = open(log_path, "w", encoding="utf-8") if log_path else None

    def _emit(self, status, name, detail=""):
        self.results.append((status, name, detail))
        line = f"{status:4}  {name}"
        if detail:
            line += ("\n" + _indent(detail)) if "\n" in detail or len(detail) > 100 else f": {detail}"
        print(line, flush=True)
        if self._log:
            self._log.write(line + "\n")
            self._log.flush()

    def passed(self, name, detail=""):
        self._emit("PASS", name, detail)

    def failed(self, name, detail):
        self._emit("FAIL", name, detail)

    def skipped(self, name, reason):
        self._emit("SKIP", name, reason)

    def run(self, name, check, *args, **kwargs):
        """Run `check(*args, **kwargs)`; record PASS, FAIL or SKIP. Returns its result or None."""
        try:
            result = check(*args, **kwargs)
        except CheckFailed as failure:
            self.failed(name, str(failure))
            return None
        except CheckSkipped as skip:
            self.skipped(name, str(skip))
            return None
        except Exception:  # a bug or an unexpected answer: report it, keep going
            self.failed(name, "unexpected error:\n" + traceback.format_exc(limit=4).rstrip())
            return None
        self.passed(name, result if isinstance(result, str) else "")
        return result

    def section(self, title):
        line = f"\n== {title}"
        print(line, flush=True)
        if self._log:
            self._log.write(line + "\n")

    def failures(self):
        return [r for r in self.results if r[0] == "FAIL"]

    def summarize(self):
        """Print the counts and repeat every failure; return the process exit status."""
        counts = {s: sum(1 for r in self.results if r[0] == s) for s in ("PASS", "FAIL", "SKIP")}
        lines = [f"\nconformance: {counts['PASS']} passed, {counts['FAIL']} failed, {counts['SKIP']} skipped"]
        for _, name, detail in self.failures():
            first = (detail.splitlines() or [""])[0]
            lines.append(_clip(f"  FAIL {name}: {first}"))
        text = "\n".join(lines)
        print(text, file=sys.stdout, flush=True)
        if self._log:
            self._log.write(text + "\n")
            self._log.close()
        return 1 if counts["FAIL"] else 0
