# Nuudel: one-command setup, test, demo, package. Every target installs what it needs.
SHELL := /bin/bash
VENV := .venv
PY := $(VENV)/bin/python
SETUP_STAMP := $(VENV)/.nuudel-setup-v1
QM := i18n/nuudel_mn.qm
PLUGIN_LINK := build/plugins/nuudel
export QT_QPA_PLATFORM := offscreen
export XDG_RUNTIME_DIR := $(CURDIR)/build/runtime

.PHONY: setup test lint demo bench translations qm install package process clean test-ltr test-matrix \
	workshop-data models guide report-shots

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

# The pytest script, not `python -m pytest`: -m would put the checkout (which has its own
# `processing` package) first on sys.path, shadowing QGIS's; `python -P` needs Python 3.11.
test: setup
	HOME=$(CURDIR)/build/home $(VENV)/bin/pytest -q --hypothesis-profile=ci $(or $(PYTEST_ARGS),test)

lint: | $(SETUP_STAMP)
	$(VENV)/bin/ruff check .

demo: setup
	$(PY) scripts/demo.py

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

## make test-ltr: the same suite on QGIS 3.40 LTR in a cached Debian trixie chroot (needs root).
test-ltr:
	bash scripts/test_ltr.sh trixie $(PYTEST_ARGS)

## make test-matrix: QGIS 3.22 (host), 3.40 LTR (trixie) and 3.44 (forky).
test-matrix: test
	bash scripts/test_ltr.sh trixie $(PYTEST_ARGS)
	bash scripts/test_ltr.sh forky $(PYTEST_ARGS)

clean:
	rm -rf build out dist nuudel.zip $(QM)
