#!/usr/bin/env bash
# Builds our FerretDB 1.24.2 wrapper (scripts/ferretdb) into .tools/bin/ferretdb.
# Skips the build when the binary is newer than its Go sources.
set -euo pipefail
cd "$(dirname "$0")/.."
src=scripts/ferretdb
bin=.tools/bin/ferretdb

if [ -x "$bin" ] && [ -z "$(find "$src" -newer "$bin" -type f)" ]; then
  exit 0
fi
if ! command -v go >/dev/null 2>&1; then
  export PATH="$PATH:/usr/local/go/bin"
fi
if ! command -v go >/dev/null 2>&1; then
  echo "build-ferretdb: Go is required (expected at /usr/local/go/bin/go)" >&2
  exit 1
fi
mkdir -p .tools/bin
echo "build-ferretdb: building FerretDB 1.24.2 (first build takes a few minutes)…" >&2
start=$(date +%s)
(cd "$src" && go build -trimpath -o ../../"$bin".tmp .)
mv "$bin".tmp "$bin"
echo "build-ferretdb: done in $(( $(date +%s) - start ))s → $bin" >&2
