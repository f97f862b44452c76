"""One-off import tool: (re)writes data/corpus/articles.jsonl and tests/fixtures/gold/warta.jsonl.

Run by hand from the repo root when the sources change (never at run or test time):

    .venv/bin/python data/corpus/make_articles.py /work/shared

It reads the five seed articles (`<shared>/seeds/*.txt`) and the dev set (`<shared>/dev/gold.jsonl`),
adds the articles written for Warta (data/corpus/authored.py), assigns every article to one of the
three demo portals and writes one JSON object a line. See data/corpus/README.md for provenance.
"""
from __future__ import annotations

import json
import re
import sys
import zlib
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
sys.path.insert(0, str(HERE))

from authored import AUTHORED  # noqa: E402

# Seeds: which lines are page chrome that the portal template renders itself (title, byline, date),
# the title where the saved text has none, and the publication time read from the text.
SEEDS = {
    "seed-000": dict(file="000_7228bb69c33b3db0.txt", portal="warta-wp", title_line=0,
                     published="2023-05-05T16:42:00+07:00", author="Klikpositif",
                     slug="terbaik-tingkat-sumbar-kabupaten-solok-bidik-10-besar-nasional"),
    "seed-001": dict(file="001_b67b6900fd7a7216.txt", portal="warta-disway", title_line=0,
                     published="2024-03-16T23:15:00+07:00", author="Muharista Delda",
                     editor="M. Rizki Amanda Lubis", chrome=("Sabtu 16 Mar 2024", "Reporter :", "Editor :"),
                     strip_tail="Kategori :",
                     slug="pemkab-lebong-minta-kecamatan-menjaga-sinergitas-sampai-ke-rt"),
    "seed-002": dict(file="002_67a6f0cd5f4079b6.txt", portal="warta-lembaga",
                     title="Ombudsman Kalsel Kunjungi Kabupaten Hulu Sungai Selatan",
                     chrome=("•", "Artikel", "Ombudsman Kalsel Kunjungi Kabupaten Hulu Sungai Selatan",
                             "ARTIKEL •"),
                     published="2021-03-04T10:30:00+08:00", author="Rujalinor",
                     slug="ombudsman-kalsel-kunjungi-kabupaten-hulu-sungai-selatan"),
    "seed-003": dict(file="003_b4e8eff6964628c6.txt", portal="warta-wp",
                     title="Pemkab Kapuas Monev Kerja Sama dengan Ombudsman Kalteng",
                     strip_tail="Discussion about this post",
                     published="2019-03-12T15:05:00+07:00", author="Kalamanthana",
                     slug="pemkab-kapuas-monev-kerja-sama-dengan-ombudsman-kalteng"),
    "seed-004": dict(file="004_2ec46e6dd022c869.txt", portal="warta-wp",
                     title="Hari Pertama Dinas, Wabup Solok Pimpin Rakor Pemerintahan",
                     published="2025-02-24T13:10:00+07:00", author="Hendrik",
                     slug="hari-pertama-dinas-wabup-solok-pimpin-rakor-pemerintahan"),
}

# Dev articles: portal, and the publication date where the dev set gives none (read from the dateline).
DEV_PORTAL = {
    "d001": "warta-lembaga", "d002": "warta-wp", "d003": "warta-lembaga", "d004": "warta-lembaga",
    "d005": "warta-lembaga", "d006": "warta-wp", "d007": "warta-wp", "d008": "warta-wp",
    "d009": "warta-disway", "d010": "warta-disway", "d011": "warta-disway", "d012": "warta-lembaga",
    "d013": "warta-wp", "d014": "warta-disway", "d015": "warta-disway", "d016": "warta-lembaga",
    "d017": "warta-lembaga", "d018": "warta-wp", "d019": "warta-disway", "d020": "warta-disway",
}
# UTC offset of the province an article is about (WIB +07, WITA +08, WIT +09).
PROVINCE_OFFSET = {"Kalimantan Selatan": "+08:00", "Kalimantan Timur": "+08:00",
                   "Kalimantan Utara": "+08:00"}
DEV_AUTHORS = ["Redaksi", "Tim Liputan", "Andre Saputra", "Nurul Hidayah", "Rahmat Fauzi"]


def slugify(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:80].rstrip("-")


