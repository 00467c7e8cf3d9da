#!/usr/bin/env python3
"""Writes a deterministic corpus of API docs for the benchmark, like the real ones.

Usage: make_corpus.py N OUT_DIR [--seed S] [--defects]

OUT_DIR/content/ gets N pages: an index linking every page, a scope table, an error table,
and N-3 legacy-style operation pages (labels in low headings, parameter tables without
outer pipes, SUCCESS/FAILED examples, field lists, links to other pages' anchors), about
5 KB each. The same N and seed always give the same bytes. The corpus checks clean, so
every tool measured does the whole of its work.

With --defects, every fifth non-blank line of each operation page is given a defect of a
kind midocs reports (a link to a missing page or anchor, an unknown scope or example key,
a row with an extra cell; about one line in eight ends up reported), and the scope table gains a row naming a missing API
path for every fifth page: a docs folder on its first run, for timing `check` when it has
thousands of diagnostics to find, suggest fixes for and print.
"""
import argparse
import os
import random

WORDS = ("account token scope user profile widget ticket bucket object lease grant client "
         "request response signature nonce header query value field record device album "
         "session cursor quota region service photo contact message channel").split()
ERROR_BASE = 31001
ERROR_COUNT = 60
SCOPE_COUNT = 40


def sentence(rng, words=12):
    text = " ".join(rng.choice(WORDS) for _ in range(words))
    return text[0].upper() + text[1:] + "."


def paragraph(rng, sentences=4):
    return " ".join(sentence(rng, rng.randint(8, 16)) for _ in range(sentences))


def page_name(number):
    return f"api-{number:05d}"


def operation_title(page, index):
    return f"{index + 1}. Operation {index + 1} of page {page}"


def operation_anchor(page, index):
    # GitHub's rule: lower case, punctuation dropped, spaces to hyphens.
    return f"{index + 1}-operation-{index + 1}-of-page-{page}"


def operation_path(page, index):
    return f"/v1/p{page}/op{index + 1}"


def operation(rng, page, index, pages):
    scope = (page * 3 + index) % SCOPE_COUNT + 1
    code = ERROR_BASE + (page + index) % ERROR_COUNT
    other = rng.randrange(pages)
    other_index = rng.randrange(2)
    lines = [
        f"### {operation_title(page, index)}",
        f"##### request url: &emsp; `https://api.example.com{operation_path(page, index)}`",
        "##### request method: &emsp; GET",
        f"##### request scope: &emsp; {scope}",
        "##### request params:",
        "",
        "name | required | type | description",
        "---|--- | --- | ---",
        "clientId | yes | long | the app's id",
        "token | yes | string | access token, see [token rules](index.html#token-rules)",
        f"\\_cursor | optional | string | {sentence(rng, 10)}",
        f"limit | optional | int | {sentence(rng, 8)}",
        "",
        paragraph(rng, 3) + f" Related: [{operation_title(other + 3, other_index)[3:]}]"
        f"({page_name(other + 3)}.html#{operation_anchor(other + 3, other_index)}).",
        "",
        "##### response data:",
        "",
        "- __SUCCESS__",
        "",
        "1. __result__: always ok",
        "2. __data__: the payload",
        "3. __code__: zero",
        "",
        "```json",
        "{",
        '  "result": "ok",',
        f'  "data": {{ "id": {rng.randint(1, 10**9)}, "name": "{rng.choice(WORDS)}" }},',
        '  "code": 0',
        "}",
        "```",
        "",
        "- __FAILED__ ([error code list](errors.html#error-table))",
        "",
        "```json",
        f'{{ "result": "error", "description": "{sentence(rng, 6)}", "code": {code} }}',
        "```",
        "",
        paragraph(rng, 4),
        "",
    ]
    return "\n".join(lines)


def operation_page(rng, number, pages):
    parts = [f"## API page {number}", "", paragraph(rng, 5), ""]
    parts += [operation(rng, number, index, pages) for index in range(2)]
    parts += ["#### Notes", "", paragraph(rng, 6), "", paragraph(rng, 6), ""]
    return "\n".join(parts)


