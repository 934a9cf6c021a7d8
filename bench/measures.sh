#!/usr/bin/env bash
# Benchmark of questionnaire results (issue 4), figures not assertions: the results page and the
# PHQ-9 results page (chart, table, change) of one person, read by a practitioner on their team,
# with 1,000,000 submitted responses in the database (bench/seed-measures.sql: 100 for each of
# bench/seed-care.sql's 10,000 people). Prints Markdown; docs/performance.md records a run.
#
#   bench/measures.sh               build the jar, then start, seed and measure
#   bench/measures.sh --no-build    use the jar already in target/
#
# As bench/care.sh: the jar with -Xmx256m, the demo profile and a fresh data directory; the care
# volume (bench/seed-care.sql), then the responses (bench/seed-measures.sql) with psql into the
# embedded PostgreSQL; sign-in as the lead practitioner of bench person 5000 through the real
# sign-in form; wrk with that session cookie.
#
# Tunables (environment): DURATION (20s), WARMUP (10s), CONNECTIONS (50), THREADS (2),
# SINGLE (10s: the one-connection run per target), PERSON (5000: which bench person to read), KEEP=1 (leave the application running at the end
# for a look; stop it with the pid printed).
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION=${DURATION:-20s}
WARMUP=${WARMUP:-10s}
CONNECTIONS=${CONNECTIONS:-50}
THREADS=${THREADS:-2}
PERSON=${PERSON:-5000}
SINGLE=${SINGLE:-10s}
STATIC=/nhsuk/nhsuk-frontend.min.css

if [[ "${1:-}" != "--no-build" ]]; then
  mvn -q -B -DskipTests package
fi
for tool in wrk psql; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    package=$([[ $tool == psql ]] && echo postgresql-client || echo wrk)
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$package" >/dev/null
  fi
done

jar=$(ls target/tandem-*.jar | grep -v '\.original$' | head -1)
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
data=$(mktemp -d -t tandem-measures-bench-XXXXXX)
results=bench/results
mkdir -p "$results"
base="http://127.0.0.1:$port"
jar_cookies="$data/cookies.txt"

cleanup() {
  if [[ "${KEEP:-}" == 1 ]]; then
    echo "Left running: pid $app, $base, database port ${db_port:-?}, data in $data" >&2
    return
  fi
  if [[ -n "${app:-}" ]] && kill -0 "$app" 2>/dev/null; then
    kill "$app"
    wait "$app" 2>/dev/null || true
  fi
  rm -rf "$data"
}
trap cleanup EXIT

load_before=$(cut -d' ' -f1-3 /proc/loadavg)

# ---- start, as bench/run.sh does
java -Xmx256m -jar "$jar" --spring.profiles.active=demo --server.port="$port" \
  --tandem.embedded-database.directory="$data/postgres" >"$results/measures-app.log" 2>&1 &
app=$!
until curl -fs "$base/actuator/health" 2>/dev/null | grep -q '"UP"'; do
  if ! kill -0 "$app" 2>/dev/null; then
    echo "The application stopped while starting; see $results/measures-app.log" >&2
    exit 1
  fi
  sleep 0.2
done

