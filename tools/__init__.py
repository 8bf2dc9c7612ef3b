"""Maintenance commands for developers (not shipped in the package)."""
