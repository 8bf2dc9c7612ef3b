"""Start SurveyApp's desktop app (``python main.py``); same as ``surveyapp`` with no command."""

from surveyapp.app import main
from surveyapp.cli import leave

if __name__ == "__main__":
    leave(main())
