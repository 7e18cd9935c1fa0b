"""What the CLI prints quotes file names; their control characters are shown, not obeyed."""
from __future__ import annotations

from click.testing import CliRunner

from samverkan.cli import main


def test_an_error_naming_a_file_escapes_its_control_characters(tmp_path):
    missing = tmp_path / "rapport\u202e\x07"
    result = CliRunner().invoke(main, ["report", str(missing)])
    assert result.exit_code == 2
    assert "\u202e" not in result.output and "\\u202e" in result.output
