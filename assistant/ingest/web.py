"""HTML pages: the plan's own text (the article or main content), with its headings, lists and tables.

A municipal web page wraps the plan in a site: cookie banner, header, menu,
breadcrumb, related links, footer. Only the content is kept: the ``<article>``
(the longest one, if there are several), else ``<main>``, else the body without the
site's furniture. Headings get their level from their tag (a single ``<h1>`` on top
is the page title, a sibling of the chapters, as the title line of a text plan is),
list items their nesting depth, table rows their cells; text is taken as a browser
shows it (inline elements joined as written, whitespace collapsed).
"""

from __future__ import annotations

import re

from assistant.ingest.loaded import Loaded, TextBuilder

# Never content: scripts, styles, forms and media.
_DROP = ("script", "style", "noscript", "template", "svg", "iframe", "form", "button", "select", "input", "textarea",
         "dialog", "canvas", "video", "audio", "object", "embed", "map", "head")
# Site furniture around (or inside) the content.
_FURNITURE_TAGS = ("nav", "footer", "menu")
_FURNITURE_ROLES = {"navigation", "banner", "contentinfo", "complementary", "search", "dialog", "alertdialog"}
_FURNITURE_NAMES = re.compile(r"(?:^|[-_])(?:cookies?|consent|gdpr|breadcrumbs?|kruimelpad|skip-?links?|sr-only|"
                              r"visually-hidden|screen-reader-text|share|social|print|newsletter|nieuwsbrief|related|"
                              r"gerelateerd|sidebar)(?:$|[-_])", re.I)
_HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
_BLOCKS = {"p", "div", "section", "article", "main", "header", "blockquote", "figure", "figcaption", "address", "pre",
           "dl", "dt", "dd", "details", "summary", "caption", "center", "body", "html", "hr", "li", "ul", "ol", "table"}
_SPACE = re.compile(r"[ \t\r\n\f\v]+")
_BREAK = "\x00"  # stands for a <br> until whitespace is collapsed
SUMMARY_HEADING_CHARS = 200  # an accordion's summary up to this long heads its content; a longer one is a paragraph
LAYOUT_CELL_CHARS = 400  # a table cell this long, or holding lists or headings, makes the table page layout
MAX_SPAN = 50  # a cell spanning more columns or rows than this is page layout gone wrong: read as one
MAX_BOLD_HEADING_CHARS = 120  # a paragraph in bold only, this short and without closing punctuation, is a heading
# Word's "Save as web page" writes its styles as classes: the contents lines (MsoToc1, MsoToc2, …)
_CONTENTS_CLASS = re.compile(r"^MsoToc\d", re.I)


_PANEL_ROLES = {"region", "tabpanel"}
_ARIA_TABLES = ["table", "grid", "treegrid"]  # a table drawn with ARIA roles
_ARIA_CELLS = ["cell", "gridcell", "columnheader", "rowheader"]


def _is_furniture(tag, panels: frozenset[str] = frozenset()) -> bool:
    """Whether an element is site furniture. A hidden element that a toggle controls (``panels``: the ids named by
    aria-controls) or that is a region or tab panel is collapsed content, as an accordion's closed panels are."""
    if tag.name in _FURNITURE_TAGS:
        return True
    attrs = tag.attrs or {}
    if tag.name == "aside":  # an info box of the text ("complementary" as CMSs write it), unless a box of links
        return _mostly_links(tag) or _named_furniture(attrs)
    collapsed = attrs.get("id") in panels or attrs.get("role") in _PANEL_ROLES
    if attrs.get("role") in _FURNITURE_ROLES or ("hidden" in attrs and not collapsed) or attrs.get("aria-hidden") == "true":
        return True
    if re.search(r"display\s*:\s*none", attrs.get("style", "") or "") and not collapsed:
        return True
    return _named_furniture(attrs)


def _named_furniture(attrs) -> bool:
    """Whether an element's id or classes name it furniture ("cookie-banner", "breadcrumb", "related")."""
    names = [attrs.get("id", "") or "", *(attrs.get("class", []) or [])]
    return any(_FURNITURE_NAMES.search(name) for name in names if name)


LINK_SHARE = 0.5  # an aside whose text is more than this share link text is a box of links (related pages, a menu)


