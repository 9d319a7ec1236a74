"""The page parser's stages (`jdash.parser.parse_page` is the entry point):

text.py      joining wrapped lines, tidying, compact text
blocks.py    page text → paragraphs → classified blocks
credits.py   datelines, bylines, reporters
names.py     surnames and glued names
titles.py    headline, kicker, people-line and label shapes
assemble.py  blocks → article drafts (body first, title block after)
article.py   draft → Article (kind, reporters, continuation, event date)
eventdate.py the event date in a lead without a dated dateline
"""
