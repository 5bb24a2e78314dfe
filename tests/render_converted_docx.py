"""Render a plan's text into the Word files that PDF-to-Word converters make (ABBYY FineReader, Adobe
"Export to Word", online converters), as plans are often posted on Vietnamese portals.

    render_pdf_lines(md, out)     a "line-per-paragraph" conversion: every printed line of the PDF is
                                  its own paragraph (every third paragraph: lines joined by manual
                                  breaks, w:br); the header's two columns in anchored text boxes
                                  (the motto's box first in the XML, placed right), the signer and
                                  Nơi nhận in frames (w:framePr, the signer's first, placed right);
                                  each page a section, its first paragraph the page number
                                  (w:lastRenderedPageBreak) and a running title; the task table a
                                  real table whose cells hold one paragraph per printed line, cut
                                  in two tables at a page break that splits one row: its second
                                  half continues the cells with an empty STT.
    render_layout(md, out)        a "layout-preserving" conversion: body paragraphs kept whole, the
                                  header and the signer beside Nơi nhận in tab-aligned paragraphs
                                  ("Nơi nhận:\\t\\tKT. CHỦ TỊCH"; a recipient with nothing beside
                                  it has no tab), Roman headings with a space before
                                  the point and the commas ("I . MỤC ĐÍCH , YÊU CẦU"), the type name
                                  set in character-spaced runs, one letter a run (w:spacing), soft
                                  hyphens and no-break spaces left in the text.

The source is the plan's Markdown (tests/composed_sources): header lines before "KẾ HOẠCH" (the
issuer's lines up to "Số:", then the motto's), a pipe table for a task table, "Nơi nhận:" and its
list, then the signer's lines.
"""
from __future__ import annotations

import re
import textwrap
from pathlib import Path
from xml.sax.saxutils import escape

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
      'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
      'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
      'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
      'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
      'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
      'xmlns:v="urn:schemas-microsoft-com:vml" mc:Ignorable="wps"')
SECT = ('<w:sectPr><w:type w:val="nextPage"/><w:pgSz w:w="11906" w:h="16838"/>'
        '<w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1701" w:header="0" w:footer="0" w:gutter="0"/>'
        '</w:sectPr>')
LINE = 88   # characters of a printed line of body text (A4, Times New Roman 14)


def _t(text: str) -> str:
    return f'<w:t xml:space="preserve">{escape(text)}</w:t>'


def _run(text: str, bold: bool = False, extra: str = "") -> str:
    rpr = ("<w:b/>" if bold else "") + extra
    return f'<w:r>{f"<w:rPr>{rpr}</w:rPr>" if rpr else ""}{_t(text)}</w:r>'


def _p(runs: str, ppr: str = "") -> str:
    return f'<w:p>{f"<w:pPr>{ppr}</w:pPr>" if ppr else ""}{runs}</w:p>'


def _parse(md: str) -> tuple[list[str], list[str], list[str], list[str], list[str]]:
    """(issuer lines, motto lines, body lines, Nơi nhận lines, signer lines) of the source."""
    lines = [ln.rstrip() for ln in md.splitlines()]
    k = next(i for i, ln in enumerate(lines) if ln.strip() == "KẾ HOẠCH")
    head = [ln for ln in lines[:k] if ln.strip()]
    s = next(i for i, ln in enumerate(head) if ln.startswith("Số:"))
    issuer, motto = head[:s + 1], head[s + 1:]
    r = next(i for i, ln in enumerate(lines) if ln.startswith("Nơi nhận"))
    body = lines[k:r]
    tail = [ln for ln in lines[r:] if ln.strip()]
    m = next(i for i, ln in enumerate(tail) if re.match(r"^(?:TM|KT|TL)\.", ln))
    return issuer, motto, body, tail[:m], tail[m:]


def _blocks(body: list[str]):
    """("para", text) / ("table", rows) in order."""
    out, i = [], 0
    while i < len(body):
        ln = body[i]
        if ln.startswith("|"):
            rows = []
            while i < len(body) and body[i].startswith("|"):
                if not re.match(r"^\|[-|\s]+\|$", body[i]):
                    rows.append([c.strip() for c in body[i].strip().strip("|").split("|")])
                i += 1
            out.append(("table", rows))
            continue
        if ln.strip():
            out.append(("para", ln.strip()))
        i += 1
    return out


def _bold(text: str) -> bool:
    return text == "KẾ HOẠCH" or bool(re.match(r"^[IVX]+\.\s", text)) or (len(text) < 60 and re.match(r"^\d\.\s", text)
                                                                          and not text.endswith("."))


# ---------------------------------------------------------------- line per paragraph (ABBYY)


