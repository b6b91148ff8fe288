"""Tests of the quote stage, one module per module of ``kabar.quotes``."""
