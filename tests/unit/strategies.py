"""Shared hypothesis settings and strategies for the property tests beside each module's unit tests."""
from __future__ import annotations

import math

from hypothesis import HealthCheck, settings, strategies as st

from widgets.errors import ModelInputError

SETTINGS = settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])
finite = st.floats(min_value=-1e9, max_value=1e9, allow_nan=False, allow_infinity=False)
share = st.floats(min_value=0, max_value=1)
# Never a number a model should take: non-finite, text, None, booleans, containers, absurd magnitudes.
invalid_number = st.one_of(st.just(math.nan), st.just(math.inf), st.just(-math.inf), st.text(max_size=5),
                           st.none(), st.booleans(), st.lists(st.integers(), max_size=2),
                           st.floats(min_value=1e12, max_value=1e300), st.floats(max_value=-1e12, min_value=-1e300))
# Never a share: invalid_number's kinds plus any value outside [0, 1].
bad_share = st.one_of(st.just(math.nan), st.just(math.inf), st.just(-math.inf), st.text(max_size=4), st.none(),
                      st.booleans(), st.floats(min_value=1.0001, max_value=1e300),
                      st.floats(max_value=-1e-6, min_value=-1e300))


def raises_naming(function, parameter, *args, **kwargs):
    """Call ``function`` and require the one error type, naming ``parameter``."""
    try:
        function(*args, **kwargs)
    except ModelInputError as err:
        assert err.parameter == parameter, (err.parameter, parameter)
    else:
        raise AssertionError(f"{parameter}: accepted {args} {kwargs}")
