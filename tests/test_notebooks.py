"""The notebooks run top to bottom on the sample output, with a kernel from this venv, and are
committed without outputs."""
from __future__ import annotations

import os
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

from pipeline.audit import run_audit
from pipeline.batch import run_batch

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))
SAMPLES = ROOT.parent / "shared" / "sample-plans"


@pytest.fixture(scope="module")
def sample_out(tmp_path_factory) -> Path:
    """The sample plans through the pipeline and the audit (the audit corpus when ../shared is absent)."""
    out = tmp_path_factory.mktemp("notebook_out")
    inputs = [SAMPLES] if SAMPLES.exists() else sorted((ROOT / "tests" / "audit_corpus").glob("*.txt"))
    run_batch(inputs, out, workers=2)
    run_audit(out)
    return out


def test_there_are_two_notebooks():
    assert [p.name for p in NOTEBOOKS] == ["01_mot_ke_hoach.ipynb", "02_so_sanh_xa.ipynb"]


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_committed_without_outputs(path):
    nb = nbformat.read(path, as_version=4)
    nbformat.validate(nb)
    for cell in nb.cells:
        if cell.cell_type == "code":
            assert cell.outputs == [] and cell.execution_count is None, f"{path.name}: clear the outputs"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_notebook_runs_top_to_bottom(path, sample_out, monkeypatch):
    monkeypatch.setenv("KEHOACH_OUT", str(sample_out))
    monkeypatch.setenv("MPLBACKEND", "module://matplotlib_inline.backend_inline")
    nb = nbformat.read(path, as_version=4)
    NotebookClient(nb, timeout=180, kernel_name="python3", allow_errors=False,
                   resources={"metadata": {"path": str(path.parent)}}).execute()
    outputs = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
    text = "".join(o.get("text", "") for o in outputs if o.output_type == "stream")
    if path.stem.startswith("01"):
        assert "Mọi nhiệm vụ khớp với đoạn văn bản gốc" in text
        assert any("text/html" in o.get("data", {}) and "<mark>" in o["data"]["text/html"] for o in outputs)
    else:
        images = [o for o in outputs if "image/png" in o.get("data", {})]
        assert len(images) == 2, "the chart of tasks per quarter and the map"
        assert "kế hoạch có toạ độ" in text and os.fspath(sample_out) in text
