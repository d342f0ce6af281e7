#!/bin/sh
# Load test of POST /v1/evaluations with wrk, then resident memory of serve as evaluations pile up.
# Usage: perf/http-load.sh [SECONDS_PER_ROUND] [ROUNDS]   (needs wrk, jq, curl; uses bin/assay)
# Starts serve on a fresh data directory (rate limit lifted), warms it for 15 s, then runs ROUNDS
# rounds of wrk with 16 connections and prints, after each, wrk's figures, the server's CPU time per
# request (a figure that holds even when other work shares the machine), the evaluations stored so
# far and the server's resident set size (ps), then that CPU per request split by thread
# (perf/thread-cpu.sh: grading pool, commit thread, Jetty, JIT compilers, GC...).
set -e
root=$(cd "$(dirname "$0")/.." && pwd)
seconds="${1:-30}"
rounds="${2:-4}"
work=$(mktemp -d)
trap 'kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null; rm -rf "$work"' EXIT
# The 24 calibration answers with their prompts, one submission a line, posted in turn.
labels="$root/rules/src/test/resources/calibration/labels.json"
jq -r '.answers[] | [.file, (.promptId // "")] | @tsv' "$labels" | while IFS="$(printf '\t')" read -r file prompt; do
  jq -cn --rawfile answer "$root/rules/src/test/resources/calibration/$file" --arg p "$prompt" --arg c "${file%.md}" \
    '{answer: $answer, candidateId: $c, cohortId: "load"} + (if $p == "" then {} else {promptId: $p} end)'
done > "$work/bodies.jsonl"
"$root/bin/assay" serve --port 0 --data "$work/data" --rate 1000000 --burst 1000000 --queue 256 > "$work/out" 2> "$work/err" &
pid=$!
while ! grep -q listening "$work/out" 2>/dev/null; do
  kill -0 "$pid" 2>/dev/null || { cat "$work/err" >&2; exit 1; }
  sleep 0.1
done
port=$(sed -n 's#.*127\.0\.0\.1:\([0-9]*\).*#\1#p' "$work/out")
export KEY=$(sed -n 's/^admin key: //p' "$work/out")
export BODIES="$work/bodies.jsonl"
url="http://127.0.0.1:$port/v1/evaluations"
script="$root/perf/post-evaluation.lua"
wrk -t 2 -c 16 -d 15s -s "$script" "$url" > /dev/null
cpu_ticks() { awk '{print $14 + $15}' "/proc/$pid/stat"; }
hz=$(getconf CLK_TCK)
total=0
i=1
while [ "$i" -le "$rounds" ]; do
  before=$(cpu_ticks)
  "$root/perf/thread-cpu.sh" "$pid" > "$work/threads.before"
  wrk -t 2 -c 16 -d "${seconds}s" --latency -s "$script" "$url" > "$work/wrk.txt"
  after=$(cpu_ticks)
  done_now=$(sed -n 's/^ *\([0-9]*\) requests in.*/\1/p' "$work/wrk.txt")
  cpu_ms=$(echo "$before $after $done_now $hz" | awk '{ if ($3 > 0) printf "%.1f", ($2 - $1) * 1000 / $4 / $3; else print "?" }')
  errors=$(grep -c 'Non-2xx\|Socket errors' "$work/wrk.txt" || true)
  total=$((total + done_now))
  rss=$(ps -o rss= -p "$pid" | tr -d ' ')
  echo "round $i: $(tail -1 "$work/wrk.txt"); $done_now requests ($errors error lines), server CPU $cpu_ms ms per request; after warm-up $total evaluations; RSS $((rss / 1024)) MB"
  if [ "$done_now" -gt 0 ]; then
    echo "  CPU ms per request by thread: $("$root/perf/thread-cpu.sh" "$pid" "$work/threads.before" "$done_now" | awk -F '\t' '$2 >= 0.1 { printf "%s%s %s", sep, $1, $2; sep = ", " }')"
  fi
  i=$((i + 1))
done
stored=$(curl -s -H "Authorization: Bearer $KEY" "http://127.0.0.1:$port/v1/cohorts/load/report" | jq '.candidates')
echo "candidates in the cohort report: $stored (24 answers, each its own candidate)"
