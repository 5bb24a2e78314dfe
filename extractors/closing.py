"""The closing of an administrative document: the signer block and the Nơi nhận list.

    extract_signer(doc)     -> ("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Vũ Quang Sáng")
    extract_recipients(doc) -> [Recipient(0, "UBND thị xã"), …, Recipient(6, "Lưu: VP")]

The closing sits after the body: from "Nơi nhận:" (or the last "./.") to the first appendix.
Converters lay its two columns out in any order — Nơi nhận then the signer block, one line
each, or row by row so that "- Lưu: VT. CHỦ TỊCH" holds both columns, or one table row with a
cell per column — so the signer is read as a stream of tokens (authority "TM."/"KT."/…, title,
name) wherever they fall, and the recipients as the bulleted items with those tokens cut out.
Pure: no I/O.
"""
from __future__ import annotations

import bisect
import re
import unicodedata
from difflib import SequenceMatcher

from extractors.admin import FOLD_TABLE, fold_cached, fold_nfc, is_nfc_text
from extractors.levels import alternation as _level_alternation
from models.records import Recipient
from pipeline.document import VI_UPPER, Document
from pipeline.memo import memo

__all__ = ["extract_signer", "extract_recipients", "recipients_caption_end", "is_title_line", "ends_closing"]

# =============================================================================================
# Patterns. (folded) = run on `_f(text)`: lower case, no diacritics, one char for one char.
# =============================================================================================
# "Nơi nhận:" (folded), OCR-tolerant; some offices print "Nơi gửi:" over the same list.
NOI_NHAN = re.compile(r"(?<![a-z])n[o0][il1] (?:nh[a4]n|(?P<sent>gui))\s*[:;.]?\s*")


def recipients_caption_end(t: str) -> int | None:
    """Where the list starts when the line opens with "Nơi nhận" as a caption (not "Nơi nhận hồ
    sơ: …" in a task): a colon, the end of the line, a bullet or a capital must follow."""
    lead = len(t) - len(t.lstrip(" *-"))
    if unicodedata.is_normalized("NFC", t) and t[lead:lead + 1].translate(FOLD_TABLE) != "n":
        return None  # _f(t) is then t folded char for char, and the caption must open with "n"
    m = NOI_NHAN.match(_f(t), lead)
    if m is None:
        return None
    nxt = t[m.end():m.end() + 1]
    if m.group("sent"):
        # "Nơi gửi" is also a task's field ("- Nơi gửi: Phòng Nội vụ huyện"): the caption is no
        # bullet, has its colon and is followed by nothing, the list's first bullet or the signer's capitals
        rest = t[m.end():].strip()
        if "-" in t[:lead] or ":" not in t[m.start():m.end()] or not (not rest or rest[0] in "-–•+*" or is_caps(rest)):
            return None
        return m.end()
    if ":" in t[m.start():m.end()] or not nxt or nxt in "-–•+*" or nxt.isupper():
        return m.end()
    return None


def _sent_caption(t: str) -> bool:
    """Is the caption that recipients_caption_end found opening t "Nơi gửi" rather than "Nơi nhận"?"""
    m = NOI_NHAN.search(_f(t))
    return m is not None and m.group("sent") is not None


# Where the closing ends (folded, at line start): an appendix or another document.
CLOSING_END = re.compile(r"^(?:phu luc|\(?\s*(?:ban hanh )?kem theo|bieu mau|mau so|danh sach|ke hoach$"
                         r"|quy che$|quy dinh$|huong dan$)")
# A note that the plan has appendices, printed by the recipients or over the signer ("(Kèm theo Phụ
# lục)", "(Kèm theo 02 phụ lục)", "Kèm theo các biểu mẫu"): it names what is attached, not the plan
# an appendix belongs to ("(Kèm theo Kế hoạch số 14/KH-UBND …)", an appendix's caption), and the
# closing goes on after it (folded).
ATTACHED_NOTE = re.compile(r"^\(?\s*(?:kem theo\s+(?:(?:cac|\d{1,2})\s+)?(?:phu luc|bieu mau|danh sach|ban do)\b[^()/:]{0,30}"
                           r"|co\s+(?:(?:cac|\d{1,2})\s+)?(?:phu luc|bieu mau)\b[^()/:]{0,20}\skem theo)\)?\s*[.;]?$")


def _attached_note(f: str) -> bool:
    """Is the folded line a note of the appendices attached (ATTACHED_NOTE)?"""
    return (f.startswith(("(", "kem", "co ")) and ATTACHED_NOTE.match(f) is not None
            and "ke hoach" not in f and "quyet dinh" not in f)


def _closing_end(f: str) -> bool:
    """Does the folded line end the closing (CLOSING_END, but a note of the appendices attached)?"""
    return CLOSING_END.match(f) is not None and not _attached_note(f)


def ends_closing(line: str) -> bool:
    """Does the line open what follows a document's closing: an appendix, a form, another document?"""
    return _closing_end(_f(line.strip(" *#")))


# A preamble's sentence (folded, at line start): what comes before a document's body, never in its closing
PREAMBLE_SENTENCE = re.compile(r"^(?:can cu|xet de nghi|theo de nghi)(?![a-z])")
BODY_END = re.compile(r"\./\.\s*$|\./\.(?=\s)")
# Authority before the signer's title: TM. (thay mặt), KT. (ký thay), TL. (thừa lệnh),
# TUQ. (thừa ủy quyền), Q. (quyền), in their printed variants (case-sensitive, original text); a
# slash may stand for the dot ("TM/ĐẢNG ỦY", "KT/ CHỦ TỊCH"), not after Q ("Q/…" is no authority).
AUTHORITY = re.compile(
    r"(?<![A-Za-zÀ-ỹĐđ/.])(?P<mk>T\s*/\s*M|T\.\s*M|TM|K\s*/\s*T|K\.\s*T|KT|T\s*/\s*L|TL|T\.\s*U\.\s*Q|TUQ|Q)"
    r"(?:\s*[.:]\s*|(?<!Q)\s*/\s*|\s+)(?=[" + VI_UPPER + "])")
MARKER_NORMAL = {"tm": "TM.", "kt": "KT.", "tl": "TL.", "tuq": "TUQ.", "q": "Q."}
# Titles of signers (folded), longest first; "phó" may lead any of them, and so may "quyền" spelled
# out ("QUYỀN CHỦ TỊCH", "QUYỀN GIÁM ĐỐC"): the acting head's title, which "Q." abbreviates.
TITLE_WORDS = (r"tong giam doc|giam doc|tong cuc truong|chi cuc truong|cuc truong|vien truong|chanh van phong|chanh thanh tra"
               r"|chanh an|chanh ve phong|hieu truong|truong ban|truong phong|truong khoa|truong tram|to truong"
               r"|ke toan truong"
               r"|chi huy truong|bo truong|thu truong"
               # a head named by the unit before "trưởng" ("ĐỘI TRƯỞNG", "ĐỒN TRƯỞNG", "TRẠM TRƯỞNG",
               # "HẠT TRƯỞNG" of a forest ranger station): one title, not "TRƯỞNG" after a stray word
               r"|doi truong|don truong|tram truong|hat truong"
               # a ministry's department head ("TL. BỘ TRƯỞNG / VỤ TRƯỞNG VỤ …"), an army command's
               # ("TƯ LỆNH", not the command itself, "BỘ TƯ LỆNH"), its political commissar, an editor
               r"|vu truong|(?<!bo )tu lenh|chinh uy|tong bien tap"
               # the Pioneer leader who signs a school's Pioneer plan ("TỔNG PHỤ TRÁCH ĐỘI", beside the
               # principal's "DUYỆT CỦA BAN GIÁM HIỆU")
               r"|tong phu trach(?: doi)?"
               r"|truong|chu tich|bi thu|chu nhiem|uy vien|thu ky"
               r"|nguoi lap|nguoi ky|chanh")
TITLE = re.compile(rf"(?<![a-z])(?:(?:pho|quyen)\s+)?(?:{TITLE_WORDS})(?![a-z])")
TITLE_PREFIX = re.compile(r"(?:pho|quyen)\s+")
# The printed forms of the usual titles and signing bodies, by their folded form: OCR that
# lost a tone mark ("CHU TỊCH", "TM. UY BAN NHÂN DÂN") gets it back. Folds shared by two
# words ("thu truong": Thủ trưởng / Thứ trưởng) are left as printed.
# (PRINTED_TITLES: the usual signers' titles as printed in capitals, "PHÓ" left out; the run-on
# splitter, pipeline.normalize, cuts a run-together signer's block before them)
PRINTED_TITLES = [
    "CHỦ TỊCH", "TRƯỞNG BAN", "BÍ THƯ", "GIÁM ĐỐC", "CHÁNH VĂN PHÒNG", "TRƯỞNG PHÒNG",
    "HIỆU TRƯỞNG", "CHỦ NHIỆM", "ỦY VIÊN", "THƯ KÝ", "TỔ TRƯỞNG", "TỔNG GIÁM ĐỐC", "CỤC TRƯỞNG",
    "CHI CỤC TRƯỞNG", "VIỆN TRƯỞNG", "CHÁNH ÁN", "BỘ TRƯỞNG", "CHÁNH THANH TRA",
]
CANON: dict[str, str] = {}
for _w in PRINTED_TITLES:
    CANON[_w] = _w
    CANON["PHÓ " + _w] = "PHÓ " + _w
