# Policy Innovation in China — build and test.
#   make book   set up .venv (pinned requirements) and build the site into _build/html
#   make test   the same set-up, then every test layer (unit, data, notebooks, strict build, browser)
#   make serve  serve _build/html on http://127.0.0.1:8000
#   make bench  timings against their budgets (never part of make test: wall-clock varies)
SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell cat requirements.txt pyproject.toml | cksum | cut -d' ' -f1)
PORT ?= 8000
# -W: warnings are errors; -n: nitpicky (every reference must resolve); failing cells fail the build.
BUILD_FLAGS := -W -n --keep-going
BUILD := COURSE_STATIC_BUILD=1 $(BIN)/jupyter-book build . $(BUILD_FLAGS)

.PHONY: setup book book-en book-zh translations test checks site-checks lint test-unit test-data test-notebooks test-site pdf-sample browser serve \
        lock vendor clean bench pdf test-launch

$(STAMP): requirements.txt pyproject.toml
	@$(PYTHON) -c 'import sys; assert sys.version_info >= (3, 11), "Python 3.11 or newer is needed (found " + sys.version.split()[0] + ")"'
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.txt
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	rm -f $(VENV)/.installed-*
	touch $@

setup: $(STAMP)

# Every build re-renders every page: -W cannot see warnings of pages an incremental build
# skips, and Sphinx 7.4 keeps stale copies of static files. Notebook execution is still
# cached (_build/.jupyter_cache, keyed on each notebook's content), so this stays quick.
# The execution cache only sees notebook contents, so it is dropped when the course package
# or its data changed since the last build (their output would otherwise be stale); the site's
# assets/ never reach a kernel.
book: setup
	@if [ -f _build/.cache-stamp ] && [ -n "$$(find widgets data -newer _build/.cache-stamp -type f -print -quit)" ]; then \
	  echo "widgets/ or data/ changed since the last build: re-executing every notebook"; \
	  rm -rf _build/.jupyter_cache _build/.jupyter_cache-zh; fi
	rm -rf _build/html _build/.doctrees _build/.doctrees-zh _build/jupyter_execute
	@# The stamp records when this build started: a file edited while it ran counts as newer.
	mkdir -p _build && touch _build/.cache-stamp-next
	$(MAKE) --no-print-directory -j2 --output-sync=target book-en book-zh
	mv _build/.cache-stamp-next _build/.cache-stamp
	@echo "Site built: _build/html/index.html, Chinese edition _build/html/zh/index.html  (make serve to view it)"

# The two editions build side by side on the two cores, each executing the notebooks into its
# own cache (tools/editions.py): the English at the site's root, the Chinese under zh/.
book-en:
	$(BUILD)

book-zh:
	COURSE_STATIC_BUILD=1 $(BIN)/python -m tools.editions zh

# After editing English pages: new strings enter locale/zh_CN as empty entries, changed ones as fuzzy.
translations: setup
	$(BIN)/python -m tools.editions gettext

# Set-up needs the package index; everything after it runs with the network cut. The two
# cores are shared: the notebooks (nbval) and the unit and data layers run beside the strict
# build, then the browser layer reads the site that build made.
test: setup browser
	tools/offline.sh $(MAKE) --no-print-directory -j2 --output-sync=target checks

checks: lint test-unit test-data test-notebooks test-launch site-checks

# ruff (pyflakes, isort, pycodestyle; config in pyproject.toml) over the package, tools, tests and notebooks.
lint: setup
	$(BIN)/ruff check .

site-checks:
	$(MAKE) --no-print-directory book
	$(MAKE) --no-print-directory pdf-sample
	$(MAKE) --no-print-directory test-site

test-unit: setup
	$(BIN)/python -m pytest tests/unit -q -p no:cacheprovider

test-data: setup
	$(BIN)/python -m pytest tests/data -q -p no:cacheprovider

test-notebooks: setup
	$(BIN)/python -m pytest --nbval-lax --nbval-sanitize-with tests/nbval_sanitize.cfg chapters -q -p no:cacheprovider

# Instructors' launch paths: a wheel in a fresh environment, a lesson alone, Binder's build, JupyterLab.
test-launch: setup
	$(BIN)/python -m pytest tests/launch -q -p no:cacheprovider

test-site: setup
	$(BIN)/python -m pytest tests/site -q -p no:cacheprovider -n 2

# Headless Chromium for the browser tests: Debian's package, installed when missing and possible.
# Nothing else from the system is needed: the Chinese font is the site's own (assets/vendor).
browser:
	@if command -v chromium >/dev/null 2>&1; then exit 0; fi; \
	if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	  echo "Installing Debian's chromium for the browser tests…"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	else \
	  echo "Chromium is missing: install it (Debian/Ubuntu: sudo apt-get install chromium) to run the browser tests."; \
	  if [ "$${CI:-}" = true ]; then exit 1; fi; \
	fi

serve:
	@test -f _build/html/index.html || { echo "No site yet: run make book first."; exit 1; }
	$(BIN)/python -m http.server $(PORT) --bind 127.0.0.1 --directory _build/html

# Regenerate the pinned set from requirements.in (needs the package index).
lock:
	rm -rf /tmp/course-lock && $(PYTHON) -m venv /tmp/course-lock
	/tmp/course-lock/bin/pip install --quiet -r requirements.in
	/tmp/course-lock/bin/pip freeze --exclude-editable > requirements.txt

# Refresh the vendored browser assets and re-cut the Chinese font from the npm registry (needs npm).
vendor: setup
	$(BIN)/python -m tools.vendor_assets

# Timing budgets (build, widget response, make test): a table of figure / budget / verdict,
# exit 1 when one is missed. Writes bench-results.json.
bench: setup browser
	$(BIN)/python -m tools.bench

# What the tests print: the same code path as make pdf, on the intro, chapter overviews and glossary.
pdf-sample: setup
	$(BIN)/python -m tools.make_pdf --sample _build/pdf/sample.pdf

# The whole course as one PDF (prints the built site with headless Chromium).
pdf: book browser
	$(BIN)/python -m tools.make_pdf

clean:
	rm -rf _build
