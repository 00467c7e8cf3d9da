#!/usr/bin/env python3
"""Validates `midocs diff --format json` output against the schema in the repository
(Sources/MidocsCompiler/Diff/diff.schema.json), on the reviewed golden of a scripted
history, and checks that the validator refuses a document with a known defect.

Usage: check_diff_schema.py
"""
import copy
import json
import sys
from pathlib import Path

import jsonschema

ROOT = Path(__file__).resolve().parent.parent
schema = json.loads((ROOT / "Sources/MidocsCompiler/Diff/diff.schema.json").read_text())
document = json.loads((ROOT / "Tests/MidocsCompilerTests/Golden/Diff/history.json").read_text())
validator = jsonschema.Draft202012Validator(schema)
errors = list(validator.iter_errors(document))
if errors:
    sys.exit("check_diff_schema: " + "; ".join(error.message for error in errors))
broken = copy.deepcopy(document)
broken["changes"][0]["level"] = "fatal"
if validator.is_valid(broken):
    sys.exit("check_diff_schema: the schema accepts a change of level 'fatal'")
print(f"check_diff_schema: {len(document['changes'])} changes valid against diff.schema.json")
