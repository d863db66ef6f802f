# The one command a newcomer types: each target sets itself up first (scripts/bootstrap.sh).
PY := .venv/bin/python
export QT_QPA_PLATFORM ?= offscreen

.PHONY: setup demo test lint typecheck unit bench package sample screenshots clean

setup:
	@bash scripts/bootstrap.sh

demo: setup
	@env -u QT_QPA_PLATFORM $(PY) main.py --demo

test: setup lint typecheck
	$(PY) -m pytest -q

unit: setup
	$(PY) -m pytest -q

lint: setup
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .

typecheck: setup
	$(PY) -m mypy

bench: setup
	$(PY) -m bench

sample: setup
	$(PY) -m resources.sample.make_sample

screenshots: setup
	$(PY) scripts/screenshots.py

package: setup
	$(PY) -m pip install -q "pyinstaller>=6"
	$(PY) packaging/build.py

clean:
	rm -rf build dist .mypy_cache .ruff_cache
