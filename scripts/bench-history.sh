#!/usr/bin/env bash
# Times the history commands in release mode and prints medians:
#   - cold mining, `roadmap log --no-cache --format json`, paired with `git log --raw` in the same
#     run, on every shape of repository the generator makes (speed that holds on one shape only is
#     not speed):
#       standard       10,000 PRDs, 20,000 commits of a few PRDs each
#       small-commits   2,000 PRDs, 20,000 commits of one file each
#       large-commits  10,000 PRDs,    300 commits of 100-400 PRDs each
#       deep-edits      2,000 PRDs, 20,000 commits, all on 40 PRDs (deep delta chains)
#       large-bodies    1,000 PRDs,  4,000 commits, bodies of 50-100 KB
#       renames         5,000 PRDs, 10,000 commits, half of the edits move a file
#   - on the standard shape: `roadmap log ID` with a warm cache after one new commit, and
#     `roadmap diff` between commits 1,000 apart;
#   - peak memory of each (maximum resident set size).
# Usage: scripts/bench-history.sh [RUNS] [SHAPE...] (default 7 runs, every shape). Corpora are kept
# in bench/history-SHAPE (BENCH_DIR=... for another folder); SCRATCH=... picks the build folder.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-7}
shift || true
shapes=("$@")
[ ${#shapes[@]} -eq 0 ] && shapes=(standard small-commits large-commits deep-edits large-bodies renames)
scratch=${SCRATCH:-.build-bench}
swift build -c release --scratch-path "$scratch" --product roadmap >/dev/null
swift build -c release --scratch-path "$scratch" --product roadmap-corpus >/dev/null
bin="$(cd "$scratch/release" && pwd)"
benchdir="${BENCH_DIR:-$PWD/bench}"

# The generator's options for each shape.
options() {
    case "$1" in
        standard) echo "--prds 10000 --objectives 300 --commits 20000" ;;
        small-commits) echo "--prds 2000 --objectives 60 --commits 20000" ;;
        large-commits) echo "--prds 10000 --objectives 300 --commits 300" ;;
        deep-edits) echo "--prds 2000 --objectives 60 --commits 20000" ;;
        large-bodies) echo "--prds 1000 --objectives 30 --commits 4000" ;;
        renames) echo "--prds 5000 --objectives 150 --commits 10000" ;;
        *) echo "unknown shape: $1" >&2; exit 2 ;;
    esac
}

# Prints "seconds kilobytes" for one run of the command.
measure() { /usr/bin/time -f "%e %M" "$@" 2>&1 >/dev/null | tail -1; }
median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
report() { # name, file of "seconds kilobytes" lines
    printf '%-44s median %6.2f s   max RSS %4d MB   (%d runs)\n' "$1" \
        "$(cut -d' ' -f1 "$2" | median)" "$(( $(cut -d' ' -f2 "$2" | sort -n | tail -1) / 1024 ))" "$(wc -l < "$2")"
}
tmp=$(mktemp -d)
head=""
corpus=""
trap 'rm -rf "$tmp"; [ -n "$head" ] && git -C "$corpus" reset -q --hard "$head" 2>/dev/null || true' EXIT

for shape in "${shapes[@]}"; do
    corpus="$benchdir/history-$shape"
    if [ ! -d "$corpus/.git" ]; then
        # shellcheck disable=SC2046
        "$bin/roadmap-corpus" generate $(options "$shape") --shape "$shape" --seed 42 --out "$corpus" --force >/dev/null
    fi
    echo "== $shape: $(options "$shape"), $(du -sm "$corpus/.git" | cut -f1) MB of .git"
    rm -f "$tmp/log" "$tmp/git"
    for _ in $(seq "$runs"); do   # alternated, so both see the same machine load
        (cd "$corpus" && measure "$bin/roadmap" log --no-cache --format json) >> "$tmp/log"
        (cd "$corpus" && measure git log --raw) >> "$tmp/git"
    done
    report "roadmap log --no-cache --format json" "$tmp/log"
    report "git log --raw" "$tmp/git"
    echo "ratio roadmap / git ($shape): $(echo "$(median < <(cut -d' ' -f1 "$tmp/log")) $(median < <(cut -d' ' -f1 "$tmp/git"))" | awk '{ printf "%.2f", $1 / $2 }')"
done

case " ${shapes[*]} " in *" standard "*) ;; *) exit 0 ;; esac
corpus="$benchdir/history-standard"
cd "$corpus"
head=$(git rev-parse HEAD)
echo "== standard: warm log and diff"
item=$(git ls-tree --name-only HEAD prds/payments/ | sed -n '1s|.*/\(.*\)\.md$|\1|p')
"$bin/roadmap" log >/dev/null   # warm the cache
when=$(git log -1 --format=%ct)
for n in $(seq "$runs"); do
    sed -i "s/^title: \(.*\)$/title: \1 $n/" "prds/payments/$item.md"
    date="@$((when + n * 3600)) +0000"
    GIT_AUTHOR_DATE="$date" GIT_COMMITTER_DATE="$date" git -c user.name=Bench -c user.email=bench@example.com commit -qam "bench $n"
    measure "$bin/roadmap" log "$item" >> "$tmp/warm"
done
report "roadmap log $item (one new commit)" "$tmp/warm"
git reset -q --hard "$head"

for _ in $(seq "$runs"); do measure "$bin/roadmap" diff HEAD~1000 HEAD >> "$tmp/diff"; done
report "roadmap diff HEAD~1000 HEAD" "$tmp/diff"
