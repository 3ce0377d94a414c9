#!/usr/bin/env bash
# Builds MetInspect and starts the desktop application.
# Usage: scripts/run.sh [arguments for metinspect]
# On first start, a small demo workspace is created at the default location
# (METINSPECT_WORKSPACE, or ${XDG_DATA_HOME:-~/.local/share}/MetInspect/workspace.metinspect).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

say() { printf '==> %s\n' "$*"; }

say "安装依赖 / installing dependencies"
bash scripts/install-deps.sh

if [[ ! -f build/build.ninja ]]; then
    say "配置构建 / configuring build (build/)"
    cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DMETINSPECT_BUILD_TESTS=OFF
fi
say "编译 / building"
cmake --build build

workspace=${METINSPECT_WORKSPACE:-${XDG_DATA_HOME:-$HOME/.local/share}/MetInspect/workspace.metinspect}
if [[ ! -e "$workspace" ]]; then
    say "创建演示工作区 / creating demo workspace: $workspace"
    mkdir -p "$(dirname "$workspace")"
    METINSPECT_WORKSPACE=$workspace build/app/metinspect-cli demo --scale small
fi

say "启动 MetInspect / starting MetInspect"
exec build/app/metinspect "$@"
