#!/usr/bin/env bash
# Installs what `make bench` compares midocs with, when missing: Hugo and GNU time.
set -euo pipefail
missing=()
command -v hugo >/dev/null 2>&1 || missing+=(hugo)
[[ -x /usr/bin/time ]] || missing+=(time)
if ((${#missing[@]})); then
  sudo=""
  [[ $(id -u) -eq 0 ]] || sudo="sudo"
  echo "setup: installing ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
