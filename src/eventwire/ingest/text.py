"""Cleaning scraped plain text: one line per block, page chrome mixed in.

Each non-empty line is classified by general rules (cue words come from ``data/cues.tsv``):

1. cookie notices, copyright lines                                -> chrome
2. date stamps ("Updated ...", "Published ...", a lone date line)  -> stamp (dates kept)
3. photo captions ("(Photo : Reuters/...) text", "... (AP Photo/X)") -> caption, credit stripped
4. bylines ("By John Smith", "Jane Doe, Staff Reporter")          -> chrome
5. calls to action ("Like Us on Facebook", "Make X Your Homepage") -> chrome
6. labels and link lines ("Related Articles", "Read more: ...", tag lists) -> chrome
7. sentences (final punctuation, or 12+ words)                    -> body
8. the first headline-like line (4-20 words, no final period) before the body -> title
9. anything else (short labels, lone names, other headlines)       -> chrome

``clean_text`` then builds the Article: title, captions, body paragraphs joined by blank
lines, with Blocks; and picks the publication date (see ``dates.choose_published``).
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import Literal

from eventwire.ingest.cues import cues
from eventwire.ingest.dates import choose_published
from eventwire.ingest.lang import guess_language
from eventwire.records import Article, Block
from eventwire.timex import find_dates, parse_date

__all__ = ["Line", "classify_lines", "clean_text", "assemble", "parse_stamp", "split_caption_credit"]

LineKind = Literal["title", "caption", "body", "chrome", "stamp"]


@dataclass(frozen=True, slots=True)
class Line:
    """One input line and what the cleaner made of it.

    ``text`` is the line as it will be coded (a caption without its credit); ``raw`` the
    stripped input line; ``reason`` why it was kept or dropped; ``date`` a stamp's date and
    ``stamp`` its kind ("published" or "updated").
    """

    raw: str
    text: str
    kind: LineKind
    reason: str
    date: str | None = None
    stamp: str | None = None


_TERMINAL = re.compile(r"[.!?…:;][\"'”’)\]]*$|[\"”’]$")
_WORD = re.compile(r"[\w][\w'’.&-]*")


def _words(s: str) -> list[str]:
    return _WORD.findall(s)


def _norm(s: str) -> str:
    return " ".join(s.lower().replace("’", "'").split())


def _is_sentence(s: str) -> bool:
    return bool(_TERMINAL.search(s.rstrip()))


def is_title_case(s: str) -> bool:
    """Most content words start with a capital (or are all caps / digits)."""
    small = cues().small_word
    content = [w for w in _words(s) if w.lower() not in small]
    if not content:
        return False
    caps = sum(1 for w in content if w[0].isupper() or w[0].isdigit())
    return caps / len(content) >= 0.75


# --------------------------------------------------------------------------- rules


def _cookie(s: str) -> bool:
    c, words = cues(), set(w.lower() for w in _words(s))
    return bool(words & c.cookie_need) and bool(words & c.cookie_also) and len(words) <= 80


_COPYRIGHT = re.compile(r"^(?:©|\(c\)|copyright\b)|\ball rights reserved\b|©\s*\d{4}", re.IGNORECASE)


def _copyright(s: str) -> bool:
    return bool(_COPYRIGHT.search(s)) and len(_words(s)) <= 30


_TIME = re.compile(r"\b\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?|\b\d{1,2}\s*[ap]\.?m\.?\b", re.IGNORECASE)
_TZ = re.compile(r"\b(?:[A-Z]{2,4}T|UTC|GMT|ET|PT|CT|MT)\b")
_WEEKDAY = re.compile(r"\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:[a-z]*day)?\b\.?", re.IGNORECASE)


def _stamp(s: str) -> tuple[str, str] | None:
    """(kind, date) for a date-stamp line, else None."""
    return parse_stamp(s) or _lone_date(s)


def parse_stamp(s: str) -> tuple[str, str] | None:
    """("published" | "updated", ISO date) for "Updated 2:00 PM EDT, Wed, May 20, 2020",
    "Published: 3 March 2015" and the like; None for anything else."""
    if len(_words(s)) > 16:
        return None
    low = _norm(s)
    for word in cues().stamp:
        if low.startswith(word) and (len(low) == len(word) or not low[len(word)].isalpha()):
            value = parse_date(s[len(word) :])
            if value:
                kind = "updated" if ("updated" in word or "modified" in word) else "published"
                return kind, value
            return None
    return None


def _lone_date(s: str) -> tuple[str, str] | None:
    """A line that is only a date (and maybe a weekday, time, zone): a publication stamp."""
    if len(_words(s)) > 10 or not any(c.isdigit() for c in s):
        return None
    dates = [d for d in find_dates(s) if d.explicit and d.value]
    if len(dates) != 1:
        return None
    rest = s.replace(dates[0].text, " ")
    rest = _WEEKDAY.sub(" ", _TZ.sub(" ", _TIME.sub(" ", rest)))
    if len([w for w in _words(rest) if not w.isdigit()]) > 1:
        return None
    return "published", dates[0].value or ""


def _alt(phrases: tuple[str, ...]) -> str:
    return "|".join(re.escape(c).replace(r"\ ", r"\s+") for c in phrases)


@cache
def _credit_res() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(leading "(Photo ...)", leading "Photo:", trailing "(AP Photo/...)") patterns."""
    credit, agency = _alt(cues().credit), _alt(cues().agency)
    return (
        re.compile(rf"^\(\s*(?:{credit})\b[^()]*\)", re.IGNORECASE),
        re.compile(rf"^(?:{credit})\s*:\s*", re.IGNORECASE),
        re.compile(rf"\s*\((?:[^()]*\b(?:{agency})\b[^()]*)\)\s*$", re.IGNORECASE),
    )


