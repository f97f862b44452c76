# The README's two commands: `make demo` (set up, then run the whole pipeline on the bundled corpus)
# and `make test` (set up, then run the whole test suite). Nothing else is needed on a fresh machine
# with Python 3.11: the set-up installs uv into .tools/ and the locked dependencies into .venv/.
PYTHON ?= python3
UV_VERSION := 0.13.8
TOOLS := .tools
UV := $(TOOLS)/bin/uv
VENV := .venv
# uv must use this machine's Python and never download one
export UV_PYTHON := $(shell command -v $(PYTHON))
export UV_PYTHON_DOWNLOADS := never
export UV_NO_PROGRESS := 1

.PHONY: setup demo test bench clean

setup: $(VENV)/.synced

$(UV):
	$(PYTHON) -m venv $(TOOLS)
	$(TOOLS)/bin/pip install --quiet --disable-pip-version-check uv==$(UV_VERSION)

# --compile-bytecode and compileall: the bytecode written once here, since a shell with PYTHONDONTWRITEBYTECODE=1
# (as the team's sessions have) never writes it, and every `warta` command then compiles ~800 modules
# from source first (one-record `warta extract`: ~3 s of CPU more; BENCHMARKS.md, the eighth speed pass)
$(VENV)/.synced: pyproject.toml uv.lock | $(UV)
	$(UV) sync --frozen --compile-bytecode
	$(VENV)/bin/python -m compileall -q pipeline flows spiders
	touch $@

demo: setup
	$(VENV)/bin/warta demo

test: setup
	$(VENV)/bin/python -m pytest

# the peer extractors (newspaper4k, readability-lxml, goose3) live in the `bench` group
bench: setup
	$(UV) sync --frozen --group bench
	$(VENV)/bin/python benchmarks/run_all.py

clean:
	rm -rf $(TOOLS) $(VENV) .pytest_cache
