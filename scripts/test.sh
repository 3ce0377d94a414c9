#!/usr/bin/env bash
# Builds MetInspect with warnings as errors, runs the test suite against a throw-away
# PostgreSQL 15 server, and checks the formatting of the C++ sources.
# Usage: scripts/test.sh [extra ctest arguments, e.g. -R Storage]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

say() { printf '==> %s\n' "$*"; }

BUILD_DIR=build-test
# The whole suite again under AddressSanitizer and UndefinedBehaviorSanitizer (clang), with the libFuzzer
# targets, which run for FUZZ_SECONDS each.
ASAN_DIR=build-asan
FUZZ_SECONDS=${METINSPECT_FUZZ_SECONDS:-60}
failed=()
launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)

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

if [[ -f "$ASAN_DIR/CMakeCache.txt" ]] && ! grep -q '^CMAKE_GENERATOR:INTERNAL=Ninja$' "$ASAN_DIR/CMakeCache.txt"; then
    rm -rf -- "$ASAN_DIR"
fi
say "配置 ASan/UBSan 与模糊测试构建 / configuring sanitizer and fuzzing build ($ASAN_DIR/)"
# -O1 with line tables only: the sanitizers' usual setting, readable stack traces, and a build that takes
# half the time of -O2 -g.
cmake -S . -B "$ASAN_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ "${launcher[@]}" \
    -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -gline-tables-only -DNDEBUG" \
    -DMETINSPECT_WERROR=ON -DMETINSPECT_BUILD_TESTS=ON -DMETINSPECT_SANITIZE=ON -DMETINSPECT_FUZZ=ON \
    -DMETINSPECT_FUZZ_SECONDS="$FUZZ_SECONDS"
say "编译 ASan/UBSan 构建 / building sanitizer build"
cmake --build "$ASAN_DIR" -j2

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

# Qt's own libraries are not instrumented; leaks they keep until exit (fonts, plugins) are not ours.
say "在 ASan/UBSan 下运行测试与模糊测试 / running tests and fuzzers under ASan/UBSan"
if ! ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:strict_string_checks=1 \
     LSAN_OPTIONS=suppressions="$PWD/tests/sanitizers/lsan.supp":print_suppressions=0 \
     UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
     ctest --test-dir "$ASAN_DIR" --output-on-failure -j2 --timeout 1200 --no-tests=error -E '^Packaging\.' "$@"; then
    failed+=("sanitizer-tests")
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
