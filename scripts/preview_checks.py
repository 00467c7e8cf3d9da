#!/usr/bin/env python3
"""The live preview of `midocs serve`, checked in headless Chromium.

    python3 scripts/preview_checks.py MIDOCS_BINARY

Copies content/ and templates/ to a temporary folder, starts `midocs serve --port 0` on
it, opens a page in Debian's Chromium (through Selenium, as site_checks.py does) and edits
the docs underneath it:

  1. a new section in the page: the open page reloads by itself and shows it;
  2. a broken link: the page shows the diagnostics over its content, in
     #midocs-preview-errors, naming the code broken-link;
  3. the link fixed: the page reloads and the overlay is gone.

Every wait is bounded; the exit status is 1 when a step fails. The server is killed at
the end whatever happens.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from site_checks import ToolMissing, chromium, severe_log_entries, wait_for  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
TIMEOUT = 30.0


def start_server(midocs: Path, work: Path) -> tuple[subprocess.Popen, str]:
    log = open(work / "serve.log", "w+")
    server = subprocess.Popen(
        [str(midocs), "serve", "--content", str(work / "content"), "--templates", str(work / "templates"),
         "--output", str(work / "site"), "--port", "0"],
        stdout=subprocess.DEVNULL, stderr=log, cwd=work)

    def address():
        found = re.search(r"at (http://127\.0\.0\.1:\d+/)", (work / "serve.log").read_text())
        return found.group(1) if found else None

    url = wait_for(address, 60)
    if url is None:
        server.kill()
        raise RuntimeError(f"midocs serve printed no address:\n{(work / 'serve.log').read_text()}")
    return server, url


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text()
    if old not in text:
        raise RuntimeError(f"{path.name} no longer has {old!r}")
    path.write_text(text.replace(old, new, 1))


def run(midocs: Path) -> list[str]:
    failures: list[str] = []
    work = Path(tempfile.mkdtemp(prefix="midocs-preview-"))
    shutil.copytree(ROOT / "content", work / "content")
    shutil.copytree(ROOT / "templates", work / "templates")
    server, url = start_server(midocs, work)
    try:
        with chromium() as driver:
            driver.get(url + "faq.html")
            script = "return !!document.querySelector('script') && typeof EventSource === 'function';"
            if not driver.execute_script(script):
                failures.append("the preview page has no script or no EventSource")
            time.sleep(0.5)  # let the event stream connect

            # 1. An edit reloads the open page.
            faq = work / "content" / "faq.md"
            faq.write_text(faq.read_text() + "\n## Asked in the preview\n\nAnswered.\n")
            if wait_for(lambda: driver.execute_script("return document.getElementById('asked-in-the-preview')") or None,
                        TIMEOUT) is None:
                failures.append("after an edit, the open page did not reload with the new section")

            # 2. A broken link shows the diagnostics over the page.
            index = work / "content" / "index.md"
            edit(index, "(faq.md)", "(fqa.md)")
            overlay_text = "var o = document.getElementById('midocs-preview-errors'); return o ? o.textContent : null;"
            text = wait_for(lambda: driver.execute_script(overlay_text), TIMEOUT)
            if text is None:
                failures.append("with a broken link, no #midocs-preview-errors overlay appeared")
            elif "broken-link" not in text or "fqa" not in text:
                failures.append(f"the overlay does not name the broken link: {text[:200]!r}")

            # 3. The fix reloads the page, without the overlay.
            edit(index, "(fqa.md)", "(faq.md)")
            gone = wait_for(lambda: True if driver.execute_script(overlay_text) is None else None, TIMEOUT)
            if gone is None:
                failures.append("after the fix, the overlay stayed")
            errors = [entry for entry in severe_log_entries(driver) if "_midocs/events" not in entry]
            if errors:
                failures.append(f"script errors in the preview: {errors[:3]}")
    finally:
        server.kill()
        server.wait()
        shutil.rmtree(work, ignore_errors=True)
    return failures


def main() -> int:
    if len(sys.argv) != 2:
        print(__doc__.splitlines()[2].strip())
        return 2
    started = time.monotonic()
    try:
        failures = run(Path(sys.argv[1]).resolve())
    except ToolMissing as error:
        failures = [str(error)]
    for failure in failures:
        print(f"  preview: {failure}")
    print(f"preview: {'FAIL' if failures else 'ok'} ({len(failures)} failures) in {time.monotonic() - started:.1f} s")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
