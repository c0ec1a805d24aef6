#!/usr/bin/env python3
"""Train the second look (briefgen/extract/second_look.py) and measure it.

Examples: every clause that the rules of an older revision labelled on real
pages that revision had never been tuned on (the history of tests/realset/:
each batch was scored once before any rule was tuned on it; the revisions are
scripts/train_corrector.py's HISTORY), with the gold category of most of its
words ("none" when most lie outside every gold span). The rules run with the
screen, the corrector and the second look off. Model: multinomial logistic
regression, L2, full-batch AdaGrad (numpy only, deterministic).

    .venv/bin/python scripts/train_second_look.py --rows     read the history into the rows cache (worktrees; slow)
    .venv/bin/python scripts/train_second_look.py --cv       site-held-out CV on the rows, clause by clause
    .venv/bin/python scripts/train_second_look.py --cv-score site-held-out CV through the pipeline (today's
                                                             rules), every present page scored by score.py
    .venv/bin/python scripts/train_second_look.py --write    train on all rows, write briefgen/data/second_look.json

``--cv`` sets beside each clause what the product did before this model (the
rules, then the packaged noise screen and category corrector; their
exceptions for counted deeds and listed items are not applied here, so that
baseline drops a little more than the product) and what the model of the
folds that never saw the clause's site would make of it. ``--held-out
BATCHES`` trains only on rows of other batches and other sites and judges
only those batches.

Measured on 7 December (twenty-ninth session; 34,778 clauses of 3,552
first readings of 2,432 pages, 877 sites; our own sets always in training;
threshold 0.9, a shortcoming at 0.6):
- ``--cv --judge 402-471`` (pages the packaged screen and corrector never saw,
  8,479 clauses): word F1 of the clauses 0.858 with the screen and corrector
  -> 0.876 with the second look; clauses in the right category 3,926 ->
  3,948; misfiled 250 -> 228; limitation precision 0.74 -> 0.79, recall
  0.63 -> 0.66.
- ``--cv --held-out 458-471`` (the rules that first scored those batches, a
  model that saw neither them nor their sites; 1,724 clauses): 0.832 -> 0.852,
  misfiled 73 -> 62, right 763 -> 764, limitation precision 0.55 -> 0.70,
  recall 0.27 -> 0.36.
- ``--cv-score`` (today's rules, tuned on these pages; every present page
  read with the model of the other sites, scored by score.py; 2,467 pages):
  word F1 0.897 -> 0.902, item recall 0.924 -> 0.924, misfiled 341 -> 314,
  limitation precision 0.728 -> 0.793. ``--cv-score --held-out 458-471``
  (172 pages): 0.822 -> 0.840, 0.861 -> 0.861, 73 -> 64, 0.554 -> 0.729.
- The shortcoming threshold: with every change at 0.9, limitation recall
  stayed 0.63 on 402-471 (0.29 on 458-471); taking a shortcoming from 0.8,
  0.7, 0.6, 0.5, 0.4 raised it to 0.65, 0.66, 0.66, 0.68, 0.69 (0.33-0.38 on
  458-471) with precision 0.79-0.80 (0.68-0.71) and the other figures a
  little better. 0.6, not 0.5: at 0.5 two of our own sentences turned into
  shortcomings against the guide ("Tuy nhiên, vẫn còn một số hạn chế ..."
  only announces; poverty "giảm xuống còn 23 hộ" is a result), both at
  0.58-0.59.
- Without our own sets in training, the model broke six of their floors
  (one or two items each); without the exceptions for what the sentence
  settles, 22 own-sentence tests failed (a headline revived as a task, a
  shortcoming announced revived as a result). Stronger regularisation was
  tried: L2 10 at 0.7 gave 0.879 / 3,966 right / 222 misfiled on 402-471 and
  0.900 / 0.927 / 312 through the pipeline, but on 458-471 held out 0.843 /
  0.845 / 57 (item recall down 0.016 from before the model); L2 3 and 30,
  the rule's full note, the previous clause's rule and first words changed
  the figures by less than 0.002. L2 1 at 0.9 kept (fewest items lost on the
  held-out batches). Dropping the place features
  (first, early, last) changed the CV figures by less than 0.001 and kept
  short texts from reading as page furniture: left out.

Retrained on 7 December (thirtieth session) on batches 1-483 (36,078
clauses of 3,685 first readings), hyperparameters unchanged, after two
exceptions (a bare announcement of shortcomings is never revived; a count
fallen to a figure, "giảm xuống còn 23 hộ", is a figure reached). Measured
first on the 96 pages of batches 475-483, with a model that saw neither
them nor their sites: ``--cv --held-out 475-483`` (906 clauses, the rules
that first read them) word F1 0.837 -> 0.849, right 387 -> 389, misfiled
31 -> 29; ``--cv-score --held-out 475-483`` (today's rules) 0.849 -> 0.862,
item recall 0.869 -> 0.876, misfiled 19 -> 19. Tried and not kept: the
rules' labels two clauses away as features (--cv on 402-483: misfiled 266
-> 259, shortcomings P 0.78 -> 0.81, R 0.66 -> 0.68; through the pipeline
on 475-483 held out 0.862 -> 0.861), which turned one of our own results
("Nhiều hội viên không ngại khó, tích cực hiến đất ...") into a shortcoming.

Thresholds by kind of change (thirty-second session; the model of 1-486):
``--cv --judge 402-486`` (10,130 clauses, 5 folds by site, the rules that
first read them), every change at 0.9: word F1 0.8729, right 4,688,
misfiled 277. A result <-> task change from 0.75 (taking an item out and
reviving one still at 0.9): 0.8745, 4,697, 268; from 0.7: 0.8746, 4,699,
266; reviving from 0.8 as well: 0.8753, 4,707, 266, but it revived framing
in two of our own sentences ("quan tâm công tác tuyên truyền ..." among
comments on a draft; at 0.7 a union's "đề ra mục tiêu ..." at 71% became a
result), so 0.75 and 0.9. Taking items out from 0.8 or 0.7 lost 27-54
items right. Through the pipeline (``--cv-score --held-out 475-486``, 133
pages, today's rules): 0.860 / 0.886 / 25 at 0.9, 0.858 / 0.886 / 25 with
the swap at 0.75. On batches 492-494, unseen by rules and model (44
pages): 0.884 / 0.902 (211/234) / 9 -> 0.894 / 0.910 (213/234) / 7.
Then, with 487-497 in the rows (37,470 clauses): ``--cv --held-out
487-497`` (the model of 1-486, 1,041 clauses) 0.8705 / 473 right / 16
misfiled at 0.9 -> 0.8755 / 476 / 13 with the swap at 0.75; ``--cv --judge
402-497`` 0.8729 / 5,159 / 287 -> 0.8738 / 5,167 / 279. Taking items out
from 0.8 as well: 0.8778 / 5,140 / 274 there, and through the pipeline on
487-497 held out (107 pages) 0.872 / 0.896 / 12 -> 0.876 / 0.892 / 12: as
many items lost as words gained, so taking out stays at 0.9. Retrained on
1-497, the model revived a comment on a draft ("quan tâm công tác tuyên
truyền ...", listed after "các ý kiến góp ý ... tập trung vào các nội
dung:") as a result at 91%, against one of our own sentences; keeping the
agenda's topics from the second look cost two real pages where it had been
right (b177-09, b424-08), so the shipped model stays the one of 1-486.
Tried and not kept: a network with one hidden layer (32 ReLU units over
the same features, Adam, 8 epochs) in place of the logistic regression.
On 487-497 held out it looked better at 0.9 (0.8869 / 476 / 11 against
0.8755 / 476 / 13), but over 402-497 by site folds it was not: 0.8755 /
5,147 / 288 against 0.8738 / 5,167 / 279 (fewer right, more misfiled).
The model alone, without the rules' exceptions and thresholds, gave
0.8840 / 5,061 / 244 there: more words right and fewer misfiled, but 106
items fewer; the same trade as taking items out from a lower threshold.
"""
from __future__ import annotations

