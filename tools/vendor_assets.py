"""Refresh the browser assets the site serves itself (no CDN at page load).

Downloads pinned npm tarballs with `npm pack`, copies only the files the built
pages load into assets/vendor/, and writes assets/vendor/MANIFEST.json with each
file's package, version, licence and sha256. Needs Node/npm; building the book
does not (the vendored files are committed).

    python tools/vendor_assets.py
"""
from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
import tarfile
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
VENDOR = ROOT / "assets" / "vendor"

# package -> (version, {source path inside the tarball's package/: destination under vendor/})
PACKAGES = {
    "requirejs": ("2.3.8", {"require.js": "requirejs/require.js"}),
    "@jupyter-widgets/html-manager": (
        "1.0.15",
        {"dist/embed-amd.js": "html-manager/embed-amd.js", "dist/*.woff2": "html-manager/",
         "dist/*.woff": "html-manager/"},
    ),
    "mathjax": (
        "3.2.2",
        {"es5/tex-chtml.js": "mathjax/tex-chtml.js",
         "es5/output/chtml/fonts/woff-v2/*": "mathjax/output/chtml/fonts/woff-v2/",
         "es5/input/tex/extensions/*": "mathjax/input/tex/extensions/",
         "es5/a11y/*": "mathjax/a11y/", "es5/ui/*": "mathjax/ui/"},
    ),
}
LICENCE_NAMES = ("LICENSE", "LICENSE.txt", "LICENSE.md")


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def fetch(package: str, version: str, workdir: Path) -> Path:
    out = subprocess.run(["npm", "pack", f"{package}@{version}", "--silent"], cwd=workdir,
                         check=True, capture_output=True, text=True).stdout.strip().splitlines()[-1]
    target = workdir / out.replace(".tgz", "")
    with tarfile.open(workdir / out) as tar:
        tar.extractall(target, filter="data")
    return target / "package"


def copy(src_root: Path, pattern: str, dest: str) -> list[Path]:
    matches = sorted(src_root.glob(pattern))
    if not matches:
        raise SystemExit(f"{pattern} not found in {src_root}")
    copied = []
    for src in matches:
        if src.is_dir():
            continue
        target = VENDOR / dest / src.name if dest.endswith("/") else VENDOR / dest
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(src, target)
        copied.append(target)
    return copied


def main() -> None:
    if VENDOR.exists():
        shutil.rmtree(VENDOR)
    manifest = []
    with tempfile.TemporaryDirectory() as tmp:
        for package, (version, files) in PACKAGES.items():
            root = fetch(package, version, Path(tmp))
            meta = json.loads((root / "package.json").read_text())
            licence_dir = VENDOR / "licences"
            licence_dir.mkdir(parents=True, exist_ok=True)
            for name in LICENCE_NAMES:
                if (root / name).exists():
                    shutil.copy2(root / name, licence_dir / f"{package.replace('/', '__')}-{name}")
            for pattern, dest in files.items():
                for path in copy(root, pattern, dest):
                    manifest.append({"file": str(path.relative_to(VENDOR)), "package": package,
                                     "version": version, "license": meta.get("license"),
                                     "sha256": sha256(path)})
    (VENDOR / "MANIFEST.json").write_text(json.dumps(manifest, indent=1) + "\n")
    print(f"vendored {len(manifest)} files into {VENDOR.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
