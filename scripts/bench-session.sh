#!/usr/bin/env bash
# Times the driver library inside one long-lived session: a cold compile, then EDITS successive
# edits of one PRD (title and body), each followed by a compile; reports the median and 90th
# percentile of edit -> new diagnostics and the resident memory after 10 edits and after all.
#
#   scripts/bench-session.sh                     # 10,000 PRDs, 300 objectives, 1,000 edits
#   PRDS=2000 OBJECTIVES=60 EDITS=200 scripts/bench-session.sh
#
# The corpus is generated into .build-bench/session-<PRDS>-<SEED> (git-ignored) and reused; the
# edited PRD is restored afterwards. BIN=<folder with session-bench and roadmap-corpus> skips the
# release build.
set -euo pipefail

PRDS="${PRDS:-10000}"
OBJECTIVES="${OBJECTIVES:-300}"
SEED="${SEED:-42}"
EDITS="${EDITS:-1000}"

cd "$(dirname "${BASH_SOURCE[0]}")/.."
BENCH_DIR="$PWD/.build-bench"
CORPUS="$BENCH_DIR/session-$PRDS-$SEED"

if [ -z "${BIN:-}" ]; then
    echo "==> swift build -c release"
    swift build -c release --product session-bench
    swift build -c release --product roadmap-corpus
    BIN="$(swift build -c release --show-bin-path)"
fi

if [ ! -f "$CORPUS/roadmap.yml" ]; then
    echo "==> generating $PRDS PRDs / $OBJECTIVES objectives (seed $SEED) into $CORPUS"
    rm -rf "$CORPUS"
    mkdir -p "$BENCH_DIR"
    "$BIN/roadmap-corpus" generate --prds "$PRDS" --objectives "$OBJECTIVES" --seed "$SEED" --out "$CORPUS.partial"
    # Its own repository: inside this checkout .build-bench is ignored, and so would be the roadmap.
    git -C "$CORPUS.partial" init --quiet --initial-branch=main
    mv "$CORPUS.partial" "$CORPUS"
fi

echo "==> session-bench $CORPUS $EDITS"
"$BIN/session-bench" "$CORPUS" "$EDITS"
