#!/usr/bin/python3
"""Writes the .xlsx files tst_xlsximport and tst_cli_import read:
python3 xlsx-fixtures.py SAMPLE.csv OUTDIR.

12345-2024-MM.xlsx are the hotline's work-order exports of four months. ledger.xlsx holds the
rows of SAMPLE.csv as an office's workbook does, written by openpyxl (as Debian's
python3-openpyxl writes them): a title row merged across the columns, a header over two
rows with merged cells, dates as date cells under three number formats (text where the CSV has
a date Excel would not recognise), digit-only phones as numbers, empty formatted rows at the
end, and a second sheet. The others are small or hostile workbooks, most written by hand with
zipfile because openpyxl never writes them so.
"""
import csv
import datetime
import os
import re
import sys
import zipfile

import openpyxl
from openpyxl.styles import Alignment
from openpyxl.utils.datetime import CALENDAR_MAC_1904

sample, out = sys.argv[1], sys.argv[2]
with open(sample, encoding="utf-8-sig", newline="") as f:
    rows = list(csv.reader(f))
header, data = rows[0], [r for r in rows[1:] if any(c.strip() for c in r)]

wb = openpyxl.Workbook()
ws = wb.active
ws.title = "汇总"
ws.append(["2024年乌审旗政企恳谈会企业诉求汇总表"])
ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(header))
# Row 2: the group heading 企业信息 over 提交单位..联系电话 (columns 2-5); every other heading
# merged down over rows 2 and 3.
ws.cell(row=2, column=2, value="企业信息")
ws.merge_cells(start_row=2, start_column=2, end_row=2, end_column=5)
for c, name in enumerate(header, start=1):
    if 2 <= c <= 5:
        ws.cell(row=3, column=c, value=name)
    else:
        ws.cell(row=2, column=c, value=name)
        ws.merge_cells(start_row=2, start_column=c, end_row=3, end_column=c)
    ws.cell(row=2, column=c).alignment = Alignment(horizontal="center", vertical="center")
formats = ["yyyy-mm-dd", 'yyyy"年"m"月"d"日"', "m/d/yyyy"]
for i, r in enumerate(data):
    excel_row = 4 + i
    for c, value in enumerate(r, start=1):
        name = header[c - 1]
        cell = ws.cell(row=excel_row, column=c)
        m = re.fullmatch(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})", value)
        if name == "提交日期" and m:
            cell.value = datetime.date(*map(int, m.groups()))
            cell.number_format = formats[i % len(formats)]
        elif name == "联系电话" and re.fullmatch(r"1\d{10}", value):
            cell.value = int(value)  # as Excel stores a phone typed into a General cell
        else:
            cell.value = value or None
for r in range(4 + len(data), 4 + len(data) + 5):  # formatted, never filled
    ws.cell(row=r, column=3).number_format = "@"
second = wb.create_sheet("第二批")
second.append(header)
second.append(["", "乌审旗第二批测试公司", "", "赵敏", 15004770987, datetime.date(2024, 7, 8),
               "走访", "第二批的问题", "", "", "", "否", "否", ""])
wb.save(os.path.join(out, "ledger.xlsx"))

# Row 4 (under a title and the header) has a date that is none.
wb = openpyxl.Workbook()
ws = wb.active
ws.append(["附件1 报名申请表"])
ws.append(["提交单位", "提交日期", "困难问题"])
ws.append(["乌审旗甲公司", datetime.date(2024, 7, 5), "问题一"])
ws.append(["乌审旗乙公司", "下周", "问题二"])
wb.save(os.path.join(out, "bad-row.xlsx"))

# The 12345 hotline's work-order exports of two months: the orders still open in June come
# again in July (and one twice), beside columns of the hotline's own. In August the platform
# renamed 承办单位 to 处理部门.
HOTLINE = ["工单编号", "来电时间", "来电人", "联系电话", "企业名称", "诉求内容", "承办单位",
           "工单状态"]
ORDERS = {
    "GD202406010001": [datetime.datetime(2024, 6, 3, 9, 15, 22), "王建军", 13947712345,
                       "乌审旗蒙泰能源化工有限公司", "项目用地预审迟迟未批复", "乌审旗自然资源局",
                       "办理中"],
    "GD202406010002": ["2024-06-05 14:02:10", "张丽", "0477-7512368",
                       "内蒙古乌审旗绿源牧业有限公司", "牧场道路积水无法通行", "乌审旗交通运输局",
                       "办理中"],
    "GD202406010003": [datetime.datetime(2024, 6, 7, 16, 40), "刘兴旺", 13847710023,
                       "鄂尔多斯市嘎鲁图镇兴旺建材商行", "年报系统无法提交", "乌审旗市场监督管理局",
                       "已办结"],
    "GD202407010001": [datetime.datetime(2024, 7, 2, 10, 5), "李志强", 15004770987,
                       "乌审旗工商业联合会", "货车通行证办理往返多个窗口", "乌审旗交通运输局",
                       "待处理"],
    "GD202408010001": [datetime.datetime(2024, 8, 1, 8, 30), "赵敏", 13804770556,
                       "乌审旗博源天然气化工有限公司", "员工子女入学证明材料过多", "乌审旗教育体育局",
                       "待处理"],
    "GD202409010001": [datetime.datetime(2024, 9, 2, 11, 0), "孙强", 18647751234,
                       "乌审旗苏里格物流有限公司", "物流园区路灯损坏", "乌审旗住房和城乡建设局",
                       "待处理"],
}


