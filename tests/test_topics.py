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
]


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
