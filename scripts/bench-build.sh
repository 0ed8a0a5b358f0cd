#!/usr/bin/env bash
# Times `roadmap build` on the generated 10,000-PRD corpus against Hugo rendering the same PRD
# files with minimal templates (one page per PRD, one list page), side by side.
#
#   scripts/bench-build.sh                 # needs hyperfine and hugo (Debian packages)
#   PRDS=2000 RUNS=3 scripts/bench-build.sh
#
# Also times a rebuild after editing one PRD, and counts the files that rebuild rewrote.
set -euo pipefail
PRDS="${PRDS:-10000}"
RUNS="${RUNS:-5}"
cd "$(dirname "${BASH_SOURCE[0]}")/.."
ROOT="$PWD"
BIN="${BIN:-}"
if [ -z "$BIN" ]; then swift build -c release; BIN="$(swift build -c release --show-bin-path)"; fi
CORPUS="$ROOT/.build-bench/corpus-$PRDS"
[ -d "$CORPUS/prds" ] || BIN="$BIN" PRDS="$PRDS" RUNS=1 scripts/bench-check.sh >/dev/null
OUT="$ROOT/.build-bench/site-$PRDS"
HUGO_SITE="$ROOT/.build-bench/hugo-$PRDS"

# Hugo: the same Markdown files as content, the most minimal templates that still render every body.
rm -rf "$HUGO_SITE"; mkdir -p "$HUGO_SITE/layouts/_default"
cat > "$HUGO_SITE/config.toml" <<TOML
baseURL = "/"
contentDir = "$CORPUS/prds"
disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]
TOML
echo '<!doctype html><title>{{ .Title }}</title><h1>{{ .Title }}</h1>{{ .Content }}' > "$HUGO_SITE/layouts/_default/single.html"
echo '<!doctype html><title>{{ .Title }}</title><ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}</ul>' > "$HUGO_SITE/layouts/_default/list.html"

ROADMAP_BUILD="$BIN/roadmap build $CORPUS --out $OUT --force"
HUGO_BUILD="hugo --quiet --source $HUGO_SITE --destination $ROOT/.build-bench/hugo-out-$PRDS"
echo "==> full builds, $RUNS runs each"
rm -rf "$OUT"
hyperfine --warmup 1 --runs "$RUNS" --prepare "rm -rf $OUT" "$ROADMAP_BUILD" "$HUGO_BUILD"
for cmd in "$ROADMAP_BUILD" "$HUGO_BUILD"; do
  rm -rf "$OUT"
  /usr/bin/time -f "    %C: %e s wall, %U+%S s CPU, %M KB peak" $cmd >/dev/null
done

echo "==> rebuild after editing one PRD"
$ROADMAP_BUILD >/dev/null
FILE="$(find "$CORPUS/prds" -name '*.md' | sort | head -n 1)"
cp "$FILE" "$FILE.orig"
trap 'mv "$FILE.orig" "$FILE"' EXIT
touch -d '2020-01-01' "$OUT" 2>/dev/null || true
hyperfine --runs "$RUNS" --prepare "sed -i 's/^title: \\(.*\\)/title: \\1 x/' $FILE" "$ROADMAP_BUILD"
marker="$(mktemp)"; sleep 1; touch "$marker"
sed -i 's/^title: \(.*\)/title: \1 y/' "$FILE"
$ROADMAP_BUILD
echo "    files modified by the rebuild: $(find "$OUT" -type f -newer "$marker" | wc -l) of $(find "$OUT" -type f | wc -l)"
