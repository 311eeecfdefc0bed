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

# The frozen app: dist/focal-desk/focal-desk (PyInstaller onedir, see build.spec). It ships the
# TUF root that `focal_release trusted-root` names (a development one unless keys are set up:
# docs/releasing.md).
dist: $(STAMP)
	root=$$(PYTHONPATH=scripts $(BIN)/python -m focal_release trusted-root) && \
	  FOCAL_TUF_ROOT_JSON=$$root $(BIN)/pyinstaller --noconfirm --log-level WARN \
	    --distpath dist --workpath build/pyinstaller build.spec

# dist/release/: the archive, SHA256SUMS and its minisign signature (or a file UNSIGNED saying
# why not), and the update published to the TUF repository (dist/tuf). Keys and certificates
# come from the environment: docs/releasing.md.
release: dist
	PYTHONPATH=scripts $(BIN)/python -m focal_release release

bench: $(STAMP)
	$(BIN)/python bench/storage.py

# Saves a PNG of each main screen into docs/screenshots/ (offscreen; demo data, no network).
screenshots: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python scripts/screenshots.py --out docs/screenshots

clean:
	rm -rf $(VENV) $(RUN_DIR) build dist .pytest_cache
