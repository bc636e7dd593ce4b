"""eventwire eval GOLD.jsonl : run the coder on gold documents and score it."""
from __future__ import annotations

import argparse
import json
import sys
from typing import Any


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "eval", help="score the coder against gold documents (shared/spec/records.md)",
        description="Code every gold document, then print precision, recall, F1, date and "
        "location accuracy, a per-root table and the worst misses.",
    )
    p.add_argument("gold", nargs="+", metavar="GOLD.jsonl")
    p.add_argument("--pred", help="score these extracted events (JSONL) instead of running the coder")
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.add_argument("--misses", type=int, default=15, help="how many misses and false positives to list")
    p.add_argument("--save-pred", help="write the extracted events (JSONL) here")
    p.add_argument("--gate", metavar="BASELINE.json",
                   help="fail (exit 1) when precision, recall or F1 falls below the floors pinned here")
    p.add_argument("--split", help="name of this gold split in the baseline (default: the file stem)")
    p.add_argument("--raise-floor", action="store_true", help="pin the current scores as the new floors")
    p.add_argument("--allow-lower", action="store_true", help="with --raise-floor: allow lowering a floor")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from eventwire.coding.evaluate import load_gold, score

    docs = [d for path in args.gold for d in load_gold(path)]
    if args.pred:
        with open(args.pred, encoding="utf-8") as f:
            preds = [json.loads(line) for line in f if line.strip()]
        checks: dict[str, list[str]] = {}
    else:
        preds, checks = code_gold(docs)
    if args.save_pred:
        with open(args.save_pred, "w", encoding="utf-8") as f:
            f.writelines(json.dumps(p, ensure_ascii=False) + "\n" for p in preds)
    result = score(docs, preds)
    if args.json:
        out = result.summary() | {"per_root": result.per_root(), "document_checks": checks}
        print(json.dumps(out))
    else:
        _print(result, checks, args.misses)
    return _gate(args, result.summary()) if args.gate else 0


def _gate(args: argparse.Namespace, scores: dict[str, Any]) -> int:
    from pathlib import Path

    from eventwire.coding.gate import failures, load_baseline, raise_floors

    split = args.split or Path(args.gold[0]).stem
    if args.raise_floor:
        raise_floors(args.gate, split, scores, allow_lower=args.allow_lower)
        print(f"floors for {split!r} set in {args.gate}", file=sys.stderr)
        return 0
    failed = failures(split, scores, load_baseline(args.gate))
    for line in failed:
        print(f"gate: {line}", file=sys.stderr)
    return 1 if failed else 0


def code_gold(docs: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], dict[str, list[str]]]:
    from eventwire.coding.evaluate import document_checks
    from eventwire.coding.evaluate import gold_article
    from eventwire.pipeline import Pipeline

    articles = [gold_article(d) for d in docs]
    checks = {a.doc_id: f for d, a in zip(docs, articles) if (f := document_checks(d, a))}
    preds = [e.to_dict() for _, events in Pipeline().code(articles) for e in events]
    return preds, checks


def _print(result: Any, checks: dict[str, list[str]], n: int) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console()
    s = result.summary()
    console.print(f"[bold]precision {s['precision']:.3f}  recall {s['recall']:.3f}  F1 {s['f1']:.3f}[/]"
                  f"  (predicted {s['predicted']}, matched {s['matched_predicted']}, "
                  f"required {s['gold_required']}, found {s['found_required']})")
    console.print(f"date accuracy {s['date_acc']}  location accuracy {s['location_acc']}")
    table = Table("root", "precision", "recall", "predicted", "support", title="per CAMEO root")
    for r in result.per_root():
        table.add_row(r["root"], f"{r['precision']:.2f}", f"{r['recall']:.2f}",
                      str(r["predicted"]), str(r["support"]))
    console.print(table)
    for doc_id, gold in result.misses[:n]:
        console.print(f"missed  {doc_id}: {gold['sentence'][:60]!r} "
                      f"{gold.get('source')}->{gold.get('target')} {gold['cameo']}", markup=False)
    for p in result.false_positives[:n]:
        src, tgt = (p.get("source") or {}).get("code"), (p.get("target") or {}).get("code")
        console.print(f"extra   {p['doc_id']}: {src} {p['cameo']} {tgt} "
                      f"[{p['evidence']['trigger']}] {p['sentence'][:70]!r}", markup=False)
    for doc_id, failures in checks.items():
        for f in failures:
            console.print(f"check   {doc_id}: {f}", markup=False)
    sys.stdout.flush()
