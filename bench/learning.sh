#!/usr/bin/env bash
# Benchmark of learning (issue 14), figures not assertions: the library page, a piece page, a step
# of a paced pathway (read by the person on it) and a ranged request for the pain and mood video,
# each beside the reference app (../shared/bench/minimal) measured in the same run. Prints
# Markdown; docs/performance.md records a run with the machine it ran on.
#
#   bench/learning.sh               build the jar, then measure the reference app, then Tandem
#   bench/learning.sh --no-build    use the jar already in target/
#
# The reference app is built in a temporary folder, started alone with -Xmx256m, measured at
# /hello and /css/app.css, and stopped; then Tandem starts alone as bench/run.sh does (-Xmx256m,
# demo profile, fresh data directory), the demo person signs in through the real form, and each
# target is checked (200 or 206 with what it should show) before wrk measures it. Same wrk
# settings for both: CONNECTIONS (32 here, as the reference's README), THREADS, DURATION, WARMUP.
set -euo pipefail
cd "$(dirname "$0")/.."
CONNECTIONS=${CONNECTIONS:-32}
source bench/lib.sh
REFERENCE=${REFERENCE:-../shared/bench/minimal}
RANGE=${RANGE:-bytes=0-65535}

bench_build "$@"

# ---- the reference app, alone
reference_dir=$(mktemp -d)
cp -r "$REFERENCE/." "$reference_dir"
(cd "$reference_dir" && mvn -q -o -DskipTests package) || (cd "$reference_dir" && mvn -q -DskipTests package)
reference_port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
java -Xmx256m -jar "$reference_dir"/target/*.jar --server.port="$reference_port" >"$reference_dir/app.log" 2>&1 &
reference_pid=$!
for _ in $(seq 1 120); do
  curl -sf "http://127.0.0.1:$reference_port/hello" >/dev/null && break
  sleep 0.5
done
reference() { # path -> requests/s
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" "http://127.0.0.1:$reference_port$1" >/dev/null
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -H 'Accept-Encoding: gzip' \
    "http://127.0.0.1:$reference_port$1" | awk '/^Requests\/sec/ {printf "%.0f", $2}'
}
hello_rps=$(reference /hello)
css_rps=$(reference /css/app.css)
kill "$reference_pid"
wait "$reference_pid" 2>/dev/null || true
rm -rf "$reference_dir"

# ---- Tandem, alone
bench_prepare learning
bench_start
bench_sign_in patient@demo.tandem
person_id=$(sql -c "select p.id from person p join account a on a.id = p.account_id where a.email = 'patient@demo.tandem'")
read -r enrolment step < <(sql -c "select e.id || ' ' || s.step_id from learning_enrolment e
  join learning_step_progress s on s.enrolment_id = e.id where e.person_id = '$person_id'
  order by s.released_at limit 1")
step_path="/people/$person_id/pathways/$enrolment/steps/$step"
video=$(curl -s "$base/learn/pain-and-mood-video" | grep -o '/learn/media/[0-9a-f]\{64\}' | head -1)
check /learn "Pacing"
check /learn/pacing "Pacing"
check "$step_path" "Back to"
ranged=$(curl -s -o /dev/null -w '%{http_code}' -H "Range: $RANGE" "$base$video")
[[ "$ranged" == 206 ]] || { echo "$video answered $ranged to a range request" >&2; exit 1; }

names=("static asset" "library page" "piece page" "pathway step (the person)")
paths=("$STATIC" "/learn" "/learn/pacing" "$step_path")
shown_path() { sed "s/$person_id/{person}/; s/$enrolment/{enrolment}/; s/$step/{step}/" <<<"$1"; }
bench_measure_targets
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" -H "Range: $RANGE" "$base$video" >/dev/null
video_out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -H "Range: $RANGE" "$base$video")
read -r video_rps video_p50 video_p99 video_errors < <(wrk_out "$video_out")

share() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f %%", 100 * a / b }'; }
{
  echo "## Tandem learning benchmark – $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo
  bench_machine
  echo "Settings: wrk $THREADS threads, $CONNECTIONS connections, $DURATION per target after a $WARMUP warm-up,"
  echo "\`Accept-Encoding: gzip\`; Tandem with \`-Xmx256m\`, demo profile, embedded PostgreSQL, the demo person's session."
  echo
  echo "Reference app (../shared/bench/minimal, alone, same run): \`/hello\` $hello_rps requests/s, \`/css/app.css\` $css_rps requests/s."
  echo
  bench_tables
  echo
  echo "Shares of the reference app, same run:"
  echo
  echo "| target | Tandem requests/s | share |"
  echo "|---|---|---|"
  for i in "${!names[@]}"; do
    rps=$(cut -d'|' -f4 <<<"${rows[$i]}" | tr -d ' ')
    if [[ $i == 0 ]]; then
      echo "| ${names[$i]} | $rps | $(share "$rps" "$css_rps") of the reference CSS |"
    else
      echo "| ${names[$i]} | $rps | $(share "$rps" "$hello_rps") of \`/hello\` |"
    fi
  done
  echo "| video, \`Range: $RANGE\` (206) | $(printf '%.0f' "$video_rps") (p50 $video_p50 ms, p99 $video_p99 ms, errors $video_errors) | $(share "$video_rps" "$css_rps") of the reference CSS |"
} | tee "$results/learning-latest.md"
