from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.ingest import from_html
from eventwire.ingest.report import InputError

HTML = Path(__file__).parent / "fixtures" / "ingest" / "html"


def page(name: str) -> str:
    return (HTML / f"{name}.html").read_text(encoding="utf-8")


def test_main_text_metadata_and_caption() -> None:
    a = from_html(page("rice-china"), "rice", url="https://www.wnd.example/x/y?utm=1")
    assert a.title == "US Urges China To Support Anti-ISIS Campaign In Middle East"
    assert a.canonical_url == "https://www.wnd.example/articles/rice-china-isis"
    assert a.source_domain == "wnd.example"
    assert a.url == "https://www.wnd.example/x/y?utm=1"
    assert (a.published, a.updated) == ("2014-09-09", "2020-05-20")
    assert a.language == "en" and a.format == "html"
    assert a.captions == (
        "U.S. National Security Advisor Susan Rice shakes hand with Chinese President Xi Jinping at the "
        "Great Hall of the People, Beijing on September 9, 2014.",
    )
    assert "As the Obama administration builds the international coalition" in a.body
    assert "still discussing possible Chinese contribution." in a.body
    assert [b.kind for b in a.blocks][:2] == ["title", "caption"]


@pytest.mark.parametrize(
    "chrome",
    [
        "We use cookies",
        "Subscribe",
        "Politics",
        "By Jane Doe",
        "Reuters/Andy Wong",
        "Advertisement",
        "Related Articles",
        "Obama Hails Coalition",
        "This is outrageous",  # a reader comment
        "Great article",
        "Follow us on Twitter",
        "All rights reserved",
    ],
)
def test_chrome_not_in_text(chrome: str) -> None:
    assert chrome not in from_html(page("rice-china"), "rice").text


def test_updated_stamp_outside_main_text_and_old_story() -> None:
    a = from_html(page("updated-stamp"), "kobani")
    assert a.title == "Kurdish Fighters Retake Villages Near Kobani"
    assert a.updated == "2021-01-11"
    assert a.published == "2014-10"  # the story's own dates, not the re-stamp
    for chrome in ("Read more:", "Share this article", "Iraqi Army Regains", "media still reports", "uses cookies", "Sign in"):
        assert chrome not in a.text
    assert "Turkey said it was helping Iraqi Kurdish peshmerga forces" in a.text


def test_non_english_is_labelled() -> None:
    a = from_html(page("german"), "de")
    assert a.language == "de"
    assert a.published == "2022-03-01"


@pytest.mark.parametrize("bad", ["", "   ", "\x00\x01\x02", "<<<>>>"])
def test_unparseable_raises(bad: str) -> None:
    with pytest.raises(InputError):
        from_html(bad, "x")


def test_chrome_only_page_has_no_text() -> None:
    html = "<html><body><nav><a href='/'>Home</a><a href='/a'>About us</a></nav><footer>© 2020 X</footer></body></html>"
    a = from_html(html, "x")
    assert a.body == ""


def test_garbage_markup_does_not_crash() -> None:
    a = from_html("<html><body><p>Unclosed <b>tags <div><p>Rebels seized the town of Raqqa on Monday, residents said, after a week of heavy fighting.</div>", "x")
    assert "Rebels seized the town of Raqqa" in a.text
