"""Generate a synthetic corpus of meeting articles for scale benchmarks.

Usage: .venv/bin/python benchmarks/generate.py N OUTDIR [--seed S]

Every sentence is built from templates written for this benchmark in the
genre of the sample articles (a provincial or district committee meeting with
the Fatherland Front and the socio-political organisations): results, then
shortcomings, then the chair's directives; directive-only items; bullet
lists; hard-wrapped text. Scraped-page noise is mixed in: each synthetic
"site" has its own menu and footer (site chrome shared by many files), plus
counters, bylines, captions and related-link headlines. A few percent of the
files are exact duplicates of an earlier one under another name, as happens
when the same article is saved twice. Output is deterministic for a seed.
"""
from __future__ import annotations

import argparse
import random
import textwrap
from pathlib import Path

PROVINCES = [
    "Bắc Kạn", "Cao Bằng", "Lạng Sơn", "Hà Giang", "Tuyên Quang", "Thái Nguyên", "Phú Thọ", "Yên Bái",
    "Lào Cai", "Điện Biên", "Sơn La", "Hòa Bình", "Bắc Giang", "Bắc Ninh", "Hải Dương", "Hưng Yên",
    "Thái Bình", "Nam Định", "Ninh Bình", "Thanh Hóa", "Nghệ An", "Hà Tĩnh", "Quảng Bình", "Quảng Trị",
    "Quảng Ngãi", "Bình Định", "Phú Yên", "Khánh Hòa", "Ninh Thuận", "Bình Thuận", "Kon Tum", "Gia Lai",
    "Đắk Lắk", "Đắk Nông", "Lâm Đồng", "Bình Phước", "Tây Ninh", "Long An", "Tiền Giang", "Bến Tre",
    "Trà Vinh", "Vĩnh Long", "Đồng Tháp", "An Giang", "Kiên Giang", "Hậu Giang", "Sóc Trăng", "Cà Mau",
]
DISTRICTS = [
    ("huyện", "Chợ Mới"), ("huyện", "Bạch Thông"), ("huyện", "Hòa An"), ("huyện", "Lục Ngạn"),
    ("huyện", "Yên Thế"), ("huyện", "Tiên Du"), ("huyện", "Thanh Chương"), ("huyện", "Đô Lương"),
    ("huyện", "Krông Pắc"), ("huyện", "Cư M'gar"), ("huyện", "Bảo Lâm"), ("huyện", "Tam Nông"),
    ("huyện", "Châu Thành"), ("huyện", "Mộc Hóa"), ("huyện", "Than Uyên"), ("huyện", "Sìn Hồ"),
    ("thị xã", "Kỳ Anh"), ("thị xã", "Buôn Hồ"), ("thị xã", "Điện Bàn"), ("thị xã", "Ninh Hòa"),
    ("thành phố", "Quy Nhơn"), ("thành phố", "Tuy Hòa"), ("thành phố", "Vĩnh Yên"), ("thành phố", "Sóc Trăng"),
    ("quận", "Ninh Kiều"), ("quận", "Thanh Khê"), ("quận", "Hải Châu"), ("quận", "Ngô Quyền"),
]
PERIODS = [
    ("quý I/{y}", "quý II/{y}"), ("quý II/{y}", "quý III/{y}"), ("quý III/{y}", "quý IV/{y}"),
    ("6 tháng đầu năm {y}", "6 tháng cuối năm {y}"), ("9 tháng đầu năm {y}", "những tháng cuối năm {y}"),
    ("năm {y}", "năm {y1}"),
]
FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Hà"]
MIDDLE = ["Văn", "Thị", "Đức", "Minh", "Thanh", "Ngọc", "Quốc", "Hữu", "Thu", "Xuân"]
GIVEN = ["An", "Bình", "Cường", "Dũng", "Hà", "Hải", "Hạnh", "Hoa", "Hùng", "Lan", "Long", "Mai",
         "Nam", "Phong", "Quang", "Sơn", "Tâm", "Thắng", "Thảo", "Trung", "Tuấn", "Vinh", "Yến"]
