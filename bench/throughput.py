"""Throughput of the pipeline end to end, beside the bare spaCy parse rate (the ceiling).

    python bench/throughput.py --quick                 # 200 articles
    python bench/throughput.py --n 2000 --processes 2
    python bench/throughput.py --engine ray --workers 2
    python bench/throughput.py --no-prefilter          # parse every sentence

End to end = ``clean_text`` articles -> Pipeline.code (with the sentence pre-filter unless
--no-prefilter) -> ``Store.write_many`` into a temporary DuckDB file (local engine), or ->
Ray Data -> Parquet (ray engine). The ceiling is ``nlp.pipe`` over the same block texts
with the same model and every component enabled. RSS is sampled every 200 articles; the
slope (MiB per 1,000 articles) shows whether memory stays flat.
"""
from __future__ import annotations

import argparse
import os
import resource
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.corpus import articles as make_articles  # noqa: E402
from eventwire.records import Article, Event  # noqa: E402


def rss_mib() -> float:
    try:
        import psutil

        return psutil.Process().memory_info().rss / 2**20
    except ImportError:
        with open("/proc/self/statm") as f:
            return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def peak_rss_mib() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return max(own, kids)


def slope(samples: list[tuple[int, float]]) -> float:
    """Least-squares MiB per 1,000 articles."""
    if len(samples) < 2:
        return 0.0
    xs, ys = [s[0] for s in samples], [s[1] for s in samples]
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    var = sum((x - mx) ** 2 for x in xs)
    return 1000 * sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / var if var else 0.0


def ceiling(arts: list[Article], model: str, processes: int, batch_size: int) -> float:
    """Seconds for the bare parse of every block (all components of the model)."""
    from eventwire.nlp.pipeline import block_texts
    from eventwire.nlp import load_nlp

    nlp = load_nlp(model)
    texts = [t for a in arts for _, t in block_texts(a)]
    list(nlp.pipe(texts[:50]))
    t0 = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=batch_size, n_process=processes):
        pass
    return time.perf_counter() - t0


def run_local(arts: list[Article], prefilter: bool, processes: int, batch_size: int,
              samples: list[tuple[int, float]]) -> tuple[float, int]:
    from eventwire.config import Settings
    from eventwire.pipeline import Pipeline
    from eventwire.store import Store

    pipeline = Pipeline(Settings.from_env(n_process=processes, batch_size=batch_size))
    pipeline.code_one(arts[0])  # load model and tables outside the timing
    if prefilter:
        from eventwire.nlp.prefilter import code_prefiltered

        def code(items: list[Article]) -> Iterator[tuple[Article, list[Event]]]:
            return code_prefiltered(pipeline, items)
    else:
        code = pipeline.code
    events = 0
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(Path(tmp) / "bench.duckdb")

        def counted() -> Iterator[tuple[Article, list[Event]]]:
            nonlocal events
            for n, (article, evs) in enumerate(code(arts), start=1):
                events += len(evs)
                if n % 200 == 0:
                    samples.append((n, rss_mib()))
                yield article, evs

        t0 = time.perf_counter()
        store.write_many(counted())
        elapsed = time.perf_counter() - t0
        store.close()
    return elapsed, events


def run_ray(arts: list[Article], prefilter: bool, workers: int) -> tuple[float, int]:
    import ray

    from eventwire.scale import run_batch

    ray.init(num_cpus=max(2, workers), include_dashboard=False, log_to_driver=False)
    try:
        with tempfile.TemporaryDirectory() as tmp:
            run_batch(arts[:8], Path(tmp) / "warm", engine="ray", workers=workers, prefilter=prefilter)
            t0 = time.perf_counter()
            events = run_batch(arts, Path(tmp) / "out", engine="ray", workers=workers,
                               prefilter=prefilter)
            return time.perf_counter() - t0, events
    finally:
        ray.shutdown()


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--n", type=int, default=2000, help="articles (default 2000)")
    p.add_argument("--quick", action="store_true", help="200 articles")
    p.add_argument("--processes", type=int, default=1, choices=(1, 2), help="nlp.pipe processes")
    p.add_argument("--engine", choices=("local", "ray"), default="local")
    p.add_argument("--workers", type=int, default=1, help="Ray worker actors")
    p.add_argument("--batch-size", type=int, default=64, help="texts per nlp.pipe batch")
    p.add_argument("--no-prefilter", action="store_true")
    p.add_argument("--no-ceiling", action="store_true", help="skip the bare parse")
    args = p.parse_args(argv)
    n = 200 if args.quick else args.n
    from eventwire.config import Settings

    model = Settings.from_env().model
    t0 = time.perf_counter()
    arts = make_articles(n)
    build = time.perf_counter() - t0
    words = sum(len(a.text.split()) for a in arts)
    samples: list[tuple[int, float]] = []
    prefilter = not args.no_prefilter
    if args.engine == "ray":
        elapsed, events = run_ray(arts, prefilter, args.workers)
        label = f"ray, {args.workers} worker(s)"
    else:
        elapsed, events = run_local(arts, prefilter, args.processes, args.batch_size, samples)
        label = f"local, {args.processes} process(es)"
    label += ", pre-filter" if prefilter else ", full parse"
    ceil = None if args.no_ceiling else ceiling(arts, model, args.processes, args.batch_size)
    try:
        import subprocess

        commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True,
                                text=True, cwd=Path(__file__).parent).stdout.strip()
    except OSError:
        commit = "?"
    print(f"corpus: {n} articles, {words} words ({words / n:.0f}/article), built in {build:.1f}s;"
          f" model {model}; commit {commit}")
    print(f"{'run':<40} {'seconds':>8} {'art/s':>8} {'words/s':>9} {'events/s':>9}")
    print(f"{label:<40} {elapsed:>8.1f} {n / elapsed:>8.1f} {words / elapsed:>9.0f} {events / elapsed:>9.1f}")
    if ceil is not None:
        print(f"{'bare nlp.pipe (ceiling), same processes':<40} {ceil:>8.1f} {n / ceil:>8.1f}"
              f" {words / ceil:>9.0f} {'-':>9}")
        print(f"end to end / ceiling: {ceil / elapsed:.2f}")
    print(f"events: {events} ({events / n:.1f}/article); peak RSS {peak_rss_mib():.0f} MiB", end="")
    if samples:
        print(f"; RSS {samples[0][1]:.0f} -> {samples[-1][1]:.0f} MiB over {samples[-1][0]} articles,"
              f" slope {slope(samples):+.1f} MiB/1000 articles")
    else:
        print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
