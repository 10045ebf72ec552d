"""Topics from the taxonomy data: segmented, folded words; an edited taxonomy needs no code."""

from __future__ import annotations

from pathlib import Path

import pytest

from nlp.topics import load_taxonomy, topics_of
from pipeline.document import Dossier, Pledge, Source

CASES = [
    ("Hoàn thành xây dựng xã đạt chuẩn nông thôn mới nâng cao", {"nong_thon_moi"}),
    ("HOAN THANH XAY DUNG XA DAT CHUAN NONG THON MOI", {"nong_thon_moi"}),
    ("Bê tông hóa 3 km đường giao thông nội đồng", {"giao_thong"}),
    ("Kết nạp 20 đảng viên mới", {"xay_dung_dang"}),
    # "yêu cầu" is one word: it does not hold the term "cầu" (bridge)
    ("Đáp ứng yêu cầu về cơ cấu cây trồng", {"nong_nghiep"}),
    ("Tổ chức thành công lễ hội truyền thống", {"van_hoa_xa_hoi"}),
    # health, schools, farming, security in everyday words
    ("Giảm thời gian chờ khám bệnh tại Bệnh viện Đa khoa huyện", {"y_te"}),
    ("Tuyển sinh 100% trẻ 6 tuổi vào lớp 1 năm học 2024-2025", {"giao_duc"}),
    ("Phát triển 30 ha chè đạt chứng nhận VietGAP", {"nong_nghiep"}),
    ("Tổ chức diễn tập khu vực phòng thủ cấp xã", {"quoc_phong_an_ninh"}),
    ("Di dời 8 hộ dân ra khỏi hành lang an toàn đường cao tốc", {"giai_phong_mat_bang"}),
    # folding merges "lợn" (pig) with "lớn" (big): only the pig phrases count
    ("Trồng rừng gỗ lớn ở 3 xã vùng cao", {"moi_truong"}),
    # enterprises named without any investment to attract; urban order is no security task
    ("Kiểm tra sau thông quan tại 150 doanh nghiệp", {"cai_cach_hanh_chinh"}),
    ("Thành lập 40 công đoàn cơ sở trong doanh nghiệp ngoài nhà nước", set()),
    ("Kêu gọi 3 nhà đầu tư vào cụm công nghiệp", {"thu_hut_dau_tu"}),
    ("Lập lại trật tự vỉa hè, lòng đường quanh các chợ", set()),
    ("Giữ vững an ninh trật tự dịp Tết", {"quoc_phong_an_ninh"}),
    # "môi trường mạng" is the internet, not the environment
    ("Tiếp nhận 90% hồ sơ trên môi trường mạng", {"chuyen_doi_so"}),
    # customs, tax, border, farming and family customs in their own words
    ("Giảm thời gian thông quan tại cửa khẩu Lào Cai còn 2 giờ", {"cai_cach_hanh_chinh"}),
    ("95% tờ khai điện tử được phân luồng tự động", {"cai_cach_hanh_chinh", "chuyen_doi_so"}),
    ("Triệt phá 10 đường dây buôn lậu thuốc lá", {"quoc_phong_an_ninh"}),
    ("Tập huấn kỹ thuật canh tác ngô trên đất dốc", {"nong_nghiep"}),
    ("Không có trường hợp tảo hôn trong bản", {"van_hoa_xa_hoi"}),
    # party work, village roads, online services and security in the words of the papers
    ("Thu, nộp đảng phí đúng quy định tại 100% chi bộ trực thuộc", {"xay_dung_dang"}),
    ("Cử 05 cán bộ đi học trung cấp lý luận chính trị", {"xay_dung_dang"}),
    ("90% hồ sơ được nộp qua dịch vụ công trực tuyến mức độ 4",
     {"cai_cach_hanh_chinh", "chuyen_doi_so"}),
    ("Gỡ bỏ 100% thông tin xấu, độc về địa phương trên không gian mạng", {"quoc_phong_an_ninh"}),
    ("Tổ chức 20 lớp truyền dạy cồng chiêng cho thanh niên", {"van_hoa_xa_hoi"}),
    ("Khám sức khỏe định kỳ cho 100% người cao tuổi", {"y_te"}),
    # "công dân số" is a digital citizen, though "dân số" (population) sits inside it
    ("Trang bị kỹ năng công dân số cho 500 người", {"cai_cach_hanh_chinh", "chuyen_doi_so"}),
    # "Bưu điện - Văn hóa xã" is a post office, not a cultural venue
    ("Kết nối Internet tại 08 điểm Bưu điện - Văn hóa xã", {"chuyen_doi_so"}),
    ("Vận động nông dân không đốt rơm rạ, phòng cháy rừng mùa khô", {"moi_truong"}),
]


def test_an_exception_phrase_leaves_other_uses_of_the_term() -> None:
    got = set(topics_of("Xử lý rác thải, bảo vệ môi trường; giải quyết hồ sơ trên môi trường điện tử"))
    assert got == {"moi_truong", "chuyen_doi_so"}


@pytest.mark.parametrize(("task", "want"), CASES)
def test_topics(task: str, want: set[str]) -> None:
    assert set(topics_of(task)) == want


def test_an_edited_taxonomy_changes_topics_without_code(tmp_path: Path) -> None:
    from nlp.topics import TopicTagger

    f = tmp_path / "topics.toml"
    f.write_text('[du_lich]\nname = "Du lịch"\nterms = ["du lịch", "homestay"]\n', encoding="utf-8")
    d = Dossier(Source("x", "0" * 64, 1))
    d.pledges = [Pledge(1, "Phát triển 5 điểm homestay cộng đồng")]
    TopicTagger(str(f))(d)
    assert d.pledges[0].topics == ["du_lich"]
    assert [t.slug for t in load_taxonomy(str(f))] == ["du_lich"]
