#!/usr/bin/env python3
"""Checks that midocs extracts the same model whatever Markdown style the API docs use.

Usage: check_style_invariance.py MIDOCS CONTENT_DIR [--keep DIR] [--only STYLE]

Every .md page of CONTENT_DIR is rewritten into several styles that real API docs use
(other files, site.yml included, are copied unchanged). `MIDOCS spec --content COPY` runs
on the original and on each copy, and the two models are compared after dropping what a
style may legitimately change:
  - the "pages" section (headings, links, page text);
  - every "location", "range" and "verdictRange" (lines and columns move);
  - the "markdown" text of descriptions and summaries ("plain" is still compared).
Everything else is compared: operations (id, anchor, title, page, method, url, summary,
discriminator, scopes, cited error codes, parameters, responses with outcome, delivery,
bodyPrefix, fields and examples), the scope and error-code tables, signatureExamples and
redirectURIExamples. Styles keep heading text, so operation ids and anchors must not move.
payload-fields compares less; its docstring says what.

A style fails if its copy's model differs, if midocs exits otherwise than on the original
(a copy that only adds errors fails too), if the copy has no operations, or if the rewrite
left a file it should change untouched (a rewriter that does nothing must fail). With
--keep DIR, the copies and every spec.json (original.spec.json, STYLE.spec.json) stay in DIR.
Hidden styles for checking this script itself: `--only identity` (an unchanged copy,
must PASS) and `--only broken` (one parameter row deleted, must FAIL).
"""
import argparse
import json
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

OP_LINE = re.compile(r"^`(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS) (https?://[^/`\s]+)(/[^`\s]*)?`\s*$")
FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
MAX_DIFFS = 15


# ---- Markdown helpers: fenced code is kept verbatim, tables are parsed into cells ----

def split_blocks(text):
    """Splits a page into ('fence', lines), ('table', lines) and ('line', line) blocks."""
    lines, blocks, i = text.split("\n"), [], 0
    while i < len(lines):
        opening, j = FENCE.match(lines[i]), i + 1
        if opening:
            marker = opening.group(1)
            closing = re.compile(r"^ {0,3}" + re.escape(marker[0]) + "{%d,}\\s*$" % len(marker))
            while j < len(lines) and not closing.match(lines[j]):
                j += 1
            blocks.append(("fence", lines[i:j + 1]))
            j += 1
        elif lines[i].startswith("|"):
            while j < len(lines) and lines[j].startswith("|"):
                j += 1
            blocks.append(("table", lines[i:j]))
        else:
            blocks.append(("line", lines[i]))
        i = j
    return blocks


def cells(row):
    return [cell.strip() for cell in row.strip().strip("|").split("|")]


def render_table(header, rows):
    line = lambda values: "| " + " | ".join(values) + " |"
    return [line(header), line(["---"] * len(header))] + [line(row) for row in rows]


def table_kind(header):
    """Names the midocs tables by their original header; other tables get None."""
    known = {("Code", "Name", "Description"): "errors", ("Scope", "Grants access to", "API"): "scopes"}
    return ("params" if header[:2] == ["Name", "In"] else "fields" if header[:1] == ["Field"]
            else known.get(tuple(header)))


def transform(text, op=None, table=None, line=None):
    """Rewrites a page outside fenced code. Hooks return replacement lines, or None to keep:
    op(method, origin, path) for the `METHOD URL` paragraph of an operation,
    table(kind, header, rows, method) returning (header, rows), line(text) for other lines."""
    out, method = [], None
    for kind, body in split_blocks(text):
        if kind == "fence":
            out += body
        elif kind == "table":
            new = table(table_kind(cells(body[0])), cells(body[0]),
                        [cells(row) for row in body[2:]], method) if table else None
            out += body if new is None else render_table(*new)
        else:
            match = OP_LINE.match(body)
            if match or body.startswith("## "):
                method = match.group(1) if match else None
            if match:
                new = op(match.group(1), match.group(2), match.group(3) or "/") if op else None
            else:
                new = line(body) if line else None
            out += [body] if new is None else new
    return "\n".join(out)


def map_column(rows, index, mapping):
    return [[mapping.get(c, c) if i == index else c for i, c in enumerate(row)] for row in rows]


# ---- Styles: each takes a page's text and a context shared by the pages of one copy ----

def style_identity(text, ctx):
    """No change at all: the comparison of a copy with itself must pass."""
    return text


def style_broken(text, ctx):
    """Deletes the first parameter row of the first parameter table: must fail."""
    def table(kind, header, rows, method):
        if kind != "params" or ctx.get("broken"):
            return None
        ctx["broken"] = True
        return header, rows[1:]
    return transform(text, table=table)


