# shellcheck shell=bash
# What bench/care.sh, bench/measures.sh and bench/directory.sh share: build the jar, start it on a
# fresh data directory as bench/run.sh does, reach its embedded PostgreSQL with psql, sign in through
# the real sign-in form, check a page before measuring it, run wrk and turn its output into
# requests/s, p50 and p99, and print the machine. Sourced, not run:
#
#   source "$(dirname "$0")/lib.sh"
#   bench_build "$@"                 # unless --no-build; installs wrk and psql when missing
#   bench_prepare care               # jar, free port, data directory, results, clean-up on exit
#   bench_start                      # the jar with -Xmx256m, demo profile; waits until UP; db_port
#   sql -f bench/seed-care.sql       # psql into the embedded PostgreSQL
#   bench_sign_in "$email"           # sets cookie (empty: measure without signing in)
#   check "$path" 'what must appear'
#   names=(...) paths=(...); bench_measure_targets    # sets rows, alone, heap_after_load
#
# Tunables (environment): DURATION (20s), WARMUP (10s), CONNECTIONS (50), THREADS (2),
# SINGLE (10s: the one-connection run per target), KEEP=1 (leave the application running at the
# end for a look; stop it with the pid printed).

DURATION=${DURATION:-20s}
WARMUP=${WARMUP:-10s}
CONNECTIONS=${CONNECTIONS:-50}
THREADS=${THREADS:-2}
SINGLE=${SINGLE:-10s}
STATIC=/nhsuk/nhsuk-frontend.min.css
cookie=""

bench_build() { # [--no-build]
  if [[ "${1:-}" != "--no-build" ]]; then
    mvn -q -B -DskipTests package
  fi
  local tool package
  for tool in wrk psql; do
    if ! command -v "$tool" >/dev/null 2>&1; then
      package=$([[ $tool == psql ]] && echo postgresql-client || echo wrk)
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$package" >/dev/null
    fi
  done
}

bench_prepare() { # name: names the data directory and the files in bench/results
  bench_name=$1
  jar=$(ls target/tandem-*.jar | grep -v '\.original$' | head -1)
  port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  data=$(mktemp -d -t "tandem-$bench_name-bench-XXXXXX")
  results=bench/results
  mkdir -p "$results"
  base="http://127.0.0.1:$port"
  jar_cookies="$data/cookies.txt"
  trap bench_cleanup EXIT
  load_before=$(cut -d' ' -f1-3 /proc/loadavg)
}

bench_stop() {
  if [[ -n "${app:-}" ]] && kill -0 "$app" 2>/dev/null; then
    kill "$app"
    wait "$app" 2>/dev/null || true
  fi
}

bench_cleanup() {
  if [[ "${KEEP:-}" == 1 ]]; then
    echo "Left running: pid ${app:-?}, $base, database port ${db_port:-?}, data in $data" >&2
    return
  fi
  bench_stop
  rm -rf "$data"
}

# ---- start, as bench/run.sh does; then the embedded PostgreSQL's port (line 4 of postmaster.pid)
bench_start() { # [extra application arguments...]
  java -Xmx256m -jar "$jar" --spring.profiles.active=demo --server.port="$port" \
    --tandem.embedded-database.directory="$data/postgres" "$@" >"$results/$bench_name-app.log" 2>&1 &
  app=$!
  until curl -fs "$base/actuator/health" 2>/dev/null | grep -q '"UP"'; do
    if ! kill -0 "$app" 2>/dev/null; then
      echo "The application stopped while starting; see $results/$bench_name-app.log" >&2
      exit 1
    fi
    sleep 0.2
  done
  db_port=$(sed -n 4p "$data/postgres/postmaster.pid")
}

# The embedded database takes only Tandem's user with its password, kept in the data folder.
sql() {
  PGPASSWORD=$(cat "$data/postgres/tandem-password") \
    psql -X -q -t -A -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$db_port" -U postgres -d postgres "$@"
}

# ---- sign in through the form: the session cookie, CSRF token from the page
bench_sign_in() { # email (the demo accounts' password)
  local form csrf_name csrf_value signed_in
  form=$(curl -s -c "$jar_cookies" -b "$jar_cookies" "$base/sign-in")
  csrf_name=$(grep -o '<input type="hidden" name="[^"]*" value="[^"]*"' <<<"$form" | head -1 | cut -d'"' -f4)
  csrf_value=$(grep -o '<input type="hidden" name="[^"]*" value="[^"]*"' <<<"$form" | head -1 | cut -d'"' -f6)
  signed_in=$(curl -s -o /dev/null -w '%{http_code} %{redirect_url}' -c "$jar_cookies" -b "$jar_cookies" \
    --data-urlencode "$csrf_name=$csrf_value" --data-urlencode "email=$1" \
    --data-urlencode "password=tandem-demo-2026" "$base/sign-in")
  if [[ "$signed_in" != 302* || "$signed_in" == *sign-in* ]]; then
    echo "Sign-in as $1 failed: $signed_in" >&2
    exit 1
  fi
  cookie=$(awk '!/^#/ && NF >= 7 {c = c $6 "=" $7 "; "} END {sub(/; $/, "", c); print c}' \
    <(sed 's/^#HttpOnly_//' "$jar_cookies"))
}

