#!/usr/bin/env bash
# update-golden.sh [claimtrack binary]: regenerates tests/golden/seeds.claims.jsonl,
# the expected `claimtrack claims --format jsonl` output on samples/seeds that
# tests/e2e.sh compares against. Run it after an intended change to extraction,
# linking or the claims format, then review `git diff tests/golden/`.
set -eu

SRC=$(cd "$(dirname "$0")/.." && pwd)
BIN=${1:-$SRC/build/claimtrack}
[ -x "$BIN" ] || { echo "usage: $0 [claimtrack binary]   (no binary at $BIN)" >&2; exit 2; }
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

"$BIN" ingest --db "$WORK/seeds.db" "$SRC/samples/seeds"
mkdir -p "$SRC/tests/golden"
"$BIN" claims --db "$WORK/seeds.db" --format jsonl >"$WORK/seeds.claims.jsonl"
mv "$WORK/seeds.claims.jsonl" "$SRC/tests/golden/seeds.claims.jsonl"
echo "wrote tests/golden/seeds.claims.jsonl ($(wc -l <"$SRC/tests/golden/seeds.claims.jsonl") claims)"