ZH_HEADERS = {
    "params": {"Name": "参数名", "In": "位置", "Type": "类型", "Required": "是否必填", "Description": "说明"},
    "fields": {"Field": "字段", "Type": "类型", "Required": "是否必填", "Description": "说明"},
    "errors": {"Code": "错误码", "Name": "名称", "Description": "说明"},
    "scopes": {"Scope": "权限", "Grants access to": "授权内容", "API": "接口"},
}


def style_chinese_labels(text, ctx):
    """Docs written for Chinese developers (Xiaomi, WeChat, Alipay open platforms): table
    headers in Chinese, 是/否 for required, 请求参数/成功/失败 section headings (the delivery
    words after the colon stay English), and the request given as two labelled paragraphs,
    请求方式：GET and 请求地址：https://..."""
    def op(method, origin, path):
        return [f"请求方式：{method}", "", f"请求地址：{origin}{path}"]

    def table(kind, header, rows, method):
        if kind not in ZH_HEADERS:
            return None
        if "Required" in header:
            rows = map_column(rows, header.index("Required"), {"yes": "是", "no": "否"})
        return [ZH_HEADERS[kind].get(c, c) for c in header], rows

    def line(body):
        if body.strip() == "### Parameters":
            return ["### 请求参数"]
        heading = re.match(r"^### (Success|Failure):(.*)$", body)
        if heading:
            return ["### " + {"Success": "成功", "Failure": "失败"}[heading.group(1)] + ":" + heading.group(2)]
        return None
    return transform(text, op, table, line)


def style_fenced_relative(text, ctx):
    """Docs that show the request line as in an HTTP message, `GET /path` in a fenced block
    (```http, or a bare fence on every other operation), with the host stated once per page
    as `Base URL: https://host` under the title."""
    origins = set()
    transform(text, op=lambda method, origin, path: origins.add(origin))
    single = len(origins) == 1

    def op(method, origin, path):
        ctx["ops"] = ctx.get("ops", 0) + 1
        fence = "```http" if ctx["ops"] % 2 else "```"
        return [fence, f"{method} {path if single else origin + path}", "```"]
    text = transform(text, op=op)
    if single:
        lines = text.split("\n")
        title = next((i for i, l in enumerate(lines) if l.startswith("# ")), None)
        if title is not None:
            lines[title + 1:title + 1] = ["", f"Base URL: {origins.pop()}"]
        text = "\n".join(lines)
    return text


def style_bullet_labels(text, ctx):
    """Docs (many GitHub-hosted REST API READMEs) that list the endpoint as bullets with bold
    labels: `* **URL** : https://...` then `* **Method** : GET`."""
    return transform(text, op=lambda method, origin, path: [
        f"* **URL** : {origin}{path}", f"* **Method** : {method}"])


def style_kv_table(text, ctx):
    """Docs that put the endpoint in a small two-column key/value table above the parameters."""
    return transform(text, op=lambda method, origin, path: render_table(
        ["Item", "Value"], [["URL", origin + path], ["Method", method]]))


def style_bold_headers(text, ctx):
    """Docs exported from wikis and word processors: every table header cell in bold, and the
    parameter section introduced by a bold paragraph `**Parameters**` instead of a heading."""
    def table(kind, header, rows, method):
        return [f"**{c}**" if c else c for c in header], rows
    line = lambda body: ["**Parameters**"] if body.strip() == "### Parameters" else None
    return transform(text, table=table, line=line)


def style_code_headers(text, ctx):
    """Docs generated from code: header cells in backticks, `true`/`false` for required,
    and no In column for a GET whose parameters are all in the query (it is implied)."""
    def table(kind, header, rows, method):
        if kind in ("params", "fields"):
            rows = map_column(rows, header.index("Required"), {"yes": "true", "no": "false"})
        if kind == "params" and method == "GET" and all(r[1] == "query" for r in rows):
            header, rows = header[:1] + header[2:], [r[:1] + r[2:] for r in rows]
        return [f"`{c}`" if c else c for c in header], rows
    return transform(text, table=table)


def style_payload_fields(text, ctx):
    """Docs whose responses wrap the payload in an envelope ({result, code, data}) and whose
    field table describes only the fields of `data`, unprefixed, leaving the envelope to the
    example. Field tables with `data.` rows keep only those rows, without the prefix.
    Compared for these responses: the names of the top-level fields (the copy can only get
    them from the JSON example), and the whole of data's fields (name, type, required, plain
    description, nested fields); the top-level rows' types, required flags and descriptions,
    and data's own row, are gone from the copy and not compared."""
    def table(kind, header, rows, method):
        prefixed = re.compile(r"^`data\.(.+)`$")
        if kind != "fields" or not any(prefixed.match(r[0]) for r in rows):
            return None
        return header, [[f"`{prefixed.match(r[0]).group(1)}`"] + r[1:] for r in rows if prefixed.match(r[0])]
    return transform(text, table=table)


