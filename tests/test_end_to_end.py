"""The whole pipeline on real files: the CLI writes every table, readers read them back, the
score on the shared development set holds, and bad inputs become error rows."""
import json
import subprocess
import sys
from pathlib import Path

import duckdb
import pandas as pd
import pyarrow.dataset as ds
import pytest

from models.schemas import TABLES
from pipeline import extract, read_tables

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SAMPLES = SHARED / "sample-plans"
GOLD = SHARED / "gold"
KEHOACH = [sys.executable, "-m", "pipeline.cli"]

needs_shared = pytest.mark.skipif(not SAMPLES.exists(), reason="../shared is not beside the checkout")


def run_cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(KEHOACH + list(args), capture_output=True, text=True, cwd=ROOT, timeout=600)


@pytest.fixture(scope="module")
def sample_out(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("out")
    proc = run_cli("run", str(SAMPLES), "-o", str(out))
    assert proc.returncode == 0, proc.stderr
    assert "5 plans read" in proc.stdout
    return out


@needs_shared
def test_score_on_the_development_set(sample_out):
    """Issue #2's bar: overall >= 0.95 and every headline metric >= 0.90."""
    proc = subprocess.run([sys.executable, str(SHARED / "tools" / "score.py"), str(sample_out), str(GOLD),
                           "--json"], capture_output=True, text=True)
    report = json.loads(proc.stdout)
    metrics = report["metrics"]
    assert report["missing"] == []
    headline = ["header_accuracy", "sections_f1", "tasks_f1", "task_quarter_f1", "task_deadline_f1",
                "task_units_f1", "references_f1", "reference_date_f1", "campaigns_f1",
                "assignment_units_f1", "recipients_f1"]
    low = {k: round(metrics[k], 3) for k in headline if metrics[k] is not None and metrics[k] < 0.90}
    assert not low, f"headline metrics below 0.90: {low}"
    assert metrics["overall"] >= 0.95


@needs_shared
def test_every_table_reads_back_with_duckdb_pandas_and_pyarrow(sample_out):
    con = duckdb.connect()
    for name, schema in TABLES.items():
        path = sample_out / f"{name}.parquet"
        assert path.exists(), name
        df = pd.read_parquet(path)
        assert list(df.columns) == schema.names
        assert ds.dataset(path).schema.equals(schema, check_metadata=False)
        n = con.execute(f"select count(*) from read_parquet('{path}')").fetchone()[0]
        assert n == len(df)
    docs = con.execute(f"select count(*), count(distinct doc_id) from read_parquet('{sample_out}/documents.parquet')").fetchone()
    assert docs == (5, 5)
    per_quarter = con.execute(f"""
        select d.locality, t.quarter, count(*) from read_parquet('{sample_out}/tasks.parquet') t
        join read_parquet('{sample_out}/documents.parquet') d using (doc_id)
        where t.quarter is not null group by all order by all""").fetchall()
    assert ("Bình Gia", 1, 10) in per_quarter
    manifest = json.loads((sample_out / "manifest.json").read_text())
    assert manifest["inputs_seen"] == 5 and manifest["documents_written"] == 5 and manifest["errors"] == 0
    assert set(manifest["seconds_per_stage"]) >= {"ingest", "normalize", "segment", "extract", "write"}


@needs_shared
def test_offsets_index_the_document_text(sample_out):
    tables = read_tables(sample_out)
    texts = dict(zip(tables["documents"].doc_id, tables["documents"].text))
    for name in ("tasks", "references", "campaigns", "sections", "assignments"):
        for row in tables[name].itertuples():
            text = texts[row.doc_id]
            assert 0 <= row.char_start < row.char_end <= len(text), name
    for row in tables["references"].itertuples():
        assert texts[row.doc_id][row.char_start:row.char_end] == row.mention


def test_bad_inputs_give_error_rows_and_the_batch_goes_on(tmp_path):
    inp = tmp_path / "in"
    inp.mkdir()
    (inp / "empty.txt").write_bytes(b"")
    (inp / "binary.txt").write_bytes(bytes(range(256)) * 8)
    (inp / "latin1.txt").write_bytes("Kế hoạch".encode("utf-16-le")[2:] + b"\xff\xfe\x00\x00\x81")
    (inp / "news.md").write_text("# Tin tức\n\nSáng nay, thời tiết Hà Nội nắng nhẹ. Người dân đi làm đông đúc.\n",
                                 encoding="utf-8")
    (inp / "plan.txt").write_text(
        "KẾ HOẠCH\nDiệt chuột bảo vệ mùa màng năm 2026\nI. MỤC ĐÍCH\nBảo vệ lúa.\nII. NỘI DUNG\n"
        "1. Tổ chức ra quân diệt chuột trước ngày 15/3/2026.\nIII. TỔ CHỨC THỰC HIỆN\n"
        "1. UBND các xã chủ động triển khai.\n", encoding="utf-8")
    out = tmp_path / "out"
    proc = run_cli("run", str(inp), "-o", str(out))
    assert proc.returncode == 0, proc.stderr
    assert "2 plans read" in proc.stdout and "3 errors" in proc.stdout
    errors = pd.read_parquet(out / "errors.parquet").set_index("source_path")
    assert errors.loc["empty.txt", "error"] == "empty_file"
    assert errors.loc["binary.txt", "error"] == "not_text"
    assert errors.loc["latin1.txt", "error"] == "not_text"
    assert errors.loc["empty.txt", "doc_id"] == "e3b0c44298fc1c14"  # 0 bytes were read: their hash
    assert all(len(m) > 30 for m in errors.message)
    docs = pd.read_parquet(out / "documents.parquet").set_index("source_path")
    assert set(docs.index) == {"news.md", "plan.txt"}
    assert pd.isna(docs.loc["news.md", "doc_type"])
    tasks = pd.read_parquet(out / "tasks.parquet")
    assert set(tasks.doc_id) == {docs.loc["plan.txt", "doc_id"]}
    assert str(tasks.deadline.iloc[0]) == "2026-03-15"


def test_same_bytes_under_two_names_give_one_row_with_both_paths(tmp_path):
    inp = tmp_path / "in"
    (inp / "a").mkdir(parents=True)
    body = "KẾ HOẠCH\nTiêm chủng mở rộng năm 2026\nI. NỘI DUNG\n1. Tiêm vắc xin sởi trong quý II năm 2026.\n"
    (inp / "a" / "x.txt").write_text(body, encoding="utf-8")
    (inp / "y.txt").write_text(body, encoding="utf-8")
    out = tmp_path / "out"
    assert run_cli("run", str(inp), "-o", str(out), "--workers", "1").returncode == 0
    docs = pd.read_parquet(out / "documents.parquet")
    assert len(docs) == 1
    assert sorted(docs.source_paths.iloc[0]) == ["a/x.txt", "y.txt"]
    assert len(pd.read_parquet(out / "tasks.parquet")) == 1


@needs_shared
def test_python_api_on_one_plan():
    plan = extract(SAMPLES / "binh-gia-2025.txt")
    frames = plan.frames()
    assert set(frames) == set(TABLES) - {"errors"}
    assert list(frames["tasks"].columns) == TABLES["tasks"].names
    assert len(plan.tasks) == 24  # 23 numbered rows and one unnumbered row with its own units
    assert plan.header.issuer == "UBND huyện Bình Gia"
    t = plan.tasks[6]
    assert plan.text[t.char_start:t.char_end].startswith("6")


def test_cli_extract_json_and_version(tmp_path):
    f = tmp_path / "p.txt"
    f.write_text("KẾ HOẠCH\nPhòng chống dịch sốt xuất huyết\nI. NỘI DUNG\n1. Phun hóa chất diệt muỗi.\n",
                 encoding="utf-8")
    proc = run_cli("extract", str(f), "--format", "json")
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    assert data["document"]["doc_type"] == "Kế hoạch"
    assert data["tasks"][0]["text"] == "Phun hóa chất diệt muỗi."
    assert run_cli("--version").stdout.startswith("kehoach ")


# t5real: a school's plan opens on a part listing its grounds ("I. CĂN CỨ XÂY DỰNG KẾ HOẠCH", "A. CƠ SỞ PHÁP LÝ"):
# the documents it lists there are the plan's basis, those of its later parts are cited
@pytest.mark.parametrize("part, later", [
    ("I. CĂN CỨ XÂY DỰNG KẾ HOẠCH", "II. ĐẶC ĐIỂM TÌNH HÌNH"),
    ("A. CƠ SỞ PHÁP LÝ", "B. NHIỆM VỤ TRỌNG TÂM"),
])
def test_t5real_grounds_part_is_the_basis(tmp_path, part, later):
    f = tmp_path / "school.txt"
    f.write_text("PHÒNG GD&ĐT QUẢNG TRẠCH\nTRƯỜNG THCS QUẢNG TÙNG\nSố: 45/KH-THCS\nQuảng Tùng, ngày 20 tháng 9 năm 2024\n"
                 "KẾ HOẠCH\nGIÁO DỤC NHÀ TRƯỜNG NĂM HỌC 2024-2025\n"
                 f"{part}\n- Thông tư số 32/2020/TT-BGDĐT ngày 15/9/2020 của Bộ Giáo dục và Đào tạo ban hành Điều lệ trường;\n"
                 "- Công văn số 3935/BGDĐT-GDTrH ngày 30/7/2024 của Bộ Giáo dục và Đào tạo về hướng dẫn nhiệm vụ;\n"
                 f"{later}\n1. Thực hiện Kế hoạch số 12/KH-UBND ngày 02/01/2024 của UBND huyện về chuyển đổi số.\n",
                 encoding="utf-8")
    plan = extract(f)
    assert [(r.symbol, r.relation) for r in plan.references] == [
        ("32/2020/TT-BGDĐT", "basis"), ("3935/BGDĐT-GDTrH", "basis"), ("12/KH-UBND", "cited")]


# h3cpu: the batch hashes a plan once and hands its doc_id to extract_bytes: the same Plan either way
def test_h3cpu_extract_bytes_takes_the_doc_id_it_is_given():
    from pipeline.extract import doc_id_of, extract_bytes

    data = ("ỦY BAN NHÂN DÂN\nXÃ NA SẦM\nSố: 07/KH-UBND\nNa Sầm, ngày 03 tháng 3 năm 2025\nKẾ HOẠCH\n"
            "Trồng cây đầu xuân năm 2025\nI. NỘI DUNG\n1. Trồng 500 cây xanh trước ngày 30/3/2025.\n").encode()
    own = extract_bytes(data, "na-sam.txt")
    given = extract_bytes(data, "na-sam.txt", doc_id_of(data))
    assert own.doc_id == given.doc_id == doc_id_of(data)
    assert own.row_tuples() == given.row_tuples()
