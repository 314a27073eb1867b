#!/usr/bin/env bash
# Installs the Debian packages the project needs, only those missing; needs root or sudo.
#   (no flag)  what `npm ci` needs: libsecret (keytar, used by office-addin-debugging, builds from source)
#   --test     also what the full test suite drives: Chromium (browser tests), LibreOffice Calc and Writer +
#              poppler (render written workbooks and the Bab III .docx), xmllint (manifest XSD check)
set -euo pipefail
need=()
dpkg -s libsecret-1-dev >/dev/null 2>&1 || need+=(libsecret-1-dev)
if [ "${1:-}" = "--test" ]; then
  command -v chromium >/dev/null 2>&1 || need+=(chromium)
  command -v xmllint >/dev/null 2>&1 || need+=(libxml2-utils)
  command -v pdftoppm >/dev/null 2>&1 || need+=(poppler-utils)
  command -v libreoffice >/dev/null 2>&1 || need+=(libreoffice-calc)
  # Writer converts the Bab III .docx to PDF in its test; `libreoffice` alone may be Calc only
  dpkg -s libreoffice-writer >/dev/null 2>&1 || need+=(libreoffice-writer)
fi
if [ ${#need[@]} -eq 0 ]; then
  echo "setup-system: system packages present"
  exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "setup-system: please install ${need[*]} with your system's package manager" >&2
  exit 1
fi
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
echo "setup-system: installing ${need[*]}"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
echo "setup-system: done"
