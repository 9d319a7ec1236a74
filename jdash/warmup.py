"""Imported by the build's forkserver (`jdash.store` names it in the forkserver's preload): warms the
pipeline there once (`jdash.pipeline.warm_up`), so the parse workers forked from it start with the
segmenter, the part-of-speech model and the compiled rules already built (about a second of CPU
each, and their memory shared between the workers)."""

from jdash.pipeline import warm_up

warm_up()
