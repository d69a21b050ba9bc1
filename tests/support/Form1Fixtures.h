#pragma once

// Filled 附件1 forms as enterprises return them, for the tests that read them (tst_form1import)
// and drop them on the appeals page (tst_appealdrop): each seed's wording, spaced and broken
// labels, merged value cells, a label above its value; written as HTML tables and turned into
// .docx (and .doc) by LibreOffice Writer.

#include "tests/support/Soffice.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QString>

namespace Form1Fixtures {

using namespace Qt::StringLiterals;

struct Files {
    QString form000;  // 报名申请表-蒙泰.docx, seed 000's wording
    QString form004;  // 议题表-绿源.docx, seed 004's wording
    QString notAForm; // 会议纪要.docx: a table, but no 附件1
    QString doc000;   // form000 saved as Word 97-2003 (.doc)
    QString wps004;   // form004 as WPS writes it by default: a Word 97 file named .wps

    bool ok() const {
        return !form000.isEmpty() && !form004.isEmpty() && !notAForm.isEmpty() &&
               !doc000.isEmpty() && !wps004.isEmpty();
    }
};

// `body` as an HTML page converted to `name`.docx in `dir` by Writer; empty when it failed.
inline QString docx(const QString &dir, const QString &name, const QString &body) {
    const QString html = dir + u'/' + name + u".html"_s;
    QFile f(html);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write((u"<html><head><meta charset=\"utf-8\"></head><body>"_s + body + u"</body></html>"_s)
                .toUtf8());
    f.close();
    return Soffice::convert(QStandardPaths::findExecutable(u"soffice"_s), html,
                            u"docx:MS Word 2007 XML"_s, dir);
}

// The forms written into `dir` (the Word 97 ones into `dir`/word97).
inline Files write(const QString &dir) {
    Files files;
    // Seed 000 (通辽): 报名申请表, 提交单位 / 企业负责人, values merged over three columns.
    files.form000 =
        docx(dir, u"报名申请表-蒙泰"_s,
             u"<p>附件1</p><p>通辽经济技术开发区政企畅谈会报名申请表</p>"
             "<p>编号：TL2024-0007</p><table border=\"1\">"
             "<tr><td>提 交 单 位</td><td colspan=\"3\">通辽市蒙泰新材料有限公司</td></tr>"
             "<tr><td>企业负责人</td><td>王建军</td><td>联系电话：</td><td>13947712345</td></tr>"
             "<tr><td>提交日期</td><td colspan=\"3\">2024年7月5日</td></tr>"
             "<tr><td>困难<br>问题</td><td "
             "colspan=\"3\">项目用地预审迟迟未批复，<br>影响年内开工。</td></tr>"
             "<tr><td>意见建议</td><td colspan=\"3\">建议明确办理时限。</td></tr>"
             "<tr><td>备注（前期问题困难反映情况及初步结果）</td><td "
             "colspan=\"3\">曾向自然资源局书面反映。</td></tr>"
             "</table><p>注：1.收集困难问题可以是企业，也可以是企业行业性面临的困难和问题。</p>"_s);
    // Seed 004 (乌审旗): 议题表, 提交企业 / 负责人, 困难问题 and 意见建议 above their cells.
    files.form004 =
        docx(dir, u"议题表-绿源"_s,
             u"<p>附件1</p><p>乌审旗政务服务“亲清”政企恳谈会议题表</p><p>编号：</p>"
             "<table border=\"1\">"
             "<tr><td>提交企业</td><td>内蒙古乌审旗绿源牧业有限公司</td><td>负 责 "
             "人</td><td>张丽</td></tr>"
             "<tr><td>联系电话</td><td>0477-7512368</td><td>提交日期</td><td>2024-07-03</td></tr>"
             "<tr><td>困难问题</td><td>意见建议</td><td colspan=\"2\">备注</td></tr>"
             "<tr><td>牛场周边道路雨季积水</td><td>纳入农村道路维修计划</td><td "
             "colspan=\"2\"></td></tr>"
             "</table>"_s);
    files.notAForm = docx(dir, u"会议纪要"_s,
                          u"<p>会议纪要</p><table border=\"1\"><tr><td>议程</td><td>"
                          "发言</td></tr></table>"_s);
    if (files.form000.isEmpty() || files.form004.isEmpty())
        return files;
    const QString soffice = QStandardPaths::findExecutable(u"soffice"_s);
    const QString old = dir + u"/word97"_s;
    files.doc000 = Soffice::convert(soffice, files.form000, u"doc:MS Word 97"_s, old);
    const QString doc004 = Soffice::convert(soffice, files.form004, u"doc:MS Word 97"_s, old);
    if (!doc004.isEmpty() && QFile::rename(doc004, old + u"/议题表-绿源.wps"_s))
        files.wps004 = old + u"/议题表-绿源.wps"_s;
    return files;
}

} // namespace Form1Fixtures
