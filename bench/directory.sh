#!/usr/bin/env bash
# Benchmark of the signposting directory (issue 5), figures not assertions: search by need +
# postcode + distance and by free text, the ORUK API's list pages, with 100,000 services and
# 300,000 locations in the database (bench/directory/generate.sql); then the import rate of a
# 100,000-service ORUK JSON feed (bench/directory/feed.py). Prints Markdown; docs/performance.md
# records a run.
#
#   bench/directory.sh               build the jar, then start, generate, measure and import
#   bench/directory.sh --no-build    use the jar already in target/
#
# As bench/care.sh (the shared steps are in bench/lib.sh): the jar with -Xmx256m, the demo profile
# and a fresh data directory; the volume with psql into the embedded PostgreSQL; wrk at 50
# connections on each target, without signing in (the directory and /oruk are public; AS=<e-mail
# of a demo account> signs in first). A target that does not answer 200 with what it should show
# (a page not built yet, say) is left out and named, not measured.
#
# Then the import: the application is stopped, the feed written, and on a second fresh data
# directory the jar is run three times with -Xmx$IMPORT_HEAP: once to create and migrate the
# database (--tandem.audit.verify, which starts, checks and exits), once more the same way to time
# a start that does no work, and once with --tandem.directory.import=<feed>, the importer's command.
# Import time = the last minus the second; records/s = services (and all nested records) over it.
#
# Tunables (environment): as bench/lib.sh (DURATION, WARMUP, CONNECTIONS, THREADS, SINGLE, KEEP),
# and POSTCODE (B1 0AB: the centre of the busiest generated city), SERVICES (100000: in the feed),
# FEED (an existing feed file to import instead of writing one), IMPORT_HEAP (1g),
# IMPORT_TIMEOUT (1800 seconds), NO_IMPORT=1 (skip the import).
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh

POSTCODE=${POSTCODE:-B1 0AB}
SERVICES=${SERVICES:-100000}
IMPORT_HEAP=${IMPORT_HEAP:-1g}
IMPORT_TIMEOUT=${IMPORT_TIMEOUT:-1800}

bench_build "$@"
bench_prepare directory
bench_start

