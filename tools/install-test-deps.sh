#!/usr/bin/env bash
# Installs what the test suite needs beyond the .NET SDK (Debian and npm packages). Idempotent: a no-op when
# everything is already there, so developers can run ./test.sh repeatedly.
set -euo pipefail
cd "$(dirname "$0")/.."

apt_packages=(postgresql chromium poppler-utils zbar-tools)
# chromium: the portal's browser tests drive /usr/bin/chromium through Playwright (it never downloads a browser).
# poppler-utils: pdftotext/pdftoppm check the invoice PDFs.
# zbar-tools: zbarimg scans the payment QR code off the rendered invoice, as a bank's app would.

missing=()
for package in "${apt_packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if ((${#missing[@]})); then
  sudo_cmd=""
  [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  $sudo_cmd apt-get install -y -qq "${missing[@]}"
fi

if [ -f package.json ]; then
  if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    npm ci --no-audit --no-fund
  fi
fi
