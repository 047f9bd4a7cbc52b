#!/usr/bin/env bash
# bench.sh [N]: ingest throughput of an existing claimtrack binary ($CLAIMTRACK,
# default build/claimtrack) on N generated articles (default 200; see
# gen_corpus.sh). Builds nothing. Reports MB/s, documents/s, claims/s and peak
# RSS, measured with GNU time (/usr/bin/time, apt package "time") when present.
set -eu

N=${1:-200}
SRC=$(cd "$(dirname "$0")/.." && pwd)
BIN=${CLAIMTRACK:-$SRC/build/claimtrack}
[ -x "$BIN" ] || { echo "$0: no claimtrack binary at $BIN (set CLAIMTRACK)" >&2; exit 2; }
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

"$SRC/bench/gen_corpus.sh" "$N" "$WORK/corpus" >/dev/null
bytes=$(cat "$WORK"/corpus/*.txt | wc -c)

start=$(date +%s.%N)
if [ -x /usr/bin/time ]; then
  /usr/bin/time -v -o "$WORK/time.txt" "$BIN" ingest --db "$WORK/tmp.db" "$WORK/corpus" 2>"$WORK/ingest.err" ||
    { cat "$WORK/ingest.err" >&2; exit 1; }
  rss_kb=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$WORK/time.txt")
else
  echo "note: /usr/bin/time missing (apt-get install time): no peak RSS" >&2
  time "$BIN" ingest --db "$WORK/tmp.db" "$WORK/corpus" 2>"$WORK/ingest.err" ||
    { cat "$WORK/ingest.err" >&2; exit 1; }
  rss_kb=""
fi
end=$(date +%s.%N)

claims=$("$BIN" claims --db "$WORK/tmp.db" --format jsonl | wc -l)
awk -v n="$N" -v b="$bytes" -v c="$claims" -v t0="$start" -v t1="$end" -v rss="$rss_kb" 'BEGIN {
  s = t1 - t0
  printf "documents: %d (%.2f MB), claims: %d, wall time: %.2f s\n", n, b / 1e6, c, s
  printf "throughput: %.3f MB/s, %.1f documents/s, %.1f claims/s\n", b / 1e6 / s, n / s, c / s
  if (rss != "") printf "peak RSS: %.1f MB\n", rss / 1024; else print "peak RSS: not measured"
}'
tail -n 1 "$WORK/ingest.err"
