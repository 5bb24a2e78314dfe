"""Campaigns: named emulation movements, campaigns and contests, one `Campaign` per mention.

A campaign is a quoted name ("…", “…”, «…», '…') that a cue word introduces in the same clause:
phong trào, thi đua, cuộc vận động, cuộc thi, hội thi, chiến dịch, chủ đề, phát động. A quoted
list carries the cue on: `các phong trào do tỉnh phát động: “A”; “B”; “C”` gives A, B and C.
A quote with no cue before it in its clause (“Đền ơn đáp nghĩa” after "công tác") is not a
campaign, and neither is one whose cue is separated from it by another head noun ("gương",
"danh hiệu", "Ban chỉ đạo", …): that quote names the other thing. A movement's head noun printed right
after the quote names it too ("“Dân vận khéo” là phong trào …", "“Ngày Chủ nhật xanh” – phong trào …"), and so
does one printed inside the quotes ("tổ chức “Tháng hành động vì an toàn thực phẩm”"). A quote that names an
event (a race, a sports meet, a festival: "“Giải chạy việt dã …”") is none, whatever cue stands before it.

Patterns come first, named; the code that uses them follows.
"""
from __future__ import annotations

import re
import unicodedata

from extractors.references import normalize_tone_marks
from models.records import Campaign
from extractors.textscan import find_all, matches_at

__all__ = ["extract_campaigns", "campaign_key"]

# =============================================================================================
# Patterns
# =============================================================================================

# A quoted name: curly quotes, straight quotes (across a line only as _WRAPPED says) or guillemets; straight quotes
# doubled, as a spreadsheet or CSV export leaves them (""…""); single quotes, straight or curly,
# as some typists use them ('Xanh - Sạch - Đẹp'), only outside a word: the apostrophe of a
# Tây Nguyên name (Đắk R'Lấp, Ea H'leo) opens or closes nothing. Two single quotes typed for a double
# one come out of autocorrect curly and doubled (‘‘…’’): one mark, as the straight pair ''…'' is. A pair
# mixed by autocorrect or a paste (“…", "…”), or printed with one mark twice (“…“, ”…”: a font or
# converter that has only one), closes where the name does: the mark that closes it is not the one that
# opens the next (a straight quote holds no curly mark, else "A” và "B" would pair the straight marks
# around “ và ”).
# A name a line break cuts (a PDF's or a typist's wrap: "Cuộc vận động “Toàn dân đoàn kết xây dựng nông
# thôn mới, đô thị⏎văn minh”"), tried only where no mark closes it on its own line: one break, and the
# line it runs on to opens with a word (not a bullet, a number or a quote), closing it before any other mark;
# guillemets likewise ("phong trào «Đảng viên gương mẫu,⏎Chi bộ trong sạch»").
_WRAPPED = r"[^“”\n]{1,300}\n[^\S\n]*(?=[^\W\d_])[^“”\n]{1,200}?"
_WRAPPED_STRAIGHT = _WRAPPED.replace("“”", "“”\"")
_WRAPPED_GUILLEMET = _WRAPPED.replace("“”", "«»")
QUOTED = re.compile(
    r"“(?P<curly>[^“”\n]{1,300}?)”"
    r'|""(?P<doubled>[^"\n]{1,300}?)""'
    r'|"(?P<straight>[^"“”\n]{1,300}?)"'
    r"|«(?P<guillemet>[^«»\n]{1,300}?)»"
    r"|‘‘(?P<doubled_single>[^‘’\n]{1,300}?)’’"
    r"|(?<!\w)[‘'](?P<single>[^‘’'\n]{1,300}?)[’'](?!\w)"
    r'|“(?P<curly_straight>[^“”"\n]{1,300}?)"(?!\w)'
    r'|"(?P<straight_curly>[^“”"\n]{1,300}?)”'
    r"|“(?P<two_openers>[^“”\"\n]{1,300}?)“(?!\w)"
    r"|(?<!\w)”(?=\w)(?P<two_closers>[^“”\"\n]{1,300}?)”"
    rf"|“(?P<curly_wrapped>{_WRAPPED})”"
    rf'|"(?P<straight_wrapped>{_WRAPPED_STRAIGHT})"'
    rf"|«(?P<guillemet_wrapped>{_WRAPPED_GUILLEMET})»"
)
# Words that introduce a named movement, campaign or contest.
CUE = re.compile(
    r"(?<!\w)(?:phong\s+trào|thi\s+đua|cuộc\s+vận\s+động|cuộc\s+thi|hội\s+thi|chiến\s+dịch"
    r"|chủ\s+đề|phát\s+động)(?!\w)",
    re.IGNORECASE,
)
# The cue that only says "theme" ("với chủ đề “…”"), and what may stand before it when the theme
# is a show's, an exhibition's or a ceremony's rather than a movement's.
THEME = re.compile(r"chủ\s+đề", re.IGNORECASE)
# An event's or a conference's theme is one too ("chuỗi sự kiện Ngày Chuyển đổi số với chủ đề “…”").
# A festival's theme is one too ("Tết Trung thu cho học sinh với chủ đề “Đêm hội trăng rằm”", "hội trại
# với chủ đề “…”"); a Tết only as the children's festivals: a movement greets the New Year's ("thi đua
# mừng Đảng, mừng Xuân, đón Tết với chủ đề “…”").
SHOW_HEAD = re.compile(
    r"(?<!\w)(?:tiết\s+mục|văn\s+nghệ|biểu\s+diễn|nghệ\s+thuật|sân\s+khấu|triển\s+lãm|trưng\s+bày|ảnh"
    r"|hội\s+thảo|t(?:ọa|oạ)\s+đàm|diễn\s+đàn|hội\s+nghị|sự\s+kiện|lễ|mít\s+tinh"
    r"|tết\s+(?:trung\s+thu|thiếu\s+nhi)|ngày\s+hội|đêm\s+hội|hội\s+trại|liên\s+hoan|hội\s+diễn)(?!\w)",
    re.IGNORECASE)