import argparse
import collections
import datetime
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

os.environ["BRIEFGEN_SCREEN"] = "off"
os.environ["BRIEFGEN_CORRECTOR"] = "off"
os.environ["BRIEFGEN_SECOND_LOOK"] = "off"

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))
import numpy as np  # noqa: E402

import train_corrector as tc  # noqa: E402
from first_errors_by_rule import gold_kind  # noqa: E402
import train_screen as ts  # noqa: E402
from briefgen.extract.second_look import PACKAGED, needed_certainty, second_look_features  # noqa: E402
from realset import batches, worktree  # noqa: E402

CLASSES = ("achievement", "limitation", "task", "none")
THRESHOLD = 0.9  # chosen by --cv and --cv-score: at 0.8 and below, more words right but more items lost
SWAP_THRESHOLD = 0.9  # a result <-> task change: 0.75 by --cv on 402-486 (thirty-second session; see the
# docstring); 0.9 from the fortieth, whose rules got most of those right already: on its 654 read pages the
# changes between 0.75 and 0.9 were right 3 times, wrong 8 (misfiled 48 -> 44, word F1 0.909 -> 0.911)
REVIVE_THRESHOLD = 0.9  # an item the rules left out (0.8 revived framing in our own sentences)
SHORTCOMING_THRESHOLD = 0.6  # a shortcoming when the model is 60% sure (--cv: limitation recall up, precision kept; see docstring)
L2 = 1.0
EPOCHS = 150
STEP = 0.5
MIN_COUNT = 2  # a feature seen in fewer training rows is left out
KEEP_WEIGHT = 0.01  # features whose every weight is smaller are left out of the shipped file
CACHE = ROOT / "tests" / "realset" / "cache" / "second_look_rows.json"


