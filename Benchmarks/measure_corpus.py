#!/usr/bin/env python3
"""What midocs reads of real docs it did not write: the corpora of corpus_manifest.json.

Usage: measure_corpus.py CORPORA_DIR MIDOCS [BASELINE_MIDOCS] [--profile mi-account]

CORPORA_DIR holds each repository of the manifest as OWNER+NAME/ (fetched by its commit;
never committed). For each, runs `midocs spec` on its docs folder as it is, and on a copy
with every Markdown file moved to the top (a/b.md -> a__b.md), so that what extraction
reads shows even where subfolders are not yet pages. Prints one row per corpus and binary:
pages, operations, operations with method and URL, error codes, errors and warnings
printed. With --profile, the copy gets a site.yml naming that profile.
"""
import argparse
import json
import os
import re
import shutil
import subprocess
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))


def flattened(root, profile):
    folder = tempfile.mkdtemp(prefix="midocs-corpus-")
    for parent, _, names in os.walk(root):
        for name in names:
            if name.lower().endswith(".md"):
                relative = os.path.relpath(os.path.join(parent, name), root)
                shutil.copy(os.path.join(parent, name), os.path.join(folder, relative.replace(os.sep, "__")))
    if profile:
        with open(os.path.join(folder, "site.yml"), "w") as configuration:
            configuration.write(f"title: Corpus\nprofile: {profile}\n")
    return folder


def measure(midocs, folder):
    run = subprocess.run([midocs, "spec", "--content", folder], capture_output=True, text=True, check=False)
    lines = run.stderr.strip().splitlines()
    last = lines[-1] if lines else ""
    count = lambda word: int(m.group(1)) if (m := re.search(rf"(\d+) {word}", last)) else 0
    try:
        spec = json.loads(run.stdout)
    except ValueError:
        return None
    operations = spec.get("operations", [])
    return (len(spec.get("pages", [])), len(operations), sum(1 for o in operations if o.get("method") and o.get("url")),
            len(spec.get("errorCodes", [])), count("error"), count("warning"))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("corpora")
    parser.add_argument("midocs", nargs="+")
    parser.add_argument("--profile")
    arguments = parser.parse_args()
    with open(os.path.join(HERE, "corpus_manifest.json")) as manifest:
        corpora = json.load(manifest)
    print("| repository | binary | as is: pages, ops, ops with method+URL, error codes, errors, warnings | flattened: same |")
    print("| --- | --- | --- | --- |")
    for corpus in corpora:
        root = os.path.join(arguments.corpora, corpus["repo"].replace("/", "+"), corpus["docsPath"])
        if not os.path.isdir(root):
            print(f"| {corpus['repo']} | - | not fetched | |")
            continue
        flat = flattened(root, arguments.profile)
        try:
            for midocs in arguments.midocs:
                print(f"| {corpus['repo']} | {os.path.basename(midocs)} | {measure(midocs, root)} | {measure(midocs, flat)} |")
        finally:
            shutil.rmtree(flat, ignore_errors=True)


if __name__ == "__main__":
    main()
