"""The dashboard: static files from this package and plotly.js from the installed plotly.

Nothing is fetched from the internet and nothing is built: ``/`` is ``static/index.html``,
``/static/*`` the files beside it, ``/static/vendor/plotly.min.js`` the copy of plotly.js
that the ``plotly`` Python package ships.
"""
from __future__ import annotations

import functools
from pathlib import Path

from fastapi import FastAPI, HTTPException
from fastapi.responses import FileResponse, Response
from fastapi.staticfiles import StaticFiles

STATIC_DIR = Path(__file__).parent / "static"
SECURITY_HEADERS = {"X-Content-Type-Options": "nosniff", "X-Frame-Options": "DENY",
                    "Referrer-Policy": "no-referrer"}  # fmt: skip


@functools.cache
def plotly_js_path() -> Path | None:
    """plotly.min.js inside the installed plotly package, or None when plotly is missing."""
    try:
        import importlib.util

        spec = importlib.util.find_spec("plotly")
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(next(iter(spec.submodule_search_locations))) / "package_data" / "plotly.min.js"
    return path if path.is_file() else None


def mount(app: FastAPI) -> None:
    @app.get("/", include_in_schema=False)
    def index() -> Response:
        return FileResponse(STATIC_DIR / "index.html", media_type="text/html", headers=SECURITY_HEADERS)

    @app.get("/static/vendor/plotly.min.js", include_in_schema=False)
    def plotly_js() -> Response:
        path = plotly_js_path()
        if path is None:
            raise HTTPException(404, "plotly is not installed: pip install 'plotly>=5'")
        return FileResponse(path, media_type="text/javascript",
                            headers={"Cache-Control": "public, max-age=86400"})  # fmt: skip

    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")
