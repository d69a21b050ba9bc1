#!/usr/bin/env python3
"""Writes the hostile-CSV corpus: files a damaged disk, a careless export or an attacker could
hand `qinqing-cli import appeals`, each with what must happen in cases.tsv. tst_hostilecsv
imports every file into an empty database and checks the outcome, the message, that nothing
was stored from a refused file and that no control character reaches the terminal.

Run it from this folder after changing a case: python3 make-corpus.py
cases.tsv columns: file, outcome (imported | refused), a regular expression the error output
must match (refused) or FIELD=VALUE the stored appeal must hold (imported; empty for none);
backslashes, tabs, line feeds and control characters in the third column are written as
\\\\, \\t, \\n and \\uXXXX.
"""
import codecs
import os

HERE = os.path.dirname(os.path.abspath(__file__))
HEADER = ["编号", "提交单位", "企业负责人", "联系电话", "提交日期", "困难问题", "意见建议", "领域"]
ROW = ["HC-0001", "乌审旗某能源有限公司", "王小明", "13912345678", "2024-06-01",
       "项目用地手续办理缓慢", "加快审批", "用地"]
COLUMN = dict(zip(["number", "unit", "person", "phone", "date", "problem", "suggestions",
                   "domain"], range(len(HEADER))))
cases = []


def quote(cell):
    if any(c in cell for c in ',"\r\n'):
        return '"' + cell.replace('"', '""') + '"'
    return cell


def csv_text(rows, eol="\r\n"):
    return "".join(",".join(quote(c) for c in r) + eol for r in rows)


def row_with(**fields):
    r = list(ROW)
    for k, v in fields.items():
        r[COLUMN[k]] = v
    return r


def write(name, data, outcome, expect=""):
    if isinstance(data, str):
        data = data.encode("utf-8")
    with open(os.path.join(HERE, name), "wb") as f:
        f.write(data)
    cases.append((name, outcome, expect))


def refused_cell(name, field, value, header, code):
    write(name, csv_text([HEADER, row_with(**{field: value})]), "refused",
          r"row 2: %s: holds the control character U\+%s" % (header, code))


# 1. Control characters in cells: terminal escape sequences, C0 and C1 controls, bidi overrides.
controls = [
    ("esc-clear", "\x1b[2J\x1b[H已处理", "001B"),
    ("esc-title", "\x1b]0;pwned\x07用地", "001B"),
    ("esc-colour", "\x1b[31m红色\x1b[0m", "001B"),
    ("esc-hide", "用地\x1b[8m隐藏文字\x1b[0m", "001B"),
    ("esc-answerback", "\x1b[21t\x1b[c", "001B"),
    ("bel", "提醒\x07\x07\x07", "0007"),
    ("backspace", "同意\x08\x08不同意", "0008"),
    ("vertical-tab", "第一行\x0b第二行", "000B"),
    ("form-feed", "第一页\x0c第二页", "000C"),
    ("del", "删除\x7f", "007F"),
    ("c1-csi", "用地\u009b2J", "009B"),
    ("c1-nel", "用地\u0085审批", "0085"),
    ("bidi-rlo", "王\u202e明小", "202E"),
    ("bidi-lri", "\u2066用地\u2069", "2066"),
    ("so-si", "\x0e切换\x0f", "000E"),
    ("unit-sep", "甲\x1f乙", "001F"),
    ("noncharacter", "用地\uffff", "FFFF"),
]
headers = {"problem": "困难问题", "unit": "提交单位", "person": "企业负责人",
           "phone": "联系电话", "suggestions": "意见建议", "domain": "领域", "number": "编号"}
fields = list(headers)
for i, (name, value, code) in enumerate(controls):
    for field in (fields[i % len(fields)], "problem") if fields[i % len(fields)] != "problem" \
            else ("problem", "unit"):
        refused_cell("control-%s-%s.csv" % (name, field), field, value, headers[field], code)
write("control-in-header.csv", csv_text([HEADER[:5] + ["困难\x1b[2J问题"] + HEADER[6:], ROW]),
      "refused", r"row 1: .*unknown column")
write("control-esc-in-date.csv", csv_text([HEADER, row_with(date="2024-06-01\x1b[2J")]),
      "refused", r"row 2: 提交日期: holds the control character U\+001B")
write("control-esc-unheaded.csv", csv_text([HEADER, ROW + ["\x1b[2J"]]), "refused",
      r"row 2: column 9: has the value")
write("control-esc-in-row-5.csv",
      csv_text([HEADER] + [row_with(number="HC-%04d" % n) for n in range(1, 4)] +
               [row_with(number="HC-0004", problem="正常\x1b[2J")]), "refused",
      r"row 5: 困难问题: holds the control character U\+001B \(ESC\) at character 3")

# 2. NUL bytes: never text. One NUL as the whole problem must not pass "required".
write("nul-inside-problem.csv", csv_text([HEADER, row_with(problem="用地\x00预审")]), "refused",
      r"line 2: the file holds a NUL")
write("nul-only-problem.csv", csv_text([HEADER, row_with(problem="\x00")]), "refused",
      r"line 2: the file holds a NUL")
