#!/usr/bin/env python3
"""Checks the docs for AI agents: llms.txt and the Markdown twins of a built site, and
`midocs mcp` driven by the official MCP Python client (PyPI `mcp`) over stdio.

1. llms.txt has the llms.txt proposal's structure (llmstxt.org): one H1, a blockquote,
   then H2 sections of `- [Title](url): description` lines, an `## Optional` section last;
   every link resolves to a file of the site. Every page has its twin (`PAGE.html.md`),
   llms.txt lists every twin, llms-full.txt holds every twin, every site link in a twin
   resolves (anchors included), and every operation's method and URL are in its twin.
2. `midocs mcp --content CONTENT`: initialize; list tools (their JSON Schemas valid) and
   resources (each twin the site's bytes); call every tool with good arguments, checked
   against spec.json (sign_request against every worked example of the MAC page, read from
   spec.json's signatureExamples; check_redirect_uri against redirectURIExamples), and with
   bad arguments (unknown tool, wrong types, missing or unknown arguments, huge strings),
   which must be JSON-RPC errors; the client validates every structured answer against the
   tool's output schema.
3. Malformed JSON-RPC written as raw lines (not JSON, not an object, invalid UTF-8, deep
   nesting, a 5 MiB line, bad ids and params) gets JSON-RPC errors with a null id where no id
   can be read, standard output carries JSON-RPC messages alone, the server answers a ping
   after all of it and exits when its input ends.
4. A copy of the content is edited under a running server: it reloads, lists the new error
   in list_diagnostics, tells the client the resources changed, and still serves the docs.

Every step is bounded in time; the durations are printed.

Usage: check_mcp.py MIDOCS SITE_DIR [--content DIR]
"""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import select

import anyio
import jsonschema
from mcp import ClientSession, StdioServerParameters, types
from mcp.client.stdio import stdio_client
from mcp.shared.exceptions import MCPError

STEP_SECONDS = 30
INVALID_PARAMS = -32602
GENERAL_TOOLS = {"search_docs", "list_operations", "get_operation", "get_scope", "get_error_code", "list_diagnostics"}
MI_ACCOUNT_TOOLS = {"sign_request", "check_redirect_uri"}
RESOURCE_PREFIX = "midocs://site/"
LINK = re.compile(r"\]\((<[^>]+>|[^)\s]+)")


def fail(message):
    sys.exit(f"check_mcp: {message}")


def base_url(content):
    text = (Path(content) / "site.yml").read_text(encoding="utf-8") if (Path(content) / "site.yml").exists() else ""
    match = re.search(r"^baseURL:\s*(\S+)\s*$", text, re.MULTILINE)
    base = match.group(1) if match else ""
    return base if not base or base.endswith("/") else base + "/"


def site_path(url, base, linking_file=""):
    """The site file a link names, relative to the site's top, with its anchor; None off the site."""
    url = url.strip("<>")
    if base and url.startswith(base):
        url = url[len(base):]
    elif re.match(r"^[a-z][a-z0-9+.-]*:", url) or url.startswith("//"):
        return None
    else:
        url = os.path.normpath(os.path.join(os.path.dirname(linking_file), url.split("#")[0])) + (
            "#" + url.split("#", 1)[1] if "#" in url else "")
    path, _, anchor = url.partition("#")
    return path, anchor


# 1. llms.txt and the twins

