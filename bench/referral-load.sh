#!/usr/bin/env bash
# Referral intake under load (docs/benchmarks.md): the packaged jar in the production `postgres`
# profile on the machine's PostgreSQL server, N partner clients posting new referrals, and pgbench
# on another database of the same server in the same run as the yardstick. Never part of `mvn verify`.
#
#   bench/referral-load.sh                  # build, then 1, 4 and 16 clients, then a profiled 16-client run
#   SKIP_BUILD=1 CLIENTS="16" PROFILE=0 bench/referral-load.sh
#
# Prerequisites: a JDK 17 (java, jcmd, jfr), Maven, curl, and the PostgreSQL client tools with
# pgbench (Debian: apt-get install -y postgresql-client; pgbench is in postgresql-client-15), a
# PostgreSQL server at PG_HOST:PG_PORT that lets PG_USER (a superuser) in without a password.
set -euo pipefail
cd "$(dirname "$0")/.."

CLIENTS=${CLIENTS:-"1 4 16"}
WARMUP=${WARMUP:-15}              # seconds of load before each measured period (not counted)
MEASURE=${MEASURE:-30}            # measured seconds per client count
PGBENCH_SECONDS=${PGBENCH_SECONDS:-30}
PGBENCH_SCALE=${PGBENCH_SCALE:-16} # at least the largest client count: TPC-B updates one branch row per client
PGBENCH_SCRIPT=${PGBENCH_SCRIPT:-tpcb-like}   # or select-only / simple-update (pgbench -b)
JIT_WARMUP=${JIT_WARMUP:-30}      # seconds of load once after start-up, before any client count
PROFILE=${PROFILE:-1}             # 1: one more 16-client run under Flight Recorder
PROFILE_CLIENTS=${PROFILE_CLIENTS:-16}
JFR_SETTINGS=${JFR_SETTINGS:-profile}   # or default: lower overhead, 20 ms sampling
PORT=${PORT:-18180}
HEAP=${HEAP:-1g}
APP_OPTS=${APP_OPTS:-}            # extra JVM options for the application
APP_ARGS=${APP_ARGS:-}            # extra Spring arguments for the application (--name=value)
EXTRA_SQL=${EXTRA_SQL:-}          # SQL run on the application's database once it has started (an index to try)
PG_HOST=${PG_HOST:-127.0.0.1}
PG_PORT=${PG_PORT:-5432}
PG_USER=${PG_USER:-postgres}
APP_DB=${APP_DB:-buddyflow_load}
PGBENCH_DB=${PGBENCH_DB:-buddyflow_pgbench}
OUT=${OUT:-target/load/$(date -u +%Y%m%dT%H%M%SZ)}

missing=()
for tool in java jcmd jfr mvn curl psql pgbench pg_isready; do
  command -v "$tool" >/dev/null || missing+=("$tool")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "missing: ${missing[*]}" >&2
  echo "Debian: apt-get install -y postgresql-client (psql, pgbench, pg_isready), openjdk-17-jdk-headless, maven, curl" >&2
  exit 2
fi
pg_isready -q -h "$PG_HOST" -p "$PG_PORT" || { echo "no PostgreSQL server at $PG_HOST:$PG_PORT" >&2; exit 2; }

