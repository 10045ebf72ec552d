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
    # a highway is a road: its safety corridor is a transport matter as well
    ("Di dời 8 hộ dân ra khỏi hành lang an toàn đường cao tốc",
     {"giai_phong_mat_bang", "giao_thong"}),
    # folding merges "lợn" (pig) with "lớn" (big): only the pig phrases count
    ("Trồng rừng gỗ lớn ở 3 xã vùng cao", {"moi_truong"}),
    # enterprises named without any investment to attract; urban order is no security task
    # an audit after clearance recovers duties: it reforms no procedure
    ("Kiểm tra sau thông quan tại 150 doanh nghiệp", set()),
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


# families of terms and their exceptions, each in wording of its own
FAMILIES = [
    # trafficking in people is a security matter; violence at home and gender equality are
    # social ones; the rice-growing programmes named by their numbers are farming
    ("Không để xảy ra vụ mua bán người trên địa bàn 3 bản biên giới", {"quoc_phong_an_ninh"}),
    ("Hòa giải thành 90% vụ bạo lực gia đình được phát hiện", {"van_hoa_xa_hoi"}),
    ("Vận động 700 hộ áp dụng 1 phải 5 giảm vụ Hè Thu", {"nong_nghiep"}),
    # party congresses, personnel, discipline and membership are party building
    ("Hoàn thành đại hội chi bộ thôn nhiệm kỳ 2027 - 2030", {"xay_dung_dang"}),
    ("Thẩm định nhân sự cấp ủy khóa mới của 12 đảng bộ", {"xay_dung_dang"}),
    ("Giới thiệu 15 quần chúng ưu tú cho chi bộ bồi dưỡng", {"xay_dung_dang"}),
    ("Không để công chức vi phạm đến mức phải xử lý kỷ luật", {"xay_dung_dang"}),
    # cadre planning is no land-use plan; an urban grade or emulation title no land topic
    ("Rà soát quy hoạch cán bộ nhiệm kỳ 2030 - 2035", {"xay_dung_dang"}),
    ("Phấn đấu thị xã đạt đô thị loại III", set()),
    ("Phường đạt chuẩn đô thị văn minh năm 2027", {"van_hoa_xa_hoi"}),
    # the title of whoever answers for the task is not the task
    ("Giao đ/c Trần Minh, Phó Bí thư Chi bộ, phụ trách xây cầu treo", {"giao_thong"}),
    # restructuring: a slimmer apparatus, surplus offices; the Front-and-unions bloc as an
    # apparatus is not mass mobilisation
    ("Tinh gọn bộ máy các phòng chuyên môn cấp huyện", {"to_chuc_bo_may"}),
    ("Xử lý trụ sở, tài sản dôi dư sau khi nhập hai xã", {"to_chuc_bo_may"}),
    ("Sắp xếp bộ máy khối Đảng, Mặt trận và đoàn thể của thị xã", {"to_chuc_bo_may"}),
    # "vị trí việc làm" is a post in an establishment plan, not employment for the poor
    ("Bố trí công chức phường theo vị trí việc làm", {"to_chuc_bo_may"}),
    # charity houses are poverty work, whatever campaign names them
    ("Xây 8 căn nhà tình thương cho hộ khó khăn ở thôn Tân Định", {"giam_ngheo"}),
    ("Sửa chữa 5 nhà Đại đoàn kết ở xã Hải Ba", {"giam_ngheo"}),
    ("Tổ chức Ngày hội Đại đoàn kết ở 14 thôn", {"dan_van"}),
    # cleaning and forest cover are environment; cleaning data is not
    ("Tổ chức 4 đợt tổng vệ sinh khu dân cư", {"moi_truong"}),
    ("Nâng độ che phủ rừng của huyện lên 48%", {"moi_truong"}),
    ("Làm sạch dữ liệu hộ tịch của 9 xã", set()),
    # the business or investment climate is no environment
    ("Cải thiện môi trường kinh doanh cấp huyện", {"thu_hut_dau_tu"}),
    # animal epidemics and a pandemic as a mere cause are no health task
    ("Khống chế dịch bệnh trên đàn trâu bò", set()),
    ("Giãn nợ cho 30 hộ bị ảnh hưởng dịch COVID-19", set()),
    # bridges, flyovers, ring roads, village and country roads
    ("Xây 3 cây cầu dân sinh qua suối", {"giao_thong"}),
    ("Khởi công cầu vượt đường sắt ở phường Đông Lễ", {"giao_thong"}),
    ("Giải phóng mặt bằng đường vành đai phía Bắc", {"giao_thong", "giai_phong_mat_bang"}),
    ("Thắp sáng 3 km đường quê ở xã Gio Mỹ", {"giao_thong"}),
    ("Đổ bê tông 900 m đường nội thôn Phú Hưng", {"giao_thong"}),
    # canals are hardened too: that is irrigation, not a road
    ("Cứng hóa kênh mương nội đồng thôn Đông", {"nong_thon_moi", "nong_nghiep"}),
    ("Kiên cố hóa 3,5 km kênh mương thôn Bắc", {"nong_thon_moi", "nong_nghiep"}),
    ("Trồng 40 ha rừng phòng hộ ven biển", {"moi_truong"}),
    ("Nâng cấp hồ chứa nước Khe Mây trước mùa lũ 2026", {"nong_nghiep"}),
    # farmland as the place of a building offence is not farming
    ("Ngăn chặn xây dựng trái phép trên đất nông nghiệp", {"quan_ly_dat_dai"}),
    # digital signing and information systems; high-tech farming is no digital task
    ("Ký số 100% văn bản đi của phòng", {"chuyen_doi_so"}),
    ("Triển khai hệ thống thông tin báo cáo của tỉnh", {"chuyen_doi_so"}),
    ("Ứng dụng công nghệ cao trong nuôi tôm", set()),
    ("80% hồ sơ trực tuyến toàn trình", {"cai_cach_hanh_chinh", "chuyen_doi_so"}),
    # school subjects and a festival as an occasion are no culture task
    ("Thi học sinh giỏi các môn văn hóa cấp huyện", {"giao_duc"}),
    ("Giữ an ninh dịp lễ hội đền Hùng", {"quoc_phong_an_ninh"}),
    ("Lập lại trật tự lòng đường quanh bến xe phía Bắc", set()),
    # a tax office's name, e-filing and the location of a fire check are not revenue or
    # investment; loans to the poor are not budget disbursement
    ("Hợp nhất hai Chi cục Thuế khu vực", {"to_chuc_bo_may"}),
    ("Giải ngân vốn vay ưu đãi cho 60 lao động", {"giam_ngheo"}),
    ("Giải ngân vốn đầu tư công đạt 95%", {"thu_ngan_sach"}),
    ("Kiểm tra phòng cháy chữa cháy tại các khu công nghiệp", {"quoc_phong_an_ninh"}),
    ("Vận động hộ kinh doanh treo biển hiệu đúng quy định", set()),
    ("Truy thu 1,5 tỷ đồng tiền thuế nộp chậm", {"thu_ngan_sach"}),
    # roads named by their rank or course: a bypass, a coastal road, a provincial road
    ("Khởi công tuyến tránh thị trấn Phú Lộc", {"giao_thong"}),
    ("Hoàn thành thông xe cầu Sông Hiếu mới", {"giao_thong"}),
    ("Sửa chữa 2 km đường tỉnh 571 qua xã Hải Sơn", {"giao_thong"}),
    ("Bàn giao mặt bằng dự án đường ven biển đoạn qua Triệu Phong",
     {"giao_thong", "giai_phong_mat_bang"}),
    ("Lát 400 m đường đal trong ấp Phú Hòa", {"giao_thong"}),
    # replanting, new planting, drought and a unit's own food growing are farming; new
    # forest is environment
    ("Tái canh 120 ha cà phê già cỗi", {"nong_nghiep"}),
    ("Trồng mới 30 ha bưởi da xanh", {"nong_nghiep"}),
    ("Trồng mới 200 ha rừng phòng hộ đầu nguồn", {"moi_truong"}),
    ("Hướng dẫn nông dân chống hạn hán cho lúa hè thu", {"nong_nghiep"}),
    ("Đẩy mạnh tăng gia sản xuất, cải thiện bữa ăn bộ đội", {"nong_nghiep"}),
    # soldiers, firing practice and rescue are defence; a veteran's house is not
    ("100% quân nhân chấp hành nghiêm điều lệnh", {"quoc_phong_an_ninh"}),
    ("Bắn đạn thật đạt 85% khá, giỏi", {"quoc_phong_an_ninh"}),
    ("Tham gia cứu hộ, cứu nạn khi có bão lũ", {"quoc_phong_an_ninh"}),
    ("Tặng 3 sổ tiết kiệm cho cựu quân nhân khó khăn", set()),
    # blood drives are health; preserving heritage is culture, a nature reserve is not
    ("Vận động 300 đoàn viên hiến máu tình nguyện", {"y_te"}),
    ("Bảo tồn 5 làng nghề truyền thống của xã", {"van_hoa_xa_hoi"}),
    ("Tu sửa nhà rông của làng Kon Brăp", {"van_hoa_xa_hoi"}),
    ("Tuần tra bảo vệ khu bảo tồn thiên nhiên Bắc Hướng Hóa", set()),
    # a portal is digital; a civilised-town title is no land matter
    ("Đăng 200 tin bài trên cổng thông tin điện tử của huyện", {"chuyen_doi_so"}),
    ("Khu phố 4 đạt danh hiệu khu phố văn minh đô thị", {"van_hoa_xa_hoi"}),
    # a complaint against a party member is the inspection commission's party work
    ("Giải quyết 5 đơn tố cáo đảng viên đúng hạn", {"xay_dung_dang"}),
    # a cooperative or an association also admits members: only admission to the Party
    # is party building
    ("Kết nạp thêm 25 xã viên mới cho hợp tác xã", {"nong_nghiep"}),
    ("Kết nạp 4 quần chúng vào Đảng", {"xay_dung_dang"}),
    # e-banking by its English name, drug procurement, flooding, homes still without power
    ("Mở 4.000 tài khoản SMS Banking cho hộ sản xuất", {"chuyen_doi_so"}),
    ("Tổ chức mua sắm tập trung thuốc cho 12 bệnh xá", {"y_te"}),
    ("Nạo vét cống, chống ngập úng tại 3 khu phố", {"moi_truong"}),
    ("Kéo điện cho 85 hộ ở bản Pa Cấp còn chưa có điện", {"nong_thon_moi"}),
    # a self-managed road is a cleanliness campaign, sidewalk encroachment street order and a
    # taxpayer's petition a service: no road, land or revenue task
    ("Duy trì 6 tuyến đường tự quản sáng, xanh, sạch", set()),
    ("Xử lý 40 trường hợp lấn chiếm vỉa hè ở chợ Đông", set()),
    ("Trả lời 100% kiến nghị của người nộp thuế đúng hạn", {"cai_cach_hanh_chinh"}),
    # an invoice is a tax paper, printed or electronic
    ("Kiểm tra việc xuất hóa đơn của 70 cửa hàng xăng dầu", {"thu_ngan_sach"}),
    ("Hướng dẫn 500 hộ kinh doanh dùng hóa đơn điện tử", {"thu_ngan_sach", "chuyen_doi_so"}),
    # quotation marks around a campaign's name do not hide it
    ("Sửa chữa 5 nhà “Đại đoàn kết” ở xã Hải Ba", {"giam_ngheo"}),
]


@pytest.mark.parametrize(("task", "want"), FAMILIES)
def test_term_families(task: str, want: set[str]) -> None:
    assert set(topics_of(task)) == want


def test_a_term_does_not_match_across_or_inside_another_word(tmp_path: Path) -> None:
    f = tmp_path / "topics.toml"
    f.write_text('[dan_van]\nterms = ["dân vận"]\n[cau]\nterms = ["cầu"]\n'
                 '[ngan_sach]\nterms = ["ngân sách"]\n', encoding="utf-8")
    tax = load_taxonomy(str(f))
    # "nhân dân | vận động" (the people | campaign) holds no "dân vận"
    assert topics_of("Cùng nhân dân vận động hiến đất làm đường", tax) == []
    assert topics_of("Làm tốt công tác dân vận ở cơ sở", tax) == ["dan_van"]
    # "yêu cầu" (requirement) holds no "cầu" (bridge)
    assert topics_of("Đáp ứng yêu cầu của người dân", tax) == []
    # a term may still open a longer word: "ngân sách xã" is a commune's budget
    assert topics_of("Thu ngân sách xã đạt 110% dự toán", tax) == ["ngan_sach"]


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
