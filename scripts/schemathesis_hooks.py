"""Schemathesis hooks for midocs' sandbox check (loaded through SCHEMATHESIS_HOOKS).

openapi.json marks a JSON body that the service writes after a fixed text with
`x-midocs-body-prefix` (Mi Account's token endpoint writes `&&&START&&&` first). A client
removes that text before parsing, as the document says; so does this hook, so that the
schema checks judge the JSON itself. Nothing else in the answer is changed.
"""

import schemathesis
from schemathesis.core import NOT_SET

PREFIX_KEY = "x-midocs-body-prefix"


def documented_prefixes(operation):
    responses = operation.definition.raw.get("responses", {})
    for answer in responses.values():
        for media in (answer.get("content") or {}).values():
            prefix = media.get(PREFIX_KEY)
            if prefix:
                yield prefix.encode("utf-8")


@schemathesis.hook
def after_call(context, case, response):
    for prefix in documented_prefixes(case.operation):
        if response.content.startswith(prefix):
            response.content = response.content[len(prefix):]
            response._deserialized = NOT_SET
            return