def _mostly_links(tag) -> bool:
    """Whether an element is there for its links: most of its text is link text, or it has no text. An ``<aside>``
    in the content that says something ("Drugs in je drankje? Zeg het tegen de barmedewerker …") is an info box of
    the text; one of links ("Meer informatie", "Gerelateerd") is furniture."""
    text = len(tag.get_text(" ", strip=True))
    links = sum(len(a.get_text(" ", strip=True)) for a in tag.find_all("a"))
    return not text or links > LINK_SHARE * text


def _content_root(soup):
    """The element that holds the plan: the longest article, else main, else the body."""
    articles = soup.find_all("article")
    if articles:
        return max(articles, key=lambda a: len(a.get_text(" ", strip=True)))
    main = soup.find("main") or soup.find(attrs={"role": "main"})
    if main is not None:
        return main
    body = soup.body or soup
    for tag in body.find_all("header"):
        if tag.find_parent(["article", "main", "section"]) is None:
            tag.decompose()
    return body


def _raw_text(node, skip=("ul", "ol", "table")) -> str:
    """The text of a node before whitespace is collapsed; ``_BREAK`` for ``<br>``, spaces around blocks."""
    from bs4 import NavigableString, Tag
    from bs4.element import PreformattedString

    if isinstance(node, PreformattedString):  # comments, doctype, processing instructions
        return ""
    if isinstance(node, NavigableString):
        return str(node)
    if not isinstance(node, Tag) or node.name in skip:
        return ""
    if node.name == "br":
        return _BREAK
    inner = "".join(_raw_text(child, skip) for child in node.children)
    return f" {inner} " if node.name in _BLOCKS or node.name in _HEADINGS else inner


def _clean(raw: str) -> str:
    """Whitespace collapsed as a browser does; a ``<br>`` stays a line break."""
    lines = [line.strip() for line in _SPACE.sub(" ", raw).split(_BREAK)]
    return "\n".join(line for line in lines if line)


def _inline(node, skip=("ul", "ol", "table")) -> str:
    """The text of a node as a browser shows it, without nested lists or tables."""
    return _clean(_raw_text(node, skip))