def split_caption_credit(s: str) -> tuple[str, str] | None:
    """(caption text, credit) when ``s`` is a photo caption, else None.

    Recognises a leading credit "(Photo : Reuters/Andy Wong/Pool) ...", "Photo: ...",
    "(AP Photo/...)", and a trailing one "... (AP Photo/Jane Doe)", "... (Reuters)".
    The caption text may be empty (a credit-only line).
    """
    paren_re, colon_re, _ = _credit_res()
    lead = paren_re.match(s)
    if lead:
        after = s[lead.end() :]
        photo = re.search(r"photo|image|picture|/|:", lead.group(0), re.IGNORECASE)
        if photo or not re.match(r"\s*[-–—]", after):  # "(Reuters) - Officials said" is a dateline
            return _strip_trailing_credit(after.lstrip(" -–—:"))[0], lead.group(0)
    lead = colon_re.match(s)
    if lead:
        rest, tail = _strip_trailing_credit(s[lead.end() :])
        if len(_words(rest)) <= 6 and not _is_sentence(rest):
            return "", s  # "Photo: Reuters/Andy Wong" is only a credit
        return rest, (lead.group(0) + " " + tail).strip()
    rest, tail = _strip_trailing_credit(s)
    if tail and len(_words(rest)) >= 4:
        return rest, tail
    return None


def _strip_trailing_credit(s: str) -> tuple[str, str]:
    m = _credit_res()[2].search(s) if s.endswith(")") else None
    if not m:
        m = re.search(r"\s+[A-Z]{2,}(?:\s+PHOTO)?/[A-Z][\w.' -]+$", s)  # "... REUTERS/Andy Wong"
    if not m:
        return s.strip(), ""
    return s[: m.start()].strip(), m.group(0).strip()


_BY = re.compile(r"^by\s+(.+)$", re.IGNORECASE)


