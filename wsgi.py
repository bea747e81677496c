"""Production entry point: gunicorn wsgi:app."""

from kiesmbo import create_app

app = create_app()
