"""Pledges stated in running prose, via the spaCy Language over underthesea words."""

from __future__ import annotations

import pytest

from nlp import prose
from nlp.vi import vietnamese

CASES = [
    ("Ông Nguyễn Văn An, Chủ tịch UBND phường Thạch Bàn, cam kết đưa vào sử dụng trường tiểu học "
     "trong quý III, xử lý dứt điểm 100% vi phạm trật tự xây dựng và thu ngân sách đạt 105% dự toán.",
     ["đưa vào sử dụng trường tiểu học trong quý III", "xử lý dứt điểm 100% vi phạm trật tự xây dựng",
      "thu ngân sách đạt 105% dự toán"]),
    # comma-joined verbs of one task stay together
    ("Xã cam kết hoàn thành bồi thường, giải phóng mặt bằng dự án đường tránh trong năm 2023.",
     ["hoàn thành bồi thường, giải phóng mặt bằng dự án đường tránh trong năm 2023"]),
    # old tone placement in the text is kept in the offsets
    ("Huyện uỷ Cam Lộ cam kết hoàn thành xây dựng nông thôn mới trước ngày 30/9/2020.",
     ["hoàn thành xây dựng nông thôn mới trước ngày 30/9/2020"]),
    # the act of committing is not a task
    ("Hai bên đã ký cam kết thực hiện nhiệm vụ trọng tâm năm 2024.", []),
    ("Các cam kết phải gắn với sản phẩm cụ thể, có thời hạn rõ ràng.", []),
    ("Người đứng đầu cam kết thực hiện tốt các nhiệm vụ được giao.", []),
    # a time phrase between the cue and the verb belongs to the task
    ("Năm nay, Đảng ủy phường phấn đấu đến năm 2026 có 100% tổ dân phố đạt chuẩn văn minh đô thị.",
     ["đến năm 2026 có 100% tổ dân phố đạt chuẩn văn minh đô thị"]),
    # a purpose clause ends the task; "và" + adverb + verb opens the next one
    ("Chi bộ cam kết trong quý III/2024 bê tông hóa 2 km đường nội đồng, tạo điều kiện cho nông dân "
     "đi lại.", ["trong quý III/2024 bê tông hóa 2 km đường nội đồng"]),
    ("Hội Cựu chiến binh xã nhận trồng 3 ha cây phân tán trong năm 2025 và thường xuyên tuần tra "
     "bảo vệ đê điều.", ["trồng 3 ha cây phân tán trong năm 2025", "thường xuyên tuần tra bảo vệ đê điều"]),
    # a sentence that carries the pledge of the one before on
    ("Phường cam kết hoàn thành giải phóng mặt bằng tuyến đường 30 m trong quý II. Bên cạnh đó, "
     "phường sẽ lắp đặt 200 camera giám sát an ninh tại các ngõ phố.",
     ["hoàn thành giải phóng mặt bằng tuyến đường 30 m trong quý II",
      "lắp đặt 200 camera giám sát an ninh tại các ngõ phố"]),
    # "sẽ" without a pledge before it is only news
    ("Bên cạnh đó, thành phố sẽ tổ chức lễ hội hoa vào tháng 12.", []),
    # turning the commitment into a plan is not a pledged task
    ("Bí thư Huyện ủy yêu cầu các xã sớm cụ thể hóa bản cam kết thành kế hoạch hành động, "
     "báo cáo tiến độ trước ngày 25 hằng tháng.", []),
    ("Lãnh đạo sở đề nghị các phòng chuyển cam kết thành chương trình công tác cụ thể.", []),
    # a completion time after a comma belongs to the task before it; an effort and its
    # target ("…, phấn đấu …") are one task
    ("Năm nay xã phấn đấu làm mới 3 km kênh mương nội đồng, hoàn thành trong quý II/2024.",
     ["làm mới 3 km kênh mương nội đồng, hoàn thành trong quý II/2024"]),
    ("Phó Chủ tịch UBND huyện cam kết đẩy mạnh thu nợ thuế, phấn đấu thu ngân sách đạt 110% dự toán.",
     ["đẩy mạnh thu nợ thuế, phấn đấu thu ngân sách đạt 110% dự toán"]),
    ("Đoàn xã cam kết vận động 100% hộ dân không xả rác xuống sông, thực hiện thường xuyên.",
     ["vận động 100% hộ dân không xả rác xuống sông, thực hiện thường xuyên"]),
    # "cam kết đến … sẽ <verb>": the time phrase and the task
    ("Bí thư Đảng ủy xã cam kết đến tháng 10/2024 sẽ hoàn thành 12 nhà đại đoàn kết.",
     ["đến tháng 10/2024 sẽ hoàn thành 12 nhà đại đoàn kết"]),
    # ", giúp <count> …" is a task of its own, not the purpose of the one before
    ("Hội Nông dân xã cam kết mở 3 lớp tập huấn kỹ thuật nuôi tôm, giúp 25 hộ vay vốn sản "
     "xuất và không để hội viên khiếu kiện vượt cấp.",
     ["mở 3 lớp tập huấn kỹ thuật nuôi tôm", "giúp 25 hộ vay vốn sản xuất",
      "không để hội viên khiếu kiện vượt cấp"]),
    # "đăng ký công trình …": the registered work is the task; the occasion after its
    # deadline is left out
    ("Đoàn phường đăng ký công trình thanh niên trồng 300 cây xanh ven kênh, hoàn thành trước "
     "ngày 19/5/2025, dịp kỷ niệm ngày sinh Chủ tịch Hồ Chí Minh.",
     ["công trình thanh niên trồng 300 cây xanh ven kênh, hoàn thành trước ngày 19/5/2025"]),
]


@pytest.mark.parametrize(("text", "want"), CASES)
def test_prose_pledges(text: str, want: list[str]) -> None:
    got = prose.find(text)
    assert [p.text for p in got] == want
    for p in got:
        assert text[p.start : p.end] == p.text


def test_tokens_are_words_and_map_back_to_the_text() -> None:
    text = "Huyện uỷ  Cam Lộ cam kết xây dựng nông thôn mới."
    doc = vietnamese()(text)
    words = [t.text for t in doc]
    assert "nông thôn" in words and "cam kết" in words
    for t in doc:
        if t._.start is not None:
            assert text[t._.start : t._.start + len(t.text)] == t.text
