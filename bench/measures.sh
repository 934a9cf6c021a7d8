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
# sign-in form; wrk with that session cookie. The steps shared with the other benchmarks are in
# bench/lib.sh.
#
# Tunables (environment): DURATION (20s), WARMUP (10s), CONNECTIONS (50), THREADS (2),
# SINGLE (10s: the one-connection run per target), PERSON (5000: which bench person to read), KEEP=1 (leave the application running at the end
# for a look; stop it with the pid printed).
set -euo pipefail
cd "$(dirname "$0")/.."

source bench/lib.sh

PERSON=${PERSON:-5000}

bench_build "$@"
bench_prepare measures
bench_start

# ---- the volume
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
  pg_size_pretty(pg_database_size('postgres'))")
IFS='|' read -r n_people n_practitioners n_responses n_person_responses responses_size db_size <<<"$counts"

# ---- whom to read, and who reads: the lead practitioner of that person's team
person_id=$(sql -c "select md5('bench:person:$PERSON')::uuid")
reader=$(sql -c "select a.email from care_team_member m join account a on a.id = m.account_id
  where m.person_id = '$person_id' and m.lead and m.left_at is null")
results_path="/people/$person_id/results"
phq9_path="/people/$person_id/results/phq-9"
bench_sign_in "$reader"

# ---- each page must answer 200 with its content
check "$results_path" 'id="results-list"'
check "$phq9_path" 'class="tandem-score-chart"'
points_shown=$(curl -s -H "Cookie: $cookie" "$base$phq9_path" | grep -o 'tandem-score-chart__point' | wc -l)
results_bytes=$(curl -s --compressed -H "Cookie: $cookie" -o /dev/null -w '%{size_download}' "$base$results_path")
phq9_bytes=$(curl -s --compressed -H "Cookie: $cookie" -o /dev/null -w '%{size_download}' "$base$phq9_path")

names=("static asset" "results page" "PHQ-9 results page")
paths=("$STATIC" "$results_path" "$phq9_path")
shown_path() { sed "s/$person_id/{person}/" <<<"$1"; }
bench_measure_targets

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
read -r submit_rps submit_p50 submit_p99 submit_errors < <(wrk_out "$submit_out")
submitted=$(( $(sql -c "select count(*) from measures_response where source = 'fhir'") - responses_before ))
alerted=$(( $(sql -c "select count(*) from measures_alert") - alerts_before ))

jcmd "$app" GC.run >/dev/null 2>&1 || true
heap_live=$(heap_used)

{
  echo "## Tandem questionnaire results benchmark – $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo
  bench_machine
  echo "Settings: wrk $THREADS threads, $CONNECTIONS connections, $DURATION per target after a $WARMUP warm-up,"
  echo "\`Accept-Encoding: gzip\`, a practitioner's session cookie; the application runs with \`-Xmx256m\`, demo profile, embedded PostgreSQL."
  echo
  echo "Volume (bench/seed-care.sql and bench/seed-measures.sql, loaded in ${seed_s} s): $n_people people,"
  echo "$n_practitioners practitioners, $n_responses submitted responses ($responses_size with indexes); database $db_size."
  echo "Read by the lead practitioner of bench person $PERSON ($n_person_responses responses); the PHQ-9 chart draws $points_shown points."
  echo "Page weight (HTML, gzip): results $results_bytes bytes, PHQ-9 results $phq9_bytes bytes."
  echo
  bench_tables
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