def page_rows(group: list[dict], root: Path, reader: str) -> list[dict]:
    """The clauses of each page as the rules at ``root`` labelled them."""
    rows = []
    for page, article, flat, gold, clauses in tc.labelled_pages(group, root):
        raw = article["text"]
        labels = [d[2] for d in clauses]
        for i, (start, end, label, rule) in enumerate(clauses):
            rows.append({"site": page["site"], "batch": page["batch"], "file": page["path"].name,
                         "reader": reader, "label": label, "rule": rule, "words": len(raw[start:end].split()),
                         "truth": gold_kind(article, flat, gold, start, end), "text": raw[start:end],
                         "i": i, "n": len(clauses),
                         "previous": labels[i - 1] if i else "start",
                         "following": labels[i + 1] if i + 1 < len(labels) else "end"})
    return rows


def read_history() -> list[dict]:
    pages = [p for p in ts.pages(None) if p["group"] == "real"]
    rows = []
    for rev, spec in tc.HISTORY:
        group = [p for p in pages if p["batch"] in batches(spec)]
        if group:
            with worktree(rev) as tree:
                rows += page_rows(group, tree, rev)
            print(f"{rev}: {len(group)} pages, {len(rows)} clauses so far", file=sys.stderr)
    return rows


def own_rows() -> list[dict]:
    """Our own sets and the five samples, read by today's rules: the rules are
    right on nearly all of them (tuned on them), so the model also learns where
    the rules are sure. Always in training, never judged."""
    own = [dict(p, batch=0) for p in ts.pages(set()) if p["group"] == "own"]
    return page_rows(own, ROOT, "own")


def feats(row: dict) -> list[str]:
    return second_look_features(row["text"], row["label"], row["rule"], row["i"], row["n"],
                                row["previous"], row["following"])


def train(rows: list[dict]) -> dict[str, list[float]]:
    """Multinomial logistic regression; the weights of each kept feature, one per class."""
    counts = collections.Counter(f for r in rows for f in set(feats(r)))
    vocab = {f: k for k, f in enumerate(sorted(f for f, c in counts.items() if c >= MIN_COUNT or f == "bias"))}
    row_ids, feat_ids = [], []
    for i, r in enumerate(rows):
        for f in set(feats(r)):
            if f in vocab:
                row_ids.append(i)
                feat_ids.append(vocab[f])
    row_ids, feat_ids = np.array(row_ids), np.array(feat_ids)
    n, v, k = len(rows), len(vocab), len(CLASSES)
    y = np.zeros((n, k))
    y[np.arange(n), [CLASSES.index(r["truth"]) for r in rows]] = 1.0
    w = np.zeros((v, k))
    squares = np.full((v, k), 1e-8)
    for _ in range(EPOCHS):
        z = np.stack([np.bincount(row_ids, weights=w[feat_ids, c], minlength=n) for c in range(k)], axis=1)
        z -= z.max(axis=1, keepdims=True)
        p = np.exp(z)
        p /= p.sum(axis=1, keepdims=True)
        d = p - y
        grad = np.stack([np.bincount(feat_ids, weights=d[row_ids, c], minlength=v) for c in range(k)], axis=1)
        grad = (grad + L2 * w) / n
        squares += grad ** 2
        w -= STEP * grad / np.sqrt(squares)
    names = sorted(vocab, key=vocab.get)
    return {f: [round(float(x), 4) for x in w[j]] for j, f in enumerate(names)
            if f == "bias" or np.abs(w[j]).max() >= KEEP_WEIGHT}


