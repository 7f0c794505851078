#!/usr/bin/env bash
# Installs the program into a scratch prefix, validates its desktop entry and AppStream metainfo, runs the
# installed binary, and builds the Debian package.   check_install.sh BUILD_DIR
set -euo pipefail
build="$(realpath "$1")"
id=org.interviewcoach.InterviewCoach
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT

cmake --install "$build" --prefix "$out/usr" >/dev/null
test -x "$out/usr/bin/interview-coach"
test -f "$out/usr/share/icons/hicolor/scalable/apps/$id.svg"
desktop-file-validate "$out/usr/share/applications/$id.desktop"
appstreamcli validate --no-net "$out/usr/share/metainfo/$id.metainfo.xml"
"$out/usr/bin/interview-coach" --version | grep -q '^interview-coach\|Interview Coach'
# The media module, which the program loads once its window is up, with every library it needs found.
module="$(find "$out/usr/lib" -path '*/interview-coach/interview-coach-media.so')"
test -n "$module" || { echo "the media module is not installed" >&2; exit 1; }
if ldd "$module" | grep -q 'not found'; then
    echo "the media module's libraries are missing: $(ldd "$module" | grep 'not found')" >&2
    exit 1
fi

cpack --config "$build/CPackConfig.cmake" -B "$out/deb" >/dev/null
deb="$(ls "$out"/deb/*.deb)"
dpkg-deb -c "$deb" > "$out/contents"
for file in ./usr/bin/interview-coach "./usr${module#"$out/usr"}" "./usr/share/applications/$id.desktop" \
            "./usr/share/metainfo/$id.metainfo.xml" "./usr/share/icons/hicolor/scalable/apps/$id.svg"; do
    grep -q " $file\$" "$out/contents" || { echo "missing from the package: $file" >&2; exit 1; }
done
depends="$(dpkg-deb -f "$deb" Depends)"
for dep in libqt6widgets6 libqt6multimedia6 libopusenc0 libopusfile0 libarchive13 qt6-speech-flite-plugin libqt6sql6-sqlite \
           libpocketsphinx3 pocketsphinx-en-us; do
    grep -q "$dep" <<<"$depends" || { echo "the package does not depend on $dep: $depends" >&2; exit 1; }
done
echo "installed and packaged: $(basename "$deb"), $(du -k "$deb" | cut -f1) kB"
