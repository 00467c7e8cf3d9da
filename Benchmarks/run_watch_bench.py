#!/usr/bin/env python3
"""Times incremental rebuilds of `midocs watch` on the generated corpus.

Usage: run_watch_bench.py MIDOCS TEMPLATES CORPUS_CONTENT [--edits 3]

Copies the corpus, starts `midocs watch` on the copy, waits for the first build, then makes
edits of three kinds, each on a different page, one at a time:

  prose     words added within a line: no page's facts change;
  paragraph a new paragraph: everything below it moves down a line, so the model changes;
  heading   an operation retitled: its anchor, its card and openapi.json change, and pages
            linking to the old anchor break, so the edit is undone at once (two rebuilds).

and prints the median time `watch` reports for each kind (its own clock: from noticing the
change to the files written).
"""
import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

LINE = re.compile(r"^midocs: (?P<what>.+?): (?P<summary>.*) in (?P<ms>[\d,]+) ms")


def wait_for_line(log_path, count, timeout):
    """The rebuild lines of the log once there are `count` of them."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with open(log_path, encoding="utf-8") as log:
            lines = [match for match in map(LINE.match, log) if match]
        if len(lines) >= count:
            return lines
        time.sleep(0.05)
    sys.exit(f"watch printed {len(lines)} rebuild lines, not {count}, in {timeout} s:\n{open(log_path).read()[-2000:]}")


def edit(path, old, new):
    with open(path, encoding="utf-8") as page:
        text = page.read()
    if old not in text:
        sys.exit(f"{path} has no {old!r}")
    with open(path, "w", encoding="utf-8") as page:
        page.write(text.replace(old, new, 1))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("midocs")
    parser.add_argument("templates")
    parser.add_argument("content")
    parser.add_argument("--edits", type=int, default=3)
    arguments = parser.parse_args()

    work = tempfile.mkdtemp(prefix="midocs-watch-bench-")
    content = os.path.join(work, "content")
    shutil.copytree(arguments.content, content)
    pages = sorted(name for name in os.listdir(content) if name.startswith("api-"))
    log_path = os.path.join(work, "watch.log")
    with open(log_path, "w") as log:
        watch = subprocess.Popen(
            [arguments.midocs, "watch", "--content", content, "--templates", arguments.templates,
             "--output", os.path.join(work, "site")], stderr=log, stdout=subprocess.DEVNULL)
    try:
        seen = len(wait_for_line(log_path, 1, 600))
        times = {"prose": [], "paragraph": [], "heading": []}
        for index in range(arguments.edits):
            for offset, kind in enumerate(times):
                # Pages spread over the corpus, a different one for every edit.
                page = os.path.join(content, pages[(index * 3 + offset) * 397 % len(pages)])
                number = int(os.path.basename(page)[4:9])
                if kind == "prose":
                    with open(page, encoding="utf-8") as text:
                        lines = text.read().split("\n")
                    lines[2] += " Edited."
                    with open(page, "w", encoding="utf-8") as text:
                        text.write("\n".join(lines))
                elif kind == "paragraph":
                    with open(page, encoding="utf-8") as text:
                        lines = text.read().split("\n")
                    lines.insert(3, "\nA new paragraph.")
                    with open(page, "w", encoding="utf-8") as text:
                        text.write("\n".join(lines))
                else:
                    edit(page, f"### 1. Operation 1 of page {number}", f"### 1. Operation one of page {number}")
                seen += 1
                times[kind].append(int(wait_for_line(log_path, seen, 600)[-1].group("ms").replace(",", "")))
                if kind == "heading":
                    edit(page, f"### 1. Operation one of page {number}", f"### 1. Operation 1 of page {number}")
                    seen += 1
                    wait_for_line(log_path, seen, 600)
                time.sleep(0.2)
        first = wait_for_line(log_path, 1, 1)[0]
        print(f"watch on {len(pages)} operation pages: first build {int(first.group('ms').replace(',', '')) / 1000:.1f} s")
        print("| edit | median rebuild | runs |")
        print("| --- | --- | --- |")
        for kind, values in times.items():
            print(f"| {kind} | {statistics.median(values):,.0f} ms | {', '.join(f'{v:,}' for v in values)} ms |")
    finally:
        watch.kill()
        watch.wait()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