def with_defects(text, page):
    """Every fifth non-blank line gets a defect, each kind in turn."""
    lines = text.split("\n")
    counter = 0
    fenced = False
    for number, line in enumerate(lines):
        if line.startswith("```"):
            fenced = not fenced
        if not line.strip() or line.startswith("```") or "---" in line:
            continue
        counter += 1
        if counter % 5:
            continue
        kind = (counter // 5 + page) % 7
        if "request scope:" in line:
            lines[number] = line.rsplit(" ", 1)[0] + " 9" + line.rsplit(" ", 1)[1]
        elif line.startswith("limit |"):
            lines[number] = line.replace("| int |", "| integr |")
        elif "request url:" in line:
            lines[number] = line.replace("request url:", "request utl:")
        elif '"code": 0' in line:
            lines[number] = line.replace('"code": 0', '"cdoe": 0')
        elif '"code": 3' in line:
            lines[number] = line.replace('"code": 3', '"code": 9')
        elif fenced:
            # A key the response does not declare.
            lines[number] = line.replace('"', '"x', 1) if '"' in line else line
        elif line.startswith("#####"):
            lines[number] = line.replace("params:", "prams:").replace("data:", "dta:")
        elif line.startswith("#"):
            continue
        elif "|" in line:
            lines[number] = line + " | extra |"
        elif kind == 0:
            lines[number] = line + f" See [the missing page](api-{page + 90000:05d}.md)."
        elif kind == 1:
            lines[number] = line + f" See [a missing part](#operation-{page}-of-nothing)."
        else:
            lines[number] = line + f" See [page {page}](api-{page:05d}.md#{kind}-opration-{kind}-of-page-{page})."
    return "\n".join(lines)


def write(folder, name, text):
    with open(os.path.join(folder, name), "w", encoding="utf-8", newline="\n") as handle:
        handle.write(text)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("pages", type=int)
    parser.add_argument("out")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--defects", action="store_true")
    arguments = parser.parse_args()
    rng = random.Random(arguments.seed)
    content = os.path.join(arguments.out, "content")
    os.makedirs(content, exist_ok=True)
    operation_pages = max(arguments.pages - 3, 1)

    index = ["# Benchmark corpus", "", paragraph(rng, 3), "", "## Token rules", "", paragraph(rng, 2), "",
             "## Pages", "", "- [Scopes](scopes.md#scope-table)", "- [Errors](errors.md#error-table)"]
    index += [f"- [API page {n}]({page_name(n + 3)}.md)" for n in range(operation_pages)]
    write(content, "index.md", "\n".join(index) + "\n")

    scopes = ["# Scopes", "", "## Scope table", "", "| Scope | Grants access to | API |", "| --- | --- | --- |"]
    for scope in range(1, SCOPE_COUNT + 1):
        users = [(page, index) for page in range(3, operation_pages + 3) for index in range(2)
                 if (page * 3 + index) % SCOPE_COUNT + 1 == scope][:1]
        api = f"`{operation_path(*users[0])}`" if users else "Widget service"
        scopes.append(f"| {scope} | {sentence(rng, 5)} | {api} |")
    if arguments.defects:
        # Rows naming paths no operation has, each a letter off a real one.
        for page in range(3, operation_pages + 3, 5):
            scopes.append(f"| {SCOPE_COUNT + page} | {sentence(rng, 5)} | `/v1/p{page}/op{3}` |")
    write(content, "scopes.md", "\n".join(scopes) + "\n")

    errors = ["# Errors", "", "## Error table", "", "| Code | Name | Description |", "| --- | --- | --- |"]
    errors += [f"| {ERROR_BASE + n} | `E_{n:03d}` | {sentence(rng, 7)} |" for n in range(ERROR_COUNT)]
    write(content, "errors.md", "\n".join(errors) + "\n")

    for number in range(operation_pages):
        text = operation_page(rng, number + 3, operation_pages)
        if arguments.defects:
            text = with_defects(text, number + 3)
        write(content, page_name(number + 3) + ".md", text)


if __name__ == "__main__":
    main()
