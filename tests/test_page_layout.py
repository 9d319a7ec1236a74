"""Pages that lost their layout (issue 14, QA): all on one line, or one paragraph with no blank or indented
lines. The parse says so with a page warning and restores what breaks it can. Invented text."""

from __future__ import annotations

import re

from jdash.parse.blocks import split_paragraphs
from jdash.parse.layout import layout_fix
from jdash.parser import parse_page_checked
from jdash.pipeline import process_page

PAGE = ("本报济宁5月7日讯（记者 张明）今天上午，全市重点项目集中开工，总投资93.8亿元。\n市委书记李华出席并讲话。\n"
        "会议强调，要牢固树立项目为王的理念，全力以赴抓好项目建设，为经济发展提供坚实支撑。\n\n"
        "全市重点项目集中开工\n\n"
        "本报嘉祥讯（通讯员 王强）近日，嘉祥县新建的文化广场投入使用。\n广场占地50亩，可容纳市民2000人。\n\n"
        "嘉祥文化广场投入使用\n\n"
        "■本报记者 赵六\n\n初春时节，景区游客络绎不绝。\n\n今年以来，景区接待游客20万人次。\n\n春到景区游人旺\n")
HEADLINES = ["全市重点项目集中开工", "嘉祥文化广场投入使用", "春到景区游人旺"]


def headlines_and_warnings(text):
    articles, warnings = parse_page_checked(text, "x.txt")
    return [a.headline for a in articles], warnings, articles


def test_a_page_laid_out_in_lines_has_no_layout_warning():
    headlines, warnings, _ = headlines_and_warnings(PAGE)
    assert headlines == HEADLINES and warnings == []


def test_a_page_on_one_line_is_split_at_datelines_and_bylines_and_says_so():
    for one_line in (PAGE.replace("\n", ""), re.sub(r"\n+", " ", PAGE)):  # breaks lost, or turned into spaces
        headlines, warnings, articles = headlines_and_warnings(one_line)
        assert headlines == HEADLINES
        assert len(warnings) == 1 and warnings[0].startswith("no line breaks")
        assert articles[1].body.startswith("近日，嘉祥县") and articles[1].dateline_place == "嘉祥"
        assert articles[2].body.endswith("接待游客20万人次。")
    assert [r.name for r in articles[2].reporters] == ["赵六"]  # spaces set the name apart


def test_a_page_of_one_paragraph_is_split_at_title_lines_and_says_so():
    first = ("今天上午，全市重点项目集中开工，总投资93.8亿元。", "市委书记李华出席并讲话，要求各地抓好项目建", "设，加快形成实物工作量。",
             "会议强调，要牢固树立项目为王的理念，全力以赴", "抓好项目建设。")
    second = ("近日，嘉祥县新建的文化广场投入使用。广场占地", "50亩，可容纳市民2000人，配套建设了健身步道", "和儿童游乐设施。",
              "据了解，该广场是今年县里确定的民生实事之一，", "总投资达到3000万元。")
    text = "\n".join([*first, "全市重点项目集中开工", *second, "嘉祥文化广场投入使用"]) + "\n"
    headlines, warnings, articles = headlines_and_warnings(text)
    assert headlines == ["全市重点项目集中开工", "嘉祥文化广场投入使用"]
    assert len(warnings) == 1 and warnings[0].startswith("one paragraph")
    assert articles[1].body.startswith("近日，嘉祥县")


def test_a_short_brief_on_one_line_is_no_layout_problem():
    text = "本报讯 今天，全市工作会议召开。全市工作会议召开\n"
    assert layout_fix(text, split_paragraphs(text)) is None


def test_the_layout_warning_reaches_the_page_result():
    result = process_page("flat.txt", PAGE.replace("\n", "").encode("utf-8"))
    assert [a.headline for a in result.articles] == HEADLINES
    assert [w.source for w in result.warnings] == ["flat.txt"]
    assert result.warnings[0].reason.startswith("no line breaks")
    assert process_page("ok.txt", PAGE.encode("utf-8")).warnings == []


def test_a_section_heading_in_a_one_article_page_printed_as_one_paragraph_stays_in_it():
    # one feature, its lines never blank: a title-shaped line not followed by a news lead is a section heading
    lines = ("近年来，某镇以乡村振兴示范区为引领，强化产业发展，", "突出特色产业项目，让文旅走上了高质量发展的快", "车道。",
             "发挥自身优势 倾力打造示范区", "深层次挖掘升级。充分利用专项资金，高标准实施", "西部山区生态修复治理工程，着力修复山体，总投",
             "资3亿元，全面推进4大片区2400余亩废弃矿坑修", "复，同步实施道路、绿化、亮化等公共基础设施项", "目，打造宜居宜业宜游镇域发展新高地。",
             "某镇：文旅融合走上发展快车道")
    headlines, warnings, articles = headlines_and_warnings("\n".join(lines) + "\n")
    assert headlines == ["某镇：文旅融合走上发展快车道"] and warnings == []
    assert "深层次挖掘升级" in articles[0].body


def test_a_line_the_wrap_began_with_a_space_goes_on_with_its_sentence():
    # the source printed spaces around its figures (总投资 908 亿元); the wrap broke at one of them
    page = ("本报某县讯今年以来，全县新开\n工重点项目三十个，其中产业项\n目二十个，占比过半，总投资 908\n 亿元、计划年内投资达到了 266.2\n"
            " 亿元。\n某县三十个重点项目集中开工\n")
    headlines, warnings, articles = headlines_and_warnings(page)
    assert headlines == ["某县三十个重点项目集中开工"] and warnings == []
    assert articles[0].body.endswith("总投资908亿元、计划年内投资达到了266.2亿元。")


def test_an_indented_line_after_a_title_still_opens_a_new_region():
    page = "某县项目建设\n跑出加速度\n 近日，某县30个项目集中开工，总投资86亿元。\n项目涵盖先进制造等领域。\n某县项目集中开工\n"
    assert [a.headline for a in headlines_and_warnings(page)[2]][-1] == "某县项目集中开工"