_SIGNING_BODIES = ("ỦY BAN NHÂN DÂN", "HỘI ĐỒNG NHÂN DÂN", "BAN THƯỜNG TRỰC", "BAN THƯỜNG VỤ", "BAN CHẤP HÀNH",
                   "ĐẢNG ỦY", "THƯỜNG TRỰC", "BAN CHỈ ĐẠO", "ỦY BAN BẦU CỬ", "HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG")
for _w in _SIGNING_BODIES:
    CANON[_w] = _w
# (folded: a body "TL." or "TUQ." signs for printed on a line of its own, its title on the next)
SIGNING_BODIES = frozenset(fold_nfc(w) for w in _SIGNING_BODIES)
# Titles that head an office the words after them name ("TRƯỞNG PHÒNG Y TẾ", "TRƯỞNG BAN TUYÊN
# GIÁO", "CHÁNH VĂN PHÒNG HĐND VÀ UBND", "TRƯỞNG TRẠM Y TẾ") (folded): a rest of one or two words, or one joined by
# "và" or a dash, is the office's name even where it reads like a person's ("Y Tế", "Tư Pháp").
OFFICE_HEAD = re.compile(r"(?<![a-z])(?:truong phong|truong ban|chanh van phong|truong khoa|truong tram)$")
OFFICE_NAME_WORDS = 2
OFFICE_NAME_JOINT = re.compile(r"(?<![a-z])va(?![a-z])|\s[-–]\s")
# (a level word closing the office's name, its unit's: "TRƯỞNG PHÒNG Y TẾ HUYỆN", "TRƯỞNG TRẠM Y TẾ XÃ") (folded)
LEVEL_AT_END = re.compile(rf"\s(?:{_level_alternation(folded=True)})$")


def _office_name_words(rest_f: str) -> int:
    """How many words the office's name after its head's title holds (folded), its unit's level word
    closing it not counted."""
    m = LEVEL_AT_END.search(rest_f)
    return len(rest_f.split()) - (len(m.group().split()) if m else 0)


# First words of the office a title goes on with ("GIÁM ĐỐC TRUNG TÂM …", "ĐỘI TRƯỞNG ĐỘI …", "CHỦ TỊCH HỘI …")
# (folded): the words no name opens with (NOT_NAME_START, below) and the units' nouns that are no surname.
OFFICE_OPENS_MORE = frozenset({"don", "tram", "hat", "benh", "khu", "hop", "ubkt"})
# A police or army rank printed before the signer's name ("Thượng tá Nguyễn Văn Hùng", "ĐẠI ÚY
# LÒ VĂN AN") (folded): it is not part of the name.
RANK = re.compile(r"(?<![a-z])(?:dai|thuong|trung|thieu)\s+(?:tuong|ta|uy)\s+(?=\S)")
_RANK_AT_END = re.compile(r"(?<![a-z])(?:dai|thuong|trung|thieu)\s+(?:tuong|ta|uy)$")
# Degrees and honours printed before the signer's name, as printed ("PGS.TS.", "PGS. TS", "ThS.",
# "BS.CKII", "NGƯT. TS."): no part of the name, nor of the title above it, whatever their dots. A
# hospital's signer chains them in mixed case too ("Ths.Bs Hoàng Minh Đức", "Ts.Bs", "Ds.CKI").
_DEGREE = (r"(?:P?GS|TSKH|T[Ss]|Th[Ss]|THS|CN|KTS|KS|BSNT|B[Ss]|D[Ss]|(?:B[Ss]|D[Ss])?CKI{1,2}|NG[ƯU]T|NGND"
           r"|TT[ƯU]T|TTND|NS[ƯU]T|NSND|LS)")
_DEGREE_LETTERS = frozenset("PGTCKBDNL")
DEGREE_TOKEN = re.compile(rf"{_DEGREE}(?:\.?{_DEGREE})*\.?")
DEGREES_BEFORE_NAME = re.compile(rf"(?:{_DEGREE}\.?(?:\s*,\s*|\s+|(?<=\.)))+(?=[^\W\d_])")
# The archive line's codes ("Lưu: VT, TM." — the office and the drafting section, here the military
# command's Ban Tham mưu) are no authority: "TM." there must not join the title on the next line.
# (codes are whole capital words: "Lưu Xuân Trịch" is a name; their letters only are masked, the
# punctuation after them still ends the item before a name set level with it)
_CODE = r"[A-ZĐ][A-ZĐ0-9&/\-]*(?!\w)"
ARCHIVE_CODES = re.compile(rf"(?<!\w)Lưu\s*:?\s*(?P<codes>{_CODE}(?:\s*,\s*{_CODE})*)")
# What is printed where a signature goes: not a name.
PLACEHOLDER = re.compile(
    r"\(\s*(?:đã\s+ký|da\s+ky|ký|ky|chữ\s+ký|signed)[^)]{0,40}\)|\[\s*(?:daky|đã ký|da ky|ký)\s*\]"
    r"|\(\s*ký[^)]*\)|(?<![\w])(?:Đã ký|đã ký|ĐÃ KÝ)(?![\w])|\[\s*\w*\s*\]", re.I)


def _without_placeholders(text: str) -> str:
    """PLACEHOLDER.sub(" ", text), searched only in a text holding a bracket or a "ý" (every
    placeholder does; its look-behind makes the engine try every position of the rest)."""
    if "(" in text or "[" in text or "ý" in text or "Ý" in text:
        return PLACEHOLDER.sub(" ", text)
    return text
# (a scan's dash may come with a stroke of toner read as "~" beside it: "—~ Trưởng các ấp;")
BULLET = re.compile(r"^\s*[-–—•+*·●○▪■~]+\s*")
# An item boundary inside one line: a bullet after ";" / "." / start, or a bare ";".
ITEM_SPLIT = re.compile(r"(?:(?<=[;.])|^)\s*[-–—•+*·●○▪■]\s*(?=\S)|;\s*")
# First words that a person's name never opens with (org and place words).
NOT_NAME_START = {
    "ubnd", "hdnd", "phong", "so", "ban", "van", "trang", "cac", "hoi", "dang", "thuong", "cong",
    "trung", "uy", "thanh", "huyen", "tinh", "xa", "phuong", "quan", "thi", "bi", "mat", "lien",
    "kho", "chi", "cuc", "toa", "vien", "truong", "dai", "bo", "tong", "noi", "can",
    "lanh", "nhu", "tren", "kinh", "ke", "quy", "phu", "bao", "bch", "gui", "doi",
}
OFFICE_OPENS = frozenset(NOT_NAME_START) | OFFICE_OPENS_MORE
# … and those told from a surname of the same fold by their printed tone ("VỤ TRƯỞNG VỤ PHÁP CHẾ": the
# department, "Vụ"; "Vũ", "Võ" open names) (lower case, NFC)
OFFICE_OPENS_PRINTED = frozenset({"vụ"})
# Surnames whose folded form is also such a word ("Trương" folds as "Trường" and "Trưởng" do,
# "Đặng" as "Đảng", "Tống" as "Tổng", the Thái and Tày "Xa" as "xã"): told apart by their printed
# tone marks (lower case, NFC). So are the uplands' surnames whose folded form is an everyday word
# ("Lù" as "lũ", the Dao "Chảo" as "chào", the Thái "Đèo" as "đèo", "Mè" as "mè").
PRINTED_SURNAMES = {"trương", "đặng", "tống", "xa", "lù", "chảo", "đèo", "mè",
                    # … and surnames that are words of their own tone too, none of which a title runs on
                    # with ("Đồng Văn Hùng": "đồng", copper; the Thái "Cầm", "Điêu"; "Bạch", "Khuất", "Diệp", "Phí")
                    "đồng", "bạch", "cầm", "điêu", "khuất", "diệp", "phí",
                    # ("Lữ", of "lữ hành", not the flood's "Lũ" its fold "lu" would let in)
                    "lữ"}
# Common Vietnamese surnames (folded): a name run on after other text must open with one.
SURNAMES = set("""nguyen tran le pham hoang huynh phan vu vo dang bui do ho ngo duong ly dam luu sung giang
ha lo luong mai dinh trinh doan lam cao chu quach ta trieu nong la luc vi mac to thai kieu tang khong vuong
chau tu lai nghiem kim dao tong phung than quan ninh au giap hua khuc la doan ma mua thao sam hau lau vang
ca chang cu hang khang tan thach danh son y ksor rah siu nie bdap""".split())


_f = fold_nfc  # NFC, then FOLD_TABLE char for char (lines cached by fold_nfc)


