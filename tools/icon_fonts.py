"""Sphinx extension: the theme's icon fonts cut down to the icons the site draws.

The theme draws its icons (menu, search, light/dark, the repository link…) from Font Awesome's
web fonts: 156 kB for the solid set and 118 kB for the brands set, of which the site uses about
twenty glyphs. Every first visit downloaded both. After the build, each edition's copies are
subset to the glyphs the site can show: the icons named in its pages and scripts (``fa-…``
classes, mapped to code points by the theme's stylesheet) and the code points the stylesheets
use directly (admonition and link icons).
"""
from __future__ import annotations

import re
from pathlib import Path

from sphinx.application import Sphinx

WEBFONTS = Path("_static/vendor/fontawesome/webfonts")
# ".fa-bars:before,.fa-navicon:before{content:"\f0c9"}": every icon class and its code point.
_ICON_RULE = re.compile(r'((?:\.fa-[a-z0-9-]+:{1,2}before,?)+)\{content:"\\([0-9a-f]{4,5})"\}')
_CODE_POINT = re.compile(r'"\\([0-9a-f]{4,5})"')
_ICON_CLASS = re.compile(r"\bfa-[a-z0-9]+(?:-[a-z0-9]+)*\b")


def icon_code_points(stylesheet: str) -> dict[str, int]:
    """Icon class (``fa-bars``) → code point, from the theme's stylesheet."""
    icons = {}
    for selectors, point in _ICON_RULE.findall(stylesheet):
        for name in re.findall(r"\.(fa-[a-z0-9-]+):", selectors):
            icons[name] = int(point, 16)
    return icons


def used_code_points(site: Path) -> set[int]:
    """The code points of every icon this edition's pages, scripts and stylesheets can show."""
    # Every stylesheet of the edition (the theme's defines the icon classes; others may use icons).
    sheets = [p for p in (site / "_static").glob("**/*.css") if "vendor" not in p.parts]
    css = "\n".join(p.read_text(encoding="utf-8") for p in sheets)
    icons = icon_code_points(css)
    # Code points the stylesheets use outside the icon classes (admonition titles, external links),
    # written as escapes or as the private-use characters themselves.
    rest = _ICON_RULE.sub("", css)
    direct = {int(p, 16) for p in _CODE_POINT.findall(rest)} | {ord(c) for c in rest if 0xE000 <= ord(c) <= 0xF8FF}
    direct = {p for p in direct if 0xE000 <= p <= 0xF8FF}
    from tools.editions import EDITIONS

    # Only this edition's files: the other edition lives in a folder of the same site.
    others = {e["folder"].rstrip("/") for e in EDITIONS.values() if e["folder"]}
    names: set[str] = set()
    for path in [*site.glob("**/*.html"), *(site / "_static").glob("**/*.js")]:
        # The widget manager draws its own icons from its own font (vendor/html-manager), and the
        # theme's fontawesome.js, which lists every icon, is dropped from the pages (tools/page_head.py).
        if path.relative_to(site).parts[0] in others or "vendor" in path.parts or path.name == "fontawesome.js":
            continue
        names |= set(_ICON_CLASS.findall(path.read_text(encoding="utf-8", errors="ignore")))
    # fa-solid, fa-brands, fa-spin… are styles, not icons: only names the stylesheet maps are glyphs.
    return direct | {icons[n] for n in names if n in icons}


def subset_icon_fonts(site: Path) -> dict[str, int]:
    """Subset each woff2 icon font in place; returns its new size in bytes."""
    from fontTools import subset

    points = used_code_points(site)
    sizes = {}
    for font_path in sorted((site / WEBFONTS).glob("*.woff2")):
        options = subset.Options()
        options.flavor = "woff2"
        font = subset.load_font(str(font_path), options)
        wanted = sorted(points & set(font.getBestCmap()))
        subsetter = subset.Subsetter(options)
        subsetter.populate(unicodes=wanted)
        subsetter.subset(font)
        subset.save_font(font, str(font_path), options)
        sizes[font_path.name] = font_path.stat().st_size
    return sizes


def after_build(app: Sphinx, exception: Exception | None) -> None:
    if exception is None and app.builder.format == "html" and (Path(app.outdir) / WEBFONTS).is_dir():
        subset_icon_fonts(Path(app.outdir))


def setup(app: Sphinx):
    app.connect("build-finished", after_build)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
