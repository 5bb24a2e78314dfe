"""`kehoach compare` (issue #4): one row per plan, campaign adoption by commune, top citations."""
from __future__ import annotations

import shutil
from pathlib import Path

import pandas as pd
import pytest

from pipeline.audit import run_audit
from pipeline.batch import run_batch
from pipeline.compare import PLAN_COLUMNS, adoption_matrix, run_compare

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "audit_corpus"


@pytest.fixture(scope="module")
def out(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("compare_out")
    run_batch(sorted(CORPUS.glob("*.txt")), out, workers=2)
    run_audit(out)
    return out


@pytest.fixture(scope="module")
def result(out):
    return run_compare(out)


def row(result, path: str) -> pd.Series:
    return result.plans.set_index("source_path").loc[path]


def test_one_row_per_plan_with_the_contract_columns(out, result):
    df = pd.read_parquet(out / "comparison.parquet")
    assert list(df.columns) == PLAN_COLUMNS
    assert len(df) == len(list(CORPUS.glob("*.txt"))) and df.doc_id.is_unique
    assert (df[["tasks_q1", "tasks_q2", "tasks_q3", "tasks_q4", "tasks_no_quarter"]].sum(axis=1) == df.n_tasks).all()


def test_tasks_per_quarter_and_shares(result):
    parent = row(result, "binh-gia-huyen-2025.txt")
    assert [parent[f"tasks_q{q}"] for q in range(1, 5)] == [2, 2, 2, 2]
    assert parent.share_with_unit == 1.0 and parent.share_with_deadline == 1.0
    thien_long = row(result, "thien-long-2025.txt")
    assert thien_long.tasks_q3 == 0 and thien_long.share_with_unit == pytest.approx(5 / 6)
    hong_phong = row(result, "hong-phong-2025.txt")     # one task without timing
    assert hong_phong.tasks_no_quarter == 1 and hong_phong.share_with_timing == pytest.approx(7 / 8)
    assert row(result, "hoa-binh-2025.txt").n_tasks == 0 and pd.isna(row(result, "hoa-binh-2025.txt").share_with_unit)


def test_findings_by_severity_match_the_audit(out, result):
    f = pd.read_parquet(out / "findings.parquet")
    counts = f.groupby(["doc_id", "severity"]).size().unstack(fill_value=0)
    df = result.plans.set_index("doc_id")
    for sev in ("error", "warning", "info"):
        expected = counts[sev].reindex(df.index, fill_value=0) if sev in counts else 0
        assert (df[f"findings_{sev}"] == expected).all(), sev
    assert row(result, "hoa-tham-2025.txt")[["findings_error", "findings_warning", "findings_info"]].sum() == 0
    assert result.findings_source == "findings.parquet"


def test_parent_links_coordinates_and_new_units(result):
    parent_id = row(result, "binh-gia-huyen-2025.txt").doc_id
    assert row(result, "hoa-tham-2025.txt").parent_doc_id == parent_id
    assert row(result, "thien-long-2025.txt").parent_coverage == pytest.approx(0.75)
    df = result.plans
    assert df.lat.notna().all() and df.lon.notna().all()
    assert df.lat.between(8, 24).all() and df.lon.between(102, 110).all()
    hvt = row(result, "hoang-van-thu-2025.txt")
    assert (hvt.new_ward, hvt.new_province) == ("Bình Gia", "Lạng Sơn")


def test_campaign_adoption_and_top_references(out, result):
    adoption = pd.read_parquet(out / "campaign_adoption.parquet")
    assert list(adoption.campaign) == ["Chung tay xóa nhà tạm, nhà dột nát"]
    matrix = adoption_matrix(adoption, columns=result.plans.label)
    assert matrix.shape == (1, len(result.plans)) and matrix.loc["Chung tay xóa nhà tạm, nhà dột nát", "xã Mông Ân"] == 1
    top = pd.read_parquet(out / "top_references.parquet").set_index("document")
    assert top.loc["Nghị định 98/2023/NĐ-CP", "plans"] == 10
    assert top.loc["Kế hoạch 12/KH-UBND", "plans_as_basis"] == 3
    assert top.loc["Luật Thi đua, khen thưởng năm 2022 (06/2022/QH15)", "plans"] == 11   # by name and by số hiệu
    assert top.iloc[0].name.startswith("Luật Thi đua, khen thưởng")


def test_compare_without_an_audit_runs_one_in_memory(out, tmp_path):
    fresh = tmp_path / "fresh"
    shutil.copytree(out, fresh)
    for name in ("findings.parquet", "plan_links.parquet"):
        (fresh / name).unlink()
    res = run_compare(fresh, write=False)
    assert "bộ nhớ" in res.findings_source
    assert res.plans.findings_error.sum() == pd.read_parquet(out / "findings.parquet").severity.eq("error").sum()


def test_compare_command_prints_the_summary(out, tmp_path):
    import typer
    from typer.testing import CliRunner

    from pipeline import cli_audit

    app = typer.Typer()
    app.command()(cli_audit.audit)
    app.command()(cli_audit.compare)
    copy = tmp_path / "out"
    shutil.copytree(out, copy)
    res = CliRunner().invoke(app, ["compare", str(copy), "--top", "5"])
    assert res.exit_code == 0, res.output
    for text in ("So sánh 13 kế hoạch", "xã Hoa Thám", "Phong trào × địa phương", "Chung tay xóa nhà tạm",
                 "Văn bản được trích dẫn nhiều nhất", "Nghị định 98/2023/NĐ-CP", "comparison.parquet"):
        assert text in res.output, text
    assert (copy / "comparison.parquet").exists()


def test_a_special_zone_is_its_own_two_level_unit():
    from pipeline.compare import official_unit

    unit = official_unit("đặc khu", "An Giang", None, "Phú Quốc")
    assert (unit["new_ward"], unit["new_province"]) == ("Phú Quốc", "An Giang")
