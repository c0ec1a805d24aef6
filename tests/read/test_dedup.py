"""Same article twice: identical or nearly identical inputs."""
from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parents[1] / "fixtures"))
import make_inputs as fx  # noqa: E402

from briefgen.read import dedup  # noqa: E402
from briefgen.read.dedup import find_duplicates  # noqa: E402
from briefgen.model import Document  # noqa: E402
from briefgen.read import read_document  # noqa: E402

OTHER_ARTICLE = (
    "Chiều 28/3/2024, Hội Nông dân tỉnh tổ chức hội nghị giao ban quý I. Trong quý, các cấp Hội đã phối hợp "
    "mở 35 lớp tập huấn chuyển giao khoa học kỹ thuật cho hơn 2.000 hội viên, giải ngân 12 tỷ đồng vốn vay từ "
    "Quỹ Hỗ trợ nông dân. Tuy nhiên, một số chi hội sinh hoạt chưa đều, nội dung sinh hoạt còn đơn điệu. "
    "Quý II, Hội tập trung xây dựng mô hình kinh tế tập thể, vận động hội viên tham gia bảo hiểm xã hội tự nguyện."
)


def doc(path: str, text: str) -> Document:
    return Document(path=path, text=text)


def test_identical_after_folding_keeps_the_first_sorted_path():
    docs = [
        doc("inputs/c.txt", fx.ARTICLE.upper()),
        doc("inputs/a.txt", "  " + fx.ARTICLE.replace(" ", " \t ")),
        doc("inputs/b.txt", fx.ARTICLE.replace("\n\n", "\n")),
        doc("inputs/d.txt", OTHER_ARTICLE),
    ]
    assert find_duplicates(docs) == [("inputs/b.txt", "inputs/a.txt"), ("inputs/c.txt", "inputs/a.txt")]


def test_near_duplicate_is_found_and_a_different_article_is_not():
    changed = fx.ARTICLE.replace("56 buổi", "58 buổi") + "\n\nHoàng Lan (tổng hợp)"
    docs = [doc("z-goc.txt", fx.ARTICLE), doc("a-sua.txt", changed), doc("m-khac.txt", OTHER_ARTICLE)]
    assert find_duplicates(docs) == [("z-goc.txt", "a-sua.txt")]


def test_half_rewritten_article_is_not_a_duplicate():
    half = fx.PARAGRAPHS[0] + "\n\n" + fx.PARAGRAPHS[1] + "\n\n" + OTHER_ARTICLE
    assert find_duplicates([doc("a.txt", fx.ARTICLE), doc("b.txt", half)]) == []


def test_short_texts_count_only_when_identical():
    docs = [doc("a.txt", "Hội nghị giao ban quý I."), doc("b.txt", "Hội nghị giao ban quý II."),
            doc("c.txt", "hội nghị  giao ban quý I.")]
    assert find_duplicates(docs) == [("c.txt", "a.txt")]


def test_fixture_copies_are_found(tmp_path):
    paths = fx.make_inputs(tmp_path, with_pdf=False)
    docs = [read_document(paths[name], display=name) for name in ("utf8.txt", "duplicate.txt", "near-duplicate.txt")]
    assert find_duplicates(docs) == [("near-duplicate.txt", "duplicate.txt"), ("utf8.txt", "duplicate.txt")]


def test_many_documents_are_not_compared_pair_by_pair(monkeypatch):
    rng = random.Random(7)
    vocabulary = sorted(set(" ".join(fx.PARAGRAPHS + [OTHER_ARTICLE]).lower().split()))
    docs = [doc(f"bai-{i:04d}.txt", " ".join(rng.choice(vocabulary) for _ in range(60))) for i in range(1500)]
    docs.append(doc("bai-zzzz.txt", docs[42].text + " thêm một câu"))
    calls = []
    real = dedup.jaccard
    monkeypatch.setattr(dedup, "jaccard", lambda a, b: calls.append(1) or real(a, b))
    assert find_duplicates(docs) == [("bai-zzzz.txt", "bai-0042.txt")]
    assert len(calls) < 3 * len(docs)  # all pairs would be over a million
