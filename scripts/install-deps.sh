#!/usr/bin/env bash
# Install the Debian packages named as arguments when they are missing.
#
#   scripts/install-deps.sh postgresql        # for `make test`
#   scripts/install-deps.sh nginx wrk         # for bench/pages
#
# As root: runs `apt-get update` once, then installs what is missing.
# Otherwise: prints the command to run and exits 1.
set -euo pipefail

if [ "$#" -eq 0 ]; then
    echo "usage: $0 PACKAGE..." >&2
    exit 2
fi

missing=()
for pkg in "$@"; do
    status=$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)
    if [ "$status" != "install ok installed" ]; then
        missing+=("$pkg")
    fi
done

if [ "${#missing[@]}" -eq 0 ]; then
    exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
    echo "error: missing Debian packages: ${missing[*]}" >&2
    echo "install them with:" >&2
    echo "  sudo apt-get update && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y ${missing[*]}" >&2
    exit 1
fi

echo "installing missing Debian packages: ${missing[*]}" >&2
apt-get update
DEBIAN_FRONTEND=noninteractive apt-get install -y "${missing[@]}"

for pkg in "${missing[@]}"; do
    if ! dpkg -s "$pkg" >/dev/null 2>&1; then
        echo "error: $pkg is still not installed" >&2
        exit 1
    fi
done
