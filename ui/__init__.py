"""Streamlit-only helpers for app.py and pages/: caching (`ui.cache`) and widgets (`ui.widgets`)."""
