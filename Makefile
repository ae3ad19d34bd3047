# Nuudel: one-command setup, test, demo, package. Every target installs what it needs.
SHELL := /bin/bash
VENV := .venv
PY := $(VENV)/bin/python
SETUP_STAMP := $(VENV)/.nuudel-setup-v2
QM := i18n/nuudel_mn.qm
PLUGIN_LINK := build/plugins/nuudel
MN_SHOTS := fence_audit,road_spacing,landscape_permeability
MN_FIGURES := fence_audit,railway_spacing
export QT_QPA_PLATFORM := offscreen
export XDG_RUNTIME_DIR := $(CURDIR)/build/runtime

.PHONY: setup test test-core lint typecheck demo bench translations qm install package process \
	clean test-ltr test-matrix workshop-data models guide check-package report-shots

setup: $(SETUP_STAMP) $(QM) $(PLUGIN_LINK)

$(SETUP_STAMP):
	bash scripts/setup.sh

$(PLUGIN_LINK):
	mkdir -p build/plugins build/runtime && chmod 700 build/runtime
	ln -sfn $(CURDIR) $(PLUGIN_LINK)

# Compiled translations are built, never committed.
$(QM): i18n/nuudel_mn.ts | $(SETUP_STAMP)
	lrelease -silent i18n/nuudel_mn.ts -qm $(QM)

qm: $(QM)

## make translations: refresh i18n/nuudel_mn.ts from the code (pylupdate5), then build the .qm.
translations: | $(SETUP_STAMP)
	$(PY) scripts/update_ts.py
	lrelease -silent i18n/nuudel_mn.ts -qm $(QM)

# The plugin is imported as `nuudel` from build/plugins. `python -m pytest` works too: -m puts
# the checkout (with its own `processing` package) first on sys.path, and test/conftest.py takes
# it off again so that QGIS's `processing` is the one imported.
test: setup
	HOME=$(CURDIR)/build/home $(VENV)/bin/pytest -q --hypothesis-profile=ci $(or $(PYTEST_ARGS),test)

## make test-core: the QGIS-free core alone (test/core and the core's doctests), in plain Python:
## pytest-qgis off and no conftest above test/core, so QGIS is never loaded (a few seconds).
PYTEST_CORE ?= $(VENV)/bin/pytest
test-core:
	$(PYTEST_CORE) -q -p no:pytest_qgis --confcutdir=test/core -W ignore::pytest.PytestConfigWarning \
		--hypothesis-profile=ci test/core

## make lint: ruff's rules (pyproject.toml) and its formatting, checked (never rewritten here).
lint: | $(SETUP_STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

## make typecheck: mypy on the QGIS-free core (processing/core, see pyproject.toml).
typecheck: | $(SETUP_STAMP)
	$(VENV)/bin/mypy

## make demo: every algorithm on the workshop data (out/), print figures (out/figures/), and the
## README images: report first screens in headless Chromium (English; Mongolian for two) and
## the first page of each figure (resources/help/img/).
demo: setup
	$(PY) scripts/demo.py
	$(PY) scripts/demo.py --lang mn --out out/mn --only $(MN_SHOTS),$(MN_FIGURES) \
		--maps $(MN_FIGURES) --figures-to resources/help/img
	$(PY) scripts/report_shots.py --out out --figures
	$(PY) scripts/report_shots.py --out out/mn --lang mn --only $(MN_SHOTS)

bench: setup
	$(PY) bench/run_bench.py $(BENCH_ARGS)

process: setup
	scripts/nuudel-process $(ARGS)

## make install: link this checkout into the default QGIS profile's plugin folder.
install: setup
	dest="$${QGIS_PROFILE_DIR:-$$HOME/.local/share/QGIS/QGIS3/profiles/default}/python/plugins"; \
	mkdir -p "$$dest" && ln -sfn $(CURDIR) "$$dest/nuudel" && echo "linked $$dest/nuudel"

## make workshop-data: regenerate resources/workshop/nuudel_workshop.gpkg (deterministic).
workshop-data: | $(SETUP_STAMP)
	$(PY) scripts/make_workshop_data.py

## make models: rebuild resources/models/*.model3 (scripts/make_models.py, reproducible).
models: setup
	$(PY) scripts/make_models.py

## make report-shots: screenshots of the demo's HTML reports (headless Chromium) for the README.
report-shots: setup
	$(PY) scripts/demo.py --no-maps
	$(PY) scripts/report_shots.py

## make guide: trainer guide numbers and screenshots (resources/help/*/workshop.html, img/).
guide: setup
	$(PY) scripts/make_guide.py

package: setup
	$(PY) scripts/package.py

## make check-package: build nuudel.zip and check it as the plugin repository would (metadata,
## layout, forbidden files, bandit with the shipped .bandit).
check-package: package
	$(VENV)/bin/bandit --version >/dev/null 2>&1 || $(PY) -m pip install -q bandit
	$(PY) scripts/check_package.py nuudel.zip

## make test-ltr: the same suite on QGIS 3.40 LTR in a cached Debian trixie chroot (needs root).
test-ltr:
	bash scripts/test_ltr.sh trixie $(PYTEST_ARGS)

## make test-matrix: QGIS 3.22 (host), 3.40 LTR (trixie) and 3.44 (forky).
test-matrix: test
	bash scripts/test_ltr.sh trixie $(PYTEST_ARGS)
	bash scripts/test_ltr.sh forky $(PYTEST_ARGS)

clean:
	rm -rf build out dist nuudel.zip $(QM)
