# Focal Point Desk — developer entry points. `make run` and `make test` set everything up.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
RUN_DIR ?= .run
SERVER_PORT ?= 8765

.PHONY: run test lint bench screenshots dist release clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

# Runs the embedded central endpoint (SQLite file in $(RUN_DIR)) and opens the desktop app on it.
run: $(STAMP)
	@mkdir -p $(RUN_DIR)
	$(BIN)/focal-server --db sqlite:///$(RUN_DIR)/server.db init-demo
	@$(BIN)/focal-server --db sqlite:///$(RUN_DIR)/server.db serve --port $(SERVER_PORT) & \
	  SERVER_PID=$$!; trap "kill $$SERVER_PID" EXIT INT TERM; \
	  $(BIN)/focal-desk --profile $(RUN_DIR)/profile --server http://127.0.0.1:$(SERVER_PORT)

test: $(STAMP)
	$(BIN)/python -m pytest $(PYTEST_ARGS)

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

bench: $(STAMP)
	$(BIN)/python bench/storage.py

clean:
	rm -rf $(VENV) $(RUN_DIR) build dist .pytest_cache
