# sitrep: `make demo` sets up .venv/ and runs the demo; `make test` sets up and runs the tests.
PYTHON ?= python3.12
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: install demo test lint bench eval model clean

install: $(STAMP)

$(STAMP): pyproject.toml requirements.lock
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip==25.3
	$(BIN)/python -m pip install --quiet -c requirements.lock -e '.[test,serve,ray,postgres]'
	# .pyc files for sitrep's own sources, as pip writes for installed packages: without them a
	# start with PYTHONDONTWRITEBYTECODE set compiles every module again (about 0.3 s of CPU).
	$(BIN)/python -m compileall -q src
	$(BIN)/sitrep build-gazetteer
	touch $(STAMP)

# Ingests examples/ into demo.db, prints the events, then serves the map page (Ctrl-C stops).
demo: install
	$(BIN)/sitrep demo --db demo.db --serve

lint: install
	$(BIN)/ruff check src tests bench
	$(BIN)/mypy

test: install lint
	$(BIN)/python -m pytest

bench: install
	$(BIN)/python bench/scale.py --json bench-scale.json --markdown bench-scale.md
	$(BIN)/python bench/store.py

# Scores against ../shared/data (development gold data); each one skips if it is absent.
eval: install
	$(BIN)/sitrep eval events
	$(BIN)/sitrep eval geoparse
	$(BIN)/python bench/eval_ucdp.py
	$(BIN)/python bench/eval_quotes.py

# Retrains the event model (src/sitrep/data/models) and rebuilds the ACLED actor table
# (src/sitrep/data/events/acled_actors.csv) from ../shared/data/acled-train; skips if absent.
model: install
	$(BIN)/python -m pip install --quiet -c requirements.lock -e '.[train]'
	$(BIN)/python train/event_model.py
	$(BIN)/python train/acled_actors.py

clean:
	rm -rf $(VENV) demo.db bench-scale.json bench-scale.md .pytest_cache .ruff_cache
