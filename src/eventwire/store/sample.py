"""Small hand-made records for tests and demos (no NLP needed).

``make_event`` builds an Event from short arguments; ``demo_batch`` returns a few articles
with events (two of them reporting the same event, so they form one cluster). Other
layers (web, CLI) may use these to fill a throwaway ``Store(":memory:")`` in their tests.
"""
from __future__ import annotations

from eventwire.records import Actor, Article, Block, Event, Evidence, Place

QUAD = {"01": 1, "02": 1, "03": 1, "04": 1, "05": 2, "06": 2, "07": 2, "08": 2,
        "09": 3, "10": 3, "11": 3, "12": 3, "13": 3, "14": 3, "15": 4, "16": 4,
        "17": 4, "18": 4, "19": 4, "20": 4}  # fmt: skip


def actor(code: str | None) -> Actor | None:
    """``"CHNGOV"`` -> Actor(code, country=CHN, role=GOV); 3-letter codes are countries;
    ``"NATO"``/``"IGO..."`` style codes get no country."""
    if code is None:
        return None
    if len(code) >= 3 and code[:3].isalpha() and code not in ("NATO", "ISIS", "UNO"):
        role = code[3:6] or None
        return Actor(code=code, country=code[:3], role=role, name=code.title())
    return Actor(code=code, country=None, role=None, name=code, kind="igo")


def make_event(doc_id: str, n: int, source: str | None, target: str | None, cameo: str, *,
               date: str | None = "2014-09-01", goldstein: float = 0.0,
               place: str | None = None, place_country: str | None = None,
               sentence: str | None = None, plover: str | None = None,
               trigger: str = "met", char_start: int = 0, confidence: float = 0.8,
               negated: bool = False) -> Event:  # fmt: skip
    root = cameo[:2]
    sent = sentence or f"{source} {trigger} {target} ({cameo})."
    loc = Place(name=place, country=place_country, lat=1.0, lon=2.0) if place else None
    return Event(
        event_id=f"{doc_id}:{n}", doc_id=doc_id, sentence_index=n, sentence=sent,
        source=actor(source), target=actor(target), cameo=cameo, cameo_root=root,
        plover=plover, quad_class=QUAD[root], goldstein=goldstein, negated=negated,
        date=date, location=loc, confidence=confidence,
        evidence=Evidence(trigger, char_start, char_start + len(trigger)),
        coder_version="test-1",
    )  # fmt: skip


def make_article(doc_id: str, text: str = "Title\n\nBody text.", **kw: object) -> Article:
    title_end = text.find("\n\n") if "\n\n" in text else len(text)
    blocks = (Block("title", 0, title_end),)
    if title_end < len(text):
        blocks += (Block("body", title_end + 2, len(text)),)
    kw.setdefault("published", "2014-09-01")
    kw.setdefault("url", f"https://example.org/{doc_id}")
    kw.setdefault("source_domain", "example.org")
    return Article(doc_id=doc_id, text=text, title=text[:title_end], blocks=blocks, **kw)  # type: ignore[arg-type]


def demo_batch() -> list[tuple[Article, list[Event]]]:
    """Three articles; a1 and a2 report the same USA->CHN meeting (one cluster)."""
    t1 = "Kerry meets Wang\n\nKerry met Wang Yi in Beijing on Monday. Russia accused Ukraine."
    t2 = "Talks in Beijing\n\nThe US met China in Beijing."
    t3 = "Clashes\n\nRebels attacked troops in Donetsk. NATO criticised Russia."
    return [
        (make_article("a1", t1), [
            make_event("a1", 0, "USAGOV", "CHNGOV", "040", date="2014-09-01", goldstein=1.0,
                       place="Beijing", place_country="CHN", plover="CONSULT",
                       sentence="Kerry met Wang Yi in Beijing on Monday.",
                       trigger="met", char_start=t1.index("met")),
            make_event("a1", 1, "RUS", "UKR", "112", date="2014-09-01", goldstein=-2.0,
                       plover="ACCUSE", sentence="Russia accused Ukraine.", trigger="accused",
                       char_start=t1.index("accused")),
        ]),
        (make_article("a2", t2, published="2014-09-02"), [
            make_event("a2", 0, "USAGOV", "CHNGOV", "042", date="2014-09-02", goldstein=1.9,
                       place="beijing", place_country="CHN", plover="CONSULT",
                       sentence="The US met China in Beijing.", trigger="met",
                       char_start=t2.index("met")),
        ]),
        (make_article("a3", t3, published="2014-09-10", source_domain="news.test"), [
            make_event("a3", 0, "UKRREB", "UKRMIL", "190", date="2014-09-10", goldstein=-10.0,
                       place="Donetsk", place_country="UKR", plover="ASSAULT",
                       sentence="Rebels attacked troops in Donetsk.", trigger="attacked",
                       char_start=t3.index("attacked")),
            make_event("a3", 1, "NATO", "RUS", "111", date="2014-09", goldstein=-2.0,
                       plover="ACCUSE", sentence="NATO criticised Russia.", trigger="criticised",
                       char_start=t3.index("criticised")),
        ]),
    ]  # fmt: skip
