#!/usr/bin/env bash
# Full-build benchmark against Hugo (issue 6): builds the same synthetic corpus with RunnersQA and with
# Hugo (layouts in bench/hugo/) and prints median wall time, peak memory and pages written for each.
# Usage: bench/compare.sh [--counts 1000,10000] [--runs 3] [--baseline REV] [--no-hugo] [--trust]
# --baseline REV also builds the generator at REV (a commit, for "before") and times it on the same corpus in
# the same run, alternating with the current tree, so a change's before and after are measured alike.
# --trust gives the corpus reviews, sources, corrections and disclosures (issue 15): a baseline must read them.
set -euo pipefail
cd "$(dirname "$0")/.."

counts=1000,10000
runs=3
baseline=
hugo=1
trust=()
sample_runs=5

usage() {
  echo "usage: bench/compare.sh [--counts N[,N...]] [--runs R] [--baseline REV] [--no-hugo] [--trust]" >&2
  exit 2
}

while [[ $# -gt 0 ]]; do
  case "$1" in
    --counts) counts="${2:?}"; shift 2 ;;
    --runs) runs="${2:?}"; shift 2 ;;
    --baseline) baseline="${2:?}"; shift 2 ;;
    --no-hugo) hugo=0; shift ;;
    --trust) trust=(--trust); shift ;;
    *) usage ;;
  esac
done
[[ "$counts" =~ ^[0-9]+(,[0-9]+)*$ && "$runs" =~ ^[1-9][0-9]*$ ]] || usage

generator=generator/bin/Release/net10.0/generator.dll
corpus=tools/Corpus/bin/Release/net10.0/corpus.dll

work="$(mktemp -d)"
trap '[[ -d "$work/baseline" ]] && git worktree remove --force "$work/baseline"; rm -rf "$work"' EXIT

# The generator as it was at $baseline, built from a detached worktree beside the results.
build_baseline_release() {
  [[ -n "$baseline" ]] || return 0
  git worktree add --detach "$work/baseline" "$baseline" >/dev/null 2>&1 || { echo "cannot check out $baseline" >&2; return 1; }
  dotnet build -c Release "$work/baseline/generator" >"$work/build.log" || { cat "$work/build.log" >&2; return 1; }
  base_generator="$work/baseline/generator/bin/Release/net10.0/generator.dll"
}

