# Two commands do everything on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000
# Passed to every command: settings.SITE_URL follows it unless SITE_URL is set.
export PORT

.PHONY: run test lint messages compilemessages worker beat serve bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# Reinstall only when the dependencies change.
$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@

# Catalogues are compiled with Babel, so no system gettext is needed.
compilemessages: $(VENV)/.installed
	@$(BIN)/pybabel -q compile --domain django --directory locale
	@$(BIN)/pybabel -q compile --domain django --directory locale_allauth
	@for po in locale*/*/LC_MESSAGES/django.po; do test -f $${po%.po}.mo || { echo "missing $${po%.po}.mo"; exit 1; }; done

# The loaders' task logs and progress lines are kept out of the way (errors still
# show); load_demo ends with one summary: what is loaded, the address, the accounts.
run: compilemessages
	@echo "Preparing the database and the demo data (the first run takes a minute)..."
	@LOG_LEVEL=ERROR $(BIN)/python manage.py migrate --noinput >/dev/null
	@LOG_LEVEL=ERROR $(BIN)/python manage.py load_reference >/dev/null
	@LOG_LEVEL=ERROR $(BIN)/python manage.py load_guides >/dev/null
	@LOG_LEVEL=ERROR $(BIN)/python manage.py load_demo
	$(BIN)/python manage.py runserver 127.0.0.1:$(PORT)

test: compilemessages lint
	$(BIN)/python manage.py makemigrations --check --dry-run
	$(BIN)/pytest

lint: $(VENV)/.installed
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

# Regenerates the catalogues from the code (needs GNU gettext; developers only).
messages: $(VENV)/.installed
	$(BIN)/python manage.py makemessages --no-location --no-obsolete -l km -l vi -l ja --ignore=.venv --ignore=staticfiles --ignore=tests --ignore=bench
	$(BIN)/python manage.py allauth_messages

worker: compilemessages
	$(BIN)/celery -A portal worker --loglevel=info

beat: $(VENV)/.installed
	$(BIN)/celery -A portal beat --loglevel=info

serve: compilemessages
	$(BIN)/python manage.py collectstatic --noinput
	$(BIN)/gunicorn portal.wsgi --workers 4 --bind 0.0.0.0:$(PORT)

clean:
	rm -rf $(VENV) .data staticfiles
