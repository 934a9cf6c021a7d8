#!/usr/bin/env bash
# Benchmark (figures, not assertions): start-up time, requests/s and latency at 50 connections,
# bytes transferred for a problem page, and heap used. Prints Markdown; docs/performance.md
# records a run with the machine it ran on.
#
#   bench/run.sh               build the jar, then measure
#   bench/run.sh --no-build    measure the jar already in target/
#
# Tunables (environment): DURATION (20s), WARMUP (10s), CONNECTIONS (50), THREADS (2),
# SEARCH (sleep), PROBLEM_PATH (found from the guide when unset), APP_ARGS (extra application
# arguments, e.g. --spring.web.resources.chain.compressed=false to compare).
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION=${DURATION:-20s}
WARMUP=${WARMUP:-10s}
CONNECTIONS=${CONNECTIONS:-50}
THREADS=${THREADS:-2}
SEARCH=${SEARCH:-sleep}
STATIC=/nhsuk/nhsuk-frontend.min.css

if [[ "${1:-}" != "--no-build" ]]; then
  mvn -q -B -DskipTests package
fi
if ! command -v wrk >/dev/null 2>&1; then
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null
fi

jar=$(ls target/tandem-*.jar | grep -v '\.original$' | head -1)
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
data=$(mktemp -d -t tandem-bench-XXXXXX)
results=bench/results
mkdir -p "$results"
base="http://127.0.0.1:$port"

cleanup() {
  if [[ -n "${app:-}" ]] && kill -0 "$app" 2>/dev/null; then
    kill "$app"
    wait "$app" 2>/dev/null || true
  fi
  rm -rf "$data"
}
trap cleanup EXIT

load_before=$(cut -d' ' -f1-3 /proc/loadavg)

# ---- start-up: from launching the JVM until /actuator/health says UP, fresh data directory
started=$(date +%s%N)
java -Xmx256m -jar "$jar" --spring.profiles.active=demo --server.port="$port" \
  --tandem.embedded-database.directory="$data/postgres" ${APP_ARGS:-} >"$results/app.log" 2>&1 &
app=$!
until curl -fs "$base/actuator/health" 2>/dev/null | grep -q '"UP"'; do
  if ! kill -0 "$app" 2>/dev/null; then
    echo "The application stopped while starting; see $results/app.log" >&2
    exit 1
  fi
  sleep 0.1
done
startup_ms=$(( ($(date +%s%N) - started) / 1000000 ))

# ---- what to measure: a problem page is found from the guide unless given
if [[ -z "${PROBLEM_PATH:-}" ]]; then
  PROBLEM_PATH=$(curl -fs "$base/guide" "$base/guide/problems" 2>/dev/null \
    | grep -o 'href="/guide/problems/[^"#?]*"' | head -1 | cut -d'"' -f2 || true)
fi
declare -a names=("static asset" "guide home" "problem page" "search")
declare -a paths=("$STATIC" "/guide" "${PROBLEM_PATH:-}" "/guide/search?q=$SEARCH")

# ---- wrk: requests/s, p50, p99 (browser-like: gzip accepted)
to_ms() { # wrk prints 812.00us, 1.23ms or 1.01s
  awk -v v="$1" 'BEGIN {
    if (v ~ /us$/) { sub(/us$/, "", v); printf "%.2f", v / 1000 }
    else if (v ~ /ms$/) { sub(/ms$/, "", v); printf "%.2f", v }
    else if (v ~ /m$/) { sub(/m$/, "", v); printf "%.0f", v * 60000 }
    else { sub(/s$/, "", v); printf "%.2f", v * 1000 } }'
}
measure() { # path duration -> "rps p50 p99 non2xx"
  local out
  out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$2" --latency -H 'Accept-Encoding: gzip' "$base$1")
  local rps p50 p99 errors
  rps=$(awk '/^Requests\/sec/ {print $2}' <<<"$out")
  p50=$(to_ms "$(awk '$1 == "50%" {print $2}' <<<"$out")")
  p99=$(to_ms "$(awk '$1 == "99%" {print $2}' <<<"$out")")
  errors=$(awk '/Non-2xx/ {print $NF}' <<<"$out")
  echo "$rps $p50 $p99 ${errors:-0}"
}

