#!/usr/bin/env python3
"""What midocs reads of real docs it did not write: the corpora of corpus_manifest.json.

Usage: measure_corpus.py CORPORA_DIR MIDOCS [BASELINE_MIDOCS] [--profile mi-account]
       measure_corpus.py --corpora CORPORA_DIR [--manifest FILE] [--truth FILE ...] [--json OUT] MIDOCS [MIDOCS ...]

CORPORA_DIR holds each repository of the manifest as OWNER+NAME/ (fetched by its commit;
never committed). For each, runs `midocs spec` on its docs folder as it is, and on a copy
with every Markdown file moved to the top (a/b.md -> a__b.md), so that what extraction
reads shows even where subfolders are not yet pages. Prints one row per corpus and binary:
pages, operations, operations with method and URL, error codes, errors and warnings
printed. With --profile, the copy gets a site.yml naming that profile.

With --truth (repeatable; corpus_truth.json, heldout_truth.json), each binary is also scored
against the hand-checked sample of endpoints: midocs runs once per repository on the
flattened copy, and a truth endpoint is read right when an operation on its page (slug
a__b, or a/b) has the same method and the same path (scheme, host, query string and a
trailing slash dropped; {x}, :x and <x> all count as one placeholder; the truth's
pathAlternatives and methodAlternatives are accepted too). For endpoints read
right, a truth parameter is read right when an operation parameter has its name, its "in"
and its "required" (a truth null matches an absent or null required); name-only and
name+in rates are printed too (a truth parameter's inAlternatives are accepted for "in"). Invented: operations whose title is one of the repository's
nonEndpointHeadings on that page, or, on sampled pages, starts with Example, Response,
Request, 示例, 返回 and the like. Each midocs run has 300 s; a crash or a timeout is
reported in the table. --json writes the figures; --details adds each truth endpoint's
outcome to it (that names the sampled endpoints: keep it away from held-out readers).
"""
import argparse
import json
import os
import re
import shutil
import subprocess
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
TIMEOUT = 300
# The first segment of a URL written without a scheme is a host when it looks like one:
# a {placeholder}, <placeholder> or ${placeholder}, an upper-case placeholder word,
# localhost or a dotted name (with or without a port) that does not end like a file name.
HOST_LIKE = re.compile(r"^(\$?\{[^{}]*\}|<[^<>]*>|[A-Z][A-Z0-9_]*|localhost(:\d+)?|[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+(:\d+)?)$")
FILE_LIKE = re.compile(r"\.(php|html?|json|xml|md|aspx?|jsp|cgi|do|action)$", re.IGNORECASE)
NOT_AN_ENDPOINT = re.compile(
    # 返回 and 响应 start labels (返回示例, 响应参数) but also verb titles ("返回作业的详细信息",
    # returns the job's details): only the labels count.
    r"^(example|examples|response|responses|request|sample|示例|请求示例"
    r"|(返回|响应)($|示例|结果|参数|值|字段|数据|说明|格式|内容|码|报文|样例|体))(?![A-Za-z0-9_])",
    re.IGNORECASE)


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


