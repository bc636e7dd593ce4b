"""The main job in one place: Article -> actor mentions -> parse -> events.

    pipeline = Pipeline()
    for article, events in pipeline.code(articles):
        ...

The spaCy model and every table load once, on first use.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING

from eventwire.config import Settings
from eventwire.records import Article, Block, Event, Mention

if TYPE_CHECKING:
    from eventwire.coding.coder import Coder


class Pipeline:
    """``on_error(article, exc)`` is called when coding one article fails; that article
    then yields no events and the run goes on. Without it the error propagates."""

    def __init__(self, settings: Settings | None = None,
                 on_error: Callable[[Article, Exception], None] | None = None) -> None:
        self.settings = settings or Settings.from_env()
        self.on_error = on_error
        self._coder: Coder | None = None

    @property
    def coder(self) -> Coder:
        if self._coder is None:
            from eventwire.coding.coder import Coder

            self._coder = Coder()
        return self._coder

    @property
    def version(self) -> str:
        return self.coder.version

    def code(self, articles: Iterable[Article]) -> Iterator[tuple[Article, list[Event]]]:
        """Code articles in order; blocks of many articles share one ``nlp.pipe`` stream.
        With ``settings.prefilter`` only sentences that can hold an event are parsed
        (same events: tests/test_prefilter.py)."""
        if self.settings.prefilter:
            from eventwire.nlp.prefilter import code_prefiltered

            yield from code_prefiltered(self, articles)
            return
        yield from self._code_all(articles)

    def _code_all(self, articles: Iterable[Article]) -> Iterator[tuple[Article, list[Event]]]:
        from eventwire.nlp import load_nlp, parse_blocks

        nlp = load_nlp(self.settings.model)
        coder = self.coder
        pending: dict[int, tuple[Article, list[Mention], list[tuple[Block, object]]]] = {}
        counts: dict[int, int] = {}

        def items() -> Iterator[tuple[str, tuple[int, Block]]]:
            for n, article in enumerate(articles):
                mentions, texts = prepare(article)
                pending[n] = (article, mentions, [])
                counts[n] = len(texts)
                for block, text in texts:
                    yield text, (n, block)
                if not texts:
                    yield "", (n, Block("body", 0, 0))

        for doc, (n, block) in parse_blocks(nlp, items(), self.settings.batch_size,
                                            self.settings.n_process):
            article, mentions, parsed = pending[n]
            if block.end > block.start:
                parsed.append((block, doc))
            if len(parsed) >= counts[n]:
                del pending[n]
                yield article, self.code_article(article, parsed, mentions)

    def code_article(self, article: Article, parsed: list, mentions: list[Mention]) -> list[Event]:  # type: ignore[type-arg]
        """The coder on one parsed article, isolated: a failure goes to ``on_error``."""
        try:
            return self.coder.code_article(article, parsed, mentions)
        except Exception as exc:  # one bad article must not end a batch
            if self.on_error is None:
                raise
            self.on_error(article, exc)
            return []

    def code_one(self, article: Article) -> list[Event]:
        return next(iter(self.code([article])))[1]


def prepare(article: Article) -> tuple[list[Mention], list[tuple[Block, str]]]:
    """Actor mentions of the whole article (in reading order, so people named with their
    title are known when their surname comes back) and the block texts to parse."""
    from eventwire.actors import ActorResolver
    from eventwire.nlp.pairs import pair_mentions
    from eventwire.nlp.pipeline import block_texts, dateline_end, headline_case, mask_dateline

    resolver = ActorResolver(published=article.published)
    mentions: list[Mention] = []
    texts: list[tuple[Block, str]] = []
    for block, text in block_texts(article):
        found = resolver.mentions(text, offset=block.start)
        skip = block.start + dateline_end(text)  # a dateline's city is a place, not an actor
        found = [m for m in found if m.start >= skip]
        if block.kind != "title":  # "the two leaders met": the two named just before
            pairs, replaced = pair_mentions(text, mentions, found, block.start)
            found = sorted([m for m in found if m not in replaced] + pairs, key=lambda m: m.start)
        mentions.extend(found)
        text = mask_dateline(text)
        if block.kind == "title":
            text = headline_case(text, _proper_spans(text, found, block.start))
        texts.append((block, text))
    return mentions, texts


def _proper_spans(text: str, mentions: list[Mention], offset: int) -> list[tuple[int, int]]:
    """Spans of a Title Case headline that stay capitalised when it is sentence-cased:
    names in actor mentions (not their role words: "Russian Forces" -> "Russian forces")
    and place names ("Kharkiv")."""
    import re

    from eventwire.actors import load_actor_tables
    from eventwire.geo import default_resolver
    from eventwire.geo.gazetteer import load_stopnames

    roles = {r.lower() for r in load_actor_tables().roles}
    stop = load_stopnames()
    places = default_resolver()
    keep = []
    for m in mentions:
        for w in re.finditer(r"\S+", text[m.start - offset : m.end - offset]):
            if w.group().lower().strip(".,") not in roles:
                keep.append((m.start - offset + w.start(), m.start - offset + w.end()))
    for w in re.finditer(r"[A-Z][a-z]{3,}", text):  # short words ("To", "As") are rarely places
        word = w.group()
        if word.lower() not in roles and word.lower() not in stop and places.lookup(word):
            keep.append((w.start(), w.end()))
    return keep
