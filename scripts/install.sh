#!/usr/bin/env bash
# Builds roadmap in release mode, with the Swift standard library and Foundation linked
# statically, and installs it with its shell completions and man page:
#
#   PREFIX/bin/roadmap
#   PREFIX/share/bash-completion/completions/roadmap
#   PREFIX/share/zsh/site-functions/_roadmap
#   PREFIX/share/fish/vendor_completions.d/roadmap.fish
#   PREFIX/share/man/man1/roadmap.1 (and one page per subcommand, roadmap.check.1, ...)
#   PREFIX/share/roadmap/install-manifest   (what was installed, for --uninstall)
#
# The installed binary needs no Swift toolchain, only the C libraries it links: on Debian 12,
# libgit2-1.5, libcmark-gfm0.29.0.gfm.6, libcmark-gfm-extensions0.29.0.gfm.6, libmimalloc2.0
# (the allocator), zlib1g, libcurl4 (linked by the Foundation networking the MCP SDK imports,
# though `roadmap mcp` speaks over stdio only) and libgvc6 with libcgraph6 (Graphviz, which lays
# out the dependency graph; its dot layout and SVG plugins come with libgvc6).
set -euo pipefail

usage() {
  cat <<'EOF'
usage: scripts/install.sh [--prefix DIR] [--build-path DIR]
       scripts/install.sh --uninstall [--prefix DIR]

  --prefix DIR      where to install (default: /usr/local as root, else ~/.local)
  --build-path DIR  SwiftPM scratch folder for the release build (default: .build)
  --uninstall       remove exactly the files a previous install into DIR wrote, and the
                    folders it created that are empty again
EOF
}

repo=$(cd "$(dirname "$0")/.." && pwd)
prefix=""
build_path="$repo/.build"
uninstall=0
while [ $# -gt 0 ]; do
  case "$1" in
    --prefix) [ $# -ge 2 ] || { usage >&2; exit 2; }; prefix=$2; shift 2 ;;
    --prefix=*) prefix=${1#--prefix=}; shift ;;
    --build-path) [ $# -ge 2 ] || { usage >&2; exit 2; }; build_path=$2; shift 2 ;;
    --build-path=*) build_path=${1#--build-path=}; shift ;;
    --uninstall) uninstall=1; shift ;;
    -h|--help) usage; exit 0 ;;
    *) echo "install.sh: unknown argument: $1" >&2; usage >&2; exit 2 ;;
  esac
done
if [ -z "$prefix" ]; then
  if [ "$(id -u)" -eq 0 ]; then prefix=/usr/local; else prefix="$HOME/.local"; fi
fi
case "$prefix" in /*) ;; *) prefix="$PWD/$prefix" ;; esac
prefix=${prefix%/}
manifest="$prefix/share/roadmap/install-manifest"

# The manifest lists, one per line, "file PATH" for each file written and "dir PATH" for each
# folder this script created, in the order they were made.
remove_installed() {
  [ -f "$manifest" ] || { echo "install.sh: nothing to uninstall: no $manifest" >&2; return 1; }
  local kind path dirs=()
  while IFS=' ' read -r kind path; do
    case "$kind" in
      file) rm -f -- "$path" ;;
      dir) dirs=("$path" "${dirs[@]}") ;;
    esac
  done < "$manifest"
  rm -f -- "$manifest"
  for path in "${dirs[@]}"; do rmdir -- "$path" 2>/dev/null || true; done
}

if [ "$uninstall" -eq 1 ]; then
  remove_installed
  echo "removed roadmap from $prefix"
  exit 0
fi

# Build first, so a failed build leaves any previous install untouched.
cd "$repo"
echo "building roadmap (release, static Swift runtime) in $build_path ..."
swift package --scratch-path "$build_path" generate-manual --configuration debug --multi-page >/dev/null
swift build -c release --static-swift-stdlib --scratch-path "$build_path" --product roadmap
binary="$build_path/release/roadmap"
pages="$build_path/plugins/GenerateManual/outputs/roadmap"
staging=$(mktemp -d)
trap 'rm -rf "$staging"' EXIT
"$binary" --generate-completion-script bash > "$staging/roadmap.bash"
"$binary" --generate-completion-script zsh > "$staging/_roadmap"
"$binary" --generate-completion-script fish > "$staging/roadmap.fish"

# An upgrade replaces the previous install's files.
[ -f "$manifest" ] && remove_installed

entries=()
make_dir() {
  local missing=() dir=$1
  while [ ! -d "$dir" ]; do missing=("$dir" "${missing[@]}"); dir=$(dirname "$dir"); done
  for dir in "${missing[@]}"; do mkdir -- "$dir"; entries+=("dir $dir"); done
}
put() { # put SOURCE DEST MODE
  make_dir "$(dirname "$2")"
  install -m "$3" "$1" "$2"
  entries+=("file $2")
}
put "$binary" "$prefix/bin/roadmap" 755
strip "$prefix/bin/roadmap" 2>/dev/null || true
put "$staging/roadmap.bash" "$prefix/share/bash-completion/completions/roadmap" 644
put "$staging/_roadmap" "$prefix/share/zsh/site-functions/_roadmap" 644
put "$staging/roadmap.fish" "$prefix/share/fish/vendor_completions.d/roadmap.fish" 644
for page in "$pages"/*.1; do put "$page" "$prefix/share/man/man1/$(basename "$page")" 644; done
make_dir "$(dirname "$manifest")"
printf '%s\n' "${entries[@]}" > "$manifest"

echo "installed $prefix/bin/roadmap ($("$prefix/bin/roadmap" --version)), its completions and man pages"
case ":$PATH:" in
  *":$prefix/bin:"*) ;;
  *) echo "note: $prefix/bin is not on your PATH; add it, e.g. export PATH=\"$prefix/bin:\$PATH\"" ;;
esac
echo "remove it again with: scripts/install.sh --uninstall --prefix $prefix"
