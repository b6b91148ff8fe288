"""Authors: the page's author metadata, then the people the cleaner's credit findings name.

Contributors ("X berkontribusi untuk laporan ini") and sign-off initials ("(ant/rzk)") are not
authors (the cleaner gives them other reasons); neither are organisations ("CNN Indonesia") or
role words ("Kontributor"), which the credit reader drops.
"""

from __future__ import annotations

from kabar.clean.credits import credited_names
from kabar.meta.names import unique
from kabar.models import Cleaned, RawDocument


def find_authors(raw: RawDocument, cleaned: Cleaned) -> tuple[str, ...]:
    """Return writers and editors: the page's author metadata, then the bylines."""
    names = [name for author in raw.authors for name in credited_names(author)]
    for credit in cleaned.findings.credits:
        names.extend(credit.people)
    return unique(names)
