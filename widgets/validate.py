"""Input checks shared by every model: one error type, one message shape."""
from __future__ import annotations

import math
import re
from numbers import Integral, Real

import pandas as pd

from widgets.errors import ModelInputError
from widgets.i18n import N_, _


def number(name: str, value: object, *, low: float | None = None, high: float | None = None,
           integer: bool = False, low_open: bool = False) -> float:
    """Return ``value`` as a float (or int) if it is a finite number in [low, high]."""
    lo = "-inf" if low is None else f"{low:g}"
    hi = "inf" if high is None else f"{high:g}"
    allowed = (_("a whole number between {low} and {high}") if integer
               else _("a finite number between {low} and {high}")).format(low=lo, high=hi)
    if low_open:
        allowed += _(" (greater than {low})").format(low=lo)
    if isinstance(value, bool) or not isinstance(value, Real):
        raise ModelInputError(name, value, allowed)
    if not math.isfinite(float(value)):
        raise ModelInputError(name, value, allowed)
    if integer and not (isinstance(value, Integral) or float(value).is_integer()):
        raise ModelInputError(name, value, allowed)
    if low is not None and (value < low or (low_open and value == low)):
        raise ModelInputError(name, value, allowed)
    if high is not None and value > high:
        raise ModelInputError(name, value, allowed)
    return int(value) if integer else float(value)


def probability(name: str, value: object) -> float:
    """A share or probability in [0, 1]."""
    return number(name, value, low=0.0, high=1.0)


def choice(name: str, value: object, options) -> object:
    """One of a fixed set of options."""
    options = list(options)
    if value not in options:
        raise ModelInputError(name, value, _("one of {options}").format(options=", ".join(repr(o) for o in options)))
    return value


def non_empty(name: str, values) -> list:
    """A non-empty sequence."""
    try:
        items = list(values)
    except TypeError:
        raise ModelInputError(name, values, _("a non-empty list")) from None
    if not items:
        raise ModelInputError(name, values, _("a non-empty list"))
    return items


def table(name: str, frame: object, columns) -> pd.DataFrame:
    """A non-empty pandas table that has at least ``columns`` (a dataset from ``widgets.data.load``)."""
    columns = list(columns)
    wanted = N_("a non-empty table with the columns {columns} (load it with widgets.data.load)")
    if not isinstance(frame, pd.DataFrame) or frame.empty:
        raise ModelInputError(name, type(frame).__name__, wanted, columns=", ".join(columns))
    missing = [c for c in columns if c not in frame.columns]
    if missing:
        raise ModelInputError(name, f"a table without {', '.join(missing)}", wanted, columns=", ".join(columns))
    return frame


# Typed numbers: an optional sign, digits (thousands grouped by commas or spaces, or not at all),
# an optional decimal point, then optionally a per cent sign or the control's own unit.
_TYPED = re.compile(r"([+-]?(?:\d{1,3}(?:[, ]\d{3})+|\d+|(?=\.\d))(?:\.\d+)?)\s*(.*)")


def number_and_suffix(text: object) -> tuple[float, str] | None:
    """A leading number and what follows it: ``"2 %"`` -> (2.0, "%"), ``"35,000"`` -> (35000.0, ""),
    ``"5 years"`` -> (5.0, "years"); None when the text does not start with a number."""
    text = str(text).strip().replace("\u2212", "-").replace("\u00a0", " ").replace("\u202f", " ")
    match = _TYPED.fullmatch(text)
    if match is None:
        return None
    return float(match.group(1).replace(",", "").replace(" ", "")), match.group(2).strip()


def typed_number(name: str, raw: object, unit: str = "") -> tuple[float, bool]:
    """A number as a reader types it: ``2``, ``-0.5``, ``2%``, ``2 %``, ``35,000``, ``35 000``, or with the
    control's ``unit`` (``5 years``). Returns the number and whether it was given in per cent."""
    forms = ["2", "-0.5", "2 %", "35,000", "35 000"] + ([f"5 {unit.strip()}"] if unit.strip() not in ("", "%") else [])
    allowed = _("a number such as {forms} or {last} (a point for decimals)").format(forms=", ".join(forms[:-1]),
                                                                                  last=forms[-1])
    parsed = number_and_suffix(raw)
    if parsed is None or parsed[1] not in ("", "%", unit.strip()):
        raise ModelInputError(name, raw, allowed)
    return parsed[0], parsed[1] == "%"
