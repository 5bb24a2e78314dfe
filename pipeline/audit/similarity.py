"""Task similarity: does a child plan's task carry out a parent plan's task?

Texts are word-segmented with `underthesea.word_tokenize` ("thi đua", "khen thưởng", "điển hình"
stay one token each), after expanding the abbreviations plans use (TĐKT, UBND, GD&ĐT …) and with
tone placement normalized (hoà/hòa). Each text becomes a TF-IDF vector over those tokens; the
score of a pair is their cosine, set to zero when both texts name years and share none ("tổng kết
năm 2024" is not "tổng kết năm 2025"). IDF comes from a background of task texts — the labelled
pairs plus the tasks being compared — so words every task carries ("công tác", "thi đua") weigh
little and the distinctive ones ("sơ kết", "bồi dưỡng", "kháng chiến") decide.

The threshold is calibrated on the labelled pairs of `pipeline/rules/task_pairs.yaml`:

    .venv/bin/python -m pipeline.audit.similarity        # prints the best threshold and its scores
"""
from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Sequence

from extractors.levels import LEVELS_BOTTOM_UP

RULES_DIR = Path(__file__).resolve().parent.parent / "rules"
PAIRS_PATH = RULES_DIR / "task_pairs.yaml"

# Abbreviations expanded before segmenting (matched as whole words, case-sensitive).
DEFAULT_ABBREVIATIONS = {
    "HĐTĐKT": "Hội đồng thi đua khen thưởng", "HĐ TĐKT": "Hội đồng thi đua khen thưởng",
    "TĐKT": "thi đua khen thưởng", "TĐ-KT": "thi đua khen thưởng", "GD&ĐT": "giáo dục và đào tạo", "GD và ĐT": "giáo dục và đào tạo",
    "KT-XH": "kinh tế xã hội", "MTTQ": "Mặt trận Tổ quốc", "VH&TT": "văn hóa và thông tin",
}
# Function words, and the generic names of who does a task (a task is matched on what is done,
# not by whom: "tại các cơ quan, đơn vị và UBND các xã" vs "tại các thôn").
DEFAULT_STOPWORDS = (
    "và", "của", "các", "cho", "với", "về", "tại", "trong", "theo", "trên", "đối với", "những",
    "được", "để", "đã", "là", "có", "này", "đó", "từ", "đến", "khi", "thì", "mà", "nhằm", "bảo đảm",
    "đảm bảo", "kịp thời", "tốt", "hiệu quả", "tiếp tục", "thực hiện", "năm",
    *LEVELS_BOTTOM_UP, "cấp", "ubnd", "ủy ban nhân dân",
    "uỷ ban nhân dân", "ủy", "ban nhân dân", "hđnd", "cơ quan", "đơn vị", "địa phương", "thôn", "bản",
    "tổ dân phố", "ban", "ngành", "đoàn thể", "cá nhân", "tập thể",
)
YEAR = re.compile(r"^(?:19|20)\d\d$")
_WORD = re.compile(r"\w", re.UNICODE)


@dataclass(frozen=True)
class Calibration:
    threshold: float
    f1: float
    precision: float
    recall: float
    accuracy: float
    pairs: int


def _tone(text: str) -> str:
    try:
        from extractors.references import normalize_tone_marks  # noqa: PLC0415
    except Exception:  # pragma: no cover - extractors always ship with the pipeline
        return text
    return normalize_tone_marks(text)


@lru_cache(maxsize=1)
def _segment():
    from underthesea import word_tokenize  # noqa: PLC0415 - heavy import, only when comparing

    return word_tokenize


