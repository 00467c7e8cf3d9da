#!/usr/bin/env python3
"""Validates a built spec.json against spec.schema.json with the jsonschema package.

Also checks that the schema rejects a spec with a known defect, so the check itself can fail.
Usage: check_spec_schema.py SITE_DIR
"""
import copy
import json
import sys

import jsonschema


def main(site):
    with open(f"{site}/spec.schema.json", encoding="utf-8") as handle:
        schema = json.load(handle)
    with open(f"{site}/spec.json", encoding="utf-8") as handle:
        spec = json.load(handle)

    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    errors = sorted(validator.iter_errors(spec), key=lambda error: list(error.path))
    for error in errors:
        print(f"spec.json: {'/'.join(map(str, error.path))}: {error.message}")
    if errors:
        return 1

    broken = copy.deepcopy(spec)
    broken["operations"][0].setdefault("parameters", [{"name": "x", "typeName": "", "description": {"markdown": "", "plain": ""}, "location": {"file": "a", "line": 1, "column": 1}}])
    broken["operations"][0]["parameters"][0]["in"] = "nowhere"
    if validator.is_valid(broken):
        print("spec.schema.json accepts a parameter location it should refuse")
        return 1

    print(f"spec.json: valid against spec.schema.json "
          f"({len(spec['operations'])} operations, {len(spec['scopes'])} scopes, "
          f"{len(spec['errorCodes'])} error codes)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "site"))
