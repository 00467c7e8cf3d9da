#!/usr/bin/env python3
"""Runs `midocs sandbox` on a free loopback port and checks it against what the docs say.

1. schemathesis (PyPI) generates requests from the site's openapi.json and finds no server
   error and no answer that contradicts the document: status codes, content types, headers
   and body schemas. The `x-midocs-body-prefix` text is removed first, as a client does
   (schemathesis_hooks.py). Unsupported-method checks are left out: the HTTP server
   (FlyingFox) answers a method it does not know, such as QUERY, with 404 before the
   sandbox sees it.
2. The curl commands the site's operation cards show run against the sandbox, in the order
   of the flow (authorize, token, Open API, refresh), with the variables the README's
   "Try it locally" section sets, and get the documented answers.

3. Malformed requests sent as raw bytes (bad escapes, invalid UTF-8, a 200 KB parameter,
   broken headers, garbage) get no server error, and the sandbox still answers after them.

Bounded: a fixed seed, 25 examples an operation, and a time limit on every step.

Usage: check_sandbox.py MIDOCS SITE_DIR [--content DIR]
"""
import json
import os
import re
import subprocess
import sys
import time
from html import unescape
from pathlib import Path

EXAMPLES = "25"


def start_sandbox(midocs, content):
    process = subprocess.Popen(
        [midocs, "sandbox", "--content", content, "--port", "0", "--seed", "1"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.time() + 60
    line = process.stdout.readline()
    match = re.search(r"http://127\.0\.0\.1:(\d+)", line)
    if not match or time.time() > deadline:
        process.kill()
        sys.exit(f"check_sandbox: the sandbox did not start: {line!r} {process.stderr.read()}")
    return process, int(match.group(1))


def run_schemathesis(site, port):
    environment = dict(os.environ, SCHEMATHESIS_HOOKS="schemathesis_hooks",
                       PYTHONPATH=str(Path(__file__).parent))
    checks = ("not_a_server_error,status_code_conformance,content_type_conformance,"
              "response_headers_conformance,response_schema_conformance,negative_data_rejection")
    command = ["schemathesis", "run", str(Path(site) / "openapi.json"), "--url", f"http://127.0.0.1:{port}",
               "--checks", checks, "--max-examples", EXAMPLES, "--workers", "1",
               "--phases", "examples,coverage,fuzzing", "--seed", "1"]
    result = subprocess.run(command, env=environment, capture_output=True, text=True, timeout=400)
    summary = [line for line in result.stdout.splitlines() if "generated" in line or "passed" in line]
    print("check_sandbox: schemathesis:", summary[-1].strip() if summary else "no summary")
    if result.returncode != 0:
        print(result.stdout[-6000:])
        sys.exit("check_sandbox: schemathesis found answers that contradict openapi.json")


def main():
    arguments = sys.argv[1:]
    content = "content"
    if "--content" in arguments:
        index = arguments.index("--content")
        content = arguments[index + 1]
        del arguments[index:index + 2]
    midocs, site = arguments
    process, port = start_sandbox(midocs, content)
    try:
        run_schemathesis(site, port)
        from sandbox_curl import check_curl_examples
        check_curl_examples(midocs, site, port)
        import sandbox_abuse
        sandbox_abuse.check(port)
    finally:
        process.terminate()
        process.wait(timeout=10)
    print("check_sandbox: ok")


if __name__ == "__main__":
    main()
