"""kehoach: Vietnamese local-government plans in, comparable tables out.

    >>> from pipeline import extract, read_tables
    >>> plan = extract("data/raw/some-plan.txt"); plan.frames()["tasks"]
"""
from pipeline.extract import Plan, extract
from pipeline.version import __version__
from pipeline.writer import read_tables

__all__ = ["Plan", "extract", "read_tables", "__version__"]
