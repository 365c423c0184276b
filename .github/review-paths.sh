#!/usr/bin/env bash
# Prints a GitHub warning annotation for each file a pull request changes under a path that CODEOWNERS guards.
# Usage: review-paths.sh BASE_COMMIT   (compares BASE_COMMIT...HEAD)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
base=${1:?usage: review-paths.sh BASE_COMMIT}
# The guarded paths are read from CODEOWNERS itself, so the two never disagree.
mapfile -t guarded < <(awk '!/^#/ && NF >= 2 { sub(/^\//, "", $1); print $1 }' .github/CODEOWNERS)
count=0
while IFS= read -r file; do
  for path in "${guarded[@]}"; do
    if [[ "$file" == "$path"* ]]; then
      echo "::warning file=$file,title=Needs the owner's review::$file is under $path, which can change every page or the build (docs/security.md); an owner must review it."
      count=$((count + 1))
      break
    fi
  done
done < <(git diff --name-only "$base"...HEAD)
echo "$count changed file(s) need the owner's review."
