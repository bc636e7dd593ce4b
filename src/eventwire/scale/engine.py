"""Engines that code many articles and write month-partitioned Parquet.

``local``: this process (spaCy ``nlp.pipe`` with ``Settings.n_process`` processes).
``ray``: Ray Data; articles go out as rows (``ray.data.from_items``), a callable class
codes them in ``map_batches`` (the model loads once per worker actor, ``concurrency``
actors), and the driver streams the event batches into one Parquet dataset. Both write
the same rows (``eventwire.scale.rows``) and the same layout.
"""
from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from itertools import islice
from pathlib import Path
from typing import Any

from eventwire.config import Settings
from eventwire.records import Article
from eventwire.scale.rows import PARTITION, article_from_row, article_to_row, event_schema, event_to_row

ENGINES = ("local", "ray")
CHUNK = 256  # articles per Arrow table on the local engine


def code_rows(
    articles: Iterable[Article], *, prefilter: bool = True, settings: Settings | None = None,
) -> Iterator[dict[str, Any]]:
    """Event rows of ``articles``, in order (``prefilter``: parse only candidate sentences,
    same events as the full parse)."""
    from eventwire.pipeline import Pipeline

    pipeline = Pipeline(settings)
    if prefilter:
        from eventwire.nlp.prefilter import code_prefiltered

        coded = code_prefiltered(pipeline, articles)
    else:
        coded = pipeline.code(articles)
    for _, events in coded:
        yield from (event_to_row(e) for e in events)


def _table(rows: list[dict[str, Any]]) -> Any:
    import pyarrow as pa

    return pa.Table.from_pylist(rows, schema=event_schema())


class CodeBatch:
    """Ray Data callable class: one Pipeline per worker, article rows in, event rows out."""

    def __init__(self, prefilter: bool = True, batch_size: int = 64) -> None:
        self.prefilter = prefilter
        self.settings = Settings.from_env(batch_size=batch_size, n_process=1)
        from eventwire.nlp import load_nlp

        load_nlp(self.settings.model)  # load the model once, when the actor starts

    def __call__(self, batch: dict[str, Any]) -> Any:
        names = list(batch)
        n = len(batch[names[0]]) if names else 0
        articles = [article_from_row({k: _plain(batch[k][i]) for k in names}) for i in range(n)]
        return _table(list(code_rows(articles, prefilter=self.prefilter, settings=self.settings)))


def _plain(value: Any) -> Any:
    return value.item() if hasattr(value, "item") else value


def write_events(tables: Iterable[Any], out: str | os.PathLike[str]) -> int:
    """Write Arrow tables of event rows under ``out`` as ``month=YYYY-MM/part-*.parquet``
    (hive partitioning; earlier files of the same months are replaced). Returns rows."""
    import pyarrow.dataset as ds

    schema = event_schema()
    count = 0

    def batches() -> Iterator[Any]:
        nonlocal count
        for table in tables:
            table = table.select(schema.names).cast(schema)
            count += table.num_rows
            yield from table.to_batches()

    Path(out).mkdir(parents=True, exist_ok=True)
    ds.write_dataset(
        batches(), os.fspath(out), schema=schema, format="parquet",
        partitioning=ds.partitioning(schema.empty_table().select([PARTITION]).schema, flavor="hive"),
        basename_template="part-{i}.parquet", existing_data_behavior="delete_matching",
    )
    return count


def _local_tables(articles: Iterable[Article], prefilter: bool, settings: Settings) -> Iterator[Any]:
    rows = code_rows(articles, prefilter=prefilter, settings=settings)
    while chunk := list(islice(rows, CHUNK * 8)):
        yield _table(chunk)


def _ray_tables(articles: Iterable[Article], prefilter: bool, settings: Settings, workers: int,
                address: str | None, batch_size: int) -> Iterator[Any]:
    import ray

    started = False
    if not ray.is_initialized():
        if address:
            ray.init(address=address, log_to_driver=False)
        else:
            ray.init(num_cpus=max(workers, os.cpu_count() or 1), include_dashboard=False,
                     log_to_driver=False)
        started = True
    try:
        ctx = ray.data.DataContext.get_current()
        ctx.enable_progress_bars = False
        items = [article_to_row(a) for a in articles]
        if not items:
            return
        ds = ray.data.from_items(items, override_num_blocks=max(1, min(len(items), workers * 4)))
        coded = ds.map_batches(
            CodeBatch, fn_constructor_kwargs={"prefilter": prefilter, "batch_size": settings.batch_size},
            batch_size=batch_size, batch_format="numpy", concurrency=workers, num_cpus=1,
        )
        yield from coded.iter_batches(batch_format="pyarrow", batch_size=None)
    finally:
        if started:
            ray.shutdown()


def run_batch(
    articles: Iterable[Article], out: str | os.PathLike[str], *, engine: str = "local",
    workers: int = 1, address: str | None = None, prefilter: bool = True,
    settings: Settings | None = None, batch_size: int = 32,
) -> int:
    """Code ``articles`` with ``engine`` and write their events under ``out``; returns the
    number of events written. ``workers``: Ray worker actors (``local``: ``nlp.pipe``
    processes unless ``settings`` says otherwise); ``batch_size``: articles per Ray task."""
    if engine not in ENGINES:
        raise ValueError(f"unknown engine {engine!r}: expected one of {', '.join(ENGINES)}")
    settings = settings or Settings.from_env()
    if engine == "local":
        if workers > 1 and settings.n_process == 1:
            from dataclasses import replace

            settings = replace(settings, n_process=workers)
        tables = _local_tables(articles, prefilter, settings)
    else:
        tables = _ray_tables(articles, prefilter, settings, workers, address, batch_size)
    return write_events(tables, out)
