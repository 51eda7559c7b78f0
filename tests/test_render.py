"""Safe Markdown for document text and questions: hostile input renders as text, highlights land on the quote."""

from __future__ import annotations

import html
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from assistant.present.render_text import (
    HIGHLIGHT,
    TAB,
    context_span,
    enclosing_span,
    escape_markdown,
    highlight_markdown,
    inline_text,
    plain_line,
)

markdown_it = pytest.importorskip("markdown_it")
MD = markdown_it.MarkdownIt("commonmark").enable("table").enable("strikethrough")

HOSTILE = [
    "[klik](javascript:alert(1))",
    "<script>alert('x')</script>",
    "**x** __y__ *z* _w_",
    "www.evil.nl",
    "https://evil.nl/pad?q=1",
    "a@b.nl",
    "![beeld](https://evil.nl/x.png)",
    "`code` ~~weg~~ $x^2$ :smile: :red[rood] :material/home:",
    "&lt;b&gt; &amp; &#60;",
    "# kop",
    "> citaat",
    "1. lijst",
    "- lijst",
    "| a | b |",
    "\\[al geëscaped\\]",
]


def rendered_text(markdown: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", "", MD.renderInline(markdown)))


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_text_renders_as_exactly_itself(text):
    escaped = escape_markdown(text)
    output = MD.render(escaped)
    assert not re.search(r"<(a|img|script|strong|em|code|h\d|blockquote|ol|ul|li|table|s|del)\b", output), output
    assert rendered_text(escaped) == text


@pytest.mark.parametrize("text,must_contain", [
    ("www.evil.nl", "www\\.evil\\.nl"),
    ("a@b.nl", "a\\@b\\.nl"),
    ("https://evil.nl", "https\\:\\/\\/evil\\.nl"),
    (":smile: :red[x]", "\\:smile\\: \\:red\\[x\\]"),
    ("$x$", "\\$x\\$"),
])
def test_autolinks_directives_and_maths_are_broken_by_escapes(text, must_contain):
    assert must_contain in escape_markdown(text)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), max_size=80))
def test_any_single_line_round_trips_through_commonmark(text):
    text = " ".join(text.split())
    assert rendered_text(escape_markdown(text)).strip() == text.strip()


def test_inline_text_flattens_newlines():
    assert inline_text("Wat doet\n\nhet RIEC?") == "Wat doet het RIEC\\?"


def test_highlight_wraps_exactly_the_quote_and_keeps_it_escaped():
    text = "Eerste zin. Tweede [zin](x). Derde zin."
    start = text.index("Tweede")
    end = text.index("Derde") - 1
    md = highlight_markdown(text, [(start, end)])
    assert f":{HIGHLIGHT}[Tweede \\[zin\\]\\(x\\)\\.]" in md
    assert md.startswith("Eerste zin\\. ")


def test_highlight_uses_document_offsets_and_splits_across_lines():
    document = "Kop\n\nRegel een loopt door\nnaar regel twee.\n\nVolgende alinea."
    a = document.index("Regel een")
    b = document.index("Regel")  # the stretch shown starts at the paragraph
    quote_start, quote_end = document.index("loopt"), document.index("twee") + len("twee")
    md = highlight_markdown(document[b:], [(quote_start, quote_end)], offset=b)
    lines = md.split("\n")
    assert lines[0] == f"Regel een :{HIGHLIGHT}[loopt door]  "
    assert lines[1] == f":{HIGHLIGHT}[naar regel twee]\\."
    assert md.endswith("\n\nVolgende alinea\\.")
    assert a == b


def test_headings_bold_tabs_as_columns_and_leading_spaces_dropped():
    document = "Cijfers\n    Woninginbraken\t40\t20\n"
    md = highlight_markdown(document, strong=[(0, 7)])
    assert md.split("  \n")[0] == "**Cijfers**"
    assert md.split("  \n")[1] == escape_markdown(f"Woninginbraken{TAB}40{TAB}20")


def test_lead_and_tail_are_escaped():
    assert highlight_markdown("tekst", lead="…", tail="*") == "…tekst\\*"


def test_context_span_stays_in_its_paragraph_or_bounds():
    text = "Eerste alinea.\n\nZin een. Zin twee. Zin drie.\n\nLaatste alinea."
    start = text.index("Zin twee")
    end = start + len("Zin twee.")
    a, b = context_span(text, start, end)
    assert text[a:b] == "Zin een. Zin twee. Zin drie."
    a, b = context_span(text, start, end, before=0, after=0, bounds=(0, len(text)))
    assert text[a:b].strip() == "Zin twee."
    a, b = context_span(text, start, end, bounds=(0, len(text)))
    assert (a, b) == (0, len(text))


def test_enclosing_span_picks_the_shortest_containing_chunk():
    assert enclosing_span([(0, 100), (10, 50), (40, 90)], 20, 45) == (10, 50)
    assert enclosing_span([(0, 10)], 5, 20) is None


def test_highlights_carry_their_citation_number_where_they_end():
    text = "Eerste zin. Tweede zin.\n- een\n- twee"
    shown = highlight_markdown(text, [(0, 11), (26, 29)], numbers=[1, 2])
    assert shown.startswith(":orange-background[Eerste zin\\.] :blue-badge[1] Tweede zin")
    assert ":orange-background[een] :blue-badge[2]" in shown and "twee" in shown
    assert ":blue-badge[" not in highlight_markdown(text, [(0, 11)])  # no numbers asked, none shown


def test_source_markup_is_never_shown():
    assert plain_line("<i>t.a.v. sociale kwaliteit:</i>") == "t\\.a\\.v\\. sociale kwaliteit\\:"
    assert plain_line("Naast deze **lokale** prioriteiten") == "Naast deze lokale prioriteiten"
