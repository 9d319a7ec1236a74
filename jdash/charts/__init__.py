"""One function per chart: DataFrame in, `plotly.graph_objects.Figure` out; inputs never mutated."""

from jdash.charts.county_map import county_map
from jdash.charts.metric_comparison import metric_comparison
from jdash.charts.network_graph import network_graph
from jdash.charts.official_titles import official_titles
from jdash.charts.page_counts import page_counts
from jdash.charts.ranking import ranking
from jdash.charts.term_trend import term_trend
from jdash.charts.topic_timeline import topic_timeline
from jdash.charts.word_cloud import word_cloud

__all__ = [
    "county_map",
    "metric_comparison",
    "network_graph",
    "official_titles",
    "page_counts",
    "ranking",
    "term_trend",
    "topic_timeline",
    "word_cloud",
]
