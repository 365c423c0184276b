#!/usr/bin/env bash
# Search benchmark: builds a 10,000-answer corpus and measures the static search in headless Chromium.
# Usage: bench/search.sh [--count N] [--markdown]
set -euo pipefail
cd "$(dirname "$0")/.."

# Debian's Chromium (Playwright is told to use it and never downloads a browser) and the word list the corpus
# draws from (wamerican).
missing=()
[[ -x /usr/bin/chromium ]] || missing+=(chromium)
[[ -f /usr/share/dict/american-english ]] || missing+=(wamerican)
if [[ ${#missing[@]} -gt 0 ]]; then
  apt-get update
  DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
fi

dotnet run -c Release --project bench/SearchBench -- "$@"
