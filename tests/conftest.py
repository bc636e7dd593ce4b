from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def shared() -> Path:
    if not (SHARED / "examples" / "seed-article.txt").is_file():
        pytest.skip("../shared (seed article, spec, scorer) is not beside this checkout")
    return SHARED


@pytest.fixture()
def store():  # type: ignore[no-untyped-def]
    """An in-memory store holding the bundled demo events (no spaCy needed)."""
    from eventwire.store import Store
    from eventwire.store.sample import demo_batch

    s = Store(":memory:")
    s.write_many(demo_batch())
    yield s
    s.close()


@pytest.fixture(scope="session")
def pipeline():  # type: ignore[no-untyped-def]
    from eventwire.pipeline import Pipeline

    return Pipeline()


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def load_bench(name: str) -> ModuleType:
    """A script from bench/ as a module, loaded once (tests run short versions of it)."""
    mod_name = f"_ew_bench_{name}"
    if mod_name in sys.modules:
        return sys.modules[mod_name]
    spec = importlib.util.spec_from_file_location(mod_name, ROOT / "bench" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[mod_name] = module
    spec.loader.exec_module(module)
    return module
