#!/usr/bin/env bash
# Installs Debian packages for a set-up script: apt-install.sh NAME PACKAGE...
# Uses sudo only when not root; does nothing when no package is given.
set -euo pipefail
name="$1"
shift
(($#)) || exit 0
sudo=""
[[ $(id -u) -eq 0 ]] || sudo="sudo"
echo "$name: installing $*"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "$@" >/dev/null