CHAIR_TITLES = [
    "Phó Bí thư Thường trực {Unit} ủy", "Bí thư {Unit} ủy", "Trưởng ban Dân vận {Unit} ủy",
    "Phó Bí thư {Unit} ủy, Chủ tịch UBND {unit}",
]
ORGS = ["Hội Nông dân", "Hội Liên hiệp Phụ nữ", "Đoàn Thanh niên", "Hội Cựu chiến binh", "Liên đoàn Lao động"]

# {n}: a count, {x}: an amount, {p}: a percentage, {a}/{b}: a ratio, {org}: an organisation
ACHIEVEMENTS = [
    "công tác tuyên truyền, vận động đoàn viên, hội viên và Nhân dân thực hiện chủ trương của Đảng, chính sách, pháp luật của Nhà nước được triển khai đồng bộ",
    "vận động xây dựng và sửa chữa {n} nhà Đại đoàn kết cho hộ nghèo, hộ cận nghèo với tổng kinh phí {x} tỷ đồng",
    "{a}/{b} xã, phường, thị trấn tổ chức thành công đại hội Mặt trận Tổ quốc cấp cơ sở",
    "phối hợp tổ chức {n} cuộc giám sát và {m} hội nghị phản biện xã hội đối với dự thảo văn bản của chính quyền",
    "{org} hỗ trợ hội viên vay vốn với dư nợ hơn {x} tỷ đồng, giúp {n} hộ phát triển sản xuất",
    "{org} duy trì {n} mô hình tiết kiệm, tổ nhóm giúp nhau làm kinh tế",
    "{org} ra quân {n} đợt tình nguyện làm sạch đường làng, ngõ xóm và trồng cây xanh",
    "{org} tham gia hòa giải thành công {n} vụ việc mâu thuẫn tại khu dân cư",
    "{org} chăm lo Tết cho hơn {n} lượt đoàn viên, hội viên có hoàn cảnh khó khăn",
    "cuộc vận động \"Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh\" tiếp tục được hưởng ứng rộng rãi ở các khu dân cư",
    "tỷ lệ hộ gia đình đạt danh hiệu gia đình văn hóa đạt {p}%",
    "Quỹ \"Vì người nghèo\" các cấp tiếp nhận {x} tỷ đồng ủng hộ của các tập thể, cá nhân",
    "tiếp nhận, tổng hợp và chuyển {n} ý kiến, kiến nghị của cử tri đến các cơ quan có thẩm quyền",
    "phong trào chuyển đổi số được đẩy mạnh, {n} khu dân cư triển khai thanh toán không dùng tiền mặt",
    "công tác phát triển đoàn viên, hội viên đạt kết quả tích cực, kết nạp mới {n} hội viên",
    "ký kết chương trình phối hợp với Ủy ban nhân dân cùng cấp về thực hiện quy chế dân chủ ở cơ sở",
    "tổ chức thăm hỏi, tặng {n} suất quà cho gia đình chính sách, người có công với cách mạng",
    "giới thiệu {n} đoàn viên, hội viên ưu tú cho Đảng xem xét kết nạp",
    "các phong trào thi đua yêu nước gắn với việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh được duy trì sôi nổi",
    "công tác nắm tình hình tư tưởng của đoàn viên, hội viên và Nhân dân được thực hiện thường xuyên, báo cáo kịp thời với cấp ủy",
    "vận động Nhân dân hiến {n} m2 đất để mở rộng đường giao thông nông thôn",
    "hướng dẫn {n} hộ dân cài đặt và sử dụng ứng dụng dịch vụ công trực tuyến",
    "{org} tổ chức {n} lớp tập huấn chuyển giao khoa học kỹ thuật cho hội viên",
    "hoàn thành việc rà soát, lập danh sách {n} hộ nghèo cần hỗ trợ về nhà ở",
    "tham gia góp ý xây dựng Đảng, xây dựng chính quyền được thực hiện nghiêm túc, đúng quy định",
]
LIMITATIONS = [
    "công tác nắm tình hình tư tưởng của Nhân dân ở một số nơi còn chậm",
    "hoạt động giám sát, phản biện xã hội có lúc chưa sâu, hiệu quả chưa cao",
    "việc phát triển hội viên trong khu vực doanh nghiệp ngoài nhà nước còn gặp nhiều khó khăn",
    "sự phối hợp giữa các tổ chức thành viên có thời điểm chưa chặt chẽ",
    "một số mô hình sau khi ra mắt chưa được duy trì thường xuyên",
    "ứng dụng công nghệ thông tin trong quản lý đoàn viên, hội viên còn hạn chế",
    "tiến độ tổ chức đại hội ở cấp xã còn chậm so với kế hoạch",
    "nguồn lực cho các hoạt động an sinh xã hội còn phụ thuộc nhiều vào ngân sách",
    "nội dung sinh hoạt chi hội ở một số khu dân cư còn đơn điệu, chưa thu hút hội viên trẻ",
    "việc theo dõi, đôn đốc giải quyết kiến nghị của cử tri sau giám sát chưa quyết liệt",
    "một số cán bộ Mặt trận cơ sở còn kiêm nhiệm nhiều việc, kỹ năng vận động quần chúng chưa đáp ứng yêu cầu",
    "công tác tuyên truyền trên không gian mạng chưa được quan tâm đúng mức",
]
TASKS = [
    "tiếp tục đổi mới nội dung, phương thức hoạt động, hướng mạnh về khu dân cư",
    "làm tốt công tác nắm bắt tình hình tư tưởng, tâm trạng của đoàn viên, hội viên và Nhân dân",
    "chuẩn bị chu đáo các điều kiện tổ chức đại hội Mặt trận Tổ quốc cấp huyện",
    "nâng cao chất lượng giám sát, phản biện xã hội, nhất là đối với các dự án đầu tư trên địa bàn",
    "đẩy mạnh tuyên truyền về chuyển đổi số, vận động Nhân dân sử dụng dịch vụ công trực tuyến",
    "phối hợp tổ chức tốt các hoạt động kỷ niệm các ngày lễ lớn của đất nước và địa phương",
    "quan tâm giới thiệu đoàn viên, hội viên ưu tú để cấp ủy xem xét kết nạp vào Đảng",
    "chủ động tham gia phòng, chống thiên tai, dịch bệnh và bảo vệ môi trường",
    "rà soát, hoàn thiện các chương trình phối hợp với chính quyền cùng cấp",
    "huy động nguồn lực xã hội hóa để hỗ trợ xóa nhà tạm, nhà dột nát cho hộ nghèo",
    "tập trung tháo gỡ khó khăn trong việc phát triển hội viên ở khu vực doanh nghiệp",
    "nhân rộng các mô hình hay, cách làm hiệu quả trong phát triển kinh tế hộ gia đình",
    "tăng cường nắm bắt, giải quyết kịp thời các kiến nghị chính đáng của Nhân dân ngay từ cơ sở",
    "thực hiện tốt công tác cán bộ, chú trọng bồi dưỡng kỹ năng cho cán bộ Mặt trận cơ sở",
]
CAPTIONS = ["Quang cảnh hội nghị.", "Các đại biểu dự hội nghị.", "Đồng chí {chair} phát biểu kết luận hội nghị.",
            "Lãnh đạo các tổ chức chính trị - xã hội báo cáo tại hội nghị."]
