"""Turn a verbatim quote into the statement text the briefing shows.

Only presentation changes: whitespace folded, list markers and trailing
separators (";", ",", "…", "./.") removed, the first letter capitalised and a
full stop at the end. Nothing is added or reworded, so the statement can
always be checked against its quote.
"""
from __future__ import annotations


from briefgen.extract.noise import BULLET

TRAILING_CHARS = " \t\n;,:-–…/"
OPEN_QUOTES = "“\"‘«("


def clean_statement(quote: str) -> str:
    text = " ".join(quote.split())
    m = BULLET.match(text)
    if m:
        text = text[m.end():]
    # trailing separators, ellipses and the closing "./." (rstrip: linear on any input)
    prev = None
    while prev != text:
        prev = text
        text = text.rstrip(TRAILING_CHARS)
        if text.endswith(".."):
            text = text.rstrip(".")
        elif text.endswith("./."):
            text = text[:-3]
    # a quotation whose opening mark stayed in the cut lead-in ('"Tôi đề nghị
    # ... thiết thực."'): its closing mark goes too
    if (text.endswith('"') and text.count('"') % 2) or (text.endswith("”") and text.count("”") > text.count("“")):
        text = text[:-1]
    text = text.rstrip(".").rstrip()
    if not text:
        return ""
    # balance a quotation mark left open by cutting the sentence
    if text.count("“") > text.count("”"):
        text += "”"
    i = 0
    while i < len(text) and text[i] in OPEN_QUOTES:
        i += 1
    if i < len(text) and len(text[i].upper()) == 1:  # "ß".upper() is two letters
        text = text[:i] + text[i].upper() + text[i + 1:]
    if not text.endswith((".", "!", "?", "”.", "\".")):
        text += "."
    return text
