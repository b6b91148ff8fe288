"""Allow ``python -m kabar``."""

from kabar.cli import main

main()