# ---- a benchmark of a redirect is worthless: each page must answer 200 with its content
answers() { # path what-must-appear -> true when it does; the status in answered
  local body
  local -a headers=()
  [[ -n "$cookie" ]] && headers=(-H "Cookie: $cookie")
  body=$(curl -s "${headers[@]}" -w '\n%{http_code}' "$base$1")
  answered=$(tail -1 <<<"$body")
  [[ "$answered" == 200 ]] && grep -q -- "$2" <<<"$body"
}
check() { # path what-must-appear -> exits unless it answers 200 with it
  if ! answers "$1" "$2"; then
    echo "$1 answered $answered without \"$2\"; not measuring a redirect or an error page" >&2
    exit 1
  fi
}

# ---- wrk, as bench/run.sh does, with the session cookie when there is one
to_ms() { # wrk prints 812.00us, 1.23ms or 1.01s
  awk -v v="$1" 'BEGIN {
    if (v ~ /us$/) { sub(/us$/, "", v); printf "%.2f", v / 1000 }
    else if (v ~ /ms$/) { sub(/ms$/, "", v); printf "%.2f", v }
    else if (v ~ /m$/) { sub(/m$/, "", v); printf "%.0f", v * 60000 }
    else { sub(/s$/, "", v); printf "%.2f", v * 1000 } }'
}
wrk_out() { # wrk output -> "rps p50 p99 non2xx"
  local rps p50 p99 errors
  rps=$(awk '/^Requests\/sec/ {print $2}' <<<"$1")
  p50=$(to_ms "$(awk '$1 == "50%" {print $2}' <<<"$1")")
  p99=$(to_ms "$(awk '$1 == "99%" {print $2}' <<<"$1")")
  errors=$(awk '/Non-2xx/ {print $NF}' <<<"$1")
  echo "$rps $p50 $p99 ${errors:-0}"
}
measure() { # path duration [connections] -> "rps p50 p99 non2xx"
  local out connections=${3:-$CONNECTIONS} threads=$THREADS
  local -a headers=()
  (( connections < threads )) && threads=$connections
  [[ -n "$cookie" ]] && headers=(-H "Cookie: $cookie")
  out=$(wrk -t"$threads" -c"$connections" -d"$2" --latency -H 'Accept-Encoding: gzip' \
    "${headers[@]}" "$base$1")
  wrk_out "$out"
}
heap_used() { jcmd "$app" GC.heap_info 2>/dev/null | awk '/ total / {for (i = 1; i <= NF; i++) if ($i == "used") {print $(i + 1); exit}}'; }
audit_rows() { sql -c "select count(*) from audit_event"; }

# ---- every target in names/paths (the first the static asset): warm-up, the run at CONNECTIONS
# with the audit rows it wrote, then one connection at a time. Sets rows, alone, heap_after_load.
# shown_path (optional function) rewrites a path for the table, e.g. to hide an id.
bench_measure_targets() {
  local path i rps p50 p99 errors before written ratio static_rps="" shown
  local -a headers=()
  [[ -n "$cookie" ]] && headers=(-H "Cookie: $cookie")
  for path in "${paths[@]}"; do
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" "${headers[@]}" "$base$path" >/dev/null
  done
  rows=()
  for i in "${!paths[@]}"; do
    before=$(audit_rows)
    read -r rps p50 p99 errors < <(measure "${paths[$i]}" "$DURATION")
    written=$(( $(audit_rows) - before ))
    [[ -z "$static_rps" ]] && static_rps=$rps
    ratio=$(awk -v a="$rps" -v b="$static_rps" 'BEGIN { printf "%.0f %%", 100 * a / b }')
    shown=${paths[$i]}
    if declare -F shown_path >/dev/null; then shown=$(shown_path "$shown"); fi
    rows+=("| ${names[$i]} | \`$shown\` | $(printf '%.0f' "$rps") | $p50 | $p99 | $ratio | $errors | $written |")
  done
  heap_after_load=$(heap_used)

  # one connection at a time: the time one request takes, with no queue in front of it
  alone=()
  for i in "${!paths[@]}"; do
    read -r rps p50 p99 errors < <(measure "${paths[$i]}" "$SINGLE" 1)
    alone+=("| ${names[$i]} | $(printf '%.0f' "$rps") | $p50 | $p99 |")
  done
}

bench_machine() { # the lines every report starts with
  echo "Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'),"
  echo "$(free -g | awk '/Mem:/ {print $2}') GB memory, $(java -version 2>&1 | head -1);"
  echo "load average before: $load_before, when done: $(cut -d' ' -f1-3 /proc/loadavg) (other work on the machine skews the figures)."
}

bench_tables() { # the two tables of bench_measure_targets
  echo "| target | path | requests/s | p50 ms | p99 ms | vs static | non-2xx | audit rows written |"
  echo "|---|---|---|---|---|---|---|---|"
  printf '%s\n' "${rows[@]}"
  echo
  echo "One connection ($SINGLE each, after the runs above):"
  echo
  echo "| target | requests/s | p50 ms | p99 ms |"
  echo "|---|---|---|---|"
  printf '%s\n' "${alone[@]}"
}
