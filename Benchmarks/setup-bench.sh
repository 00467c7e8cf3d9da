#!/usr/bin/env bash
# Installs what `make bench` compares midocs with, when missing: Hugo and GNU time; with
# `profile`, also perf for `make profile`.
set -euo pipefail
missing=()
command -v hugo >/dev/null 2>&1 || missing+=(hugo)
[[ -x /usr/bin/time ]] || missing+=(time)
if [[ "${1:-}" == profile ]]; then
    command -v perf >/dev/null 2>&1 || missing+=(linux-perf)
fi
"$(dirname "${BASH_SOURCE[0]}")/../scripts/apt-install.sh" setup "${missing[@]}"
