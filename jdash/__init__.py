"""jdash: OCR'd pages of 济宁日报 (Jining Daily) → structured articles, entities and charts."""

import os

__version__ = "0.1.0"

# One BLAS thread (unless the user set another count), before scipy loads its OpenBLAS: the network
# layout (networkx's Kamada–Kawai, scipy's L-BFGS-B) does thousands of tiny BLAS calls, and OpenBLAS's
# worker threads spin between them. On 2 busy cores that cost the Officials network page ~25× the CPU
# time of one thread for the same positions.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