def probabilities(weights: dict, row: dict) -> dict[str, float]:
    z = np.zeros(len(CLASSES))
    for f in set(feats(row)):
        if f in weights:
            z += weights[f]
    p = np.exp(z - z.max())
    return dict(zip(CLASSES, p / p.sum()))


def baseline(rows: list[dict]) -> list[str]:
    """The rules, then the packaged screen and corrector (see the docstring)."""
    sys.path.insert(0, str(ROOT))
    from briefgen.extract.corrector import Corrector, PACKAGED as CORRECTOR
    from briefgen.extract.screen import NoiseScreen, PACKAGED as SCREEN
    screen = NoiseScreen(json.loads(SCREEN.read_text(encoding="utf-8")), str(SCREEN))
    corrector = Corrector(json.loads(CORRECTOR.read_text(encoding="utf-8")), str(CORRECTOR))
    out = []
    for r in rows:
        label = r["label"]
        if label in ("achievement", "task") and not r["rule"].startswith("lời chỉ đạo") \
                and screen.rejects(screen.judge(r["text"], label, r["i"], r["n"])):
            label = "none"
        if label in ("achievement", "task"):
            fix = corrector.correct(r["text"], label, r["previous"] if r["i"] else "none", r["i"], r["n"])
            label = fix.label if fix else label
        out.append(label)
    return out


def summary(rows: list[dict], labels: list[str]) -> str:
    """Clause figures, each clause weighed by its words: precision, recall and
    F1 of the words in items, items whose category is right, items misfiled,
    limitation precision and recall (clauses)."""
    tp = sum(r["words"] for r, x in zip(rows, labels) if x == r["truth"] != "none")
    predicted = sum(r["words"] for r, x in zip(rows, labels) if x != "none")
    gold = sum(r["words"] for r in rows if r["truth"] != "none")
    p, rc = tp / max(1, predicted), tp / max(1, gold)
    right = sum(1 for r, x in zip(rows, labels) if x == r["truth"] != "none")
    misfiled = sum(1 for r, x in zip(rows, labels) if "none" not in (x, r["truth"]) and x != r["truth"])
    lim_found = sum(1 for r, x in zip(rows, labels) if x == r["truth"] == "limitation")
    lim_p = lim_found / max(1, labels.count("limitation"))
    lim_r = lim_found / max(1, sum(r["truth"] == "limitation" for r in rows))
    return (f"word P {p:.3f} R {rc:.3f} F1 {2 * p * rc / max(1e-9, p + rc):.4f}; items right {right}, "
            f"misfiled {misfiled}; limitations P {lim_p:.2f} R {lim_r:.2f}")


def looked(rows: list[dict], probs: list[dict], base: list[str], threshold: float,
           swap: float = SWAP_THRESHOLD, revive: float = REVIVE_THRESHOLD) -> list[str]:
    """What the product does (extract/article.py): the model's category when
    it is sure, except for what the sentence settles (a directive, a listed
    item, a headline, a counted deed, a figure reached, a bare announcement) and never a result
    where a shortcoming cue stands (openers and praise naming areas are not
    checked here)."""
    from briefgen.extract.article import bare_announcement, flat_view
    from briefgen.extract.frames import HEADING
    from briefgen.extract.leads import DIRECTIVE
    from briefgen.extract.phrases import FRAMED_REQUEST, LISTED
    from briefgen.extract.rules import load_rules
    rules = load_rules()
    out = []
    for r, p, b in zip(rows, probs, base):
        best = max(p, key=p.get)
        view = flat_view(r["text"])
        settled = r["rule"].startswith(DIRECTIVE) or r["rule"] in (HEADING, LISTED, FRAMED_REQUEST) or (
            r["label"] != "none" and (rules.screen_keeps.search(view) or rules.figures_reached.search(view))) or (
            r["label"] == "none" and bare_announcement(view, rules.generic_words))
        shortcoming = best == "achievement" and rules.first("negative_cues", view)[0] is not None
        least = needed_certainty(best, b, threshold=threshold, shortcoming=min(threshold, SHORTCOMING_THRESHOLD),
                                 swap=swap, revive=revive)
        out.append(best if p[best] >= least and not settled and not shortcoming else b)
    return out


