#!/bin/sh
# Seconds from starting `serve` to the first evaluation answered (201), over a fresh data directory.
# Usage: perf/first-evaluation.sh [ANSWER.md]   (needs curl and jq; uses bin/assay, so the CDS archive)
# Prints one line: start-to-listening and start-to-first-evaluation, in seconds.
set -e
root=$(cd "$(dirname "$0")/.." && pwd)
answer="${1:-$root/rules/src/test/resources/calibration/cal-01.md}"
work=$(mktemp -d)
trap 'kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null; rm -rf "$work"' EXIT
jq -n --rawfile answer "$answer" '{answer: $answer, promptId: "payment-fraud", candidateId: "c1", cohortId: "k"}' > "$work/body.json"
start=$(date +%s.%N)
"$root/bin/assay" serve --port 0 --data "$work/data" > "$work/out" 2> "$work/err" &
pid=$!
while ! grep -q listening "$work/out" 2>/dev/null; do
  kill -0 "$pid" 2>/dev/null || { cat "$work/err" >&2; exit 1; }
  sleep 0.02
done
listening=$(date +%s.%N)
port=$(sed -n 's#.*127\.0\.0\.1:\([0-9]*\).*#\1#p' "$work/out")
key=$(sed -n 's/^admin key: //p' "$work/out")
code=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $key" --data-binary @"$work/body.json" "http://127.0.0.1:$port/v1/evaluations")
done_at=$(date +%s.%N)
[ "$code" = 201 ] || { echo "first evaluation answered $code" >&2; exit 1; }
echo "$start $listening $done_at" | awk '{printf "listening %.2f s, first evaluation answered %.2f s\n", $2 - $1, $3 - $1}'