def style_h4_labels(text, ctx):
    """Docs from Chinese doc platforms (yuque, ShowDoc-like templates): level-4 label headings.
    Operations alternate between `#### 请求URL:` + the URL as a code span + `#### 请求方式:` + the
    method, and `#### HTTP请求` + a plain paragraph `GET https://...`."""
    def op(method, origin, path):
        ctx["ops"] = ctx.get("ops", 0) + 1
        if ctx["ops"] % 2:
            return ["#### 请求URL:", "", f"`{origin}{path}`", "", "#### 请求方式:", "", method]
        return ["#### HTTP请求", "", f"{method} {origin}{path}"]
    return transform(text, op=op)


def style_fullwidth_labels(text, ctx):
    """Docs typed in a Chinese editor: bold labels ending in a full-width colon, the value set
    off by `&emsp;`, the URL in a code span padded with spaces."""
    return transform(text, op=lambda method, origin, path: [
        f"**请求方式：**&emsp;{method}", "", f"**请求URL：**&emsp;` {origin}{path} `"])


def named(*functions):
    return {f.__name__[len("style_"):].replace("_", "-"): f for f in functions}


STYLES = named(style_chinese_labels, style_fenced_relative, style_bullet_labels, style_kv_table,
               style_bold_headers, style_code_headers, style_payload_fields, style_h4_labels,
               style_fullwidth_labels)
HIDDEN = named(style_identity, style_broken)


# ---- Running midocs and comparing models ----

def run_spec(midocs, content):
    """Returns (model or None, exit status, diagnostics): midocs prints the model even when
    it reports errors, so the model is compared whatever the exit status."""
    result = subprocess.run([midocs, "spec", "--content", str(content)],
                            capture_output=True, text=True, timeout=600)
    lines = result.stderr.splitlines()
    headed = [l for l in lines if re.match(r"^\S.*:\d+:\d+: (error|warning|note):", l)]
    diagnostics = headed[:3] + [l for l in lines[-1:] if l not in headed]
    try:
        return json.loads(result.stdout), result.returncode, diagnostics
    except json.JSONDecodeError as error:
        return None, result.returncode, diagnostics + [f"stdout is not JSON: {error}"]


DROPPED_KEYS = {"location", "range", "verdictRange", "markdown"}


def comparable(value, top=True):
    """The model without "pages" and without the keys in DROPPED_KEYS, at any depth."""
    if isinstance(value, dict):
        return {k: comparable(v, False) for k, v in value.items()
                if k not in DROPPED_KEYS and not (top and k == "pages")}
    return [comparable(v, False) for v in value] if isinstance(value, list) else value


def payload_targets(model):
    """(operation id, response index) of responses that have a `data` object with fields."""
    return {(op.get("id"), i) for op in model.get("operations", [])
            for i, response in enumerate(op.get("responses", []))
            if any(f.get("name") == "data" and f.get("fields") for f in response.get("fields", []))}


def project_payload(model, targets):
    for op in model.get("operations", []):
        for i, response in enumerate(op.get("responses", [])):
            if (op.get("id"), i) in targets:
                response["fields"] = [{"name": "data", "fields": f.get("fields")} if f.get("name") == "data"
                                      else {"name": f.get("name")} for f in response.get("fields", [])]
    return model


def dump(path, spec):
    path.write_text(json.dumps(spec, indent=1, ensure_ascii=False), encoding="utf-8")


ABSENT = object()


def short(value):
    if value is ABSENT:
        return "(absent)"
    text = json.dumps(value, ensure_ascii=False, sort_keys=True)
    return text if len(text) <= 90 else text[:87] + "..."


def list_key(original, copy):
    """The key that names a list's items (operations by id, fields by name, ...), if any."""
    unique = lambda items: len({str(e[key]) for e in items}) == len(items)
    for key in ("id", "name", "code"):
        if original and all(isinstance(e, dict) and key in e for e in original + copy) \
                and unique(original) and unique(copy):
            return key
    return None


def diff(original, copy, path, out):
    """Appends one line per difference to out: `path: original value != copy value`."""
    if isinstance(original, dict) and isinstance(copy, dict):
        for k in sorted(set(original) | set(copy)):
            diff(original.get(k, ABSENT), copy.get(k, ABSENT), f"{path}.{k}" if path else k, out)
    elif isinstance(original, list) and isinstance(copy, list):
        key = list_key(original, copy)
        if key:
            return diff_keyed(original, copy, key, path, out)
        if len(original) != len(copy):
            out.append(f"{path}: {len(original)} items != {len(copy)} items")
        for i, (a, b) in enumerate(zip(original, copy)):
            diff(a, b, f"{path}[{i}]", out)
    elif original != copy:
        out.append(f"{path}: {short(original)} != {short(copy)}")


