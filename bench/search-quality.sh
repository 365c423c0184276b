#!/usr/bin/env bash
# Search quality benchmark: our static search and Pagefind side by side on the same built site (a 10,000-answer
# corpus plus the hand-written answers of bench/SearchQuality/), scored on the labelled queries of its queries.tsv.
# Usage: bench/search-quality.sh [--count N] [--markdown] [--data DIR]
set -euo pipefail
cd "$(dirname "$0")/.."

# Debian's Chromium (Playwright is told to use it and never downloads a browser), and a word list.
if [[ ! -x /usr/bin/chromium || ! -f /usr/share/dict/american-english ]]; then
  apt-get update >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends chromium wamerican >&2
fi

# Pagefind, pinned in bench/package.json; its Linux binary comes with it as an optional dependency.
# Installers print to stderr, so stdout carries the report alone.
npm ci --prefix bench --no-audit --no-fund >&2

dotnet run -c Release --project bench/SearchQualityBench -- "$@"
