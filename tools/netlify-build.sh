#!/usr/bin/env bash
# Netlify's build command (netlify.toml runs it in every deploy context). Netlify's build image has
# no .NET 10, so this installs the SDK with Microsoft's dotnet-install script first, then builds the
# site into _site/. Its arguments go to `generator build`, e.g. --base-url "$URL" or --drafts.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

export DOTNET_ROOT="$HOME/.dotnet"
export PATH="$DOTNET_ROOT:$PATH"

curl -fsSL https://dot.net/v1/dotnet-install.sh -o /tmp/dotnet-install.sh
bash /tmp/dotnet-install.sh --channel 10.0 --install-dir "$DOTNET_ROOT"

# The content editor copies Decap CMS from the pinned npm install (package.json, package-lock.json).
if [ -f package-lock.json ] && [ ! -d node_modules/decap-cms ]; then npm ci --no-audit --no-fund; fi

"$DOTNET_ROOT/dotnet" run --project generator -c Release -- build --minify-html "$@"
