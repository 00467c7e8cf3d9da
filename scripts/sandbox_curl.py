"""The curl commands of the README's "Try it locally" and of the site's operation cards,
run against a running sandbox (check_sandbox.py starts it)."""
import json
import re
import subprocess
import sys
from html import unescape
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def bash(script, environment=None, timeout=60):
    result = subprocess.run(["bash", "-c", "set -euo pipefail\n" + script], capture_output=True, text=True,
                            env=environment, timeout=timeout)
    if result.returncode != 0:
        sys.exit(f"check_sandbox: a curl example failed ({result.returncode}):\n{script}\n{result.stderr}")
    return result.stdout


def readme_flow(midocs, port):
    """The second sh block under "## Try it locally", as written, with this sandbox and midocs."""
    text = (ROOT / "README.md").read_text()
    section = text.split("## Try it locally", 1)[1].split("\n## ", 1)[0]
    blocks = re.findall(r"```sh\n(.*?)```", section, re.S)
    if len(blocks) < 2:
        sys.exit("check_sandbox: README's Try it locally has no curl flow")
    script = blocks[1].replace(".build/debug/midocs", midocs)
    output = bash(f"B=http://127.0.0.1:{port}\n" + script)
    answers = output.strip().splitlines()
    profile, refreshed, refused = (json.loads(answers[0]), answers[1], answers[2])
    if profile.get("result") != "ok" or "miliaoNick" not in profile.get("data", {}):
        sys.exit(f"check_sandbox: README flow: the signed profile call answered {answers[0]}")
    if '"access_token"' not in refreshed or '"error":96009' not in refused:
        sys.exit(f"check_sandbox: README flow: refresh answered {refreshed} then {refused}")
    print("check_sandbox: README's Try it locally: profile, refresh, refused second refresh")


def card_commands(site):
    """Every operation card's curl command, as the site shows it, by page."""
    for page in sorted(Path(site).glob("**/*.html")):
        for part in re.findall(r'<details class="try-it">(.*?)</details>', page.read_text(), re.S):
            block = re.search(r'<code class="language-sh">(.*?)</code>', part, re.S)
            if block:
                yield page.name, unescape(re.sub(r"<[^>]+>", "", block.group(1))).strip()


def operation_of(command, operations):
    """The documented operation a card calls: its path, and its fixed value when it shares one."""
    url = re.search(r"http://127\.0\.0\.1:8787(/[^?'\"]*)\?([^'\" ]*)", command)
    for operation in operations:
        discriminator = operation.get("discriminator")
        if operation["url"]["path"] != url.group(1):
            continue
        if discriminator and f"{discriminator['parameter']}={discriminator['value']}" not in url.group(2).split("&"):
            continue
        return operation
    sys.exit(f"check_sandbox: no documented operation for the card command {command}")


def role(operation):
    discriminator = operation.get("discriminator") or {}
    order = {"code": 0, "token": 1, "authorization_code": 2}.get(discriminator.get("value"))
    if order is not None:
        return order
    if discriminator.get("value") == "refresh_token":
        return 5
    return 3 if operation.get("scopes") else 4


def documented_keys(operation):
    """The keys of the documented success example (after its prefix), and of its `data`."""
    for response in operation["responses"]:
        if response["outcome"] != "success" or response["delivery"] != "JSON body":
            continue
        for example in response["examples"]:
            text = example["text"].strip()
            prefix = response.get("bodyPrefix") or ""
            body = json.loads(text[len(prefix):] if text.startswith(prefix) else text)
            return set(body), set(body.get("data", {}) if isinstance(body.get("data"), dict) else {})
    return None


def run_card(command, environment):
    output = bash(command.replace("http://127.0.0.1:8787", environment["B"]), environment)
    head, _, body = output.replace("\r\n", "\n").partition("\n\n")
    status = int(head.split()[1])
    location = re.search(r"(?im)^location: (.*)$", head)
    return status, (location.group(1).strip() if location else ""), body


def check_curl_examples(midocs, site, port):
    readme_flow(midocs, port)
    spec = json.loads((Path(site) / "spec.json").read_text())
    cards = [(page, command, operation_of(command, spec["operations"])) for page, command in card_commands(site)]
    if len(cards) != len(spec["operations"]):
        sys.exit(f"check_sandbox: {len(cards)} cards with curl for {len(spec['operations'])} operations")
    environment = {"PATH": f"{Path(midocs).resolve().parent}:/usr/bin:/bin", "B": f"http://127.0.0.1:{port}"}
    for page, command, operation in sorted(cards, key=lambda card: role(card[2])):
        status, location, body = run_card(command, environment)
        expected = {0: 302, 1: 302}.get(role(operation), 200)
        if status != expected:
            sys.exit(f"check_sandbox: {page}: {operation['id']} answered {status}, not {expected}:\n{command}\n{body}")
        if role(operation) == 0:
            environment["CODE"] = re.search(r"[?&]code=([^&]+)", location).group(1)
        elif role(operation) == 1 and "#access_token=" not in location:
            sys.exit(f"check_sandbox: {page}: the implicit grant redirected to {location}")
        keys = documented_keys(operation)
        if keys:
            prefix = next((r.get("bodyPrefix") for r in operation["responses"] if r.get("bodyPrefix")), None) or ""
            answer = json.loads(body[len(prefix):] if body.startswith(prefix) else body)
            data = set(answer.get("data", {})) if isinstance(answer.get("data"), dict) else set()
            if set(answer) != keys[0] or data != keys[1]:
                sys.exit(f"check_sandbox: {page}: {operation['id']} answered keys {sorted(answer)} {sorted(data)}, "
                         f"the docs show {sorted(keys[0])} {sorted(keys[1])}")
            if role(operation) == 2:
                environment.update(ACCESS_TOKEN=answer["access_token"], MAC_KEY=answer["mac_key"],
                                   REFRESH_TOKEN=answer["refresh_token"])
    print(f"check_sandbox: the {len(cards)} cards' curl commands got the documented answers")