def _textbox(lines: list[str], x_emu: int, name: str) -> str:
    paras = "".join(_p(_run(t, bold=i < 2), '<w:jc w:val="center"/>') for i, t in enumerate(lines))
    anchor = (f'<wp:anchor distT="0" distB="0" distL="0" distR="0" simplePos="0" relativeHeight="1" behindDoc="0" '
              f'locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>'
              f'<wp:positionH relativeFrom="page"><wp:posOffset>{x_emu}</wp:posOffset></wp:positionH>'
              f'<wp:positionV relativeFrom="page"><wp:posOffset>540000</wp:posOffset></wp:positionV>'
              f'<wp:extent cx="3000000" cy="900000"/><wp:wrapNone/><wp:docPr id="{x_emu % 97 + 1}" name="{name}"/>'
              f'<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
              f'<wps:wsp><wps:txbx><w:txbxContent>{paras}</w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp>'
              f'</a:graphicData></a:graphic></wp:anchor>')
    fallback = f'<w:pict><v:shape><v:textbox><w:txbxContent>{paras}</w:txbxContent></v:textbox></v:shape></w:pict>'
    return (f'<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>{anchor}</w:drawing></mc:Choice>'
            f'<mc:Fallback>{fallback}</mc:Fallback></mc:AlternateContent></w:r>')


def _frame(lines: list[str], x: int, y: int, bold_first: int = 0, jc: str = "left") -> list[str]:
    fp = f'<w:framePr w:w="4500" w:hSpace="180" w:wrap="around" w:vAnchor="page" w:hAnchor="page" w:x="{x}" w:y="{y}"/>'
    return [_p(_run(t, bold=i < bold_first), fp + f'<w:jc w:val="{jc}"/>') for i, t in enumerate(lines)]


def _wrap(text: str, width: int) -> list[str]:
    return textwrap.wrap(text, width, break_long_words=False, break_on_hyphens=False) or [""]


def _cell(lines: list[str], width_twips: int, bold: bool = False) -> str:
    paras = "".join(_p(_run(t, bold)) for t in lines) or _p("")
    borders = "".join(f'<w:{s} w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
                      for s in ("top", "left", "bottom", "right"))
    return f'<w:tc><w:tcPr><w:tcW w:w="{width_twips}" w:type="dxa"/><w:tcBorders>{borders}</w:tcBorders></w:tcPr>{paras}</w:tc>'


COLS = [(4, 700), (34, 3600), (16, 1700), (16, 1700), (12, 1370)]  # (characters a printed line, twips)


def _table(rows: list[list[list[str]]], header: list[str] | None) -> str:
    grid = "".join(f'<w:gridCol w:w="{tw}"/>' for _, tw in COLS)
    out = [f'<w:tbl><w:tblPr><w:tblW w:w="9070" w:type="dxa"/></w:tblPr><w:tblGrid>{grid}</w:tblGrid>']
    if header:
        out.append("<w:tr>" + "".join(_cell(_wrap(h, COLS[j][0]), COLS[j][1], True) for j, h in enumerate(header))
                   + "</w:tr>")
    for row in rows:
        out.append("<w:tr>" + "".join(_cell(c, COLS[j][1]) for j, c in enumerate(row)) + "</w:tr>")
    out.append("</w:tbl>")
    return "".join(out)


def render_pdf_lines(md: str, out_path: Path | str, *, breaks: tuple[str, ...] = (), running: str = "",
                     split_row: str = "", split_at: int = 2) -> Path:
    """The line-per-paragraph conversion. `breaks`: texts after whose printed line a page ends
    (a prose line's last words); `split_row`: the STT of the table row the page break cuts after
    its `split_at`-th printed line; `running`: the running title printed under each page number."""
    issuer, motto, body, recipients, signer = _parse(md)
    parts: list[str] = [_p(_textbox(motto, 3400000, "Motto") + _textbox(issuer, 400000, "Issuer"))]
    page = [1]

    def page_break(paras: list[str]) -> None:
        # the page's last paragraph closes its section; the next page opens with its number
        last = paras[-1]
        paras[-1] = last.replace("<w:p>", f"<w:p><w:pPr>{SECT}</w:pPr>", 1) if "<w:pPr>" not in last else \
            last.replace("<w:pPr>", f"<w:pPr>{SECT}", 1)
        page[0] += 1
        paras.append(f'<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:lastRenderedPageBreak/>{_t(str(page[0]))}</w:r></w:p>')
        if running:
            paras.append(_p(_run(running, extra="<w:i/><w:sz w:val=\"20\"/>"), '<w:jc w:val="right"/>'))

    n_para = 0
    for kind, item in _blocks(body):
        if kind == "table":
            header, rows = item[0], item[1:]
            cur: list[list[list[str]]] = []
            first = True
            for row in rows:
                cells = [_wrap(c, COLS[j][0]) if c else [] for j, c in enumerate(row)]
                if row[0] == split_row:
                    cur.append([c[:split_at] for c in cells])
                    parts.append(_table(cur, header if first else None))
                    page_break(parts)
                    first = False
                    cur = [[[] if j == 0 else c[split_at:] for j, c in enumerate(cells)]]
                    continue
                cur.append(cells)
            parts.append(_table(cur, header if first else None))
            continue
        text = item
        bold = _bold(text)
        if bold or len(text) <= LINE:
            parts.append(_p(_run(text, bold), '<w:jc w:val="center"/>' if text == text.upper() and not re.match(
                r"^[IVX]+\.", text) else ""))
            if text == "KẾ HOẠCH":
                continue
            for b in breaks:
                if text.endswith(b):
                    page_break(parts)
            continue
        n_para += 1
        lines = _wrap(text, LINE)
        if n_para % 3 == 0:   # lines joined by manual breaks in one paragraph
            runs = "".join((_run(t) if i == 0 else f"<w:r><w:br/>{_t(t)}</w:r>") for i, t in enumerate(lines))
            parts.append(_p(runs, '<w:ind w:firstLine="567"/>'))
            continue
        for i, t in enumerate(lines):
            parts.append(_p(_run(t), '<w:ind w:firstLine="567"/>' if i == 0 else ""))
            if any(b in t for b in breaks):
                page_break(parts)
    # the closing: the signer's frame first in the XML, placed right; Nơi nhận's left, level with it
    parts.extend(_frame(signer[:2] + ["", ""] + signer[2:], 6300, 9000, bold_first=2, jc="center"))
    parts.extend(_frame(recipients, 1700, 9000, bold_first=1))
    _write(parts, out_path)
    return Path(out_path)


