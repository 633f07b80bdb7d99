"""`make test` runs everything after set-up with the network cut (tools/offline.sh)."""
import os
import shutil
import socket

import pytest


def test_tests_run_without_a_network():
    if os.environ.get("COURSE_OFFLINE") != "1":
        can_cut = shutil.which("unshare") and shutil.which("ip") and os.geteuid() == 0
        if os.environ.get("CI") == "true" and can_cut:
            pytest.fail("CI can cut the network but the tests were not run through tools/offline.sh")
        pytest.skip("run outside `make test`: tools/offline.sh did not cut the network")
    # Inside the namespace the only interface is loopback: nothing can leave the machine.
    # (Ask the kernel through the socket API: /sys still shows the host's interfaces.)
    assert [name for _, name in socket.if_nameindex()] == ["lo"]
    with pytest.raises(OSError):
        socket.create_connection(("198.51.100.1", 80), timeout=2)