def diff_keyed(original, copy, key, path, out):
    a, b = {str(e[key]): e for e in original}, {str(e[key]): e for e in copy}
    missing, extra = [n for n in a if n not in b], [n for n in b if n not in a]
    for label, names in (("missing in copy", missing), ("only in copy", extra)):
        if names:
            out.append(f"{path}: {key}s {label}: {short(names)}")
    if [n for n in a if n in b] != [n for n in b if n in a]:
        out.append(f"{path}: {key}s in another order: {short(list(a))} != {short(list(b))}")
    pairs = [(n, n) for n in a if n in b]
    if len(missing) == len(extra):  # renamed items are paired in order, to show what else changed
        pairs += zip(missing, extra)
    for m, n in pairs:
        diff(a[m], b[n], f"{path}[{m if m == n else m + ' / ' + n}]", out)


def write_copy(style, content, target, operation_files):
    """Copies content into target with every .md page rewritten; returns the files the style
    should have changed but did not: those with operations (for payload-fields, those with
    `data.` field rows). The hidden self-checks are exempt."""
    shutil.copytree(content, target)
    function, ctx, untouched = {**STYLES, **HIDDEN}[style], {}, []
    for page in sorted(content.rglob("*.md")):
        relative, text = page.relative_to(content).as_posix(), page.read_text(encoding="utf-8")
        rewritten = function(text, ctx)
        (target / relative).write_text(rewritten, encoding="utf-8")
        needed = "| `data." in text if style == "payload-fields" else relative in operation_files
        if rewritten == text and needed and style not in HIDDEN:
            untouched.append(relative)
    return untouched


def check_style(style, midocs, content, work, original_spec, original_status, original_model):
    """Returns (passed, report lines)."""
    copy_dir = work / style
    if copy_dir.exists():
        shutil.rmtree(copy_dir)
    operation_files = {op["location"]["file"] for op in original_spec["operations"]}
    untouched = write_copy(style, content, copy_dir, operation_files)
    if untouched:
        return False, [f"the rewrite changed nothing in {', '.join(untouched)}"]
    spec, status, diagnostics = run_spec(midocs, copy_dir)
    notes = []
    if status != original_status or spec is None:
        notes = [f"midocs exit status {status} (original {original_status}); first diagnostics:"]
        notes += [f"  {d.replace(str(copy_dir) + '/', '')}" for d in diagnostics]
    if spec is None:
        return False, ["midocs spec printed no model for the copy"] + notes
    dump(work / f"{style}.spec.json", spec)
    if not spec.get("operations"):
        return False, ["the copy's model has no operations"] + notes
    expected, actual = original_model, comparable(spec)
    if style == "payload-fields":
        targets = payload_targets(original_model)
        expected = project_payload(json.loads(json.dumps(original_model)), targets)
        actual = project_payload(actual, targets)
    differences = []
    diff(expected, actual, "", differences)
    if not differences:
        return not notes, notes
    more = [f"... and {len(differences) - MAX_DIFFS} more"] if len(differences) > MAX_DIFFS else []
    return False, [f"{len(differences)} differences (original != copy):"] + differences[:MAX_DIFFS] + more + notes


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("midocs")
    parser.add_argument("content", type=Path)
    parser.add_argument("--keep", type=Path, help="write the copies and their spec.json here and keep them")
    parser.add_argument("--only", choices=sorted({**STYLES, **HIDDEN}), help=argparse.SUPPRESS)
    args = parser.parse_args()
    content = args.content.resolve()

    original_spec, original_status, diagnostics = run_spec(args.midocs, content)
    if original_spec is None:
        print("midocs spec printed no model for the original content:", *diagnostics, sep="\n  ")
        return 1
    if not original_spec.get("operations"):
        print("the original content has no operations; nothing to compare")
        return 1
    original_model = comparable(original_spec)
    work = args.keep.resolve() if args.keep else Path(tempfile.mkdtemp(prefix="midocs-styles-"))
    work.mkdir(parents=True, exist_ok=True)
    dump(work / "original.spec.json", original_spec)
    failed = []
    try:
        for style in [args.only] if args.only else STYLES:
            passed, report = check_style(style, args.midocs, content, work, original_spec,
                                          original_status, original_model)
            print(f"{style}: {'PASS' if passed else 'FAIL'}", *report, sep="\n  ")
            failed += [] if passed else [style]
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    total = 1 if args.only else len(STYLES)
    print(f"{total - len(failed)} of {total} styles give the same model"
          + (f"; failed: {', '.join(failed)}" if failed else ""))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
