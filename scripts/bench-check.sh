#!/usr/bin/env bash
# Times `roadmap check` on a generated 10,000-PRD corpus, from the working tree and from a commit.
#
#   scripts/bench-check.sh            # 10,000 PRDs, 300 objectives, 10 timed runs per command
#   PRDS=2000 OBJECTIVES=60 RUNS=5 scripts/bench-check.sh
#
# Needs: swift, git; uses hyperfine when installed, else /usr/bin/time (GNU) or bash's `time`.
# The corpus is generated once into .build-bench/corpus-<PRDS> (git-ignored) and reused.
# BIN=<folder with roadmap and roadmap-corpus> skips the release build and uses those binaries;
# HYPERFINE=none times with the fallback even when hyperfine is installed.
set -euo pipefail

PRDS="${PRDS:-10000}"
OBJECTIVES="${OBJECTIVES:-300}"
SEED="${SEED:-42}"
RUNS="${RUNS:-10}"
HYPERFINE="${HYPERFINE:-hyperfine}"

cd "$(dirname "${BASH_SOURCE[0]}")/.."
ROOT="$PWD"
BENCH_DIR="$ROOT/.build-bench"
CORPUS="$BENCH_DIR/corpus-$PRDS"

if [ -z "${BIN:-}" ]; then
    echo "==> swift build -c release"
    swift build -c release
    BIN="$(swift build -c release --show-bin-path)"
fi
ROADMAP="$BIN/roadmap"
GENERATOR="$BIN/roadmap-corpus"

# A corpus counts as present only once its commit exists, so an interrupted run regenerates it.
if ! git -C "$CORPUS" rev-parse --verify --quiet HEAD >/dev/null 2>&1; then
    echo "==> generating $PRDS PRDs / $OBJECTIVES objectives (seed $SEED) into $CORPUS"
    rm -rf "$CORPUS" "$CORPUS.partial"
    mkdir -p "$BENCH_DIR"
    "$GENERATOR" generate --prds "$PRDS" --objectives "$OBJECTIVES" --seed "$SEED" --out "$CORPUS.partial"
    git -C "$CORPUS.partial" init --quiet --initial-branch=main
    git -C "$CORPUS.partial" add -A
    # Fixed identity and dates: the commit id is the same on every machine.
    GIT_AUTHOR_DATE="2025-01-06T00:00:00+0000" GIT_COMMITTER_DATE="2025-01-06T00:00:00+0000" \
        git -C "$CORPUS.partial" -c user.name="Roadmap Bench" -c user.email=bench@example.com \
        -c commit.gpgsign=false commit --quiet --no-verify -m "Generated corpus: $PRDS PRDs, seed $SEED"
    mv "$CORPUS.partial" "$CORPUS"
else
    echo "==> reusing $CORPUS"
fi
echo "    $(find "$CORPUS/prds" -name '*.md' | wc -l | tr -d ' ') PRDs, $(du -sh --apparent-size "$CORPUS/prds" 2>/dev/null | cut -f1 || echo '?') of PRDs"

LABELS=("check (working tree)" "check --ref HEAD" "check --ref HEAD, warm cache")
# The argv of benchmark $1, in CMD; paths may contain spaces, so never split a string.
command_of() {
    case "$1" in
        0) CMD=("$ROADMAP" check --no-cache "$CORPUS") ;;
        1) CMD=("$ROADMAP" check --no-cache --ref HEAD "$CORPUS") ;;
        2) CMD=("$ROADMAP" check --ref HEAD "$CORPUS") ;;
    esac
}

# One untimed run each, so a broken command is visible before it is timed.
for i in "${!LABELS[@]}"; do
    command_of "$i"
    echo "==> ${LABELS[$i]}: ${CMD[*]}"
    set +e
    output="$("${CMD[@]}" 2>&1)"
    status=$?
    set -e
    echo "$output" | tail -n 3 | sed 's/^/    /'
    echo "    exit status $status"
done

median_of() { sort -n | awk '{ v[NR] = $1 } END { if (NR == 0) print "nan"; else if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# Peak RSS in KB of one run, with GNU time; "-" without it.
peak_rss() {
    local log
    log="$(mktemp)"
    if [ -x /usr/bin/time ] && /usr/bin/time -v true >/dev/null 2>&1; then
        /usr/bin/time -v -o "$log" "${CMD[@]}" >/dev/null 2>&1 || true
        awk -F': ' '/Maximum resident set size/ { print $2 }' "$log"
    else
        echo "-"
    fi
    rm -f "$log"
}

# Wall-clock seconds of one run, to the millisecond, with bash's own `time`.
wall_once() {
    local TIMEFORMAT=%3R
    { time "${CMD[@]}" >/dev/null 2>&1 || true; } 2>&1 | tail -n 1
}

echo
echo "==> timing, $RUNS runs each"
SUMMARY=()
for i in "${!LABELS[@]}"; do
    command_of "$i"
    rss="$(peak_rss)"
    if command -v "$HYPERFINE" >/dev/null 2>&1; then
        json="$(mktemp)"
        "$HYPERFINE" --ignore-failure --warmup 1 --runs "$RUNS" --export-json "$json" --command-name "${LABELS[$i]}" "$(printf '%q ' "${CMD[@]}")"
        median="$(grep -o '"median": *[0-9.eE+-]*' "$json" | head -n 1 | sed 's/.*: *//')"
        rm -f "$json"
    else
        times=()
        for _ in $(seq "$RUNS"); do times+=("$(wall_once)"); done
        median="$(printf '%s\n' "${times[@]}" | median_of)"
        echo "    runs (s): ${times[*]}"
    fi
    SUMMARY+=("$(printf '%-22s median %8.3f s   peak RSS %s KB' "${LABELS[$i]}" "$median" "${rss:--}")")
done

echo
echo "==> summary ($PRDS PRDs, $RUNS runs)"
printf '    %s\n' "${SUMMARY[@]}"
