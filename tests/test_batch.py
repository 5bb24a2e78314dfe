"""The batch at scale: incremental reruns from the cache, partitioned datasets every reader reads,
atomic output (a failing write leaves the previous output; a swap cut short is finished by the
next run), and nothing written outside the output folder."""
import fcntl
import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path

import duckdb
import pandas as pd
import pyarrow.dataset as ds
import pytest

from models.schemas import TABLES
from pipeline import writer
from pipeline.batch import OutputBusy, process_file, run_batch
from pipeline.writer import part_name

ROOT = Path(__file__).resolve().parents[1]
KEYS = {"documents": ["doc_id"], "sections": ["doc_id", "section_id"], "tasks": ["doc_id", "task_id"],
        "assignments": ["doc_id", "assignment_id"], "references": ["doc_id", "ref_id"],
        "campaigns": ["doc_id", "campaign_id"], "recipients": ["doc_id", "recipient_id"],
        "errors": ["source_path"]}


def _corpus_module():
    spec = importlib.util.spec_from_file_location("bench_corpus", ROOT / "bench" / "corpus.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


make_corpus = _corpus_module().make_corpus


def tables(out: Path, sort: bool = True) -> dict[str, pd.DataFrame]:
    frames = {}
    for name in TABLES:
        df = pd.read_parquet(out / f"{name}.parquet")
        if sort:
            df = df.sort_values(KEYS[name]).reset_index(drop=True)
        frames[name] = df
    return frames


def assert_same_tables(a: Path, b: Path) -> None:
    ta, tb = tables(a), tables(b)
    for name in TABLES:
        pd.testing.assert_frame_equal(ta[name], tb[name], obj=name)


def snapshot(out: Path) -> dict[str, bytes]:
    """Every output file's bytes (not the cache or the lock)."""
    snap = {}
    for p in sorted(out.rglob("*")):
        rel = p.relative_to(out).as_posix()
        if p.is_file() and not rel.startswith((".kehoach-cache", ".kehoach.lock")):
            snap[rel] = p.read_bytes()
    return snap


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    src = tmp_path_factory.mktemp("corpus")
    make_corpus(src, 14)
    return src


def first_plans(corpus: Path, dest: Path, n: int) -> Path:
    """A fresh input folder holding copies of the corpus's first n plans."""
    dest.mkdir()
    for p in sorted(corpus.iterdir())[:n]:
        (dest / p.name).write_bytes(p.read_bytes())
    return dest


def test_rerun_extracts_only_new_and_changed_files_and_drops_removed_ones(tmp_path, corpus):
    src = first_plans(corpus, tmp_path / "in", 8)
    out = tmp_path / "out"
    first = run_batch([src], out, workers=2).manifest
    assert (first["plans_extracted"], first["plans_reused"], first["cache_hits"]) == (8, 0, 0)
    files = sorted(src.iterdir())
    removed = files[0].name
    files[0].unlink()
    files[1].write_text(files[1].read_text(encoding="utf-8") + "\n", encoding="utf-8")  # changed bytes
    new = sorted(corpus.iterdir())[8]
    (src / new.name).write_bytes(new.read_bytes())
    second = run_batch([src], out, workers=2).manifest
    assert second["inputs_seen"] == 8
    assert (second["plans_extracted"], second["plans_reused"]) == (2, 6)
    assert set(second["seconds_per_stage"]) >= {"ingest", "normalize", "segment", "extract", "scan", "write"}
    assert second["pages_ocr"] == 0
    docs = pd.read_parquet(out / "documents.parquet")
    assert removed not in set(docs.source_path) and new.name in set(docs.source_path)
    assert json.loads((out / "manifest.json").read_text())["plans_extracted"] == 2
    # the tables are those a run from scratch gives
    fresh = tmp_path / "fresh"
    run_batch([src], fresh, workers=2)
    assert_same_tables(out, fresh)
    # rows come in input order, as before the cache existed
    assert list(docs.source_path) == sorted(p.name for p in src.iterdir())
    forced = run_batch([src], out, workers=2, force=True).manifest
    assert (forced["plans_extracted"], forced["plans_reused"]) == (8, 0)


def test_same_bytes_under_two_names_follow_the_folder_from_the_cache(tmp_path, corpus):
    src = tmp_path / "in"
    (src / "a").mkdir(parents=True)
    body = sorted(corpus.iterdir())[0].read_bytes()
    (src / "a" / "x.txt").write_bytes(body)
    (src / "y.txt").write_bytes(body)
    out = tmp_path / "out"
    r = run_batch([src], out, workers=1)
    assert r.manifest["plans_extracted"] == 1  # identical bytes are extracted once
    docs = pd.read_parquet(out / "documents.parquet")
    assert len(docs) == 1 and sorted(docs.source_paths.iloc[0]) == ["a/x.txt", "y.txt"]
    (src / "a" / "x.txt").unlink()
    r = run_batch([src], out, workers=1)
    assert r.manifest["plans_extracted"] == 0
    docs = pd.read_parquet(out / "documents.parquet")
    assert docs.source_path.tolist() == ["y.txt"] and list(docs.source_paths.iloc[0]) == ["y.txt"]


def partition_of(row) -> tuple[str, str]:
    province = None if pd.isna(row.province) else row.province
    year = None if pd.isna(row.plan_year) else int(row.plan_year)
    return part_name(province), part_name(year)


def test_partitioned_output_reads_like_single_files_in_every_reader(tmp_path, corpus):
    cache = tmp_path / "cache"  # a cache outside OUT, shared by both outputs
    single, parted = tmp_path / "single", tmp_path / "parted"
    run_batch([corpus], single, workers=2, cache_dir=cache)
    m = run_batch([corpus], parted, workers=2, cache_dir=cache, partition_by=["province", "plan_year"]).manifest
    assert m["plans_extracted"] == 0 and m["plans_reused"] == 14  # the shared cache served the second output
    assert m["layout"]["partition_by"] == ["province", "plan_year"]
    assert not (single / ".kehoach-cache").exists() and (cache / "results.sqlite").exists()
    con = duckdb.connect()
    expected = tables(single)
    for name, schema in TABLES.items():
        path = parted / f"{name}.parquet"
        assert path.is_dir(), name
        df = pd.read_parquet(path)
        assert list(df.columns) == schema.names
        assert ds.dataset(path).schema.equals(schema, check_metadata=False)
        got = df.sort_values(KEYS[name]).reset_index(drop=True)
        pd.testing.assert_frame_equal(got, expected[name], obj=name)
        for pattern in (f"{path}/**", str(path)):
            assert con.execute(f"select count(*) from read_parquet('{pattern}')").fetchone()[0] == len(df)
    # each document sits under its own province / plan_year
    docs = expected["documents"]
    for f in (parted / "documents.parquet").rglob("*.parquet"):
        rel = f.relative_to(parted / "documents.parquet").parts
        for row in pd.read_parquet(f).itertuples():
            assert rel[:2] == partition_of(row)
    assert len(set(docs.province.dropna())) >= 3
    # the other tables follow their document's partition
    by_doc = {r.doc_id: partition_of(r) for r in docs.itertuples()}
    for f in (parted / "tasks.parquet").rglob("*.parquet"):
        rel = f.relative_to(parted / "tasks.parquet").parts[:2]
        assert {by_doc[d] for d in pd.read_parquet(f).doc_id} <= {rel}
    # a join across the partitioned tables, and a partition read by its folder
    n = con.execute(f"""select count(*) from read_parquet('{parted}/tasks.parquet/**') t
                        join read_parquet('{parted}/documents.parquet/**') d using (doc_id)""").fetchone()[0]
    assert n == len(expected["tasks"])
    one = sorted(p for p in (parted / "tasks.parquet").iterdir() if p.is_dir())[0]
    part_rows = con.execute(f"select count(*) from read_parquet('{one}/**')").fetchone()[0]
    assert 0 < part_rows < len(expected["tasks"])
    # back to single files: every directory is replaced by a file
    run_batch([corpus], parted, workers=2, cache_dir=cache)
    assert all((parted / f"{n}.parquet").is_file() for n in TABLES)
    assert_same_tables(parted, single)


def test_partition_names_are_safe_directory_names():
    for value in ["../../etc", "a/b\\c", ".hidden", "_meta", "", None, "..", "x=1", "Hà Nội", 2025,
                  "Thừa Thiên Huế" * 30, "tab\there\nline"]:
        name = part_name(value)
        assert name and name not in (".", "..") and name[0] not in "._"
        assert "/" not in name and "\\" not in name and "=" not in name and "\n" not in name
        assert len(name.encode()) <= 180
    assert part_name("Hà Nội") == "Hà Nội" and part_name(2025) == "2025" and part_name(None) == "null"


def hostile_processor(path, source_path, data=None, limits=None):
    """Rows whose values try to name directories outside the output folder."""
    result = process_file(path, source_path, data=data, limits=limits)
    if "tables" in result:
        names = TABLES["documents"].names
        doc = list(result["tables"]["documents"][0])
        doc[names.index("province")] = "../../../escaped"
        doc[names.index("locality")] = "/tmp/abs"
        result["tables"]["documents"] = [tuple(doc)]
    return result


def test_nothing_is_written_outside_the_output_folder(tmp_path, corpus):
    src = first_plans(corpus, tmp_path / "in", 3)
    weird = src / "plan ..%2F..%2F ; rm -rf $HOME.txt"
    weird.write_bytes(sorted(corpus.iterdir())[3].read_bytes())
    box = tmp_path / "box"
    out = box / "out"
    before = {p for p in tmp_path.rglob("*")}
    run_batch([src], out, executor="inline", processor=hostile_processor, partition_by=["province", "locality"])
    created = {p for p in tmp_path.rglob("*")} - before
    assert created and all(p == box or out in p.parents or p == out for p in created)
    assert any("escaped" in p.name for p in (out / "documents.parquet").iterdir())
    docs = pd.read_parquet(out / "documents.parquet")
    assert set(docs.province) == {"../../../escaped"} and len(docs) == 4


def test_a_failing_write_leaves_the_previous_output_intact(tmp_path, corpus, monkeypatch):
    out = tmp_path / "out"
    run_batch([corpus], out, workers=2, partition_by=["province"])
    before = snapshot(out)
    calls = {"n": 0}
    original = writer.TableSink.add

    def failing_add(self, rows, part=()):
        calls["n"] += 1
        if calls["n"] == 25:
            raise OSError(28, "No space left on device")
        return original(self, rows, part)

    monkeypatch.setattr(writer.TableSink, "add", failing_add)
    with pytest.raises(OSError, match="No space left"):
        run_batch([corpus], out, workers=2, force=True)  # would turn every table into one file
    assert calls["n"] == 25
    assert snapshot(out) == before
    assert not list(out.glob(".kehoach-staging-*"))
    assert len(pd.read_parquet(out / "documents.parquet")) == 14
    monkeypatch.undo()
    m = run_batch([corpus], out, workers=2).manifest
    assert m["plans_extracted"] == 0  # what was extracted before the failure was kept
    assert (out / "documents.parquet").is_file()


def test_a_swap_cut_short_is_finished_by_the_next_run(tmp_path, corpus, monkeypatch):
    out = tmp_path / "out"
    run_batch([corpus], out, workers=2)
    old_manifest = json.loads((out / "manifest.json").read_text())
    swaps = {"n": 0}
    original = writer._swap_in

    def dying_swap(src, dst, ident):
        swaps["n"] += 1
        if swaps["n"] == 3:
            raise KeyboardInterrupt  # as if the process stopped between two renames
        return original(src, dst, ident)

    monkeypatch.setattr(writer, "_swap_in", dying_swap)
    with pytest.raises(KeyboardInterrupt):
        run_batch([corpus], out, workers=2, partition_by=["plan_year"])
    monkeypatch.undo()
    # half swapped: the first tables are directories, the rest still files, the old manifest
    assert (out / "documents.parquet").is_dir() and (out / "tasks.parquet").is_file()
    assert json.loads((out / "manifest.json").read_text())["started"] == old_manifest["started"]
    staged = list(out.glob(".kehoach-staging-*"))
    assert len(staged) == 1 and (staged[0] / "COMMIT").exists()
    assert writer.recover(out) == [f"finished {staged[0].name}"]
    assert all((out / f"{n}.parquet").is_dir() for n in TABLES)
    manifest = json.loads((out / "manifest.json").read_text())
    assert manifest["layout"]["partition_by"] == ["plan_year"] and manifest["started"] != old_manifest["started"]
    assert not list(out.glob(".kehoach-staging-*"))
    assert len(pd.read_parquet(out / "tasks.parquet")) == manifest["rows"]["tasks"]


def test_one_run_at_a_time_per_output_folder(tmp_path, corpus):
    out = tmp_path / "out"
    out.mkdir()
    fd = os.open(out / ".kehoach.lock", os.O_RDWR | os.O_CREAT)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        with pytest.raises(OutputBusy):
            run_batch([corpus], out, workers=1)
    finally:
        os.close(fd)
    assert not (out / "documents.parquet").exists()


def test_unknown_partition_column_is_refused(tmp_path, corpus):
    with pytest.raises(ValueError, match="cannot partition by"):
        run_batch([corpus], tmp_path / "out", partition_by=["text"])


def test_workers_read_large_files_themselves(tmp_path, corpus, monkeypatch):
    import pipeline.batch as batch

    shipped = tmp_path / "shipped"
    run_batch([corpus], shipped, workers=2, cache_dir=tmp_path / "c1")
    monkeypatch.setattr(batch, "SHIP_BYTES", 0)  # every file counts as large: the worker reads it
    by_path = tmp_path / "by_path"
    m = run_batch([corpus], by_path, workers=2, cache_dir=tmp_path / "c2").manifest
    assert m["plans_extracted"] == 14
    assert_same_tables(shipped, by_path)


def test_row_tuples_are_the_rows_in_column_order():
    """The batch stores Plan.row_tuples(); the API's Plan.rows() must hold the very same values."""
    from pipeline.extract import extract
    from pipeline.writer import row_tuple

    plans = sorted((Path(__file__).resolve().parents[2] / "shared" / "sample-plans").glob("*"))
    plans += sorted((Path(__file__).resolve().parents[1] / "data" / "raw").glob("*.md"))
    assert plans
    for path in plans:
        plan = extract(path)
        rows, tuples = plan.rows(), plan.row_tuples()
        assert set(rows) == set(tuples)
        for name in rows:
            assert [row_tuple(name, r) for r in rows[name]] == tuples[name], (path.name, name)
        assert len(tuples["tasks"]) == len(plan.tasks) and all(len(t) == len(TABLES["tasks"].names)
                                                                for t in tuples["tasks"])


def test_tables_written_while_extracting_equal_tables_written_at_the_end(tmp_path, corpus, monkeypatch):
    """Duplicates first and last, a duplicate under another suffix, errors between them, some inputs
    cached from an earlier run: streaming the rows out gives the very tables of writing at the end."""
    import pipeline.batch as batch

    src = tmp_path / "in"
    src.mkdir()
    plans = sorted(p for p in corpus.iterdir() if p.suffix == ".txt")[:4]
    assert len(plans) >= 3
    (src / "00-first.txt").write_bytes(plans[0].read_bytes())
    (src / "05-empty.txt").write_bytes(b"")
    for i, p in enumerate(plans[1:], start=1):
        (src / f"1{i}-{p.name}").write_bytes(p.read_bytes())
    (src / "50-binary.txt").write_bytes(bytes(range(256)) * 40)
    (src / "60-again.md").write_bytes(plans[1].read_bytes())      # same bytes, other suffix
    (src / "99-last.txt").write_bytes(plans[0].read_bytes())      # same bytes as the first input
    warm = tmp_path / "warm"
    run_batch([src / "00-first.txt", src / "50-binary.txt"], warm, workers=2, cache_dir=tmp_path / "cache")

    outs = {}
    for stream in (True, False):
        monkeypatch.setattr(batch, "STREAM_WRITES", stream)
        out = tmp_path / f"out-{stream}"
        r = run_batch([src], out, workers=2, cache_dir=tmp_path / "cache")
        assert r.manifest["cache_hits"] >= 2  # the warm run's results were reused
        outs[stream] = {name: pd.read_parquet(out / f"{name}.parquet") for name in TABLES}
    for name in TABLES:
        pd.testing.assert_frame_equal(outs[True][name], outs[False][name], obj=name)
    docs = outs[True]["documents"]
    first = docs[docs.source_path == "00-first.txt"]
    assert len(first) == 1 and list(first.source_paths.iloc[0]) == ["00-first.txt", "99-last.txt"]
    assert set(outs[True]["errors"].source_path) == {"05-empty.txt", "50-binary.txt"}


def test_the_corpus_generator_moves_places_but_leaves_the_motto_alone():
    # the motto ends its line like "XÃ DƯƠNG QUANG" does: it is no commune to rename
    vary = _corpus_module().vary
    text = ("ỦY BAN NHÂN DÂN                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "XÃ DƯƠNG QUANG\n"
            "Dương Quang, ngày 13 tháng 01 năm 2025\n"
            "Ủy ban nhân dân xã Dương Quang ban hành Kế hoạch.\n")
    for i in range(5):
        out = vary(text, i)
        assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in out
        assert "XÃ DƯƠNG QUANG" not in out


def test_the_corpus_generator_leaves_out_plans_in_legacy_code_pages(tmp_path):
    mod = _corpus_module()
    (tmp_path / "a.txt").write_text("ỦY BAN NHÂN DÂN\nXÃ TÂN LẬP\n", encoding="utf-8")
    (tmp_path / "b.html").write_bytes(b"<p>UBND x\xe3 T\xe2n L\xe2p</p>")  # windows-1258: not UTF-8
    assert [p.name for p in mod.templates([tmp_path])] == ["a.txt"]
    assert len(mod.make_corpus(tmp_path / "out", 3, sources=[tmp_path])) == 3


def test_one_folder_given_as_a_string_is_that_folder_not_its_characters(tmp_path, corpus):
    # a notebook writes run_batch("data/raw", "out"): iterating the string would walk "/" itself
    src = first_plans(corpus, tmp_path / "in", 2)
    result = run_batch(str(src), tmp_path / "out", workers=1, executor="inline")
    assert result.inputs == 2
    again = run_batch(src, tmp_path / "out2", workers=1, executor="inline")
    assert again.inputs == 2
    docs = pd.read_parquet(tmp_path / "out" / "documents.parquet")
    assert sorted(Path(p).name for p in docs["source_path"]) == sorted(p.name for p in src.iterdir())


def test_warmup_loads_the_tables_a_worker_would_otherwise_build_on_first_use():
    # the fork server imports pipeline.warmup: the two-level list, the fuzzy unit targets and the
    # law-name patterns must be built there (through each module's public preload), not in every worker
    code = ("import pipeline.warmup\n"
            "from extractors import admin, units, references\n"
            "print(admin._current_province_keys.cache_info().currsize, admin._merged_from.cache_info().currsize,\n"
            "      units._fuzzy_targets.cache_info().currsize, references._name_table.cache_info().currsize)\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["1", "1", "1", "2"]


# --- writer.write_atomic: the tables, the manifest and the audit's Parquet files are written through it
def test_fold_write_atomic_replaces_whole_or_leaves_the_old_file(tmp_path):
    from pipeline.writer import write_atomic

    path = tmp_path / "sub" / "findings.parquet"
    write_atomic(path, lambda tmp: Path(tmp).write_text("cũ", encoding="utf-8"))
    assert path.read_text(encoding="utf-8") == "cũ"

    def fails(tmp):
        Path(tmp).write_text("nửa", encoding="utf-8")
        raise OSError("disk full")

    with pytest.raises(OSError):
        write_atomic(path, fails)
    assert path.read_text(encoding="utf-8") == "cũ"
    assert [p.name for p in path.parent.iterdir()] == ["findings.parquet"]   # no temporary file left


def test_h2_chunks_write_the_rows_they_were_made_from(tmp_path):
    # text travels as UTF-8 bytes (pickled until the flush) and must come out as the same strings:
    # None values, None inside a unit list, empty lists, non-Latin text, a lone surrogate ('?')
    import datetime as dt

    import pyarrow as pa
    import pyarrow.parquet as pq

    names = TABLES["tasks"].names
    base = dict.fromkeys(names)
    rows = [
        {**base, "doc_id": "a1", "task_id": 0, "text": "Tổ chức Hội nghị tổng kết công tác năm 2025",
         "lead_units": ["Sở Nội vụ", "UBND các huyện, thị xã"], "support_units": [],
         "deadline": dt.date(2025, 12, 31), "quarter": 4},
        {**base, "doc_id": "a1", "task_id": 1, "text": None, "lead_units": ["Phòng Tư pháp", None],
         "support_units": None, "label": "2.a"},
        {**base, "doc_id": "a1", "task_id": 2, "text": "Kiểm tra \udcff định kỳ", "lead_units": []},
    ]
    tuples = [writer.row_tuple("tasks", r) for r in rows]
    sink = writer.TableSink(tmp_path, "tasks", False)
    sink.add(writer.pack(writer.to_chunk("tasks", tuples[:1])))
    sink.add(writer.pack(writer.to_chunk("tasks", tuples[1:])))
    assert sink.close() == 3
    got = pq.read_table(tmp_path / "tasks.parquet")
    rows[2]["text"] = "Kiểm tra ? định kỳ"
    assert got.schema.equals(TABLES["tasks"])
    assert got.equals(pa.Table.from_pylist(rows, schema=TABLES["tasks"]))


def test_h2_a_patched_one_row_chunk_replaces_only_the_columns_given(tmp_path):
    import pyarrow.parquet as pq

    names = TABLES["documents"].names
    row = dict.fromkeys(names)
    row.update(doc_id="b2", source_path="x.txt", text="KẾ HOẠCH\nPhòng, chống thiên tai năm 2026",
               title="Phòng, chống thiên tai năm 2026", plan_year=2026, source_paths=["x.txt"], n_tasks=0)
    n, cols, _ = writer.pack(writer.to_chunk("documents", [writer.row_tuple("documents", row)]))
    i, j = names.index("source_path"), names.index("source_paths")
    sink = writer.TableSink(tmp_path, "documents", False)
    sink.add((n, cols, {i: ["Cà Mau/kh-12.txt".encode()], j: [[b"a.txt", "Cà Mau/kh-12.txt".encode()]]}))
    sink.close()
    got = pq.read_table(tmp_path / "documents.parquet").to_pylist()[0]
    assert got["source_path"] == "Cà Mau/kh-12.txt" and got["source_paths"] == ["a.txt", "Cà Mau/kh-12.txt"]
    assert got["text"] == row["text"] and got["plan_year"] == 2026 and got["title"] == row["title"]


def test_h2_ready_fds_sees_data_and_hang_ups_but_never_an_empty_pipe():
    from pipeline.executors import ready_fds

    r, w = os.pipe()
    try:
        assert ready_fds([r], 0) == set()
        os.write(w, b"x")
        assert ready_fds([r], 0.5) == {r}
        os.read(r, 1)
        assert ready_fds([r], 0) == set()
        os.close(w)
        w = None
        assert ready_fds([r], 0.5) == {r}  # the writer is gone: a read would say EOF
    finally:
        os.close(r)
        if w is not None:
            os.close(w)
