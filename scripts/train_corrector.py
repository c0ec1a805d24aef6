#!/usr/bin/env python3
"""Train the category corrector (briefgen/extract/corrector.py) and measure it.

Examples: the clauses that older revisions of the rules read as results or
tasks on real pages those revisions had never been tuned on (the history of
tests/realset/: each batch was scored once before any rule was tuned on it),
each with its gold category. Rules tuned on a page seldom misread it any more;
on unseen pages they do, and those errors are what the corrector learns. The
target is "the gold item is a task"; clauses whose words are not mostly in
one gold result or task are left out. Model: the noise screen's logistic
regression (scripts/train_screen.py), same features without the rules' label,
plus the previous clause's label.

    .venv/bin/python scripts/train_corrector.py --cv      site-held-out CV on the history: fixed / broken per threshold
    .venv/bin/python scripts/train_corrector.py --test    train on history of batches 1-58 only, test beside the
                                                          rules of 6153b27 on batches 59-70 (unseen by both)
    .venv/bin/python scripts/train_corrector.py --write   train on all the history, write briefgen/data/category_corrector.json

Measured on 4 December (sixth session): site-held-out CV, 0.95: 108 clauses
fixed, 21 broken; the test, 0.95: 15 of the 64 result/task confusions of the
rules of 6153b27 on batches 59-70 fixed, 1 broken (0.9: 16 fixed, 3 broken).
Seventh session, threshold 0.95, each model trained on the history before the
batches it is tested on: beside d45c857 on 71-74, 5 of 19 confusions fixed, 1
broken (--test-rev d45c857 --test-batches 71-74); beside 82e9943 on 75-79, 2 of
6 fixed, 2 broken. Tried and not kept (worse on both tests): the rule's kind
and the next clause's label as features.
Tenth session, 0.95: beside 6f5bc40 on 86, 1 confusion, none fixed or broken;
beside 9100002 on 87 and 89, 4 confusions, 1 fixed, 1 broken; beside 486bd05
on 85, no confusion.
Thirteenth session (history with batches 96-113 beside the rules that first
scored them). ``--cv`` learns from the history before ``--test-batches``
(59 by default), so the whole history needs ``--cv --test-batches 114``:
1,296 confusions, at 0.99 fixed 201, broken 17; at 0.95 fixed 360, broken 89.
Judged only on the rules of the twelfth and thirteenth sessions on pages they
had not seen (``--recent 26``, 168 confusions): at 0.99 fixed 25, broken 0; at
0.97 fixed 29, broken 8; at 0.95 fixed 42, broken 15. The threshold stays 0.99.
Twenty-eighth session: ``--test`` also scores the packaged model on the same
clauses. Beside the rules of 4dd3377 on the unseen 458-465 (38 confusions), a
model trained on the history present here (batches 1-457, 17,469 clauses,
848 confusions; the texts of most older batches are absent) fixed 4 / broke 0
at 0.97, 9 / 0 at 0.9; the packaged model (history to 401, 37,955 clauses)
5 / 0 at 0.97, 10 / 0 at 0.9. Not retrained. The packaged model at 0.9 on
every page present: batches 1-401 (in its history) misfiled 160 -> 110;
batches 402-465 (not in it) 160 -> 159, 11 pages better, 11 worse. The
threshold stays 0.97.
"""
from __future__ import annotations

import argparse
import datetime
import json
import os
import subprocess
import sys
from pathlib import Path

os.environ["BRIEFGEN_SCREEN"] = "off"
os.environ["BRIEFGEN_SECOND_LOOK"] = "off"  # the rules before the models that read after them
os.environ["BRIEFGEN_CORRECTOR"] = "off"

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))
import numpy as np  # noqa: E402

import train_screen as ts  # noqa: E402
from briefgen.extract.corrector import PACKAGED, corrector_features  # noqa: E402
from realset import batches, worktree  # noqa: E402

