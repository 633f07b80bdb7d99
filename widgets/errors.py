"""The two error types the course raises on bad input."""


class ModelInputError(ValueError):
    """A model was given a value outside what it allows.

    The message names the parameter, the value given and what is allowed, so a
    widget can show it to a student as it is (in the course language: widgets.i18n).
    """

    def __init__(self, parameter: str, value: object, allowed: str):
        self.parameter = parameter
        self.value = value
        self.allowed = allowed
        # Imported here, not by `import widgets`, so that `python -m widgets.i18n` runs the module once.
        from widgets.i18n import _

        super().__init__(_("{parameter} = {value} is not allowed: {parameter} must be {allowed}.").format(
            parameter=parameter, value=repr(value), allowed=allowed))


class DataValidationError(ValueError):
    """A data file is missing, undocumented or off its schema (file, row and column named)."""