# ---------------------------------------------------------------- layout-preserving (Adobe)


def _tabbed(left: str, right: str, bold: bool = False) -> str:
    runs = (_run(left, bold) if left else "") + "<w:r><w:tab/></w:r><w:r><w:tab/></w:r>" + (_run(right, bold) if right else "")
    return _p(runs, '<w:tabs><w:tab w:val="left" w:pos="4700"/><w:tab w:val="center" w:pos="6800"/></w:tabs>')


def _spaced_out(text: str) -> str:
    return "".join(_run(c, True, '<w:spacing w:val="40"/>') for c in text)


def _odd_spacing(text: str) -> str:
    """A converter's heading: a space before the point after the Roman number and before commas."""
    m = re.match(r"^([IVX]+)\.\s+(.*)$", text)
    return f"{m[1]} . {m[2].replace(', ', ' , ')}" if m else text


def render_layout(md: str, out_path: Path | str) -> Path:
    issuer, motto, body, recipients, signer = _parse(md)
    parts: list[str] = []
    n = max(len(issuer), len(motto))
    for i in range(n):
        left = issuer[i] if i < len(issuer) else ""
        right = motto[i] if i < len(motto) else ""
        parts.append(_tabbed(left.replace("Số: ", "Số:\u00a0"), right, bold=i < 2))
    for kind, item in _blocks(body):
        text = item if kind == "para" else ""
        if text == "KẾ HOẠCH":
            parts.append(_p(_spaced_out(text), '<w:jc w:val="center"/>'))
            continue
        if re.match(r"^[IVX]+\.\s", text):
            parts.append(_p(_run(_odd_spacing(text), True)))
            continue
        # the converter's leftovers: no-break spaces in dates and numbers, soft hyphens in long words
        text = re.sub(r"(ngày|tháng|năm|số) (\d)", "\\1\u00a0\\2", text)
        text = text.replace("thường xuyên", "thường xu\u00adyên").replace("Giáo dục", "Giáo\u00a0dục")
        parts.append(_p(_run(text, _bold(text)), '<w:ind w:firstLine="567"/><w:jc w:val="both"/>'))
    sig = signer[:2] + ["", "", ""] + signer[2:]
    for i in range(max(len(recipients), len(sig))):
        left = recipients[i] if i < len(recipients) else ""
        right = sig[i] if i < len(sig) else ""
        # (a recipient with nothing beside it gets no tab)
        parts.append(_tabbed(left, right, bold=False) if right else _p(_run(left)))
    _write(parts, out_path)
    return Path(out_path)


def _write(parts: list[str], out_path: Path | str) -> None:
    import docx  # python-docx: a package with styles, numbering and settings
    from docx.oxml import parse_xml

    document = docx.Document()
    body = document.element.body
    sect = body.find("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}sectPr")
    for el in list(body):
        if el is not sect:
            body.remove(el)
    for xml in parts:
        el = parse_xml(xml.replace("<w:p>", f"<w:p {NS}>", 1).replace("<w:tbl>", f"<w:tbl {NS}>", 1)
                       if xml.startswith(("<w:p>", "<w:tbl>")) else xml.replace("<w:p ", f"<w:p {NS} ", 1))
        sect.addprevious(el)
    document.save(str(out_path))


SOURCES = Path(__file__).resolve().parent / "composed_sources"
RAW = Path(__file__).resolve().parents[1] / "data" / "raw"


def main() -> None:
    stem = "cam-thuy-cam-binh-dich-benh-truyen-nhiem-2025"
    render_pdf_lines((SOURCES / f"{stem}.md").read_text(encoding="utf-8"), RAW / f"{stem}.docx",
                     breaks=("không để dịch lớn", "Trên đây là Kế hoạch phòng, chống dịch bệnh truyền"),
                     running="UBND xã Cẩm Bình - Kế hoạch phòng, chống dịch bệnh truyền nhiễm năm 2025",
                     split_row="4", split_at=2)
    stem = "duc-hoa-pho-cap-giao-duc-xoa-mu-chu-2025"
    render_layout((SOURCES / f"{stem}.md").read_text(encoding="utf-8"), RAW / f"{stem}.docx")


if __name__ == "__main__":
    main()