def cross_validate(rows: list[dict], held_out: set[int] | None, judge: set[int] | None = None) -> None:
    own = own_rows()
    base = baseline(rows)
    probs: list[dict | None] = [None] * len(rows)
    if held_out:
        sites = {r["site"] for r in rows if r["batch"] in held_out}
        judged = [i for i, r in enumerate(rows) if r["batch"] in held_out]
        w = train(own + [r for r in rows if r["batch"] not in held_out and r["site"] not in sites])
        for i in judged:
            probs[i] = probabilities(w, rows[i])
    else:
        judged = [i for i, r in enumerate(rows) if judge is None or r["batch"] in judge]
        for k in range(ts.FOLDS):
            w = train(own + [r for r in rows if ts._fold(r["site"]) != k])
            for i, r in enumerate(rows):
                if ts._fold(r["site"]) == k:
                    probs[i] = probabilities(w, r)
    sel = [rows[i] for i in judged]
    print(f"{len(sel)} clauses judged")
    print("  rules alone:              ", summary(sel, [r["label"] for r in sel]))
    print("  + screen and corrector:   ", summary(sel, [base[i] for i in judged]))
    for threshold in (0.6, 0.7, 0.8, 0.9, 0.95):
        labels = looked(sel, [probs[i] for i in judged], [base[i] for i in judged], threshold, threshold, threshold)
        print(f"  + second look at {threshold:.2f}:   ", summary(sel, labels))
    for drop, swap, revive in ((0.9, 0.7, 0.9), (0.9, 0.75, 0.9), (0.9, 0.7, 0.8), (0.8, 0.75, 0.9), (0.7, 0.75, 0.9)):
        labels = looked(sel, [probs[i] for i in judged], [base[i] for i in judged], drop, swap, revive)
        print(f"  + out at {drop}, swap {swap}, revive {revive}:", summary(sel, labels))


def write_model(weights: dict, path: Path, threshold: float, provenance: dict | None = None,
                swap: float = SWAP_THRESHOLD, revive: float = REVIVE_THRESHOLD) -> None:
    data = {"format": "briefgen.second_look/1", "classes": list(CLASSES), "threshold": threshold,
            "shortcoming_threshold": min(threshold, SHORTCOMING_THRESHOLD),
            "swap_threshold": swap, "revive_threshold": revive, "weights": weights}
    if provenance:
        data["provenance"] = provenance
    path.write_text(json.dumps(data, ensure_ascii=False, sort_keys=True), encoding="utf-8")


def extract_pages(pages: list[dict], model: Path | None) -> list[dict]:
    """The extraction JSON's articles for ``pages``, the second look off or ``model``."""
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        (tmp / "in").mkdir()
        for p in pages:
            shutil.copy(p["path"], tmp / "in" / p["path"].name)
        env = {**os.environ, "PYTHONPATH": str(ROOT), "BRIEFGEN_SCREEN": "", "BRIEFGEN_CORRECTOR": "",
               "BRIEFGEN_SECOND_LOOK": str(model) if model else "off"}
        subprocess.run([sys.executable, "-m", "briefgen", "extract", str(tmp / "in"), "--json", str(tmp / "x.json")],
                       check=True, capture_output=True, env=env, cwd=tmp)
        return json.loads((tmp / "x.json").read_text(encoding="utf-8"))["articles"]


def score_pages(pages: list[dict], articles: list[dict]) -> dict:
    sys.path.insert(0, str(ts.SHARED_EVAL))
    import score  # noqa: E402  (../shared/eval/score.py)
    with tempfile.TemporaryDirectory() as tmp:
        gold = Path(tmp)
        for p in pages:
            (gold / f"{p['path'].stem}.json").write_text(json.dumps(p["gold"], ensure_ascii=False), encoding="utf-8")
        res = score.score(gold, pages[0]["path"].parent, {"articles": articles}, errors=False)
    per = res.get("per_category", {}).get("limitation", {})
    return {"word F1": res.get("word_f1"), "item recall": round(res["items_found"] / max(1, res["items"]), 3),
            "misfiled": res["misfiled_items"], "limitations P": per.get("precision")}


