"""SurveyApp: map the surveillance cameras of a city."""

__version__ = "0.1.0"