write("nul-in-header.csv", csv_text([["编号\x00"] + HEADER[1:], ROW]), "refused",
      r"line 1: the file holds a NUL")
write("nul-at-end.csv", csv_text([HEADER, ROW]) + "\x00", "refused",
      r"line 3: the file holds a NUL")
write("nul-row-4.csv", csv_text([HEADER, row_with(number="HC-0001"), row_with(number="HC-0002"),
                                 row_with(number="HC-0003", unit="甲\x00乙")]),
      "refused", r"line 4: the file holds a NUL")

# 3. Encodings.
good = csv_text([HEADER, ROW])
write("utf16le-bom.csv", codecs.BOM_UTF16_LE + good.encode("utf-16-le"), "imported",
      "submitting_unit=乌审旗某能源有限公司")
write("utf16be-bom.csv", codecs.BOM_UTF16_BE + good.encode("utf-16-be"), "imported",
      "submitting_unit=乌审旗某能源有限公司")
write("utf16le-no-bom.csv", good.encode("utf-16-le"), "imported", "problem=项目用地手续办理缓慢")
write("utf16be-no-bom.csv", good.encode("utf-16-be"), "imported", "problem=项目用地手续办理缓慢")
write("utf16le-bom-tabs.csv", codecs.BOM_UTF16_LE + good.replace(",", "\t").encode("utf-16-le"),
      "imported", "submitting_unit=乌审旗某能源有限公司")
write("utf16le-astral.csv", codecs.BOM_UTF16_LE + csv_text(
    [HEADER, row_with(problem="用地𠮷审批")]).encode("utf-16-le"), "imported", "problem=用地𠮷审批")
lone = csv_text([HEADER, row_with(number="HC-0001"), row_with(number="HC-0002", problem="用地X")])
lone_le = codecs.BOM_UTF16_LE + lone.encode("utf-16-le")
at = lone_le.index("X".encode("utf-16-le"))
write("utf16le-lone-high-surrogate.csv", lone_le[:at] + b"\x3d\xd8" + lone_le[at + 2:], "refused",
      r"line 3: the file is UTF-16 but has a damaged character")
write("utf16le-lone-low-surrogate.csv", lone_le[:at] + b"\x00\xdc" + lone_le[at + 2:], "refused",
      r"line 3: the file is UTF-16 but has a damaged character")
lone_be = codecs.BOM_UTF16_BE + lone.encode("utf-16-be")
at = lone_be.index("X".encode("utf-16-be"))
write("utf16be-bom-broken.csv", lone_be[:at] + b"\xd8\x3d" + lone_be[at + 2:], "refused",
      r"line 3: the file is UTF-16 but has a damaged character")
write("utf16le-odd-length.csv", codecs.BOM_UTF16_LE + good.encode("utf-16-le") + b"\x41",
      "refused", r"line 3: the file is UTF-16 but ends in half a character")
write("utf32le-bom.csv", codecs.BOM_UTF32_LE + good.encode("utf-32-le"), "refused",
      r"the file is UTF-32")
utf8 = csv_text([HEADER, row_with(number="HC-0001"), row_with(number="HC-0002"),
                 row_with(number="HC-0003", problem="用地X审批")]).encode("utf-8")
at = utf8.index(b"X")
write("utf8-broken-byte-line-4.csv", utf8[:at] + b"\xff" + utf8[at + 1:], "refused",
      r"line 4: the file is UTF-8 but has bytes here that are not a character")
write("utf8-bom-broken-byte-line-4.csv", codecs.BOM_UTF8 + utf8[:at] + b"\xe7\x94" + utf8[at + 1:],
      "refused", r"line 4: the file is UTF-8 but has bytes")
write("utf8-overlong-slash.csv", utf8[:at] + b"\xc0\xaf" + utf8[at + 1:], "refused",
      r"line 4: the file is UTF-8 but has bytes")
write("utf8-encoded-surrogate.csv", utf8[:at] + b"\xed\xa0\x80" + utf8[at + 1:], "refused",
      r"line 4: the file is UTF-8 but has bytes")
write("utf8-beyond-unicode.csv", utf8[:at] + b"\xf4\x90\x80\x80" + utf8[at + 1:], "refused",
      r"line 4: the file is UTF-8 but has bytes")
write("utf8-cut-at-end.csv", utf8 + "用".encode("utf-8")[:2], "refused",
      r"line 5: the file is UTF-8 but has bytes")
gb = csv_text([HEADER, row_with(number="HC-0001"), row_with(number="HC-0002"),
               row_with(number="HC-0003", problem="用地X审批")]).encode("gb18030")
write("gb18030.csv", gb.replace(b"X", b"Y"), "imported", "problem=用地Y审批")
at = gb.index(b"X")
write("gb18030-broken-line-4.csv", gb[:at] + b"\xff" + gb[at + 1:], "refused",
      r"line 4: the file is neither UTF-8 nor GB18030")
write("gbk-euro.csv", csv_text([HEADER, row_with(problem="费用€100")]).encode("gb18030"),
      "imported", "problem=费用€100")