class _Walker:
    """Writes the content's blocks in document order."""

    def __init__(self, builder: TextBuilder, levels: dict[int, int]):
        self.builder = builder
        self.levels = levels  # heading tag number -> heading level
        self.inline: list[str] = []  # loose inline text waiting for a block boundary
        self.level = 0  # the level of the last heading written
        self.shift = 0  # added to the levels of headings inside an accordion, below its summary
        self.in_box = False  # inside an info box (``<aside>``): its title heads none of the text after it

    def heading(self, text: str, level: int) -> None:
        if self.in_box:
            self.builder.paragraph(text, plain=True)
        elif self.builder.heading(text, level) is not None:
            self.level = level

    def tag_level(self, tag) -> int:
        return self.levels.get(_HEADINGS[tag.name], 0) + self.shift

    def flush(self) -> None:
        if self.inline:
            self.builder.paragraph(_clean("".join(self.inline)), plain=self.in_box)
            self.inline = []

    def walk(self, node, skip=None) -> None:
        from bs4 import NavigableString, Tag
        from bs4.element import PreformattedString

        for child in list(node.children):
            if child is skip or isinstance(child, PreformattedString) or not isinstance(child, (NavigableString, Tag)):
                continue
            if isinstance(child, NavigableString):
                self.inline.append(str(child))
                continue
            name = child.name
            summary = child.find("summary", recursive=False) if name == "details" else None
            if name in _HEADINGS:
                self.flush()
                self.heading(_inline(child, skip=()), self.tag_level(child))
            elif summary is not None and _heads(summary, child):
                self.flush()
                self.accordion(child, summary)
            elif name == "dl" and _plain_definitions(child):
                self.flush()
                self.definitions(child)
            elif name in ("ul", "ol"):
                self.flush()
                self.list(child, 1)
                self.builder.end_run()
            elif name == "table":
                self.flush()
                self.table(child)
            elif child.get("role") in _ARIA_TABLES and (rows := _aria_rows(child)):
                self.flush()
                self.aria_table(rows)
            elif name in ("p", "dt", "dd", "figcaption", "caption", "address", "pre", "summary") and not child.find(
                    ["p", "div", "ul", "ol", "table", *_HEADINGS]):
                self.flush()
                self.paragraph(child)
            elif name == "aside":  # an info box of the text (furniture is gone), read where it stands
                self.flush()
                self.in_box, inside = True, self.in_box
                self.walk(child)
                self.flush()
                self.in_box = inside
            elif name in _BLOCKS:
                self.flush()
                self.walk(child)
                self.flush()
            else:
                self.inline.append(_raw_text(child))

    def accordion(self, node, summary) -> None:
        """``<details>`` whose ``<summary>`` names its content ("Prioriteit 1: Explosies"): the summary is a
        heading one level below the heading before it, the headings inside below the summary."""
        base = self.level
        self.heading(_inline(summary, skip=()), base + 1)
        saved = self.shift
        inner = [self.tag_level(h) for h in node.find_all(list(_HEADINGS))]
        if inner:
            self.shift += max(0, base + 2 - min(inner))
        self.walk(node, skip=summary)
        self.flush()
        self.shift, self.level = saved, base

    def definitions(self, node) -> None:
        """``<dl>``: each term with its description as one paragraph, the term on a line of its own over its
        description, as a browser shows it."""
        terms: list[str] = []
        described: list[str] = []

        def close() -> None:
            term = ", ".join(terms).rstrip(":").strip()
            text = " ".join(described)
            self.builder.paragraph(f"{term}\n{text}" if term and text else term or text)

        for child in _definition_parts(node):
            text = _inline(child)
            if child.name == "dt":
                if described:
                    close()
                    terms, described = [], []
                terms.append(text)
            elif text:
                described.append(text)
        if terms or described:
            close()

    def paragraph(self, node) -> None:
        """A paragraph; a contents line of Word's web page; in bold only and short, a heading one level below the
        heading before it (as plans written without heading styles set their section titles)."""
        text = _inline(node)
        if any(_CONTENTS_CLASS.match(c) for c in node.get("class", []) or []):
            self.builder.row([text], contents=True)
            return
        stripped = text.strip()
        if (node.name == "p" and stripped and len(stripped) <= MAX_BOLD_HEADING_CHARS and "\n" not in stripped
                and stripped[-1] not in ".,;:" and _all_bold(node) and not self.in_box):
            self.builder.heading(stripped, self.level + 1 if self.level else 0)  # not a level of its own
            return
        self.builder.paragraph(text, plain=self.in_box)

    def list(self, node, depth: int) -> None:
        for li in node.find_all("li", recursive=False):
            self.builder.item(_inline(li), depth)
            for nested in li.find_all(["ul", "ol"]):
                if nested.find_parent("li") is li:
                    self.list(nested, depth + 1)

    def aria_table(self, rows: list) -> None:
        """A table made of ``<div>``s with ARIA roles (``role="table"``, ``"row"``, ``"cell"``), as component CMSs
        draw one: a row per ``row`` (``_aria_rows``), its cells in order."""
        cells = [[c for c in row.find_all(attrs={"role": _ARIA_CELLS}) if c.find_parent(attrs={"role": "row"}) is row]
                 for row in rows]
        if self.layout(cells):
            return
        for row in cells:
            self.builder.row([_inline(c, skip=()) for c in row])
        self.builder.end_run()

    def layout(self, cells: list[list]) -> bool:
        """A table that lays out text rather than tabulating it (long cells, lists or headings inside): its cells
        are written as blocks."""
        if not any(len(c.get_text(" ", strip=True)) > LAYOUT_CELL_CHARS or c.find(["ul", "ol", "table", *_HEADINGS])
                   for row in cells for c in row):
            return False
        for row in cells:
            for cell in row:
                self.walk(cell)
                self.flush()
        return True

    def table(self, node) -> None:
        rows = [tr for tr in node.find_all("tr") if tr.find_parent("table") is node]
        cells = [[c for c in tr.find_all(["th", "td"]) if c.find_parent("tr") is tr] for tr in rows]
        if self.layout(cells):
            return
        caption = node.find("caption")
        if caption is not None and caption.find_parent("table") is node:
            self.builder.caption(_inline(caption))
        below: dict[int, int] = {}  # column -> rows still covered by a cell above that spans rows
        for row in cells:
            # a cell over several columns or rows: its text once, in its first column and row; the columns and rows
            # it spans are empty cells (as Word writes a merged cell)
            texts: list[str] = []

            def skip_covered() -> None:
                while below.get(len(texts), 0) > 0:
                    below[len(texts)] -= 1
                    texts.append("")

            for c in row:
                skip_covered()
                first, columns, rows_down = len(texts), _span(c, "colspan"), _span(c, "rowspan")
                texts += [_inline(c, skip=())] + [""] * (columns - 1)
                if rows_down > 1:
                    below.update({column: rows_down - 1 for column in range(first, first + columns)})
            skip_covered()
            self.builder.row(texts)
        self.builder.end_run()


