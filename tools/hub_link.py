"""An nbgitpuller link that clones (or updates) the course on a JupyterHub and opens one lesson.

    python -m tools.hub_link https://hub.example.edu chapters/04-nanguo/lesson.ipynb

The repository and branch come from ``_config.yml`` (``repository.url``, ``repository.branch``), so
the link follows the fork the site is built from. nbgitpuller clones into a folder named after the
repository, which is where the link's ``urlpath`` points.
"""
from __future__ import annotations

import argparse
from urllib.parse import quote, urlencode, urlsplit

from tools import ROOT, repository


def hub_link(hub: str, lesson: str, *, interface: str = "lab") -> str:
    """The nbgitpuller URL for ``lesson`` (a path inside the repository) on the hub at ``hub``."""
    parts = urlsplit(hub)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ValueError(f"hub must be the hub's address, such as https://hub.example.edu (got {hub!r})")
    if not (ROOT / lesson).is_file() or not lesson.endswith(".ipynb"):
        raise ValueError(f"lesson must be a notebook in the repository, such as chapters/04-nanguo/lesson.ipynb "
                         f"(got {lesson!r})")
    if interface not in ("lab", "notebooks"):
        raise ValueError(f"interface must be 'lab' or 'notebooks' (got {interface!r})")
    repo, branch = repository()
    folder = repo.rsplit("/", 1)[-1].removesuffix(".git")
    urlpath = f"{'lab/tree' if interface == 'lab' else 'tree'}/{folder}/{lesson}"
    query = urlencode({"repo": repo, "branch": branch, "urlpath": urlpath}, quote_via=quote)
    return f"{hub.rstrip('/')}/hub/user-redirect/git-pull?{query}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("hub", help="the hub's address, such as https://hub.example.edu")
    parser.add_argument("lesson", help="the lesson's path in the repository, such as chapters/04-nanguo/lesson.ipynb")
    parser.add_argument("--interface", default="lab", choices=["lab", "notebooks"])
    args = parser.parse_args(argv)
    try:
        print(hub_link(args.hub, args.lesson, interface=args.interface))
    except ValueError as err:
        parser.error(str(err))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
