#!/usr/bin/env bash
# Installs the Debian packages roadmap builds against (libcurl only because the MCP SDK's
# Foundation networking links it), python3 with jsonschema and yaml for the
# tests that validate SARIF and JSON Schema output, Python's icalendar for the test that parses the
# calendar export and, with --browser, what the browser and editor tests
# need: Chromium and its driver, Noto fonts (Latin, Arabic, Hebrew, CJK, emoji) for screenshots,
# Python's selenium and axe-selenium-python for the accessibility audit, and Neovim, the real
# editor that drives `roadmap lsp`. Installs only what
# is missing; uses sudo when not run as root.
set -euo pipefail
browser=false
[ "${1:-}" = "--browser" ] && browser=true
packages=(libgit2-dev libmbedtls-dev zlib1g-dev libcmark-gfm-dev libcmark-gfm-extensions-dev libmimalloc-dev libgraphviz-dev libcurl4-openssl-dev pkg-config git python3-jsonschema python3-yaml)
$browser && packages+=(neovim chromium chromium-driver fonts-noto-core fonts-noto-cjk fonts-noto-color-emoji python3-pip)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
as_root=()
[ "$(id -u)" -eq 0 ] || as_root=(sudo)
if [ ${#missing[@]} -gt 0 ]; then
  export DEBIAN_FRONTEND=noninteractive
  "${as_root[@]}" apt-get update
  "${as_root[@]}" apt-get install -y --no-install-recommends "${missing[@]}"
fi

# The first python3 on PATH may be a pyenv one that Debian's python3-icalendar does not reach, so
# icalendar comes from pip (with --break-system-packages where Debian's python refuses, PEP 668).
if ! python3 -c "import icalendar" 2>/dev/null; then
  if ! python3 -m pip --version >/dev/null 2>&1; then
    "${as_root[@]}" apt-get install -y --no-install-recommends python3-pip
  fi
  python3 -m pip install --quiet --disable-pip-version-check icalendar 2>/dev/null \
    || python3 -m pip install --quiet --disable-pip-version-check --break-system-packages icalendar
  python3 -c "import icalendar"
fi
$browser || exit 0

# The audit runs with the first python3 on PATH (a pyenv one, or Debian's). Debian's refuses
# pip installs into it (PEP 668) unless told; a pyenv or venv python takes them as they are.
modules=(selenium axe-selenium-python)
if ! python3 -c "import selenium, axe_selenium_python" 2>/dev/null; then
  python3 -m pip --version >/dev/null 2>&1 || { echo "install-deps: python3 has no pip" >&2; exit 1; }
  python3 -m pip install --quiet --disable-pip-version-check "${modules[@]}" 2>/dev/null \
    || python3 -m pip install --quiet --disable-pip-version-check --break-system-packages "${modules[@]}"
  python3 -c "import selenium, axe_selenium_python"
fi
