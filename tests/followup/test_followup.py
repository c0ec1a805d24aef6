"""What became of last period's tasks (--previous): the links, the statuses,
the comparison table, the section in both documents and both profiles, the
draft that staff correct, and the score on our annotated pairs."""
import re
import shutil
from pathlib import Path

import docx
import pytest
from pypdf import PdfReader
from typer.testing import CliRunner

from briefgen.assemble.followup import DONE, ONGOING, UNKNOWN, Report, link_tasks, status_of
from briefgen.assemble.followup_section import compare_figures
from briefgen.cli import app
from briefgen.draft.yaml_io import load_briefing

ROOT = Path(__file__).resolve().parents[2]
PAIR = ROOT / "tests" / "followup" / "pairs" / "p1-tinh-2024q2"
TITLE = "KẾT QUẢ THỰC HIỆN NHIỆM VỤ KỲ TRƯỚC"
runner = CliRunner()


def status(task: str, reports: list[Report]) -> str:
    links = [k for k in link_tasks([task], reports) if k.task == 0]
    return status_of(task, links, reports)[0]


def test_boilerplate_of_the_genre_is_not_a_match():
    task = "Tiếp tục đẩy mạnh công tác tuyên truyền, nâng cao chất lượng hoạt động của Mặt trận các cấp."
    report = Report("achievement", "Mặt trận các cấp đã đẩy mạnh công tác tuyên truyền, nâng cao chất lượng hoạt động, "
                                   "tăng cường công tác phối hợp.", [1])
    assert link_tasks([task], [report]) == []
    assert status(task, [report]) == UNKNOWN


def test_done_ongoing_and_no_information():
    task = "Vận động xây dựng 150 nhà Đại đoàn kết cho hộ nghèo."
    done = Report("achievement", "Các cấp Mặt trận đã xây dựng 162 nhà Đại đoàn kết cho hộ nghèo.", [1])
    short = Report("achievement", "Các cấp Mặt trận đã xây dựng 90 nhà Đại đoàn kết cho hộ nghèo.", [1])
    limit = Report("limitation", "Việc xây dựng nhà Đại đoàn kết cho hộ nghèo ở một số xã còn chậm.", [2])
    other = Report("achievement", "Tổ chức Ngày hội Đại đoàn kết toàn dân tộc ở 118 khu dân cư.", [3])
    assert status(task, [done]) == DONE
    assert status(task, [short]) == ONGOING  # 90 of the 150 the task set
    assert status(task, [done, limit]) == ONGOING
    assert status(task, [other]) == UNKNOWN  # "Đại đoàn kết" alone is another task


def test_a_target_of_every_commune_met_in_part_is_under_way():
    task = "Tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy với Nhân dân ở 100% xã."
    report = Report("achievement", "Đã có 87/105 xã tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy với Nhân dân.", [1])
    assert status(task, [report]) == ONGOING


def test_a_report_goes_to_the_task_it_matches_best():
    tasks = ["Vận động Nhân dân hiến đất làm đường giao thông nông thôn.",
             "Ban hành kế hoạch giúp đỡ xã xây dựng nông thôn mới."]
    report = Report("achievement", "Hội Cựu chiến binh vận động Nhân dân hiến 2.300 m2 đất làm đường giao thông nông thôn.", [1])
    assert [k.task for k in link_tasks(tasks, [report])] == [0]


def test_figures_are_compared_only_for_the_same_indicator_and_unit():
    before = [{"text": "95 nhà Đại đoàn kết cho hộ nghèo", "sources": [2]}]
    same = [{"text": "162 nhà Đại đoàn kết cho hộ nghèo", "sources": [3]}]
    other_unit = [{"text": "1,2 tỷ đồng xây nhà Đại đoàn kết cho hộ nghèo", "sources": [3]}]
    other_thing = [{"text": "162 nhà văn hóa thôn được sửa chữa", "sources": [3]}]
    rows = compare_figures(before, same)
    assert [(r["previous"], r["current"], r["unit"], r["sources"]) for r in rows] == [("95", "162", "nhà", [3])]
    assert compare_figures(before, other_unit) == []
    assert compare_figures(before, other_thing) == []


def flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


@pytest.fixture(scope="module", params=["dang", "nha-nuoc"])
def built(request, tmp_path_factory):
    out = tmp_path_factory.mktemp(f"fu-{request.param}")
    result = runner.invoke(app, ["-q", "build", str(PAIR / "current"), "-o", str(out), "--profile", request.param,
                                 "--previous", str(PAIR / "previous.briefing.yaml")])
    assert result.exit_code == 0, result.output
    return out


