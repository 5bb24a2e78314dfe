# `make run` and `make test` each set up everything on a fresh Debian/Ubuntu machine with
# Python 3.11: system packages (only those missing), a .venv, the project; then do their job.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
APT_PACKAGES := tesseract-ocr tesseract-ocr-vie tesseract-ocr-osd poppler-utils fonts-liberation2 fonts-dejavu-core fonts-dejavu-extra libreoffice-writer-nogui chromium
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: setup system bytecode run test bench clean

setup: system $(VENV)/.installed

system:
	@missing=""; for p in $(APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "installing system packages:$$missing"; \
	  $(SUDO) apt-get update -q && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -q --no-install-recommends $$missing; \
	fi

$(VENV)/.installed: pyproject.toml Makefile
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[dev,ray]'   # ray: the suite starts a local Ray instance
	touch $@

# The project's own modules, byte-compiled: an editable install leaves that to the first import,
# which does not write it where PYTHONDONTWRITEBYTECODE is set, and then every batch's worker
# server would compile them anew (~0.3 s of its start-up). Only changed files are compiled.
bytecode: setup
	$(BIN)/python -m compileall -q pipeline extractors models bench

run: bytecode
	$(BIN)/kehoach run data/raw -o data/processed

test: bytecode
	$(BIN)/python -m pytest -q -n 2 --dist loadfile

bench: bytecode
	$(BIN)/python bench/throughput.py

clean:
	rm -rf data/processed .pytest_cache
