"""Refresh the browser assets the site serves itself (no CDN at page load).

Downloads pinned npm tarballs with `npm pack`, copies only the files the built
pages load into assets/vendor/, and writes assets/vendor/MANIFEST.json with each
file's package, version, licence and sha256. Needs Node/npm; building the book
does not (the vendored files are committed).

The Chinese font is cut down to the characters the course uses (tools/hanzi.py), so
hanzi render from the site's own file on any machine, with or without a CJK system font.

    python -m tools.vendor_assets          # everything (make vendor)
    python -m tools.vendor_assets --font   # only re-cut the Chinese font (after new hanzi)
"""
from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

from tools.hanzi import ROOT, course_characters, edition_characters, figure_characters

VENDOR = ROOT / "assets" / "vendor"

# package -> (version, {source path inside the tarball's package/: destination under vendor/})
PACKAGES = {
    "requirejs": ("2.3.8", {"require.js": "requirejs/require.js"}),
    "@jupyter-widgets/html-manager": (
        "1.0.15",
        {"dist/embed-amd.js": "html-manager/embed-amd.js", "dist/*.woff2": "html-manager/",
         "dist/*.woff": "html-manager/"},
    ),
}
LICENCE_NAMES = ("LICENSE", "LICENSE.txt", "LICENSE.md")

# The Chinese font: Noto Sans SC's simplified-Chinese file per weight, subset by fontTools.
FONT_PACKAGE, FONT_VERSION = "@fontsource/noto-sans-sc", "5.3.0"
FONT_WEIGHTS = (400, 700)
FONT_DIR = "noto-sans-sc"
FIGURE_FONTS = ROOT / "widgets" / "fonts"


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


def keep_licence(root: Path, package: str) -> None:
    licence_dir = VENDOR / "licences"
    licence_dir.mkdir(parents=True, exist_ok=True)
    for name in LICENCE_NAMES:
        if (root / name).exists():
            shutil.copy2(root / name, licence_dir / f"{package.lstrip('@').replace('/', '__')}-{name}")


def entry(path: Path, package: str, version: str, licence: str | None, **extra) -> dict:
    return {"file": path.relative_to(VENDOR).as_posix(), "package": package, "version": version,
            "license": licence, "sha256": sha256(path), **extra}


def subset_font(source: Path, target: Path, characters: set[str], flavor: str | None = "woff2") -> None:
    from fontTools import subset

    options = subset.Options()
    options.flavor = flavor
    options.layout_features = ["*"]
    font = subset.load_font(str(source), options)
    missing = sorted(ch for ch in characters if ord(ch) not in font.getBestCmap())
    if missing:
        raise SystemExit(f"{source.name} has no glyph for: {''.join(missing)}")
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=sorted(map(ord, characters)))
    subsetter.subset(font)
    target.parent.mkdir(parents=True, exist_ok=True)
    subset.save_font(font, str(target), options)


def vendor_font(workdir: Path) -> list[dict]:
    root = fetch(FONT_PACKAGE, FONT_VERSION, workdir)
    keep_licence(root, FONT_PACKAGE)
    licence = json.loads((root / "package.json").read_text()).get("license")
    # The English pages' few hanzi, and the Chinese edition's every character (read from the
    # built Chinese pages too, for the theme's own words: build the book before re-cutting).
    # The Chinese edition reads in one weight (regular): its bold is synthesised by the browser,
    # as Chinese sites commonly do, which halves what a first visit downloads (~195 kB a weight).
    subsets = {"course": (course_characters(), "the English edition's", FONT_WEIGHTS),
               "zh": (edition_characters(site=ROOT / "_build" / "html" / "zh"), "the Chinese edition's", (400,))}
    shutil.rmtree(VENDOR / FONT_DIR, ignore_errors=True)
    out = []
    for name, (characters, whose, weights) in subsets.items():
        for weight in weights:
            source = root / "files" / f"noto-sans-sc-chinese-simplified-{weight}-normal.woff2"
            target = VENDOR / FONT_DIR / f"noto-sans-sc-{name}-{weight}.woff2"
            subset_font(source, target, characters)
            out.append(entry(target, FONT_PACKAGE, FONT_VERSION, licence,
                             subset=f"{len(characters)} characters, {whose} (tools/hanzi.py)"))
    # Matplotlib reads OpenType, not woff2: the views' Chinese figure text gets its own small file,
    # shipped in the package (widgets/fonts) so figures draw the same in any kernel.
    characters = figure_characters()
    for weight in FONT_WEIGHTS:
        subset_font(root / "files" / f"noto-sans-sc-chinese-simplified-{weight}-normal.woff2",
                    FIGURE_FONTS / f"noto-sans-sc-figures-{weight}.otf", characters, flavor=None)
    shutil.copy2(root / "LICENSE", FIGURE_FONTS / "LICENSE-noto-sans-sc.txt")
    print(f"{FIGURE_FONTS.relative_to(ROOT)}: {len(characters)} characters the views can draw")
    return out


def write_manifest(manifest: list[dict]) -> None:
    (VENDOR / "MANIFEST.json").write_text(json.dumps(manifest, indent=1, ensure_ascii=False) + "\n")


def main(font_only: bool = False) -> None:
    if font_only:
        kept = [e for e in json.loads((VENDOR / "MANIFEST.json").read_text()) if e["package"] != FONT_PACKAGE]
        with tempfile.TemporaryDirectory() as tmp:
            write_manifest(kept + vendor_font(Path(tmp)))
        print(f"re-cut the Chinese font in {(VENDOR / FONT_DIR).relative_to(ROOT)}")
        return
    if VENDOR.exists():
        shutil.rmtree(VENDOR)
    manifest = []
    with tempfile.TemporaryDirectory() as tmp:
        for package, (version, files) in PACKAGES.items():
            root = fetch(package, version, Path(tmp))
            keep_licence(root, package)
            licence = json.loads((root / "package.json").read_text()).get("license")
            for pattern, dest in files.items():
                manifest += [entry(path, package, version, licence) for path in copy(root, pattern, dest)]
        manifest += vendor_font(Path(tmp))
    write_manifest(manifest)
    print(f"vendored {len(manifest)} files into {VENDOR.relative_to(ROOT)}")


if __name__ == "__main__":
    main(font_only="--font" in sys.argv[1:])