def hotline(name, orders, header=HOTLINE):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "工单导出"
    ws.append(header)
    for order in orders:
        ws.append([order] + ORDERS[order])
    for row in ws.iter_rows(min_row=2, min_col=2, max_col=2):
        row[0].number_format = "yyyy-mm-dd hh:mm:ss"
    wb.save(os.path.join(out, name))


hotline("12345-2024-06.xlsx", ["GD202406010001", "GD202406010002", "GD202406010003"])
hotline("12345-2024-07.xlsx", ["GD202406010001", "GD202406010002", "GD202407010001",
                               "GD202406010002"])
RENAMED = [h if h != "承办单位" else "处理部门" for h in HOTLINE]
hotline("12345-2024-08.xlsx", ["GD202408010001"], RENAMED)
hotline("12345-2024-09.xlsx", ["GD202409010001"], RENAMED)

# Dates on the 1904 base (Excel for Mac before 2011), a date-time cell, a boolean.
wb = openpyxl.Workbook()
wb.epoch = CALENDAR_MAC_1904
ws = wb.active
ws.append(["提交单位", "提交日期", "困难问题", "紧急"])
ws.append(["乌审旗一九零四公司", datetime.datetime(2024, 7, 5, 9, 30), "日期基准", True])
ws["B2"].number_format = "yyyy-mm-dd hh:mm"
wb.save(os.path.join(out, "date1904.xlsx"))

# A workbook from its parts, as other writers lay them out.
CONTENT_TYPES = ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.'
                 'openxmlformats.org/package/2006/content-types"/>')
ROOT_RELS = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
             'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="'
             'http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
             'officeDocument" Target="xl/workbook.xml"/></Relationships>')
WORKBOOK = ('<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats'
            '.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/'
            'officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" '
            'r:id="rId1"/></sheets></workbook>')
WORKBOOK_RELS = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
                 'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="'
                 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet"'
                 ' Target="/xl/worksheets/sheet1.xml"/>{extra}</Relationships>')
SST_REL = ('<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
           'relationships/sharedStrings" Target="sharedStrings.xml"/>')


def sheet(rows_xml):
    return ('<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.'
            'openxmlformats.org/spreadsheetml/2006/main"><sheetData>' + rows_xml +
            '</sheetData></worksheet>')


def workbook(name, parts):
    with zipfile.ZipFile(os.path.join(out, name), "w", zipfile.ZIP_DEFLATED) as z:
        for part, text in parts.items():
            z.writestr(part, text)


def inline(ref, text):
    return f'<c r="{ref}" t="inlineStr"><is><t xml:space="preserve">{text}</t></is></c>'


base = {"[Content_Types].xml": CONTENT_TYPES, "_rels/.rels": ROOT_RELS,
        "xl/workbook.xml": WORKBOOK, "xl/_rels/workbook.xml.rels": WORKBOOK_RELS.format(extra="")}
# Inline strings, a rich-text shared string with a phonetic guide, numbers stored as floats,
# an escaped underscore; no styles part at all.
workbook("inline.xlsx", dict(base, **{
    "xl/_rels/workbook.xml.rels": WORKBOOK_RELS.format(extra=SST_REL),
    "xl/sharedStrings.xml": '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/'
                            'main"><si><r><t>乌审旗</t></r><r><rPr><b/></rPr><t>内联公司</t></r>'
                            '<rPh sb="0" eb="1"><t>WU</t></rPh></si></sst>',
    "xl/worksheets/sheet1.xml": sheet(
        '<row r="1">' + inline("A1", "提交单位") + inline("B1", "联系电话") +
        inline("C1", "提交日期") + inline("D1", "困难问题") + inline("E1", "统一社会信用代码") +
        '</row><row r="2"><c r="A2" t="s"><v>0</v></c><c r="B2"><v>1.3947712345E10</v></c>'
        + inline("C2", "2024年7月5日") + inline("D2", "a_x005F_b 问题") +
        '<c r="E2"><v>911506260000000000</v></c></row>'),
}))
# Hostile and broken files.
with open(os.path.join(out, "not-a-zip.xlsx"), "wb") as f:
    f.write(b"PK\x03\x04" + b"\x00garbage" * 100)
with open(os.path.join(out, "old.xls"), "wb") as f:
    f.write(b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1" + b"\x00" * 504)
workbook("word.xlsx", {"[Content_Types].xml": CONTENT_TYPES, "word/document.xml": "<w/>"})
workbook("no-workbook.xlsx", {"[Content_Types].xml": CONTENT_TYPES})
workbook("no-sheet-part.xlsx", {k: v for k, v in base.items()})
workbook("malformed.xlsx", dict(base, **{"xl/worksheets/sheet1.xml": sheet('<row r="1"><c>')}))
workbook("bad-string-index.xlsx", dict(base, **{
    "xl/worksheets/sheet1.xml": sheet('<row r="1"><c r="A1" t="s"><v>7</v></c></row>')}))
many = "<si><t/></si>" * 2_000_001
workbook("huge-sst.xlsx", dict(base, **{
    "xl/_rels/workbook.xml.rels": WORKBOOK_RELS.format(extra=SST_REL),
    "xl/sharedStrings.xml": '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/'
                            'main">' + many + "</sst>",
    "xl/worksheets/sheet1.xml": sheet("")}))
# A few hundred kilobytes that inflate past the cap of one part (256 MB).
with zipfile.ZipFile(os.path.join(out, "bomb.xlsx"), "w", zipfile.ZIP_DEFLATED) as z:
    for part, text in base.items():
        z.writestr(part, text)
    with z.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as f:
        block = b" " * (1 << 20)
        for _ in range(260):
            f.write(block)
