#!/usr/bin/env python3
"""Audits a built roadmap site with axe-core (WCAG 2.1 A and AA rules) in headless Chromium.

Usage: axe-audit.py SITE_FOLDER [PAGE ...]

Audits one page of every kind (each top-level page and the first page, in sorted order, of
every folder) and the pages given. Prints one line per violation and node; exits 1 when there is
any violation, 2 when the audit could not run.
"""
import os
import re
import sys
import time

try:
    from axe_selenium_python import Axe
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
except ImportError as error:  # the Swift test checks for these before it runs the script
    print(f"axe-audit: {error}; install with: pip install axe-selenium-python selenium", file=sys.stderr)
    sys.exit(2)

TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]

# axe.run with the whole document as context; a rejected run reports its error instead of
# leaving Selenium to time out.
RUN = """
var done = arguments[arguments.length - 1];
// An older axe-core has no rule tagged wcag21a; ask only for the tags it knows.
var known = {};
axe.getRules().forEach(function (rule) { rule.tags.forEach(function (t) { known[t] = true; }); });
var tags = arguments[0].filter(function (t) { return known[t]; });
axe.run(document, {runOnly: {type: "tag", values: tags}, resultTypes: ["violations"]})
  .then(function (r) { done({violations: r.violations, passes: r.passes.length}); })
  .catch(function (e) { done({error: String(e)}); });
"""


def first(paths):
    for candidate in paths:
        if os.path.exists(candidate):
            return candidate
    return None


def page_kinds(site):
    """Every top-level page, and the first page of each folder: one of every page kind."""
    pages = []
    for folder, subfolders, files in os.walk(site):
        subfolders.sort()
        html = sorted(f for f in files if f.endswith(".html"))
        relative = os.path.relpath(folder, site)
        if relative == ".":
            pages += html
        elif html and not relative.startswith("assets"):
            pages.append(os.path.join(relative, html[0]))
    return pages


def hold_redirect(path):
    """A page that redirects at once (a former id's page) would be gone before axe-core sees it:
    audit a copy beside it, so its links and styles still resolve, without the refresh. The
    zero-delay refresh itself is what WCAG allows. Returns the copy's path, or None."""
    with open(path, encoding="utf-8") as f:
        text = f.read()
    kept = re.sub(r'<meta http-equiv="refresh"[^>]*>\n?', "", text)
    if kept == text:
        return None
    copy = os.path.join(os.path.dirname(path), ".axe-audit-" + os.path.basename(path))
    with open(copy, "w", encoding="utf-8") as f:
        f.write(kept)
    return copy


def driver():
    options = webdriver.ChromeOptions()
    for argument in ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run"]:
        options.add_argument(argument)
    binary = first(["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"])
    if binary:
        options.binary_location = binary
    # An explicit driver: Selenium must not try to download one.
    service = Service(executable_path=first(["/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver"]) or "chromedriver")
    return webdriver.Chrome(service=service, options=options)


def main(argv):
    if len(argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    site = os.path.abspath(argv[1])
    pages = page_kinds(site) + [p for p in argv[2:] if p not in page_kinds(site)]
    if not pages:
        print(f"axe-audit: no pages in {site}", file=sys.stderr)
        return 2
    browser = driver()
    violations = 0
    try:
        browser.set_script_timeout(60)
        for page in pages:
            path = os.path.join(site, page)
            held = hold_redirect(path)
            try:
                browser.get("file://" + (held or path))
                deadline = time.time() + 10
                while time.time() < deadline and browser.execute_script("return document.readyState") != "complete":
                    time.sleep(0.05)
                Axe(browser).inject()
                results = browser.execute_async_script(RUN, TAGS)
            finally:
                if held:
                    os.remove(held)
            if "error" in results:
                print(f"axe-audit: {page}: axe-core failed: {results['error']}", file=sys.stderr)
                return 2
            for violation in results["violations"]:
                for node in violation["nodes"]:
                    violations += 1
                    target = " ".join(node["target"])
                    print(f"{page}: {violation['id']} ({violation['impact']}): {target}: {violation['help']}")
            print(f"{page}: {results['passes']} rules pass, {len(results['violations'])} fail", file=sys.stderr)
    finally:
        browser.quit()
    print(f"audited {len(pages)} pages: {violations} violations")
    return 1 if violations else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