# chosen by --cv --recent: judged only on the clauses that the rules of the
# latest sessions read on pages they had not seen (--recent 8, from a64b74e
# on: 59 confusions), the model fixed 5 and broke 10 at 0.95, fixed 5 and
# broke 2 at 0.97, fixed 3 and broke 1 at 0.99; beside the rules that first
# scored batch 92 (--test) it broke one task at 0.97, none at 0.99. The
# fewest broken per fixed: 0.99 (it was 0.95 until the eleventh session).
# Fourteenth session, history to batch 138: --cv --test-batches 139 --recent 42
# (the session's own rules on pages they had not seen, 219 confusions): fixed
# 32 / broken 0 at 0.99, 52 / 5 at 0.97, 57 / 5 at 0.95; beside the session's
# final rules on the unseen batches 139-142 (--test --test-rev 0c0deca
# --test-batches 139-142, 27 confusions): 4 / 1 at 0.99, 6 / 3 at 0.97. Kept.
# Sixteenth session, history to batch 174: --cv --test-batches 175 --recent 49
# (the fifteenth session's rules on pages they had not seen, 171 confusions):
# fixed 27 / broken 4 at 0.99, 35 / 11 at 0.97, 43 / 13 at 0.95. Kept.
# Later, history to 186: --cv --test-batches 187 --recent 57 (this session's
# rules on 175-186, unseen; 78 confusions): 14 / 2 at 0.99, 24 / 4 at 0.97,
# 26 / 4 at 0.95. Kept (0.95 broke three times as many as 0.99 the time before).
# Eighteenth session, history to 233: --cv --test-batches 234 --recent 62 (the
# seventeenth session's rules on pages they had not seen, 196 confusions):
# 14 / 3 at 0.99, 37 / 13 at 0.97, 47 / 21 at 0.95; --test beside 8bd9ac0 on
# the unseen 234-237 (14 confusions): none fixed or broken at 0.95-0.99. Kept.
# Then, history to 245: --cv --test-batches 246 --recent 62 (226 confusions):
# 17 / 3 at 0.99, 40 / 12 at 0.97, 46 / 23 at 0.95; beside 3cc888e on the unseen
# 246-249 (9 confusions): 0 / 0 at 0.97 and 0.99, 3 / 0 at 0.95. In each of the
# last five measurements above, 0.97 fixed more than 0.99 net of what it broke
# (+47 / +32, +24 / +23, +20 / +12, +24 / +11, +28 / +14); 0.95 about as many
# net but twice the broken. Threshold 0.97 from here.
# Twentieth session, history to 281: --cv --test-batches 282 --recent 74 (the
# nineteenth session's rules on pages they had not seen, 119 confusions): 9 / 0
# at 0.99, 16 / 2 at 0.97, 20 / 6 at 0.95; --test beside b61113f on the unseen
# 282-289 (12 confusions): 4 / 0 at 0.99, 5 / 1 at 0.97 and 0.95. Kept.
# Then, history to 321 (the session's first scorings beside the rules that made
# them): --cv --test-batches 322 --recent 86 (this session's rules on pages they
# had not seen, 122 confusions): 6 / 0 at 0.99, 12 / 3 at 0.97, 12 / 4 at 0.95. Kept.
# Twenty-first session, history to 353: --cv --test-batches 354 --recent 91 (the
# session's first scorings of 322-353, 102 confusions): 13 / 0 at 0.99, 19 / 3 at
# 0.97, 24 / 4 at 0.95, 36 / 11 at 0.9. Kept.
# Twenty-second session, history to 401: --cv --test-batches 402 --recent 95
# (the first scorings of 354-401, 105 confusions): 12 / 0 at 0.99, 22 / 0 at
# 0.97, 27 / 0 at 0.95, 34 / 6 at 0.9. --test --test-rev 31019a3 --test-batches
# 394-401 (trained on the history to 393, beside rules that had not seen those
# pages; 9 confusions): 5 / 0 at 0.97, 6 / 0 at 0.95. Kept at 0.97.
THRESHOLD = 0.97
# (revision, batches it had not been tuned on): the start of real-page tuning,
# the end of the second, fourth and fifth sessions
HISTORY = (("0060d84", "1-83"), ("9534a4e^", "31-83"), ("ea44d1a", "49-83"), ("6153b27", "59-83"),
           # each new batch with the rules it was first scored with (tests/realset/README.md)
           # and every later batch, which those rules had not seen either
           ("d45c857", "71-83"), ("f1924f2", "73-83"), ("19bf93c", "74-83"), ("82e9943", "75-83"),
           ("a64b74e", "75"), ("ae06d97", "76"), ("32779b8", "77"), ("498845e", "78"), ("5eed889", "79"),
           ("f5b8b40", "80-83"), ("3f67321", "81"), ("d8c031a", "82"), ("5009b2c", "83"), ("af0ad57", "80"),
           ("6f5bc40", "84-91"), ("9100002", "84,85,87-91"), ("486bd05", "84,85,88,90,91"),
           ("b9dcf72", "84,88,90,91"), ("53316f5", "92-95"), ("f00a467", "93-95"), ("54eb2d7", "94,95"),
           ("03c627e", "95"),
           ("6687c61", "96-101"), ("3f4ffa7", "96,97,99-101"), ("d2d7140", "96,97,100,101"), ("beb221d", "96,100,101"),
           ("45b0a97", "96,100"), ("9825ed2", "96"), ("90cddf2", "102-105"), ("5a8086b", "104,105"),
           ("7918f72", "106-113"), ("2f2463d", "106,108-113"), ("cb7ab6a", "108-113"), ("35b9517", "109-113"),
           ("027caea", "111-113"), ("a0527c9", "112,113"), ("e864162", "114,115"), ("621411f", "115"),
           ("419cf7a", "116-138"), ("d972828", "122-138"), ("109eeef", "126-138"),
           ("e7dda85", "131-138"), ("9bba7ae", "135-138"), ("0c0deca", "139-146"), ("deb89c5", "143-146"),
           # fifteenth session (151-154 were held out of every model until scored; 151-154 and
           # 167-174 added in the sixteenth)
           ("274fa90", "147-174"), ("407358a", "147-150"), ("1fc96ae", "155-158"), ("30cc429", "159-162"),
           ("54bb6fb", "163-166"), ("1d86319", "151-154"), ("8cd4867", "167-170"), ("06ab764", "171-174"),
           # sixteenth session
           ("deae4c3", "175-186"), ("ae2536d", "175-178"), ("62ac927", "179-182"), ("d800af5", "183-186"),
           ("1e90dbe", "187-190"),
           # seventeenth session (207-210 held out of both models until scored)
           ("70dd377", "187-233"), ("7202749", "191-194"), ("9c21973", "195-198"), ("f4403de", "199-202"),
           ("d8ba0ee", "203-206"), ("842a40f", "207-210"), ("2c6c336", "211-214"), ("621c7b9", "215-218"),
           ("23a68d3", "219-222"), ("b1ca438", "223-225"), ("1df102d", "226-229"), ("b427208", "230-233"),
           # eighteenth session
           ("8bd9ac0", "234-237"), ("e4a802e", "238-241"), ("de0478f", "242-245"), ("3cc888e", "246-249"),
           # nineteenth session
           ("4f16ec4", "250-253"), ("27ca7e8", "254-257"), ("1170442", "258-261"), ("b17d4a7", "262-265"),
           ("3b1a602", "266-269"), ("ec92eef", "270-273"), ("4f544c8", "274-277"), ("87f191d", "278-281"),
           # twentieth session
           ("b61113f", "282-289"), ("7823b91", "290-297"), ("92622d5", "298-305"), ("1e81471", "306-313"),
           ("e82db6b", "314-321"),
           # twenty-first session
           ("167e1bf", "322-329"), ("f7faddc", "330-337"), ("1fc87bb", "338-345"), ("ae3a959", "346-353"),
           ("7cf09e5", "354-361"),
           # twenty-second session
           ("3e9b525", "362-369"), ("c5a05fb", "370-377"), ("e80eaec", "378-385"), ("3482c95", "386-393"),
           ("31019a3", "394-401"),
           # twenty-third to twenty-seventh sessions: recorded, not yet trained on
           # (a retrain needs the older batches' texts, most of them absent since
           # the twenty-fourth session)
           ("b82d0d5", "402-409"), ("fb6dde5", "407,410-412"), ("eb69ebd", "413-414"), ("fee7576", "415-416"),
           ("ca44586", "417-418"), ("de5e16f", "419-420"), ("7ea70b5", "421-422"), ("29e6fe1", "423-426"),
           ("c9854fe", "427-430"), ("28b0093", "431-434"), ("9f1df6b", "435-437"), ("141d693", "438-441"),
           ("2103d5e", "442-445"), ("cb7a8c5", "446-449"), ("4370b93", "450-453"), ("56e3626", "454-457"),
           # twenty-seventh (458-459) and twenty-eighth sessions
           ("cb32095", "458-459"), ("4dd3377", "460-462"), ("14ea9ff", "463-465"), ("8724425", "466-468"),
           ("1f5b3b6", "469-471"),
           # twenty-ninth and thirtieth sessions (the second look retrained on 1-474 at 7efb6c1,
           # once it left bare announcements alone)
           ("c83639d", "472-474"), ("7efb6c1", "475-477"), ("b3dec1b", "478-480"), ("930e312", "481-483"),
           # thirty-first session
           ("6e9d868", "484-486"), ("6add9a0", "487-489"),
           ("318e090", "490-491"),
           # thirty-second session
           ("a0d7019", "492-494"), ("5637d0a", "495-497"), ("dac9558", "498-500"),
           ("5784cc4", "501-503"), ("403f16c", "504-506"),
           ("70ba8a7", "507-509"), ("87f0ece", "510-512"),
           ("5cbf851", "513-515"),
           # thirty-third session
           ("6a44d58", "516-518"), ("72abac5", "519-521"), ("fa81bdc", "522-524"),
           ("4e53347", "525-527"),
           # forty-first session
           ("e5e0e31", "528-530"),
           # forty-second session
           ("776765f", "531"), ("9a2efc2", "532-535"), ("1ee8dcc", "536-538"))
