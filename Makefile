# netkit's everyday commands. `make up` runs the app; `make test` passes the tests.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
APP := $(VENV)/.installed-app
STAMP := $(VENV)/.installed-dev
PORT ?= 8866
PYTEST_ARGS ?=

.PHONY: help up lab demo test lint format strip bench clean chromium askcheck-model hub-proxy
.DEFAULT_GOAL := help

## help: list the targets
help:
	@sed -n 's/^## //p' $(MAKEFILE_LIST)

# uv installs the same packages as pip, several times faster; it comes from PyPI itself.
$(BIN)/uv:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check uv

# The app alone (what `make up` needs), or with the test and developer tools.
$(APP): pyproject.toml | $(BIN)/uv
	$(BIN)/uv pip install --quiet --python $(BIN)/python -e .
	touch $(APP)

$(STAMP): pyproject.toml | $(BIN)/uv
	$(BIN)/uv pip install --quiet --python $(BIN)/python -e ".[dev]"
	touch $(APP) $(STAMP)

## up: set up and open the app on your own workbook (the embedded default)
up: $(APP)
	$(BIN)/netkit up --port $(PORT)

## lab: set up and open JupyterLab on the workbooks
lab: $(APP)
	$(BIN)/netkit lab

## demo: fill a separate demo workbook and open the app on it
demo: $(APP)
	test -e demo.netkit || $(BIN)/netkit --workbook demo.netkit demo
	$(BIN)/netkit --workbook demo.netkit up --port $(PORT)

## chromium: install Debian's Chromium for the browser tests when missing
chromium:
	@command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1 || \
	  { SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	    $$SUDO apt-get update -qq && $$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; }

## hub-proxy: install configurable-http-proxy (npm) into .hub/ for the real-hub test when missing
HUB_PROXY := .hub/node_modules/.bin/configurable-http-proxy
hub-proxy:
	@command -v configurable-http-proxy >/dev/null 2>&1 || test -x $(HUB_PROXY) || { \
	  command -v npm >/dev/null 2>&1 || { SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	    $$SUDO apt-get update -qq && \
	    $$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs npm >/dev/null; }; \
	  mkdir -p .hub && echo '*' > .hub/.gitignore && \
	  npm install --prefix .hub --no-audit --no-fund --silent configurable-http-proxy@4; }

## test: set up and pass the whole suite (unit, widget, notebook, browser, Binder, JupyterHub)
JOBS ?= 3  # two cores here: a third worker fills the time the others wait on kernels and pages
test: $(STAMP) chromium hub-proxy
	$(BIN)/python -m pytest -n $(JOBS) --dist loadfile $(PYTEST_ARGS)

## askcheck-model: fit the ask check's model on corpus/asks/train and measure it (blind sets too)
askcheck-model: $(STAMP)
	$(BIN)/python -m netkit.askcheck.training

## lint: ruff, the import contracts (layers, widgets only in views, no cycles), mypy
lint: $(STAMP)
	$(BIN)/ruff check netkit tests bench
	$(BIN)/lint-imports
	$(BIN)/mypy

## format: ruff format
format: $(STAMP)
	$(BIN)/ruff format netkit tests bench

## strip: remove outputs from the notebooks before committing
strip: $(STAMP)
	$(BIN)/nbstripout workbooks/*.ipynb

## bench: the benchmarks (each prints a ratio against a baseline run alongside)
bench: $(STAMP)
	@for script in bench/bench_*.py; do $(BIN)/python $$script || exit 1; done

## clean: remove the virtual environment, build files and test artifacts
clean:
	rm -rf $(VENV) build dist *.egg-info test-artifacts .pytest_cache .hub
