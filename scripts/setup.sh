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

if ((${#missing[@]})); then
  sudo=""
  [[ $(id -u) -eq 0 ]] || sudo="sudo"
  echo "setup: installing ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# The Python checkers that `make test` runs.
if ! python3 -c "import jsonschema" 2>/dev/null; then
  echo "setup: installing jsonschema"
  python3 -m pip install --quiet jsonschema
fi
