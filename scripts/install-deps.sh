#!/usr/bin/env bash
# Installs the Debian packages roadmap builds against, python3 with jsonschema and yaml for the
# tests that validate SARIF and JSON Schema output (and, with --browser, Chromium for the
# browser test). Installs only what is missing; uses sudo when not run as root.
set -euo pipefail
packages=(libgit2-dev zlib1g-dev libcmark-gfm-dev libcmark-gfm-extensions-dev pkg-config git python3-jsonschema python3-yaml)
[ "${1:-}" = "--browser" ] && packages+=(chromium)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
as_root=()
[ "$(id -u)" -eq 0 ] || as_root=(sudo)
export DEBIAN_FRONTEND=noninteractive
"${as_root[@]}" apt-get update
"${as_root[@]}" apt-get install -y --no-install-recommends "${missing[@]}"
