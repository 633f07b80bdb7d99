"""The course's models: numbers and tables in, numbers and tables out. None imports ipywidgets or
matplotlib; the views (widgets/<name>.py) import them, never the reverse."""