def check_llms_text(site, spec, base):
    text = (site / "llms.txt").read_text(encoding="utf-8")
    lines = text.split("\n")
    if not lines[0].startswith("# ") or lines[0] != "# " + spec["title"]:
        fail(f"llms.txt does not start with the H1 '# {spec['title']}': {lines[0]!r}")
    if sum(1 for line in lines if line.startswith("# ")) != 1:
        fail("llms.txt has more than one H1")
    body = [line for line in lines[1:] if line.strip()]
    if not body or not body[0].startswith("> "):
        fail("llms.txt has no blockquote summary after its H1")
    sections = [line[3:] for line in lines if line.startswith("## ")]
    if not sections or sections[-1] != "Optional":
        fail(f"llms.txt's last H2 section is not 'Optional': {sections}")
    first_section = next(index for index, line in enumerate(lines) if line.startswith("## "))
    if any(line.startswith("#") and not line.startswith("## ") for line in lines[first_section:]):
        fail("llms.txt has a heading other than H2 among its sections")
    entry = re.compile(r"^- \[([^\]]+)\]\((\S+)\)(: .+)?$")
    listed = []
    for line in lines[first_section:]:
        if not line.strip() or line.startswith("## "):
            continue
        match = entry.match(line)
        if not match:
            fail(f"llms.txt: a section line is not '- [Title](url): description': {line!r}")
        listed.append(match.group(2))
    links = [match.strip("<>") for match in LINK.findall(text)]
    for link in links:
        target = site_path(link, base)
        if target is None or not (site / target[0]).is_file():
            fail(f"llms.txt links to {link}, which is no file of the site")
    twins = {f"{page['slug']}.html.md" for page in spec["pages"]}
    listed_twins = {site_path(link, base)[0] for link in listed if site_path(link, base)[0].endswith(".html.md")}
    if listed_twins != twins:
        fail(f"llms.txt lists the twins {sorted(listed_twins)}, the pages are {sorted(twins)}")
    print(f"check_mcp: llms.txt: {len(sections)} sections, {len(listed)} entries, {len(links)} links that resolve")


def check_twins(site, spec, base):
    ids = {}
    for page in spec["pages"]:
        html = (site / f"{page['slug']}.html").read_text(encoding="utf-8")
        ids[f"{page['slug']}.html"] = set(re.findall(r' id="([^"]+)"', html))
    full = (site / "llms-full.txt").read_text(encoding="utf-8")
    twins = {}
    for page in spec["pages"]:
        path = f"{page['slug']}.html.md"
        if not (site / path).is_file():
            fail(f"page {page['slug']} has no Markdown twin {path}")
        text = (site / path).read_text(encoding="utf-8")
        twins[path] = text
        if not text.startswith("# "):
            fail(f"{path} does not start with the page's H1")
        for leftover in ("Skip to main content", "aria-", "class=\"", "<nav", "Permalink to this heading"):
            if leftover in text:
                fail(f"{path} holds the theme's text {leftover!r}")
        if text not in full:
            fail(f"llms-full.txt does not hold {path}")
        for link in LINK.findall(text):
            target = site_path(link, base, path)
            if target is None:
                continue
            file, anchor = target
            if not (site / file).is_file():
                fail(f"{path} links to {link}, which is no file of the site")
            if anchor and file in ids and anchor not in ids[file]:
                fail(f"{path} links to {link}, whose anchor the page does not have")
    if len(full) != sum(len(text) for text in twins.values()) + len(twins) - 1:
        fail("llms-full.txt holds more than the twins, one after the other")
    for operation in spec["operations"]:
        url = operation["url"]
        line = f"`{operation['method']} {url['scheme']}://{url['host']}{url['path']}`"
        if line not in twins[f"{operation['page']}.html.md"]:
            fail(f"{operation['page']}.html.md does not show {line}")
    print(f"check_mcp: {len(twins)} twins: each page has one, llms-full.txt holds them, their links resolve")
    return twins


# 2. The server through the official client

class Session:
    """An MCP client session on `midocs mcp`, with the notifications it received."""

    def __init__(self, session, notifications):
        self.session = session
        self.notifications = notifications
        self.refusals = 0

    def was_told(self, name):
        """Whether a notification of this type arrived (the client may wrap it in a root model)."""
        return any(name in (type(message).__name__, type(getattr(message, "root", None)).__name__)
                   for message in self.notifications)

    async def call(self, name, arguments):
        with anyio.fail_after(STEP_SECONDS):
            return await self.session.call_tool(name, arguments)

    async def answer(self, name, arguments):
        result = await self.call(name, arguments)
        if result.is_error:
            fail(f"{name}({arguments}) failed: {result.content[0].text}")
        if json.loads(result.content[0].text) != result.structured_content:
            fail(f"{name}: the text content is not the structured content's JSON")
        return result.structured_content

    async def not_found(self, name, arguments):
        result = await self.call(name, arguments)
        if not result.is_error:
            fail(f"{name}({arguments}) found something: {result.structured_content}")
        return result.content[0].text

    async def refused(self, name, arguments, code=INVALID_PARAMS, what=""):
        self.refusals += 1
        try:
            result = await self.call(name, arguments)
        except MCPError as error:
            if error.code != code:
                fail(f"{name}({shorten(arguments)}): error {error.code} {error.message!r}, wanted {code}")
            if what and what not in error.message:
                fail(f"{name}({shorten(arguments)}): the error {error.message!r} does not say {what!r}")
            return error.message
        fail(f"{name}({shorten(arguments)}) was answered, not refused: {shorten(result)}")


