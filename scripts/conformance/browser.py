"""Screenshots with Selenium + headless Chromium, and a check that pages stay on our server.

Each page is loaded at 1280x900 and 390x844 (phone), the post page also in dark mode
(CDP Emulation.setEmulatedMedia). Requests are collected twice: the page's Resource Timing
entries and Chromium's own network log (which also sees requests that failed). Any URL
outside the server's origin fails the check. Other hosts resolve to nothing
(--host-resolver-rules), so a run never reaches the internet.
"""

import base64
import json
import os

from report import CheckSkipped, require

VIEWPORTS = (("1280x900", 1280, 900, False), ("390x844", 390, 844, True))
CHROMIUM_ARGS = ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--hide-scrollbars",
                 "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1")


def start_browser(chromium, chromedriver, log_path):
    from selenium import webdriver
    from selenium.webdriver.chrome.options import Options
    from selenium.webdriver.chrome.service import Service

    options = Options()
    options.binary_location = chromium
    for arg in CHROMIUM_ARGS:
        options.add_argument(arg)
    options.set_capability("goog:loggingPrefs", {"performance": "ALL"})
    driver = webdriver.Chrome(service=Service(executable_path=chromedriver, log_output=log_path),
                              options=options)
    driver.set_page_load_timeout(60)
    return driver


def network_requests(driver):
    """URLs Chromium requested since the last call (drains the performance log)."""
    urls = []
    for entry in driver.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        if message.get("method") == "Network.requestWillBeSent":
            urls.append(message["params"]["request"]["url"])
    return urls


def load(driver, url, width, height, mobile, dark=False):
    """Load `url` at the given viewport and colour scheme; return what the page requested."""
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": mobile})
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia",
                           {"features": [{"name": "prefers-color-scheme", "value": "dark" if dark else "light"}]})
    network_requests(driver)
    driver.get(url)
    timing = driver.execute_script("return performance.getEntriesByType('resource').map(e => e.name)")
    return set(timing) | set(network_requests(driver))


def screenshot(driver, path):
    data = driver.execute_cdp_cmd("Page.captureScreenshot", {"format": "png"})["data"]
    with open(path, "wb") as handle:
        handle.write(base64.b64decode(data))


def foreign_urls(urls, origin):
    return sorted(u for u in urls if not u.startswith(origin + "/") and u != origin
                  and not u.startswith(("data:", "blob:", "about:")))


def _background(driver):
    return driver.execute_script("return getComputedStyle(document.body).backgroundColor")


def shoot_page(rep, driver, site, name, path, out_dir):
    """Screenshots of one page at every viewport; each also checks for foreign requests."""
    for size, width, height, mobile in VIEWPORTS:
        def check(size=size, width=width, height=height, mobile=mobile):
            requested = load(driver, site.url(path), width, height, mobile)
            screenshot(driver, os.path.join(out_dir, f"{name}-{size}.png"))
            foreign = foreign_urls(requested, site.origin)
            require(not foreign, f"{site.url(path)} requested other hosts:\n" + "\n".join(foreign))
        rep.run(f"screenshot {name} {size} ({path}): no request leaves the server", check)


def shoot_dark(rep, driver, site, path, out_dir):
    def check():
        load(driver, site.url(path), 1280, 900, False)
        light = _background(driver)
        requested = load(driver, site.url(path), 1280, 900, False, dark=True)
        screenshot(driver, os.path.join(out_dir, "post-dark-1280x900.png"))
        require(driver.execute_script("return matchMedia('(prefers-color-scheme: dark)').matches"),
                "Chromium did not emulate prefers-color-scheme: dark")
        foreign = foreign_urls(requested, site.origin)
        require(not foreign, f"{site.url(path)} requested other hosts:\n" + "\n".join(foreign))
        dark = _background(driver)
        require(dark != light, f"the body background stays {light} in dark mode")
    rep.run(f"screenshot post-dark 1280x900 ({path}): dark background, no request leaves the server",
            check)


def check_screenshots(rep, site, ctx, out_dir, chromium, chromedriver):
    rep.section("Screenshots (Selenium, headless Chromium)")
    os.makedirs(out_dir, exist_ok=True)
    pages = [("front", "/"), ("post", ctx.post_path), ("label", ctx.label_path),
             ("search", ctx.search_path)]
    try:
        log = os.path.join(os.path.dirname(out_dir), "chromedriver.log")
        driver = start_browser(chromium, chromedriver, log)
    except Exception as error:  # no browser: every screenshot fails, with the reason
        rep.failed("start headless Chromium", f"{type(error).__name__}: {error}")
        return
    try:
        for name, path in pages:
            if path in ctx.ok_paths:
                shoot_page(rep, driver, site, name, path, out_dir)
            else:
                reason = f"GET {path} failed" if path else f"no {name} page was found"
                rep.run(f"screenshot {name}", _skip(reason))
        if ctx.post_path in ctx.ok_paths:
            shoot_dark(rep, driver, site, ctx.post_path, out_dir)
    finally:
        driver.quit()


def _skip(reason):
    def check():
        raise CheckSkipped(reason)
    return check
