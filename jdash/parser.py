"""OCR'd page text → articles.

The pages are column text read top to bottom: each article's body comes first, then its title
block (optional kicker, headline, optional subheadline or ——访 line), then the next article's
start (a dateline 本报X讯, a byline ■本报记者 …, or plain text). Column banners, navigation crumbs
and wire labels sit between articles or at the page's edges.

The parser works on paragraphs (blank-line separated blocks, wrapping undone), so it does not
depend on the page's line width: every decision is made on joined text.
"""

from __future__ import annotations

import hashlib

from jdash.model import Article
from jdash.parse.article import to_article
from jdash.parse.assemble import assemble
from jdash.parse.blocks import Block, classify_paragraph, split_paragraphs
from jdash.parse.credits import parse_credits
from jdash.parse.layout import layout_fix
from jdash.parse.names import split_glued_names
from jdash.parse.text import compact, join_lines, tidy_body, tidy_title, undouble
from jdash.parse.titles import split_trailing_subheadline

__all__ = [
    "Block", "classify_paragraph", "compact", "join_lines", "parse_credits", "parse_page", "parse_page_checked",
    "split_glued_names",
    "split_paragraphs", "split_trailing_subheadline", "tidy_body", "tidy_title", "undouble",
]


def parse_page(text: str, source: str) -> list[Article]:
    """Parse one page's normalised text into its articles, in page order.

    Dates carry only what the page says (event month/day via `jdash.dates`); issue dates and
    entities are filled by later stages."""
    return parse_page_checked(text, source)[0]


def parse_page_checked(text: str, source: str) -> tuple[list[Article], list[str]]:
    """`parse_page`, and what the page's layout made doubtful as warnings (reasons in words a reader can act
    on): a page that lost its line breaks or paragraphs is parsed with the breaks restored that can be
    (`jdash.parse.layout`), and says so."""
    paragraphs = split_paragraphs(text)
    fix = layout_fix(text, paragraphs)
    if fix is not None:
        paragraphs = split_paragraphs(fix.text)
    blocks: list[Block] = []
    for lines in paragraphs:
        blocks.extend(classify_paragraph(lines))
    drafts = assemble(blocks)
    page_key = hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]
    articles = [to_article(draft, source, order, page_key) for order, draft in enumerate(drafts)]
    return articles, [fix.warning] if fix is not None else []
