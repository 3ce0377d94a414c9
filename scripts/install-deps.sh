#!/usr/bin/env bash
# Installs the Debian 12 packages MetInspect needs to build, run and test.
# Usage: scripts/install-deps.sh [--test]   (--test adds PostgreSQL and the tools used by the test suite)
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config git
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-charts-dev libqt6opengl6-dev qt6-translations-l10n
  libqt6sql6-sqlite libqt6sql6-psql libqt6svg6
  libboost-date-time-dev
  libsodium-dev libssl-dev libpq-dev libsqlite3-dev libxlsxwriter-dev libzip-dev libjemalloc-dev
  fonts-noto-cjk
)
if [[ "${1:-}" == "--test" ]]; then
  packages+=(libgtest-dev libgmock-dev googletest postgresql xvfb xauth clang-format poppler-utils desktop-file-utils appstream unzip
             clang libclang-rt-14-dev)
fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  SUDO=""
  [[ $(id -u) -ne 0 ]] && SUDO="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -q
  $SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
fi
