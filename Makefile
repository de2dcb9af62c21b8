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

# Main job: draft replies to real complaints offline (template backend, no key, no network),
# then show the guardrail stopping a risky hand-written reply.
demo: setup
	$(BIN)/drafter draft examples/complaint_zh.txt
	$(BIN)/drafter draft examples/complaint_en.eml
	-$(BIN)/drafter check examples/reply_risky.txt

# Tests: lint, format, types, the suite, then the eval gate against the committed baseline.
test: setup
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy drafter
	$(BIN)/pytest
	$(BIN)/drafter eval --baseline evals/baseline.json

bench: setup
	$(BIN)/python bench/bench_check.py
	$(BIN)/python bench/bench_draft.py
