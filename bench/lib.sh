# Shared by the benchmarks in bench/: process cleanup, free ports, starting newsdesk, running wrk.
# Source it after setting THREADS, CONNECTIONS and SWIFT; it expects POST_PATH and FRONT_PATH.

cd "$(dirname "${BASH_SOURCE[0]}")/.."
readonly ROOT=$(pwd -P)

WORK=""
PIDS=()

log() { echo "bench: $*" >&2; }
die() { log "error: $*"; exit 1; }

cleanup() {
    local status=$?
    local pid i
    for pid in "${PIDS[@]:-}"; do
        [ -n "$pid" ] || continue
        kill -TERM "$pid" 2>/dev/null || true
    done
    for pid in "${PIDS[@]:-}"; do
        [ -n "$pid" ] || continue
        for i in $(seq 1 50); do
            kill -0 "$pid" 2>/dev/null || break
            sleep 0.1
        done
        if kill -0 "$pid" 2>/dev/null; then
            log "process $pid did not stop, killing it"
            kill -KILL "$pid" 2>/dev/null || true
        fi
        wait "$pid" 2>/dev/null || true
    done
    if [ -n "$WORK" ] && [ -d "$WORK" ]; then
        if [ "${KEEP_BENCH_DIR:-0}" = 1 ] || [ "$status" -ne 0 ]; then
            log "kept $WORK"
        else
            rm -rf -- "$WORK"
        fi
    fi
    exit "$status"
}

free_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

# wait_http URL PID LOGFILE: waits (60 s at most) until URL answers 200, while PID is alive.
wait_http() {
    local url="$1" pid="$2" logfile="$3" i
    for i in $(seq 1 240); do
        if curl -fsS -o /dev/null --max-time 2 "$url" 2>/dev/null; then
            return 0
        fi
        if ! kill -0 "$pid" 2>/dev/null; then
            log "server (pid $pid) exited; last lines of $logfile:"
            tail -n 30 "$logfile" >&2 || true
            return 1
        fi
        sleep 0.25
    done
    log "$url did not answer within 60 s; last lines of $logfile:"
    tail -n 30 "$logfile" >&2 || true
    return 1
}

build_newsdesk() {
    if [ "${SKIP_BUILD:-0}" != 1 ]; then
        log "building release binary"
        "$SWIFT" build -c release --product newsdesk
    fi
    [ -x "$NEWSDESK_BIN" ] || die "$NEWSDESK_BIN not found (build with: swift build -c release --product newsdesk)"
}

# start_newsdesk: starts `newsdesk serve --demo` on a fresh database; sets NEWSDESK_URL, NEWSDESK_DB and
# NEWSDESK_PID.
# BEFORE_SERVE, when set, is a function run on the new database before the server starts; SERVE_ARGS, when set,
# an array of extra arguments to `serve`.
start_newsdesk() {
    local port
    port=$(free_port)
    local dir="$WORK/newsdesk${WORK_NEWSDESK_SUFFIX:+-$WORK_NEWSDESK_SUFFIX}"
    mkdir -p "$dir"
    NEWSDESK_DB="$dir/bench.sqlite"
    if [ -n "${BEFORE_SERVE:-}" ]; then "$BEFORE_SERVE"; fi
    log "starting newsdesk on 127.0.0.1:$port"
    # A fresh environment database setting would override --database; make sure it cannot.
    env -u NEWSDESK_DATABASE "$NEWSDESK_BIN" serve --demo --host 127.0.0.1 --port "$port" \
        --database "$NEWSDESK_DB" ${SERVE_ARGS[@]+"${SERVE_ARGS[@]}"} >"$dir/server.log" 2>&1 &
    local pid=$!
    PIDS+=("$pid")
    NEWSDESK_PID=$pid
    NEWSDESK_URL="http://127.0.0.1:$port"
    wait_http "$NEWSDESK_URL$FRONT_PATH" "$pid" "$dir/server.log" || die "newsdesk did not start"
    wait_http "$NEWSDESK_URL$POST_PATH" "$pid" "$dir/server.log" || die "newsdesk has no demo post page"
}

# "total steal" CPU ticks so far, all cores (/proc/stat): the time the hypervisor ran other guests on our cores
# while we had work. Two readings around a run give the share of the run's CPU time taken away.
cpu_ticks() {
    awk '/^cpu / { total = 0; for (i = 2; i <= 9; i++) total += $i; print total, $9 }' /proc/stat
}

# process_cpu_ms PID: the CPU time (user and system) the process has used so far, in milliseconds.
process_cpu_ms() {
    # The fields after the command name, which is in parentheses and may hold spaces: utime and stime are 12 and 13.
    sed 's/.*) //' "/proc/$1/stat" | awk -v hz="$(getconf CLK_TCK)" '{ print ($12 + $13) * 1000 / hz }'
}

# run_wrk NAME URL DURATION [LUA_SCRIPT]: prints "rps avg_ms p50_ms p99_ms errors" for one wrk run.
run_wrk() {
    local name="$1" url="$2" duration="$3" script="${4:-}" out
    out="$WORK/wrk-$name-$(date +%s%N).txt"
    wrk -t "$THREADS" -c "$CONNECTIONS" -d "$duration" --latency ${script:+-s "$script"} "$url" >"$out" 2>&1 \
        || { cat "$out" >&2; die "wrk failed against $url"; }
    awk '
        function ms(v) {
            if (v ~ /us$/) { sub(/us$/, "", v); return v / 1000 }
            if (v ~ /ms$/) { sub(/ms$/, "", v); return v + 0 }
            if (v ~ /m$/)  { sub(/m$/, "", v);  return v * 60000 }
            if (v ~ /s$/)  { sub(/s$/, "", v);  return v * 1000 }
            return v + 0
        }
        $1 == "Latency" && avg == ""  { avg = ms($2) }
        $1 == "50%"                   { p50 = ms($2) }
        $1 == "99%"                   { p99 = ms($2) }
        $1 == "Requests/sec:"         { rps = $2 }
        /Non-2xx or 3xx responses:/   { errors += $NF }
        /Socket errors:/ {
            line = $0; sub(/.*Socket errors:/, "", line); n = split(line, parts, ",")
            for (i = 1; i <= n; i++) { split(parts[i], kv, " "); errors += kv[2] }
        }
        END {
            if (rps == "") exit 1
            printf "%s %.3f %.3f %.3f %d\n", rps, avg, p50, p99, errors
        }
    ' "$out" || { cat "$out" >&2; die "could not parse wrk output for $url"; }
}

median() {
    sort -g | awk '{ v[NR] = $1 } END {
        if (NR == 0) { print "nan"; exit }
        if (NR % 2) print v[(NR + 1) / 2]; else printf "%.2f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2
    }'
}

