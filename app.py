"""jdash dashboard: the router and the shared sidebar filters. Run with `streamlit run app.py`."""

from __future__ import annotations

from pathlib import Path

import streamlit as st

# The tab icon is a file served by this server (ui/make_icon.py draws it): a `:material/…:` page
# icon would be fetched from fonts.gstatic.com, and the dashboard makes no request off the machine.
ICON = Path(__file__).parent / "ui" / "icon.png"
st.set_page_config(page_title="jdash · 济宁日报", page_icon=str(ICON), layout="wide")

PAGES = [
    st.Page("pages/overview.py", title="Overview", icon=":material/dashboard:", default=True),
    st.Page("pages/timeline.py", title="Topic timeline", icon=":material/timeline:", url_path="timeline"),
    st.Page("pages/keywords.py", title="Keywords", icon=":material/key:", url_path="keywords"),
    st.Page("pages/network.py", title="Officials network", icon=":material/hub:", url_path="network"),
    st.Page("pages/counties.py", title="Counties", icon=":material/map:", url_path="counties"),
    st.Page("pages/articles.py", title="Articles", icon=":material/article:", url_path="articles"),
    st.Page("pages/upload.py", title="Add pages", icon=":material/upload_file:", url_path="upload"),
]

page = st.navigation(PAGES)
# Imported after the navigation: until st.navigation runs, the sidebar lists the files of pages/
# ('app', 'articles', …), and this import (pandas, plotly, jdash) is most of a cold first run.
from ui import widgets  # noqa: E402

widgets.setup(page.url_path or "overview")
page.run()
