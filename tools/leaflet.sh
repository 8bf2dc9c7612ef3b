#!/usr/bin/env bash
# Fetch leaflet@1.9.4 from the npm registry and check (or, with --update, replace) the copy the
# server serves in resources/public/vendor/leaflet.
set -euo pipefail
cd "$(dirname "$0")/.."
version=1.9.4
shasum=23fae724e282fa25745aff82ca4d394748db7d8d
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "leaflet@$version" >/dev/null)
echo "$shasum  $work/leaflet-$version.tgz" | sha1sum -c --quiet
tar xzf "$work/leaflet-$version.tgz" -C "$work"
target=resources/public/vendor/leaflet
if [ "${1:-}" = "--update" ]; then
    cp "$work/package/dist/leaflet.js" "$work/package/dist/leaflet.css" "$target/"
    cp "$work/package/dist/images/"*.png "$target/images/"
    cp "$work/package/LICENSE" "$target/LICENSE"
fi
for file in leaflet.js leaflet.css LICENSE; do
    source="$work/package/dist/$file"
    [ "$file" = LICENSE ] && source="$work/package/LICENSE"
    cmp "$source" "$target/$file"
done
echo "resources/public/vendor/leaflet is leaflet@$version from the npm registry"
