#!/usr/bin/env bash
# Installs the Debian packages samverkan uses beside Python: poppler-utils (pdftotext, pdftoppm)
# and Tesseract with its Swedish model. Does nothing when they are already there.
set -euo pipefail
need=()
command -v pdftotext >/dev/null 2>&1 || need+=(poppler-utils)
command -v tesseract >/dev/null 2>&1 || need+=(tesseract-ocr)
[ -n "$(ls /usr/share/tesseract-ocr/*/tessdata/swe.traineddata 2>/dev/null)" ] || need+=(tesseract-ocr-swe)
# headless Chromium for the browser test of the HTML report (tests/test_browser.py)
command -v chromium >/dev/null 2>&1 || need+=(chromium)
[ ${#need[@]} -eq 0 ] && exit 0
if ! command -v apt-get >/dev/null 2>&1; then
  echo "system-deps: please install ${need[*]} with your package manager" >&2
  exit 0
fi
sudo=""
if [ "$(id -u)" -ne 0 ]; then
  if sudo -n true 2>/dev/null; then sudo="sudo -n"; else
    echo "system-deps: not root; please install: ${need[*]} (apt-get install)" >&2
    exit 0
  fi
fi
echo "system-deps: installing ${need[*]}"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${need[@]}" >/dev/null
