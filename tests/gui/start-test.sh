#!/usr/bin/env bash
# Starts the desktop application the ways that must never wait for a person: as scripts/run.sh does
# (a demo workspace at the default location, no arguments), with --no-first-run and no workspace at all,
# and with --workspace. Each start saves a screenshot and quits; a first-run assistant shown by mistake
# would block until the timeout.
# Usage: start-test.sh BUILD_DIR
set -euo pipefail
build=$(cd "$1" && pwd)
work=$(mktemp -d)
trap 'rm -rf -- "$work"' EXIT
fail() { printf 'start-test: %s\n' "$*" >&2; exit 1; }

export HOME=$work/home XDG_CONFIG_HOME=$work/config XDG_DATA_HOME=$work/data QT_QPA_PLATFORM=offscreen
unset METINSPECT_WORKSPACE METINSPECT_NO_FIRST_RUN
mkdir -p "$HOME"
default=$XDG_DATA_HOME/MetInspect/workspace.metinspect

start() { timeout 60 "$build/app/metinspect" "$@" >"$work/gui.log" 2>&1 || { cat "$work/gui.log" >&2; return 1; }; }

# scripts/run.sh: the demo workspace first, then the program without arguments.
mkdir -p "$(dirname "$default")"
METINSPECT_WORKSPACE=$default "$build/app/metinspect-cli" demo --scale small >/dev/null
start --screenshot "$work/run-sh.png" || fail "the application did not start on the demo workspace"
[[ -s $work/run-sh.png ]] || fail "no screenshot from the start on the demo workspace"

# No workspace anywhere, but --no-first-run: an empty workspace at the default location.
rm -rf -- "$XDG_DATA_HOME" "$XDG_CONFIG_HOME"
start --no-first-run --screenshot "$work/empty.png" || fail "--no-first-run did not start"
[[ -f $default ]] || fail "--no-first-run did not create the default workspace"

# An explicit workspace.
rm -rf -- "$XDG_DATA_HOME" "$XDG_CONFIG_HOME"
start --workspace "$work/given.metinspect" --lang en --screenshot "$work/given.png" || fail "--workspace did not start"
[[ -f $work/given.metinspect ]] || fail "--workspace did not create the workspace"
printf 'start-test: the application starts without the first-run assistant when a workspace is named\n'