def cross_validate_pipeline(rows: list[dict], held_out: set[int] | None, threshold: float,
                            swap: float = SWAP_THRESHOLD, revive: float = REVIVE_THRESHOLD) -> None:
    """Today's rules on the present pages, each read with a model that never
    saw its site (5 folds), or, with ``held_out``, the pages of those batches
    read with one model trained on the other batches' other sites; scored
    beside the model off."""
    read = {r["batch"] for r in rows}  # pages whose history is in the rows (not a batch still waiting)
    pages = [p for p in ts.pages(None) if p["group"] == "real" and p["batch"] in read
             and (not held_out or p["batch"] in held_out)]
    own = own_rows()
    with tempfile.TemporaryDirectory() as tmp:
        looked_at, plain = [], []
        if held_out:
            sites = {p["site"] for p in pages}
            model = Path(tmp) / "model.json"
            write_model(train(own + [r for r in rows if r["batch"] not in held_out and r["site"] not in sites]),
                        model, threshold, swap=swap, revive=revive)
            looked_at, plain = extract_pages(pages, model), extract_pages(pages, None)
        for k in range(ts.FOLDS) if not held_out else ():
            group = [p for p in pages if ts._fold(p["site"]) == k]
            model = Path(tmp) / f"fold{k}.json"
            write_model(train(own + [r for r in rows if ts._fold(r["site"]) != k]), model, threshold,
                        swap=swap, revive=revive)
            looked_at += extract_pages(group, model)
            plain += extract_pages(group, None)
    print(f"{len(pages)} pages; second look off:", score_pages(pages, plain))
    print(f"{len(pages)} pages; second look at {threshold} (swap {swap}, revive {revive}):",
          score_pages(pages, looked_at))


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--rows", action="store_true", help="read the history into " + str(CACHE.relative_to(ROOT)))
    ap.add_argument("--cv", action="store_true")
    ap.add_argument("--held-out", default=None, help="with --cv: judge only these batches (e.g. 458-471)")
    ap.add_argument("--judge", default=None, help="with --cv: 5-fold CV, figures of these batches only")
    ap.add_argument("--cv-score", action="store_true")
    ap.add_argument("--write", action="store_true")
    ap.add_argument("--threshold", type=float, default=THRESHOLD, help="for --cv-score and --write")
    ap.add_argument("--swap", type=float, default=SWAP_THRESHOLD, help="for --cv-score and --write")
    ap.add_argument("--revive", type=float, default=REVIVE_THRESHOLD, help="for --cv-score and --write")
    a = ap.parse_args(argv)
    if a.rows:
        rows = read_history()
        CACHE.parent.mkdir(parents=True, exist_ok=True)
        CACHE.write_text(json.dumps(rows, ensure_ascii=False), encoding="utf-8")
        print(f"{len(rows)} clauses of {len({(r['reader'], r['file']) for r in rows})} readings -> {CACHE}")
    if not CACHE.is_file():
        print(f"no rows: run --rows first ({CACHE})", file=sys.stderr)
        return 1
    rows = json.loads(CACHE.read_text(encoding="utf-8"))
    if a.cv:
        cross_validate(rows, batches(a.held_out) if a.held_out else None, batches(a.judge) if a.judge else None)
    if a.cv_score:
        cross_validate_pipeline(rows, batches(a.held_out) if a.held_out else None, a.threshold, a.swap, a.revive)
    if a.write:
        own = own_rows()
        weights = train(own + rows)
        commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT,
                                capture_output=True, text=True).stdout.strip()
        provenance = {"trained": datetime.date.today().isoformat(), "commit": commit,
                      "script": "scripts/train_second_look.py",
                      "history": sorted({r["reader"] for r in rows}),
                      "batches": f"{min(r['batch'] for r in rows)}-{max(r['batch'] for r in rows)}",
                      "pages": len({r["file"] for r in rows}), "sites": len({r["site"] for r in rows}),
                      "clauses": len(rows), "own_clauses": len(own), "features": len(weights),
                      "model": f"multinomial logistic regression, L2 {L2}, {EPOCHS} AdaGrad epochs, step {STEP}",
                      "threshold": "chosen by site-held-out cross-validation (--cv)"}
        write_model(weights, PACKAGED, a.threshold, provenance, a.swap, a.revive)
        print(f"{len(weights)} features -> {PACKAGED}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
