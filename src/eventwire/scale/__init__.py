"""scale stage: code many articles on one machine or on a Ray cluster and write the
events as Parquet partitioned by month (``DIR/month=YYYY-MM/part-*.parquet``).

    from eventwire.scale import run_batch
    n = run_batch(articles, "out/", engine="ray", workers=2)

Ray is optional (``pip install 'eventwire[ray]'``) and imported only by the Ray engine.
"""
from __future__ import annotations

from eventwire.scale.engine import code_rows, run_batch
from eventwire.scale.rows import article_from_row, article_to_row, event_from_row, event_to_row

__all__ = ["article_from_row", "article_to_row", "code_rows", "event_from_row", "event_to_row",
           "run_batch"]
