"""How statements are compared: their match form and their content words.

Grouping (briefgen.assemble.group), merging (briefgen.assemble.merge) and the key figures
(briefgen.assemble.figures) never compare the text shown to users; they compare

- the **match form**: NFC, lowercase, tone marks placed one way
  (underthesea's ``text_normalize``: "hoà" and "hòa" are one syllable),
  punctuation removed, as a tuple of syllables;
- the **content words**: the match form segmented into words by
  underthesea's ``word_tokenize``, without function words and the genre's
  boilerplate.

Both are costly (underthesea takes about half a second to import and its word
model another third to load), so the extraction workers compute them for
every statement in parallel and the extraction cache keeps them with the
article (briefgen.run.parallel, briefgen.store.cache); ``remember_*`` hands those results
to this process. The code of this module is part of the cache key; the code
that uses the results (grouping, merging) is not, so changing how statements
are merged never throws the cache away.
"""
from __future__ import annotations

import re
import sys
import unicodedata
from functools import lru_cache

# Anything that is not a letter or a digit separates syllables for matching:
# "kinh tế - xã hội" and "kinh tế xã hội" must match the same keyword.
_NON_WORD = re.compile(r"[^\w]+|_")
_WORDISH = re.compile(r"\w", re.UNICODE)

# Function words and words that occur in almost every statement of the genre.
# Negations ("chưa", "còn") are left out on purpose: all statements of one
# section share their polarity, so they carry no information here.
STOPWORDS = frozenset(w.strip() for w in """
của, và, với, các, những, một, một số, nhiều, cho, trong, ngoài, tại, theo, về, từ, đến, để,
do, bởi, vì, nên, là, thì, mà, đã, đang, sẽ, được, bị, có, không, chưa, còn, rất, hơn, nữa,
hơn nữa, cũng, vẫn, đều, luôn, ngày càng, này, đó, ấy, khi, lúc, nơi, như, việc, sự, cuộc,
cách, nhằm, ở, vào, ra, góp phần, bảo đảm, đảm bảo, tiếp tục, tăng cường, đẩy mạnh, nâng cao, chú trọng,
tập trung, chủ động, tích cực, thường xuyên, kịp thời, thực hiện, triển khai, tổ chức,
hoạt động, công tác, nội dung, vai trò, hiệu quả, chất lượng, tốt, cao, mặt trận, tổ quốc,
mttq, ubmttq, ubmttqvn, việt nam, chính trị, xã hội, chính trị - xã hội, đoàn thể,
thành viên, tỉnh, thành phố, huyện, thị xã, quận, xã, phường, thị trấn, cấp, các cấp, cơ sở,
địa phương, đơn vị, địa bàn, ban, thường trực, thường vụ, ủy ban, đồng chí, năm, quý, tháng,
thời gian, qua, tới, một số, trên, dưới, giữa, tuy nhiên, tuy vậy, đồng thời, bên cạnh đó,
đề nghị, yêu cầu, đánh giá, ghi nhận, phát biểu, kết luận, hội nghị, giao ban, buổi, làm việc,
bí thư, phó bí thư, tỉnh ủy, thành ủy, huyện ủy, thị ủy, quận ủy, nhiệm vụ, lại, theo đó
""".replace("\n", " ").split(",") if w.strip())


def warm_up() -> None:
    """Import underthesea and load its word model now (in a worker that
    waits for work), not when the first statement needs them."""
    _tone_fix("khởi động")
    _content_words("khởi động công tác")


def _tone_fix(text: str) -> str:
    # underthesea's text_normalize unifies old/new tone-mark placement
    # ("hoà" -> "hòa") and fixes look-alike letters; only used for matching.
    try:
        from underthesea import text_normalize
    except ImportError:  # matching still works, only less tolerant of spelling variants
        return text
    return text_normalize(text)


# A syllable, or a number apart from the unit glued to it ("350m2" -> "350",
# "m2"), as underthesea's regex tokenizer cuts them.
_TOKEN = re.compile(r"\d+|[^\W\d_][^\W_]*|_")


@lru_cache(maxsize=None)
def _normalize_token(token: str) -> str:
    """underthesea's normalisation of one token: text_normalize is this, token
    by token, after a regex tokenizer that costs six times more than the rest;
    the match form drops punctuation anyway. Measured on 17,272 sentences of
    the genre: the same match form for all but two (a URL, "9x13")."""
    try:
        from underthesea.pipeline.text_normalize import token_normalize
    except ImportError:
        return _tone_fix(token)
    return token_normalize(token)


