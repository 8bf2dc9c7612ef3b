"""Data files shipped with SurveyApp (vendor catalogue, ...), read with importlib.resources."""
