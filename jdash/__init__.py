"""jdash: OCR'd pages of 济宁日报 (Jining Daily) → structured articles, entities and charts."""

__version__ = "0.1.0"
