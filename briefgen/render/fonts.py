"""Check that a Times-compatible serif with Vietnamese glyphs is installed.

Without one, fontconfig quietly maps "Times New Roman" to DejaVu Serif: the
PDF is still readable but its lines break differently from the DOCX opened in
Word, so we say so instead of falling back silently.
"""
from __future__ import annotations

import shutil
import subprocess

# Fonts metric-compatible with Times New Roman that cover all Vietnamese letters.
TIMES_COMPATIBLE = ("Times New Roman", "Liberation Serif", "Tinos", "TeX Gyre Termes")
CSS_FONT_STACK = '"Times New Roman", "Liberation Serif", "Tinos", "TeX Gyre Termes", serif'

# Letters a Vietnamese report cannot do without (precomposed, NFC).
VIETNAMESE_SAMPLE = "ăâđêôơưĂÂĐÊÔƠƯạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ"


def _fc_match(pattern: str) -> str | None:
    """Family name fontconfig picks for ``pattern``, or None when fc-match is missing."""
    exe = shutil.which("fc-match")
    if exe is None:
        return None
    try:
        out = subprocess.run([exe, "--format=%{family[0]}", pattern],
                             capture_output=True, text=True, timeout=10, check=False)
    except (OSError, subprocess.SubprocessError):
        return None
    return out.stdout.strip() or None


def _covers_vietnamese(family: str) -> bool:
    # fc-match with a charset request still answers with *some* font; we only
    # trust the answer when it is the family we asked about.
    exe = shutil.which("fc-list")
    if exe is None:
        return True  # cannot check; the family itself is known to cover Vietnamese
    codepoints = " ".join(f"{ord(c):x}" for c in VIETNAMESE_SAMPLE)
    try:
        out = subprocess.run([exe, f"{family}:charset={codepoints}", "family"],
                             capture_output=True, text=True, timeout=10, check=False)
    except (OSError, subprocess.SubprocessError):
        return True
    return bool(out.stdout.strip())


def resolve_serif() -> tuple[str, str | None]:
    """(family name found, Vietnamese warning or None).

    The first Times-compatible family fontconfig knows wins; otherwise we
    report what "Times New Roman" resolves to and warn.
    """
    for family in TIMES_COMPATIBLE:
        found = _fc_match(family)
        if found and found.lower() == family.lower() and _covers_vietnamese(found):
            return found, None
    found = _fc_match("Times New Roman")
    if found is None:
        return "serif", ("Không kiểm tra được phông chữ (thiếu fc-match của fontconfig); "
                         "bản PDF có thể không dùng phông Times New Roman.")
    return found, (f"Không có phông Times New Roman hoặc phông tương thích (Liberation Serif, "
                   f"Tinos, TeX Gyre Termes); bản PDF sẽ dùng phông '{found}', dòng chữ sẽ khác "
                   f"bản Word. Cài gói fonts-liberation2 để khắc phục.")