def clean_seed(key: str, spec: dict, raw: str) -> tuple[str, str]:
    lines = raw.split("\n")
    if "title_line" in spec:
        title = lines[spec["title_line"]].strip()
        lines = lines[spec["title_line"] + 1:]
    else:
        title = spec["title"]
    chrome = spec.get("chrome", ())
    body = []
    in_header = True
    for line in lines:
        s = line.strip()
        if in_header and (not s or any(s.startswith(c) for c in chrome)):
            continue
        in_header = False
        body.append(line.rstrip())
    text = "\n".join(body).strip()
    tail = spec.get("strip_tail")
    if tail and text.endswith(tail):
        text = text[: -len(tail)].rstrip()
    return title, text


def dev_published(rec: dict) -> str | None:
    provinces = set(rec["gold"].get("provinces", [])) | {r["province"] for r in rec["gold"]["regions"]}
    offset = next((PROVINCE_OFFSET[p] for p in sorted(provinces) if p in PROVINCE_OFFSET), "+07:00")
    hour = 8 + zlib.crc32(rec["id"].encode()) % 12
    minute = zlib.crc32(rec["id"].encode()[::-1]) % 60
    if rec.get("source_date"):
        return f"{rec['source_date']}T{hour:02d}:{minute:02d}:00{offset}"
    m = re.search(r"\((?:[A-Za-z']+,?\s*)?(\d{1,2})/(\d{1,2})(?:/(\d{4}))?\)", rec["text"])
    if not m or not m.group(3):
        return None  # the text gives no full date: the page shows none either
    d, mo, y = (int(x) for x in m.groups())
    return f"{y:04d}-{mo:02d}-{d:02d}T{hour:02d}:{minute:02d}:00{offset}"


def _byline(text: str, label: str) -> str | None:
    m = re.search(rf"^{label} : (.+)$", text, re.M)
    return m.group(1).strip() if m else None


def main(shared: Path) -> None:
    articles = []
    for key, spec in SEEDS.items():
        raw = (shared / "seeds" / spec["file"]).read_text(encoding="utf-8")
        title, text = clean_seed(key, spec, raw)
        articles.append({"id": key, "portal": spec["portal"], "slug": spec["slug"], "title": title,
                         "published": spec["published"], "author": spec["author"],
                         "editor": spec.get("editor"), "text": text, "source": "seed",
                         "source_url": None})
    for i, line in enumerate((shared / "dev" / "gold.jsonl").read_text(encoding="utf-8").splitlines()):
        rec = json.loads(line)
        if rec["id"] not in DEV_PORTAL:
            continue  # the seeds, imported above from their raw files
        title, _, body = rec["text"].partition("\n")
        articles.append({"id": rec["id"], "portal": DEV_PORTAL[rec["id"]], "slug": slugify(title),
                         "title": title.strip(), "published": dev_published(rec),
                         "author": _byline(body, "Reporter") or DEV_AUTHORS[i % len(DEV_AUTHORS)],
                         "editor": _byline(body, "Editor"),
                         "text": body.strip(), "source": "dev", "source_url": rec["source_url"]})
    gold_lines = []
    for a in AUTHORED:
        articles.append({"id": a["id"], "portal": a["portal"], "slug": slugify(a["title"]),
                         "title": a["title"], "published": a["published"], "author": a["author"],
                         "editor": a.get("editor"), "text": a["text"].strip(), "source": "warta",
                         "source_url": None})
        gold_lines.append({"id": a["id"], "source_url": None, "source_date": (a["published"] or "")[:10] or None,
                           "text": a["title"] + "\n\n" + a["text"].strip(), "gold": a["gold"]})
    slugs = [(a["portal"], a["slug"]) for a in articles]
    assert len(set(slugs)) == len(slugs), "duplicate slug"
    with open(HERE / "articles.jsonl", "w", encoding="utf-8") as fh:
        for a in articles:
            fh.write(json.dumps(a, ensure_ascii=False) + "\n")
    gold_path = REPO / "tests" / "fixtures" / "gold" / "warta.jsonl"
    gold_path.parent.mkdir(parents=True, exist_ok=True)
    with open(gold_path, "w", encoding="utf-8") as fh:
        for g in gold_lines:
            fh.write(json.dumps(g, ensure_ascii=False) + "\n")
    print(f"{len(articles)} articles, {len(gold_lines)} gold lines")


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "/work/shared"))
