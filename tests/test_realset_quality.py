"""Extraction on the real-article development set (tests/realset), with a floor.

The texts are third-party pages and are not in git: the test skips when they
are absent (tests/realset/README.md says how to re-collect them). The set is
the one the rules are tuned on; the honest figures for unseen pages are the
first-time scores of each batch in tests/realset/scores.md.
"""
import json
import shutil
from pathlib import Path

import pytest

from briefgen.pipeline import Options, gather
from tests.quality import score

ROOT = Path(__file__).resolve().parent.parent
REALSET = ROOT / "tests" / "realset"
FLOOR = json.loads((ROOT / "tests" / "quality_floors.json").read_text(encoding="utf-8"))["realset"]


def _present():
    rows = [json.loads(line) for f in sorted((REALSET / "manifest").glob("*.jsonl"))
            for line in f.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [r for r in rows if (REALSET / "texts" / r["file"]).is_file()
            and (REALSET / "gold" / (Path(r["file"]).stem + ".json")).is_file()]


def test_real_articles_meet_the_floor(tmp_path):
    rows = _present()
    if not rows:
        pytest.skip("the real-article texts are not here (tests/realset/README.md)")
    arts, gold = tmp_path / "articles", tmp_path / "gold"
    arts.mkdir()
    gold.mkdir()
    for r in rows:
        shutil.copy(REALSET / "texts" / r["file"], arts / r["file"])
        if r.get("genre", True):  # an off-topic page is left out: nothing to score
            shutil.copy(REALSET / "gold" / (Path(r["file"]).stem + ".json"), gold)
    report = gather(Options(inputs=arts))
    result = score(gold, arts, report.articles)
    assert result["untraceable"] == 0, result
    assert result["word_f1"] >= FLOOR["word_f1"], result
    assert result["item_recall"] >= FLOOR["item_recall"], result
    assert result["misfiled"] <= FLOOR["max_misfiled_per_article"] * len(rows), result
    # every off-topic page is left out and named (but twenty known: Party committees'
    # and governments' own meetings, an arts show, a government committee for the
    # advancement of women, a company's workers' conference, a Youth Union's
    # training day, an education department's school-year review,
    # a Party committee's economic review, an agriculture department's review,
    # a tourism association's congress, a labour paper's feature on workers'
    # pay, a commune's notice inviting residents to a dialogue, a provincial
    # cooperative alliance's year review; tests/extract/test_relevance.py;
    # and b329-06, re-collected and held out in the thirty-seventh session, not looked at)
    known = {"b275-03.txt", "b280-06.txt", "b289-07.txt", "b321-03.txt", "b327-01.txt", "b330-06.txt",
             "b335-02.txt", "b337-02.txt", "b345-03.txt", "b347-03.txt", "b353-02.txt", "b359-10.txt",
             "b367-03.txt", "b376-03.txt", "b383-03.txt", "b411-11.txt", "b423-04.txt", "b449-13.txt", "b349-07.txt",
             "b329-06.txt"}
    off_topic = {r["file"] for r in rows if not r.get("genre", True)} - known
    assert off_topic <= {Path(s.path).name for s in report.report.skipped}