# Results computed in another process (see the module docstring).
_KNOWN_FORMS: dict[str, tuple[str, ...]] = {}
_KNOWN_WORDS: dict[str, frozenset[str]] = {}


def remember_match_forms(forms: dict[str, tuple[str, ...]]) -> None:
    """Record ``match_form`` results computed in another process."""
    _KNOWN_FORMS.update(forms)


def remember_content_words(words: dict[str, frozenset[str]]) -> None:
    """Record ``content_words`` results computed in another process."""
    _KNOWN_WORDS.update(words)


def match_form(text: str) -> tuple[str, ...]:
    """Syllables of ``text`` for matching: NFC, lowercase, unified tone marks,
    punctuation removed. Never use this for text shown to users."""
    known = _KNOWN_FORMS.get(text)
    return known if known is not None else _match_form(text)


@lru_cache(maxsize=65536)
def _match_form(text: str) -> tuple[str, ...]:
    text = unicodedata.normalize("NFC", text).lower()
    text = " ".join(_normalize_token(t) for t in _TOKEN.findall(text)).lower()
    return tuple(_NON_WORD.sub(" ", text).split())


def match_forms(texts: list[str]) -> list[tuple[str, ...]]:
    """``match_form`` of many short texts (theme keywords), kept in the cache
    folder between runs: a rebuild whose statements all come from the cache
    then never imports underthesea."""
    from briefgen.store.cache import load_value, store_value, value_key

    key = value_key("match-forms", texts)
    found = load_value(key)
    if isinstance(found, list) and len(found) == len(texts) and all(isinstance(f, tuple) for f in found):
        return found
    forms = [match_form(t) for t in texts]
    store_value(key, forms)
    return forms


@lru_cache(maxsize=1)
def _segmenter():
    from briefgen.assemble.segment import load_segmenter

    return load_segmenter()


def _segment(syllables: tuple[str, ...]) -> list[str]:
    """underthesea's word segmentation of syllables already normalised and
    without punctuation. Its CRF model is scored by briefgen.assemble.segment
    (the same words, several times faster than underthesea's featurizer);
    if that cannot read the model, underthesea's own tagger does it."""
    if not syllables:
        return []
    segmenter = _segmenter()
    if segmenter is not None:
        tags = segmenter.tags(syllables)
    else:
        tags = _underthesea_tags(syllables)
        if tags is None:
            from underthesea import word_tokenize

            return word_tokenize(" ".join(syllables))
    words: list[str] = []
    for i, (tag, syllable) in enumerate(zip(tags, syllables)):
        if tag == "I-W" and i > 0:
            words[-1] += " " + syllable
        else:
            words.append(syllable)
    return words


def _underthesea_tags(syllables: tuple[str, ...]) -> list[str] | None:
    """underthesea's CRF tags of the syllables (its tagger on them directly,
    without the regex tokenizer and token normalisation word_tokenize would
    run again), or None when its model is not loaded."""
    from underthesea import word_tokenize

    module = sys.modules.get("underthesea.pipeline.word_tokenize")
    if getattr(module, "word_tokenize_model", None) is None:
        word_tokenize("khởi động")  # loads the model, once
        module = sys.modules.get("underthesea.pipeline.word_tokenize")
    model = getattr(module, "word_tokenize_model", None)
    return None if model is None else model.predict([[s] for s in syllables])


def content_words(text: str) -> frozenset[str]:
    """Content words of ``text`` for comparison (never shown to users)."""
    known = _KNOWN_WORDS.get(text)
    return known if known is not None else _content_words(text)


@lru_cache(maxsize=65536)
def _content_words(text: str) -> frozenset[str]:
    # segmented from the match form (lowercase, unified tone marks, no
    # punctuation), which is cached per text, so each statement is normalised once
    words = set()
    for tok in _segment(match_form(text)):
        tok = tok.strip()
        if not tok or not _WORDISH.search(tok) or tok in STOPWORDS:
            continue
        # a compound like "tổ chức chính trị" may come out as one token: drop it
        # when all its syllables are boilerplate
        if all(s in STOPWORDS for s in tok.split()):
            continue
        words.add(tok)
    return frozenset(words)
