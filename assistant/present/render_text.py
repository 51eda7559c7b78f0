"""Text from documents and users, made safe to show with Streamlit's Markdown.

Document text and questions come from outside the product. The app never shows
them as HTML, and never as Markdown that could turn into links, images, emoji
shortcodes, colour directives or maths: every ASCII punctuation character is
backslash-escaped (CommonMark renders an escaped punctuation character as
itself), which also breaks the autolinks of ``www.``, ``http:`` and e-mail
addresses. Only the markup this module adds itself (highlight directives, bold
headings, line breaks) is live.

    >>> escape_markdown("[klik](javascript:alert(1))")
    '\\\\[klik\\\\]\\\\(javascript\\\\:alert\\\\(1\\\\)\\\\)'
    >>> highlight_markdown("Eerste zin. Tweede zin.", [(12, 23)])
    'Eerste zin\\\\. :orange-background[Tweede zin\\\\.]'

No Streamlit import: these are pure functions, unit tested with hostile input.
"""

from __future__ import annotations

import bisect
import re
import string
from typing import Sequence

# CommonMark: "Any ASCII punctuation character may be backslash-escaped." Escaping all of
# them (not only the ones that start markup today) keeps GFM autolinks (`.`, `:`, `@`),
# Streamlit directives and emoji shortcodes (`:`), maths (`$`) and entities (`&`) inert.
_ESCAPE = str.maketrans({c: "\\" + c for c in string.punctuation})

HIGHLIGHT = "orange-background"  # the cited span
TAB = " │ "  # how a tab (a table cell boundary in the plain-text plans) is shown
# Inline markup some plain-text exports carry ("<i>t.a.v. …</i>", "**lokale**"): never shown as such.
_SOURCE_MARKUP = re.compile(r"</?(?:i|b|u|em|strong|sup|sub)>|\*\*|__", re.I)


def escape_markdown(text: str) -> str:
    """``text`` as Markdown that renders as exactly these characters (within one line).

    Line structure is not handled here (see ``highlight_markdown``): newlines and
    leading spaces are left as they are.
    """
    return text.translate(_ESCAPE)


def without_markup(text: str) -> str:
    """``text`` without the inline markup of its source ("<i>…</i>", "**…**"): what a reader should see."""
    return _SOURCE_MARKUP.sub("", text)


def plain_line(text: str) -> str:
    """One line of document text, escaped, without source markup, with tabs shown as column separators."""
    return escape_markdown(without_markup(text).replace("\t", TAB))


def inline_text(text: str) -> str:
    """Any text (a question, a heading path) as one safe Markdown line: whitespace runs become one space."""
    return escape_markdown(" ".join(text.split()))


def _segments(line_start: int, line_end: int, highlights: Sequence[tuple[int, int]]) -> list[tuple[int, int, bool]]:
    """Split ``[line_start, line_end)`` at highlight boundaries: (start, end, highlighted)."""
    cuts = {line_start, line_end}
    for a, b in highlights:
        if a < line_end and b > line_start:
            cuts.add(max(a, line_start))
            cuts.add(min(b, line_end))
    points = sorted(cuts)
    out = []
    for a, b in zip(points, points[1:]):
        lit = any(h0 <= a and b <= h1 for h0, h1 in highlights)
        out.append((a, b, lit))
    return out


def _line_markdown(text: str, start: int, end: int, highlights: Sequence[tuple[int, int]], color: str,
                   markers: dict[int, int] | None = None) -> str:
    parts = []
    for a, b, lit in _segments(start, end, highlights):
        piece = text[a:b]
        if not lit or not piece.strip():
            parts.append(plain_line(piece))
            continue
        # Whitespace stays outside the directive: `:x[ a ]` would render its padding.
        core = piece.strip()
        lead = piece[: len(piece) - len(piece.lstrip())]
        trail = piece[len(piece.rstrip()):]
        badge = f" :blue-badge[{markers[b]}]" if markers and b in markers else ""
        parts.append(f"{plain_line(lead)}:{color}[{plain_line(core)}]{badge}{plain_line(trail)}")
    return "".join(parts)


