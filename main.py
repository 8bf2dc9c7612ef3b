"""Start SurveyApp's desktop app (``python main.py``); same as ``surveyapp`` with no command."""

import sys

from surveyapp.app import main

if __name__ == "__main__":
    sys.exit(main())
