"""`surveyapp server ...`: the server's own commands (``surveyapp.server.command``)."""

from surveyapp.server.command import register

__all__ = ["register"]