class TaskSimilarity:
    """TF-IDF cosine over word-segmented Vietnamese, with a year-conflict rule."""

    def __init__(self, background: Iterable[str] = (), *, abbreviations: dict[str, str] | None = None,
                 stopwords: Sequence[str] | None = None, year_conflict_factor: float = 0.0) -> None:
        self.abbreviations = dict(DEFAULT_ABBREVIATIONS if abbreviations is None else abbreviations)
        self.stopwords = frozenset(_tone(w.lower()) for w in (DEFAULT_STOPWORDS if stopwords is None else stopwords))
        self.year_conflict_factor = float(year_conflict_factor)
        self._abbr = (re.compile("|".join(rf"(?<!\w){re.escape(k)}(?!\w)"
                                          for k in sorted(self.abbreviations, key=len, reverse=True)))
                      if self.abbreviations else None)
        self._cache: dict[str, tuple[str, ...]] = {}
        self.df: Counter[str] = Counter()
        self.n_docs = 0
        self.add_background(background)

    # ------------------------------------------------------------------ tokens
    def tokens(self, text: str) -> tuple[str, ...]:
        if text in self._cache:
            return self._cache[text]
        s = unicodedata.normalize("NFC", text or "")
        if self._abbr is not None:
            s = self._abbr.sub(lambda m: f" {self.abbreviations[m.group(0)]} ", s)
        out = []
        for tok in _segment()(s):
            t = _tone(" ".join(tok.lower().split()))
            if not _WORD.search(t) or t in self.stopwords:
                continue
            if t.isdigit():
                t = t.lstrip("0") or "0"
            out.append(t)
        self._cache[text] = tuple(out)
        return self._cache[text]

    def add_background(self, texts: Iterable[str]) -> None:
        for text in texts:
            self.df.update(set(self.tokens(text)))
            self.n_docs += 1

    def idf(self, token: str) -> float:
        return math.log((self.n_docs + 1) / (self.df.get(token, 0) + 1)) + 1.0

    def vector(self, text: str) -> dict[str, float]:
        tf = Counter(self.tokens(text))
        vec = {t: (1 + math.log(c)) * self.idf(t) for t, c in tf.items()}
        norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
        return {t: v / norm for t, v in vec.items()}

    # ------------------------------------------------------------------ score
    def score(self, a: str, b: str) -> float:
        va, vb = self.vector(a), self.vector(b)
        if len(va) > len(vb):
            va, vb = vb, va
        cos = sum(v * vb.get(t, 0.0) for t, v in va.items())
        ya = {t for t in self.tokens(a) if YEAR.match(t)}
        yb = {t for t in self.tokens(b) if YEAR.match(t)}
        if ya and yb and not ya & yb:
            cos *= self.year_conflict_factor
        return round(cos, 6)

    def best_match(self, text: str, candidates: Sequence[str]) -> tuple[int | None, float]:
        """Index and score of the candidate most similar to `text` (None when no candidates)."""
        best, best_score = None, -1.0
        for i, c in enumerate(candidates):
            s = self.score(text, c)
            if s > best_score:
                best, best_score = i, s
        return best, max(best_score, 0.0)


# ---------------------------------------------------------------------- labelled pairs
def load_pairs(path: str | Path = PAIRS_PATH) -> list[tuple[str, str, bool]]:
    import yaml  # noqa: PLC0415

    data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    return [(p["cap_tren"], p["cap_duoi"], bool(p["tuong_ung"])) for p in data["pairs"]]


def pair_scores(pairs: Sequence[tuple[str, str, bool]], **kwargs) -> list[tuple[float, bool]]:
    sim = TaskSimilarity([t for a, b, _ in pairs for t in (a, b)], **kwargs)
    return [(sim.score(a, b), label) for a, b, label in pairs]


def evaluate(scored: Sequence[tuple[float, bool]], threshold: float) -> Calibration:
    tp = sum(1 for s, y in scored if s >= threshold and y)
    fp = sum(1 for s, y in scored if s >= threshold and not y)
    fn = sum(1 for s, y in scored if s < threshold and y)
    tn = len(scored) - tp - fp - fn
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return Calibration(threshold, round(f1, 4), round(p, 4), round(r, 4),
                       round((tp + tn) / len(scored), 4) if scored else 0.0, len(scored))


def calibrate(pairs: Sequence[tuple[str, str, bool]] | None = None, **kwargs) -> Calibration:
    """The threshold with the best F1 on the labelled pairs (ties: best accuracy, then the middle
    of the widest gap between scores), rounded to two decimals."""
    scored = pair_scores(pairs if pairs is not None else load_pairs(), **kwargs)
    values = sorted({s for s, _ in scored})
    cuts = [(a + b) / 2 for a, b in zip(values, values[1:])] or values
    best = None
    for cut in cuts:
        c = evaluate(scored, cut)
        key = (c.f1, c.accuracy)
        if best is None or key > best[0]:
            best = (key, [cut])
        elif key == best[0]:
            best[1].append(cut)
    mid = round((min(best[1]) + max(best[1])) / 2, 2)
    return evaluate(scored, mid)


def main() -> None:  # pragma: no cover - a maintenance command
    pairs = load_pairs()
    scored = pair_scores(pairs)
    cal = calibrate(pairs)
    print(f"{cal.pairs} cặp; ngưỡng tốt nhất {cal.threshold:.2f}: F1 {cal.f1:.3f}, "
          f"precision {cal.precision:.3f}, recall {cal.recall:.3f}, accuracy {cal.accuracy:.3f}")
    for (a, b, y), (s, _) in sorted(zip(pairs, scored), key=lambda x: x[1][0]):
        mark = "ĐÚNG" if (s >= cal.threshold) == y else "SAI "
        print(f"{mark} {s:.3f} {'+' if y else '-'} {a[:60]!r} ~ {b[:60]!r}")


if __name__ == "__main__":  # pragma: no cover
    main()
