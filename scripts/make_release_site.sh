#!/usr/bin/env bash
# Builds a site with a release history, for the changelog and link-continuity checks: a git
# repository in OUT/repo holds a copy of content/ and templates/, tagged v1.0; v2.0 adds a
# required parameter and lowers a rate limit; then the current docs rename a page and a
# heading, with redirects, and list both releases and `previous: v2.0` in site.yml.
# Usage: make_release_site.sh MIDOCS OUT   (writes OUT/repo and OUT/site)
set -euo pipefail
midocs=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
rm -rf "$2" && mkdir -p "$2/repo"
out=$(cd "$2" && pwd)
cp -R "$here/content" "$here/templates" "$out/repo/"
cd "$out/repo"
commit() { git add -A && git -c user.name=midocs -c user.email=midocs@example.com commit -q -m "$1" && git tag "$2"; }
git init -q
commit "1.0" v1.0
sed -i 's/^| `token` | query | string | yes | The user.s access token. |$/&\n| `lang` | query | string | yes | The language of the answer. |/' content/open-api.md
sed -i 's/\*\*Rate limit:\*\* 5000/**Rate limit:** 1000/' content/refresh-access-token.md
commit "2.0" v2.0
sed -i 's/^## Why do Open API calls need a MAC signature?/## Why must Open API calls be signed?/' content/faq.md
git mv content/token-life-cycle.md content/token-lifetimes.md
sed -i 's/token-life-cycle/token-lifetimes/g' content/*.md content/site.yml
cat >> content/site.yml <<'YAML'
releases:
  - {version: "1.0", ref: v1.0, date: 2026-10-01}
  - {version: "2.0", ref: v2.0, date: 2026-11-30}
previous: v2.0
redirects:
  "token-life-cycle.html": "token-lifetimes.html"
  "faq.html#why-do-open-api-calls-need-a-mac-signature": "faq.html#why-must-open-api-calls-be-signed"
YAML
"$midocs" build --content content --templates templates --output "$out/site"
