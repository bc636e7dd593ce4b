"""eventwire demo : code the bundled sample (and the seed article when found), store the
results, print the events with their evidence and a one-screen summary."""
from __future__ import annotations

import argparse
import time
from collections import Counter
from pathlib import Path

SEED = Path("../shared/examples/seed-article.txt")


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("demo", help="code the bundled sample articles, store and summarise them")
    p.add_argument("--db", default="eventwire.duckdb", help="DuckDB file to store into")
    p.add_argument("--seed", default=str(SEED), help="the seed article, if present")
    p.set_defaults(func=run)


def sample_paths(seed: str) -> list[str]:
    import eventwire

    folder = Path(eventwire.__file__).parent / "sample"
    paths = sorted(str(p) for p in folder.glob("*.txt"))
    return ([seed] if Path(seed).is_file() else []) + paths


def run(args: argparse.Namespace) -> int:
    from rich.console import Console

    from eventwire.commands._common import print_table
    from eventwire.ingest import iter_articles
    from eventwire.pipeline import Pipeline
    from eventwire.store import Store

    console = Console()
    paths = sample_paths(args.seed)
    console.print(f"[bold]eventwire demo[/]: coding {len(paths)} articles -> {args.db}")
    started = time.perf_counter()
    rows, articles = [], 0
    with Store(args.db) as store:
        for article, events in Pipeline().code(iter_articles(paths)):
            store.write(article, events)
            rows.extend(e.to_dict() for e in events)
            articles += 1
        elapsed = time.perf_counter() - started
        print_table(rows)
        _summary(console, rows, articles, elapsed, store.stats())
    return 0


def _summary(console, rows, articles, elapsed, stats) -> None:  # type: ignore[no-untyped-def]
    quads = Counter(r["quad_class"] for r in rows)
    roots = Counter(r["cameo_root"] for r in rows)
    dyads = Counter((r["source"] or {}).get("code", "-") + " -> " + (r["target"] or {}).get("code", "-")
                    for r in rows if r["source"] or r["target"])
    names = {1: "verbal coop", 2: "material coop", 3: "verbal conflict", 4: "material conflict"}
    console.print(f"\n[bold]{len(rows)} events[/] from {articles} articles in {elapsed:.1f}s "
                  f"(incl. model load); store now holds {stats.get('articles')} articles, "
                  f"{stats.get('events')} events")
    console.print("quad classes: " + ", ".join(f"{names[q]} {n}" for q, n in sorted(quads.items())))
    console.print("CAMEO roots:  " + ", ".join(f"{r}:{n}" for r, n in sorted(roots.items())))
    console.print("top dyads:    " + ", ".join(f"{d} ({n})" for d, n in dyads.most_common(6)))
    console.print("every row above carries its sentence; `eventwire code FILE --format jsonl` "
                  "gives the full records, `eventwire serve` the dashboard.")