def _byline(s: str) -> bool:
    words = _words(s)
    if len(words) > 12 or s.rstrip().endswith((".", "!", "?")) and not _initial_end(s):
        return False
    m = _BY.match(s.strip())
    if m:
        names = _words(m.group(1))
        caps = [w for w in names if w[0].isupper()]
        return bool(names) and names[0][0].isupper() and names[0].lower() not in {"the", "then"} and len(caps) >= 0.6 * len(names)
    roles = cues().byline_role
    parts = re.split(r"\s*[,|–—•·]\s*|\s+-\s+", s.strip())
    tail = _words(parts[-1].lower())
    if not tail or tail[-1] not in roles:
        return False
    return len(parts) > 1 and len(tail) <= 4 or len(words) <= 3


def _initial_end(s: str) -> bool:
    return bool(re.search(r"\b[A-Z]\.$|\bJr\.$|\bSr\.$", s.strip()))


def _cta(s: str) -> bool:
    c = cues()
    words = [w.lower().strip(".") for w in _words(s)]
    if not words or len(words) > 10 or words[0] not in c.cta_verb:
        return False
    if len(words) <= 2 and not (_is_sentence(s) and len(words) > 1 and words[0] not in c.label):
        return True
    return any(w in c.cta_target for w in words[1:]) and (not _is_sentence(s) or len(words) <= 8)


_LINK_SEP = re.compile(r"\s*[:|»>•]|\s+[-–—]\s")


def _label(s: str) -> bool:
    c = cues()
    low = _norm(s).strip(" :|»>-–—•·")
    if low in c.label:
        return True
    for p in c.label_prefix:
        if low.startswith(p):
            rest = low[len(p) :]
            if _LINK_SEP.match(rest) or (p.endswith(" by") and rest.startswith(" ")):
                return True
    return _tag_list(s)


def _tag_list(s: str) -> bool:
    """"China, ISIS, Susan Rice" or "World | Asia | China": short items, no sentence."""
    if _is_sentence(s):
        return False
    items = [i for i in re.split(r"\s*[,|•·/]\s*|\s{3,}", s.strip()) if i]
    if len(items) < 3:
        return False
    return all(len(_words(i)) <= 4 for i in items) and sum(1 for i in items if i[:1].isupper()) >= 0.7 * len(items)


# --------------------------------------------------------------------------- classification


def _classify(s: str) -> Line:
    if _cookie(s):
        return Line(s, s, "chrome", "cookie notice")
    if _copyright(s):
        return Line(s, s, "chrome", "copyright")
    stamp = _stamp(s)
    if stamp:
        return Line(s, s, "stamp", f"{stamp[0]} stamp", date=stamp[1], stamp=stamp[0])
    cap = split_caption_credit(s)
    if cap is not None:
        text, credit = cap
        if len(_words(text)) < 3:
            return Line(s, s, "chrome", "photo credit")
        return Line(s, text, "caption", f"photo caption (credit: {credit})")
    if _byline(s):
        return Line(s, s, "chrome", "byline")
    if _cta(s):
        return Line(s, s, "chrome", "call to action")
    if _label(s):
        return Line(s, s, "chrome", "label or link line")
    n = len(_words(s))
    if n >= 2 and _is_sentence(s) or n >= 12:
        return Line(s, s, "body", "sentence")
    if n < 4:
        return Line(s, s, "chrome", "short label-like line")
    if n <= 20:
        return Line(s, s, "chrome", "headline-like line")
    return Line(s, s, "body", "long line")


def classify_lines(raw: str, *, title: str | None = None) -> list[Line]:
    """Every non-empty line of ``raw`` with its kind and reason (see module doc)."""
    out: list[Line] = []
    want = _norm(title) if title else None
    have_title, have_body = False, False
    for raw_line in raw.splitlines():
        s = " ".join(raw_line.split())
        if not s:
            continue
        if want is not None and not have_title and _norm(s) == want:
            out.append(Line(s, s, "title", "given title"))
            have_title = True
            continue
        line = _classify(s)
        if not have_title and not have_body and want is None and _title_candidate(s, line):
            line = Line(s, s, "title", "first headline-like line")
            have_title = True
        elif line.reason == "headline-like line" and have_title and _deck(s):
            line = Line(s, s, "body", "standfirst (deck) after title")
        have_body = have_body or line.kind == "body"
        out.append(line)
    return out