# "chủ đề năm 2025", "chủ đề của năm": the theme a body gives its year's work, which no movement cue before
# it in the clause makes a movement's ("phong trào thi đua năm 2025 với chủ đề “…”" is one).
YEAR_THEME = re.compile(r"\s+(?:của\s+)?năm(?:\s+(?:19|20)\d{2})?(?!\w)", re.IGNORECASE)
# How far before "chủ đề" such a head may stand: a ceremony's name runs on with what it marks ("Lễ mít
# tinh kỷ niệm 95 năm Ngày thành lập Hội LHPN Việt Nam với chủ đề “…”").
SHOW_REACH = 120
# "thi đua" that names an award or a body, not a movement: "danh hiệu thi đua “Chiến sĩ thi đua
# cơ sở”", "Cờ thi đua", "Cụm thi đua", "Hội đồng Thi đua - Khen thưởng".
NOT_A_CUE_AFTER = re.compile(
    r"(?<!\w)(?:danh\s+hiệu|cờ|chiến\s+sĩ|cụm|khối|hội\s+đồng|giao\s+ước|tiêu\s+chí|bảng)\s+$", re.IGNORECASE)
# Head nouns that, standing between a cue and a quote, make the quote name something else:
# "phong trào … công tác “Đền ơn đáp nghĩa”", "cuộc thi viết về gương …, “Người tốt, việc tốt”"; a
# slogan, message, motto, spirit, goal or call a movement spreads is not the movement ("phong trào với
# thông điệp “Mỗi người dân là một công dân số”", "thi đua thực hiện phương châm “4 tại chỗ”", "thi đua
# với tinh thần “Nói ít, làm nhiều”", "phong trào hướng tới mục tiêu “Không có hộ nghèo trong hội viên”").
OTHER_HEAD = re.compile(
    r"(?<!\w)(?:công\s+tác|gương|bài\s+viết|tác\s+phẩm|danh\s+hiệu|mô\s+hình|ban\s+chỉ\s+đạo"
    r"|ban\s+tổ\s+chức|câu\s+lạc\s+bộ|khẩu\s+hiệu|thông\s+điệp|phương\s+châm|giải\s+thưởng|tiêu\s+chí|tiêu\s+chuẩn"
    r"|slogan|tinh\s+thần|mục\s+tiêu|quyết\s+tâm|lời\s+kêu\s+gọi|lời\s+hiệu\s+triệu|tôn\s+chỉ|châm\s+ngôn"
    r"|kế\s+hoạch|quyết\s+định|chỉ\s+thị|nghị\s+quyết|văn\s+bản|chương\s+trình|dự\s+án|đề\s+án"
    r"|chuyên\s+mục|chuyên\s+trang"
    # a fund a movement raises money for ("phát động ủng hộ Quỹ “Vì người nghèo”", "Quỹ “Đền ơn đáp nghĩa”"); not
    # land, time or wages a movement uses ("sử dụng hiệu quả quỹ đất “Dân vận khéo”")
    r"|quỹ(?!\s+(?:đất|thời\s+gian|lương|nhà))"
    # a document cited between them: the quote is its trích yếu or what it is about ("thi đua thực hiện
    # Kết luận số 01-KL/TW về “…”", "Công văn số 512/UBND-NV về “Ngày hội …”"); a law only by its
    # capital ("tìm hiểu pháp luật “…”" is the contest's own topic)
    r"|kết\s+luận|hướng\s+dẫn|công\s+văn|thông\s+báo|thông\s+tư|nghị\s+định|quy\s+chế|tờ\s+trình|công\s+điện"
    r"|(?-i:Luật|Bộ\s+luật|Pháp\s+lệnh))(?!\w)",
    re.IGNORECASE,
)
# The head noun printed right after the quote it names: "“Dân vận khéo” là phong trào …", "“Ngày Chủ nhật
# xanh” – phong trào do Đoàn phát động", "“Xuân yêu thương” (cuộc vận động)". Only a movement's head nouns
# ("thi đua", "chủ đề", "phát động" after a quote are the sentence going on), only right after the mark,
# and not when a quote follows the head within a few words: the head then names that quote ("“A” –
# phong trào “B”").
CUE_AFTER = re.compile(
    r"[^\S\n]*(?:là[^\S\n]+(?:một[^\S\n]+)?|[-–—][^\S\n]*|\([^\S\n]*)"
    r"(?:phong\s+trào|cuộc\s+vận\s+động|cuộc\s+thi|hội\s+thi|chiến\s+dịch)(?!\w)"
    r"(?![^“”\"«\n.;]{0,40}[“\"«])",
    re.IGNORECASE,
)
# A quoted name that opens with a campaign's own head noun names a campaign by itself ("Tổ chức “Tháng hành
# động vì an toàn thực phẩm”", "Hưởng ứng “Cuộc thi tìm hiểu pháp luật …”"): the cue is inside the quotes,
# so no cue need stand before them; only another head right before the quote makes it that thing's name
# ("Ban Chỉ đạo “Tháng hành động …”", "Kế hoạch “…”").
OWN_HEAD = re.compile(
    r"(?:tháng\s+hành\s+động|tháng\s+cao\s+điểm|chiến\s+dịch|phong\s+trào|cuộc\s+vận\s+động|cuộc\s+thi|hội\s+thi"
    r"|đợt\s+thi\s+đua)(?!\w)", re.IGNORECASE)
