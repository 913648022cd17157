#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# The browser build compiles Dear ImGui and libhyphen itself, from Debian's own source packages
# (imgui 1.86, hyphen 2.8.8: the versions the native build links), since their -dev packages hold
# only headers and native libraries. Fetched with an apt configuration of our own for deb-src, in
# DIR (default: third_party/sources, ignored by git); the system's apt sources are not changed.
# A no-op when both are unpacked.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
dir=${1:-$here/sources}
packages=(imgui hyphen)
missing=()
for p in "${packages[@]}"; do [ -d "$dir/$p" ] || missing+=("$p"); done
[ ${#missing[@]} -eq 0 ] && exit 0

apt_dir=$dir/apt
mkdir -p "$apt_dir/lists/partial"
# The system's own Debian source (its URIs and key), as deb-src.
system=/etc/apt/sources.list.d/debian.sources
uris=$(awk '/^URIs:/ {print $2; exit}' "$system" 2>/dev/null || true)
key=$(awk '/^Signed-By:/ {print $2; exit}' "$system" 2>/dev/null || true)
cat >"$apt_dir/pps-src.sources" <<EOF
Types: deb-src
URIs: ${uris:-http://deb.debian.org/debian}
Suites: bookworm
Components: main
Signed-By: ${key:-/usr/share/keyrings/debian-archive-keyring.gpg}
EOF
apt_options=(-o Dir::Etc::SourceList=/dev/null -o "Dir::Etc::SourceParts=$apt_dir"
             -o "Dir::State::Lists=$apt_dir/lists" -o Debug::NoDropPrivs=1
             -o APT::Sandbox::User=root)
echo "fetch_sources: fetching ${missing[*]} (Debian source packages)"
apt-get "${apt_options[@]}" update -qq
for p in "${missing[@]}"; do
  work=$(mktemp -d "$dir/.fetch.XXXXXX")
  (cd "$work" && apt-get "${apt_options[@]}" source --download-only -qq "$p")
  tarball=$(ls "$work"/*.orig.tar.* | head -n 1)
  mkdir -p "$work/unpacked"
  tar -xf "$tarball" -C "$work/unpacked"
  mv "$work/unpacked/"* "$dir/$p"
  rm -rf "$work"
done
