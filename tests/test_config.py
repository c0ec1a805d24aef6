"""Settings layers, letterhead wording, `briefgen init` and the font check."""
from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from briefgen.render import fonts
from briefgen.config import load_profile, load_settings, letterhead
from briefgen.errors import ConfigError
from briefgen.commands.init import write_init


def write_toml(folder: Path, text: str) -> Path:
    path = folder / "briefgen.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_defaults_are_neutral_placeholders(tmp_path, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1712300000")  # 2024-04-05 UTC
    settings = load_settings(tmp_path)
    lh = letterhead(settings)
    assert lh["profile"] == "dang"
    assert lh["issuer"] == "BAN DÂN VẬN TỈNH ỦY"
    assert lh["parent"] == "ĐẢNG BỘ TỈNH ..."
    assert lh["number"] == "Số     -BC/BDVTU"
    assert lh["place_date"].endswith("ngày 05 tháng 4 năm 2024")
    assert lh["signer_name"] == ""


def test_user_file_then_overrides_win(tmp_path):
    write_toml(tmp_path, 'issuer = "BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY"\ncode = "BTGDVTU"\n'
                         'number = "7"\nplace = "Bắc Giang"\ndate = "2025-03-01"\n')
    settings = load_settings(tmp_path, {"number": "12", "place": None})
    lh = letterhead(settings)
    assert lh["issuer"] == "BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY"
    assert lh["number"] == "Số 12-BC/BTGDVTU"
    assert lh["place_date"] == "Bắc Giang, ngày 01 tháng 3 năm 2025"


def test_state_profile_number_date_and_signer(tmp_path):
    write_toml(tmp_path, 'profile = "nha-nuoc"\nnumber = 5\ncode = "BDV"\nplace = "Hà Nội"\n'
                         'date = "2024-02-09"\nsigner_prefix = "T/M"\n'
                         'signer_body = "BAN THƯỜNG VỤ"\n')
    lh = letterhead(load_settings(tmp_path))
    assert lh["number"] == "Số: 05/BC-BDV"
    assert lh["place_date"] == "Hà Nội, ngày 09 tháng 02 năm 2024"
    assert lh["signer_prefix"] == "TM. BAN THƯỜNG VỤ"


def test_party_profile_keeps_slash_prefixes(tmp_path):
    lh = letterhead(load_settings(tmp_path, {"signer_prefix": "KT.", "signer_body": "TRƯỞNG BAN",
                                             "number": "3"}))
    assert lh["signer_prefix"] == "K/T TRƯỞNG BAN"
    assert lh["number"] == "Số 3-BC/BDVTU"


def test_unknown_key_names_key_and_file(tmp_path):
    path = write_toml(tmp_path, 'issuer = "BAN DÂN VẬN"\nsigner = "Nguyễn Văn A"\n')
    with pytest.raises(ConfigError) as err:
        load_settings(tmp_path)
    message = str(err.value)
    assert "signer" in message and str(path) in message and "\n" not in message


def test_unknown_override_key(tmp_path):
    with pytest.raises(ConfigError, match="tham số dòng lệnh.*khoi_luong"):
        load_settings(tmp_path, {"khoi_luong": 1})


@pytest.mark.parametrize("text, fragment", [
    ('profile = "mttq"\n', "mttq"),
    ('date = "05/04/2024"\n', "05/04/2024"),
    ('recipients = "Lưu VT"\nissuer = 3.5\n', "issuer"),
    ('issuer = "thiếu ngoặc\n', "TOML"),
])
def test_bad_values(tmp_path, text, fragment):
    write_toml(tmp_path, text)
    with pytest.raises(ConfigError, match=fragment):
        load_settings(tmp_path)


def test_profiles_differ_where_the_standards_do():
    dang, state = load_profile("dang"), load_profile("nha-nuoc")
    assert dang["page"]["margin_mm"]["left"] >= 30 and state["page"]["margin_mm"]["left"] >= 30
    assert dang["title"]["doc_type"]["size"] in (15, 16)
    assert state["title"]["doc_type"]["size"] == 14
    assert dang["recipients"]["label_underline"] and not state["recipients"]["label_underline"]
    assert state["recipients"]["label_bold"] and state["recipients"]["label_italic"]
    for profile in (dang, state):
        assert 1.0 <= profile["body"]["line_spacing"] <= 1.5
        assert profile["body"]["space_between_pt"] >= 6


def test_init_writes_settings_and_templates(tmp_path):
    written = write_init(tmp_path)
    names = {p.relative_to(tmp_path).as_posix() for p in written}
    assert names == {"briefgen.toml", "templates/briefing.html.j2", "templates/briefing.css",
                     "templates/briefing.docx"}
    text = (tmp_path / "briefgen.toml").read_text(encoding="utf-8")
    assert "# Thể thức văn bản" in text
    assert tomllib.loads(text)["profile"] == "dang"
    assert load_settings(tmp_path) == load_settings(tmp_path / "templates")


def test_init_refuses_to_overwrite(tmp_path):
    write_toml(tmp_path, 'issuer = "BAN CỦA TÔI"\n')
    with pytest.raises(ConfigError, match="briefgen.toml"):
        write_init(tmp_path)
    assert (tmp_path / "briefgen.toml").read_text(encoding="utf-8") == 'issuer = "BAN CỦA TÔI"\n'
    assert not (tmp_path / "templates").exists()
    write_init(tmp_path, force=True)
    assert "BAN CỦA TÔI" not in (tmp_path / "briefgen.toml").read_text(encoding="utf-8")


def test_font_check_warns_on_dejavu(monkeypatch):
    monkeypatch.setattr(fonts, "_fc_match", lambda pattern: "DejaVu Serif")
    family, warning = fonts.resolve_serif()
    assert family == "DejaVu Serif"
    assert warning and "Times New Roman" in warning and "fonts-liberation2" in warning


def test_font_check_accepts_liberation(monkeypatch):
    monkeypatch.setattr(fonts, "_fc_match",
                        lambda p: "Liberation Serif" if p == "Liberation Serif" else "DejaVu Serif")
    monkeypatch.setattr(fonts, "_covers_vietnamese", lambda family: True)
    assert fonts.resolve_serif() == ("Liberation Serif", None)