OTHER_HEAD_RIGHT_BEFORE = re.compile(rf"(?:{OTHER_HEAD.pattern})[^\S\n]*$", re.IGNORECASE)
# A battle remembered ("Kỷ niệm 70 năm chiến thắng “Chiến dịch Điện Biên Phủ”"): a war's campaign, no movement.
REMEMBERED_RIGHT_BEFORE = re.compile(r"(?:chiến\s+thắng|kỷ\s+niệm|kỉ\s+niệm)[^\S\n]*$", re.IGNORECASE)
# A quoted name that opens with an event's head noun names that event (a race, a tournament, a sports meet,
# a festival of shows: "“Giải chạy việt dã truyền thống”", "“Hội thao người cao tuổi”"), not a movement or an
# emulation contest, even after a movement's cue or in a list of movements. "Giải" only with a sport after
# it: "“Giải phóng mặt bằng …”", "“Giải quyết dứt điểm …”" are movements' verbs.
EVENT_HEAD = re.compile(
    r"(?:giải\s+(?:chạy|việt\s+dã|bóng|cầu\s+lông|bơi|cờ|thể\s+thao|vô\s+địch|đua|marathon|quần\s+vợt|bắn|vật"
    r"|kéo\s+co|golf|xe\s+đạp|điền\s+kinh|pickleball|võ|thi\s+đấu)|hội\s+thao|hội\s+khỏe|hội\s+khoẻ"
    r"|đại\s+hội\s+thể\s+dục|liên\s+hoan|hội\s+diễn)(?!\w)", re.IGNORECASE)
# The first letters those two may open with (a gate before either regex is tried).
HEAD_INITIALS = frozenset("TtCcPpHhĐđGgLl")
# A clause ends at . ! ? ; (a full stop only before a space) or at a line break.
CLAUSE_BREAK = re.compile(r"[;!?]|\.(?=\s)|\n")
# Between two names of one list: commas, semicolons, "và", bullets, a line break.
LIST_SEPARATOR = re.compile(r"[\s,;:\-–+•]*(?:(?:và|hoặc|cùng)\s*)?[\s\-–+•]*", re.IGNORECASE)
# What may stand at the start of a line before a listed name.
BULLETS = " \t-+•*–"
# At most this many words between the cue and the quote.
MAX_GAP_WORDS = 10
# A name must hold a letter.
HAS_LETTER = re.compile(r"[^\W\d_]")
# What name_key drops: punctuation and dashes (letters, digits and spaces stay).
KEY_DROP = re.compile(r"[^\w\s]|_")


# =============================================================================================
# Public API
# =============================================================================================

