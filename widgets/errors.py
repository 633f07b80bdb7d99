"""The two error types the course raises on bad input."""


class ModelInputError(ValueError):
    """A model was given a value outside what it allows.

    The message names the parameter, the value given and what is allowed, so a
    widget can show it to a student as it is (in the course language: widgets.i18n).
    ``allowed`` is English, marked with ``N_()`` where it is written; it is translated here, when the
    message is built. An ``allowed`` with values is a pattern and its values come as keywords
    (``ModelInputError("city", city, N_("one of {options}"), options="A, B")``), formatted after translation.
    ``.allowed`` keeps the English text.
    """

    def __init__(self, parameter: str, value: object, allowed: str, **values: object):
        self.parameter = parameter
        self.value = value
        self.allowed = allowed.format(**values) if values else allowed
        # Imported here, not by `import widgets`, so that `python -m widgets.i18n` runs the module once.
        from widgets.i18n import _

        shown = _(allowed).format(**values) if values else _(allowed)
        super().__init__(_("{parameter} = {value} is not allowed: {parameter} must be {allowed}.").format(
            parameter=parameter, value=repr(value), allowed=shown))


class DataValidationError(ValueError):
    """A data file is missing, undocumented or off its schema (file, row and column named)."""