def shorten(value):
    text = str(value)
    return text if len(text) < 160 else text[:160] + "…"


async def with_session(midocs, content, work, errlog):
    notifications = []

    async def handler(message):
        notifications.append(message)

    server = StdioServerParameters(command=midocs, args=["mcp", "--content", content, "--templates", "templates"])
    async with stdio_client(server, errlog=errlog) as (read, write):
        async with ClientSession(read, write, read_timeout_seconds=STEP_SECONDS, message_handler=handler) as session:
            with anyio.fail_after(STEP_SECONDS):
                initialized = await session.initialize()
            return await work(Session(session, notifications), initialized)


async def check_server(midocs, content, site, spec, twins):
    async def work(client, initialized):
        timings = {}
        started = time.monotonic()
        if initialized.server_info.name != "midocs" or not initialized.capabilities.tools or not initialized.capabilities.resources:
            fail(f"initialize answered {initialized}")
        with anyio.fail_after(STEP_SECONDS):
            tools = (await client.session.list_tools()).tools
        names = {tool.name for tool in tools}
        if names != GENERAL_TOOLS | MI_ACCOUNT_TOOLS:
            fail(f"the tools are {sorted(names)}")
        for tool in tools:
            jsonschema.Draft202012Validator.check_schema(tool.input_schema)
            jsonschema.Draft202012Validator.check_schema(tool.output_schema)
            if not tool.description or tool.input_schema.get("additionalProperties") is not False:
                fail(f"{tool.name} has no description or takes arguments its schema does not name")
        await check_resources(client, site, twins)
        timings["initialize, tools, resources"] = time.monotonic() - started
        started = time.monotonic()
        await check_good_calls(client, spec, tools)
        timings["good calls"] = time.monotonic() - started
        started = time.monotonic()
        await check_bad_calls(client)
        timings["bad calls"] = time.monotonic() - started
        with anyio.fail_after(STEP_SECONDS):
            await client.session.send_ping()
        print("check_mcp: server: " + ", ".join(f"{step} {seconds:.2f} s" for step, seconds in timings.items()))

    with tempfile.TemporaryFile("w+") as errlog:
        await with_session(midocs, content, work, errlog)


async def check_resources(client, site, twins):
    resources = []
    cursor = None
    while True:
        with anyio.fail_after(STEP_SECONDS):
            page = await client.session.list_resources(
                params=None if cursor is None else types.PaginatedRequestParams(cursor=cursor))
        resources += page.resources
        cursor = page.next_cursor
        if cursor is None:
            break
    uris = {str(resource.uri) for resource in resources}
    wanted = {RESOURCE_PREFIX + path for path in twins} | {RESOURCE_PREFIX + "llms.txt"}
    if uris != wanted:
        fail(f"the resources are {sorted(uris)}, wanted every twin and llms.txt")
    for resource in resources:
        with anyio.fail_after(STEP_SECONDS):
            read = await client.session.read_resource(resource.uri)
        path = str(resource.uri)[len(RESOURCE_PREFIX):]
        if read.contents[0].text != (site / path).read_text(encoding="utf-8"):
            fail(f"the resource {resource.uri} is not the site's {path}")
        if resource.mime_type != "text/markdown":
            fail(f"the resource {resource.uri} is {resource.mime_type}")
    try:
        with anyio.fail_after(STEP_SECONDS):
            await client.session.read_resource(RESOURCE_PREFIX + "nowhere.html.md")
        fail("reading an unknown resource was answered")
    except MCPError as error:
        if error.code != -32002:
            fail(f"an unknown resource is error {error.code}, not -32002 (resource not found)")