def run_spec(midocs, folder):
    """(spec or None, status): status is "ok", "timeout", "crash (exit N)" or "no JSON (exit N)"."""
    try:
        run = subprocess.run([midocs, "spec", "--content", folder], capture_output=True, text=True,
                             check=False, timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        return None, f"timeout ({TIMEOUT} s)", ""
    except OSError as error:
        return None, f"not run ({error.strerror})", ""
    try:
        spec = json.loads(run.stdout)
    except ValueError:
        kind = "crash" if run.returncode < 0 or run.returncode > 1 else "no JSON"
        return None, f"{kind} (exit {run.returncode})", run.stderr
    if not isinstance(spec, dict):
        return None, f"no JSON object (exit {run.returncode})", run.stderr
    return spec, "ok", run.stderr


def measure(midocs, folder):
    spec, status, stderr = run_spec(midocs, folder)
    lines = stderr.strip().splitlines()
    last = lines[-1] if lines else ""
    count = lambda word: int(m.group(1)) if (m := re.search(rf"(\d+) {word}", last)) else 0
    if spec is None:
        return None if status.startswith(("crash", "no JSON")) else status
    operations = spec.get("operations", [])
    return (len(spec.get("pages", [])), len(operations), sum(1 for o in operations if o.get("method") and o.get("url")),
            len(spec.get("errorCodes", [])), count("error"), count("warning"))


# Scoring against a truth file.

def normalized_path(value):
    """The path of a URL or path for comparison; None when there is none."""
    if isinstance(value, dict):
        value = value.get("path")
    if not isinstance(value, str) or not value.strip():
        return None
    path = re.sub(r"\s+", "", value)
    path = re.sub(r"^[^/]*://[^/]*", "", path)  # scheme (whatever precedes ://) and host
    path = re.sub(r"^[A-Z][A-Z0-9_]*(?=[<{$])", "/", path)  # an upper-case base-URL placeholder glued to a path placeholder
    if path and not path.startswith("/"):
        first = path.split("/", 1)[0]
        if "/" in path and HOST_LIKE.match(first) and not FILE_LIKE.search(first):
            path = path[len(first):]  # a host without a scheme, or a placeholder host
        else:
            path = "/" + path  # a relative path written without its leading slash
    path = re.split(r"[?#]", path, maxsplit=1)[0]
    path = re.sub(r"\$?\{[^{}/]*\}", "{}", path)
    path = re.sub(r"<[^<>/]*>", "{}", path)
    path = re.sub(r"(?<=/):[A-Za-z_][A-Za-z0-9_.-]*", "{}", path)
    path = re.sub(r"/+", "/", path)
    if len(path) > 1:
        path = path.rstrip("/")
    return path or "/"


def operation_path(operation):
    for key in ("path", "url"):
        path = normalized_path(operation.get(key))
        if path:
            return path
    return None


def page_key(page):
    return page.strip().lower().replace(" ", "-") if isinstance(page, str) else None


def operation_page(operation):
    """The page key of the file the operation is in (a README.md is page "index", but the
    truth names the file); the page slug when the location is missing."""
    location = operation.get("location") or {}
    file = location.get("file")
    if file:
        return page_key(re.sub(r"\.md$", "", file.replace("/", "__"), flags=re.IGNORECASE))
    return page_key(operation.get("page"))


def truth_pages(file):
    slug = re.sub(r"\.md$", "", file, flags=re.IGNORECASE)
    return {page_key(slug.replace("/", "__")), page_key(slug)}


def title_key(text):
    if not isinstance(text, str):
        return ""
    text = re.sub(r"<[^>]+>", "", text)
    text = re.sub(r"\{#[^}]*\}\s*$", "", text.strip())
    text = re.sub(r"^(\(?\d+(\.\d+)*[.)、:：]?|[一二三四五六七八九十]+[、.．])\s*", "", text.strip())
    return text.strip().rstrip(":：").strip().casefold()


def parameter_scores(truth_parameters, operation_parameters):
    name = name_in = full = 0
    for truth in truth_parameters:
        same_name = [p for p in operation_parameters if isinstance(p, dict) and p.get("name") == truth["name"]]
        places = {truth["in"], *truth.get("inAlternatives", [])}
        same_in = [p for p in same_name if p.get("in") in places]
        name += bool(same_name)
        name_in += bool(same_in)
        full += any(p.get("required") == truth.get("required") or (truth.get("required") is None and p.get("required") is None)
                    for p in same_in)
    return name, name_in, full


def score_repository(spec, repository):
    operations = [o for o in spec.get("operations", []) if isinstance(o, dict)]
    endpoints = repository["endpoints"]
    result = {"endpoints": len(endpoints), "read": 0, "parameters": 0, "parametersOfRead": 0,
              "nameRight": 0, "nameInRight": 0, "right": 0, "invented": 0, "operations": len(operations),
              "operationsOnSampledPages": 0, "details": []}
    for endpoint in endpoints:
        pages = truth_pages(endpoint["file"])
        methods = {m.upper() for m in [endpoint["method"], *endpoint.get("methodAlternatives", [])]}
        paths = {normalized_path(p) for p in [endpoint["path"], *endpoint.get("pathAlternatives", [])]}
        candidates = [o for o in operations if operation_page(o) in pages
                      and str(o.get("method") or "").upper() in methods and operation_path(o) in paths]
        parameters = endpoint.get("parameters", [])
        result["parameters"] += len(parameters)
        outcome = {"file": endpoint["file"], "method": endpoint["method"], "path": endpoint["path"], "read": bool(candidates)}
        if candidates:
            best = max((parameter_scores(parameters, o.get("parameters") or []) for o in candidates), key=lambda s: (s[2], s[1], s[0]))
            result["read"] += 1
            result["parametersOfRead"] += len(parameters)
            result["nameRight"] += best[0]
            result["nameInRight"] += best[1]
            result["right"] += best[2]
            outcome["parameters"] = {"truth": len(parameters), "name": best[0], "nameIn": best[1], "right": best[2]}
        result["details"].append(outcome)
    sampled = set().union(*(truth_pages(e["file"]) for e in endpoints)) if endpoints else set()
    headings = {}
    for heading in repository.get("nonEndpointHeadings", []):
        for page in truth_pages(heading["file"]):
            headings.setdefault(page, set()).add(title_key(heading["heading"]))
    invented = []
    for operation in operations:
        page = operation_page(operation)
        title = title_key(operation.get("title"))
        on_sampled = page in sampled
        result["operationsOnSampledPages"] += on_sampled
        if title and (title in headings.get(page, ()) or (on_sampled and NOT_AN_ENDPOINT.match(title))):
            invented.append({"page": operation.get("page"), "title": operation.get("title")})
    result["invented"] = len(invented)
    result["inventedOperations"] = invented
    return result


def load_truth(files):
    repositories = []
    for file in files:
        with open(file) as handle:
            truth = json.load(handle)
        for repository in truth["repos"] if isinstance(truth, dict) else truth:
            repositories.append(dict(repository, truthFile=os.path.basename(file)))
    return repositories


def percent(part, whole):
    return f"{100 * part / whole:.0f}% ({part}/{whole})" if whole else "- (0/0)"


def score(arguments, corpora, manifest):
    by_repo = {corpus["repo"]: corpus for corpus in manifest}
    repositories = load_truth(arguments.truth)
    report = []
    for midocs in arguments.midocs:
        print(f"\n### {os.path.basename(midocs)} against {', '.join(os.path.basename(t) for t in arguments.truth)}\n")
        print("| repository | status | endpoints read right (method+path) | parameters: name | name+in | name+in+required | invented | operations (on sampled pages) |")
        print("| --- | --- | --- | --- | --- | --- | --- | --- |")
        rows = []
        for repository in repositories:
            docs = repository.get("docsPath") or by_repo.get(repository["repo"], {}).get("docsPath", ".")
            root = os.path.join(corpora, repository["repo"].replace("/", "+"), docs)
            row = {"repo": repository["repo"], "truthFile": repository["truthFile"], "endpoints": len(repository["endpoints"]),
                   "parameters": sum(len(e.get("parameters", [])) for e in repository["endpoints"])}
            if not os.path.isdir(root):
                row["status"] = "not fetched"
            else:
                flat = flattened(root, arguments.profile)
                try:
                    spec, status, _ = run_spec(midocs, flat)
                finally:
                    shutil.rmtree(flat, ignore_errors=True)
                row["status"] = status
                if spec is not None:
                    row.update(score_repository(spec, repository))
            if row["status"] != "ok":
                row.update(read=0, parametersOfRead=0, nameRight=0, nameInRight=0, right=0, invented=0, operations=0,
                           operationsOnSampledPages=0, details=[], inventedOperations=[])
            rows.append(row)
            print(f"| {row['repo']} | {row['status']} | {percent(row['read'], row['endpoints'])} "
                  f"| {percent(row['nameRight'], row['parametersOfRead'])} | {percent(row['nameInRight'], row['parametersOfRead'])} "
                  f"| {percent(row['right'], row['parametersOfRead'])} | {row['invented']} "
                  f"| {row['operations']} ({row['operationsOnSampledPages']}) |")
        total = {key: sum(row[key] for row in rows) for key in
                 ("endpoints", "read", "parameters", "parametersOfRead", "nameRight", "nameInRight", "right", "invented",
                  "operations", "operationsOnSampledPages")}
        total["failedRuns"] = sum(row["status"] != "ok" for row in rows)
        print(f"| **total** | {len(rows) - total['failedRuns']}/{len(rows)} ran | {percent(total['read'], total['endpoints'])} "
              f"| {percent(total['nameRight'], total['parametersOfRead'])} | {percent(total['nameInRight'], total['parametersOfRead'])} "
              f"| {percent(total['right'], total['parametersOfRead'])} | {total['invented']} "
              f"| {total['operations']} ({total['operationsOnSampledPages']}) |")
        print(f"\nParameters read right over all truth parameters (unread endpoints count as misses): "
              f"{percent(total['right'], total['parameters'])}")
        for row in rows:
            if not arguments.details:
                row.pop("details", None)
                row.pop("inventedOperations", None)
        report.append({"binary": midocs, "truth": arguments.truth, "repos": rows, "total": total})
    return report


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("paths", nargs="+", metavar="[CORPORA_DIR] MIDOCS",
                        help="the corpora folder (unless --corpora is given), then one or more midocs binaries")
    parser.add_argument("--corpora", help="folder holding OWNER+NAME/ for each repository")
    parser.add_argument("--manifest", default=os.path.join(HERE, "corpus_manifest.json"))
    parser.add_argument("--truth", action="append", default=[], help="truth file to score against (repeatable)")
    parser.add_argument("--json", help="write the figures to this file")
    parser.add_argument("--details", action="store_true", help="with --json: each truth endpoint's outcome too")
    parser.add_argument("--no-summary", action="store_true", help="skip the pages/operations table")
    parser.add_argument("--profile")
    arguments = parser.parse_args()
    if arguments.corpora:
        corpora, arguments.midocs = arguments.corpora, arguments.paths
    elif len(arguments.paths) >= 2:
        corpora, arguments.midocs = arguments.paths[0], arguments.paths[1:]
    else:
        parser.error("give the corpora folder (positionally or with --corpora) and at least one midocs binary")
    with open(arguments.manifest) as manifest:
        corpora_list = json.load(manifest)
    if not arguments.no_summary:
        print("| repository | binary | as is: pages, ops, ops with method+URL, error codes, errors, warnings | flattened: same |")
        print("| --- | --- | --- | --- |")
        for corpus in corpora_list:
            root = os.path.join(corpora, corpus["repo"].replace("/", "+"), corpus["docsPath"])
            if not os.path.isdir(root):
                print(f"| {corpus['repo']} | - | not fetched | |")
                continue
            flat = flattened(root, arguments.profile)
            try:
                for midocs in arguments.midocs:
                    print(f"| {corpus['repo']} | {os.path.basename(midocs)} | {measure(midocs, root)} | {measure(midocs, flat)} |")
            finally:
                shutil.rmtree(flat, ignore_errors=True)
    report = score(arguments, corpora, corpora_list) if arguments.truth else []
    if arguments.json:
        with open(arguments.json, "w") as out:
            json.dump(report, out, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
