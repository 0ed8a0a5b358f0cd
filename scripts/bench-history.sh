#!/usr/bin/env bash
# Times the history commands in release mode on the project's generated roadmap of 10,000 PRDs,
# 300 objectives and 20,000 commits, and prints medians:
#   - cold mining, `roadmap log --no-cache --format json`, side by side with `git log --raw`;
#   - `roadmap log ID` with a warm cache after one new commit;
#   - `roadmap diff` between commits 1,000 apart;
#   - peak memory of each (maximum resident set size).
# Usage: scripts/bench-history.sh [RUNS] (default 7). The corpus is kept in bench/history-corpus
# (CORPUS=... to use another); SCRATCH=... picks the build folder.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-7}
scratch=${SCRATCH:-.build-bench}
swift build -c release --scratch-path "$scratch" --product roadmap >/dev/null
swift build -c release --scratch-path "$scratch" --product roadmap-corpus >/dev/null
bin="$PWD/$scratch/release"
corpus="${CORPUS:-$PWD/bench/history-corpus}"
if [ ! -d "$corpus/.git" ]; then
    "$bin/roadmap-corpus" generate --prds 10000 --objectives 300 --commits 20000 --seed 42 --out "$corpus"
fi
cd "$corpus"

# Prints "seconds kilobytes" for one run of the command.
measure() { /usr/bin/time -f "%e %M" "$@" 2>&1 >/dev/null | tail -1; }
median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
report() { # name, file of "seconds kilobytes" lines
    printf '%-44s median %6.2f s   max RSS %4d MB   (%d runs)\n' "$1" \
        "$(cut -d' ' -f1 "$2" | median)" "$(( $(cut -d' ' -f2 "$2" | sort -n | tail -1) / 1024 ))" "$(wc -l < "$2")"
}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"; git -C "$corpus" reset -q --hard "$head" 2>/dev/null || true' EXIT
head=$(git rev-parse HEAD)

for _ in $(seq "$runs"); do   # alternated, so both see the same machine load
    measure "$bin/roadmap" log --no-cache --format json >> "$tmp/log"
    measure git log --raw >> "$tmp/git"
done
report "roadmap log --no-cache --format json" "$tmp/log"
report "git log --raw" "$tmp/git"
echo "ratio roadmap / git: $(echo "$(median < <(cut -d' ' -f1 "$tmp/log")) $(median < <(cut -d' ' -f1 "$tmp/git"))" | awk '{ printf "%.2f", $1 / $2 }')"

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