async def check_good_calls(client, spec, tools):
    operations = spec["operations"]
    listed = await client.answer("list_operations", {})
    if [operation["id"] for operation in listed["operations"]] != [operation["id"] for operation in operations]:
        fail("list_operations does not list spec.json's operations in order")
    scopes = {scope["id"]: scope for scope in spec["scopes"]}
    errors = {error["code"]: error for error in spec["errorCodes"]}
    for operation in operations:
        answer = await client.answer("get_operation", {"id": operation["id"]})
        url = operation["url"]
        if (answer["method"], answer["url"]) != (operation["method"], f"{url['scheme']}://{url['host']}{url['path']}"):
            fail(f"get_operation {operation['id']}: {answer['method']} {answer['url']}")
        if [parameter["name"] for parameter in answer["parameters"]] != [parameter["name"] for parameter in operation["parameters"]]:
            fail(f"get_operation {operation['id']}: parameters {answer['parameters']}")
        if [scope["id"] for scope in answer["scopes"]] != [scope["id"] for scope in operation["scopes"]]:
            fail(f"get_operation {operation['id']}: scopes {answer['scopes']}")
        if any(scope.get("description") != scopes[scope["id"]]["description"]["plain"] for scope in answer["scopes"]):
            fail(f"get_operation {operation['id']}: the scopes' names are not the scope table's")
        if [(error["code"], error.get("name")) for error in answer["errorCodes"]] != [(code, errors[code]["name"]) for code in operation["errorCodes"]]:
            fail(f"get_operation {operation['id']}: error codes {answer['errorCodes']}")
        by_request = f"{answer['url']}?{operation['discriminator']['parameter']}={operation['discriminator']['value']}" \
            if operation.get("discriminator") else answer["url"]
        found = await client.answer("get_operation", {"method": operation["method"], "url": by_request})
        if found["id"] != operation["id"]:
            fail(f"get_operation {operation['method']} {by_request} found {found['id']}, not {operation['id']}")
    shared = [operation for operation in operations if operation.get("discriminator")]
    if shared:
        url = shared[0]["url"]
        message = await client.not_found("get_operation", {"method": "GET", "url": f"{url['scheme']}://{url['host']}{url['path']}"})
        if "tells them apart" not in message:
            fail(f"get_operation on a shared URL without its query: {message}")
    await client.not_found("get_operation", {"id": "open-api.get-the-user-profil"})
    await client.not_found("get_operation", {"method": "DELETE", "url": "/user/profile"})

    for scope in spec["scopes"]:
        answer = await client.answer("get_scope", {"id": scope["id"]})
        if answer["description"] != scope["description"]["plain"]:
            fail(f"get_scope {scope['id']}: {answer['description']}")
    await client.not_found("get_scope", {"id": 999999})
    for error in spec["errorCodes"]:
        for asked in (error["code"], error["name"], str(error["code"]), error["name"].lower()):
            answer = await client.answer("get_error_code", {"code": asked})
            if (answer["code"], answer["name"]) != (error["code"], error["name"]):
                fail(f"get_error_code {asked!r}: {answer['code']} {answer['name']}")
    message = await client.not_found("get_error_code", {"code": "OA_INVALID_COD"})
    if "did you mean OA_INVALID_CODE" not in message:
        fail(f"get_error_code of a misspelled name: {message}")

    hits = await client.answer("search_docs", {"query": "96013"})
    if not hits["results"] or (hits["results"][0]["kind"], hits["results"][0]["key"]) != ("errorCode", "96013"):
        fail(f"search_docs 96013: {hits['results'][:1]}")
    hits = await client.answer("search_docs", {"query": "openid", "limit": 3})
    if len(hits["results"]) > 3 or not any(hit.get("key") == "open-api.get-the-user-openid" for hit in hits["results"]):
        fail(f"search_docs openid: {hits['results']}")
    hits = await client.answer("search_docs", {"query": "refresh token expired"})
    if not hits["results"] or hits["matched"] < len(hits["results"]):
        fail(f"search_docs refresh token expired: {hits}")
    if (await client.answer("search_docs", {"query": "zzzqqqxxx"}))["results"]:
        fail("search_docs found a word no page has")

    diagnostics = await client.answer("list_diagnostics", {})
    if diagnostics["errors"] != 0:
        fail(f"list_diagnostics finds errors in the real docs: {diagnostics['diagnostics'][:3]}")

    examples = spec.get("signatureExamples", [])
    if len(examples) < 3:
        fail(f"spec.json has {len(examples)} signature examples; the MAC page has three")
    for example in examples:
        value = {key: part["value"] for key, part in example.items() if isinstance(part, dict) and "value" in part}
        url = f"https://{value['host']}{value['path']}" + (f"?{value['query']}" if value["query"] else "")
        answer = await client.answer("sign_request", {
            "method": value["method"], "url": url, "access_token": "AT", "mac_key": value["key"], "nonce": value["nonce"]})
        if answer["signature"] != value["signature"]:
            fail(f"sign_request gives {answer['signature']} for the example at line {example['location']['line']}, "
                 f"the docs {value['signature']}")
        if "normalizedString" in value and answer["normalizedString"] != value["normalizedString"].rstrip("\n") + "\n":
            fail(f"sign_request's normalised string differs from the example's: {answer['normalizedString']!r}")
        wanted = f'Authorization: MAC access_token="AT", nonce="{value["nonce"]}", mac="{value["signature"]}"'
        if answer["header"] != wanted:
            fail(f"sign_request's header is {answer['header']!r}")
    fresh = await client.answer("sign_request", {
        "method": "GET", "url": "https://open.account.xiaomi.com/user/profile?clientId=1&token=a%20b", "access_token": "T", "mac_key": "K"})
    random_part, minutes = fresh["nonce"].split(":")
    if not random_part.isdigit() or abs(int(minutes) - int(time.time() // 60)) > 2 or fresh["operation"] != "open-api.get-the-user-profile":
        fail(f"sign_request without a nonce: {fresh}")
    if fresh["signed"]["query"] != "clientId=1&token=a%20b" or fresh["warnings"]:
        fail(f"sign_request does not sign the query as written: {fresh['signed']}")
    raw = await client.answer("sign_request", {
        "method": "GET", "url": "https://open.account.xiaomi.com/user/openidV2?clientId=1&token=pK9+tQ2/wXe7Lm4=",
        "access_token": "T", "mac_key": "K", "nonce": "1:2"})
    if not raw["warnings"] or "pK9%2BtQ2%2FwXe7Lm4%3D" not in raw["warnings"][0]:
        fail(f"sign_request does not warn of a query value that is not percent-encoded: {raw['warnings']}")

    redirects = spec.get("redirectURIExamples", [])
    if not redirects:
        fail("spec.json has no redirect URI examples")
    for example in redirects:
        answer = await client.answer("check_redirect_uri", {"registered": example["registered"], "requested": example["requested"]})
        if answer["accepted"] != example["isAccepted"] or (not answer["accepted"] and not answer.get("reason")):
            fail(f"check_redirect_uri {example['registered']} {example['requested']}: {answer}")
    several = await client.answer("check_redirect_uri", {"registered": "https://mi.com/;https://id.mi.com/", "requested": "https://id.mi.com/cb"})
    refused = await client.answer("check_redirect_uri", {"registered": "https://abc.com/oauth", "requested": "https://abc.com/oauth/../admin"})
    if not several["accepted"] or refused["accepted"] or refused.get("error", {}).get("code") != 96010:
        fail(f"check_redirect_uri: {several} {refused}")
    print(f"check_mcp: every tool answers as spec.json says ({len(operations)} operations, {len(examples)} signature "
          f"and {len(redirects)} redirect URI examples)")


async def check_bad_calls(client):
    huge = "x" * (1 << 20)
    await client.refused("no_such_tool", {}, what="unknown tool")
    await client.refused("get_scope", {"id": "4"}, what="must be an integer, not a string")
    await client.refused("get_scope", {"id": 1.5}, what="must be an integer")
    await client.refused("get_scope", {"id": True}, what="not a boolean")
    await client.refused("get_scope", {"id": None}, what="needs the argument 'id'")
    await client.refused("get_scope", {}, what="needs the argument 'id'")
    await client.refused("get_scope", {"id": 1, "extra": 2}, what="unknown argument 'extra'")
    await client.refused("get_scope", {"id": 10**30}, what="")
    await client.refused("list_operations", {"id": "x"}, what="takes no arguments")
    await client.refused("search_docs", {"query": 5}, what="must be a string")
    await client.refused("search_docs", {"query": ""}, what="is empty")
    await client.refused("search_docs", {"query": huge}, what="at most 500")
    await client.refused("search_docs", {"query": "token", "limit": 0}, what="from 1 to 50")
    await client.refused("search_docs", {"query": "token", "limit": 51}, what="from 1 to 50")
    await client.refused("search_docs", {"query": ["token"]}, what="not an array")
    await client.refused("get_error_code", {"code": {"n": 1}}, what="an integer or a string")
    await client.refused("get_error_code", {"code": huge}, what="at most 200")
    await client.refused("get_operation", {}, what="needs id, or both method and url")
    await client.refused("get_operation", {"method": "GET"}, what="needs id, or both method and url")
    await client.refused("get_operation", {"id": "x", "url": "/user/profile"}, what="not both")
    await client.refused("get_operation", {"method": "GET", "url": "user profile"}, what="neither an absolute")
    await client.refused("get_operation", {"method": "G E T", "url": "/user/profile"}, what="no HTTP method")
    await client.refused("get_operation", {"method": "GET", "url": "https://a.example/" + huge}, what="at most 8192")
    good = {"method": "GET", "url": "https://open.account.xiaomi.com/user/profile?a=1", "access_token": "T", "mac_key": "K"}
    await client.refused("sign_request", dict(good, url="/user/profile"), what="not an absolute http or https URL")
    await client.refused("sign_request", dict(good, url="https://h.example/p?token=a b"), what="a space is %20")
    await client.refused("sign_request", dict(good, nonce="yesterday"), what="is not <random number>")
    await client.refused("sign_request", dict(good, nonce=1), what="must be a string")
    await client.refused("sign_request", {key: value for key, value in good.items() if key != "mac_key"}, what="needs the argument 'mac_key'")
    await client.refused("sign_request", dict(good, access_token=huge), what="at most 4096")
    await client.refused("check_redirect_uri", {"registered": "https://abc.com/"}, what="needs the argument 'requested'")
    await client.refused("check_redirect_uri", {"registered": "https://abc.com/", "requested": 42}, what="must be a string")
    print(f"check_mcp: {client.refusals} bad calls are JSON-RPC invalid-params errors that name the problem")


# 3. Raw lines

def check_raw_protocol(midocs, content):
    started = time.monotonic()
    process = subprocess.Popen([midocs, "mcp", "--content", content, "--templates", "templates"],
                               stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    initialize = {"jsonrpc": "2.0", "id": 1, "method": "initialize",
                  "params": {"protocolVersion": "2025-06-18", "capabilities": {}, "clientInfo": {"name": "raw", "version": "1"}}}
    # The handshake first: the server answers requests only once it is initialized.
    process.stdin.write(json.dumps(initialize).encode() + b"\n")
    process.stdin.flush()
    ready, _, _ = select.select([process.stdout], [], [], STEP_SECONDS)
    first = process.stdout.readline() if ready else b""
    if b'"result"' not in first:
        process.kill()
        fail(f"midocs mcp did not answer initialize: {first[:300]!r}")
    lines = [
        b'{"jsonrpc":"2.0","method":"notifications/initialized"}',
        b"this is not JSON",
        b"42",
        b"[]",
        b'{"jsonrpc":"1.0","id":2,"method":"ping"}',
        b'{"jsonrpc":"2.0","id":{"a":1},"method":"ping"}',
        b'{"jsonrpc":"2.0","id":3,"method":7}',
        b'{"jsonrpc":"2.0","id":4,"method":"tools/call","params":"get_scope"}',
        b'{"jsonrpc":"2.0","id":5,"method":"tools/call","params":{"name":5}}',
        b'{"jsonrpc":"2.0","id":6,"method":"tools/call","params":{"name":"get_scope","arguments":[1]}}',
        b'{"jsonrpc":"2.0","id":7,"method":"resources/read","params":{"uri":["x"]}}',
        b'{"jsonrpc":"2.0","id":8,"method":"no/such/method"}',
        b'{"jsonrpc":"2.0","id":"\xff\xfe","method":"ping"}',
        b"[" * 100000 + b"]" * 100000,
        b'{"jsonrpc":"2.0","id":9,"method":"tools/call","params":{"name":"search_docs","arguments":{"query":"' + b"y" * (5 << 20) + b'"}}}',
        b'{"jsonrpc":"2.0","id":10,"method":"ping"}',
    ]
    wanted = {  # by id; None is the null id of lines without a readable one
        2: -32600, 3: -32600, 4: -32600, 5: -32602, 6: -32602, 7: -32602, 8: -32601,
    }
    try:
        output, errors = process.communicate(b"\n".join(lines) + b"\n", timeout=STEP_SECONDS * 2)
    except subprocess.TimeoutExpired:
        process.kill()
        fail("midocs mcp did not answer the raw lines and exit within a minute")
    if process.returncode != 0:
        fail(f"midocs mcp exited with {process.returncode} at the end of its input: {errors.decode(errors='replace')[-2000:]}")
    messages = []
    for line in output.split(b"\n"):
        if not line:
            continue
        try:
            message = json.loads(line)
        except ValueError:
            fail(f"standard output holds a line that is no JSON: {line[:200]!r}")
        if message.get("jsonrpc") != "2.0":
            fail(f"standard output holds a line that is no JSON-RPC message: {line[:200]!r}")
        messages.append(message)
    messages.append(json.loads(first))
    by_id = {message["id"]: message for message in messages if message.get("id") is not None}
    for id, code in wanted.items():
        if by_id.get(id, {}).get("error", {}).get("code") != code:
            fail(f"the raw message {id} was answered {by_id.get(id)}, wanted error {code}")
    if "result" not in by_id.get(1, {}) or by_id.get(10, {}).get("result") != {}:
        fail(f"the server did not initialize, or no longer answered a ping: {by_id.get(1)}, {by_id.get(10)}")
    anonymous = sorted(message["error"]["code"] for message in messages if message.get("id") is None)
    # not JSON, invalid UTF-8 and too deep: -32700; 42, [], a bad id, too long: -32600.
    if anonymous != [-32700, -32700, -32700, -32600, -32600, -32600, -32600]:
        fail(f"the lines without a readable id were answered {anonymous}")
    print(f"check_mcp: {len(lines) + 1} raw lines, malformed ones answered with JSON-RPC errors, "
          f"only JSON-RPC on standard output, clean exit ({time.monotonic() - started:.2f} s)")


# 4. Reloading

async def check_reload(midocs, content):
    folder = Path(tempfile.mkdtemp(prefix="midocs-mcp-"))
    try:
        copy = folder / "content"
        shutil.copytree(content, copy)

        async def work(client, _):
            started = time.monotonic()
            if (await client.answer("list_diagnostics", {}))["errors"]:
                fail("the copy of the docs has errors before the edit")
            page = copy / "open-api.md"
            page.write_text(page.read_text(encoding="utf-8").replace("**Scopes:** 1\n", "**Scopes:** 5\n", 1), encoding="utf-8")
            with anyio.fail_after(STEP_SECONDS):
                while True:
                    diagnostics = await client.answer("list_diagnostics", {})
                    if any(finding["code"] == "unknown-scope" for finding in diagnostics["diagnostics"]):
                        break
                    await anyio.sleep(0.1)
            finding = next(finding for finding in diagnostics["diagnostics"] if finding["code"] == "unknown-scope")
            if not finding["location"]["file"].endswith("open-api.md"):
                fail(f"the reloaded diagnostic points at {finding['location']}")
            answer = await client.answer("get_operation", {"id": "open-api.get-the-user-profile"})
            if [scope["id"] for scope in answer["scopes"]] != [5]:
                fail(f"docs with errors are not served as they are now: {answer['scopes']}")
            with anyio.fail_after(STEP_SECONDS):
                while not client.was_told("ResourceListChangedNotification"):
                    await anyio.sleep(0.1)
                read = await client.session.read_resource(RESOURCE_PREFIX + "open-api.html.md")
            if "- Scopes: 5\n" not in read.contents[0].text:
                fail("the twin resource was not made again")
            print(f"check_mcp: reloaded after an edit in {time.monotonic() - started:.2f} s: the new error listed, "
                  "the docs still served, resources/list_changed sent")

        with tempfile.TemporaryFile("w+") as errlog:
            await with_session(midocs, str(copy), work, errlog)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def main():
    arguments = sys.argv[1:]
    content = "content"
    if "--content" in arguments:
        index = arguments.index("--content")
        content = arguments[index + 1]
        del arguments[index:index + 2]
    midocs, site = arguments
    midocs = str(Path(midocs).resolve())
    site = Path(site)
    spec = json.loads((site / "spec.json").read_text(encoding="utf-8"))
    base = base_url(content)
    started = time.monotonic()
    check_llms_text(site, spec, base)
    twins = check_twins(site, spec, base)
    anyio.run(check_server, midocs, content, site, spec, twins)
    check_raw_protocol(midocs, content)
    anyio.run(check_reload, midocs, content)
    print(f"check_mcp: ok ({time.monotonic() - started:.2f} s)")


if __name__ == "__main__":
    main()
