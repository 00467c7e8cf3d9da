#!/usr/bin/env python3
"""Validates a built openapi.json with the openapi-spec-validator package, and checks that
it holds what the docs document.

Checks: the document is valid OpenAPI 3.1.0; it has 7 operations (method and path), which
serve 9 documented operations (the lengths of x-midocs-variants, an operation without it
counting as one); and the oauth2 scheme's flows each list the 13 scopes of the scope table.
Also checks that the validator refuses a document with a known defect, so the check itself
can fail.

Usage: check_openapi.py SITE_DIR
       check_openapi.py SITE_DIR --operations N   (docs without the Mi Account profile: only
       validity and the number of operations are checked)
"""
import copy
import json
import sys

from openapi_spec_validator import OpenAPIV31SpecValidator, validate

METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
EXPECTED_OPERATIONS = 7
EXPECTED_VARIANTS = 9
EXPECTED_SCOPES = 13


def operations(document):
    for path, item in sorted(document.get("paths", {}).items()):
        for method in METHODS:
            if method in item:
                yield path, method, item[method]


def problems(document, general=None):
    """What is wrong with the document, as lines; empty when nothing is."""
    found = []
    if general is not None:
        try:
            validate(document, cls=OpenAPIV31SpecValidator)
        except Exception as error:  # the validator raises several kinds; any of them is a failure
            found.append(f"not valid OpenAPI 3.1: {error}".splitlines()[0])
        listed = list(operations(document))
        if len(listed) != general:
            found.append(f"{len(listed)} operations, expected {general}")
        return found
    try:
        validate(document, cls=OpenAPIV31SpecValidator)
    except Exception as error:  # the validator raises several kinds; any of them is a failure
        found.append(f"not valid OpenAPI 3.1: {error}".splitlines()[0])
    if document.get("openapi") != "3.1.0":
        found.append(f"openapi is {document.get('openapi')!r}, expected '3.1.0'")
    listed = list(operations(document))
    if len(listed) != EXPECTED_OPERATIONS:
        found.append(f"{len(listed)} operations, expected {EXPECTED_OPERATIONS}")
    variants = sum(len(operation.get("x-midocs-variants", [None])) for _, _, operation in listed)
    if variants != EXPECTED_VARIANTS:
        found.append(f"{variants} documented operations in x-midocs-variants, expected {EXPECTED_VARIANTS}")
    scheme = document.get("components", {}).get("securitySchemes", {}).get("oauth2", {})
    flows = scheme.get("flows", {})
    if not flows:
        found.append("no oauth2 security scheme with flows")
    for name, flow in sorted(flows.items()):
        if len(flow.get("scopes", {})) != EXPECTED_SCOPES:
            found.append(f"oauth2 flow {name} has {len(flow.get('scopes', {}))} scopes, expected {EXPECTED_SCOPES}")
    return found


def main(site, general=None):
    with open(f"{site}/openapi.json", encoding="utf-8") as handle:
        document = json.load(handle)

    found = problems(document, general)
    for problem in found:
        print(f"openapi.json: {problem}")
    if found:
        return 1

    broken = copy.deepcopy(document)
    _, _, operation = next(operations(broken))
    operation.setdefault("parameters", [{"name": "x", "schema": {"type": "string"}}])[0]["in"] = "cookie jar"
    if not problems(broken, general):
        print("openapi.json: the check accepts a parameter location it should refuse")
        return 1

    listed = list(operations(document))
    if general is not None:
        print(f"openapi.json: valid OpenAPI {document['openapi']} ({len(listed)} operations on "
              f"{len(document['paths'])} paths, {len(document.get('components', {}).get('schemas', {}))} schemas)")
        return 0
    scopes = len(next(iter(document["components"]["securitySchemes"]["oauth2"]["flows"].values()))["scopes"])
    print(f"openapi.json: valid OpenAPI {document['openapi']} ({len(listed)} operations on "
          f"{len(document['paths'])} paths serving {EXPECTED_VARIANTS} documented operations, "
          f"{scopes} oauth2 scopes, {len(document['components']['schemas'])} schemas)")
    return 0


if __name__ == "__main__":
    arguments = sys.argv[1:]
    general = None
    if "--operations" in arguments:
        at = arguments.index("--operations")
        general = int(arguments[at + 1])
        del arguments[at:at + 2]
    sys.exit(main(arguments[0] if arguments else "site", general))