def test_the_section_is_in_both_documents(built):
    pdf = flat(" ".join(p.extract_text() for p in PdfReader(built / "bao-cao-tong-hop.pdf").pages))
    d = docx.Document(built / "bao-cao-tong-hop.docx")
    word = flat(" ".join([p.text for p in d.paragraphs]
                         + [c.text for t in d.tables for row in t.rows for c in row.cells]))
    for text in (pdf, word):
        part = text[text.index(f"IV. {TITLE}"):]
        assert "Tổ chức thành công Đại hội Mặt trận Tổ quốc cấp xã nhiệm kỳ 2024 - 2029 theo đúng kế hoạch: có kết quả." in part
        assert "Sơ kết 5 năm thực hiện Chỉ thị số 18" in part and "tiêu cực: chưa có thông tin." in part
        assert "+ Hạn chế: Việc giám sát thực hiện chính sách bảo hiểm y tế" in part
        assert "Đối chiếu số liệu giữa hai kỳ" in part and "95 nhà" in part and "162 nhà" in part
        assert "không thực hiện" not in part and "chưa thực hiện được" not in part.split("+")[0]


def test_the_audit_page_explains_each_link(built):
    html = (built / "bao-cao-tong-hop.audit.html").read_text(encoding="utf-8")
    part = html[html.index('id="nhiem-vu-ky-truoc"'):]
    assert "từ trùng: đại đoàn kết" in part or "đại đoàn kết" in part.split("162 nhà")[1][:400]
    assert "150 nhà → 162 nhà" in part


def test_a_corrected_draft_is_what_gets_printed(built, tmp_path):
    draft = (built / "bao-cao-tong-hop.briefing.yaml").read_text(encoding="utf-8")
    assert draft.count("schema: briefgen.briefing/2") == 1
    model = load_briefing(built / "bao-cao-tong-hop.briefing.yaml")
    assert len(model["followup"]["tasks"]) == 19
    # staff decide a link was wrong: the task's status is corrected by hand
    task = "Tỉnh đoàn ra quân Chiến dịch Thanh niên tình nguyện hè năm 2024."
    i = draft.index(f"- task: {task}")
    j = draft.index("status: có kết quả", i)
    edited = draft[:j] + "status: đang thực hiện" + draft[j + len("status: có kết quả"):]
    path = tmp_path / "sua.briefing.yaml"
    path.write_text(edited, encoding="utf-8")
    result = runner.invoke(app, ["-q", "render", str(path), "-o", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    d = docx.Document(tmp_path / "out" / "sua.docx")
    assert any(p.text.startswith("- Tỉnh đoàn ra quân") and p.text.endswith(": đang thực hiện.") for p in d.paragraphs)


def test_a_wrong_status_in_the_draft_names_the_line(built, tmp_path):
    draft = (built / "bao-cao-tong-hop.briefing.yaml").read_text(encoding="utf-8")
    path = tmp_path / "sai.briefing.yaml"
    path.write_text(draft.replace("status: chưa có thông tin", "status: không làm", 1), encoding="utf-8")
    line = next(n for n, text in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if "không làm" in text)
    result = runner.invoke(app, ["render", str(path), "-o", str(tmp_path / "out")])
    assert result.exit_code != 0
    assert f"dòng {line}: tình trạng 'không làm'" in result.output


def test_a_missing_previous_draft_is_one_clear_line(tmp_path):
    result = runner.invoke(app, ["build", str(PAIR / "current"), "-o", str(tmp_path / "out"),
                                 "--previous", str(tmp_path / "khong-co.briefing.yaml")])
    assert result.exit_code != 0
    lines = [l for l in result.output.splitlines() if l.startswith("Lỗi:")]
    assert len(lines) == 1 and "không tìm thấy bản nháp báo cáo kỳ trước" in lines[0]
    assert not (tmp_path / "out" / "bao-cao-tong-hop.pdf").exists()


def test_the_previous_key_of_briefgen_toml(tmp_path, monkeypatch):
    work = tmp_path / "work"
    shutil.copytree(PAIR, work)
    (work / "briefgen.toml").write_text('previous = "previous.briefing.yaml"\n', encoding="utf-8")
    monkeypatch.chdir(work)
    result = runner.invoke(app, ["-q", "build", "current", "-o", "out"])
    assert result.exit_code == 0, result.output
    assert "followup:" in (work / "out" / "bao-cao-tong-hop.briefing.yaml").read_text(encoding="utf-8")


def test_precision_on_our_annotated_pairs():
    import scripts.followup_eval as ev

    total = {}
    for pair in sorted(p for p in ev.PAIRS.iterdir() if (p / "gold.json").is_file()):
        for k, v in ev.score_pair(pair, False).items():
            total[k] = total.get(k, 0) + v
    assert total["tasks"] >= 60
    assert total["links_right"] / total["links_predicted"] >= 0.90
    informative = total.get("right có kết quả", 0) + total.get("right đang thực hiện", 0)
    predicted = total.get("predicted có kết quả", 0) + total.get("predicted đang thực hiện", 0)
    assert informative / predicted >= 0.90
    assert total.get("right có kết quả", 0) / total["predicted có kết quả"] >= 0.90
