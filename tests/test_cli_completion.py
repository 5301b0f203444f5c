"""Shell completion of the installed `kg` (click's protocol), as the README tells users to set it up."""

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import REPO

KG = Path(sys.executable).parent / "kg"


def kg_with(**env) -> subprocess.CompletedProcess:
    return subprocess.run([str(KG)], env={**os.environ, **env}, capture_output=True, text=True, timeout=60)


@pytest.mark.parametrize("shell, function", [
    ("bash", "complete -o nosort -F _kg_completion kg"),
    ("zsh", "compdef _kg_completion kg"),
    ("fish", "complete --no-files --command kg --arguments"),
])
def test_the_installed_kg_writes_its_completion_script(shell, function):
    result = kg_with(_KG_COMPLETE=f"{shell}_source")
    assert (result.returncode, result.stderr) == (0, "")
    assert "_kg_completion" in result.stdout and function in result.stdout


def complete(line: str) -> list[str]:
    """What click offers for the last word of `line`, by the protocol the bash script uses."""
    words = line.split(" ")
    result = kg_with(_KG_COMPLETE="bash_complete", COMP_WORDS=line, COMP_CWORD=str(len(words) - 1))
    assert result.returncode == 0, result.stderr
    return result.stdout.splitlines()


def test_commands_options_and_choices_complete():
    assert complete("kg par") == ["plain,partners"]
    assert complete("kg rank --with") == ["plain,--with-sources"]
    assert complete("kg rank --by p") == ["plain,pagerank"]


def test_bash_completes_with_the_script_the_readme_evals():
    script = ('eval "$(_KG_COMPLETE=bash_source kg)"; COMP_WORDS=(kg par); COMP_CWORD=1; '
              '_kg_completion kg; printf "%s\\n" "${COMPREPLY[@]}"')
    env = {**os.environ, "PATH": f"{KG.parent}{os.pathsep}{os.environ['PATH']}"}
    result = subprocess.run(["bash", "-c", script], env=env, capture_output=True, text=True, timeout=60)
    assert (result.returncode, result.stdout, result.stderr) == (0, "partners\n", "")


def test_the_readme_sets_up_the_shells_tested_here():
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    assert sorted(set(re.findall(r"_KG_COMPLETE=(\w+)_source kg", readme))) == ["bash", "fish", "zsh"]
