"""The guides say what the law says, as checked in December 2026 (../shared/LAW.md),
in every language: no outdated citation, ministry or date survives."""

import re

import pytest
from django.utils.html import escape

from portal.models import Guide

LANGUAGES = ["en", "km", "vi", "ja"]

# What the first guides said wrongly, as it would read in each language.
OUTDATED = {
    "en": [
        "Circular 02/2024",
        "15 May 2024",
        "Department of Overseas Labour of the Ministry of Labour",
        "31 March 2027",
        re.compile(r"insurance[^.]*check-ups"),
    ],
    "km": [
        "សារាចរលេខ 02/2024",
        "15 ខែឧសភា ឆ្នាំ 2024",
        "នាយកដ្ឋានការងារក្រៅប្រទេស នៃក្រសួងការងារ",
        "31 ខែមីនា ឆ្នាំ 2027",
        re.compile(r"ធានារ៉ាប់រងសុខភាព[^។]*ពិនិត្យសុខភាព"),
    ],
    "vi": [
        "Thông tư 02/2024",
        "15/5/2024",
        "Cục Quản lý lao động ngoài nước thuộc Bộ Lao động",
        "31/3/2027",
        re.compile(r"[Bb]ảo hiểm y tế[^.]*khám thai"),
    ],
    "ja": [
        "通達02/2024",
        "2024年5月15日",
        "労働省の海外労働局",
        "2027年3月31日",
        re.compile(r"健康保険[^。]*健診"),
    ],
}
EVERYWHERE = ["DOLAB", "MOLISA", "02/2024"]

# The facts every language must carry, in that language's words.
FACTS = {
    "en": {
        "employer-pays": [
            "Law 69/2020/QH14, Article 7(8)",
            "1 January 2022",
            "Article 23",
            "basic wage",
            "Article 47",
            "1 November 2017",
            "we found no legal limit",
        ],
        "check-licence": [
            "Department of Overseas Labour Management",
            "Ministry of Home Affairs",
            "1 March 2025",
            "25/2025/ND-CP",
        ],
        "before-signing": ["Article 48(1)", "1 April 2027", "31 March 2030"],
        "pregnancy-rights": [
            "Article 9",
            "Article 48(2)",
            "no force in Japan",
            "6 weeks",
            "8 weeks",
            "vouchers",
            "lump sum",
            "continue it later",
        ],
    },
    "km": {
        "employer-pays": [
            "ច្បាប់លេខ 69/2020/QH14 មាត្រា 7 ចំណុច 8",
            "ថ្ងៃទី 1 ខែមករា ឆ្នាំ 2022",
            "មាត្រា 23",
            "ប្រាក់ខែគោល",
            "មាត្រា 47",
            "យើងរកមិនឃើញច្បាប់",
        ],
        "check-licence": ["នាយកដ្ឋានគ្រប់គ្រងពលករនៅក្រៅប្រទេស", "ក្រសួងកិច្ចការផ្ទៃក្នុង", "25/2025/NĐ-CP"],
        "before-signing": ["មាត្រា 48 កថាខណ្ឌ 1", "ថ្ងៃទី 1 ខែមេសា ឆ្នាំ 2027", "ថ្ងៃទី 31 ខែមីនា ឆ្នាំ 2030"],
        "pregnancy-rights": [
            "មាត្រា 9",
            "មាត្រា 48 កថាខណ្ឌ 2",
            "គ្មានតម្លៃនៅជប៉ុន",
            "6 សប្ដាហ៍",
            "8 សប្ដាហ៍",
            "ប័ណ្ណសម្រាប់ពិនិត្យផ្ទៃពោះ",
            "ប្រាក់មួយដុំ",
        ],
    },
    "vi": {
        "employer-pays": [
            "Luật 69/2020/QH14, Điều 7 khoản 8",
            "1/1/2022",
            "Điều 23",
            "lương cơ bản",
            "Điều 47",
            "không tìm thấy mức phí tối đa",
        ],
        "check-licence": [
            "Cục Quản lý lao động ngoài nước thuộc Bộ Nội vụ",
            "1/3/2025",
            "25/2025/NĐ-CP",
        ],
        "before-signing": ["Điều 48 khoản 1", "1/4/2027", "31/3/2030"],
        "pregnancy-rights": [
            "Điều 9",
            "Điều 48 khoản 2",
            "không có giá trị ở Nhật Bản",
            "6 tuần",
            "8 tuần",
            "phiếu khám thai",
            "trợ cấp sinh con một lần",
        ],
    },
    "ja": {
        "employer-pays": [
            "法律69/2020/QH14、第7条第8項",
            "2022年1月1日",
            "第23条",
            "基本給",
            "第47条",
            "法律の上限は見つかりませんでした",
        ],
        "check-licence": ["内務省の海外労働管理局", "2025年3月1日", "25/2025/NĐ-CP"],
        "before-signing": ["第48条第1項", "2027年4月1日", "2030年3月31日"],
        "pregnancy-rights": [
            "第9条",
            "第48条第2項",
            "日本では効力がありません",
            "産前6週間",
            "産後8週間",
            "受診券",
            "出産育児一時金",
        ],
    },
}


def _guide_page(client, lang, slug) -> str:
    response = client.get(f"/{lang}/guides/{slug}/")
    assert response.status_code == 200
    return response.content.decode()


@pytest.mark.parametrize("lang", LANGUAGES)
def test_no_guide_repeats_an_outdated_fact(client, guides, lang):
    for slug in Guide.objects.values_list("slug", flat=True):
        html = _guide_page(client, lang, slug)
        for phrase in OUTDATED[lang] + EVERYWHERE:
            if isinstance(phrase, re.Pattern):
                assert not phrase.search(html), (slug, phrase.pattern)
            else:
                assert escape(phrase) not in html, (slug, phrase)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_guide_gives_the_checked_facts_with_their_citations(client, guides, lang):
    for slug, facts in FACTS[lang].items():
        html = _guide_page(client, lang, slug)
        for fact in facts:
            assert escape(fact) in html, (slug, fact)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_guide_says_when_its_facts_were_checked(client, guides, lang):
    for guide in Guide.objects.all():
        html = _guide_page(client, lang, guide.slug)
        assert guide.checked_on.year == 2026
        assert '<p class="meta checked">' in html and "2026" in html
    assert "The facts in this guide were checked on" in _guide_page(client, "en", "employer-pays")
