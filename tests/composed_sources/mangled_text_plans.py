"""Make the composed plans that come as a plain-text file someone opened in the wrong encoding and
saved again, from their clean twins here.

    phu-giao-phuoc-vinh-thang-hanh-dong-nguoi-cao-tuoi-2024   a 2024 township plan in UTF-8, hard-wrapped
                                                              at 80 columns, read as Windows-1252 by a
                                                              tool that put U+FFFD for the five bytes
                                                              that code page leaves undefined ("Má»�i"),
                                                              trimmed each line's trailing whitespace (the
                                                              no-break space that is the last byte of a
                                                              line-ending "và" with it) and saved as UTF-8

    python tests/composed_sources/mangled_text_plans.py [OUT_DIR]   (default data/raw)
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]

PLANS = ["phu-giao-phuoc-vinh-thang-hanh-dong-nguoi-cao-tuoi-2024"]


def utf8_read_as_cp1252(text: str) -> str:
    """The text as such a tool saves it: each UTF-8 byte its Windows-1252 character, lines rstripped."""
    mangled = text.encode("utf-8").decode("cp1252", errors="replace")
    return "\n".join(line.rstrip() for line in mangled.split("\n"))


def main(out: Path) -> None:
    for stem in PLANS:
        text = (HERE / f"{stem}.txt").read_text(encoding="utf-8")
        path = out / f"{stem}.txt"
        path.write_text(utf8_read_as_cp1252(text), encoding="utf-8")
        print(path)


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "data" / "raw")
