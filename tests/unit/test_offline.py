"""`make test` runs everything after set-up with the network cut (tools/offline.sh)."""
import os
import shutil
from pathlib import Path

import pytest


def test_tests_run_without_a_network():
    if os.environ.get("COURSE_OFFLINE") != "1":
        can_cut = shutil.which("unshare") and shutil.which("ip") and os.geteuid() == 0
        if os.environ.get("CI") == "true" and can_cut:
            pytest.fail("CI can cut the network but the tests were not run through tools/offline.sh")
        pytest.skip("run outside `make test`: tools/offline.sh did not cut the network")
    # Inside the namespace the only interface is loopback: nothing can leave the machine.
    assert sorted(p.name for p in Path("/sys/class/net").iterdir()) == ["lo"]
