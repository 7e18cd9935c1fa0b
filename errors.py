"""The one exception a user of samverkan meets for a mistake they can correct."""
from __future__ import annotations

EXIT_USAGE, EXIT_LOCKED = 2, 3


class SamverkanError(Exception):
    """A mistake the user can correct: no such input, nothing to read, an output folder that
    is a file, a folder that is not a run, a run folder in use by another run.

    `str(error)` is the message the command line prints; `exit_status` the status it exits
    with: 2 for a usage error, 3 when the run folder is in use by another run.
    """

    def __init__(self, message: str, exit_status: int = EXIT_USAGE) -> None:
        super().__init__(message)
        self.exit_status = exit_status
