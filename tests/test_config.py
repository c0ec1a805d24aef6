"""Settings layers, letterhead wording, `briefgen init` and the font check."""
from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from briefgen.render import fonts
from briefgen.config import PROFILES_DIR, load_profile, load_settings, letterhead
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
    # HD 05: a ban's header names its committee above it; the ban merged in 2025.
    assert lh["parent"] == "TỈNH UỶ ..."
    assert lh["issuer"] == "BAN TUYÊN GIÁO VÀ DÂN VẬN"
    assert lh["number"] == "Số     -BC/BTGDVTU"
    assert lh["place_date"].endswith("ngày 05 tháng 4 năm 2024")
    assert lh["signer_prefix"] == "" and lh["signer_title"] == "TRƯỞNG BAN"
    assert lh["signer_name"] == ""
    assert lh["recipients"] == ["Thường trực Tỉnh uỷ (để báo cáo);", "Lưu Văn phòng Ban."]


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
    assert lh["number"] == "Số 3-BC/BTGDVTU"


@pytest.mark.parametrize("issuer", ["BAN TUYÊN GIÁO VÀ DÂN VẬN", "Ban Tổ chức"])
def test_a_ban_never_signs_on_behalf(tmp_path, issuer):
    with pytest.raises(ConfigError, match="TRƯỞNG BAN.*không ký T/M"):
        letterhead(load_settings(tmp_path, {"issuer": issuer, "signer_prefix": "T/M",
                                            "signer_body": "BAN"}))


def test_a_collective_signs_on_behalf(tmp_path):
    lh = letterhead(load_settings(tmp_path, {"parent": "ĐẢNG BỘ TỈNH CAO BẰNG",
                                             "issuer": "TỈNH UỶ", "signer_prefix": "T/M",
                                             "signer_body": "BAN THƯỜNG VỤ"}))
    assert lh["signer_prefix"] == "T/M BAN THƯỜNG VỤ"


@pytest.mark.parametrize("profile, expected", [
    ("dang", ["Thường trực Tỉnh uỷ (để báo cáo);", "Các đồng chí Phó Trưởng ban;", "Lưu VT."]),
    ("dang-hd36", ["Thường trực Tỉnh uỷ (để báo cáo),", "Các đồng chí Phó Trưởng ban,",
                   "Lưu VT."]),
    ("nha-nuoc", ["Thường trực Tỉnh uỷ (để báo cáo);", "Các đồng chí Phó Trưởng ban;",
                  "Lưu VT."]),
])
def test_recipient_lines_end_as_the_profile_says(tmp_path, profile, expected):
    typed = ["Thường trực Tỉnh uỷ (để báo cáo),", "- Các đồng chí Phó Trưởng ban", "Lưu VT;"]
    lh = letterhead(load_settings(tmp_path, {"profile": profile, "recipients": typed}))
    assert lh["recipients"] == expected


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
    dang, hd36, state = load_profile("dang"), load_profile("dang-hd36"), load_profile("nha-nuoc")
    for profile in (dang, hd36, state):
        assert profile["page"]["margin_mm"]["left"] >= 30
        assert profile["body"]["space_between_pt"] >= 6
    assert dang["title"]["doc_type"]["size"] in (15, 16)
    assert state["title"]["doc_type"]["size"] == 14
    assert dang["recipients"]["label_underline"] == "words" and not state["recipients"]["label_underline"]
    assert state["recipients"]["label_bold"] and state["recipients"]["label_italic"]
    # HD 05: exactly 18-22 pt, indent about 10 mm, ";" after recipients, no "./.".
    assert 18 <= dang["body"]["line_spacing_pt"] <= 22 and "line_spacing" not in dang["body"]
    assert dang["body"]["first_line_indent_cm"] == 1.0
    assert (dang["recipients"]["item_end"], hd36["recipients"]["item_end"]) == (";", ",")
    assert dang["body"]["closing"] == hd36["body"]["closing"] == "" and state["body"]["closing"] == "./."
    for profile in (hd36, state):
        assert 1.0 <= profile["body"]["line_spacing"] <= 1.5


def test_every_party_rule_names_its_clause():
    """Each value line of the HD 05 profile cites HD 05 or, for sizes, HD 36's table."""
    text = (PROFILES_DIR / "dang.yaml").read_text(encoding="utf-8")
    values = [line for line in text.splitlines()
              if ":" in line and not line.lstrip().startswith("#")
              and not line.rstrip().endswith(":") and "#" in line]
    assert len(values) > 40
    for line in values:
        comment = line.split("#", 1)[1]
        key, value = (part.strip() for part in line.split("#", 1)[0].split(":", 1))
        if not value:
            continue  # a block heading
        if key.endswith("size") and value.isdigit():
            assert "HD 36 Phụ lục 3" in comment or "same size" in comment, line
        elif line.split(":")[0].strip() not in ("name", "label", "fallbacks", "kind", "blank"):
            assert "HD 05" in comment or "HD 36" in comment or "convention" in comment, line


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
