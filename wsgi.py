"""Production entry point: gunicorn wsgi:app."""

from kiesmbo import create_app, warm_up

app = create_app()
warm_up(app)