# The pure functions of one short string below are cached (maxsize bounded): the same closing
# lines ("- Như trên;", "- Lưu: VT.", "CHỦ TỊCH") recur in every plan of a batch.
def is_caps(text: str) -> bool:
    """Four letters in five or more upper case (a caps line; the header asks too)."""
    # a paragraph can reach here (the header zone's long lines): only lines are cached
    return _is_caps_line(text) if len(text) <= 400 else upper_share(text) >= 0.8


@memo(8192)
def _is_caps_line(text: str) -> bool:
    return upper_share(text) >= 0.8


def caps_counts(text: str) -> tuple[int, int]:
    """(letters, upper-case letters) of a text."""
    # (filter/map over the str methods: no Python-level step per character)
    letters = list(filter(str.isalpha, text))
    return len(letters), sum(map(str.isupper, letters))


def upper_share(text: str) -> float:
    """The share of upper case among a text's letters (0.0 without letters). How much makes a text
    one in capitals is the asker's: a line of the header or closing from 0.8 on (is_caps), a line
    that may be wrapped above 0.8 (pipeline.normalize), a section's heading above 0.75
    (extractors.sections)."""
    letters, upper = caps_counts(text)
    return upper / letters if letters else 0.0



# =============================================================================================
# The closing region
# =============================================================================================
NOI_NHAN_ANYWHERE = re.compile(r"n[o0][il1] (?:nh[a4]n|gui)")  # what NOI_NHAN needs, found fast (folded)


def _noi_nhan_first(doc: Document):
    """(line index, index among its _texts, the text, where the list starts, the line's _texts)
    of the first "Nơi nhận" caption, or None. Computed once per document."""
    return doc.memo("closing.noi_nhan", lambda: _find_noi_nhan(doc))


def _find_noi_nhan(doc: Document):
    lines = doc.lines
    candidates = None
    if is_nfc_text(doc.text):
        # The texts of a line are pieces of the NFC document text (a line and its cells are spans
        # of it), so they fold char for char to pieces of the folded document: a line whose span
        # never reads "noi nhan" there has no caption.
        candidates = {bisect.bisect_right(doc._starts, m.start()) - 1
                      for m in NOI_NHAN_ANYWHERE.finditer(fold_cached(doc.text))}
    sent = None   # the first "Nơi gửi" caption: the list's, unless a "Nơi nhận" one is printed
    for i, ln in enumerate(lines):
        if candidates is not None and i not in candidates:
            continue
        texts = _texts(doc, ln)
        for k, t in enumerate(texts):
            end = recipients_caption_end(t)
            if end is not None:
                if _sent_caption(t):
                    sent = sent or (i, k, t, end, texts)
                    continue
                return i, k, t, end, texts
    return sent

def _texts(doc: Document, ln) -> list[str]:
    """The texts of a line: one per line of each cell for a table row (cells keep their breaks)."""
    if not ln.is_row and "\n" not in ln.text:   # (a prose line, most asked: itself, unless blank)
        return [ln.text] if ln.text.strip() else []
    out = []
    for t in (doc.cell_texts(ln) if ln.is_row else [ln.text]):
        out.extend(p for p in t.split("\n") if p.strip())
    return out


