"""A word cloud drawn with a CJK font, as a plotly figure holding one PNG image."""

from __future__ import annotations

import base64
import io
from collections.abc import Mapping

import plotly.graph_objects as go

from jdash.charts._style import base_layout, empty


def cloud_image(freqs: Mapping[str, float], *, font_path: str, width: int = 900, height: int = 450,
                seed: int = 7):
    """A PIL image of the cloud. `font_path` must draw Chinese (see `export.find_cjk_font`)."""
    from wordcloud import WordCloud

    wc = WordCloud(font_path=str(font_path), width=width, height=height, background_color="white",
                   random_state=seed, prefer_horizontal=0.95, collocations=False, max_words=200,
                   colormap="viridis")
    return wc.generate_from_frequencies(dict(freqs)).to_image()


def word_cloud(freqs: Mapping[str, float], *, font_path: str, width: int = 900, height: int = 450,
               title: str | None = "Word cloud") -> go.Figure:
    """`freqs`: term → weight. The image travels as a PNG data URI (compact, exports as is)."""
    if not freqs:
        return empty(title, "No keywords for these filters")
    buf = io.BytesIO()
    cloud_image(freqs, font_path=font_path, width=width, height=height).save(buf, format="PNG")
    uri = "data:image/png;base64," + base64.b64encode(buf.getvalue()).decode("ascii")
    fig = go.Figure(go.Image(source=uri, hoverinfo="skip"))
    fig.update_xaxes(visible=False)
    fig.update_yaxes(visible=False)
    base_layout(fig, title=title, height=height + (60 if title else 20))
    fig.update_layout(meta={"terms": list(freqs)[:50]})
    return fig