write("utf8-bom-ok.csv", codecs.BOM_UTF8 + good.encode("utf-8"), "imported",
      "responsible_person=王小明")
write("ctrl-z-at-end.csv", good + "\x1a", "imported", "domain=用地")
write("utf8-emoji.csv", csv_text([HEADER, row_with(problem="用地👍审批")]), "imported",
      "problem=用地👍审批")
write("zero-width-space.csv", csv_text([HEADER, row_with(problem="用地\u200b审批")]), "imported",
      "problem=用地\u200b审批")

# 4. Sizes and shapes.
write("problem-10001-chars.csv", csv_text([HEADER, row_with(problem="问" * 10001)]), "refused",
      r"row 2: 困难问题: is 10,001 characters long; at most 10,000 fit")
write("problem-10000-chars.csv", csv_text([HEADER, row_with(problem="问" * 10000)]), "imported",
      "")
write("unit-201-chars.csv", csv_text([HEADER, row_with(unit="甲" * 201)]), "refused",
      r"row 2: 提交单位: is 201 characters long; at most 200 fit")
write("phone-61-chars.csv", csv_text([HEADER, row_with(phone="1" * 61)]), "refused",
      r"row 2: 联系电话: is 61 characters long")
write("columns-1500.csv", csv_text([HEADER, ROW + [""] * 1500]), "refused",
      r"line 2 \(row 2\): more than 1000 columns")
write("header-only.csv", csv_text([HEADER]), "refused", r"the file has a header but no appeals")
write("empty.csv", b"", "refused", r"the file has no header row")
write("bom-only.csv", codecs.BOM_UTF8, "refused", r"the file has no header row")
write("whitespace-only.csv", " \r\n\t\r\n", "refused", r"the file has no header row")
write("unclosed-quote.csv", csv_text([HEADER, ROW]) + 'HC-0002,"未闭合,王,1,2024-06-01,问题\r\n',
      "refused", r"line 3 \(row 3\): a quoted field is not closed")
write("cr-line-ends.csv", csv_text([HEADER, ROW], eol="\r"), "imported", "number=HC-0001")
write("lf-line-ends.csv", csv_text([HEADER, ROW], eol="\n"), "imported", "number=HC-0001")
write("semicolons.csv", good.replace(",", ";"), "imported", "number=HC-0001")
write("blank-lines.csv", "\r\n,,,\r\n" + csv_text([HEADER]) + "\r\n" + csv_text([ROW]) + ",,,\r\n",
      "imported", "number=HC-0001")
write("duplicate-header.csv", csv_text([HEADER + ["困难问题"], ROW + ["又一个"]]), "refused",
      r"row 1: 困难问题: names the same field")
write("formula-cells.csv", csv_text([HEADER, row_with(
    unit="=HYPERLINK(\"http://evil.example\",\"点击\")", problem="+cmd|' /C calc'!A0")]),
      "imported", "problem=+cmd|' /C calc'!A0")
write("quote-in-unquoted.csv", csv_text([HEADER, row_with(problem='他说"你好"')]), "imported",
      'problem=他说"你好"')
write("multiline-cell.csv", csv_text([HEADER, row_with(problem="第一行\n第二行\n第三行")]),
      "imported", "problem=第一行\n第二行\n第三行")
write("tab-in-cell.csv", csv_text([HEADER, row_with(problem="用地\t审批")]), "imported",
      "problem=用地\t审批")

# 5. Not CSV at all.
write("xlsx-workbook.csv", b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00" + b"\x00" * 64,
      "refused", r"zip archive")
write("pdf-file.csv", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n" + b"\x00" * 8,
      "refused", r"a PDF document")
write("sqlite-file.csv", b"SQLite format 3\x00" + b"\x10\x00\x01\x01" + b"\x00" * 80, "refused",
      r"an SQLite database")
write("png-image.csv", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + b"\x00" * 32, "refused",
      r"the file is an image")

# 6. Many bad rows: the error output is capped and summarised.
bad_rows = [row_with(number="HC-%04d" % n, date="下周") for n in range(1, 3001)]
write("bad-dates-3000-rows.csv", csv_text([HEADER] + bad_rows), "refused",
      r"(?s)row 2: 提交日期: \"下周\" is not a date.*… and 2,980 more errors not shown "
      r"\(提交日期 2,980\).*nothing imported: 3,000 rows have errors")

def escape(text):
    """Backslash, tab, line feed and other control characters as \\\\, \\t, \\n, \\uXXXX."""
    out = []
    for c in text:
        if c == "\\":
            out.append("\\\\")
        elif c == "\n":
            out.append("\\n")
        elif c == "\t":
            out.append("\\t")
        elif ord(c) < 0x20 or 0x7f <= ord(c) <= 0x9f:
            out.append("\\u%04x" % ord(c))
        else:
            out.append(c)
    return "".join(out)


with open(os.path.join(HERE, "cases.tsv"), "w", encoding="utf-8", newline="\n") as f:
    f.write("# file\toutcome\texpectation (see make-corpus.py)\n")
    for name, outcome, expect in cases:
        f.write("%s\t%s\t%s\n" % (name, outcome, escape(expect)))
print(len(cases), "cases")
