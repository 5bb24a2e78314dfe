"""Show where an output folder's tasks disagree with gold files: unmatched tasks, and matched
tasks whose quarter, deadline or units differ. A development aid next to shared/tools/score.py.

    python tools/taskdiff.py OUT GOLD_DIR
"""
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "shared" / "tools"))
from score import fold, match, read_table  # noqa: E402

out, gold_dir = Path(sys.argv[1]), Path(sys.argv[2])
docs = read_table(out, "documents")
tasks = read_table(out, "tasks")
stem_to_id = {Path(r["source_path"]).stem: did for did, rows in docs.items() for r in rows}
for gp in sorted(gold_dir.glob("*.json")):
    gold = json.loads(gp.read_text())
    did = stem_to_id.get(gp.stem)
    pt, gt = tasks.get(did, []), gold.get("tasks", [])
    hits = match(gt, pt, lambda t: fold(t.get("text")), 0.75)
    mg = {id(g) for g, _, _ in hits}
    mp = {id(p) for _, p, _ in hits}
    lines = []
    for g in gt:
        if id(g) not in mg:
            lines.append(f"  MISSED  {g['text'][:100]}")
    for p in pt:
        if id(p) not in mp:
            lines.append(f"  EXTRA   {p['label']} | {p['text'][:100]}")
    for g, p, _ in hits:
        for k in ("quarter", "deadline", "timing_text"):
            if k in g and str(g[k] or None)[:10] != str(p.get(k) or None)[:10]:
                lines.append(f"  {k:8s} want {g[k]!r} got {p.get(k)!r} | {g['text'][:60]}")
        for k in ("lead_units", "support_units"):
            if k in g and [fold(u) for u in g[k]] != [fold(u) for u in (p.get(k) or [])]:
                lines.append(f"  {k:8s} want {g[k]} got {list(p.get(k) or [])} | {g['text'][:50]}")
    if lines:
        print("#", gp.stem)
        print("\n".join(lines))
