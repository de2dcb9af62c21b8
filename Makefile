# The two commands of the README's quick start. Both set up .venv themselves.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: demo test bench setup

$(BIN)/drafter: pyproject.toml
	@echo "make: setting up $(VENV) with drafter and its tools (first run: a minute or two)"
	$(PY) -m venv $(VENV)
	$(BIN)/pip install --disable-pip-version-check --progress-bar on -e '.[dev]'
	@# An editable install compiles nothing, and with PYTHONDONTWRITEBYTECODE set nothing is ever
	@# cached: every `drafter check` would compile drafter's sources again (~50 ms of a ~0.4 s start).
	$(BIN)/python -m compileall -q drafter
	@echo "make: $(VENV) is ready"
	@touch $@

setup: $(BIN)/drafter

# Main job: draft replies to real complaints offline (template backend, no key, no network),
# then show the guardrail stopping a risky hand-written reply.
# `drafter check` exits 1 when it stops a reply, which is what this last step shows: only that
# exit code is expected; any other failure fails the demo.
demo: setup
	$(BIN)/drafter draft examples/complaint_zh.txt
	$(BIN)/drafter draft examples/complaint_en.eml
	@$(BIN)/drafter check examples/reply_risky.txt; status=$$?; \
	if [ $$status -eq 1 ]; then echo "(exit code 1: the guardrails stopped this risky reply, as intended)"; \
	else exit $$status; fi

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
