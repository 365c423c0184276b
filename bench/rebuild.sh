#!/usr/bin/env bash
# Incremental rebuild benchmark (issue 5): writes a corpus (10,000 answers unless --count says otherwise),
# then times the rebuild after editing one answer's body, in a build session and through the preview server.
# Usage: bench/rebuild.sh [--count N] [--edits N] [--markdown]
set -euo pipefail
cd "$(dirname "$0")/.."

count=10000
bench_args=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    --count) count="${2:?}"; shift 2 ;;
    --edits) bench_args+=(--edits "${2:?}"); shift 2 ;;
    --markdown) bench_args+=(--markdown); shift ;;
    *) echo "usage: bench/rebuild.sh [--count N] [--edits N] [--markdown]" >&2; exit 2 ;;
  esac
done

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

[[ -f /usr/share/dict/american-english ]] || { apt-get update; DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends wamerican; }
dotnet build -c Release tools/Corpus >"$work/build.log" || { cat "$work/build.log" >&2; exit 1; }
dotnet tools/Corpus/bin/Release/net10.0/corpus.dll --count "$count" --seed 42 --out "$work/input" >/dev/null
# The files must be older than the session's first look at them, as an expert's checkout is (see Content/Files/FileStamp).
find "$work/input" -type f -exec touch -d '1 minute ago' {} +
dotnet run -c Release --project bench/RebuildBench -- --input "$work/input" --theme themes/default "${bench_args[@]}"
