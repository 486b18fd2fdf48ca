#!/usr/bin/env bash
# Builds our FerretDB 1.24.2 wrapper (scripts/ferretdb) into .tools/bin/ferretdb, against a copy of
# the FerretDB module with our patches (scripts/ferretdb/patches/*.patch, applied in name order).
# Skips the build when the binary was built from the same wrapper, patches and script: a stamp next
# to it holds their checksum (so a removed or reverted patch rebuilds too, not only a newer one).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
src=scripts/ferretdb
bin=.tools/bin/ferretdb
stamp=$bin.sources
module=github.com/FerretDB/FerretDB
version=v1.24.2

sources=$( (cd "$root" && find "$src" scripts/build-ferretdb.sh -type f | LC_ALL=C sort | xargs sha256sum) | sha256sum | cut -d' ' -f1)
if [ -x "$bin" ] && [ "$(cat "$stamp" 2>/dev/null)" = "$sources" ]; then
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
echo "build-ferretdb: building FerretDB $version with our patches (first build takes a few minutes)…" >&2
start=$(date +%s)

# The module cache is read-only and shared: patch a fresh copy of it.
patched=.tools/ferretdb-src
upstream=$(cd "$src" && go mod download -json "$module@$version" | sed -n 's/^[[:space:]]*"Dir": "\(.*\)",$/\1/p')
[ -d "$upstream" ] || { echo "build-ferretdb: could not download $module@$version" >&2; exit 1; }
rm -rf "$patched"
cp -R "$upstream" "$patched"
chmod -R u+w "$patched"
for p in "$src"/patches/*.patch; do
  [ -e "$p" ] || continue
  echo "build-ferretdb: applying $(basename "$p")" >&2
  if command -v patch >/dev/null 2>&1; then
    patch --quiet --forward --batch -p1 -d "$patched" < "$p"
  else
    (cd "$patched" && git apply -p1 "$root/$p")
  fi
done

# Build against the copy through a generated module file, so scripts/ferretdb/go.mod stays as committed.
modfile=.tools/ferretdb-build/go.mod
mkdir -p "$(dirname "$modfile")"
cp "$src/go.mod" "$modfile"
cp "$src/go.sum" "${modfile%.mod}.sum"
echo "replace $module => $root/$patched" >> "$modfile"
(cd "$src" && go build -trimpath -modfile="$root/$modfile" -o "$root/$bin.tmp" .)
mv "$bin".tmp "$bin"
echo "$sources" > "$stamp"
echo "build-ferretdb: done in $(( $(date +%s) - start ))s → $bin" >&2