COUNTERS = ["Lượt xem: {n}", "Truy cập hôm nay {n}", "Tổng lượt truy cập {n}", "{n} lượt đọc", "0:00 / 0:00"]
BYLINES = ["Minh Anh", "Thu Hà - Quốc Việt", "Bảo Ngọc (Ban Tuyên giáo)", "PV", "Hồng Nhung - Văn Toàn"]
RELATED = ["Tin liên quan", "Các tin khác", "Bài viết cùng chuyên mục"]
HEADLINES = [
    "Hội nghị tập huấn nghiệp vụ công tác Mặt trận năm {y}",
    "Ra mắt mô hình khu dân cư an toàn, văn minh",
    "Trao nhà Đại đoàn kết cho hộ nghèo",
    "Giám sát việc thực hiện chính sách bảo hiểm y tế",
    "Tuổi trẻ ra quân tình nguyện hè",
]


def _site(rng: random.Random, k: int) -> tuple[list[str], list[str]]:
    """A site's menu and footer: lines shared by every article saved from it."""
    menu_words = ["Trang chủ", "Tin tức - Sự kiện", "Chính trị", "Kinh tế", "Văn hóa - Xã hội",
                  "Quốc phòng - An ninh", "Mặt trận cơ sở", "Thư viện ảnh", "Video", "Liên hệ"]
    menu = rng.sample(menu_words, rng.randint(4, 8))
    footer = [f"Cổng thông tin điện tử số {k + 1}", f"Địa chỉ: số {rng.randint(1, 200)} đường Trần Hưng Đạo",
              f"Điện thoại: 0{rng.randint(200, 299)} {rng.randint(3000000, 3999999)}", "Ghi rõ nguồn khi phát hành lại thông tin từ website này."]
    return menu, footer


