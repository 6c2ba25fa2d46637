"""Text shaped to make a pattern backtrack: each document once took seconds to minutes (the
review of this session's rules measured 5 s to 80 s at 50,000 characters), because two adjacent
quantifiers could match the same characters, or a search ran back over the whole paragraph for
every statement in it. Extraction runs in a child process with a time
limit, so a pattern that goes quadratic again fails here instead of hanging a build."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

HOSTILE = {
    # a last paragraph of brackets and dashes (the cut-off check's "Name:" guard)
    "brackets.txt": "Our vision\n\nTo give good care.\n\n" + "-(" * 20_000 + "\n",
    # a run of spaces before a broken "<br" (the table cell's line-break split)
    "spaces-br.md": "| **Care** | We will " + " " * 40_000 + "<b |\n",
    # "We will" then a long run of spaces and asterisks (the bare "We will:" line)
    "we-will.txt": "Our priorities\n\nWe will" + " *" * 20_000 + "x\n",
    # a table row whose first cell is a long run of spaces (the number or icon cell)
    "lead-cell.md": "| A | B |\n|---|---|\n|" + " " * 40_000 + "x | y |\n",
    # a quoted vision full of stops and spaces that never closes at the sentence's end
    "quoted.txt": "Our vision is “" + ". " * 20_000 + "” more words here\n",
    # one paragraph of thousands of quoted "We will" sentences, each after a councillor's name (the
    # partner-speaker check once searched back to the paragraph's start for every quote: 20 s at
    # 128,000 characters)
    "speakers.txt": "Councillor Smith, the council's member, said: “We will help.” " * 3_000 + "\n",
    # thousands of role headings in a row (the three-column check walked the whole run again from
    # each heading: 80 s; audit 14)
    "role-headings.txt": "Our vision\n\n" * 40_000,
    # thousands of bullets in one run (the named "We will" goals grouped sub-items by scanning the
    # run once per head: 19 s; audit 14)
    "will-items.txt": "- We will do it\n" * 30_000,
    # a patients' charter of thousands of promise bullets (each bullet walked its whole list to see
    # whether the list asks things of patients, and every span read so far: 8 s at 3,000 bullets)
    "charter-promises.txt": "Practice Charter\n\n" + "- Patients will be seen on time\n" * 10_000,
    # a charter's opening aim with a long run of spaces inside it (the mission's tidying and the
    # values' clause patterns tried "\s+" from every space of the run: 20 s at 20,000 spaces,
    # about four times that at 40,000; session 27's review)
    "aim-spaces.md": "# Practice Charter\n\nWe aim to provide high quality care to everyone" + " " * 40_000 + "in the area.\n",
    # a "We are ...…" value line whose name is a long run of spaces (the trailing value's name and
    # the spaces around it: 54 s at 10,000 spaces; session 28's review)
    "we-are-spaces.md": "Our values\n\n- We are" + " " * 50_000 + "x\n- We are kind\n",
    # a principles heading over a long run of spaces (its optional colon between two runs of
    # spaces: 23 s at 50,000)
    "principles-spaces.txt": "About\n\nOur engagement principles" + " " * 50_000 + "x\n",
    # one sentence of thousands of "the following objectives" over a bare "We aim to:" (the
    # objectives lead-in searched to the sentence's end from each: 10 s at 200 KB)
    "following-objectives.txt": "Our workforce\n\n" + "the following objectives " * 8_000 + "help us:\n\n"
                                "We aim to:\n\n- Recruit staff\n- Keep staff\n- Train staff\n",
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_text_is_read_in_reasonable_time(tmp_path: Path, name: str) -> None:
    page = tmp_path / name
    page.write_text(HOSTILE[name], encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "strategygraph", "extract", str(page), "--format", "json"],
        capture_output=True, text=True, timeout=30,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    result = json.loads(done.stdout)
    assert set(result) >= {"vision", "goals", "commitments"}
