#!/usr/bin/env bash
# Netlify's build command (netlify.toml runs it in every deploy context). Netlify's build image has
# no .NET 10, so this installs the SDK with Microsoft's dotnet-install script first, restores the
# runnersqa tool pinned in .config/dotnet-tools.json, then builds the site into _site/.
# Its arguments go to `runnersqa build`, e.g. --base-url "$URL" or --drafts.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

export DOTNET_ROOT="$HOME/.dotnet"
export PATH="$DOTNET_ROOT:$PATH"

curl -fsSL https://dot.net/v1/dotnet-install.sh -o /tmp/dotnet-install.sh
bash /tmp/dotnet-install.sh --channel 10.0 --install-dir "$DOTNET_ROOT"

# The content editor (site.yml's cms:) copies Decap CMS from a pinned npm install, when the site has one.
if [ -f package-lock.json ] && [ ! -d node_modules/decap-cms ]; then npm ci --no-audit --no-fund; fi

"$DOTNET_ROOT/dotnet" tool restore
"$DOTNET_ROOT/dotnet" tool run runnersqa build --minify-html "$@"
