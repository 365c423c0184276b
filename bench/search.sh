#!/usr/bin/env bash
# Search benchmark: builds a 10,000-answer corpus and measures the static search in headless Chromium.
# Usage: bench/search.sh [--count N] [--markdown]
set -euo pipefail
cd "$(dirname "$0")/.."

# Debian's Chromium; Playwright is told to use it and never downloads a browser.
if [[ ! -x /usr/bin/chromium ]]; then
  apt-get update
  DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends chromium
fi

dotnet run -c Release --project bench/SearchBench -- "$@"
