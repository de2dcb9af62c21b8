# The two commands of the README's quick start. Both set up .venv themselves.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: demo test bench setup

$(BIN)/drafter: pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --disable-pip-version-check -e '.[dev]'
	@touch $@

setup: $(BIN)/drafter

# Main job: check a good reply and a risky one with the embedded rules (no network, no key).
demo: setup
	$(BIN)/drafter check examples/reply_good.txt
	-$(BIN)/drafter check examples/reply_risky.txt

# Tests: lint, format, types, then the suite.
test: setup
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy drafter
	$(BIN)/pytest

bench: setup
	$(BIN)/python bench/bench_check.py
