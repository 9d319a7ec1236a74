"""Consistency check of the held-out golden files against their pages.

Not a parser test: it only verifies that every string the golden files claim
(headlines, names, places, figure values, banners) really occurs in the page,
that the JSON follows the schema, and that dates are coherent.

Usage: python tests/heldout/src/check.py
"""
from __future__ import annotations

import datetime as dt
import json
import pathlib
import re
import sys
import unicodedata

ROOT = pathlib.Path(__file__).resolve().parent.parent
KINDS = {"news", "editorial", "commentary", "interview", "feature", "photo", "notice"}
LEVELS = {"national", "province", "city", "county", "other"}
COUNTIES = {
    "任城区": ["任城", "市中区"], "兖州区": ["兖州"], "曲阜市": ["曲阜"], "邹城市": ["邹城"],
    "微山县": ["微山"], "鱼台县": ["鱼台"], "金乡县": ["金乡"], "嘉祥县": ["嘉祥"],
    "汶上县": ["汶上"], "泗水县": ["泗水"], "梁山县": ["梁山"],
    "济宁高新区": ["高新区"], "太白湖新区": ["太白湖"], "济宁经济技术开发区": ["经开区", "经济技术开发区"],
    "曲阜文化建设示范区": ["文化建设示范区"],
}


def decode(data: bytes) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("gb18030")


def flat(text: str) -> str:
    text = unicodedata.normalize("NFKC", text)
    return re.sub(r"[\s\u3000]+", "", text)


def num_in(value, text_flat: str) -> bool:
    s = repr(value) if isinstance(value, float) else str(value)
    return re.search(r"(?<![\d.])" + re.escape(s) + r"(?![\d])", text_flat) is not None


def main() -> int:
    errors = 0
    goldens = sorted((ROOT / "golden").glob("*.json"))
    for g in goldens:
        gold = json.loads(g.read_text(encoding="utf-8"))
        page_path = ROOT / "pages" / gold["source"]
        raw = page_path.read_bytes()
        text = decode(raw)
        tf = flat(text)
        size = len(raw)

        def err(msg):
            nonlocal errors
            errors += 1
            print(f"{g.name}: {msg}")

        if not 8192 <= size <= 20480:
            err(f"size {size} outside 8-20 KB")
        m = re.match(r"(\d{4}-\d{2}-\d{2})_", gold["source"])
        issue = dt.date.fromisoformat(gold["issue_date"])
        if gold["year"] != issue.year:
            err("year != issue year")
        for s in gold["not_articles"]:
            if flat(s) not in tf:
                err(f"not_article missing: {s}")
        dl_dates = []
        for i, a in enumerate(gold["articles"]):
            where = f"article {i} ({a.get('headline')})"
            if a["kind"] not in KINDS:
                err(f"{where}: bad kind")
            if a.get("real") is False:
                if a["headline"] is not None:
                    err(f"{where}: non-real with headline")
            else:
                for key in ("officials", "persons", "counties", "primary_county", "key_figures"):
                    if key not in a:
                        err(f"{where}: missing {key}")
            for key in ("headline", "subheadline", "kicker"):
                if a.get(key) and flat(a[key]) not in tf:
                    err(f"{where}: {key} not in page")
            for r in a["reporters"]:
                if r not in tf:
                    err(f"{where}: reporter {r} not in page")
            if "dateline_place" in a:
                p = a["dateline_place"]
                pat = f"本报{p}" if p else "本报讯"
                if pat not in tf:
                    err(f"{where}: dateline {pat} not in page")
            if a.get("event_date"):
                d = dt.date.fromisoformat(a["event_date"])
                md = f"{d.month}月{d.day}日"
                if md not in tf:
                    err(f"{where}: event date {md} not in page")
                if d > issue:
                    err(f"{where}: event after issue")
                if a.get("dateline_place") and f"本报{a['dateline_place']}{md}讯" in tf:
                    dl_dates.append(d)
            if a.get("continued_to") and flat(f"（下转{a['continued_to']}）") not in tf:
                err(f"{where}: continuation marker not found")
            for o in a.get("officials", []):
                if o["name"] not in tf:
                    err(f"{where}: official {o['name']} not in page")
                if o["level"] not in LEVELS:
                    err(f"{where}: bad level {o['level']}")
                if o["title"] and o["title"] not in tf:
                    err(f"{where}: title {o['title']} not in page")
                if o["name"] in a["reporters"]:
                    err(f"{where}: official is a reporter")
            for p in a.get("persons", []):
                if p not in tf:
                    err(f"{where}: person {p} not in page")
            for c in a.get("counties", []):
                if c not in COUNTIES:
                    err(f"{where}: unknown county {c}")
                elif c not in tf and not any(s in tf for s in COUNTIES[c]):
                    err(f"{where}: county {c} not in page")
            pc = a.get("primary_county")
            if pc and pc != "全市" and pc not in COUNTIES:
                err(f"{where}: bad primary {pc}")
            for f in a.get("key_figures", []):
                if set(f) - {"county", "metric", "value", "unit", "period", "approx", "kind"}:
                    err(f"{where}: extra figure keys {set(f)}")
                if not num_in(f["value"], tf):
                    err(f"{where}: value {f['value']} not in page")
                if flat(f["metric"]) not in tf:
                    err(f"{where}: metric {f['metric']} not in page")
                if f["unit"] not in tf:
                    err(f"{where}: unit {f['unit']} not in page")
                if f["period"] and flat(f["period"]) not in tf:
                    err(f"{where}: period {f['period']} not in page")
                if f["county"] != "全市" and f["county"] not in COUNTIES:
                    err(f"{where}: bad figure county {f['county']}")
        if not m:
            # issue date = day after the latest datelined date
            all_dates = [dt.date.fromisoformat(a["event_date"]) for a in gold["articles"]
                         if a.get("event_date") and a.get("dateline_place")]
            if all_dates and max(all_dates) + dt.timedelta(days=1) != issue:
                err(f"issue_date {issue} != day after latest dateline {max(all_dates)}")
        else:
            if m.group(1) != gold["issue_date"]:
                err("file-name date != issue_date")
        n_real = sum(1 for a in gold["articles"] if a.get("real", True))
        print(f"{g.name}: {len(gold['articles'])} items, {n_real} real, {size} bytes")
    print("errors:", errors)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