# ---- the embedded PostgreSQL's port, then the volume
db_port=$(sed -n 4p "$data/postgres/postmaster.pid")
sql() { psql -X -q -t -A -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$db_port" -U postgres -d postgres "$@"; }
seed_started=$(date +%s)
{ sql -f bench/seed-care.sql && sql -f bench/seed-measures.sql; } >"$results/measures-seed.log" 2>&1 || {
  echo "Seeding failed; see $results/measures-seed.log" >&2
  exit 1
}
seed_s=$(( $(date +%s) - seed_started ))
counts=$(sql -c "select (select count(*) from person), (select count(*) from account where role = 'PRACTITIONER'),
  (select count(*) from measures_response where status = 'submitted'),
  (select count(*) from measures_response where person_id = md5('bench:person:$PERSON')::uuid),
  pg_size_pretty(pg_total_relation_size('measures_response')),
  pg_size_pretty(pg_database_size('postgres'))" | tr '|' ' ')
read -r n_people n_practitioners n_responses n_person_responses responses_size db_size <<<"$counts"

# ---- whom to read, and who reads: the lead practitioner of that person's team
person_id=$(sql -c "select md5('bench:person:$PERSON')::uuid")
reader=$(sql -c "select a.email from care_team_member m join account a on a.id = m.account_id
  where m.person_id = '$person_id' and m.lead and m.left_at is null")
results_path="/people/$person_id/results"
phq9_path="/people/$person_id/results/phq-9"

# ---- sign in through the form: the session cookie, CSRF token from the page
form=$(curl -s -c "$jar_cookies" -b "$jar_cookies" "$base/sign-in")
csrf_name=$(grep -o '<input type="hidden" name="[^"]*" value="[^"]*"' <<<"$form" | head -1 | cut -d'"' -f4)
csrf_value=$(grep -o '<input type="hidden" name="[^"]*" value="[^"]*"' <<<"$form" | head -1 | cut -d'"' -f6)
signed_in=$(curl -s -o /dev/null -w '%{http_code} %{redirect_url}' -c "$jar_cookies" -b "$jar_cookies" \
  --data-urlencode "$csrf_name=$csrf_value" --data-urlencode "email=$reader" \
  --data-urlencode "password=tandem-demo-2026" "$base/sign-in")
if [[ "$signed_in" != 302* || "$signed_in" == *sign-in* ]]; then
  echo "Sign-in as $reader failed: $signed_in" >&2
  exit 1
fi
cookie=$(awk '!/^#/ && NF >= 7 {c = c $6 "=" $7 "; "} END {sub(/; $/, "", c); print c}' \
  <(sed 's/^#HttpOnly_//' "$jar_cookies"))

# ---- a benchmark of a redirect is worthless: each page must answer 200 with its content
check() { # path what-must-appear -> status
  local body status
  body=$(curl -s -H "Cookie: $cookie" -w '\n%{http_code}' "$base$1")
  status=$(tail -1 <<<"$body")
  if [[ "$status" != 200 ]] || ! grep -q "$2" <<<"$body"; then
    echo "$1 answered $status without \"$2\"; not measuring a redirect or an error page" >&2
    exit 1
  fi
}
person_name=$(sql -c "select given_name || ' ' || family_name from person where id = '$person_id'")
check "$results_path" 'id="results-list"'
check "$phq9_path" 'class="tandem-score-chart"'
points_shown=$(curl -s -H "Cookie: $cookie" "$base$phq9_path" | grep -o 'tandem-score-chart__point' | wc -l)
results_bytes=$(curl -s --compressed -H "Cookie: $cookie" -o /dev/null -w '%{size_download}' "$base$results_path")
phq9_bytes=$(curl -s --compressed -H "Cookie: $cookie" -o /dev/null -w '%{size_download}' "$base$phq9_path")

# ---- wrk, as bench/run.sh does, with the session cookie
to_ms() { # wrk prints 812.00us, 1.23ms or 1.01s
  awk -v v="$1" 'BEGIN {
    if (v ~ /us$/) { sub(/us$/, "", v); printf "%.2f", v / 1000 }
    else if (v ~ /ms$/) { sub(/ms$/, "", v); printf "%.2f", v }
    else if (v ~ /m$/) { sub(/m$/, "", v); printf "%.0f", v * 60000 }
    else { sub(/s$/, "", v); printf "%.2f", v * 1000 } }'
}
measure() { # path duration [connections] -> "rps p50 p99 non2xx"
  local out connections=${3:-$CONNECTIONS} threads=$THREADS
  (( connections < threads )) && threads=$connections
  out=$(wrk -t"$threads" -c"$connections" -d"$2" --latency -H 'Accept-Encoding: gzip' \
    -H "Cookie: $cookie" "$base$1")
  local rps p50 p99 errors
  rps=$(awk '/^Requests\/sec/ {print $2}' <<<"$out")
  p50=$(to_ms "$(awk '$1 == "50%" {print $2}' <<<"$out")")
  p99=$(to_ms "$(awk '$1 == "99%" {print $2}' <<<"$out")")
  errors=$(awk '/Non-2xx/ {print $NF}' <<<"$out")
  echo "$rps $p50 $p99 ${errors:-0}"
}
heap_used() { jcmd "$app" GC.heap_info 2>/dev/null | awk '/ total / {for (i = 1; i <= NF; i++) if ($i == "used") {print $(i + 1); exit}}'; }
audit_rows() { sql -c "select count(*) from audit_event"; }

declare -a names=("static asset" "results page" "PHQ-9 results page")
declare -a paths=("$STATIC" "$results_path" "$phq9_path")
for path in "${paths[@]}"; do
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" -H "Cookie: $cookie" "$base$path" >/dev/null
done

declare -a rows=()
static_rps=""
audit_note=""
for i in "${!paths[@]}"; do
  before=$(audit_rows)
  read -r rps p50 p99 errors < <(measure "${paths[$i]}" "$DURATION")
  written=$(( $(audit_rows) - before ))
  [[ -z "$static_rps" ]] && static_rps=$rps
  ratio=$(awk -v a="$rps" -v b="$static_rps" 'BEGIN { printf "%.0f %%", 100 * a / b }')
  shown=$(sed "s/$person_id/{person}/" <<<"${paths[$i]}")
  rows+=("| ${names[$i]} | \`$shown\` | $(printf '%.0f' "$rps") | $p50 | $p99 | $ratio | $errors | $written |")
done
heap_after_load=$(heap_used)

# ---- one connection at a time: the time one request takes, with no queue in front of it
declare -a alone=()
for i in "${!paths[@]}"; do
  read -r rps p50 p99 errors < <(measure "${paths[$i]}" "$SINGLE" 1)
  alone+=("| ${names[$i]} | $(printf '%.0f' "$rps") | $p50 | $p99 |")
done

# ---- submit to alert: 50 systems at once each send a PHQ-9 with question 9 above 0 through FHIR.
# The alert is written in the transaction that stores the answers, before the 201, so the time to
# the 201 is the time from submitting to the alert being there for the team.
token="tandem_fhir_$(head -c 32 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=\n')"
token_hash=$(printf '%s' "$token" | sha256sum | cut -d' ' -f1)
sql -c "insert into fhir_client (id, name, organisation_id, token_hash, active, created_at, created_by, idempotency_key)
  select gen_random_uuid(), 'bench submitter', ao.organisation_id, '$token_hash', true, now(),
    (select id from account where role = 'ADMIN' limit 1), gen_random_uuid()
  from account a join account_organisation ao on ao.account_id = a.id where a.email = '$reader' limit 1" >/dev/null
reach=$(sql -c "select string_agg('\"' || person_id || '\"', ',') from (select distinct m.person_id
  from care_team_member m join account_organisation ao on ao.organisation_id = m.organisation_id
  join account a on a.id = ao.account_id where a.email = '$reader' and m.left_at is null limit 500) p")
canonical=$(python3 -c 'import json; print(json.load(open("src/main/resources/measures/phq-9.questionnaire.json"))["url"])')
cat >"$data/submit.lua" <<LUA
local people = { $reach }
local counter = 0
wrk.method = "POST"
wrk.headers["Authorization"] = "Bearer $token"
wrk.headers["Content-Type"] = "application/fhir+json"
wrk.headers["Accept"] = "application/fhir+json"
function setup(thread) thread:set("id", tostring(thread)) end
request = function()
  counter = counter + 1
  local person = people[(counter % #people) + 1]
  local items = {}
  for q = 1, 9 do
    local value = (q == 9) and 1 or (counter % 3)
    items[#items + 1] = '{"linkId":"' .. q .. '","answer":[{"valueInteger":' .. value .. '}]}'
  end
  local body = '{"resourceType":"QuestionnaireResponse","status":"completed",'
    .. '"identifier":{"system":"https://bench.example/submit","value":"' .. id .. '-' .. counter .. '"},'
    .. '"questionnaire":"$canonical","subject":{"reference":"Patient/' .. person .. '"},'
    .. '"item":[' .. table.concat(items, ",") .. ']}'
  return wrk.format(nil, "/fhir/QuestionnaireResponse", nil, body)
end
LUA
# One submission first: a benchmark of refusals is worthless.
first_person=$(cut -d, -f1 <<<"$reach" | tr -d '"')
first=$(curl -s -o /dev/null -w '%{http_code}' -X POST -H "Authorization: Bearer $token" \
  -H 'Content-Type: application/fhir+json' --data "{\"resourceType\":\"QuestionnaireResponse\",
  \"status\":\"completed\",\"questionnaire\":\"$canonical\",\"subject\":{\"reference\":\"Patient/$first_person\"},
  \"item\":[$(for q in 1 2 3 4 5 6 7 8 9; do printf '{"linkId":"%s","answer":[{"valueInteger":%s}]}' "$q" \
  "$([[ $q == 9 ]] && echo 1 || echo 0)"; [[ $q != 9 ]] && printf ','; done)]}" "$base/fhir/QuestionnaireResponse")
if [[ "$first" != 201 ]]; then
  echo "A test submission answered $first, not 201; not measuring refusals" >&2
  exit 1
fi
alerts_before=$(sql -c "select count(*) from measures_alert")
responses_before=$(sql -c "select count(*) from measures_response where source = 'fhir'")
submit_out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -s "$data/submit.lua" "$base")
submit_rps=$(awk '/^Requests\/sec/ {print $2}' <<<"$submit_out")
submit_p50=$(to_ms "$(awk '$1 == "50%" {print $2}' <<<"$submit_out")")
submit_p99=$(to_ms "$(awk '$1 == "99%" {print $2}' <<<"$submit_out")")
submit_errors=$(awk '/Non-2xx/ {print $NF}' <<<"$submit_out")
submitted=$(( $(sql -c "select count(*) from measures_response where source = 'fhir'") - responses_before ))
alerted=$(( $(sql -c "select count(*) from measures_alert") - alerts_before ))

jcmd "$app" GC.run >/dev/null 2>&1 || true
heap_live=$(heap_used)

{
  echo "## Tandem questionnaire results benchmark – $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo
  echo "Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'),"
  echo "$(free -g | awk '/Mem:/ {print $2}') GB memory, $(java -version 2>&1 | head -1);"
  echo "load average before: $load_before, when done: $(cut -d' ' -f1-3 /proc/loadavg) (other work on the machine skews the figures)."
  echo "Settings: wrk $THREADS threads, $CONNECTIONS connections, $DURATION per target after a $WARMUP warm-up,"
  echo "\`Accept-Encoding: gzip\`, a practitioner's session cookie; the application runs with \`-Xmx256m\`, demo profile, embedded PostgreSQL."
  echo
  echo "Volume (bench/seed-care.sql and bench/seed-measures.sql, loaded in ${seed_s} s): $n_people people,"
  echo "$n_practitioners practitioners, $n_responses submitted responses ($responses_size with indexes); database $db_size."
  echo "Read by the lead practitioner of bench person $PERSON ($n_person_responses responses); the PHQ-9 chart draws $points_shown points."
  echo "Page weight (HTML, gzip): results $results_bytes bytes, PHQ-9 results $phq9_bytes bytes."
  echo
  echo "| target | path | requests/s | p50 ms | p99 ms | vs static | non-2xx | audit rows written |"
  echo "|---|---|---|---|---|---|---|---|"
  printf '%s\n' "${rows[@]}"
  echo
  echo "One connection ($SINGLE each, after the runs above):"
  echo
  echo "| target | requests/s | p50 ms | p99 ms |"
  echo "|---|---|---|---|"
  printf '%s\n' "${alone[@]}"
  echo
  echo "Submit to alert: $CONNECTIONS connections each POSTing a PHQ-9 with question 9 above 0 to"
  echo "\`/fhir/QuestionnaireResponse\` (the alert commits with the answers, before the 201):"
  echo
  echo "| requests/s | p50 ms | p99 ms | non-2xx | responses stored | alerts raised |"
  echo "|---|---|---|---|---|---|"
  echo "| $(printf '%.0f' "${submit_rps:-0}") | $submit_p50 | $submit_p99 | ${submit_errors:-0} | $submitted | $alerted |"
  echo
  echo "Heap used: ${heap_after_load:-?} after the load, ${heap_live:-?} live after a full GC (max 256 MB)."
} | tee "$results/measures-latest.md"
