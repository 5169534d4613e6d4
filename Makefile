# The README's commands. `make serve` installs, indexes the bundled chapter if needed, then runs it;
# `make test` installs and runs the tests. Everything lives in .venv (Python 3.11).
PYTHON ?= python3.11
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: install index serve chat test bench calibrate lint clean

install: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet torch==2.13.0   # the CPU build on this machine's disk, before anything pulls another
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $@

index: install
	$(BIN)/assistant index

serve: index   # the terminal chat for now; the browser app replaces it when it lands
	$(BIN)/assistant chat

bench: index   # warm `ask` latency next to a bare embed + Chroma query
	$(BIN)/python -m eval.benchmark

calibrate: index   # how the refusal threshold was chosen
	$(BIN)/python -m eval.calibrate

test: install
	$(BIN)/pytest

lint: install
	$(BIN)/ruff check .

clean:
	rm -rf $(VENV) data
