#!/usr/bin/env bash
# Installs what `make bench` compares midocs with, when missing: Hugo and GNU time.
set -euo pipefail
missing=()
command -v hugo >/dev/null 2>&1 || missing+=(hugo)
[[ -x /usr/bin/time ]] || missing+=(time)
"$(dirname "${BASH_SOURCE[0]}")/../scripts/apt-install.sh" setup "${missing[@]}"
