#!/usr/bin/env python3
"""Writes the table of accepted forms in docs/figures.md from the corpus of real phrasings.

Each form is a pattern over the corpus phrases of one language; the table shows up to three
real phrases of each, with the number of corpus rows of that form. PhrasingCorpusTest reads
every phrase of the corpus, and FiguresGuideTest checks that every example in the table is a
corpus phrase. Run from the project root: scripts/phrasing-forms.py
"""
import re
import sys
from pathlib import Path

CORPUS = Path("src/test/resources/io/github/tradecoop/format/phrasings")
DOC = Path("docs/figures.md")

FORMS = {
    "en": [
        ("change, rising", "percentage", r"^(up|rose|increased|grew|expanded|climbed|jumped|surged|soared|gained|edged up)\b"),
        ("change, falling", "percentage", r"^(down|fell|declined|dropped|decreased|slipped|shrank|slid|plunged|tumbled|contracted)\b"),
        ("change as a noun", "percentage", r"^an? .*(increase|decrease|rise|drop|growth|decline|fall|jump|gain|slide)"),
        ("year on year", "percentage", r"(year[- ]on[- ]year|year-over-year|y/y|yoy|on year)"),
        ("per cent, pct", "percentage", r"(per cent|pct|\bpc\b)"),
        ("percentage points", "points", r""),
        ("bn, bln, mn, mln, tn", "amount", r"\d ?(bn|bln|mn|mln|tn)\b"),
        ("K, M, B", "", r"\d ?[KMB]\b"),
        ("$, US$, HK$, S$", "amount", r"(US\$|HK\$|S\$|^\$)"),
        ("currency after the number", "amount", r"\d (billion |million |trillion )?(yuan|dollars|U\.S\. dollars|rubles|euros|USD|CNY)"),
        ("RMB, CNY, USD, EUR before", "amount", r"^(RMB|CNY|USD|EUR|€)"),
        ("qualifiers", "", r"^(more than|over|nearly|almost|close to|about|around|approximately|some|up to|at least|no less than|less than)\b"),
        ("number words", "", r"^(one|two|three|four|five|six|seven|eight|nine|fifteen|Fifteen)\b"),
        ("counts with nouns", "count", r"\d [a-z-]+$"),
        ("area", "quantity", r"(square|sq|m2|m²)"),
        ("mass", "quantity", r"(tonnes|tons|\bt\b|\bmt\b)"),
    ],
    "zh": [
        ("同比增长, 增长, 增加", "percentage", r"(增长|增加|增)"),
        ("同比下降, 下降, 减少", "percentage", r"(下降|减少|降)"),
        ("个百分点", "points", r""),
        ("万, 亿, 万亿", "amount", r"(万亿|亿|万)"),
        ("人民币 before, 元人民币 after", "amount", r"人民币"),
        ("美元, 欧元, 卢布, 日元", "amount", r"(美元|欧元|卢布|日元)"),
        ("超, 超过, 逾", "", r"^(超过|超|逾)"),
        ("近, 接近, 约", "", r"^(近|接近|约)"),
        ("多, 余, 以上, 左右", "", r"(多|余|以上|左右)"),
        ("上万, 数百, 近千", "", r"(上万|上千|数百|近千|近百|百余|千余)"),
        ("classifiers", "count", r"\d(家|个|名|位|项|场|次|人次|人)"),
        ("万人次", "count", r"万人次"),
        ("area", "quantity", r"(平方米|平米)"),
        ("mass", "quantity", r"吨"),
    ],
    "ru": [
        ("рост на, вырос на, увеличился на", "percentage", r"^(рост|вырос|выросл|увеличил|прирост)"),
        ("снижение на, снизился на, сократился на", "percentage", r"^(снижени|снизил|сократил|упал|уменьшил|рухнул|просел)"),
        ("на … больше / меньше", "percentage", r"(больше|меньше|выше|ниже)$"),
        ("в годовом выражении", "percentage", r"в годовом"),
        ("проц., процентов", "percentage", r"проц"),
        ("п. п., процентных пункта", "points", r""),
        ("тыс., млн, млрд, трлн", "amount", r"(тыс|млн|млрд|трлн)"),
        ("full magnitude words", "", r"(миллиард|миллион|триллион|тысяч)"),
        ("compound amounts", "", r"\d (млн|млрд|трлн|миллион|тысяч)\.? \d"),
        ("$ and €", "amount", r"^(\$|€|около \$|более \$)"),
        ("долл., долларов США, ам. долл.", "amount", r"долл"),
        ("рублей, руб., юаней, евро", "amount", r"(рубл|руб\.|юан|евро)"),
        ("более, свыше, около, почти, порядка", "", r"^(более|Более|свыше|около|Около|почти|порядка|примерно)"),
        ("counts with nouns", "count", r"\d [а-яё]+$"),
        ("area", "quantity", r"(кв\.|квадратн)"),
        ("mass", "quantity", r"(тонн|\bт\b)"),
    ],
}
NAMES = {"en": "English", "zh": "Chinese", "ru": "Russian"}


def rows(language):
    for line in (CORPUS / f"{language}.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            yield line.split("\t")


def table(language):
    corpus = list(rows(language))
    out = [f"<!-- forms:{language} -->", f"| {NAMES[language]} form | rows | real examples |", "|---|---|---|"]
    for label, method, pattern in FORMS[language]:
        found = [r for r in corpus if (not method or r[0] == method) and re.search(pattern, r[1])]
        examples = []
        for r in found:
            if r[1] not in examples and "`" not in r[1] and "|" not in r[1]:
                examples.append(r[1])
            if len(examples) == 3:
                break
        if not found:
            sys.exit(f"no corpus phrase of form {label!r} in {language}")
        out.append(f"| {label} | {len(found)} | " + ", ".join(f"`{e}`" for e in examples) + " |")
    out.append("<!-- /forms -->")
    return "\n".join(out)


def main():
    text = DOC.read_text(encoding="utf-8")
    for language in FORMS:
        block = table(language)
        pattern = re.compile(rf"<!-- forms:{language} -->.*?<!-- /forms -->", re.S)
        if not pattern.search(text):
            sys.exit(f"{DOC} has no <!-- forms:{language} --> block")
        text = pattern.sub(lambda _: block, text)
    DOC.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