def _closing_pieces(doc: Document) -> tuple[list[str], int]:
    """The texts of the closing, in reading order (a table row gives one text per cell), and
    which of them opens the closing proper (the "Nơi nhận" caption when there is one)."""
    lines = doc.lines
    n = len(lines)
    caption = _noi_nhan_first(doc)
    start = caption[0] if caption is not None else None
    first_text = None
    if start is None:
        # no "Nơi nhận": after the last "./." before the first appendix, else the last lines
        end0 = next((i for i, ln in enumerate(lines) if i > n // 3 and _closing_end(_f(ln.text))), n)
        for i in range(end0 - 1, -1, -1):
            m = None
            for m in BODY_END.finditer(lines[i].text):
                pass
            if m is not None:
                start, first_text = i, lines[i].text[m.end():].strip()
                break
        if start is None:
            start = max(0, end0 - 12)
            # the signer signs after the body: in a short text (a page's excerpt of a decision) the
            # lines up to its last preamble sentence are the header's, and the capitals line over
            # "Căn cứ …" ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH X") is the decision's authority, no signer
            for i in range(end0 - 1, start - 1, -1):
                if PREAMBLE_SENTENCE.match(_f(lines[i].text)):
                    start = i + 1
                    break
    pieces: list[str] = _signer_lines_above(doc, start) if caption is not None else []
    caption_at = len(pieces)
    for i in range(start, min(n, start + 45)):
        ln = lines[i]
        if i > start and _closing_end(_f(ln.text.strip(" *#"))) and (caption is not None or i > n // 3):
            # (in a short plan read from its last lines, the header's own "KẾ HOẠCH" is no appendix)
            break
        if i == start and first_text is not None:
            if first_text:
                pieces.append(first_text)
            continue
        pieces.extend(_texts(doc, ln))
    return pieces, caption_at


SIGNER_ABOVE_MAX = 8   # lines a signer block takes: authorities, titles, a placeholder, names


def _signer_lines_above(doc: Document, start: int) -> list[str]:
    """The signer block, or its first lines, when the layout printed it above the "Nơi nhận:"
    caption: the right column began a line higher ("T/M BAN THƯỜNG VỤ" / "Nơi nhận: PHÓ BÍ THƯ"),
    or the whole block stands over the list, as joint plans print their signers side by side.
    The block opens with a line in capitals that opens with an authority marker (body text is
    never both) and runs to the caption, within the short lines after the body's last sentence."""
    lines: list[str] = []
    for i in range(start - 1, max(-1, start - 1 - SIGNER_ABOVE_MAX), -1):
        texts = _texts(doc, doc.lines[i])
        if len(texts) != 1 or len(texts[0]) > 80 or BODY_END.search(texts[0]):
            break
        lines.insert(0, texts[0])
    for k, t in enumerate(lines):
        if is_caps(t) and AUTHORITY.match(t.strip()) and _parse_run(" ".join(t.split())):
            return lines[k:]
    for k, t in enumerate(lines[:-1]):
        # a block of the title alone ("BÍ THƯ" / "Nguyễn Văn An" over the caption): a usual title
        # filling its line, then more of the block
        if is_caps(t) and ((ft := " ".join(_f(t).split())) in _USUAL_TITLES
                           or ft.removeprefix("pho ") in _UNIT_HEAD_TITLES):
            return lines[k:]
    if lines and is_title_line(lines[-1]):
        # the title alone right over the caption, its name printed after the list (the right
        # column's first line level with the left's last): "ĐỘI TRƯỞNG" / "Nơi nhận: …" / "Lê Văn A"
        return lines[-1:]
    return []


def is_title_line(t: str) -> bool:
    """Is the line a signer's title and nothing else ("CHỦ TỊCH", "ĐỘI TRƯỞNG", "TRƯỞNG CÔNG AN XÃ"):
    capitals, a few words, no figures, read as one title (not "TRƯỜNG …", a school, nor a heading)?"""
    words = t.split()
    if not 1 <= len(words) <= 6 or not is_caps(t) or any(c.isdigit() for c in t):
        return False
    toks = _parse_run(" ".join(words))
    return len(toks) == 1 and toks[0][0] == "title" and "TRƯỜNG" not in toks[0][1].upper().split()[:2]


# =============================================================================================
# Signer tokens
# =============================================================================================
OCR_SPECK = re.compile(r"[^\s]{1,3}\s+")  # a token too short to be a title's word or a name
RUN_TOKEN = re.compile(r"[^\s,;:()]+|[,;:()]")
_ENDS_ITEM = re.compile(r"[;.]\s*$")
_ENDS_ITEM_OR_COMMA = re.compile(r"[;.,]\s*$")
_END_MARK = re.compile(r"\s*\./\.\s*$")
_TRAILING_PUNCT = re.compile(r"[\s;,.:|]+$")   # ("- Lưu: VT, VHKHTT. |": a flattened cell's border)


@memo(16384)  # (words recur)
def all_caps(tok: str) -> bool:
    """The token has letters, all of them upper case."""
    letters = list(filter(str.isalpha, tok))   # (as caps_counts: no Python step per character)
    return bool(letters) and all(map(str.isupper, letters))


# Units numbered after their noun ("ĐỘI QUẢN LÝ THỊ TRƯỜNG SỐ 3", "ĐỘI 2", "CÔNG AN PHƯỜNG 5", "QUẬN 3")
# (folded): the number on the same line is part of the title's office, not the end of the run.
NUMBERED_UNITS = frozenset({"so", "doi", "don", "tram", "khu", "to", "khoi", "phuong", "quan"})


def _caps_runs(text: str) -> list[tuple[int, int]]:
    """Spans of runs of upper-case words (commas and semicolons end a run)."""
    runs, start, end = [], None, None
    degrees = False
    prev = ""   # the run's last word: a number after a unit's noun goes on with it (folded only then)
    for m in RUN_TOKEN.finditer(text):
        tok = m.group()
        if start is not None and "\n" in text[end:m.start()] and BULLET.match(tok):
            runs.append((start, end))   # a bullet opening the next line ends the run
            start = None
            continue
        # (an ASCII token's letters are its cased characters: isupper() is all_caps there, without the memo)
        is_cap = (tok.isupper() if tok.isascii() else all_caps(tok)) or (tok in ("-", "&") and start is not None) or (
            start is not None and tok.isdigit() and _f(prev) in NUMBERED_UNITS and "\n" not in text[end:m.start()])
        prev = tok if is_cap and len(tok) <= 6 else ""
        if is_cap and tok[:1] in _DEGREE_LETTERS and (
                degrees or not text[text.rfind("\n", 0, m.start()) + 1:m.start()].strip()) \
                and DEGREE_TOKEN.fullmatch(tok):
            # degrees opening a line, before the name ("PGS. TS."): no words of a title
            is_cap, degrees = False, True
        else:
            degrees = False
        if (is_cap and start is not None and "\n" in text[end:m.start()]
                and _lower_word_next(text, m.end())):
            # a capital word opening a line whose next word is in lower case opens a name, not the
            # rest of the title above ("PHÓ CHỦ TỊCH" / "Y Thị Hiền": Tây Nguyên names open with Y, A)
            runs.append((start, end))
            start = None
        if is_cap and tok not in ",;:()":
            if start is None:
                start = m.start()
            end = m.end()
        else:
            if start is not None:
                runs.append((start, end))
            start = None
    if start is not None:
        runs.append((start, end))
    return runs


def _lower_word_next(text: str, pos: int) -> bool:
    """The word after pos, on the same line, holds a lower-case letter."""
    nl = text.find("\n", pos)
    words = text[pos:nl if nl != -1 else len(text)].split(None, 1)
    return bool(words) and any(c.islower() for c in words[0])


# How a list of people addresses its members before their names ("Ông Nguyễn Văn An", "Đ/c Lê Thị Hoa").
_ADDRESS = re.compile(r"^(?:[ÔôOo]ng|[Bb]à|[Đđ]/[Cc]|[Đđ]ồng chí)\.?\s+")


def is_person_name(text: str) -> bool:
    """Whether a cell or line is one person's name alone, as a list of members prints it: capitalised
    words opening with a surname ("Nguyễn Văn An", "Lò Thị Xuân", "ĐINH VĂN HÙNG", "Ông Trần Bình")."""
    return _proper_name(_ADDRESS.sub("", text.strip()), need_surname=True) is not None


@memo(4096)  # (at 8192, ~0.5 MB more of other plans' names to save ~0.03 misses a plan over 2,000 bench plans)
def _proper_name(s: str, need_surname: bool = False) -> str | None:
    """A person's name: 2–5 capitalised words, no digits; an all-caps name is title-cased."""
    s = s.strip(" .,;:-–")
    words = s.split()
    if not 2 <= len(words) <= 5 or any(ch.isdigit() for ch in s):
        return None
    caps = all(is_caps(w) for w in words)
    for w in words:
        core = w.strip("'")
        if not core or not core[0].isupper() or not all(c.isalpha() or c in "'-" for c in core):
            return None
        if not caps and not all(c.islower() or c in "'-" or (i > 0 and w[i - 1] in "'-")
                                for i, c in enumerate(core) if i > 0):
            return None
    first = _f(words[0]).strip("'")
    surname = unicodedata.normalize("NFC", words[0]).lower() in PRINTED_SURNAMES
    if first in NOT_NAME_START and not surname:
        return None
    if (need_surname or caps) and first not in SURNAMES and not surname:
        return None
    if caps:
        words = [w[:1] + w[1:].lower() for w in words]
    return " ".join(words)


def _mask_codes(m: re.Match) -> str:
    """The archive line with the letters of its codes blanked (same length)."""
    a, b = m.span("codes")
    return m.group()[:a - m.start()] + re.sub(r"[^\s,]", " ", m.group("codes"))


# Words of two or three letters a signer block prints, that a narrow column may leave alone on a
# line ("TM. ỦY BAN NHÂN DÂN" / "XÃ", "PHÓ" / "CHỦ TỊCH", "KT. TỔ" / "TRƯỞNG") (folded).
BLOCK_SHORT_WORDS = frozenset({"xa", "pho", "ban", "hoi", "uy", "so", "to", "doi", "cuc", "vu", "bo", "chi"})


def _seal_letters(piece: str) -> bool:
    """Is this line of a scan's signer block two or three capitals alone ("ẢNG", "XS", "MU"): what
    OCR reads off a seal's ring or a signature's loop, not a word of the block (BLOCK_SHORT_WORDS)?"""
    tok = piece.strip()
    return 2 <= len(tok) <= 3 and tok.isalpha() and tok.isupper() and _f(tok) not in BLOCK_SHORT_WORDS


def _signer_tokens(pieces: list[str], caption_at: int = 0, ocr: bool = False) -> list[tuple[str, str]]:
    """[("auth", "TM. ỦY BAN NHÂN DÂN"), ("title", "CHỦ TỊCH"), ("name", "Sùng Lử Páo"), …].

    The closing is read as one text: an upper-case run may go on over a line break ("TM. ỦY BAN
    NHÂN DÂN KT." / "CHỦ TỊCH PHÓ CHỦ TỊCH" when a cell was reflowed). A name printed before its
    block (a layout that put it level with the recipients) comes as "loose_name". In a scan (ocr),
    a line of seal letters (_seal_letters) goes on no title.
    """
    lines = [_without_placeholders(p) for p in pieces]
    if ocr:
        lines = ["" if _seal_letters(p) else p for p in lines]
    lines = [ARCHIVE_CODES.sub(_mask_codes, p) if "Lưu" in p else p for p in lines]
    if caption_at < len(lines):
        m = NOI_NHAN.search(_f(lines[caption_at]))
        if m:
            lines[caption_at] = " " * m.end() + lines[caption_at][m.end():]
    text = "\n".join(lines)
    out: list[tuple[str, str]] = []
    consumed = 0
    for a, b in _caps_runs(text):
        nl = text.rfind("\n", a, b)
        if nl > a and text[b:b + 1] == "," and len(text[nl:b].split()) <= 3:
            b = nl   # a line in capitals under the title whose first words a comma ends ("PHÒNG, CHỐNG THIÊN TAI …",
            #          an appendix's heading): the run goes on into no such line
        if nl > a and (long_at := _long_line_in(text, a, b)) is not None:
            b = long_at  # (nor into the trích yếu of a plan a decision carries, printed under its signer's block)
        toks = _parse_run(text[a:b])
        if toks:
            _gap_names(text[consumed:a], out)
            out.extend(toks)
            consumed = b
    _gap_names(text[consumed:], out)
    return out


# A signer's block prints short lines (an authority, a title, a name, or two blocks' side by side); a longer
# line in capitals, or one that opens as a trích yếu does, is a heading or a trích yếu under the block ("TM. ỦY
# BAN NHÂN DÂN" / "THỰC HIỆN NGHỊ QUYẾT SỐ 02/NQ-CP … TRÊN ĐỊA BÀN THÀNH PHỐ", "CHỦ TỊCH" / "VỀ TỔ CHỨC VÀ HOẠT
# ĐỘNG CỦA QUỸ …": the plan or the rules the decision issues).
SIGNER_LINE_MAX = 80
TRICH_YEU_OPENING = re.compile(r"(?:VỀ|V/V|THỰC HIỆN|TRIỂN KHAI|BAN HÀNH|KẾ HOẠCH|QUY CHẾ|QUY ĐỊNH)(?!\w)")


def _long_line_in(text: str, a: int, b: int) -> int | None:
    """The line break in text[a:b] before the first line that opens after it and runs over SIGNER_LINE_MAX
    characters or opens as a trích yếu (TRICH_YEU_OPENING), or None."""
    nl = text.find("\n", a, b)
    while nl != -1:
        end = text.find("\n", nl + 1)
        if (end if end != -1 else len(text)) - nl - 1 > SIGNER_LINE_MAX or TRICH_YEU_OPENING.match(text, nl + 1):
            return nl
        nl = text.find("\n", nl + 1, b)
    return None


def _name_tail(piece: str, name: str) -> bool:
    """Is this line the last word(s) of a name wrapped from the line before?"""
    words = piece.strip().split()
    return 1 <= len(words) <= 2 and len(name.split()) + len(words) <= 5 and all(
        w.isalpha() and w[0].isupper() and w[1:].islower() for w in words)


# The star in a seal's middle, level with the name under it on a scan, read as a mark before the name
# ("* Võ Thị Thu Hà", "★ Lê Văn Tám")
SEAL_STAR = re.compile(r"^[*★☆✱✲]+\s*(?=[^\W\d_])")


def _gap_names(gap: str, out: list[tuple[str, str]]) -> None:
    """Names in the text between signer runs: after a title, a line of its own or a name run on
    after a recipient's "; " / ". "; before any title, lines that are only a name."""
    glines = [g.strip() for g in gap.split("\n")]
    for j, g in enumerate(glines):
        if not g:
            continue
        # ("Q. CHỦ TỊCH" is the acting head's title, see _extract_signer)
        after_title = bool(out) and (out[-1][0] == "title" or out[-1][0] == "auth" and out[-1][1].startswith("Q. "))
        g = SEAL_STAR.sub("", _without_rank(g))
        name = _proper_name(g) if not BULLET.match(g) else None
        if name is None and after_title:
            m = re.search(r"[;.]\s+([^;.]+)$", g)
            if m:   # the name level with a recipient: "- Các thôn đội;      Đại úy Nguyễn Văn Thắng"
                name = _proper_name(_without_rank(m.group(1)), need_surname=True)
            elif not BULLET.match(g):
                name = _last_of_two_names(g)
        joined = False
        if name is None and after_title and j + 1 < len(glines) and g.isalpha() and g[0].isupper():
            # the surname alone, the rest wrapped to the next line ("Ngô" / "Ánh Dương")
            name = _proper_name(f"{g} {glines[j + 1]}", need_surname=True)
            joined = name is not None
        if name is not None and _speck_in_name(name):
            name = _without_edge_specks(name)
        if name is None or _speck_in_name(name):
            continue
        if not joined and j + 1 < len(glines) and _name_tail(glines[j + 1], name):
            name = f"{name} {glines[j + 1]}"   # "…; Nguyễn Thành" / "Trung": the last word wrapped
        out.append(("name" if after_title else "loose_name", name))
        if after_title:
            return


# What OCR makes of a seal's ring or a signature's strokes left on a scan ("2 7 \\z L 1 ///V l",
# "/ (.#", "1/2.W 0155 :"): specks of one letter, digits glued to letters, stray symbols. A line or
# item of more specks than words is no recipient and no name. Counted as words: a run of two
# letters, a capital initial ("xã A, B"), a code with "/" ("(b/c)"); bare numbers count as neither.
_WORD_RUN = re.compile(r"[^\W\d_]{2}")
_INITIAL = re.compile(r"[^\W\d_][.,;]?")
_SLASH_CODE = re.compile(r"\(?[^\W\d_]+(?:/[^\W\d_]+)+\)?[.,;]?")
_NUMBER = re.compile(r"[\d.,;:/()-]*\d[\d.,;:/()-]*")
_STRAY = re.compile(r"[^\w\s.,;:()/'\"“”&%+\-–—]")
# One-letter words of real names: Tây Nguyên names open with Y or A, Hmông middle names are A.
_NAME_INITIALS = {"y", "a"}


@memo(4096)  # (the lines of a Nơi nhận recur across plans: "- Như trên;", "- Lưu: VT.")
def _ocr_junk(text: str) -> bool:
    """Is this (part of a) line what OCR read off a seal or a signature rather than print?"""
    words = specks = initials = 0
    for tok in BULLET.sub("", text).split():
        if _NUMBER.fullmatch(tok):
            continue
        if _STRAY.search(tok):
            specks += 1
        elif _WORD_RUN.search(tok) or _SLASH_CODE.fullmatch(tok):
            words += 1
        elif _INITIAL.fullmatch(tok) and tok[0].isupper():
            initials += 1
        else:
            specks += 1
    # capitals alone stand for names only next to a word ("xã A, B" is an item; "Ệ ị" is not)
    return specks > words + initials or (specks > 0 and words == 0)


def _before_misread(title: str) -> str:
    """A scan's title up to the first word that no print spells: a word with a tone mark or a
    vowel's hat that is no Vietnamese syllable ("CHỦ TỊCH GSÀ": the signature under the title, read
    on with it). An abbreviation of the office ("UBND", "HĐND") carries no tone and stays."""
    if not title or title.isascii():
        return title
    from pipeline.ingest.encodings import is_syllable  # noqa: PLC0415 - (asked of scans only)

    words = title.split()
    for k, w in enumerate(words):
        core = w.strip(".,;:-–()")
        if core and not core.replace("Đ", "D").replace("đ", "d").isascii() and not is_syllable(core):
            return " ".join(words[:k])
    while len(words) > 2 and len(words[-1]) == 1 and words[-1].isalpha():
        words.pop()   # a seal's speck read on as a letter ("PHÓ CHỦ TỊCH N"): no title ends in one
    return " ".join(words)


def _without_edge_specks(name: str) -> str | None:
    """A name a seal's speck, read as a letter, stands before or after on a scan ("N Đỗ Văn Hùng",
    "Lê Thị Hoa K"): the name without it, when what is left opens with a surname; else None."""
    words = name.split()
    while words and len(words[0]) == 1 and _f(words[0]) not in _NAME_INITIALS:
        words.pop(0)
    while words and len(words[-1]) == 1:
        words.pop()
    return _proper_name(" ".join(words), need_surname=True)


def _speck_in_name(name: str) -> bool:
    """A one-letter word in a name that real names do not have ("Tá L" read off a seal)."""
    return any(len(w) == 1 and _f(w) not in _NAME_INITIALS for w in name.split())


# The address some units print before the signer's name ("Đồng chí Nguyễn Văn Hùng", "Đ/c Lê Thị
# Hoa"): no part of the name.
_HONORIFIC = re.compile(r"(?:Đồng\s+chí|ĐỒNG\s+CHÍ|đồng\s+chí|Đ\s?/\s?[cC]\.?)\s*:?\s+(?=\S)")
# … in capitals after the title, in the same upper-case run ("PHÓ CHỦ TỊCH / ĐỒNG CHÍ TRẦN VĂN BÉ")
_HONORIFIC_IN_RUN = re.compile(r"(?:ĐỒNG\s+CHÍ|Đ\s?/\s?C\.?)\s*:?(?:\s+|$)")
_HONORIFIC_AT_END = re.compile(r"(?<!\S)(?:Đồng\s+chí|ĐỒNG\s+CHÍ|đồng\s+chí|Đ\s?/\s?[cC]\.?)$")


def _without_rank(text: str) -> str:
    """The text without the address ("Đồng chí", "Đ/c"), the army or police rank ("Thiếu tá Lê
    Văn Bình") or the degrees ("PGS.TS. Lê Văn Bình") that open it."""
    if text[:1] in "Đđ" and (h := _HONORIFIC.match(text)):
        text = text[h.end():]
    rank = RANK.match(_f(text))
    text = text[rank.end():] if rank else text
    if text[:1] in _DEGREE_LETTERS and (m := DEGREES_BEFORE_NAME.match(text)):
        return text[m.end():]
    return text


@memo(4096)
def _last_of_two_names(line: str) -> str | None:
    """The right-hand name of a line holding two signers' names side by side, as two signer blocks
    laid out in columns print them ("Đinh Thị Thanh Tâm      Trương Công Vĩnh", the gap lost): the
    last title read belongs to the right-hand block. Each part must be a name of three words or more
    opening with a surname (a line that only looks like two two-word names, "Lê Văn Lương Hà Nội",
    is not cut); of several ways to cut the line, the most even."""
    words = line.split()
    if not 6 <= len(words) <= 10:
        return None
    cuts = [k for k in range(3, len(words) - 2)
            if _proper_name(" ".join(words[:k]), need_surname=True)
            and _proper_name(" ".join(words[k:]), need_surname=True)]
    if not cuts:
        return None
    # (of two cuts as even, the one whose right-hand name goes on with a middle name, not a second surname:
    # "Phan Thị Thu Hà | Lê Văn Quang", not "Phan Thị Thu | Hà Lê Văn Quang")
    k = min(cuts, key=lambda c: (abs(len(words) - 2 * c), _f(words[c + 1]) in SURNAMES))
    return _proper_name(" ".join(words[k:]), need_surname=True)


_CANON_BY_FOLD: dict[str, str] = {}


@memo(4096)
def _canon(printed: str) -> str:
    """The usual printed form of a title or signing body whose folded form is known."""
    if not _CANON_BY_FOLD:
        for w in CANON:
            _CANON_BY_FOLD[" ".join(_f(w).split())] = w
    key = " ".join(re.sub(r"[-–]", " - ", _f(printed)).split())
    return _CANON_BY_FOLD.get(key, printed)


# A mark a scan's seal or signature leaves at the end of the body's line ("TM. ỦY BAN NHÂN DÂN /S",
# "… DÂN /“S"): one or two characters, one of them no letter or digit, or three, at most one of them a letter;
# never a figure: "P.5", "Q.1", "F.3" are a ward's, a district's, a division's short names ("ỦY BAN NHÂN DÂN P.5").
_MARK_TOKEN = re.compile(r"[^\s\d]?[^\w\s][^\s\d]?|[^\w\s]{1,3}|[^\w\s]{0,2}[^\W\d_][^\w\s]{0,2}")
_MARK_MAX = 3


def _without_trailing_marks(text: str) -> str:
    """text without the marks closing it, read token by token from its end: one pass, however long a
    run of marks is (a regex over the run backtracks on every two-character token)."""
    text = text.rstrip()
    while text:
        cut = len(text)
        while cut and not text[cut - 1].isspace() and len(text) - cut < _MARK_MAX:
            cut -= 1
        if cut and not text[cut - 1].isspace() or not _MARK_TOKEN.fullmatch(text[cut:]) \
                or text[cut:].isalnum():
            break
        text = text[:cut].rstrip()
    return text


BODY_SLIP_MIN = 0.9   # how alike (folded) a body read with one letter wrong is to the usual one


def _body_of(printed: str) -> str:
    """The body an authority marker signs for, in its usual printed form: without a seal's mark
    at the end, and a usual body OCR read with one letter wrong ("ỞY BAN NHÂN DÂN") as printed."""
    obj = _without_trailing_marks(printed.strip())
    canon = _canon(obj)
    if canon != obj or not obj:
        return canon
    key = " ".join(_f(obj).split())
    if len(key) < 10:
        return obj
    for body in _SIGNING_BODIES:
        fb = " ".join(_f(body).split())
        if len(fb.split()) == len(key.split()) and SequenceMatcher(None, key, fb).ratio() >= BODY_SLIP_MIN:
            return body
    return obj


def _title_at_start(fs: str, allow_codes: bool) -> re.Match | None:
    """A title opening the folded segment, or (allow_codes) one after recipient codes ending in
    "." or ";" ("vt, nv. chu tich")."""
    t = TITLE.match(fs)
    if t or not allow_codes:
        return t
    for m in TITLE.finditer(fs):
        before = fs[:m.start()].rstrip()
        if before.endswith((".", ";")) and len(before) <= 20:
            return m
        break
    return None


# Heads named by their unit before "trưởng" ("CHỈ HUY TRƯỞNG", "ĐỒN TRƯỞNG", "ĐỘI TRƯỞNG"), who sign
# alone as a usual title's holder does (as printed in capitals; _UNIT_HEAD_TITLES folded).
UNIT_HEAD_TITLES = ("CHỈ HUY TRƯỞNG", "ĐỘI TRƯỞNG", "ĐỒN TRƯỞNG", "TRẠM TRƯỞNG", "HẠT TRƯỞNG")
_UNIT_HEAD_TITLES = frozenset(" ".join(_f(w).split()) for w in UNIT_HEAD_TITLES)
_USUAL_TITLES = tuple(sorted({" ".join(_f(w).split()) for w in CANON if w in PRINTED_TITLES or w[4:] in PRINTED_TITLES},
                             key=len, reverse=True))


def _usual_title_at(fs: str, pos: int) -> int | None:
    """Where a usual title (CANON: "CHỦ TỊCH", "PHÓ GIÁM ĐỐC", …) opens the folded segment after pos,
    as a whole word, or None."""
    start = pos + len(fs[pos:]) - len(fs[pos:].lstrip())
    for w in _USUAL_TITLES:
        if fs.startswith(w, start) and not fs[start + len(w):start + len(w) + 1].isalnum():
            return start
    return None


def _head_title_end(fs: str, end: int) -> int:
    """Where the title after "KT."/"TL." ends in the folded segment: a head's title may go on past
    its title word when the deputy's title repeats it under "PHÓ" ("KT. TRƯỞNG CÔNG AN HUYỆN PHÓ
    TRƯỞNG CÔNG AN HUYỆN", "KT. CHỈ HUY TRƯỞNG PHÓ CHỈ HUY TRƯỞNG"): the head's title is then all
    that comes before the "PHÓ"."""
    head = fs[:end].strip()
    if head.startswith("pho "):
        return end
    pos = fs.find(" pho " + head, end - 1)
    while pos != -1:
        after = fs[pos + 5:]
        if after.startswith(fs[:pos].strip()):
            return pos + 1
        pos = fs.find(" pho " + head, pos + 1)
    return end


def _headed_office_end(seg: str, fs: str, end: int) -> int:
    """Where "TRƯỞNG" after "KT."/"TL." ends with the office it heads, read apart from the deputy's
    line that would repeat it ("KT. TRƯỞNG THUẾ TỈNH" level with "Nơi nhận:" in two columns read row
    by row, "PHÓ TRƯỞNG THUẾ TỈNH" a row below): "TRƯỞNG" alone heads nothing, so the words after it,
    up to the next title or a person's name, are that office ("THUẾ TỈNH", "THỐNG KÊ", "CÔNG AN XÃ")."""
    nxt = TITLE.search(fs, end)
    stop = nxt.start() if nxt else len(fs)
    words = seg[end:stop].split()
    for k in range(len(words)):
        if _proper_name(" ".join(words[k:]), need_surname=True):
            words = words[:k]
            break
    if not words:
        return end
    return seg.index(words[-1], end) + len(words[-1])


def _title_in_body(seg: str, fs: str) -> re.Match | None:
    """The first title word after "TM." and the body it signs for, not the word "TRƯỜNG" (a school)
    that folds as "TRƯỞNG" does: "TM. BAN THƯỜNG VỤ ĐOÀN TRƯỜNG / BÍ THƯ" signs for the school's Đoàn."""
    for t in TITLE.finditer(fs):
        at = (p.end() if (p := TITLE_PREFIX.match(fs, t.start())) else t.start())
        if not (fs.startswith("truong", at) and seg[at + 3:at + 4].lower() == "ờ"):
            return t
    return None


_GLUED_SPECK = re.compile(r"(?:^|(?<=\s))['‘’`|“”\"]+(?=\w)")


# The approval a school's plan prints in the column beside its signer's (folded): "DUYỆT CỦA BAN GIÁM HIỆU",
# "DUYỆT BGH", "Duyệt của Hiệu trưởng", "DUYỆT CỦA LÃNH ĐẠO NHÀ TRƯỜNG", or the approver first, "HIỆU TRƯỞNG
# DUYỆT", "BGH DUYỆT" (sections.APPROVAL_LINE, where it ends the body, is this one: see approval_end)
_APPROVER = r"(?:ban giam hieu|bgh|(?:pho )?hieu truong|lanh dao (?:nha truong|don vi))"
APPROVAL = re.compile(r"(?:duyet(?:\s+cua)?\s+" + _APPROVER + r"|(?P<approver>" + _APPROVER + r")\s+duyet)\b\s*")
_APPROVAL_INITIALS = frozenset("DdBbHhPpLl")


def approval_end(text: str, folded: str) -> int | None:
    """Where the approval opening `text` (`folded` its same-length fold) ends, or None. The approver
    first is an approval in capitals only: "Hiệu trưởng duyệt kế hoạch của các tổ" is a task."""
    if text[:1] not in _APPROVAL_INITIALS or (m := APPROVAL.match(folded)) is None:
        return None
    if m["approver"] is not None and not text[:m.end()].isupper():
        return None
    return m.end()


@memo(4096)
def _parse_run(run: str) -> tuple[tuple[str, str], ...]:
    """Authority, title and (upper-case) name tokens of one upper-case run, or () for none."""
    toks: list[tuple[str, str]] = []
    # which words open a line of the run (a name in capitals after an office must open one, below)
    opens = [k == 0 for line in run.split("\n") for k, _ in enumerate(line.split())] if "\n" in run else None
    # (a scan's speck or a stroke of the signature read as a quote or a bar glued to a word: "'PHÓ CHỦ TỊCH")
    run = _GLUED_SPECK.sub("", " ".join(run.split()))
    marks = list(AUTHORITY.finditer(run))
    # split the run at authority markers
    segments: list[tuple[str | None, str, int]] = []   # (marker, text, where it ends in the run)
    if not marks:
        segments.append((None, run, len(run)))
    else:
        if marks[0].start() > 0:
            segments.append((None, run[:marks[0].start()], marks[0].start()))
        for i, m in enumerate(marks):
            end = marks[i + 1].start() if i + 1 < len(marks) else len(run)
            mk = re.sub(r"[\s./]", "", m.group("mk")).lower()
            segments.append((MARKER_NORMAL.get(mk, mk.upper() + "."), run[m.end():end], end))
    for marker, seg, seg_end in segments:
        seg = seg.strip(" -")
        fs = _f(seg)
        if marker is not None:
            # ("thừa lệnh", "thừa ủy quyền" a collective body: "T/L BAN THƯỜNG VỤ / CHÁNH VĂN PHÒNG",
            # Hướng dẫn 36-HD/VPTW; the body is named as after "TM.")
            if marker == "TM." or marker in ("TL.", "TUQ.") and not TITLE.match(fs) and (
                    (t := _title_in_body(seg, fs)) is not None and t.start() > 0
                    or " ".join(fs.split()) in SIGNING_BODIES):
                t = _title_in_body(seg, fs)
                # TM. + an organ: the organ runs to the first title word ("TM. ỦY BAN NHÂN DÂN CHỦ TỊCH")
                obj_end = t.start() if t and t.start() > 0 else len(seg)
                obj = _body_of(seg[:obj_end])
                if not obj:
                    continue
                toks.append(("auth", f"{marker} {obj}"))
                seg, fs = seg[obj_end:].strip(), _f(seg[obj_end:].strip())
            else:
                t = TITLE.match(fs)
                if not t:
                    continue
                end = _head_title_end(fs, t.end())
                if end == t.end() and fs[t.start():end] == "truong":
                    end = _headed_office_end(seg, fs, end)
                toks.append(("auth", f"{marker} {_canon(seg[:end].strip())}"))
                seg, fs = seg[end:].strip(), _f(seg[end:].strip())
        if marker is None and (ap := approval_end(seg, fs)) is not None:
            # "DUYỆT CỦA BAN GIÁM HIỆU   TỔNG PHỤ TRÁCH ĐỘI": the principal's approval beside the
            # author's title, read row by row; the author signs the plan
            seg, fs = seg[ap:], fs[ap:]
        if not seg:
            continue
        if seg[:1] == "Đ" and (h := _HONORIFIC_IN_RUN.match(seg)):
            # the name after the title an authority carries ("Q. CHỦ TỊCH / ĐỒNG CHÍ TRẦN VĂN BÉ")
            if name := _proper_name(seg[h.end():]):
                toks.append(("name", name))
            continue
        t = _title_at_start(fs, allow_codes=marker is None)
        if not t and marker == "Q." and (name := _proper_name(seg)):
            # the acting head's name in capitals under "Q. CHỦ TỊCH", the title the marker carries
            toks.append(("name", name))
            continue
        if not t and (junk := OCR_SPECK.match(fs)) and TITLE.match(fs, junk.end()):
            # what a scan's seal or signature reads as ("KT. CHỦ TỊCH / SH / PHÓ CHỦ TỊCH")
            seg, fs = seg[junk.end():], fs[junk.end():]
            t = TITLE.match(fs)
        if not t:
            continue
        if t.start() > 0:   # "VT. CHỦ TỊCH": the recipient's codes end before the title
            seg, fs = seg[t.start():], fs[t.start():]
            t = TITLE.match(fs)
        # two signer blocks side by side, read row by row, print one's title after the other's
        # ("KT. CHỦ TỊCH   CHỦ TỊCH" / "PHÓ CHỦ TỊCH"): a usual title right after a title is a title
        while (nxt := _usual_title_at(fs, t.end())) is not None:
            toks.append(("title", _canon(" ".join(seg[:t.end()].split()))))
            seg, fs = seg[nxt:], fs[nxt:]
            t = TITLE.match(fs)
        # the title runs to the end of the run, unless an upper-case name follows it
        rest = seg[t.end():].strip()
        name = None
        rank = RANK.search(_f(rest))
        if rest[:1] == "Đ" and (h := _HONORIFIC_IN_RUN.match(rest)):
            # "PHÓ CHỦ TỊCH ĐỒNG CHÍ TRẦN VĂN BÉ": the address ends the title, opens the name
            name = _proper_name(rest[h.end():])
            rest = ""
        elif rank:   # "… CÔNG AN HUYỆN THƯỢNG TÁ NGUYỄN VĂN HÙNG": the rank ends the title, opens the name
            name = _proper_name(rest[rank.end():])
            rest = rest[:rank.start()].strip()
        words = rest.split() if name is None else []
        if words and OFFICE_HEAD.search(fs[:t.end()]) and (
                _office_name_words(_f(rest)) <= OFFICE_NAME_WORDS
                or OFFICE_NAME_JOINT.search(_f(rest))):
            words = []   # "TRƯỞNG PHÒNG Y TẾ": the office, the name is on a line of its own
        if words and (_f(words[0]) in OFFICE_OPENS or words[0].lower() in OFFICE_OPENS_PRINTED):
            # "ĐỘI TRƯỞNG ĐỘI QUẢN LÝ THỊ TRƯỜNG SỐ 3", "GIÁM ĐỐC TRUNG TÂM Y TẾ": the title goes on
            # with the office it heads, whose words read like a name ("Lý Thị Trường", "Y Tế");
            # a name in capitals after it is one that opens a line of its own, or follows the
            # office's number ("… SỐ 3 NGUYỄN VĂN AN" on one line)
            at = len(run[:seg_end].rstrip(" -")) - len(rest)
            first = len(run[:at].split()) if opens and run[at:at + len(rest)] == rest else None
            words = [w if (first is not None and opens[first + k]) or (k and words[k - 1].isdigit()) else ""
                     for k, w in enumerate(words)]
        for k in range(len(words)):
            if not words[k]:
                continue
            cand = _proper_name(" ".join(rest.split()[k:]))
            if cand:
                name = cand
                rest = " ".join(rest.split()[:k])
                break
        title = (seg[:t.end()] + (" " + rest if rest else "")).strip()
        toks.append(("title", _canon(" ".join(title.split()))))
        if name:
            toks.append(("name", name))
    return tuple(toks)


# =============================================================================================
# API
# =============================================================================================
def extract_signer(doc: Document) -> tuple[str | None, str | None, str | None]:
    """(signing_authority, signer_title, signer_name) of the document's signer block.

    The authority is the innermost one printed (KT. under TM.: "KT. CHỦ TỊCH"), None when none
    is; the title is the last title line; the name the proper name after it. A copy that stops
    before its signature (a law portal's page) may still name the signer in the portal's box of
    fields above it ("Người ký: Lê Văn A"): that name, with no title or authority.
    """
    def signer() -> tuple[str | None, str | None, str | None]:
        found = _extract_signer(doc)
        if found[2] is None and "Người ký" in doc.text[:PORTAL_BOX_REACH]:
            return found[0], found[1], _portal_signer(doc)
        return found
    return doc.memo("closing.signer", signer)


# A law portal's box of fields above its copy ("Số hiệu: 186/QĐ-UBND Loại văn bản: Quyết định / Nơi ban hành:
# Tỉnh An Giang Người ký: Lâm Quang Thi / Ngày ban hành: …"), a field a line or several on one, with or without
# a colon ("Người ký Trần Văn B"): the signer's field, and the box's other fields that say it is one (a digital
# signature's stamp has "Người ký:" too, but names no số hiệu, type or issuing place).
PORTAL_BOX_REACH = 1500     # characters from the page's top
PORTAL_SIGNER = re.compile(r"(?<!\w)Người ký\s*(?::\s*\|?|\|)?\s*(?P<name>[^\d\n|:]+?)\s*"
                           r"(?=\||$|(?:Ngày|Số|Loại|Nơi|Cơ quan|Lĩnh vực|Tình trạng|Chức vụ)\s)")
PORTAL_FIELDS = re.compile(r"(?<!\w)(?:Số hiệu|Loại văn bản|Nơi ban hành|Cơ quan ban hành|Ngày ban hành)(?!\w)")


def _portal_signer(doc: Document) -> str | None:
    """The signer's name a portal's box prints (PORTAL_SIGNER), where two more of the box's fields stand
    within three lines of it; None otherwise."""
    # (a box read as a table's row: its cells, each label in one, set apart as the page prints them)
    lines = [" | ".join(doc.cell_texts(ln)) if ln.is_row else ln.text for ln in doc.lines if ln.start < PORTAL_BOX_REACH]
    for k, t in enumerate(lines):
        if "Người ký" not in t or (m := PORTAL_SIGNER.search(t)) is None:
            continue
        near = " ".join(lines[max(0, k - 3):k + 4])
        if len(set(PORTAL_FIELDS.findall(near))) >= 2 and (name := _proper_name(m["name"], need_surname=True)):
            return name
    return None


# What a title line goes on with when it names the office the signer holds in another body
# ("PHÓ CHỦ TỊCH UBND TỈNH", "GIÁM ĐỐC SỞ CÔNG THƯƠNG", "CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN") (folded).
_OFFICE_BODY = re.compile(r"(?:ubnd|uy ban nhan dan|hdnd|hoi dong nhan dan|so|(?:tinh|thanh|huyen|quan|thi) uy"
                          rf"|dang uy|{_level_alternation(folded=True)})(?![a-z])")


def _concurrent_office(toks: list[tuple[str, str]], last: int) -> bool:
    """Is the last title the office the signer holds elsewhere, printed under the title that signs
    for the authority ("TM. BAN CHỈ ĐẠO / TRƯỞNG BAN / PHÓ CHỦ TỊCH UBND TỈNH")? Only a title that
    names its body does so; two bare titles in a row are two blocks side by side, read row by row
    ("KT. CHỦ TỊCH   CHỦ TỊCH" / "PHÓ CHỦ TỊCH"), where the last is the signer's."""
    if last < 2 or toks[last - 1][0] != "title" or toks[last - 2][0] != "auth":
        return False
    return _names_its_body(toks[last][1]) and not _names_its_body(toks[last - 1][1])


def _names_its_body(title: str) -> bool:
    """Does the title go on with the body the office belongs to ("PHÓ CHỦ TỊCH UBND TỈNH")?"""
    fs = _f(title)
    t = TITLE.match(fs)
    if t is None:
        return False
    rest = fs[t.end():].strip()
    # "TRƯỞNG PHÒNG Y TẾ": the title's own word is the body's kind, the rest its name
    return _OFFICE_BODY.match(rest) is not None or bool(rest and OFFICE_HEAD.search(fs[:t.end()]))


def _extract_signer(doc: Document) -> tuple[str | None, str | None, str | None]:
    toks = _signer_tokens(*_closing_pieces(doc), ocr=bool(doc.ocr))
    if not toks:
        return None, None, None
    last_title = max((i for i, (k, _) in enumerate(toks) if k == "title"), default=None)
    last_auth = max((i for i, (k, _) in enumerate(toks) if k == "auth"), default=None)
    if last_auth is not None and toks[last_auth][1].startswith("Q. ") and (last_title is None or last_title < last_auth):
        # "Q. CHỦ TỊCH" / "Q. GIÁM ĐỐC" over the name: "Q." (quyền) is no authority but part of the
        # acting head's title (Nghị định 30/2020/NĐ-CP writes it before the head's office); the
        # authority is the "TM." printed over it, if any ("TM. ỦY BAN NHÂN DÂN" / "Q. CHỦ TỊCH")
        toks = [*toks[:last_auth], ("title", toks[last_auth][1]), *toks[last_auth + 1:]]
        last_title = last_auth
    authority = None
    title = name = None
    if last_title is not None:
        title = toks[last_title][1]
        if _concurrent_office(toks, last_title):
            title = toks[last_title - 1][1]
        if doc.ocr:
            title = _before_misread(title) or title
        auths = [v for k, v in toks[:last_title] if k == "auth"]
        authority = auths[-1] if auths else None
        if doc.ocr and authority and authority.startswith("TM. ") and title.startswith("PHÓ "):
            authority = _lost_deputy_marker(_closing_pieces(doc)[0], title) or authority
        elif doc.ocr and authority is None and title.startswith("PHÓ ") and last_title > 0 \
                and toks[last_title - 1] == ("title", title[len("PHÓ "):]):
            # the head's title alone over the deputy's ("CHỦ TỊCH" / "PHÓ CHỦ TỊCH"): the "KT." before
            # it lost under the seal, as a deputy signs for the body through its head
            authority = f"KT. {title[len('PHÓ '):]}"
        name = next((v for k, v in toks[last_title + 1:] if k in ("name", "loose_name")), None)
        if name is None:   # the layout put the name before the block: the nearest one above it
            name = next((v for k, v in reversed(toks[:last_title]) if k in ("name", "loose_name")), None)
    else:
        auths = [v for k, v in toks if k == "auth"]
        authority = auths[-1] if auths else None
    return authority, title, name


def _lost_deputy_marker(pieces: list[str], title: str) -> str | None:
    """"KT. CHỦ TỊCH" when a scan's seal or signature hid the marker's line between "TM. …" and the
    deputy's title ("PHÓ CHỦ TỊCH") and OCR kept only its end ("Ủ TỊCH"): a deputy signs for a body
    through its head (Nghị định 30/2020/NĐ-CP), and the line left in capitals ends as the head's
    title does. None when no such line stands between the two."""
    head = title[len("PHÓ "):]
    fh = _f(head).split()
    at_title = max((k for k, p in enumerate(pieces) if _f(title) in _f(p)), default=None)
    at_body = max((k for k, p in enumerate(pieces[:at_title or 0]) if AUTHORITY.search(p)), default=None)
    if at_title is None or at_body is None:
        return None
    for p in pieces[at_body + 1:at_title]:
        words = re.findall(r"[a-z]+", _f(p))
        letters = [c for c in p if c.isalpha()]
        if (words and len(words) <= len(fh) and words[-1] == fh[-1] and all(c.isupper() for c in letters)
                and TITLE.search(" ".join(words)) is None):
            return f"KT. {head}"
    # (the marker's line read on into the deputy's, the seal's strokes before it: "ZZ Ủ TỊCH 4 PHÓ CHỦ TỊCH")
    line = pieces[at_title]
    cut = _f(line).rfind(_f(title))
    before = line[:cut] if cut > 0 else ""
    words = re.findall(r"[a-z]+", _f(before))
    if (len(words) >= 2 and words[-1] == fh[-1] and all(c.isupper() for c in before if c.isalpha())
            and TITLE.search(" ".join(words[-len(fh):])) is None):
        return f"KT. {head}"
    return None


def extract_recipients(doc: Document) -> list[Recipient]:
    """The Nơi nhận list, one Recipient per item, bullets and trailing ";"/"." removed."""
    lines = doc.lines
    caption = _noi_nhan_first(doc)
    if caption is None:
        return []
    i0, k, first, off, texts = caption
    same_line = texts[k + 1:]
    _, _, name = extract_signer(doc)
    items: list[str] = []
    pieces = [first[off:]] + same_line
    for ln in lines[i0 + 1:i0 + 45]:
        if _closing_end(_f(ln.text.strip(" *#"))):
            break
        pieces.extend(_texts(doc, ln))
    bulleted = any(BULLET.match(p) for p in pieces)
    seen_luu = False
    open_item = False   # the last item did not end with ";" or ".": a next line may continue it
    prev_comma = False  # the last item's line ended with ","
    for k, piece in enumerate(pieces):
        piece = _without_placeholders(piece)
        text = piece.strip()
        if not text or _ocr_junk(text) or (text[0] in "(KkCc" and _attached_note(_f(text))):
            continue   # (a seal's or signature's specks on a line of their own; "(Kèm theo Phụ lục)")
        has_bullet = bool(BULLET.match(text)) or k == 0
        cut = _signer_cut(text)
        head = text[:cut].strip()
        if not head:
            continue   # a signer line between items (columns read row by row)
        if name and (_proper_name(head) == name or not has_bullet and name.endswith(" " + head)):
            continue
        if not has_bullet and bulleted and not _f(head).startswith("luu"):
            # a line that is not an item: the end of the list, or the signer's name
            if _proper_name(head):
                continue
            if seen_luu or is_caps(head):
                break
            if items and (open_item or not head[0].isupper()):
                # a wrapped item: "- UBND huyện Chi Lăng, Văn Quan, Hữu" / "Lũng, Bắc Sơn, …;"
                parts = ITEM_SPLIT.split(head)
                # (a comma closing the line above, Party lists' item mark, was the list's own when
                # the item goes on: "- Các huyện ủy, thị ủy, thành ủy," / "đảng ủy trực thuộc,")
                joint = ", " if prev_comma and not open_item else " "
                items[-1] = _clean_item(f"{items[-1]}{joint}{parts[0]}", name) or items[-1]
                open_item = not _ENDS_ITEM.search(head)
                prev_comma = head.rstrip().endswith(",")
                head = " ".join(parts[1:]).strip()
                if not head:
                    continue
        for part in ITEM_SPLIT.split(head):
            item = _clean_item(part, name)
            if item and not _ocr_junk(item):
                items.append(item)
                if _f(item).startswith("luu"):
                    seen_luu = True
        open_item = not _ENDS_ITEM_OR_COMMA.search(head)
        prev_comma = head.rstrip().endswith(",")
    return [Recipient(i, r) for i, r in enumerate(items)]


@memo(4096)
def _signer_cut(text: str) -> int:
    """Where signer words start inside a recipients line ("- Lưu: VT. CHỦ TỊCH" -> at CHỦ)."""
    archive = "Lưu" in text
    for a, b in _caps_runs(text):
        run = text[a:b]
        if not _parse_run(run) and archive and (after := _after_archive_codes(run)):
            a, run = a + after, run[after:]   # ("- Lưu VT, QLCL GIÁM ĐỐC …": the last code glued to the title)
        if _parse_run(run):
            m = AUTHORITY.search(run)
            t = _title_at_start(_f(run), allow_codes=True)
            offs = [x.start() for x in (m, t) if x is not None]
            return a + (min(offs) if offs else 0)
    return len(text)


_ARCHIVE_CODE_WORD = re.compile(r"[A-ZĐ&]{2,6}\s+")


def _after_archive_codes(run: str) -> int | None:
    """Where a signer's words open in a capitals run of the archive item that opens on its codes with no
    mark after the last ("QLCL GIÁM ĐỐC"): past one or two code words; None if no signer follows them."""
    at = 0
    for _ in range(2):
        m = _ARCHIVE_CODE_WORD.match(run, at)
        if m is None:
            return None
        at = m.end()
        if _parse_run(run[at:]):
            return at
    return None


@memo(4096)
def _clean_item(part: str, name: str | None) -> str | None:
    s = BULLET.sub("", part.strip())
    s = _END_MARK.sub("", s)
    if name and s.endswith(name):
        s = s[: -len(name)].rstrip()
        # the signer's rank printed before the name, level with the last item ("- Lưu: VT.    Thiếu
        # tá Nguyễn Văn Long") goes with the name
        if s[-2:].lower() in ("tá", "úy", "uý", "ớng") and (r := _RANK_AT_END.search(_f(s))):
            s = s[: r.start()]
        elif (h := _HONORIFIC_AT_END.search(s)) is not None:   # ("- Lưu: VT.    Đ/c Phạm Thị Hân")
            s = s[: h.start()]
    s = s.strip()
    s = _TRAILING_PUNCT.sub("", s)
    s = " ".join(s.split())
    if not s or _proper_name(s, need_surname=True):
        return None
    return s
