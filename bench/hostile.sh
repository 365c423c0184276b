#!/usr/bin/env bash
# Hostile-input benchmark (issue 10): the sample site plus one answer body built to sit just inside the input
# limits in a way that is known to be slow for parsers (emphasis runs, nested brackets, quotes, lists and
# HTML, a wide table, half a million short lines, ...). Prints wall time, peak memory and exit code of a
# clean build for each; none may take more than a few seconds.
# Usage: bench/hostile.sh
set -euo pipefail
cd "$(dirname "$0")/.."
[[ -x /usr/bin/time ]] || { apt-get update; DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends time; }
dotnet build generator -c Release -v q >/dev/null
generator=generator/bin/Release/net10.0/generator.dll
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

python3 - "$work" <<'PY'
import os, shutil, sys
work = sys.argv[1]
name = sorted(os.listdir('input/answers/2026'))[0]
base = open(f'input/answers/2026/{name}').read()
limit = 1024 * 1024 - 16
cases = {
    'emphasis runs': ('*a **' * 3900 + '\n') * 50,
    'nested brackets (32)': (('[' * 32 + 'x' + ']' * 32 + ' ') * 280 + '\n') * 50,
    'nested html (32)': (('<span>' * 32 + 'x' + '</span>' * 32) * 40 + '\n') * 60,
    'nested quotes (32)': ('> ' * 32 + 'x\n') * 15000,
    'nested lists (64)': ''.join('  ' * i + '- a\n' for i in range(64)) * 200,
    'wide table': '|' + 'a|' * 5000 + '\n|' + '-|' * 5000 + '\n' + ('|' + 'b|' * 5000 + '\n') * 90,
    'unclosed tags': ('<a' * 9000 + '\n') * 50,
    'autolinks': ('www.' + 'a.' * 9000 + '\n') * 50,
    'underscores': ('_' * 19000 + '\n') * 50,
    'short lines': 'a\n' * 480000,
    'brackets per paragraph': ('[](' * 480 + '\n\n') * 700,
    'long paragraph brackets': ('[](' + 'x' * 2000 + '\n') * 480,
    'reference links': ''.join(f'[l{i}]: https://example.org/{i}\n' for i in range(20000)) + '[l1] ' * 3000,
}
for label, body in cases.items():
    folder = os.path.join(work, label.replace(' ', '-').replace('(', '').replace(')', ''))
    shutil.copytree('input', os.path.join(folder, 'input'))
    text = (base + '\n\n' + body)[:limit]
    open(os.path.join(folder, 'input', 'answers', '2026', name), 'w').write(text)
PY

printf '%-28s %8s %10s %5s\n' input seconds "peak MB" exit
for folder in "$work"/*/; do
  label=$(basename "$folder")
  set +e
  /usr/bin/time -f '%e %M' -o "$folder/time" dotnet "$generator" build --input "$folder/input" -o "$folder/out" --theme themes/default >/dev/null 2>&1
  code=$?
  set -e
  read -r seconds kb < <(tail -n 1 "$folder/time")
  printf '%-28s %8s %10d %5d\n' "$label" "$seconds" $((kb / 1024)) "$code"
done
