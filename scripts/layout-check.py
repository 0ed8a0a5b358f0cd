#!/usr/bin/env python3
"""Checks a built roadmap site's layout in headless Chromium at a given width.

Usage: layout-check.py SITE_FOLDER WIDTH PAGE [PAGE ...]

On every page: the page does not scroll sideways, the navigation is one row, dates, ids and
owners are not broken across lines, and every <bdi> isolates its text. Prints one line per
problem; exits 1 when there is any, 2 when the check could not run.
"""
import os
import sys
import time

try:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
except ImportError as error:
    print(f"layout-check: {error}; install with: pip install selenium", file=sys.stderr)
    sys.exit(2)

# Returns a list of problems found on the current page.
CHECK = """
var problems = [];
var root = document.documentElement;
if (root.scrollWidth > window.innerWidth + 1)
  problems.push("the page scrolls sideways: " + root.scrollWidth + "px wide in a " + window.innerWidth + "px window");
var items = Array.prototype.slice.call(document.querySelectorAll(".site-nav li"));
var rows = {};
items.forEach(function (li) { rows[Math.round(li.getBoundingClientRect().top)] = true; });
if (Object.keys(rows).length > 1) problems.push("the navigation takes " + Object.keys(rows).length + " rows");
document.querySelectorAll("main time, main code.id, main .owner").forEach(function (el) {
  var lines = {};
  Array.prototype.forEach.call(el.getClientRects(), function (r) { lines[Math.round(r.top)] = true; });
  if (Object.keys(lines).length > 1) problems.push("'" + el.textContent + "' is broken across lines");
});
document.querySelectorAll("bdi").forEach(function (el) {
  if (getComputedStyle(el).unicodeBidi.indexOf("isolate") < 0) problems.push("a bdi does not isolate: " + el.textContent);
});
return problems;
"""


def wait_until_loaded(browser, seconds=10):
    """On a busy machine styles can still be loading when `get` returns; measure only after."""
    deadline = time.time() + seconds
    while time.time() < deadline and browser.execute_script("return document.readyState") != "complete":
        time.sleep(0.05)


def first(paths):
    return next((p for p in paths if os.path.exists(p)), None)


def main(argv):
    if len(argv) < 4:
        print(__doc__, file=sys.stderr)
        return 2
    site, width, pages = os.path.abspath(argv[1]), int(argv[2]), argv[3:]
    options = webdriver.ChromeOptions()
    for argument in ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                     "--hide-scrollbars", f"--window-size={width},1000"]:
        options.add_argument(argument)
    binary = first(["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"])
    if binary:
        options.binary_location = binary
    service = Service(executable_path=first(["/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver"]) or "chromedriver")
    browser = webdriver.Chrome(service=service, options=options)
    count = 0
    try:
        for page in pages:
            # A page of a non-ASCII name is opened by its percent-encoded address, as a link would.
            browser.get("file://" + os.path.join(site, page))
            wait_until_loaded(browser)
            for problem in browser.execute_script(CHECK):
                count += 1
                print(f"{page} at {width}px: {problem}")
    finally:
        browser.quit()
    print(f"checked {len(pages)} pages at {width}px: {count} problems")
    return 1 if count else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
