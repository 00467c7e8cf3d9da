#!/usr/bin/env bash
# Installs what `make bench` needs, when missing: mimalloc, which the benchmarked midocs
# links (the Mimalloc trait), and Hugo and GNU time to compare it with; with `profile`,
# also perf for `make profile`.
set -euo pipefail
missing=()
# glibc's malloc took a sixth of a large build's CPU; on Linux midocs is measured with mimalloc.
if [[ "$(uname -s)" == Linux ]] && [[ "$(dpkg-query -W -f='${Status}' libmimalloc-dev 2>/dev/null)" != "install ok installed" ]]; then
    missing+=(libmimalloc-dev)
fi
command -v hugo >/dev/null 2>&1 || missing+=(hugo)
[[ -x /usr/bin/time ]] || missing+=(time)
if [[ "${1:-}" == profile ]]; then
    command -v perf >/dev/null 2>&1 || missing+=(linux-perf)
fi
"$(dirname "${BASH_SOURCE[0]}")/../scripts/apt-install.sh" setup "${missing[@]}"
