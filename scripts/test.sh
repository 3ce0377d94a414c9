#!/usr/bin/env bash
# Builds MetInspect with warnings as errors, runs the test suite against a throw-away
# PostgreSQL 15 server, and checks the formatting of the C++ sources.
# Usage: scripts/test.sh [extra ctest arguments, e.g. -R Storage]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

say() { printf '==> %s\n' "$*"; }

BUILD_DIR=build-test
failed=()

say "安装依赖 / installing dependencies"
bash scripts/install-deps.sh --test

# A build directory made with another generator cannot be reused.
if [[ -f "$BUILD_DIR/CMakeCache.txt" ]] && ! grep -q '^CMAKE_GENERATOR:INTERNAL=Ninja$' "$BUILD_DIR/CMakeCache.txt"; then
    rm -rf -- "$BUILD_DIR"
fi
say "配置测试构建 / configuring test build ($BUILD_DIR/)"
cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DMETINSPECT_WERROR=ON -DMETINSPECT_BUILD_TESTS=ON
say "编译 / building"
cmake --build "$BUILD_DIR" -j2

cleanup() {
    bash scripts/pg-test-server.sh destroy || true
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

say "启动测试数据库 / starting test PostgreSQL"
METINSPECT_TEST_PG=$(bash scripts/pg-test-server.sh start)
export METINSPECT_TEST_PG
say "METINSPECT_TEST_PG=$METINSPECT_TEST_PG"

# Widget tests run without a display.
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}

say "运行测试 / running tests"
if ! ctest --test-dir "$BUILD_DIR" --output-on-failure -j2 --timeout 600 --no-tests=error "$@"; then
    failed+=("tests")
fi

say "检查代码格式 / checking formatting (clang-format)"
unformatted=()
while IFS= read -r -d '' f; do
    if ! clang-format --dry-run -Werror "$f" >/dev/null 2>&1; then
        unformatted+=("$f")
    fi
done < <(find core ui app tests -type f \( -name '*.h' -o -name '*.cpp' \) -print0 2>/dev/null | sort -z)
if ((${#unformatted[@]})); then
    printf '需要格式化的文件 / files that need clang-format:\n' >&2
    printf '  %s\n' "${unformatted[@]}" >&2
    printf '修复 / fix with: clang-format -i <files>\n' >&2
    failed+=("format")
fi

say "检查翻译 / checking translations"
if ! bash scripts/check-translations.sh; then
    failed+=("translations")
fi

if ((${#failed[@]})); then
    say "失败 / FAILED: ${failed[*]}"
    exit 1
fi
say "全部通过 / all checks passed"
