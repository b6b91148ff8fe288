"""kabar."""