mkdir -p "$OUT"
exec > >(tee "$OUT/report.txt") 2>&1
psql_() { psql -X -q -At -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" "$@"; }
ticks=$(getconf CLK_TCK)
# CPU seconds (user + system) a process has used so far; 0 when it is gone.
cpu_of() { awk -v t="$ticks" '{ printf "%.2f", ($14 + $15) / t }' "/proc/$1/stat" 2>/dev/null || echo 0; }
# CPU seconds of the server backends connected to a database (the application's pool).
backend_cpu() {
  local total=0 pid
  for pid in $(psql_ -d postgres -c "select pid from pg_stat_activity where datname = '$1'"); do
    total=$(awk -v a="$total" -v b="$(cpu_of "$pid")" 'BEGIN { printf "%.2f", a + b }')
  done
  echo "$total"
}
# active_time (ms executing statements), commits, rows written: pg_stat_database of a database.
db_stats() {
  psql_ -d postgres -F ' ' -c "select round(active_time), xact_commit, tup_inserted, tup_updated + tup_deleted
                               from pg_stat_database where datname = '$1'"
}
calc() { awk "BEGIN { printf \"$1\", $2 }"; }

echo "== machine"
echo "date: $(date -u +%FT%TZ)"
echo "nproc: $(nproc)"
lscpu | grep -E '^(Model name|CPU family|Hypervisor vendor|Thread\(s\) per core|Core\(s\) per socket):' | sed 's/  */ /g'
free -g | sed -n 1,2p
java -version 2>&1 | sed -n 2p
echo "server: $(psql_ -d postgres -c 'select version()')"
echo "server settings: $(psql_ -d postgres -F '=' -c "select name, setting from pg_settings where name in
  ('shared_buffers','synchronous_commit','fsync','max_connections','shared_preload_libraries') order by name" | tr '\n' ' ')"
echo "uptime before: $(uptime)"

if [ "${SKIP_BUILD:-0}" != 1 ]; then
  echo "== build: mvn -q -DskipTests package"
  mvn -q -DskipTests package
fi
jar=$(ls target/buddyflow-*.jar | grep -v original | head -1)

echo "== databases: $APP_DB (Buddyflow), $PGBENCH_DB (pgbench, scale $PGBENCH_SCALE)"
for db in "$APP_DB" "$PGBENCH_DB"; do
  psql_ -d postgres -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db"
done
pgbench -i -q -s "$PGBENCH_SCALE" -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" "$PGBENCH_DB" >"$OUT/pgbench-init.log" 2>&1

admin=load-admin
admin_password="Load-$(od -An -N8 -tx1 /dev/urandom | tr -d ' \n')-7!"
partner=load-partner
partner_password="Lp-$(od -An -N8 -tx1 /dev/urandom | tr -d ' \n')-9!"

echo "== starting $jar (postgres profile, -Xmx$HEAP, port $PORT)"
# Deep stacks in Flight Recorder: Tomcat + Spring Security + MVC + the engine are well over the default 64 frames.
# shellcheck disable=SC2086
SPRING_PROFILES_ACTIVE=postgres \
BUDDYFLOW_DB_URL="jdbc:postgresql://$PG_HOST:$PG_PORT/$APP_DB" \
BUDDYFLOW_DB_USER="$PG_USER" \
BUDDYFLOW_ADMIN_USER="$admin" \
BUDDYFLOW_ADMIN_PASSWORD="$admin_password" \
  java -Xms"$HEAP" -Xmx"$HEAP" -XX:FlightRecorderOptions:stackdepth=256 $APP_OPTS -jar "$jar" \
  --server.port="$PORT" \
  "--buddyflow.organisations[0].id=ocmw-gent" "--buddyflow.organisations[0].name=OCMW Gent" \
  "--buddyflow.organisations[0].postal-codes[0]=9000" $APP_ARGS >"$OUT/app.log" 2>&1 &
app=$!
cleanup() { kill "$app" 2>/dev/null || true; wait "$app" 2>/dev/null || true; }
trap cleanup EXIT
for _ in $(seq 1 180); do
  curl -fsS "http://127.0.0.1:$PORT/actuator/health" 2>/dev/null | grep -q '"UP"' && break
  kill -0 "$app" 2>/dev/null || { echo "the application stopped"; tail -n 60 "$OUT/app.log"; exit 1; }
  sleep 1
done
curl -fsS "http://127.0.0.1:$PORT/actuator/health" | grep -q '"UP"' || { echo "not healthy"; exit 1; }

# The partner's technical account, as an operator creates it in Admin (CrashRecoveryIT does the same).
curl -fsS -o /dev/null -u "$admin:$admin_password" -H 'Content-Type: application/json' \
  -d "{\"profile\": {\"id\": \"$partner\", \"firstName\": \"Load\", \"lastName\": \"Partner\", \"email\": \"p@example.org\"},
       \"credentials\": {\"password\": \"$partner_password\"}}" \
  "http://127.0.0.1:$PORT/engine-rest/user/create"
curl -fsS -o /dev/null -u "$admin:$admin_password" -X PUT "http://127.0.0.1:$PORT/engine-rest/group/integration/members/$partner"

if [ -n "$EXTRA_SQL" ]; then
  echo "== extra SQL on $APP_DB: $EXTRA_SQL"
  psql_ -d "$APP_DB" -c "$EXTRA_SQL"
fi

harness=src/jmh/java/be/buddyflow/intake/bench/ReferralLoad.java
load() { # clients warmup measure
  java -Xmx256m "$harness" --url "http://127.0.0.1:$PORT" --user "$partner" --password "$partner_password" \
    --clients "$1" --warmup "$2" --measure "$3"
}
cases() { psql_ -d "$APP_DB" -c "select count(*) from buddyflow.buddy_case"; }

# The JIT compiles the hot paths during the first thousand referrals or so; without this the first
# client count measures the compiler as much as the application.
if [ "$JIT_WARMUP" -gt 0 ]; then
  echo "== JVM warm-up: 4 clients for $JIT_WARMUP s, not measured"
  load 4 "$JIT_WARMUP" 1 >"$OUT/jit-warmup.log"
fi

printf 'clients\tpgbench_tps\tpgbench_lat_ms\treferrals_s\tratio\tp50\tp95\tp99\tmax\terrors\tjvm_cpu_ms\tpg_cpu_ms\tpg_active_ms\tcommits\trows_written\tload1\n' >"$OUT/results.tsv"
for n in $CLIENTS; do
  echo
  echo "== $n client(s): pgbench -b $PGBENCH_SCRIPT -c $n -j $n -T $PGBENCH_SECONDS, then $n referral client(s)"
  echo "uptime: $(uptime)"
  pgbench -n -b "$PGBENCH_SCRIPT" -c "$n" -j "$n" -T "$PGBENCH_SECONDS" -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" \
    "$PGBENCH_DB" >"$OUT/pgbench-$n.log" 2>&1
  tps=$(sed -nE 's/^tps = ([0-9.]+).*/\1/p' "$OUT/pgbench-$n.log" | head -1)
  pglat=$(sed -nE 's/^latency average = ([0-9.]+) ms/\1/p' "$OUT/pgbench-$n.log" | head -1)
  echo "pgbench: $tps TPS, latency average $pglat ms"

  before_cases=$(cases); read -r a0 c0 i0 u0 <<<"$(db_stats "$APP_DB")"
  jvm0=$(cpu_of "$app"); pg0=$(backend_cpu "$APP_DB")
  load "$n" "$WARMUP" "$MEASURE" | tee "$OUT/referrals-$n.log"
  sleep 2 # the backends report their statistics at most once a second
  after_cases=$(cases); read -r a1 c1 i1 u1 <<<"$(db_stats "$APP_DB")"
  jvm1=$(cpu_of "$app"); pg1=$(backend_cpu "$APP_DB")
  load1=$(cut -d' ' -f1 /proc/loadavg)

  line=$(grep '^RESULT' "$OUT/referrals-$n.log")
  field() { sed -nE "s/.* $1=([^ ]+).*/\1/p" <<<"$line"; }
  rps=$(field rps)
  done_=$((after_cases - before_cases))
  per() { calc "%.2f" "($2 - $1) / $done_"; } # per referral, over warm-up and measured period
  ratio=$(calc "%.3f" "$rps / $tps")
  jvm_ms=$(calc "%.2f" "1000 * ($jvm1 - $jvm0) / $done_"); pg_ms=$(calc "%.2f" "1000 * ($pg1 - $pg0) / $done_")
  active_ms=$(per "$a0" "$a1"); commits=$(per "$c0" "$c1"); rows=$(calc "%.1f" "($i1 - $i0 + $u1 - $u0) / $done_")
  echo "referrals: $rps/s (p50 $(field p50), p95 $(field p95), p99 $(field p99), max $(field max) ms, errors $(field errors)); pgbench $tps TPS; ratio $ratio"
  echo "per referral ($done_ in warm-up + measured): application JVM CPU $jvm_ms ms, its PostgreSQL backends' CPU $pg_ms ms," \
       "statement time (pg_stat_database.active_time) $active_ms ms, $commits commits, $rows rows written; load average now $load1"
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$n" "$tps" "$pglat" "$rps" "$ratio" \
    "$(field p50)" "$(field p95)" "$(field p99)" "$(field max)" "$(field errors)" "$jvm_ms" "$pg_ms" "$active_ms" \
    "$commits" "$rows" "$load1" >>"$OUT/results.tsv"
done

if [ "$PROFILE" = 1 ]; then
  echo
  echo "== profile: $PROFILE_CLIENTS clients under Flight Recorder (settings=$JFR_SETTINGS), 5 s + $MEASURE s"
  jcmd "$app" JFR.start name=load settings="$JFR_SETTINGS" filename="$PWD/$OUT/referral-$PROFILE_CLIENTS.jfr" >/dev/null
  load "$PROFILE_CLIENTS" 5 "$MEASURE" | tee "$OUT/referrals-profiled.log"
  jcmd "$app" JFR.stop name=load >/dev/null
  java src/jmh/java/be/buddyflow/intake/bench/JfrSummary.java "$OUT/referral-$PROFILE_CLIENTS.jfr" | tee "$OUT/profile.txt"
  echo "(raw samples: jfr print --events jdk.ExecutionSample --stack-depth 64 $OUT/referral-$PROFILE_CLIENTS.jfr)"
fi

echo
echo "== rows written per referral, by table (pg_stat_user_tables of $APP_DB, whole run)"
psql_ -d "$APP_DB" -F $'\t' -c "
  with n as (select count(*)::numeric as cases from buddyflow.buddy_case)
  select relname, round(n_tup_ins / n.cases, 2) as inserted, round((n_tup_upd + n_tup_del) / n.cases, 2) as updated_deleted
  from pg_stat_user_tables, n
  where n_tup_ins + n_tup_upd + n_tup_del > n.cases / 10
  order by n_tup_ins + n_tup_upd + n_tup_del desc" | tee "$OUT/rows-per-referral.tsv" | column -t -s $'\t'

echo
echo "== results ($OUT/results.tsv)"
column -t -s $'\t' "$OUT/results.tsv"
echo "uptime after: $(uptime)"
