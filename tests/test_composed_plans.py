"""The project's own plans (data/raw: other provinces, levels, topics and layouts) against the
expected values written for them in tests/composed_gold — the check that rules are general."""
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from pipeline.batch import run_batch

ROOT = Path(__file__).resolve().parents[1]
SCORE = ROOT.parent / "shared" / "tools" / "score.py"
HEADLINE = ["header_accuracy", "sections_f1", "tasks_f1", "task_quarter_f1", "task_deadline_f1",
            "task_units_f1", "references_f1", "reference_date_f1", "campaigns_f1",
            "assignment_units_f1", "recipients_f1"]


@pytest.fixture(scope="module")
def out(tmp_path_factory) -> Path:
    src = tmp_path_factory.mktemp("raw")
    for p in (ROOT / "data" / "raw").iterdir():
        if p.suffix in (".txt", ".md", ".html", ".pdf", ".docx", ".doc") and "-scan" not in p.stem:
            shutil.copy(p, src / p.name)
    dest = tmp_path_factory.mktemp("out")
    result = run_batch([src], dest, workers=2)
    assert result.errors == 0
    return dest


@pytest.mark.skipif(not SCORE.exists(), reason="../shared is not beside the checkout")
def test_composed_plans_score(out):
    proc = subprocess.run([sys.executable, str(SCORE), str(out), str(ROOT / "tests" / "composed_gold"), "--json"],
                          capture_output=True, text=True)
    report = json.loads(proc.stdout)
    assert report["missing"] == []
    low = {k: round(report["metrics"][k], 3) for k in HEADLINE
           if report["metrics"][k] is not None and report["metrics"][k] < 0.90}
    assert not low
    assert report["metrics"]["overall"] >= 0.95


def test_every_format_of_the_same_plan_agrees(out):
    docs = pd.read_parquet(out / "documents.parquet")
    tasks = pd.read_parquet(out / "tasks.parquet")
    docs["stem"] = docs.source_path.str.rsplit(".", n=1).str[0]
    for stem, group in docs.groupby("stem"):
        if len(group) < 2:
            continue
        counts = {row.source_format: int((tasks.doc_id == row.doc_id).sum()) for row in group.itertuples()}
        assert len(set(counts.values())) == 1, (stem, counts)
        assert group.issuer.nunique() == 1 and group.plan_year.nunique() == 1, stem
    assert {"pdf", "docx", "doc", "html", "md", "txt"} <= set(docs.source_format)


def test_a_decision_is_not_a_plan(out):
    docs = pd.read_parquet(out / "documents.parquet").set_index("source_path")
    row = docs.loc["can-tho-quyet-dinh-2025.txt"]
    assert row.doc_type == "Quyết định" and row.n_tasks == 0
