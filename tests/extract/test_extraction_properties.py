"""Property tests: any text goes through extraction without crashing, and
every statement stays traceable (its quote is the exact source piece)."""
from hypothesis import given, settings, strategies as st

from briefgen.extract.cleantext import clean_statement
from briefgen.extract.article import extract_document
from briefgen.model import CATEGORIES, Document
from briefgen.extract.rules import load_rules

RULES = load_rules()
GENRE = ["Tuy nhiên, ", "đề nghị ", "Mặt trận ", "còn chậm", "đã vận động được 12 tỷ đồng", "; ", ". ",
         "\n", "\n\n", "quý II/2024", "Đồng chí Nguyễn Văn A", ", Phó Bí thư", "chưa", "cần ", ": ", "- ",
         "…", "Trong 6 tháng đầu năm, ", "Hội nghị đã thảo luận", "Lượt xem: 12", "“", "”", " "]
genre_text = st.lists(st.sampled_from(GENRE) | st.text(max_size=12), max_size=60).map("".join)


def check(text):
    article = extract_document(Document("x.txt", text), RULES)
    for s in article.statements:
        assert s.category in CATEGORIES
        assert text[s.start:s.end] == s.quote and s.quote.strip()
        assert s.text and s.text[-1] in ".!?”\""
    for d in article.dropped:
        assert 0 <= d.start <= d.end <= len(text)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=400))
def test_random_unicode_never_crashes(text):
    check(text)


@settings(max_examples=300, deadline=None)
@given(genre_text)
def test_genre_like_text_stays_traceable(text):
    check(text)


@settings(max_examples=200, deadline=None)
@given(st.text(min_size=1, max_size=200))
def test_clean_statement_never_invents_words(quote):
    import re
    cleaned = clean_statement(quote)
    words = lambda t: re.findall(r"\w+", t.casefold())
    assert set(words(cleaned)) <= set(words(quote))