def _title_candidate(s: str, line: Line) -> bool:
    if line.kind in ("caption", "stamp") or line.reason in ("cookie notice", "copyright", "byline", "call to action", "label or link line"):
        return False
    n = len(_words(s))
    if not 4 <= n <= 20 or s.rstrip().endswith("."):
        return False
    return not _is_sentence(s) or is_title_case(s)


def _deck(s: str) -> bool:
    return len(_words(s)) >= 8 and not is_title_case(s)


# --------------------------------------------------------------------------- article


MAX_BLOCK_CHARS = 5_000  # longer "paragraphs" (a page with no line breaks) are split
_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*\s+")


def split_long(piece: str, limit: int = MAX_BLOCK_CHARS) -> list[str]:
    """``piece`` in parts of at most ``limit`` characters, cut after a sentence end when
    there is one in the second half of the window, else at a space, else hard.

    A real paragraph is far shorter; an unbroken page of text is not one block: spaCy
    refuses texts over 1,000,000 characters and per-block work grows with block length.
    """
    out: list[str] = []
    rest = piece.strip()
    while len(rest) > limit:
        window = rest[: limit + 1]
        ends = [m.end() for m in _SENTENCE_END.finditer(window, limit // 2)]
        cut = ends[-1] if ends else window.rfind(" ", limit // 2) + 1 or limit
        out.append(rest[:cut].rstrip())
        rest = rest[cut:].lstrip()
    if rest:
        out.append(rest)
    return out


def assemble(
    doc_id: str,
    title: str | None,
    captions: Sequence[str],
    paragraphs: Sequence[str],
    **meta: object,
) -> Article:
    """An Article whose text is title, captions, paragraphs joined by blank lines (pieces
    over ``MAX_BLOCK_CHARS`` become several blocks, see ``split_long``)."""
    parts: list[str] = []
    blocks: list[Block] = []
    pos = 0
    pieces = [("title", title)] if title else []
    pieces += [("caption", c) for c in captions] + [("body", p) for p in paragraphs]
    for kind, whole in pieces:
        for piece in split_long(whole or ""):
            if parts:
                pos += 2
            parts.append(piece)
            blocks.append(Block(kind, pos, pos + len(piece)))  # type: ignore[arg-type]
            pos += len(piece)
    return Article(doc_id=doc_id, text="\n\n".join(parts), title=title or None, blocks=tuple(blocks), **meta)  # type: ignore[arg-type]


def clean_text(
    raw: str,
    doc_id: str,
    *,
    url: str | None = None,
    published: str | None = None,
    title: str | None = None,
) -> Article:
    """Clean scraped plain text into an Article (see module doc).

    ``published`` given by the caller wins; otherwise a "Published" stamp, else the date
    inferred from an "Updated" stamp and the dates the lead text states.
    """
    lines = classify_lines(raw, title=title)
    found_title = next((ln.text for ln in lines if ln.kind == "title"), None)
    captions = [ln.text for ln in lines if ln.kind == "caption"]
    body = [ln.text for ln in lines if ln.kind == "body"]
    stamps = {ln.stamp: ln.date for ln in reversed(lines) if ln.kind == "stamp"}
    lead = ([found_title or title or ""] + captions + body[:3])
    pub = published or choose_published(stamps.get("published"), stamps.get("updated"), lead)
    return assemble(
        doc_id,
        title or found_title,
        captions,
        body,
        published=pub,
        updated=stamps.get("updated"),
        url=url,
        source_domain=domain_of(url),
        language=guess_language(" ".join(body[:20]) or " ".join(captions)),
        format="text",
        removed=tuple(ln.raw for ln in lines if ln.kind in ("chrome", "stamp")),
    )


def domain_of(url: str | None) -> str | None:
    """"https://www.example.com/a" -> "example.com"."""
    if not url:
        return None
    from urllib.parse import urlsplit

    host = (urlsplit(url if "//" in url else "//" + url).hostname or "").lower()
    return host.removeprefix("www.") or None