def campaign_key(name: str) -> str:
    """The key grouping one movement across plans: NFC, modern tone placement, case-folded,
    punctuation and dashes dropped, spaces collapsed.

    "Người tốt, việc tốt" and "Người tốt - Việc tốt" both give "người tốt việc tốt".
    """
    s = normalize_tone_marks(unicodedata.normalize("NFC", name)).casefold()
    return " ".join(KEY_DROP.sub(" ", s).split())


def extract_campaigns(text: str, from_pos: int = 0) -> list[Campaign]:
    """Every campaign named in text from from_pos (the plan's own header: a web page's title above it
    is none of the plan's mentions), in reading order, one per mention."""
    text = text or ""
    out: list[Campaign] = []
    last_campaign_end = None
    for m in _quoted(text):
        if m.start() < from_pos:
            continue
        group = m.lastgroup
        start, end = _strip_span(text, m.start(group), m.end(group))
        name = " ".join(text[start:end].split())
        if not name or not HAS_LETTER.search(name):
            last_campaign_end = None
            continue
        listed = last_campaign_end is not None and LIST_SEPARATOR.fullmatch(text, last_campaign_end, m.start())
        if name[0] in HEAD_INITIALS and EVENT_HEAD.match(name):
            # an event's name: none, though a list of movements may go on past it
            last_campaign_end = m.end() if listed or _cued(text, m.start()) else None
            continue
        if listed or _cued(text, m.start()) or _cued_after(text, m.start(), m.end()) or _named_own_head(text, m.start(), name):
            out.append(Campaign(campaign_id=len(out), name=name, name_key=campaign_key(name),
                                char_start=start, char_end=end))
            last_campaign_end = m.end()
        else:
            last_campaign_end = None
    return out


# =============================================================================================
# Helpers
# =============================================================================================

def _quoted(text: str):
    """QUOTED.finditer(text), tried only where an opening quote is printed (found by plain
    substring search: the regex engine would test every character of the text)."""
    return matches_at(QUOTED, text, find_all(text, "“\"«'‘”"))


def _strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The quoted span without surrounding spaces or a trailing comma, semicolon or colon."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:"):
        end -= 1
    return start, end


def _clause_before(text: str, pos: int) -> int:
    """Start of the clause holding pos; a line break right before pos does not end it
    ("Phong trào thi đua\\n“Vì người nghèo”", "phát động:\\n- “A”")."""
    window = max(0, pos - 400)
    for b in reversed(list(CLAUSE_BREAK.finditer(text, window, pos))):  # the last break that counts
        if b.group() == "\n" and not text[b.end():pos].strip(BULLETS):
            continue
        return b.end()
    return window


def _named_own_head(text: str, quote_start: int, name: str) -> bool:
    """The quoted name opens with a campaign's head noun (OWN_HEAD), and no other head stands right
    before the quote."""
    if name[0] not in HEAD_INITIALS or OWN_HEAD.match(name) is None:
        return False
    before = max(0, quote_start - 40)
    return OTHER_HEAD_RIGHT_BEFORE.search(text, before, quote_start) is None \
        and REMEMBERED_RIGHT_BEFORE.search(text, before, quote_start) is None


def _cued_after(text: str, quote_start: int, quote_end: int) -> bool:
    """The quote is named a movement by the head noun printed right after it (CUE_AFTER), and no other
    head right before it names it something else."""
    if CUE_AFTER.match(text, quote_end) is None:
        return False
    return OTHER_HEAD.search(text, max(_clause_before(text, quote_start), quote_start - 30), quote_start) is None


def _cued(text: str, quote_start: int) -> bool:
    """A cue word stands before the quote in its clause, with no other head or quote between."""
    clause_start = _clause_before(text, quote_start)
    cues = [c for c in CUE.finditer(text, clause_start, quote_start)
            if not NOT_A_CUE_AFTER.search(text, max(0, c.start() - 20), c.start())]
    if not cues:
        return False
    last_cue = cues[-1]
    if THEME.fullmatch(last_cue.group()):
        # the theme of a show, an exhibition or a ceremony named since the last movement cue
        # ("tiết mục văn nghệ chủ đề “…”", "triển lãm ảnh với chủ đề “…”"), not a movement's
        movement = next((c for c in reversed(cues[:-1]) if not THEME.fullmatch(c.group())), None)
        since = max(clause_start, last_cue.start() - SHOW_REACH, movement.end() if movement else 0)
        if SHOW_HEAD.search(text, since, last_cue.start()):
            return False
        if movement is None and YEAR_THEME.match(text, last_cue.end()):
            return False    # a year's theme ("chủ đề năm 2025 “Năm tăng cường kỷ luật, kỷ cương”"): no movement's
    gap = text[last_cue.end():quote_start]
    if len(gap.split()) > MAX_GAP_WORDS or OTHER_HEAD.search(gap):
        return False
    return not any(q in gap for q in "“”\"«»‘’")
