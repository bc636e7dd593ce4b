"""The spaCy pipeline: loaded once per process from settings, fed in batches."""
from eventwire.nlp.pipeline import headline_case, load_nlp, parse_blocks

__all__ = ["headline_case", "load_nlp", "parse_blocks"]