def highlight_markdown(text: str, highlights: Sequence[tuple[int, int]] = (), *, offset: int = 0,
                       strong: Sequence[tuple[int, int]] = (), color: str = HIGHLIGHT,
                       lead: str = "", tail: str = "", numbers: Sequence[int] = ()) -> str:
    """A stretch of document text as safe Markdown, with the cited spans highlighted.

    ``text`` is the stretch itself and starts at document offset ``offset``;
    ``highlights`` and ``strong`` (heading lines, shown bold) are document
    offsets. Blank lines separate paragraphs; single newlines are kept as line
    breaks; leading spaces are dropped (Markdown would read them as code).
    ``lead``/``tail`` (e.g. an ellipsis) are escaped and put before/after. ``numbers`` (one per highlight)
    are shown as a citation badge where that highlight ends.
    """
    markers = {b - offset: n for (a, b), n in zip(highlights, numbers) if b > a}
    highlights = [(a - offset, b - offset) for a, b in highlights if b > a]
    strong_spans = sorted((a - offset, b - offset) for a, b in strong if b > a)
    strong_starts = [a for a, _ in strong_spans]
    paragraphs: list[list[str]] = [[]]
    position = 0
    for raw in text.split("\n"):
        line_start, line_end = position, position + len(raw)
        position = line_end + 1
        content_start = line_start + (len(raw) - len(raw.lstrip(" \t\u00a0")))
        content_end = line_start + len(raw.rstrip())
        if content_end <= content_start:
            if paragraphs[-1]:
                paragraphs.append([])
            continue
        line = _line_markdown(text, content_start, content_end, highlights, color, markers)
        i = bisect.bisect_right(strong_starts, content_start) - 1
        if i >= 0 and strong_spans[i][0] <= content_start < strong_spans[i][1]:
            line = f"**{line}**"
        paragraphs[-1].append(line)
    paragraphs = [p for p in paragraphs if p]
    if lead and paragraphs:
        paragraphs[0][0] = escape_markdown(lead) + paragraphs[0][0]
    if tail and paragraphs:
        paragraphs[-1][-1] = paragraphs[-1][-1] + escape_markdown(tail)
    # Two trailing spaces make a hard line break; escaped text never ends in a lone backslash.
    return "\n\n".join("  \n".join(lines) for lines in paragraphs)


_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")


def context_span(text: str, start: int, end: int, before: int = 500, after: int = 500,
                 bounds: tuple[int, int] | None = None) -> tuple[int, int]:
    """The text around ``[start, end)``, cut at line or word boundaries at most ``before``/``after`` away.

    The window stays inside ``bounds`` (e.g. the section the span is in) or, without
    bounds, inside the span's paragraph. The reader sees the cited sentence with its
    neighbours, not in isolation.
    """
    start = max(0, min(start, len(text)))
    end = max(start, min(end, len(text)))
    if bounds is not None:
        para_start, para_end = max(0, min(bounds[0], start)), min(len(text), max(bounds[1], end))
    else:
        para_start = 0
        for m in _PARAGRAPH_BREAK.finditer(text, 0, start):
            para_start = m.end()
        m = _PARAGRAPH_BREAK.search(text, end)
        para_end = m.start() if m else len(text)
    a = max(para_start, start - before)
    if a > para_start:
        newline = text.find("\n", a, start)
        if newline >= 0:
            a = newline + 1
        else:
            space = text.find(" ", a, start)
            a = space + 1 if space >= 0 else a
    b = min(para_end, end + after)
    if b < para_end:
        newline = text.rfind("\n", end, b)
        if newline >= 0:
            b = newline
        else:
            space = text.rfind(" ", end, b)
            b = space if space >= 0 else b
    return a, b


def enclosing_span(spans: Sequence[tuple[int, int]], start: int, end: int) -> tuple[int, int] | None:
    """The shortest of ``spans`` that contains ``[start, end)`` (e.g. the chunk a citation came from)."""
    best = None
    for a, b in spans:
        if a <= start and end <= b and (best is None or b - a < best[1] - best[0]):
            best = (a, b)
    return best