TEST_REV, TEST_BATCHES = "6153b27", range(59, 71)


def labelled_pages(group: list[dict], root: Path):
    """Each page of ``group`` as the rules at ``root`` read it: the page, the
    extraction's article, its normalised text, the gold spans' offsets in it
    and the labelled clauses (page noise left out) in reading order."""
    done = ts.rules_output(group, root)
    for page in group:
        article = done.get(page["path"].name)
        if article is None:
            continue
        flat = ts._norm(article["text"])
        clauses = sorted((d for d in article["decisions"] if d[2] != "noise"), key=lambda d: (d[0], d[1]))
        yield page, article, flat, ts._gold_offsets(flat, page["gold"]["spans"]), clauses


def rows_for(group: list[dict], root: Path) -> list[dict]:
    rows = []
    for p, article, flat, gold, clauses in labelled_pages(group, root):
        raw = article["text"]
        previous = "none"
        for i, (start, end, label, rule) in enumerate(clauses):
            if label in ("achievement", "task"):
                s, e = next(((a, b) for a, b in article["statements"] if start <= a and b <= end), (start, end))
                piece = ts._norm(raw[s:e])
                at = flat.find(piece)
                words = [(m.start() + at, m.end() + at) for m in ts.WORD.finditer(piece)] if at >= 0 and piece else []
                counts: dict[str, int] = {}
                for ws, we in words:
                    for cat, gs, ge in gold:
                        if gs <= ws and we <= ge:
                            counts[cat] = counts.get(cat, 0) + 1
                best = max(counts, key=counts.get) if counts else None
                if best in ("achievement", "task") and counts[best] >= len(words) / 2:
                    rows.append({"site": p["site"], "batch": p["batch"], "label": label, "gold": best,
                                 "noise": best == "task",  # train_screen.train's target
                                 "features": corrector_features(raw[start:end], previous, i, len(clauses))})
            previous = label
    return rows


