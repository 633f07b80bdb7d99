"""The one place random processes are seeded, so every run and every build is reproducible."""
import numpy as np

COURSE_SEED = 2015


def rng(seed: int | None = None) -> np.random.Generator:
    """A NumPy generator seeded with ``seed`` (default: the course seed)."""
    return np.random.default_rng(COURSE_SEED if seed is None else seed)