# ---- the volume
generate_started=$(date +%s.%N)
sql -f bench/directory/generate.sql >"$results/directory-generate.log" 2>&1 || {
  echo "Generating failed; see $results/directory-generate.log" >&2
  exit 1
}
# As autovacuum would soon after a load this size: statistics and the visibility map.
sql -c "vacuum analyze" >/dev/null
generate_s=$(awk -v a="$generate_started" -v b="$(date +%s.%N)" 'BEGIN { printf "%.0f", b - a }')
counts=$(sql -c "select (select count(*) from directory_organization), (select count(*) from directory_service),
  (select count(*) from directory_location), (select count(*) from directory_attribute),
  (select count(*) from directory_schedule), (select count(*) from directory_postcode),
  pg_size_pretty(pg_database_size('postgres'))")
IFS='|' read -r n_organizations n_services n_locations n_attributes n_schedules n_postcodes db_size <<<"$counts"
compact=$(tr -d ' ' <<<"$POSTCODE" | tr '[:lower:]' '[:upper:]')
if [[ -z "$(sql -c "select 1 from directory_postcode where postcode = '$compact'")" ]]; then
  echo "Postcode $POSTCODE is not in directory_postcode" >&2
  exit 1
fi
query_postcode=$(sed 's/ /+/g' <<<"$POSTCODE")
near=$(sql -c "select count(*) from directory_location l, directory_postcode p where p.postcode = '$compact'
  and l.latitude between p.latitude - 0.09 and p.latitude + 0.09
  and l.longitude between p.longitude - 0.15 and p.longitude + 0.15")

if [[ -n "${AS:-}" ]]; then
  bench_sign_in "$AS"
fi

# ---- the targets; each must answer 200 with what it should show
declare -a all_names=("static asset" "search: need + postcode + 10 km" "search: free text"
  "ORUK services, page 1 of 50" "ORUK service at locations within 5 km")
declare -a all_paths=("$STATIC" "/directory?need=peer-support&postcode=$query_postcode&within=10"
  "/directory?q=pain+group" "/oruk/services?page=1&per_page=50"
  "/oruk/service_at_locations?postcode=$query_postcode&proximity=5000")
declare -a all_marks=("nhsuk" "Birmingham" "Pain" '"total_items"' '"total_items"')
names=()
paths=()
declare -a left_out=()
for i in "${!all_paths[@]}"; do
  if answers "${all_paths[$i]}" "${all_marks[$i]}"; then
    names+=("${all_names[$i]}")
    paths+=("${all_paths[$i]}")
  else
    left_out+=("${all_names[$i]} (\`${all_paths[$i]}\` answered $answered)")
  fi
done
search_bytes="(not measured)"
if [[ " ${paths[*]} " == *" ${all_paths[1]} "* ]]; then
  search_bytes="$(curl -s --compressed -o /dev/null -w '%{size_download}' "$base${all_paths[1]}") bytes"
fi
bench_measure_targets
jcmd "$app" GC.run >/dev/null 2>&1 || true
heap_live=$(heap_used)
bench_stop

# ---- the import rate
import_line="Import: not run (NO_IMPORT=1)."
if [[ "${NO_IMPORT:-}" != 1 ]]; then
  if ! python3 -c 'import sys, zipfile; sys.exit(not any("care/tandem/directory/oruk/" in n for n in zipfile.ZipFile(sys.argv[1]).namelist()))' "$jar"; then
    import_line="Import: not run, this jar has no importer (care.tandem.directory.oruk) yet."
  else
    feed=${FEED:-$data/feed.json}
    feed_s="(given)"
    if [[ -z "${FEED:-}" ]]; then
      feed_started=$(date +%s)
      feed_counts=$(python3 bench/directory/feed.py "$feed" --services "$SERVICES")
      feed_s="$(( $(date +%s) - feed_started )) s"
    else
      feed_counts="$SERVICES services (the feed given)"
    fi
    feed_size=$(du -h "$feed" | cut -f1)
    records=$(grep -o '[0-9]* records' <<<"$feed_counts" | cut -d' ' -f1 || true)
    import_db="$data/import-postgres"
    run_jar() { # log-name arguments...; prints seconds, fails like the jar
      local started status
      started=$(date +%s.%N)
      status=0
      timeout "$IMPORT_TIMEOUT" java -Xmx"$IMPORT_HEAP" -jar "$jar" --spring.profiles.active=demo \
        --tandem.embedded-database.directory="$import_db" "${@:2}" >"$results/directory-$1.log" 2>&1 || status=$?
      awk -v a="$started" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f\n", b - a }'
      return "$status"
    }
    run_jar import-migrate --tandem.audit.verify >/dev/null || true
    start_s=$(run_jar import-start --tandem.audit.verify) || true
    if import_total_s=$(run_jar import "--tandem.directory.import=$feed"); then
      import_s=$(awk -v a="$import_total_s" -v b="$start_s" 'BEGIN { printf "%.1f", a - b }')
      per_s=$(awk -v n="$SERVICES" -v s="$import_s" 'BEGIN { printf "%.0f", n / s }')
      records_per_s=$(awk -v n="${records:-0}" -v s="$import_s" 'BEGIN { printf "%.0f", n / s }')
      import_line="Import of $feed_counts ($feed_size, written in $feed_s): ${import_total_s} s for the command,
of which ${start_s} s is a start that does no work; **${import_s} s importing, $per_s services/s
($records_per_s records/s)**, with -Xmx$IMPORT_HEAP. The importer said: $(tail -3 "$results/directory-import.log" | tr '\n' ' ')"
    else
      import_line="Import: the command failed or timed out after ${import_total_s} s; see $results/directory-import.log."
    fi
  fi
fi

{
  echo "## Tandem directory benchmark – $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo
  bench_machine
  echo "Settings: wrk $THREADS threads, $CONNECTIONS connections, $DURATION per target after a $WARMUP warm-up,"
  echo "\`Accept-Encoding: gzip\`, ${AS:-not signed in}; the application runs with \`-Xmx256m\`, demo profile, embedded PostgreSQL."
  echo
  echo "Volume (bench/directory/generate.sql, loaded in ${generate_s} s): $n_organizations organisations, $n_services services,"
  echo "$n_locations locations, $n_attributes attributes, $n_schedules opening times, $n_postcodes postcodes; database $db_size."
  echo "Searches from $POSTCODE, with $near locations within about 10 km. Search page weight (HTML, gzip): $search_bytes."
  echo
  bench_tables
  if (( ${#left_out[@]} > 0 )); then
    echo
    echo "Not measured, because they did not answer 200 with what they should show:"
    printf -- '- %s\n' "${left_out[@]}"
  fi
  echo
  echo "Heap used: ${heap_after_load:-?} after the load, ${heap_live:-?} live after a full GC (max 256 MB)."
  echo
  echo "$import_line"
} | tee "$results/directory-latest.md"
