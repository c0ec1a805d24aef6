#!/usr/bin/env bash
# Set up briefgen on a Debian/Ubuntu machine, from a fresh clone.
#   bash scripts/setup.sh          system libraries, a Times-compatible font, .venv with briefgen
#   bash scripts/setup.sh --test   the same plus what the test suite needs
# System packages: Pango (WeasyPrint draws the PDF with it), HarfBuzz-Subset
# (WeasyPrint subsets the embedded fonts with it), Liberation Serif
# (metric-compatible with Times New Roman, full Vietnamese), and for the tests
# poppler-utils (pdftotext) and Chromium (the audit page is opened in a real
# browser). Already-installed packages are not touched.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz0b libharfbuzz-subset0 fontconfig fonts-liberation2)
extra=""
if [ "${1:-}" = "--test" ]; then
  packages+=(poppler-utils chromium)
  extra="[test]"
fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  echo "briefgen: cài gói hệ thống: ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if [ ! -x .venv/bin/python ]; then
  python3 -m venv .venv
fi
.venv/bin/python -m pip install -q --disable-pip-version-check ".${extra}"
echo "briefgen: đã cài xong ($(.venv/bin/briefgen --version))"
