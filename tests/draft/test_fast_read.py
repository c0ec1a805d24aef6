"""The fast draft reader gives PyYAML's data, or steps aside.

Whatever a person may type into a draft, ``read_draft`` must either return
exactly what PyYAML reads or raise ``NotSubset`` (so PyYAML reads it);
never different data, which would print something the file does not say.
"""
import random
from pathlib import Path

import pytest
import yaml

from briefgen.draft.fast_read import NotSubset, read_draft
from briefgen.draft import yaml_io
from briefgen.draft.yaml_io import load_briefing

ROOT = Path(__file__).resolve().parents[2]
DRAFTS = sorted(ROOT.glob("tests/golden/*.briefing.yaml")) + sorted(ROOT.glob("tests/followup/pairs/*/previous.briefing.yaml"))


def pyyaml(text):
    return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


def agrees(text) -> bool:
    """True when the fast reader took the text and agreed with PyYAML."""
    try:
        expected = pyyaml(text)
    except yaml.YAMLError:
        with pytest.raises(NotSubset):
            read_draft(text)
        return False
    try:
        got = read_draft(text)
    except NotSubset:
        return False
    assert got == expected, text
    return True


@pytest.mark.parametrize("path", DRAFTS, ids=lambda p: p.parent.name + "/" + p.name)
def test_drafts_briefgen_writes_are_read_fast_and_the_same(path, monkeypatch):
    text = path.read_text(encoding="utf-8")
    assert agrees(text)
    # and as the fast writer of national drafts lays them out
    monkeypatch.setattr(yaml_io, "FAST_DUMP_SOURCES", -1)
    fast = yaml_io.dump_briefing(pyyaml(text))
    assert agrees(fast)
    assert pyyaml(fast) == pyyaml(text)


@pytest.mark.parametrize("text", [
    "a: 1\nb: yes\nc: 2024-01-02\nd: 1.5\ne: null\ng: 010\nh: 1_000\n",
    'a: "x\\ty"\nb: "\\u1ea1"\nc: [1, 2, 3]\nd: []\ne: {}\n',
    "a:\n  - 1\n  - x\n  -\n    - y\n  - k: v\n    l: w\n",
    "a: b\r\nc: d\r\n",
])
def test_values_of_every_kind_the_subset_allows(text):
    assert agrees(text)


@pytest.mark.parametrize("text", [
    "text: một câu\n  tiếp tục ở dòng sau\n",          # plain scalar folded over two lines
    "text: câu # ghi chú\n",                             # a comment after a value
    "a: &x 1\nb: *x\n",                                  # anchors
    "a:\n- 1\n- 2\n",                                    # a list not indented under its key
    "a: 1\na: 2\n",                                      # a duplicated key (PyYAML keeps the last)
    "on: 1\n",                                           # a key YAML reads as true
    'a: "x\\x41"\n',                                     # a YAML escape JSON does not know
    "a: |\n  khối\n",                                    # a block scalar
    "a:\tb\n",                                           # a tab
    "a: 'x\n",                                           # a single quote not closed
    "a: [1, x]\n",                                       # a flow list of not-only numbers
    "a:   b\n",                                          # extra spaces before the value
    "a: b \n",                                           # a trailing space
])
def test_anything_else_is_left_to_pyyaml(text):
    with pytest.raises(NotSubset):
        read_draft(text)


def test_random_edits_never_give_different_data():
    text = DRAFTS[0].read_text(encoding="utf-8")
    lines = text.split("\n")
    rng = random.Random(7)
    pieces = [" ", "  ", "- ", ":", ": ", "#", '"', "'", "\t", "[", "]", "{", "&a ", "*a", "yes", "0", "\\", "|", ">"]
    taken = 0
    for _ in range(400):
        edited = list(lines)
        for _ in range(rng.randint(1, 3)):
            i = rng.randrange(len(edited))
            line = edited[i]
            action = rng.random()
            if action < 0.4:
                at = rng.randint(0, len(line))
                edited[i] = line[:at] + rng.choice(pieces) + line[at:]
            elif action < 0.6 and line:
                at = rng.randrange(len(line))
                edited[i] = line[:at] + line[at + 1:]
            elif action < 0.8:
                edited.insert(i, line)
            else:
                del edited[i]
        taken += agrees("\n".join(edited))
    assert taken > 50  # the fast path still serves most small edits


def test_a_draft_with_a_problem_still_names_its_line(tmp_path):
    text = DRAFTS[0].read_text(encoding="utf-8")
    bad = text.replace("category: limitation", "category: hạn chế", 1)
    assert bad != text
    path = tmp_path / "x.briefing.yaml"
    path.write_text(bad, encoding="utf-8")
    with pytest.raises(Exception) as err:
        load_briefing(path)
    line = bad[: bad.index("category: hạn chế")].count("\n") + 1
    assert f"dòng {line}" in str(err.value)
