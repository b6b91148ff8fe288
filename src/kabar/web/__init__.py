"""REST API and story pages over a store."""

from kabar.web.app import create_app

__all__ = ["create_app"]