# Debian's Hugo, GNU time and the word list the corpus draws from; nothing else is downloaded.
install_tools() {
  local missing=()
  command -v hugo >/dev/null || missing+=(hugo)
  [[ -f /usr/share/dict/american-english ]] || missing+=(wamerican)
  [[ -x /usr/bin/time ]] || missing+=(time)
  if [[ ${#missing[@]} -gt 0 ]]; then
    apt-get update
    DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  fi
}

# Quiet unless a build fails (others may be editing generator/ at the same time).
build_ours_release() {
  local project
  for project in generator tools/Corpus; do
    dotnet build -c Release "$project" >"$work/build.log" || { cat "$work/build.log" >&2; return 1; }
  done
}

# A Hugo site over the corpus: answers, experts and tags.yml are hard links to the corpus's own files
# (the same bytes, no conversion); config, section pages and layouts come from bench/hugo/.
make_hugo_site() {
  local input=$1 site=$2
  mkdir -p "$site/data" "$site/assets"
  cp -r bench/hugo/hugo.toml bench/hugo/content bench/hugo/layouts "$site/"
  find "$input/answers" -name '*.md' -exec ln -t "$site/content/answers" {} +
  ln -t "$site/content/experts" "$input"/experts/*.md
  ln "$input/tags.yml" "$site/data/tags.yml"
  # Ours fingerprints the theme's stylesheet; Hugo does the same through resources.Get | fingerprint.
  cp themes/default/assets/site.css "$site/assets/site.css"
}

# Runs a command under GNU time; prints "seconds peak_kb". The command's own output goes to a log.
timed() {
  local stats="$work/time.txt"
  /usr/bin/time -v -o "$stats" "$@" >"$work/run.log" 2>&1 || { cat "$work/run.log" >&2; return 1; }
  awk -F': ' '
    /Elapsed \(wall clock\)/ { n = split($2, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i] }
    /Maximum resident set size/ { kb = $2 }
    END { printf "%.2f %d\n", s, kb }' "$stats"
}

# Median of the numbers on stdin (the lower middle one for an even count).
median() {
  sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'
}

html_pages() {
  find "$1" -name '*.html' | wc -l
}

# Clean builds of one corpus size with each tool; prints one Markdown table row.
compare_size() {
  local n=$1 dir="$work/n$n"
  mkdir -p "$dir"
  dotnet "$corpus" --count "$n" --seed 42 "${trust[@]}" --out "$dir/input" >/dev/null
  [[ $hugo == 0 ]] || make_hugo_site "$dir/input" "$dir/hugo"

  local ours_times=() ours_kb=() hugo_times=() hugo_kb=() base_times=() base_kb=() stats t kb
  for ((r = 1; r <= runs; r++)); do
    rm -rf "$dir/ours"
    stats=$(timed dotnet "$generator" build --input "$dir/input" --output "$dir/ours" --theme themes/default)
    read -r t kb <<<"$stats"
    ours_times+=("$t"); ours_kb+=("$kb")

    if [[ -n "$baseline" ]]; then
      rm -rf "$dir/base"
      stats=$(timed dotnet "$base_generator" build --input "$dir/input" --output "$dir/base" --theme "$work/baseline/themes/default")
      read -r t kb <<<"$stats"
      base_times+=("$t"); base_kb+=("$kb")
    fi

    [[ $hugo == 1 ]] || continue
    # No Hugo cache survives a run: output, generated resources and cache folder are all removed.
    rm -rf "$dir/hugo-out" "$dir/hugo/resources" "$dir/hugo-cache"
    stats=$(timed hugo --source "$dir/hugo" --destination "$dir/hugo-out" --cacheDir "$dir/hugo-cache" \
      --ignoreCache --noBuildLock --quiet)
    read -r t kb <<<"$stats"
    hugo_times+=("$t"); hugo_kb+=("$kb")
  done
  if [[ -n "$baseline" ]]; then
    base_rows+=("$(printf '| %s | %s | %s | %s | %s |' "$n" \
      "$(printf '%s\n' "${base_times[@]}" | median)" "$(printf '%s\n' "${ours_times[@]}" | median)" \
      "$(printf '%s\n' "${base_kb[@]}" | median | awk '{ printf "%.0f", $1 / 1024 }')" \
      "$(printf '%s\n' "${ours_kb[@]}" | median | awk '{ printf "%.0f", $1 / 1024 }')")")
  fi
  if [[ $hugo == 0 ]]; then
    rm -rf "$dir"
    return
  fi

  local ours_s hugo_s ours_mb hugo_mb
  ours_s=$(printf '%s\n' "${ours_times[@]}" | median)
  hugo_s=$(printf '%s\n' "${hugo_times[@]}" | median)
  ours_mb=$(printf '%s\n' "${ours_kb[@]}" | median | awk '{ printf "%.0f", $1 / 1024 }')
  hugo_mb=$(printf '%s\n' "${hugo_kb[@]}" | median | awk '{ printf "%.0f", $1 / 1024 }')
  printf '| %s | %s | %s | %s | %s | %s | %s | %s |\n' "$n" "$ours_s" "$hugo_s" \
    "$(awk -v a="$ours_s" -v b="$hugo_s" 'BEGIN { printf "%.2f", a / b }')" \
    "$ours_mb" "$hugo_mb" "$(html_pages "$dir/ours")" "$(html_pages "$dir/hugo-out")"
  rm -rf "$dir"
}

# The sample site in input/, built the way a contributor does from the repository root.
time_sample_site() {
  local times=() stats t
  for ((r = 1; r <= sample_runs; r++)); do
    rm -rf "$work/sample"
    stats=$(timed dotnet "$generator" build --output "$work/sample")
    read -r t _ <<<"$stats"
    times+=("$t")
  done
  echo "Sample site (input/, $(html_pages "$work/sample") pages): median of $sample_runs command-line builds" \
    "$(printf '%s\n' "${times[@]}" | median) s (all: ${times[*]})"
}

install_tools
build_ours_release
build_baseline_release
base_rows=()

echo "Date: $(date -u '+%Y-%m-%d %H:%M UTC')"
echo "Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'), $(free -g | awk '/^Mem:/ { print $2 }') GB"
echo "Hugo: $(hugo version)"
echo ".NET SDK: $(dotnet --version)"
echo "Runs per size: $runs (clean builds; medians of wall time and of peak resident memory)"
echo
if [[ $hugo == 1 ]]; then
  echo "| Answers | Ours median s | Hugo median s | Ours/Hugo | Ours peak MB | Hugo peak MB | Ours pages | Hugo pages |"
  echo "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
fi
IFS=, read -ra sizes <<<"$counts"
for n in "${sizes[@]}"; do
  compare_size "$n"
done
echo
if [[ -n "$baseline" ]]; then
  echo "Before ($(git rev-parse --short "$baseline")) and after (this tree), same corpus, alternating runs:"
  echo
  echo "| Answers | Before median s | After median s | Before peak MB | After peak MB |"
  echo "| ---: | ---: | ---: | ---: | ---: |"
  printf '%s\n' "${base_rows[@]}"
  echo
fi
time_sample_site