def _name(rng: random.Random) -> str:
    return f"{rng.choice(FAMILY)} {rng.choice(MIDDLE)} {rng.choice(GIVEN)}"


# Optional openings and endings, so that two articles rarely share a
# statement word for word (they say similar things in their own words).
OPENINGS = ["", "", "", "chủ động ", "tích cực ", "kịp thời ", "thường xuyên "]
ENDINGS = ["", "", "", " trên địa bàn {where}", " ở {k} khu dân cư", " tại {m} xã, thị trấn",
           " theo kế hoạch của {Unit} ủy", " gắn với phong trào thi đua của {unit}"]
PLACE_ENDINGS = ["", "", " trên địa bàn {where}", " ở một số xã vùng sâu", " tại {m} xã, thị trấn"]


def _fill(template: str, rng: random.Random, place: tuple[str, str, str] = ("tỉnh", "Tỉnh", "tỉnh"),
          kind: str = "achievement") -> str:
    unit, Unit, where = place
    if kind == "task":  # directives start with a verb: an adverb may go first
        template = rng.choice(OPENINGS) + template + rng.choice(ENDINGS)
    elif kind == "achievement":
        template += rng.choice(ENDINGS)
    else:
        template += rng.choice(PLACE_ENDINGS)
    b = rng.randint(8, 250)
    return template.format(unit=unit, Unit=Unit, where=where,
        n=f"{rng.randint(3, 4800):,}".replace(",", "."), m=rng.randint(2, 40), k=rng.randint(5, 300),
        x=f"{rng.randint(1, 90)},{rng.randint(1, 9)}", p=f"{rng.randint(80, 99)},{rng.randint(1, 9)}",
        a=rng.randint(b // 2, b), b=b, org=rng.choice(ORGS))


def _join(clauses: list[str]) -> str:
    return "; ".join(clauses)


def _cap(s: str) -> str:
    return s[0].upper() + s[1:]


def article(rng: random.Random, k: int, sites) -> str:
    """One article as plain text."""
    year = rng.randint(2019, 2025)
    period, nxt = (p.format(y=year, y1=year + 1) for p in rng.choice(PERIODS))
    if rng.random() < 0.35:
        unit, place = "tỉnh", rng.choice(PROVINCES)
    else:
        unit, place = rng.choice(DISTRICTS)
    Unit = {"tỉnh": "Tỉnh", "huyện": "Huyện", "thị xã": "Thị", "thành phố": "Thành", "quận": "Quận"}[unit]
    where = f"{unit} {place}"
    chair = _name(rng)
    title = rng.choice(CHAIR_TITLES).format(Unit=Unit, unit=unit)
    menu, footer = sites[k % len(sites)]
    spot = (unit, Unit, where)
    ach = [_fill(t, rng, spot) for t in rng.sample(ACHIEVEMENTS, rng.randint(3, 8))]
    lim = [_fill(t, rng, spot, "limitation") for t in rng.sample(LIMITATIONS, rng.randint(1, 4))]
    tasks = [_fill(t, rng, spot, "task") for t in rng.sample(TASKS, rng.randint(3, 7))]
    day, month = rng.randint(1, 28), rng.randint(1, 12)

    head = f"Hội nghị giao ban Mặt trận Tổ quốc và các tổ chức chính trị - xã hội {where} {period}"
    lead = (f"Sáng {day}/{month}, Thường trực {Unit} ủy {place} tổ chức hội nghị giao ban với Ủy ban Mặt trận "
            f"Tổ quốc Việt Nam và các tổ chức chính trị - xã hội {unit} đánh giá kết quả thực hiện nhiệm vụ "
            f"{period}, triển khai nhiệm vụ trọng tâm {nxt}. Đồng chí {chair}, {title} chủ trì hội nghị.")
    ach.sort(key=lambda c: not c[0].islower())  # a clause with its own subject cannot follow "đã"
    if ach[0][0].islower():
        results = (f"Trong {period}, Ủy ban Mặt trận Tổ quốc và các tổ chức chính trị - xã hội {unit} đã "
                   f"{_join(ach)}.")
    else:
        results = f"Trong {period}, {_join(ach)}."
    shortfalls = f"Tuy nhiên, {_join(lim)}."
    closing = (f"Phát biểu kết luận hội nghị, đồng chí {chair} đề nghị Mặt trận Tổ quốc và các tổ chức "
               f"chính trị - xã hội {unit} trong {nxt} tập trung {_join(tasks)}.")
    shape = rng.random()
    if shape < 0.15:  # directive-only item
        body = [lead, closing]
    elif shape < 0.35:  # results as bullets, directives as bullets
        body = [lead, f"Kết quả nổi bật trong {period}:", *(f"- {_cap(c)}." for c in ach), shortfalls,
                f"Trong {nxt}, đồng chí {chair} đề nghị các đơn vị tập trung thực hiện một số nhiệm vụ sau:",
                *(f"- {_cap(t)}." for t in tasks)]
    else:  # results, then shortcomings, then directives
        body = [lead, results, rng.choice(CAPTIONS).format(chair=chair), shortfalls, closing]
    if rng.random() < 0.15:  # hard-wrapped, as text copied from a PDF
        body = [textwrap.fill(p, 78) if len(p) > 78 else p for p in body]

    lines = [*menu, "", head, f"Ngày cập nhật {day}/{month}/{year}", rng.choice(COUNTERS).format(n=rng.randint(100, 99999)), ""]
    for p in body:
        lines += [p, ""]
    lines += [rng.choice(BYLINES), "", rng.choice(RELATED)]
    lines += [h.format(y=year) for h in rng.sample(HEADLINES, 3)]
    lines += ["", *footer]
    return "\n".join(lines) + "\n"


def generate(n: int, outdir: Path, seed: int = 1, duplicate_share: float = 0.03) -> list[Path]:
    """Write ``n`` articles as ``outdir/NNNNN.txt``; return their paths."""
    rng = random.Random(seed)
    outdir.mkdir(parents=True, exist_ok=True)
    sites = [_site(rng, k) for k in range(max(3, n // 40))]
    texts: list[str] = []
    paths = []
    for k in range(n):
        if texts and rng.random() < duplicate_share:
            text = rng.choice(texts)  # the same article saved twice
        else:
            text = article(rng, k, sites)
        texts.append(text)
        path = outdir / f"{k:05d}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("n", type=int)
    ap.add_argument("outdir", type=Path)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args(argv)
    generate(args.n, args.outdir, args.seed)
    print(f"{args.n} bài viết đã ghi vào {args.outdir}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
