#!/usr/bin/env bash
# Benchmark of the shared care record (issue 3), figures not assertions: the record page and the
# conversation page of one person, read by a practitioner on their team, with 10,000 people
# (50 messages each, 500,000 in all) and 1,000 practitioners in the database. Prints Markdown;
# docs/performance.md records a run with the machine it ran on.
#
#   bench/care.sh               build the jar, then start, seed and measure
#   bench/care.sh --no-build    use the jar already in target/
#
# Like bench/run.sh it starts the jar with -Xmx256m, the demo profile and a fresh data directory;
# then it loads bench/seed-care.sql with psql into the embedded PostgreSQL (its port is on line 4
# of postmaster.pid in the data directory), signs in as the lead practitioner of bench person 5000
# through the real sign-in form (CSRF token and all) and runs wrk with that session cookie. The
# steps shared with the other benchmarks are in bench/lib.sh.
#
# Tunables (environment): DURATION (20s), WARMUP (10s), CONNECTIONS (50), THREADS (2),
# SINGLE (10s: the one-connection run per target), PERSON (5000: which bench person to read), KEEP=1 (leave the application running at the end
# for a look; stop it with the pid printed).
set -euo pipefail
cd "$(dirname "$0")/.."

source bench/lib.sh

PERSON=${PERSON:-5000}

bench_build "$@"
bench_prepare care
bench_start

# ---- the volume
seed_started=$(date +%s)
sql -f bench/seed-care.sql >"$results/care-seed.log" 2>&1 || {
  echo "Seeding failed; see $results/care-seed.log" >&2
  exit 1
}
seed_s=$(( $(date +%s) - seed_started ))
counts=$(sql -c "select (select count(*) from person), (select count(*) from account where role = 'PRACTITIONER'),
  (select count(*) from conversation_message), (select count(*) from care_team_member),
  (select count(*) from care_timeline_entry), pg_size_pretty(pg_database_size('postgres'))")
IFS='|' read -r n_people n_practitioners n_messages n_members n_timeline db_size <<<"$counts"

# ---- whom to read, and who reads: the lead practitioner of that person's team
person_id=$(sql -c "select md5('bench:person:$PERSON')::uuid")
reader=$(sql -c "select a.email from care_team_member m join account a on a.id = m.account_id
  where m.person_id = '$person_id' and m.lead and m.left_at is null")
record_path="/people/$person_id"
conversation_path="/people/$person_id/conversation"
bench_sign_in "$reader"

# ---- each page must answer 200 with its content
person_name=$(sql -c "select given_name || ' ' || family_name from person where id = '$person_id'")
check "$record_path" "$person_name"
check "$conversation_path" 'id="message-'
messages_shown=$(curl -s -H "Cookie: $cookie" "$base$conversation_path" | grep -o 'id="message-[^"]*"' | sort -u | wc -l)
record_bytes=$(curl -s --compressed -H "Cookie: $cookie" -o /dev/null -w '%{size_download}' "$base$record_path")
conversation_bytes=$(curl -s --compressed -H "Cookie: $cookie" -o /dev/null -w '%{size_download}' "$base$conversation_path")

names=("static asset" "record page" "conversation page")
paths=("$STATIC" "$record_path" "$conversation_path")
shown_path() { sed "s/$person_id/{person}/" <<<"$1"; }
bench_measure_targets

jcmd "$app" GC.run >/dev/null 2>&1 || true
heap_live=$(heap_used)

{
  echo "## Tandem care record benchmark – $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo
  bench_machine
  echo "Settings: wrk $THREADS threads, $CONNECTIONS connections, $DURATION per target after a $WARMUP warm-up,"
  echo "\`Accept-Encoding: gzip\`, a practitioner's session cookie; the application runs with \`-Xmx256m\`, demo profile, embedded PostgreSQL."
  echo
  echo "Volume (bench/seed-care.sql, loaded in ${seed_s} s): $n_people people, $n_practitioners practitioners,"
  echo "$n_members team memberships, $n_messages messages, $n_timeline timeline entries; database $db_size."
  echo "Read by the lead practitioner of bench person $PERSON; the conversation page shows $messages_shown messages."
  echo "Page weight (HTML, gzip): record $record_bytes bytes, conversation $conversation_bytes bytes."
  echo
  bench_tables
  echo
  echo "Heap used: ${heap_after_load:-?} after the load, ${heap_live:-?} live after a full GC (max 256 MB)."
} | tee "$results/care-latest.md"
