from __future__ import annotations

import json
from pathlib import Path

import pytest

from eventwire.ingest import clean_text
from eventwire.ingest.text import classify_lines, split_caption_credit
from eventwire.records import Article

SHARED = Path(__file__).resolve().parents[1] / "shared" / "examples"
if not SHARED.exists():
    SHARED = Path("/work/shared/examples")
FIXTURES = Path(__file__).parent / "fixtures" / "ingest"


def check_blocks(a: Article) -> None:
    kinds = [b.kind for b in a.blocks]
    assert kinds == sorted(kinds, key=["title", "caption", "body"].index)
    assert "\n\n".join(a.text[b.start : b.end] for b in a.blocks) == a.text
    for b in a.blocks:
        assert a.text[b.start : b.end].strip() == a.text[b.start : b.end]


@pytest.fixture(scope="module")
def seed() -> tuple[Article, dict]:
    gold = json.loads((SHARED / "seed-article.gold.json").read_text())
    raw = (SHARED / gold["text_file"]).read_text()
    return clean_text(raw, gold["id"]), gold


def test_seed_title(seed: tuple[Article, dict]) -> None:
    article, gold = seed
    assert article.title == gold["title"]
    assert article.blocks[0].kind == "title"
    assert article.text.startswith(gold["title"] + "\n\n")


def test_seed_boilerplate_removed(seed: tuple[Article, dict]) -> None:
    article, gold = seed
    for line in gold["boilerplate"]:
        assert line not in article.text
        assert line in article.removed
    assert "Susan Rice" in article.removed  # the tag line under the title


def test_seed_body_kept(seed: tuple[Article, dict]) -> None:
    article, gold = seed
    for passage in gold["body_must_contain"]:
        assert passage in article.text
        assert passage in article.body


def test_seed_dates(seed: tuple[Article, dict]) -> None:
    article, gold = seed
    assert article.published is not None and article.published.startswith(gold["published"])
    assert article.updated == "2020-05-20"


def test_seed_caption_without_credit(seed: tuple[Article, dict]) -> None:
    article, _ = seed
    assert len(article.captions) == 1
    assert article.captions[0].startswith("U.S. National Security Advisor Susan Rice shakes hand")
    assert "Reuters/Andy Wong" not in article.text
    check_blocks(article)
    assert article.doc_id == "seed-article"


@pytest.mark.parametrize("name", sorted(p.stem for p in FIXTURES.glob("*.txt")))
def test_golden_fixtures(name: str) -> None:
    raw = (FIXTURES / f"{name}.txt").read_text()
    want = json.loads((FIXTURES / f"{name}.expected.json").read_text())
    a = clean_text(raw, name)
    assert a.title == want["title"]
    assert a.published == want["published"]
    assert a.updated == want["updated"]
    assert list(a.captions) == want["captions"]
    for chrome in want["boilerplate"]:
        assert chrome not in a.text, chrome
    for passage in want["body_must_contain"]:
        assert passage in a.text, passage
    check_blocks(a)


def test_fixtures_have_expectations() -> None:
    names = {p.stem for p in FIXTURES.glob("*.txt")}
    assert len(names) >= 3
    assert names == {p.name.removesuffix(".expected.json") for p in FIXTURES.glob("*.expected.json")}


@pytest.mark.parametrize(
    "line",
    [
        "Follow us",
        "Follow Us On Twitter",
        "Subscribe",
        "Sign up",
        "Share this",
        "Click here",
        "Read more",
        "Advertisement",
        "Get The App",
        "Make The Daily Your Homepage",
        "Join our newsletter for updates",
        "Related Stories",
        "Most Read",
        "By Maria Lopez",
        "Ahmed Rashid, Senior Correspondent",
        "Staff Writer",
        "© 2021 Example Media Group",
        "This site uses cookies. Accept cookies to continue.",
        "Read more: Protesters clash with police in Cairo",
        "Topics: Egypt | Protests | Cairo",
        "Egypt, Protests, Tahrir Square, Police",
    ],
)
def test_chrome_lines_dropped(line: str) -> None:
    raw = f"Protests Spread Across Egypt After Vote\n{line}\nProtesters filled Tahrir Square on Friday, witnesses said.\n"
    a = clean_text(raw, "x")
    assert line in a.removed
    assert line not in a.text
    assert a.body == "Protesters filled Tahrir Square on Friday, witnesses said."


@pytest.mark.parametrize(
    "line",
    [
        "Share prices fell sharply in Tokyo after the announcement.",
        "By the end of the week, troops had withdrawn from the town.",
        "Like many of his colleagues, the minister declined to comment.",
        "Follow-up talks are planned for next month in Geneva.",
        "More than 100 people were killed, officials said.",
        "He said.",
    ],
)
def test_sentences_with_chrome_words_kept(line: str) -> None:
    a = clean_text(f"Talks Resume In Geneva\n{line}\n", "x")
    assert a.body == line


def test_caption_credit_forms() -> None:
    assert split_caption_credit("(AP Photo/Jane Doe) Troops patrol the border.") == (
        "Troops patrol the border.",
        "(AP Photo/Jane Doe)",
    )
    text, credit = split_caption_credit("Troops patrol the border near Kobani. (Reuters/Murad Sezer)") or ("", "")
    assert text == "Troops patrol the border near Kobani." and "Murad Sezer" in credit
    assert split_caption_credit("Photo: Reuters/Andy Wong") == ("", "Photo: Reuters/Andy Wong")
    # a dateline is not a caption
    assert split_caption_credit("(Reuters) - Officials said on Monday that talks had failed.") is None
    assert split_caption_credit("Officials said on Monday that talks had failed.") is None


def test_given_title_and_published_win() -> None:
    raw = "Updated May 20, 2020\nSome Site Tagline For All Readers\nRebels Seize Town\nRebels seized the town on Monday.\n"
    a = clean_text(raw, "d1", title="Rebels Seize Town", published="2014-09-10", url="https://www.example.com/a/b")
    assert a.title == "Rebels Seize Town"
    assert a.published == "2014-09-10"
    assert a.updated == "2020-05-20"
    assert a.source_domain == "example.com" and a.url == "https://www.example.com/a/b"
    assert "Some Site Tagline For All Readers" in a.removed
    assert a.text == "Rebels Seize Town\n\nRebels seized the town on Monday."


def test_updated_stamp_close_to_text_dates_is_kept() -> None:
    raw = "Updated: September 12, 2014\nRice Meets Xi In Beijing\nRice met Xi on September 9, 2014, officials said.\n"
    assert clean_text(raw, "d").published == "2014-09-12"


def test_no_stamp_no_date() -> None:
    a = clean_text("Rice Meets Xi In Beijing\nRice met Xi on September 9, 2014, officials said.\n", "d")
    assert a.published is None and a.updated is None


def test_empty_and_chrome_only() -> None:
    assert clean_text("", "e").text == ""
    a = clean_text("Advertisement\nFollow us\n\n", "e")
    assert a.text == "" and a.blocks == () and a.title is None


def test_classify_reports_reasons() -> None:
    lines = classify_lines("Updated 2:00 PM EDT, Wed, May 20, 2020\nMake CT Your Homepage\n")
    assert [(ln.kind, ln.reason) for ln in lines] == [("stamp", "updated stamp"), ("chrome", "call to action")]
    assert lines[0].date == "2020-05-20"
