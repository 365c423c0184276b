#!/usr/bin/env bash
# Start-up benchmark (issue 6): the same generator published three ways, JIT (as `dotnet build` makes it),
# ReadyToRun and Native AOT, each building the sample site in input/ from the command line; prints the
# median and all wall times and the median peak memory, and checks that all three write the same bytes.
# Usage: bench/startup.sh [--runs N]
set -euo pipefail
cd "$(dirname "$0")/.."

runs=5
[[ "${1:-}" == "--runs" && "${2:-}" =~ ^[1-9][0-9]*$ ]] && runs=$2

# GNU time, and the C toolchain Native AOT links with (Debian's clang and zlib), if missing.
missing=()
[[ -x /usr/bin/time ]] || missing+=(time)
compgen -c clang | grep -qE '^clang(-[0-9]+)?$' || missing+=(clang)
dpkg -s zlib1g-dev >/dev/null 2>&1 || missing+=(zlib1g-dev)
if [[ ${#missing[@]} -gt 0 ]]; then
  apt-get update
  DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

publish() {
  dotnet "$@" >"$work/publish.log" 2>&1 || { cat "$work/publish.log" >&2; exit 1; }
}
publish build -c Release generator -o "$work/jit"
publish publish generator -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$work/r2r"
publish publish generator -c Release -r linux-x64 -p:PublishAot=true -o "$work/aot"

median() { sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

echo "Sample site (input/), $runs command-line builds each, $(nproc) cores, $(date -u '+%Y-%m-%d %H:%M UTC')"
echo
echo "| Tool | Median s | All s | Median peak MB |"
echo "| --- | ---: | --- | ---: |"
for kind in jit r2r aot; do
  case $kind in
    jit) cmd=(dotnet "$work/jit/generator.dll"); label="JIT (dotnet build)" ;;
    r2r) cmd=(dotnet "$work/r2r/generator.dll"); label="ReadyToRun" ;;
    aot) cmd=("$work/aot/generator"); label="Native AOT" ;;
  esac
  : >"$work/times.txt"
  for ((r = 1; r <= runs; r++)); do
    rm -rf "$work/site-$kind"
    /usr/bin/time -f "%e %M" -a -o "$work/times.txt" "${cmd[@]}" build --output "$work/site-$kind" >/dev/null
  done
  all=$(awk '{ print $1 }' "$work/times.txt" | tr '\n' ' ')
  printf '| %s | %s | %s| %s |\n' "$label" "$(awk '{ print $1 }' "$work/times.txt" | median)" "$all" \
    "$(awk '{ print $2 }' "$work/times.txt" | median | awk '{ printf "%.0f", $1 / 1024 }')"
done

diff -r "$work/site-jit" "$work/site-r2r" >/dev/null && diff -r "$work/site-jit" "$work/site-aot" >/dev/null \
  && echo && echo "All three wrote byte-identical sites." || { echo "The sites differ." >&2; exit 1; }
