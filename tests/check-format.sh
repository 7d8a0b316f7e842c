#!/bin/sh
# Fails when a C file is not formatted with the project's .clang-format.
set -eu
cd "$1"
git ls-files 'src/*.c' 'src/*.h' 'tests/*.c' 'tests/*.h' 'build-aux/*.c' | xargs clang-format --dry-run --Werror
