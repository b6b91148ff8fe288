"""Stories: duplicates, story clustering, shared statements, summaries and disagreements.

Modules, in the order a run uses them:

- ``fingerprints``: word shingles, MinHash signatures and LSH band keys of a body;
- ``terms``: an article's weighted term counts (words, entity names, quotations);
- ``features``: both of them for a batch of articles (what the Dask workers compute);
- ``duplicates``: the LSH index linking every copy to its earliest copy;
- ``dates``: publication and event days;
- ``events``, ``actors``: what keeps an article out of a story about another event (its day,
  its principal, its main speaker, the actor its headline leads with);
- ``clustering``: the story index (TF-IDF centroids, inverted index, time penalty);
- ``state``, ``corpus``: the link state kept between runs and the working corpus of one run;
- ``assignment``: which story each new article joins;
- ``linking``: ``link``, the stage that runs all of the above;
- ``statement_guards``, ``statement_match``: whether two quotes carry one statement;
- ``numbers``: Indonesian numbers as news writes them;
- ``statements``, ``summaries``, ``disagreements``: what a story's articles say together.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from kabar.stories.disagreements import Disagreement, Version, find_disagreements
    from kabar.stories.features import Features, article_features, concat_features
    from kabar.stories.linking import Linked, link, link_features
    from kabar.stories.state import LinkState
    from kabar.stories.statements import group_statements
    from kabar.stories.summaries import summarize

# Where each export lives. They are imported on first use: importing one light module of the
# package (statements, for the pipeline) must not load numpy and the linking modules, so
# that ``kabar --help`` stays fast.
_EXPORTS = {
    "Disagreement": "disagreements",
    "Version": "disagreements",
    "find_disagreements": "disagreements",
    "Features": "features",
    "article_features": "features",
    "concat_features": "features",
    "Linked": "linking",
    "link": "linking",
    "link_features": "linking",
    "LinkState": "state",
    "group_statements": "statements",
    "summarize": "summaries",
}
__all__ = [
    "Disagreement",
    "Features",
    "LinkState",
    "Linked",
    "Version",
    "article_features",
    "concat_features",
    "find_disagreements",
    "group_statements",
    "link",
    "link_features",
    "summarize",
]


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'kabar.stories' has no attribute {name!r}")
    return getattr(importlib.import_module(f"kabar.stories.{module}"), name)