for i in "${!paths[@]}"; do
  [[ -n "${paths[$i]}" ]] && wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" "$base${paths[$i]}" >/dev/null
done

declare -a rows=()
static_rps=""
for i in "${!paths[@]}"; do
  path=${paths[$i]}
  status=$( [[ -n "$path" ]] && curl -s -o /dev/null -w '%{http_code}' "$base$path" || echo "none")
  if [[ "$status" != "200" ]]; then
    rows+=("| ${names[$i]} | \`${path:-not found}\` | – | – | – | – | answers $status: not measured |")
    continue
  fi
  read -r rps p50 p99 errors < <(measure "$path" "$DURATION")
  [[ -z "$static_rps" ]] && static_rps=$rps
  ratio=$(awk -v a="$rps" -v b="$static_rps" 'BEGIN { printf "%.0f %%", 100 * a / b }')
  rows+=("| ${names[$i]} | \`$path\` | $(printf '%.0f' "$rps") | $p50 | $p99 | $ratio | $errors |")
done

# ---- bytes transferred for a problem page with its CSS and JS, gzip as a browser asks
weigh() { curl -s --compressed -o /dev/null -w '%{size_download} %{size_header}\n' "$base$1"; }
page_bytes=""
if [[ -n "$PROBLEM_PATH" ]]; then
  html=$(curl -s "$base$PROBLEM_PATH")
  assets=$( (grep -o '<link rel="stylesheet" href="[^"]*"' <<<"$html" | cut -d'"' -f4
             grep -o '<script[^>]*src="[^"]*"' <<<"$html" | grep -o 'src="[^"]*"' | cut -d'"' -f2
             # tandem.js imports the design system's module
             echo /nhsuk/nhsuk-frontend.min.js) | sort -u)
  total=0
  page_rows=""
  for resource in "$PROBLEM_PATH" $assets; do
    read -r body header < <(weigh "$resource")
    total=$((total + body + header))
    page_rows+="| \`$resource\` | $body | $header |"$'\n'
  done
  page_bytes="$total"
fi

# ---- heap: used under load, then live after a full collection
heap_used() { jcmd "$app" GC.heap_info 2>/dev/null | awk '/ total / {for (i = 1; i <= NF; i++) if ($i == "used") {print $(i + 1); exit}}'; }
heap_after_load=$(heap_used)
jcmd "$app" GC.run >/dev/null 2>&1 || true
heap_live=$(heap_used)
rss_kb=$(ps -o rss= -p "$app" | tr -d ' ')

{
  echo "## Tandem benchmark – $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo
  echo "Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'),"
  echo "$(free -g | awk '/Mem:/ {print $2}') GB memory, $(java -version 2>&1 | head -1);"
  echo "load average before: $load_before, when done: $(cut -d' ' -f1-3 /proc/loadavg) (other work on the machine skews the figures)."
  echo "Settings: wrk $THREADS threads, $CONNECTIONS connections, $DURATION per target after a $WARMUP warm-up,"
  echo "\`Accept-Encoding: gzip\`; the application runs with \`-Xmx256m\`, demo profile, embedded PostgreSQL${APP_ARGS:+, $APP_ARGS}."
  echo
  echo "Start-up until \`/actuator/health\` is UP (fresh data directory): **${startup_ms} ms**"
  echo
  echo "| target | path | requests/s | p50 ms | p99 ms | vs static | non-2xx |"
  echo "|---|---|---|---|---|---|---|"
  printf '%s\n' "${rows[@]}"
  echo
  if [[ -n "$page_bytes" ]]; then
    echo "Problem page with its CSS and JS, gzip (body + headers bytes):"
    echo
    echo "| resource | body | headers |"
    echo "|---|---|---|"
    printf '%s' "$page_rows"
    echo "| **total** | **$page_bytes** ($(awk -v b="$page_bytes" 'BEGIN { printf "%.1f KB", b / 1024 }')) | |"
  else
    echo "Problem page: none found yet, so no page weight."
  fi
  echo
  echo "Heap used: ${heap_after_load:-?} after the load, ${heap_live:-?} live after a full GC (max 256 MB); process RSS $((rss_kb / 1024)) MB."
} | tee "$results/latest.md"
