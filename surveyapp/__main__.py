"""`python3 -m surveyapp ...`: the same as the `surveyapp` command."""

from surveyapp.app import run

run()
