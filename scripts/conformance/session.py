"""One Selenium browser for the admin checks: open pages, submit forms and wait for the answer,
take screenshots, and watch every request it makes (none may leave the newsdesk server).
It also keeps every cookie value and form token it is given (`secrets`), which no log may hold.

Built on browser.py's headless Chromium (other hosts do not resolve there).
"""

import os
import time

from browser import foreign_urls, network_requests, screenshot, start_browser
from report import require

WAIT_SECONDS = 30
# Form fields that carry a token against forgery: the admin's `_csrf`, the sign-in and comment forms' `token`.
TOKEN_FIELDS = "input[type=hidden][name=_csrf], input[type=hidden][name=token]"
# Shorter values (a flag cookie such as "1") could be found in any log by chance.
SECRET_MIN_LENGTH = 8
WIDTH, HEIGHT = 1280, 900


class Session:
    """A browser signed in as nobody yet, looking at `origin`."""

    def __init__(self, origin, shots_dir, chromium, chromedriver, log_path):
        self.origin = origin
        self.shots_dir = shots_dir
        self.driver = start_browser(chromium, chromedriver, log_path)
        self._requested = []
        self.secrets = {}  # value: what it is ("cookie newsdesk_admin", "_csrf on /admin/settings")
        self.viewport(WIDTH, HEIGHT)

    def quit(self):
        self.driver.quit()

    def url(self, path):
        return self.origin + path

    @property
    def path(self):
        """The current page's path and query (its whole URL when it is on another origin)."""
        url = self.driver.current_url
        return url[len(self.origin):] if url.startswith(self.origin + "/") else url

    def viewport(self, width, height):
        self.driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                                    {"width": width, "height": height, "deviceScaleFactor": 1,
                                     "mobile": False})

    def open(self, path):
        self.driver.get(self.url(path))
        self._collect()

    def submit(self, button):
        """Press a submit button and wait until the page it leads to has loaded."""
        from selenium.webdriver.support.ui import WebDriverWait

        page = self.find("html")
        button.click()
        WebDriverWait(self.driver, WAIT_SECONDS).until(_replaced(page))
        self.wait_loaded()
        self._collect()

    def wait_loaded(self):
        from selenium.webdriver.support.ui import WebDriverWait

        WebDriverWait(self.driver, WAIT_SECONDS).until(
            lambda d: d.execute_script("return document.readyState") == "complete")

    def wait_for(self, condition, what, timeout=WAIT_SECONDS):
        """Wait until `condition(driver)` is true; fail the check naming `what` if it never is."""
        from selenium.common.exceptions import TimeoutException
        from selenium.webdriver.support.ui import WebDriverWait

        try:
            return WebDriverWait(self.driver, timeout).until(condition)
        except TimeoutException:
            require(False, f"{what} (waited {timeout} s; page {self.path})")
        return None

    def find(self, css):
        from selenium.webdriver.common.by import By

        return self.driver.find_element(By.CSS_SELECTOR, css)

    def find_all(self, css, within=None):
        from selenium.webdriver.common.by import By

        return (within or self.driver).find_elements(By.CSS_SELECTOR, css)

    def texts(self, css):
        return [element.text.strip() for element in self.find_all(css)]

    def type_into(self, css, text):
        """Replace what a form field holds with `text` (typed, as a person would)."""
        field = self.find(css)
        field.clear()
        field.send_keys(text)
        return field

    def _collect(self):
        self._requested += network_requests(self.driver)
        self.collect_secrets()

    def collect_secrets(self):
        """Keep the cookies the browser holds for this page and the token fields of its forms."""
        found = [(c.get("value", ""), f"cookie {c.get('name')}") for c in self.driver.get_cookies()]
        found += [(f.get_attribute("value") or "", f"form field {f.get_attribute('name')} on {self.path}")
                  for f in self.find_all(TOKEN_FIELDS)]
        for value, what in found:
            if len(value) >= SECRET_MIN_LENGTH:
                self.secrets.setdefault(value, what)

    def require_local(self):
        """Fail unless every request since the last call went to the server."""
        self._collect()
        foreign = foreign_urls(self._requested, self.origin)
        count, self._requested = len(self._requested), []
        require(not foreign, "requests to other hosts:\n" + "\n".join(foreign))
        return count

    def shoot(self, name, full_page=False):
        """Screenshot the page to `<shots_dir>/<name>` at 1280 wide (the whole page if asked)."""
        if full_page:
            self.viewport(WIDTH, HEIGHT)  # measured at the width it is shot at
            height = self.driver.execute_script("return document.documentElement.scrollHeight")
            self.viewport(WIDTH, max(HEIGHT, min(int(height), 6000)))
            time.sleep(0.2)  # let the layout settle at the new height
        try:
            os.makedirs(self.shots_dir, exist_ok=True)
            path = os.path.join(self.shots_dir, name)
            screenshot(self.driver, path)
        finally:
            if full_page:
                self.viewport(WIDTH, HEIGHT)
        return path


def _replaced(element):
    """A wait condition: `element`'s document was replaced by another page.

    Selenium's `staleness_of` knows only StaleElementReferenceException; Chromium may instead answer
    "Node with given id does not belong to the document" (a plain WebDriverException) while the next
    page loads, which means the same.
    """
    from selenium.common.exceptions import WebDriverException

    def check(_driver):
        try:
            element.is_enabled()
            return False
        except WebDriverException:
            return True

    return check
