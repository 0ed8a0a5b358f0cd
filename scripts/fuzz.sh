#!/usr/bin/env bash
# Builds one libFuzzer target (address sanitizer on) and runs it for SECONDS, from a seed corpus
# made here: the sample roadmap, a generated roadmap, packs git writes (OFS_DELTA and REF_DELTA),
# real analysis and history caches, and the Swift Evolution proposals of ../shared/corpora where present.
# Usage: scripts/fuzz.sh TARGET SECONDS [libFuzzer options...]
#   TARGET: file      one PRD's bytes through front matter, checks and the Markdown outline
#           markdown  Markdown to the site's safe HTML (also fails on script-running markup)
#           pack      a pack index and pack through the pack reader, and git deltas
#           cache     the analysis and history cache readers on damaged files
#           lsp       a client's bytes through the language server's framing, JSON-RPC decoding and positions
# The corpus the fuzzer grows is kept in .fuzz/TARGET/corpus; a crash is written to
# .fuzz/TARGET/crash-* and the script exits non-zero. SCRATCH=... picks the build folder.
set -euo pipefail
cd "$(dirname "$0")/.."
usage() { echo "usage: scripts/fuzz.sh file|markdown|pack|cache|lsp SECONDS [libFuzzer options...]" >&2; exit 2; }
[ $# -ge 2 ] || usage
target=$1 seconds=$2
shift 2
case "$target" in file|markdown|pack|cache|lsp) ;; *) usage ;; esac
scratch=${SCRATCH:-.build-fuzz}
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0}
# Swift's own crash handler, run under the address sanitizer, trips it while reading the stack
# and hides the real failure (a fatal error's message) behind a report about itself.
export SWIFT_BACKTRACE=${SWIFT_BACKTRACE:-enable=no}

swift build -c debug --scratch-path "$scratch" -Xswiftc -sanitize=fuzzer,address -Xswiftc -DFUZZING --product "fuzz-$target" >&2
work=.fuzz/$target
mkdir -p "$work/corpus"
seeds=$(mktemp -d)
trap 'rm -rf "$seeds"' EXIT

# A small repository of the sample roadmap with some history, for packs and caches.
sample_repo() {
    local repo=$seeds/repo
    mkdir -p "$repo"
    cp -R sample-roadmap/. "$repo/"
    git -C "$repo" init -q -b main
    git -C "$repo" add -A
    git -C "$repo" -c user.name=Fuzz -c user.email=fuzz@example.com commit -q -m sample
    for n in 1 2 3 4 5; do
        for f in "$repo"/prds/*/*.md; do [ $((RANDOM % 3)) -eq 0 ] && printf '\nEdit %s.\n' "$n" >> "$f"; done
        git -C "$repo" add -A
        git -C "$repo" -c user.name=Fuzz -c user.email=fuzz@example.com commit -q -m "edit $n"
    done
    echo "$repo"
}
# <4-byte big-endian index length><index><pack>, the input of fuzz-pack.
pack_seed() {
    local idx pack
    idx=$(ls "$1"/.git/objects/pack/*.idx | head -1)
    pack=${idx%.idx}.pack
    { perl -e 'print pack("N", shift)' "$(wc -c < "$idx")"; cat "$idx" "$pack"; } > "$2"
}

case "$target" in
file|markdown)
    n=0
    for f in $(find sample-roadmap -name '*.md' | sort); do n=$((n + 1)); cp "$f" "$seeds/sample-$n.md"; done
    swift build -c debug --product roadmap-corpus >&2
    .build/debug/roadmap-corpus generate --prds 40 --objectives 6 --seed 7 --out "$seeds/generated" >&2
    n=0
    for f in $(find "$seeds/generated" -name '*.md' | sort); do n=$((n + 1)); cp "$f" "$seeds/generated-$n.md"; done
    rm -rf "$seeds/generated"
    # Real proposals, where the held-in corpus is beside the project (CORPORA=... elsewhere).
    corpora=${CORPORA:-../shared/corpora}
    if [ -d "$corpora/swift-evolution" ]; then
        n=0
        for f in $(find "$corpora/swift-evolution" -name '*.md' | sort); do n=$((n + 1)); cp "$f" "$seeds/evolution-$n.md"; done
    fi
    ;;
pack)
    repo=$(sample_repo)
    git -C "$repo" repack -adfq
    pack_seed "$repo" "$seeds/ofs-delta"
    git -C "$repo" -c repack.useDeltaBaseOffset=false repack -adfq
    pack_seed "$repo" "$seeds/ref-delta"
    rm -rf "$repo"
    ;;
cache)
    swift build -c debug --product roadmap >&2
    repo=$(sample_repo)
    (cd "$repo" && "$OLDPWD/.build/debug/roadmap" check --ref HEAD --history >/dev/null 2>&1 || true)
    for f in "$repo"/.git/roadmap/check-cache-*.bin; do { printf '\0'; cat "$f"; } > "$seeds/analysis"; done
    for f in "$repo"/.git/roadmap/history-*.bin; do { printf '\1'; cat "$f"; } > "$seeds/history"; done
    rm -rf "$repo"
    ;;
lsp)
    # Messages as an editor sends them, back to back, and a few broken ones.
    frame() { local LC_ALL=C; printf 'Content-Length: %d\r\n\r\n%s' "${#1}" "$1"; }  # ${#1} in bytes
    {
        frame '{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"rootUri":"file:///tmp/r","capabilities":{"general":{"positionEncodings":["utf-8","utf-16"]}}}}'
        frame '{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"file:///tmp/r/prds/a.md","languageId":"markdown","version":1,"text":"---\nid: a\nstatus: planed\n---\n\n# A é😀\r\n"}}}'
        frame '{"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"file:///tmp/r/prds/a.md","version":2},"contentChanges":[{"range":{"start":{"line":2,"character":8},"end":{"line":2,"character":14}},"text":"planned"}]}}'
        frame '{"jsonrpc":"2.0","id":"h","method":"textDocument/hover","params":{"textDocument":{"uri":"file:///tmp/r/prds/a.md"},"position":{"line":1,"character":4}}}'
        frame '{"jsonrpc":"2.0","method":"$/cancelRequest","params":{"id":"h"}}'
    } > "$seeds/session"
    { frame '{"jsonrpc":"2.0","id":[1],"method":"x"}'; printf 'Content-Length: 99999999999\r\n\r\n'; frame '[[[[{}]]]]'; } > "$seeds/broken"
    ;;
esac

"$scratch/debug/fuzz-$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
    -artifact_prefix="$work/" "$@" "$work/corpus" "$seeds"