def own_rows() -> list[dict]:
    """Our own sets and the five samples, read by the current rules: most of
    their labels are right, so the model learns where the rules are sure too."""
    own = [p for p in ts.pages(set()) if p["group"] == "own"]
    for p in own:
        p.setdefault("batch", 0)
    return rows_for(own, ROOT)


def history(pages: list[dict], upto: int = 10 ** 6) -> list[dict]:
    """Every HISTORY entry's clauses, each row tagged with the entry's index
    ("rev": -1 for our own sets)."""
    rows = [dict(r, rev=-1) for r in own_rows()]
    for index, (rev, spec) in enumerate(HISTORY):
        group = [p for p in pages if p["batch"] in batches(spec) and p["batch"] <= upto]
        if group:
            with worktree(rev) as tree:
                rows += [dict(r, rev=index) for r in rows_for(group, tree)]
    return rows


def flips(weights: dict, rows: list[dict], threshold: float) -> tuple[int, int]:
    fixed = broken = 0
    for r in rows:
        z = sum(weights.get(f, 0.0) for f in set(r["features"]))
        p_task = 1 / (1 + np.exp(-z))
        new = "task" if r["label"] == "achievement" and p_task >= threshold else \
            "achievement" if r["label"] == "task" and p_task <= 1 - threshold else r["label"]
        if new != r["label"]:
            fixed += new == r["gold"]
            broken += new != r["gold"]
    return fixed, broken


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cv", action="store_true")
    ap.add_argument("--recent", type=int, default=0,
                    help="--cv judges only the rows of HISTORY entries from this index on (the newest rules)")
    ap.add_argument("--test", action="store_true")
    ap.add_argument("--write", action="store_true")
    ap.add_argument("--test-rev", default=TEST_REV, help="rules to test beside (default %(default)s)")
    ap.add_argument("--test-batches", default=f"{min(TEST_BATCHES)}-{max(TEST_BATCHES)}",
                    help="batches unseen by those rules; the model learns from the history before them")
    a = ap.parse_args(argv)
    test_batches = sorted(batches(a.test_batches))
    pages = [p for p in ts.pages(None) if p["group"] == "real"]
    if a.cv or a.test:
        rows = history(pages, upto=min(test_batches) - 1)
        print(f"history of batches 1-{min(test_batches) - 1}: {len(rows)} clauses, "
              f"{sum(r['label'] != r['gold'] for r in rows)} confused by the rules")
    if a.cv:
        models = [ts.train([r for r in rows if ts._fold(r["site"]) != k]) for k in range(ts.FOLDS)]
        judged = [[r for r in rows if ts._fold(r["site"]) == k and r["rev"] >= a.recent] for k in range(ts.FOLDS)]
        print(f"judged: {sum(map(len, judged))} clauses of HISTORY entries {a.recent}-{len(HISTORY) - 1}, "
              f"{sum(r['label'] != r['gold'] for j in judged for r in j)} confused by the rules")
        for threshold in (0.8, 0.9, 0.95, 0.97, 0.99):
            total = [0, 0]
            for w, rows_k in zip(models, judged):
                f, b = flips(w, rows_k, threshold)
                total[0] += f
                total[1] += b
            print(f"site-held-out CV, threshold {threshold}: fixed {total[0]}, broken {total[1]}")
    if a.test:
        w = ts.train(rows)
        group = [p for p in pages if p["batch"] in test_batches]
        with worktree(a.test_rev) as tree:
            test = rows_for(group, tree)
        print(f"test: rules of {a.test_rev} on batches {a.test_batches}: {len(test)} clauses, "
              f"{sum(r['label'] != r['gold'] for r in test)} confused")
        packaged = json.loads(PACKAGED.read_text(encoding="utf-8"))
        for threshold in (0.8, 0.9, 0.95, 0.97, 0.99):
            f, b = flips(w, test, threshold)
            fp, bp = flips(packaged["weights"], test, threshold)
            print(f"  threshold {threshold}: fixed {f}, broken {b}; the packaged model "
                  f"({packaged['provenance'].get('batches', '?')}): fixed {fp}, broken {bp}")
    if a.write:
        rows = history(pages)
        weights = ts.train(rows)
        commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT,
                                capture_output=True, text=True).stdout.strip()
        provenance = {
            "trained": datetime.date.today().isoformat(), "commit": commit, "script": "scripts/train_corrector.py",
            "history": [f"{rev}:{spec}" for rev, spec in HISTORY],
            "pages": len({(p["path"].name) for p in pages}), "clauses": len(rows),
            "confused_by_rules": sum(r["label"] != r["gold"] for r in rows),
            "model": f"logistic regression, L2 {ts.L2}, {ts.EPOCHS} AdaGrad epochs, step {ts.STEP}",
            "threshold": "chosen by site-held-out cross-validation (scripts/train_corrector.py --cv)",
        }
        data = {"format": "briefgen.category_corrector/1", "threshold": THRESHOLD, "provenance": provenance,
                "weights": dict(sorted(weights.items()))}
        PACKAGED.write_text(json.dumps(data, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
        print(f"wrote {PACKAGED}: {len(weights)} weights, {PACKAGED.stat().st_size // 1024} KiB")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
