# Two commands on a fresh machine: `make run` and `make test` (see README.md).
# PySide6 6.12 wheels drop references to None on Python 3.11 (sleutelapp/gui/binding_guard.py
# works around it), so prefer a Python 3.12 or 3.13 when the machine has one, also one
# installed with pyenv but not selected; otherwise python3.
PYTHON ?= $(shell for v in 3.12 3.13; do \
	for p in python$$v $$(pyenv root 2>/dev/null)/versions/$$v*/bin/python$$v; do \
	$$p -c 'import venv, ensurepip' >/dev/null 2>&1 && { echo $$p; exit 0; }; \
	done; done; echo python3)
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed

.PHONY: run test test-thorough lint bench ui translations bundle clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

run: $(STAMP)
	$(VENV)/bin/sleutelapp

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q

# Ten times the hypothesis examples, new ones every run (tests/conftest.py); CI runs `test`.
test-thorough: $(STAMP)
	HYPOTHESIS_PROFILE=thorough QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q

lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m tests.bench.run

ui: $(STAMP)
	$(PY) -m sleutelapp.gui.forms.compile

translations: $(STAMP)
	$(PY) -m sleutelapp.gui.translations_build

bundle: $(STAMP)
	$(PY) -m pip install --quiet -e '.[bundle]'
	$(VENV)/bin/pyinstaller --noconfirm --clean build.spec

clean:
	rm -rf $(VENV) build dist
