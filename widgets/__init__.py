"""Course package: pure models, the data loader and thin ipywidgets views.

Notebooks import from here by name (``from widgets import puzzle``); nothing in a
notebook edits ``sys.path`` or names a data path.
"""
from widgets.errors import DataValidationError, ModelInputError

__all__ = ["DataValidationError", "ModelInputError"]
