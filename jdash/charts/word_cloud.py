"""A word cloud drawn with a CJK font, as a plotly figure holding one PNG image."""

from __future__ import annotations

import base64
import io
from collections.abc import Mapping

import pandas as pd
import plotly.graph_objects as go

from jdash.charts._style import base_layout, empty, with_data


def _cloud(freqs: Mapping[str, float], *, font_path: str, width: int, height: int, seed: int):
    from wordcloud import WordCloud

    wc = WordCloud(font_path=str(font_path), width=width, height=height, background_color="white",
                   random_state=seed, prefer_horizontal=0.95, collocations=False, max_words=200,
                   colormap="viridis")
    return wc.generate_from_frequencies(dict(freqs))


def cloud_image(freqs: Mapping[str, float], *, font_path: str, width: int = 900, height: int = 450,
                seed: int = 7):
    """A PIL image of the cloud. `font_path` must draw Chinese (see `export.find_cjk_font`)."""
    return _cloud(freqs, font_path=font_path, width=width, height=height, seed=seed).to_image()


def cloud_words(wc, freqs: Mapping[str, float]) -> pd.DataFrame:
    """The words a drawn cloud holds, as it placed them: term, weight (its frequency as given),
    relative size, font size and position in pixels, orientation, colour — words that found no
    room are not in it, as they are not in the picture."""
    rows = [{"term": word, "weight": freqs.get(word), "relative_size": round(float(rel), 4), "font_size": int(size),
             "x": int(pos[1]), "y": int(pos[0]), "vertical": orientation is not None, "colour": colour}
            for (word, rel), size, pos, orientation, colour in wc.layout_]
    return pd.DataFrame(rows, columns=["term", "weight", "relative_size", "font_size", "x", "y", "vertical", "colour"])


def word_cloud(freqs: Mapping[str, float], *, font_path: str, width: int = 900, height: int = 450,
               title: str | None = "Word cloud") -> go.Figure:
    """`freqs`: term → weight. The image travels as a PNG data URI (compact, exports as is); the
    chart's data (`with_data`) is the words drawn, with their sizes and places (`cloud_words`)."""
    if not freqs:
        return empty(title, "No keywords for these filters")
    wc = _cloud(freqs, font_path=font_path, width=width, height=height, seed=7)
    buf = io.BytesIO()
    wc.to_image().save(buf, format="PNG")
    uri = "data:image/png;base64," + base64.b64encode(buf.getvalue()).decode("ascii")
    fig = go.Figure(go.Image(source=uri, hoverinfo="skip"))
    fig.update_xaxes(visible=False)
    fig.update_yaxes(visible=False)
    base_layout(fig, title=title, height=height + (60 if title else 20))
    fig.update_layout(meta={"terms": list(freqs)[:50]})
    return with_data(fig, cloud_words(wc, freqs), value="weight")
