"""`briefgen init` for an office: province (one of the 34) and issuing body, asked
interactively or given as options; and the gazetteer it relies on."""
from __future__ import annotations

import sys
import tomllib

import pytest
from typer.testing import CliRunner

from briefgen import cli, places
from briefgen.commands.init import answers, province_choices
from briefgen.config import letterhead, load_settings
from briefgen.errors import ConfigError

runner = CliRunner()


def test_gazetteer_both_systems_offline():
    assert len(places.provinces()) == 34 and len(places.legacy_provinces()) == 63
    assert places.find_province("tp hcm").full == "Thành phố Hồ Chí Minh"
    assert places.find_province("Bắc Giang") is None  # merged on 01/7/2025
    # REFERENCE 1.2c: merged provinces and their successors
    for old, new in (("Bắc Giang", "Bắc Ninh"), ("Hà Giang", "Tuyên Quang"),
                     ("Bà Rịa - Vũng Tàu", "Hồ Chí Minh"), ("Thừa Thiên Huế", "Huế"),
                     ("Kon Tum", "Quảng Ngãi"), ("Cao Bằng", "Cao Bằng")):
        assert places.current_province(old).name == new, old
    assert places.is_unit("huyện", "Định Hóa") and places.is_unit("thị xã", "Kỳ Anh")
    assert places.is_unit("đặc khu", "Phú Quốc") and not places.is_unit("huyện", "Nguyễn Văn")
    # read offline from the data files: the package (and its geocoder) is never imported
    assert "vietnamadminunits" not in sys.modules and "geopy" not in sys.modules


def test_options_fill_the_letterhead_of_a_provincial_ban(tmp_path, monkeypatch):
    result = runner.invoke(cli.app, ["init", str(tmp_path), "--tinh", "cao bang"])
    assert result.exit_code == 0, result.output
    text = (tmp_path / "briefgen.toml").read_text(encoding="utf-8")
    assert "# Thể thức văn bản" in text  # the comments stay
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1781500000")
    lh = letterhead(load_settings(tmp_path))
    assert (lh["parent"], lh["issuer"], lh["number"]) == (
        "TỈNH UỶ CAO BẰNG", "BAN TUYÊN GIÁO VÀ DÂN VẬN", "Số     -BC/BTGDVTU")
    assert lh["place_date"].startswith("Cao Bằng, ngày ")
    assert (lh["signer_prefix"], lh["signer_title"]) == ("", "TRƯỞNG BAN")
    assert lh["recipients"] == ["Thường trực Tỉnh uỷ (để báo cáo);",
                                "Các đồng chí Phó Trưởng ban;", "Lưu Văn phòng Ban."]


@pytest.mark.parametrize("province, kind, commune, expected", [
    ("Hà Nội", "ban-tgdv", None,
     {"parent": "THÀNH UỶ HÀ NỘI", "place": "Hà Nội", "profile": "dang"}),
    ("Hồ Chí Minh", "ban-tgdv", None,
     {"parent": "THÀNH UỶ THÀNH PHỐ HỒ CHÍ MINH", "place": "Thành phố Hồ Chí Minh"}),
    ("Cao Bằng", "dang-uy-xa", "hoa an",
     {"parent": "ĐẢNG BỘ TỈNH CAO BẰNG", "issuer": "ĐẢNG UỶ XÃ HÒA AN", "code": "ĐU",
      "signer_prefix": "T/M", "signer_body": "ĐẢNG UỶ", "place": "Hòa An"}),
    ("Lâm Đồng", "mttq-tinh", None,
     {"profile": "nha-nuoc", "parent": "ỦY BAN MTTQ VIỆT NAM TỈNH LÂM ĐỒNG",
      "issuer": "BAN THƯỜNG TRỰC", "code": "MTTQ-BTT", "signer_prefix": "TM."}),
])
def test_each_issuing_body(province, kind, commune, expected):
    values = answers(province, kind, commune)
    assert {k: values[k] for k in expected} == expected


def test_state_format_for_the_front(tmp_path):
    result = runner.invoke(cli.app, ["init", str(tmp_path), "--tinh", "Lâm Đồng",
                                     "--co-quan", "mttq-tinh"])
    assert result.exit_code == 0, result.output
    lh = letterhead(load_settings(tmp_path, {"number": "7"}))
    assert lh["number"] == "Số: 07/BC-MTTQ-BTT" and lh["signer_prefix"] == "TM. BAN THƯỜNG TRỰC"


@pytest.mark.parametrize("args, fragment", [
    (["--tinh", "Bắc Giang"], "thuộc Tỉnh Bắc Ninh"),
    (["--tinh", "Atlantis"], "34 tỉnh"),
    (["--tinh", "Cao Bằng", "--co-quan", "dang-uy-xa"], "--xa"),
    (["--tinh", "Cao Bằng", "--co-quan", "dang-uy-xa", "--xa", "Phú Quốc"], "Phú Quốc"),
    (["--tinh", "Cao Bằng", "--co-quan", "so-tu-phap"], "ban-tgdv"),
])
def test_bad_answers_one_line_and_nothing_written(tmp_path, args, fragment):
    result = runner.invoke(cli.app, ["init", str(tmp_path), *args])
    assert result.exit_code != 0
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 1 and fragment in lines[0], result.output
    assert not (tmp_path / "briefgen.toml").exists()


def test_interactive_questions(tmp_path, monkeypatch):
    monkeypatch.setattr(cli, "_interactive", lambda: True)
    number = province_choices().index("Ninh Bình") + 1
    # a wrong answer is asked again; then the body (3 = MTTQ of a province)
    result = runner.invoke(cli.app, ["init", str(tmp_path)], input=f"99\n{number}\n3\n")
    assert result.exit_code == 0, result.output
    assert "Chọn một số từ 1 đến 34" in result.output
    values = tomllib.loads((tmp_path / "briefgen.toml").read_text(encoding="utf-8"))
    assert values["parent"] == "ỦY BAN MTTQ VIỆT NAM TỈNH NINH BÌNH"
    assert values["profile"] == "nha-nuoc" and values["place"] == "Ninh Bình"


def test_interactive_commune(tmp_path, monkeypatch):
    monkeypatch.setattr(cli, "_interactive", lambda: True)
    # the province typed by name instead of its number
    result = runner.invoke(cli.app, ["init", str(tmp_path), "--co-quan", "dang-uy-xa"],
                           input="an giang\nPhú Quốc\n")
    assert result.exit_code == 0, result.output
    values = tomllib.loads((tmp_path / "briefgen.toml").read_text(encoding="utf-8"))
    assert values["issuer"] == "ĐẢNG UỶ ĐẶC KHU PHÚ QUỐC" and values["place"] == "Phú Quốc"


def test_without_a_province_and_without_a_terminal(tmp_path):
    result = runner.invoke(cli.app, ["init", str(tmp_path)])
    assert result.exit_code == 0 and "--tinh" in result.output
    assert tomllib.loads((tmp_path / "briefgen.toml").read_text(encoding="utf-8"))["parent"] == "TỈNH UỶ ..."


def test_commune_unknown_in_province():
    with pytest.raises(ConfigError, match="Tỉnh Cao Bằng"):
        answers("Cao Bằng", "mttq-xa", "Phú Quốc")
