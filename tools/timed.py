"""Run a command, record how long it took as JSON, and exit with its exit code.

    python tools/timed.py _build/build-time.json -- jupyter-book build .
"""
import json
import subprocess
import sys
import time
from pathlib import Path

if __name__ == "__main__":
    out, separator, *command = sys.argv[1:]
    assert separator == "--", "usage: timed.py OUT.json -- command ..."
    start = time.perf_counter()
    code = subprocess.call(command)
    elapsed = time.perf_counter() - start
    Path(out).parent.mkdir(parents=True, exist_ok=True)
    Path(out).write_text(json.dumps({"command": " ".join(command), "seconds": round(elapsed, 2), "exit": code}) + "\n")
    sys.exit(code)