def _aria_rows(node) -> list:
    """The rows of an ARIA table (``role="row"`` whose table is this node), if it has rows with cells."""
    rows = [r for r in node.find_all(attrs={"role": "row"}) if r.find_parent(attrs={"role": _ARIA_TABLES}) is node]
    return rows if any(r.find(attrs={"role": _ARIA_CELLS}) for r in rows) else []


def _span(cell, attribute: str) -> int:
    """How many columns (``colspan``) or rows (``rowspan``) a table cell spans."""
    value = str(cell.get(attribute, "1")).strip()
    return int(value) if value.isdigit() and 1 <= int(value) <= MAX_SPAN else 1


def _all_bold(node) -> bool:
    """Whether all visible text of a node is inside ``<b>`` or ``<strong>``."""
    from bs4 import NavigableString
    from bs4.element import PreformattedString

    texts = [t for t in node.find_all(string=True) if not isinstance(t, PreformattedString) and t.strip()]
    return bool(texts) and all(isinstance(t, NavigableString) and t.find_parent(["b", "strong"]) is not None
                               and t.find_parent(["b", "strong"]).find_parent(node.name) is node for t in texts)


def _definition_parts(node) -> list:
    """The ``<dt>`` and ``<dd>`` of a definition list, also when wrapped in ``<div>`` (as HTML allows)."""
    return [t for t in node.find_all(["dt", "dd"]) if t.find_parent("dl") is node]


def _plain_definitions(node) -> bool:
    """A definition list of terms and descriptions in words (one with lists, tables or headings inside is
    read as blocks)."""
    parts = _definition_parts(node)
    return any(t.name == "dt" for t in parts) and not any(t.find(["ul", "ol", "table", *_HEADINGS]) for t in parts)


def _heads(summary, details) -> bool:
    """Whether an accordion's summary is a heading: a short line over content of its own."""
    text = _inline(summary, skip=())
    rest = details.get_text(" ", strip=True)[len(summary.get_text(" ", strip=True)):].strip()
    return bool(text) and len(text) <= SUMMARY_HEADING_CHARS and "\n" not in text and bool(rest)


def _heading_levels(root) -> dict[int, int]:
    """Tag number -> level; a single top heading before all others is the title, a sibling of the chapters."""
    tags = [_HEADINGS[h.name] for h in root.find_all(list(_HEADINGS))]
    if not tags:
        return {}
    top = min(tags)
    rest = [t for t in tags if t != top]
    if tags.count(top) == 1 and tags[0] == top and rest:
        base = min(rest)
        return {top: 1, **{t: t - base + 1 for t in set(rest)}}
    return {t: t - top + 1 for t in set(tags)}


def read_html(markup: str) -> Loaded:
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(markup, "html.parser")
    title = soup.title.get_text(" ", strip=True) if soup.title else ""
    panels = frozenset(panel for tag in soup.find_all(attrs={"aria-controls": True})
                       for panel in str(tag.get("aria-controls", "")).split())
    for button in soup.find_all("button"):
        if button.find_parent(["summary", *_HEADINGS]) is not None:
            button.unwrap()  # an accordion's header: the button's text is the heading
    for tag in soup.find_all(_DROP):
        tag.decompose()
    root = _content_root(soup)
    for tag in root.find_all(True):
        if not tag.decomposed and _is_furniture(tag, panels):
            tag.decompose()
    builder = TextBuilder()
    walker = _Walker(builder, _heading_levels(root))
    walker.walk(root)
    walker.flush()
    return builder.build(title=title)
