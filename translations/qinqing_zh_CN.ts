<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AppVersion</name>
    <message>
        <source>%1 (commit unknown)</source>
        <translation>%1（提交未知）</translation>
    </message>
</context>
<context>
    <name>AppealConflictRows</name>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>(this office)</source>
        <translation>（本单位）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
</context>
<context>
    <name>AppealCsvImporter</name>
    <message>
        <source>row %1: %2: %3</source>
        <translation>第 %1 行：%2：%3</translation>
    </message>
    <message>
        <source>row %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>there is no such file</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <source>unknown column</source>
        <translation>未知列</translation>
    </message>
    <message>
        <source>unknown column; the known columns are %1</source>
        <translation>未知列；可识别的列为 %1</translation>
    </message>
    <message>
        <source>names the same field as the column %1</source>
        <translation>与列 %1 对应同一字段</translation>
    </message>
    <message>
        <source>the column is missing (every appeal needs it; the English header %1 works too)</source>
        <translation>缺少该列（每条诉求均须填写；也可使用英文表头 %1）</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>第 %1 列</translation>
    </message>
    <message>
        <source>has the value &quot;%1&quot; but the column has no header</source>
        <translation>有值“%1”，但该列没有表头</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; write it like %2</source>
        <translation>“%1”不是有效日期，请按 %2 的格式填写</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not 是 or 否 (yes or no)</source>
        <translation>“%1”不是“是”或“否”</translation>
    </message>
    <message>
        <source>%1 is also the number in row %2</source>
        <translation>%1 与第 %2 行的编号重复</translation>
    </message>
    <message>
        <source>%1 is Excel&apos;s scientific notation and the digits are lost; format the column as text in Excel, retype the numbers and save again</source>
        <translation>%1 为 Excel 科学计数法，数字已丢失；请在 Excel 中将该列设为文本格式，重新输入数字后再保存</translation>
    </message>
    <message>
        <source>%1 is the code of %2, already stored; the appeal is linked to that enterprise</source>
        <translation>%1 是已登记的 %2 的代码；该诉求已关联到该企业</translation>
    </message>
    <message>
        <source>%1 differs from the stored code %2 of %3; the stored code is kept</source>
        <translation>%1 与已登记的 %3 的代码 %2 不一致；保留已登记的代码</translation>
    </message>
    <message>
        <source>the file has no header row and no appeals</source>
        <translation>文件既无表头行，也无诉求</translation>
    </message>
    <message>
        <source>the file has a header but no appeals</source>
        <translation>文件有表头，但无诉求</translation>
    </message>
    <message>
        <source>cannot write the audit log</source>
        <translation>无法写入审计日志</translation>
    </message>
    <message>
        <source>the file is %1 MB; at most %2 MB are imported at once (about 300,000 appeals): split it into several files</source>
        <translation>文件大小为 %1 MB；每次最多导入 %2 MB（约 30 万条诉求），请拆分为几个文件后分别导入</translation>
    </message>
    <message>
        <source>is %1 characters long; at most %2 fit: shorten it (a long report can be attached to the appeal as a file)</source>
        <translation>长度为 %1 字，最多只能填写 %2 字：请删减（较长的材料可作为附件添加到该诉求）</translation>
    </message>
    <message>
        <source>cannot keep a copy of the database before importing: %1</source>
        <translation>导入前无法保留数据库副本：%1</translation>
    </message>
    <message>
        <source>the column is missing (the mapping %1 tells work orders imported before by it)</source>
        <translation>缺少该列（映射“%1”据此识别已导入过的工单）</translation>
    </message>
    <message>
        <source>is empty; every work order has a number</source>
        <translation>为空；每张工单都应有编号</translation>
    </message>
    <message>
        <source>%1 is also in row %2: skipped</source>
        <translation>%1 与第 %2 行重复：已跳过</translation>
    </message>
    <message>
        <source>%1 was imported before as %2: skipped</source>
        <translation>%1 此前已导入为 %2：已跳过</translation>
    </message>
    <message>
        <source>%1 was imported before as an appeal that has since been deleted: imported again</source>
        <translation>%1 此前导入的诉求已被删除：已重新导入</translation>
    </message>
</context>
<context>
    <name>AppealDetailDialog</name>
    <message>
        <source>&amp;Appeal</source>
        <translation>诉求(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Scans</source>
        <translation>扫描件(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>历史记录(&amp;H)</translation>
    </message>
    <message>
        <source>Appeal %1 no longer exists.</source>
        <translation>诉求 %1 已不存在。</translation>
    </message>
    <message>
        <source>Appeal %1 — %2</source>
        <translation>诉求 %1 — %2</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>添加时间</translation>
    </message>
    <message>
        <source>By</source>
        <translation>添加人</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>A&amp;ttach scan…</source>
        <translation>附加扫描件(&amp;T)…</translation>
    </message>
    <message>
        <source>Open scan</source>
        <translation>打开扫描件</translation>
    </message>
    <message>
        <source>No program is set up to open %1.</source>
        <translation>没有可打开 %1 的程序。</translation>
    </message>
    <message>
        <source>Attach scanned forms</source>
        <translation>附加扫描的表格</translation>
    </message>
    <message>
        <source>Scans (*.pdf *.jpg *.jpeg *.png);;All files (*)</source>
        <translation>扫描件 (*.pdf *.jpg *.jpeg *.png);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Attach scan</source>
        <translation>附加扫描件</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>打印(&amp;P)</translation>
    </message>
    <message>
        <source>Sign-up form (附件1)</source>
        <translation>报名申请表／议题表（附件1）</translation>
    </message>
    <message>
        <source>Visit booking form</source>
        <translation>来访企业预约登记表</translation>
    </message>
    <message>
        <source>Blank sign-up form (附件1)</source>
        <translation>空白报名申请表／议题表（附件1）</translation>
    </message>
    <message>
        <source>Appeal</source>
        <translation>诉求</translation>
    </message>
    <message>
        <source>Store the corrections (Ctrl+S); old and new values go into the history</source>
        <translation>保存更正（Ctrl+S），原值和新值记入历史记录</translation>
    </message>
    <message>
        <source>Sa&amp;ve changes</source>
        <translation>保存更正(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Undo changes</source>
        <translation>撤销更改(&amp;U)</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <source>Screening note: %1</source>
        <translation>甄别说明：%1</translation>
    </message>
    <message>
        <source>Topic: %1</source>
        <translation>议题：%1</translation>
    </message>
    <message>
        <source>Duplicate of: %1</source>
        <translation>重复于：%1</translation>
    </message>
    <message>
        <source>Assigned on %1 to %2, due %3</source>
        <translation>%1 交办 %2，办理时限 %3</translation>
    </message>
    <message>
        <source>Already assigned to %1: the number stays. Corrections are recorded in the history; if the text changed, print the assignment sheet again for the department.</source>
        <translation>已交办 %1：编号不可更改。更正内容记入历史记录；如文字有改动，请重新打印办理情况表交承办部门。</translation>
    </message>
    <message>
        <source>Changes saved.</source>
        <translation>更正已保存。</translation>
    </message>
    <message>
        <source>Unsaved corrections</source>
        <translation>更正未保存</translation>
    </message>
    <message>
        <source>The appeal has corrections that are not saved. Save them?</source>
        <translation>该诉求有尚未保存的更正。是否保存？</translation>
    </message>
    <message>
        <source>Handling sheet (附件2): %1, %2</source>
        <translation>办理情况表（附件2）：%1，%2</translation>
    </message>
    <message>
        <source>Evaluation form (附件3) of %1</source>
        <translation>评价表（附件3），%1</translation>
    </message>
</context>
<context>
    <name>AppealEntryDialog</name>
    <message>
        <source>Key in appeals</source>
        <translation>录入诉求</translation>
    </message>
    <message>
        <source>&amp;Save and next (Ctrl+Enter)</source>
        <translation>保存并录入下一条(&amp;S)（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>&amp;Attach scan…</source>
        <translation>附加扫描件(&amp;A)…</translation>
    </message>
    <message numerus="yes">
        <source>Saved %1. %n form(s) keyed in this session.</source>
        <translation>
            <numerusform>已保存 %1。本次已录入 %n 份表格。</numerusform>
        </translation>
    </message>
    <message>
        <source>Discard the form?</source>
        <translation>放弃该表格？</translation>
    </message>
    <message>
        <source>The form has typed text that is not saved. Discard it?</source>
        <translation>该表格有尚未保存的内容。是否放弃？</translation>
    </message>
    <message>
        <source>Attach scanned forms</source>
        <translation>附加扫描的表格</translation>
    </message>
    <message>
        <source>Scans (*.pdf *.jpg *.jpeg *.png);;All files (*)</source>
        <translation>扫描件 (*.pdf *.jpg *.jpeg *.png);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message numerus="yes">
        <source>%n dropped form(s) open after this sheet is saved.</source>
        <translation>
            <numerusform>拖入的 %n 份表格将在本张保存后依次打开。</numerusform>
        </translation>
    </message>
    <message>
        <source>From %1: check each field against the form, then save (Ctrl+Enter).</source>
        <translation>来自 %1：请逐项对照原表核对，再保存（Ctrl+Enter）。</translation>
    </message>
    <message numerus="yes">
        <source>%n more dropped form(s) follow.</source>
        <translation>
            <numerusform>其后还有 %n 份拖入的表格。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The form is not saved, and %n more dropped form(s) wait. Discard them all?</source>
        <translation>
            <numerusform>本表尚未保存，另有 %n 份拖入的表格等待录入。全部放弃？</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AppealEntryFields</name>
    <message>
        <source>Add to the enterprise registry</source>
        <translation>添加到企业名录</translation>
    </message>
    <message>
        <source>Concerns a whole &amp;industry</source>
        <translation>涉及整个行业(&amp;I)</translation>
    </message>
    <message>
        <source>U&amp;rgent</source>
        <translation>紧急(&amp;R)</translation>
    </message>
</context>
<context>
    <name>AppealEntryForm</name>
    <message>
        <source>&lt;i&gt;Not in the registry yet.&lt;/i&gt;</source>
        <translation>&lt;i&gt;尚未列入企业名录。&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;i&gt;In the registry.&lt;/i&gt;</source>
        <translation>&lt;i&gt;已列入企业名录。&lt;/i&gt;</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>Scans to attach: %1</source>
        <translation>待附加的扫描件：%1</translation>
    </message>
    <message>
        <source>Unsaved form</source>
        <translation>未保存的表格</translation>
    </message>
    <message>
        <source>A form typed on %1 (%2) was not saved, perhaps because the program or the computer stopped. Restore it?</source>
        <translation>%1（%2）录入的表格未保存，可能是程序或计算机意外停止所致。是否恢复？</translation>
    </message>
    <message>
        <source>no submitting unit yet</source>
        <translation>尚未填写提交单位</translation>
    </message>
    <message>
        <source>is required: a stored appeal keeps a number (it was %1)</source>
        <translation>不能为空：已登记的诉求须保留编号（原为 %1）</translation>
    </message>
    <message>
        <source>Appeal %1 no longer exists.</source>
        <translation>诉求 %1 已不存在。</translation>
    </message>
    <message>
        <source>Assigned on %1: the number is printed on the assignment sheets and stays.</source>
        <translation>已于 %1 交办：编号已印在办理情况表上，不可更改。</translation>
    </message>
    <message>
        <source>The appeal&apos;s number; it must stay unique.</source>
        <translation>诉求编号，不得与其他诉求重复。</translation>
    </message>
    <message>
        <source>The form shows the stored version now; nothing of yours was saved.</source>
        <translation>表单现已显示库中保存的内容；您刚才的修改未保存。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>The form gives the date as &quot;%1&quot;, which is no date: enter it from the paper</source>
        <translation>表中的提交日期写作“%1”，无法识别为日期：请对照原表手工填写</translation>
    </message>
    <message>
        <source>The number cannot be changed now: %1</source>
        <translation>编号现在不能修改：%1</translation>
    </message>
</context>
<context>
    <name>AppealEntryLayout</name>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Leave empty to number the appeal automatically.</source>
        <translation>留空则自动编号。</translation>
    </message>
    <message>
        <source>Submitting enterprise</source>
        <translation>提交企业</translation>
    </message>
    <message>
        <source>Submitting unit</source>
        <translation>提交单位</translation>
    </message>
    <message>
        <source>Person in charge</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Enterprise head</source>
        <translation>企业负责人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Date submitted</source>
        <translation>提交日期</translation>
    </message>
    <message>
        <source>Difficulties and problems</source>
        <translation>困难问题</translation>
    </message>
    <message>
        <source>Opinions and suggestions</source>
        <translation>意见建议</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Problems reported earlier and their first results</source>
        <translation>前期问题困难反映情况及初步结果</translation>
    </message>
    <message>
        <source>Note: 1. The problems collected may be an enterprise&apos;s own or those a whole industry faces. 2. Opinions and suggestions should be as detailed and useful as possible.</source>
        <translation>注：1.收集困难问题可以是企业，也可以是企业行业性面临的困难和问题。2.提出的意见建议尽可能详细、有效。</translation>
    </message>
    <message>
        <source>Note: 1. The problems collected may be those of one enterprise or those a whole industry faces. 2. Those needing coordination at city level, as far as the city&apos;s functions can solve them. 3. Opinions and suggestions should be as detailed and useful as possible.</source>
        <translation>注：1. 收集的困难问题既可以是企业个体、也可以是企业行业性面临的困难和问题。2. 需市级层面协调解决的，根据市职能能解决的。3. 提出的意见建议尽可能详细、有效。</translation>
    </message>
    <message>
        <source>Credit code (USCC):</source>
        <translation>统一社会信用代码：</translation>
    </message>
    <message>
        <source>18 characters, e.g. 91110000600037341L</source>
        <translation>18 位字符，例如 91110000600037341L</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>收集渠道：</translation>
    </message>
    <message>
        <source>Collected by:</source>
        <translation>收集单位：</translation>
    </message>
    <message>
        <source>(office itself)</source>
        <translation>（本单位）</translation>
    </message>
    <message>
        <source>Domain:</source>
        <translation>所属领域：</translation>
    </message>
</context>
<context>
    <name>AppealEntryStore</name>
    <message>
        <source>The appeal could not be stored.</source>
        <translation>无法保存该诉求。</translation>
    </message>
    <message>
        <source>The changes could not be stored.</source>
        <translation>更正未能保存。</translation>
    </message>
</context>
<context>
    <name>AppealFileDrop</name>
    <message>
        <source>%1: neither a filled 附件1 form (.docx, .doc, .wps) nor a list of appeals to import (.xlsx, .xls, .csv)</source>
        <translation>%1：既不是已填写的附件1表格（.docx、.doc、.wps），也不是可导入的诉求清单（.xlsx、.xls、.csv）</translation>
    </message>
    <message>
        <source>%1: 导入 takes one list at a time; drop it again once %2 is imported</source>
        <translation>%1：导入每次只处理一份清单；请在 %2 导入完成后再拖入</translation>
    </message>
    <message>
        <source>Files not opened</source>
        <translation>以下文件未能打开</translation>
    </message>
</context>
<context>
    <name>AppealFilterBar</name>
    <message>
        <source>Submitted &amp;from</source>
        <translation>提交日期从(&amp;F)</translation>
    </message>
    <message>
        <source>Search number, unit, problem… (Ctrl+F)</source>
        <translation>搜索编号、单位、问题…（Ctrl+F）</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Any deadline</source>
        <translation>全部期限</translation>
    </message>
    <message>
        <source>&amp;Reset filters</source>
        <translation>重置筛选(&amp;R)</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Any lead department</source>
        <translation>全部牵头承办部门</translation>
    </message>
    <message>
        <source>Any meeting</source>
        <translation>全部会议</translation>
    </message>
    <message>
        <source>Status of the appeal</source>
        <translation>诉求状态</translation>
    </message>
    <message>
        <source>Deadline of the current assignment</source>
        <translation>当前交办事项的办理期限</translation>
    </message>
    <message>
        <source>Lead department, meeting and submission dates</source>
        <translation>牵头承办部门、会议和提交日期</translation>
    </message>
    <message>
        <source>&amp;More filters</source>
        <translation>更多筛选(&amp;M)</translation>
    </message>
    <message>
        <source>Lead department of the current assignment</source>
        <translation>当前交办事项的牵头承办部门</translation>
    </message>
    <message>
        <source>Meeting the appeal was assigned at or is on the agenda of</source>
        <translation>交办该诉求的会议，或议程中包含该诉求的会议</translation>
    </message>
    <message>
        <source>&amp;More filters (%1)</source>
        <translation>更多筛选（%1）(&amp;M)</translation>
    </message>
</context>
<context>
    <name>AppealImportDialog</name>
    <message>
        <source>&amp;Check</source>
        <translation>检查(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Import appeals</source>
        <translation>导入诉求</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>(Qinqing&apos;s column names)</source>
        <translation>（按本系统列名）</translation>
    </message>
    <message>
        <source>How another system&apos;s export names its columns (12345: the hotline&apos;s work orders). Type a new name to keep the columns below under it.</source>
        <translation>其他系统导出文件的列名对应关系（12345：热线工单）。输入新名称，即可将下方的列对应关系以该名称保存。</translation>
    </message>
    <message>
        <source>The 渠道 of the imported appeals when the file has none</source>
        <translation>文件中未填写渠道时，导入诉求所用的渠道</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <source>Qinqing field</source>
        <translation>本系统字段</translation>
    </message>
    <message>
        <source>Check the file first: every problem is listed here with its row and column; nothing is saved until all rows are right.</source>
        <translation>请先检查文件：所有问题均在此列出行号和列名；全部行无误后才会保存。</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>工作表(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Mapping:</source>
        <translation>列映射(&amp;M)：</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>渠道(&amp;H)：</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>无法读取 %1。</translation>
    </message>
    <message>
        <source>— not imported —</source>
        <translation>— 不导入 —</translation>
    </message>
    <message>
        <source>工单编号 (work order number)</source>
        <translation>工单编号</translation>
    </message>
    <message>
        <source>%1 appeals can be imported; nothing saved yet.</source>
        <translation>可导入 %1 条诉求；尚未保存。</translation>
    </message>
    <message>
        <source>%1 appeals imported.</source>
        <translation>已导入 %1 条诉求。</translation>
    </message>
    <message>
        <source>Nothing imported: 1 row has errors.</source>
        <translation>未导入任何内容：1 行有错误。</translation>
    </message>
    <message>
        <source>Nothing imported: %1 rows have errors.</source>
        <translation>未导入任何内容：%1 行有错误。</translation>
    </message>
    <message>
        <source>Nothing imported.</source>
        <translation>未导入任何内容。</translation>
    </message>
    <message>
        <source>… and %1 more errors</source>
        <translation>……另有 %1 处错误</translation>
    </message>
    <message>
        <source>Skipped, imported before:</source>
        <translation>已跳过（此前已导入）：</translation>
    </message>
    <message>
        <source>Columns not imported: %1</source>
        <translation>未导入的列：%1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>提示：%1</translation>
    </message>
    <message>
        <source>Numbers: %1 … %2</source>
        <translation>编号：%1 … %2</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.xls *.et *.ods *.csv *.txt);;Excel workbook (*.xlsx *.xls);;CSV (*.csv *.txt)</source>
        <translation>电子表格 (*.xlsx *.xls *.et *.ods *.csv *.txt);;Excel 工作簿 (*.xlsx *.xls);;CSV (*.csv *.txt)</translation>
    </message>
</context>
<context>
    <name>AppealListQuery</name>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>提交日期</translation>
    </message>
    <message>
        <source>Submitting unit</source>
        <translation>提交单位</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>领域</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>收集渠道</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Collected by</source>
        <translation>收集单位</translation>
    </message>
    <message>
        <source>Lead department</source>
        <translation>牵头承办部门</translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation>交办</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>办理期限</translation>
    </message>
    <message>
        <source>Cannot list the appeals: %1</source>
        <translation>无法列出诉求：%1</translation>
    </message>
    <message>
        <source>Cannot count the appeals: %1</source>
        <translation>无法统计诉求数量：%1</translation>
    </message>
    <message>
        <source>about %1</source>
        <translation>约 %1</translation>
    </message>
</context>
<context>
    <name>AppealNumbering</name>
    <message>
        <source>Cannot reserve an appeal number: %1</source>
        <translation>无法预留诉求编号：%1</translation>
    </message>
    <message>
        <source>Cannot store the appeal number counter %1</source>
        <translation>无法保存诉求编号计数器 %1</translation>
    </message>
    <message>
        <source>Cannot commit the appeal number %1</source>
        <translation>无法提交诉求编号 %1</translation>
    </message>
    <message>
        <source>the appeal number counter</source>
        <translation>诉求编号计数器</translation>
    </message>
    <message>
        <source>the appeal numbers</source>
        <translation>诉求编号</translation>
    </message>
</context>
<context>
    <name>AppealQueueModel</name>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Submitted by</source>
        <translation>提交单位</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>领域</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>紧急程度</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Screening</source>
        <translation>甄别</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>紧急</translation>
    </message>
</context>
<context>
    <name>AppealRepository</name>
    <message>
        <source>Submitting unit: is required</source>
        <translation>提交单位：必填</translation>
    </message>
    <message>
        <source>Problem: is required</source>
        <translation>问题：必填</translation>
    </message>
    <message>
        <source>Submit date: is required</source>
        <translation>提交日期：必填</translation>
    </message>
    <message>
        <source>Number: %1 is already used by another appeal</source>
        <translation>编号：%1 已被其他诉求使用</translation>
    </message>
    <message>
        <source>Cannot store the appeal %1: %2</source>
        <translation>无法保存诉求 %1：%2</translation>
    </message>
    <message>
        <source>Cannot write the audit log for the appeal %1</source>
        <translation>无法写入诉求 %1 的审计日志</translation>
    </message>
    <message>
        <source>Cannot commit the appeal %1</source>
        <translation>无法提交诉求 %1</translation>
    </message>
    <message>
        <source>There is no appeal with id %1</source>
        <translation>不存在 ID 为 %1 的诉求</translation>
    </message>
    <message>
        <source>Number: is required</source>
        <translation>编号：必填</translation>
    </message>
    <message>
        <source>Cannot update the appeal %1: %2</source>
        <translation>无法更新诉求 %1：%2</translation>
    </message>
    <message>
        <source>Cannot put the appeal %1 into topic %2: %3</source>
        <translation>无法将诉求 %1 归入议题 %2：%3</translation>
    </message>
    <message>
        <source>Duplicate of: there is no appeal with id %1</source>
        <translation>重复诉求：不存在 ID 为 %1 的诉求</translation>
    </message>
    <message>
        <source>Duplicate of: the appeal %1 points at a missing appeal</source>
        <translation>重复诉求：诉求 %1 指向的诉求不存在</translation>
    </message>
    <message>
        <source>Duplicate of: the appeal %1 cannot duplicate itself</source>
        <translation>重复诉求：诉求 %1 不能与自身重复</translation>
    </message>
    <message>
        <source>Cannot mark the appeal %1: %2</source>
        <translation>无法标记诉求 %1：%2</translation>
    </message>
    <message>
        <source>Number: the appeal %1 was assigned on %2; its number is printed on the assignment sheets and stays</source>
        <translation>编号：诉求 %1 已于 %2 交办，编号已印在办理情况表上，不可更改</translation>
    </message>
    <message>
        <source>Appeal %1</source>
        <translation>诉求 %1</translation>
    </message>
    <message>
        <source>the appeal</source>
        <translation>诉求信息</translation>
    </message>
    <message>
        <source>Cannot store the appeals: %1</source>
        <translation>无法保存诉求：%1</translation>
    </message>
    <message>
        <source>Cannot write the audit log for the appeals: %1</source>
        <translation>无法写入诉求的审计日志：%1</translation>
    </message>
    <message>
        <source>Cannot commit the appeals</source>
        <translation>无法提交诉求</translation>
    </message>
    <message>
        <source>the appeal numbers</source>
        <translation>诉求编号</translation>
    </message>
    <message>
        <source>the appeal&apos;s assignment</source>
        <translation>诉求的交办信息</translation>
    </message>
</context>
<context>
    <name>AppealValidator</name>
    <message>
        <source>is required: the enterprise or unit that submits the appeal</source>
        <translation>必填：提交诉求的企业或单位</translation>
    </message>
    <message>
        <source>is required: describe the difficulty or problem</source>
        <translation>必填：请描述困难或问题</translation>
    </message>
    <message>
        <source>is required: the date the appeal was handed in</source>
        <translation>必填：诉求的提交日期</translation>
    </message>
    <message>
        <source>%1 is in the future (today is %2)</source>
        <translation>%1 晚于今天（今天为 %2）</translation>
    </message>
    <message>
        <source>%1 is before %2; please check the year</source>
        <translation>%1 早于 %2，请核对年份</translation>
    </message>
    <message>
        <source>%1 is already used by the appeal of %2</source>
        <translation>%1 已被 %2 的诉求使用</translation>
    </message>
</context>
<context>
    <name>AppealsPage</name>
    <message>
        <source>&amp;Key in paper forms…</source>
        <translation>录入纸质表格(&amp;K)…</translation>
    </message>
    <message>
        <source>Type in the enterprises&apos; sign-up forms (Ctrl+N)</source>
        <translation>录入企业报名表（Ctrl+N）</translation>
    </message>
    <message>
        <source>The list could not be read: %1</source>
        <translation>无法读取列表：%1</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <source>&amp;Screen selected…</source>
        <translation>甄别所选(&amp;S)…</translation>
    </message>
    <message>
        <source>One screening decision for the selected appeals: accept, not accepted, redirect or solved at once (Ctrl+Shift+S)</source>
        <translation>对所选诉求作出同一甄别结论：受理、不予受理、转办或即知即办（Ctrl+Shift+S）</translation>
    </message>
    <message>
        <source>Select the appeals to screen first.</source>
        <translation>请先选择要甄别的诉求。</translation>
    </message>
    <message numerus="yes">
        <source>Screening recorded for %n appeal(s).</source>
        <translation>
            <numerusform>已记录 %n 条诉求的甄别结果。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>Print &amp;list</source>
        <translation>打印列表(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>Appeals from an Excel workbook (.xlsx) or a CSV file: a ledger, a department&apos;s list, the 12345 hotline&apos;s work orders</source>
        <translation>从 Excel 工作簿（.xlsx）或 CSV 文件导入诉求：台账、部门报送清单、12345 热线工单</translation>
    </message>
    <message>
        <source>Exact count</source>
        <translation>精确统计</translation>
    </message>
    <message numerus="yes">
        <source>%Ln appeal(s)</source>
        <translation>
            <numerusform>%Ln 条诉求</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 appeals</source>
        <comment>an estimate: %1 is e.g. &quot;about 66,000&quot;</comment>
        <translation>%1 条诉求</translation>
    </message>
    <message>
        <source>Stop counting</source>
        <translation>停止统计</translation>
    </message>
    <message>
        <source>The count beside it is estimated from a sample of the appeals; this counts every match in the background (with a million appeals up to a second or two; Esc stops it)</source>
        <translation>左侧条数系按抽样估算；点击此处在后台逐条精确统计（百万条诉求约需一至两秒，统计期间可继续操作，按 Esc 停止）</translation>
    </message>
    <message>
        <source>The appeals could not be counted: %1</source>
        <translation>诉求条数统计失败：%1</translation>
    </message>
    <message>
        <source>Counting… (Esc stops)</source>
        <translation>正在统计…（按 Esc 停止）</translation>
    </message>
</context>
<context>
    <name>AssignmentConflictRows</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>AssignmentDetailPanel</name>
    <message>
        <source>Handling</source>
        <translation>办理</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进展</translation>
    </message>
    <message>
        <source>Extensions</source>
        <translation>延期</translation>
    </message>
    <message>
        <source>Result &amp;&amp; feedback</source>
        <translation>办理结果与反馈</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>评价</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>Handling started.</source>
        <translation>已开始办理。</translation>
    </message>
    <message>
        <source>Returned. Hand it to the right lead department.</source>
        <translation>已退回。请交由正确的牵头承办部门办理。</translation>
    </message>
    <message>
        <source>Handed to %1.</source>
        <translation>已交由 %1 办理。</translation>
    </message>
    <message>
        <source>Escalated to the higher level.</source>
        <translation>已提交上级。</translation>
    </message>
    <message>
        <source>Deferred with explanation.</source>
        <translation>已暂缓解决并作出说明。</translation>
    </message>
    <message>
        <source>Result recorded; awaiting evaluation.</source>
        <translation>已录入办理结果，等待评价。</translation>
    </message>
    <message>
        <source>Deadline changed to %1.</source>
        <translation>办理期限已变更为 %1。</translation>
    </message>
    <message>
        <source>Progress report added.</source>
        <translation>已添加进展报送。</translation>
    </message>
    <message>
        <source>Extension requested; approve or refuse it.</source>
        <translation>已申请延期，请批准或驳回。</translation>
    </message>
    <message>
        <source>There is no pending extension request.</source>
        <translation>没有待审的延期申请。</translation>
    </message>
    <message>
        <source>Extension approved.</source>
        <translation>已批准延期。</translation>
    </message>
    <message>
        <source>Extension refused.</source>
        <translation>已驳回延期。</translation>
    </message>
    <message>
        <source>Feedback saved.</source>
        <translation>反馈已保存。</translation>
    </message>
    <message>
        <source>Supervision notes saved.</source>
        <translation>督查情况已保存。</translation>
    </message>
    <message>
        <source>Unsatisfied: the assignment is reopened for handling again.</source>
        <translation>不满意：该交办事项已重新进入办理（重办）。</translation>
    </message>
    <message>
        <source>Evaluation recorded.</source>
        <translation>评价已录入。</translation>
    </message>
    <message>
        <source>Select an assignment.</source>
        <translation>请选择一项交办事项。</translation>
    </message>
    <message>
        <source> (originally %1)</source>
        <translation> （原为 %1）</translation>
    </message>
    <message>
        <source> — calendar incomplete, estimate only</source>
        <translation> — 日历不完整，仅为估算</translation>
    </message>
    <message>
        <source>Lead department: %1 (%2 %3)</source>
        <translation>牵头承办部门：%1（%2 %3）</translation>
    </message>
    <message>
        <source>Cooperating: %1</source>
        <translation>配合办理部门：%1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Status: %1 · Due: %2 · %3</source>
        <translation>状态：%1 · 到期：%2 · %3</translation>
    </message>
    <message numerus="yes">
        <source>Handled again %n time(s).</source>
        <translation>
            <numerusform>已重办 %n 次。</numerusform>
        </translation>
    </message>
    <message>
        <source>Deadline note: %1</source>
        <translation>期限说明：%1</translation>
    </message>
    <message>
        <source>Handling sheet (附件2)</source>
        <translation>办理情况表（附件2）</translation>
    </message>
    <message>
        <source>Dispatch slip (交办单)</source>
        <translation>企业诉求交办单</translation>
    </message>
    <message>
        <source>Blank evaluation form (附件3)</source>
        <translation>空白评价表（附件3）</translation>
    </message>
    <message>
        <source>Evaluation form (附件3)</source>
        <translation>评价表（附件3）</translation>
    </message>
    <message>
        <source>No evaluation has been recorded for this assignment yet.</source>
        <translation>该交办事项尚未登记评价。</translation>
    </message>
    <message>
        <source>Reminder notice (催办通知)</source>
        <translation>催办通知</translation>
    </message>
    <message>
        <source>Extensions approved: %1; the profile sets no cap.</source>
        <translation>已批准延期 %1 次；制度配置未设延期次数上限。</translation>
    </message>
    <message>
        <source>Extensions approved: %1; %2.</source>
        <translation>已批准延期 %1 次；%2。</translation>
    </message>
    <message>
        <source>One request is waiting for a decision.</source>
        <translation>另有 1 项延期申请待审批。</translation>
    </message>
    <message>
        <source>The panel shows the stored assignment now; nothing of yours was saved.</source>
        <translation>现已显示库中保存的交办事项；您刚才的修改未保存。</translation>
    </message>
    <message>
        <source>handling</source>
        <translation>办理</translation>
    </message>
    <message>
        <source>progress report</source>
        <translation>进展报告</translation>
    </message>
    <message>
        <source>extension request</source>
        <translation>延期申请</translation>
    </message>
    <message>
        <source>result, feedback or supervision</source>
        <translation>办理结果、反馈或督查情况</translation>
    </message>
    <message>
        <source>evaluation</source>
        <translation>评价</translation>
    </message>
    <message>
        <source>Unsaved input</source>
        <translation>未保存的输入</translation>
    </message>
    <message>
        <source>What you typed for this assignment is not saved (%1). Discard it?</source>
        <translation>您为此交办事项输入的内容尚未保存（%1）。是否放弃？</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>AssignmentEvaluationTab</name>
    <message>
        <source>Overall evaluation</source>
        <translation>总体评价</translation>
    </message>
    <message>
        <source>Opinion</source>
        <translation>意见</translation>
    </message>
    <message>
        <source>Other suggestions</source>
        <translation>其他建议</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Record evaluation</source>
        <translation>录入评价</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>评价</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>打印(&amp;P)</translation>
    </message>
</context>
<context>
    <name>AssignmentExtensionsTab</name>
    <message>
        <source>Requested</source>
        <translation>申请日期</translation>
    </message>
    <message>
        <source>New deadline</source>
        <translation>新办理期限</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>决定</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Why more time is needed; or why a request is refused</source>
        <translation>申请延期的理由，或驳回申请的理由</translation>
    </message>
    <message>
        <source>Requested deadline</source>
        <translation>申请延至</translation>
    </message>
    <message>
        <source>Request extension</source>
        <translation>申请延期</translation>
    </message>
    <message>
        <source>Approve pending request</source>
        <translation>批准待审申请</translation>
    </message>
    <message>
        <source>Refuse pending request</source>
        <translation>驳回待审申请</translation>
    </message>
</context>
<context>
    <name>AssignmentHandlingTab</name>
    <message>
        <source>Reason / note</source>
        <translation>理由／说明</translation>
    </message>
    <message>
        <source>Reason for returning, note for the higher level, or the explanation given to the enterprise</source>
        <translation>退回理由、提交上级的说明，或向企业作出的解释</translation>
    </message>
    <message>
        <source>Start handling</source>
        <translation>开始办理</translation>
    </message>
    <message>
        <source>Return (wrong department)</source>
        <translation>退回（非本部门职责）</translation>
    </message>
    <message>
        <source>Escalate to higher level</source>
        <translation>提交上级</translation>
    </message>
    <message>
        <source>Defer with explanation</source>
        <translation>暂缓解决并说明</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>打印(&amp;P)</translation>
    </message>
    <message>
        <source>New lead</source>
        <translation>新牵头承办部门</translation>
    </message>
    <message>
        <source>Hand to this lead department</source>
        <translation>交由该牵头承办部门办理</translation>
    </message>
    <message>
        <source>New deadline</source>
        <translation>新办理期限</translation>
    </message>
    <message>
        <source>Change deadline (reason above)</source>
        <translation>变更办理期限（理由见上）</translation>
    </message>
</context>
<context>
    <name>AssignmentProgressTab</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation>报送人</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进展</translation>
    </message>
    <message>
        <source>Add progress report</source>
        <translation>添加进展报送</translation>
    </message>
    <message>
        <source>First progress report due %1.</source>
        <translation>首次进展报送截止于 %1。</translation>
    </message>
    <message>
        <source>Next report (every %1 days) due %2.</source>
        <translation>下次报送（每 %1 天一报）截止于 %2。</translation>
    </message>
    <message>
        <source>Missed reports: %1.</source>
        <translation>漏报次数：%1。</translation>
    </message>
</context>
<context>
    <name>AssignmentRepository</name>
    <message>
        <source>Cooperating departments: department %1 does not exist or is listed twice.</source>
        <translation>配合办理部门：部门 %1 不存在或重复列出。</translation>
    </message>
    <message>
        <source>%1: cannot write its history.</source>
        <translation>%1：无法写入历史记录。</translation>
    </message>
    <message>
        <source>Lead department: department %1 does not exist.</source>
        <translation>牵头承办部门：部门 %1 不存在。</translation>
    </message>
    <message>
        <source>The assignment of appeal %1</source>
        <translation>诉求 %1 的交办事项</translation>
    </message>
    <message>
        <source>Assignment %1</source>
        <translation>交办事项 %1</translation>
    </message>
    <message>
        <source>the assignment</source>
        <translation>交办事项</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 不存在。</translation>
    </message>
    <message>
        <source>the appeal&apos;s number</source>
        <translation>诉求编号</translation>
    </message>
    <message>
        <source>Assignment %1 (%2)</source>
        <translation>交办事项 %1（%2）</translation>
    </message>
</context>
<context>
    <name>AssignmentResultTab</name>
    <message>
        <source>Result (办理结果)</source>
        <translation>办理结果</translation>
    </message>
    <message>
        <source>Completed on</source>
        <translation>办结日期</translation>
    </message>
    <message>
        <source>Record result (done)</source>
        <translation>录入办理结果（已办结）</translation>
    </message>
    <message>
        <source>Feedback to the enterprise</source>
        <translation>向企业反馈</translation>
    </message>
    <message>
        <source>Feedback date</source>
        <translation>反馈日期</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>反馈方式</translation>
    </message>
    <message>
        <source>Save feedback</source>
        <translation>保存反馈</translation>
    </message>
    <message>
        <source>Supervision (督查情况)</source>
        <translation>督查情况</translation>
    </message>
    <message>
        <source>Save supervision notes</source>
        <translation>保存督查情况</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>走访</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>信函</translation>
    </message>
    <message>
        <source>12345 follow-up</source>
        <translation>12345 回访</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Handled again. The earlier result, found unsatisfactory: %1</source>
        <translation>重办中。上一轮办理结果（企业评价不满意）：%1</translation>
    </message>
</context>
<context>
    <name>AssignmentService</name>
    <message>
        <source>Lead department: choose the department that leads the handling.</source>
        <translation>牵头承办部门：请选择牵头办理的部门。</translation>
    </message>
    <message>
        <source>Assigned on: the date of assignment is missing.</source>
        <translation>交办日期：缺少交办日期。</translation>
    </message>
    <message>
        <source>Cooperating departments: the lead department cannot also cooperate.</source>
        <translation>配合办理部门：牵头承办部门不能同时作为配合办理部门。</translation>
    </message>
    <message>
        <source>Deadline: %1 differs from the profile&apos;s %2; give the reason.</source>
        <translation>办理时限：%1 与制度配置规定的 %2 不一致，请说明理由。</translation>
    </message>
    <message>
        <source>Cannot save the assignment.</source>
        <translation>无法保存交办事项。</translation>
    </message>
    <message>
        <source>%1 is %2; this step is not possible from there.</source>
        <translation>%1 当前状态为“%2”，无法执行此操作。</translation>
    </message>
    <message>
        <source>Reason: say why the assignment is returned (e.g. not this department&apos;s responsibility).</source>
        <translation>理由：请说明退回交办事项的理由（如不属于本部门职责）。</translation>
    </message>
    <message>
        <source>%1: only a returned assignment is handed to another lead department.</source>
        <translation>%1：仅已退回的交办事项可转交其他牵头承办部门。</translation>
    </message>
    <message>
        <source>Lead department: choose a department other than the one that returned it.</source>
        <translation>牵头承办部门：请选择退回部门以外的其他部门。</translation>
    </message>
    <message>
        <source>Escalation note: say what the higher level is asked to decide.</source>
        <translation>提交上级说明：请说明提请上级决定的事项。</translation>
    </message>
    <message>
        <source>Explanation: an item that cannot be solved yet (暂缓解决) needs the explanation given to the enterprise.</source>
        <translation>说明：暂缓解决的事项须填写向企业作出的解释说明。</translation>
    </message>
    <message>
        <source>Result: describe the result of the handling (办理结果).</source>
        <translation>办理结果：请填写办理结果。</translation>
    </message>
    <message>
        <source>Completed on: the completion date is missing.</source>
        <translation>办结日期：缺少办结日期。</translation>
    </message>
    <message>
        <source>Deadline: the new deadline is not a valid date.</source>
        <translation>办理时限：新的办理时限不是有效日期。</translation>
    </message>
    <message>
        <source>Reason: say why the deadline changes.</source>
        <translation>理由：请说明变更办理时限的理由。</translation>
    </message>
    <message>
        <source>Feedback: say what the enterprise was told and on which date.</source>
        <translation>反馈情况：请说明向企业反馈的内容及反馈日期。</translation>
    </message>
    <message>
        <source>Handled again after an unsatisfied evaluation</source>
        <translation>评价不满意后重办</translation>
    </message>
    <message>
        <source>%1: %2 is after today.</source>
        <translation>%1：%2 晚于今天。</translation>
    </message>
    <message>
        <source>%1: %2 is before the assignment was made (%3).</source>
        <translation>%1：%2 早于交办日期（%3）。</translation>
    </message>
    <message>
        <source>Escalated on</source>
        <translation>提交上级日期</translation>
    </message>
    <message>
        <source>Deferred on</source>
        <translation>暂缓解决日期</translation>
    </message>
</context>
<context>
    <name>AssignmentSummaryQuery</name>
    <message>
        <source>Cannot read the assignment: %1</source>
        <translation>无法读取交办事项：%1</translation>
    </message>
    <message>
        <source>Cannot read the assignment&apos;s departments: %1</source>
        <translation>无法读取交办事项的承办部门：%1</translation>
    </message>
</context>
<context>
    <name>AssignmentsModel</name>
    <message>
        <source>Appeal</source>
        <translation>诉求</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Lead department</source>
        <translation>牵头承办部门</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>交办日期</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>办理时限</translation>
    </message>
    <message>
        <source>Original due</source>
        <translation>原办理时限</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Re-handled</source>
        <translation>重办</translation>
    </message>
    <message>
        <source>Extensions</source>
        <translation>延期次数</translation>
    </message>
</context>
<context>
    <name>AssignmentsPage</name>
    <message>
        <source>Open assignments only</source>
        <translation>仅显示未办结交办事项</translation>
    </message>
    <message>
        <source>Print &amp;list</source>
        <translation>打印列表(&amp;L)</translation>
    </message>
    <message>
        <source>Search number, unit, subject or department… (Ctrl+F)</source>
        <translation>搜索编号、单位、事项或部门…（Ctrl+F）</translation>
    </message>
</context>
<context>
    <name>AttachmentRepository</name>
    <message>
        <source>%1: larger than %2 MB</source>
        <translation>%1：超过 %2 MB</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1：无法读取：%2</translation>
    </message>
    <message>
        <source>Cannot store %1: %2</source>
        <translation>无法保存 %1：%2</translation>
    </message>
    <message>
        <source>Cannot store %1</source>
        <translation>无法保存 %1</translation>
    </message>
    <message>
        <source>Attachment %1 does not exist</source>
        <translation>附件 %1 不存在</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Cannot remove %1</source>
        <translation>无法删除 %1</translation>
    </message>
    <message>
        <source>the appeal&apos;s attachments</source>
        <translation>诉求附件</translation>
    </message>
    <message>
        <source>the attachment</source>
        <translation>附件</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>the history</source>
        <translation>办理记录</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <source>&amp;Back up…</source>
        <translation>备份(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>恢复(&amp;R)…</translation>
    </message>
    <message>
        <source>Last backup: %1</source>
        <translation>上次备份：%1</translation>
    </message>
    <message>
        <source>No backup yet</source>
        <translation>尚未备份</translation>
    </message>
    <message>
        <source>Backups are kept in %1</source>
        <translation>备份保存在 %1</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>备份数据库</translation>
    </message>
    <message>
        <source>Qinqing databases (*.sqlite)</source>
        <translation>亲清数据库 (*.sqlite)</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>The database was backed up to %1.</source>
        <translation>数据库已备份到 %1。</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <source>Qinqing databases (*.sqlite *.db);;All files (*)</source>
        <translation>亲清数据库 (*.sqlite *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Replace every record in %1 with the backup %2 (%3 appeals)?

The database as it is now is kept beside it, named …-before-restore-DATE-TIME.</source>
        <translation>用备份 %2（%3 条诉求）替换 %1 中的全部记录吗？

当前数据库将保留在同一文件夹中，文件名为 …-before-restore-日期-时间。</translation>
    </message>
</context>
<context>
    <name>BackupCommand</name>
    <message>
        <source>write a backup of the database to a file, while others keep working</source>
        <translation>将数据库备份到文件，其他人可继续工作</translation>
    </message>
    <message>
        <source>Writes a consistent copy of the whole database to FILE, an SQLite database file: every record, scanned form and audit-log entry as they were at one moment, including what the desks have saved but SQLite has not yet moved from the -wal file into the database file (a plain copy of the file misses that). The desks may keep working meanwhile. From a server database (postgresql://…) the backup is an SQLite file as well. The file appears only when it is complete; an existing FILE is replaced. `qinqing-cli restore FILE` puts it back.</source>
        <translation>将整个数据库的一致副本写入 FILE（SQLite 数据库文件）：包括同一时刻的全部记录、扫描件和审计日志，也包括各工位已保存、但 SQLite 尚未从 -wal 文件写回数据库文件的内容（直接复制文件会遗漏这部分）。备份期间各工位可继续工作。服务器数据库（postgresql://…）的备份同样是一个 SQLite 文件。文件完整写成后才会出现；已有的 FILE 将被替换。用 `qinqing-cli restore FILE` 恢复。</translation>
    </message>
    <message>
        <source>  --out FILE    the backup file to write</source>
        <translation>  --out FILE    要写入的备份文件</translation>
    </message>
    <message>
        <source>Example:</source>
        <translation>示例：</translation>
    </message>
    <message>
        <source>  qinqing-cli --db qinqing.sqlite backup --out /media/usb/qinqing-2026-12-04.sqlite</source>
        <translation>  qinqing-cli --db qinqing.sqlite backup --out /media/usb/qinqing-2026-12-04.sqlite</translation>
    </message>
    <message>
        <source>%1: unexpected argument</source>
        <translation>%1：多余的参数</translation>
    </message>
    <message>
        <source>backup: --out FILE is required</source>
        <translation>backup：必须用 --out FILE 指定备份文件</translation>
    </message>
    <message>
        <source>%1: no such database file</source>
        <translation>%1：数据库文件不存在</translation>
    </message>
    <message>
        <source>Backed up %1 to %2: %3 appeals.</source>
        <translation>已将 %1 备份到 %2：共 %3 条诉求。</translation>
    </message>
</context>
<context>
    <name>BackupFolder</name>
    <message>
        <source>Cannot create the backup folder %1.</source>
        <translation>无法创建备份文件夹 %1。</translation>
    </message>
</context>
<context>
    <name>BackupSettingsBox</name>
    <message>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Daily backups go to:</source>
        <translation>每日备份保存到：</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Newest backups kept:</source>
        <translation>保留最近备份份数：</translation>
    </message>
    <message>
        <source>The backup settings cannot be saved.</source>
        <translation>备份设置无法保存。</translation>
    </message>
    <message>
        <source>Folder for the daily backups</source>
        <translation>每日备份文件夹</translation>
    </message>
</context>
<context>
    <name>CalendarCommand</name>
    <message>
        <source>show the working-day calendar, import a year, or correct a single day</source>
        <translation>查看工作日历、导入年度安排或更正某一天</translation>
    </message>
    <message>
        <source>calendar: say show, import, set or clear</source>
        <translation>calendar：请指定 show、import、set 或 clear</translation>
    </message>
    <message>
        <source>Known years: %1</source>
        <translation>已有年份：%1</translation>
    </message>
    <message>
        <source>YEAR: &quot;%1&quot; is not a year</source>
        <translation>年份：“%1”不是有效年份</translation>
    </message>
    <message>
        <source>%1 has no official arrangement in this calendar yet.</source>
        <translation>本日历尚无 %1 年的法定节假日安排。</translation>
    </message>
    <message>
        <source>%1: cannot read the file: %2</source>
        <translation>%1：无法读取文件：%2</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>未导入任何内容。</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n day(s) for %1.</source>
        <translation>
            <numerusform>已导入 %1 年的 %n 天。</numerusform>
        </translation>
    </message>
    <message>
        <source>calendar set: give a date (YYYY-MM-DD) and off or work</source>
        <translation>calendar set：请指定日期（YYYY-MM-DD）及 off（休息）或 work（上班）</translation>
    </message>
    <message>
        <source>calendar clear: give a date (YYYY-MM-DD)</source>
        <translation>calendar clear：请指定日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>The official working-day calendar that every deadline is counted on, stored in the database. The years 2023 to 2026 are built in. The State Council publishes the next year&apos;s holidays each October or November: import them before deadlines run into that year, or those deadlines stay marked as uncertain.</source>
        <translation>计算所有办理期限所依据的官方工作日历，保存在数据库中。已内置 2023 至 2026 年。国务院办公厅每年十月或十一月公布下一年的节假日安排：请在期限跨入该年之前导入，否则这些期限会一直标记为“不确定”。</translation>
    </message>
    <message>
        <source>Examples:</source>
        <translation>示例：</translation>
    </message>
    <message>
        <source>No open deadline changes.</source>
        <translation>未办结事项的期限均无变化。</translation>
    </message>
    <message numerus="yes">
        <source>Open deadlines that would be counted again: %n moved, %1 estimate(s) confirmed.</source>
        <translation>
            <numerusform>将重新计算未办结事项的期限：%n 项变动，%1 项估算期限得到确认。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Open deadlines counted again: %n moved, %1 estimate(s) confirmed.</source>
        <translation>
            <numerusform>已重新计算未办结事项的期限：%n 项变动，%1 项估算期限得到确认。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open item(s) still have estimated deadlines (a year of their period is still missing).</source>
        <translation>
            <numerusform>仍有 %n 项未办结事项的期限为估算（期间所涉年份的节假日安排尚未导入）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Estimated deadlines set by hand, not counted again (check them): %1</source>
        <translation>以下估算期限系手工设定，未重新计算，请核对：%1</translation>
    </message>
    <message>
        <source>--year: &quot;%1&quot; is not a year</source>
        <translation>--year：“%1”不是有效年份</translation>
    </message>
    <message>
        <source>calendar import: give one notice, TSV or JSON file</source>
        <translation>calendar import：请指定一个通知文本、TSV 或 JSON 文件</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>The State Council&apos;s arrangement for %1:</source>
        <translation>国务院办公厅 %1 年节假日安排：</translation>
    </message>
    <message>
        <source>off %1</source>
        <translation>放假 %1</translation>
    </message>
    <message>
        <source>; make-up working days %1</source>
        <translation>；调休上班 %1</translation>
    </message>
    <message>
        <source>(not a day off: %1)</source>
        <translation>（不放假：%1）</translation>
    </message>
    <message>
        <source>%1 does not give the year %2; nothing was imported.</source>
        <translation>%1 中没有 %2 年的安排，未导入任何内容。</translation>
    </message>
    <message numerus="yes">
        <source>Would import %n day(s) for %1 (nothing saved: --dry-run).</source>
        <translation>
            <numerusform>将导入 %1 年的 %n 天（--dry-run：未保存）。</numerusform>
        </translation>
    </message>
    <message>
        <source>  show [YEAR]            the years known; with YEAR, its days off and working weekends
  import NOTICE.txt      the text of the notice 国务院办公厅关于20XX年部分节假日安排的通知
                         as copied from the government website (UTF-8)
  import FILE.tsv        whole years, one day a line: date&lt;TAB&gt;off|work&lt;TAB&gt;holiday
  import FILE.json       whole years in the holiday-cn format:
                         {&quot;year&quot;: 2027, &quot;days&quot;: [{&quot;name&quot;, &quot;date&quot;, &quot;isOffDay&quot;}]}
  --year YEAR            the year the notice arranges (checked against its title)
  --dry-run              show the days and the deadlines that would move; save nothing
  set DATE off|work      correct one day, e.g. a local arrangement; --name NAME names it
  clear DATE             remove a correction: the day is an ordinary day again</source>
        <translation>  show [YEAR]            已有的年份；指定 YEAR 时列出该年的休息日和调休上班日
  import NOTICE.txt      从中国政府网复制的《国务院办公厅关于20XX年部分节假日安排的通知》
                         全文（UTF-8）
  import FILE.tsv        导入整年，每行一天：日期&lt;TAB&gt;off|work&lt;TAB&gt;节日名称
  import FILE.json       导入整年，holiday-cn 格式：
                         {&quot;year&quot;: 2027, &quot;days&quot;: [{&quot;name&quot;, &quot;date&quot;, &quot;isOffDay&quot;}]}
  --year YEAR            通知所属年份（与通知标题核对）
  --dry-run              只列出日期和将变动的期限，不保存
  set DATE off|work      更正某一天（如本地调休）；--name NAME 为其命名
  clear DATE             撤销更正：该日恢复为普通日</translation>
    </message>
    <message>
        <source>An import is all or nothing: a bad line is reported with its number (for a notice, also its text) and nothing is imported. A notice is checked as it is read: the weekday in brackets must match the date, 共N天 the days listed, and every holiday of the year must be there.</source>
        <translation>导入要么全部成功，要么全部不导入：有错误的行会连同行号（通知还列出该行原文）一起报告，且不导入任何内容。识别通知时逐项核对：括号中的星期须与日期相符，“共N天”须与所列日期相符，当年各节日的安排须齐全。</translation>
    </message>
    <message>
        <source>import, set and clear count the open assignments&apos; deadlines again with the new calendar: an estimated deadline gets its final date, and each deadline that moves is printed with how far it moved and recorded in the assignment&apos;s history.</source>
        <translation>import、set 和 clear 会按新的工作日历重新计算未办结交办事项的期限：估算的期限得到确定日期，每项变动的期限都会列出变动天数，并记入该交办事项的办理记录。</translation>
    </message>
    <message>
        <source>  qinqing-cli calendar import 国务院通知.txt --year 2027 --dry-run
  qinqing-cli calendar import 2027.tsv
  qinqing-cli calendar set 2027-03-10 off --name 临时调休
  qinqing-cli calendar show 2027</source>
        <translation>  qinqing-cli calendar import 国务院通知.txt --year 2027 --dry-run
  qinqing-cli calendar import 2027.tsv
  qinqing-cli calendar set 2027-03-10 off --name 临时调休
  qinqing-cli calendar show 2027</translation>
    </message>
</context>
<context>
    <name>CalendarFileParser</name>
    <message>
        <source>line %1: expected date, kind and holiday separated by tabs</source>
        <translation>第 %1 行：应为以制表符分隔的日期、类型和节日名称</translation>
    </message>
    <message>
        <source>line %1: date: &quot;%2&quot; is not a date in the form YYYY-MM-DD</source>
        <translation>第 %1 行：日期：“%2”不是 YYYY-MM-DD 格式的日期</translation>
    </message>
    <message>
        <source>line %1: kind: &quot;%2&quot; must be off or work</source>
        <translation>第 %1 行：类型：“%2”应为 off 或 work</translation>
    </message>
    <message>
        <source>the file lists no complete year of holidays</source>
        <translation>文件中没有完整年度的节假日安排</translation>
    </message>
    <message>
        <source>JSON: %1 at character %2</source>
        <translation>JSON：第 %2 个字符处 %1</translation>
    </message>
    <message>
        <source>JSON: the field &quot;year&quot; is missing or not a year</source>
        <translation>JSON：缺少“year”字段或其值不是年份</translation>
    </message>
    <message>
        <source>day %1: needs &quot;date&quot; (YYYY-MM-DD) and &quot;isOffDay&quot; (true/false)</source>
        <translation>第 %1 天：需要“date”（YYYY-MM-DD）和“isOffDay”（true/false）</translation>
    </message>
</context>
<context>
    <name>CalendarRepository</name>
    <message>
        <source>Cannot save the calendar: %1</source>
        <translation>无法保存工作日历：%1</translation>
    </message>
    <message>
        <source>Cannot read the working-day calendar: %1</source>
        <translation>无法读取工作日历：%1</translation>
    </message>
</context>
<context>
    <name>CalendarService</name>
    <message>
        <source>Cannot save the calendar: %1</source>
        <translation>无法保存工作日历：%1</translation>
    </message>
</context>
<context>
    <name>CalendarYearDialog</name>
    <message>
        <source>Working-day calendar</source>
        <translation>工作日历</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>年份(&amp;Y)：</translation>
    </message>
    <message>
        <source>Correct a day</source>
        <translation>更正某一天</translation>
    </message>
    <message>
        <source>&amp;Ordinary day</source>
        <translation>普通日(&amp;O)</translation>
    </message>
    <message>
        <source>Monday to Friday at work, Saturday and Sunday off</source>
        <translation>周一至周五上班，周六、周日休息</translation>
    </message>
    <message>
        <source>Day &amp;off</source>
        <translation>放假(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Make-up working day</source>
        <translation>调休上班(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Holiday or reason:</source>
        <translation>节日或事由(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Save the correction</source>
        <translation>保存更正(&amp;S)</translation>
    </message>
    <message>
        <source>Click a day in the months to see or correct it.</source>
        <translation>在月历中点击某一天，查看或更正该日安排。</translation>
    </message>
    <message>
        <source>The State Council&apos;s arrangement for %1 is in the calendar.</source>
        <translation>工作日历中已有国务院办公厅 %1 年节假日安排。</translation>
    </message>
    <message>
        <source>%1 has no official arrangement yet: its deadlines are estimates. Import the State Council&apos;s notice; correcting single days does not replace it.</source>
        <translation>工作日历中尚无 %1 年的法定节假日安排，所涉期限均为估算。请导入国务院通知；逐日更正不能代替通知。</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
</context>
<context>
    <name>CellTextCheck</name>
    <message>
        <source>holds the control character %1 at character %2; control characters are not text (terminal escape codes, a damaged file or a copy from another program): delete them in the spreadsheet and import again</source>
        <translation>第 %2 个字符处含有控制字符 %1；控制字符不是正文（可能是终端转义码、文件损坏或从其他程序复制带入）：请在表格中删除后重新导入</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>check the database file for damage and broken references</source>
        <translation>检查数据库文件是否损坏、引用是否完整</translation>
    </message>
    <message>
        <source>repair: %1</source>
        <translation>修复：%1</translation>
    </message>
    <message>
        <source>The search index was rebuilt.</source>
        <translation>已重建检索索引。</translation>
    </message>
    <message>
        <source>%1: no problems found.</source>
        <translation>%1：未发现问题。</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found.</source>
        <translation>
            <numerusform>发现 %n 个问题。</numerusform>
        </translation>
    </message>
    <message>
        <source>Checks the database file as it is, without upgrading it first: SQLite&apos;s integrity check and the references between records (an assignment whose appeal is missing, and the like). Prints &quot;no problems found&quot;, or each problem on standard error and exits with 1.</source>
        <translation>按原样检查数据库文件，不先升级：SQLite 完整性检查，以及记录之间的引用（如交办事项所属的诉求已不存在等）。无问题时输出“未发现问题”，否则在标准错误输出中逐条列出问题并以退出码 1 结束。</translation>
    </message>
    <message>
        <source>  --repair   first rebuild the full-text search index (when a search misses appeals that are there)</source>
        <translation>  --repair   先重建全文检索索引（检索不到实际存在的诉求时使用）</translation>
    </message>
    <message>
        <source>A server database has no search index to rebuild.</source>
        <translation>服务器数据库没有需要重建的检索索引。</translation>
    </message>
</context>
<context>
    <name>ChoiceLists</name>
    <message>
        <source>Cannot list the departments: %1</source>
        <translation>无法列出部门：%1</translation>
    </message>
    <message>
        <source>Cannot list the meetings: %1</source>
        <translation>无法列出会议：%1</translation>
    </message>
    <message>
        <source>Cannot list the enterprises: %1</source>
        <translation>无法列出企业：%1</translation>
    </message>
    <message>
        <source>Cannot list the domains: %1</source>
        <translation>无法列出领域：%1</translation>
    </message>
    <message>
        <source>Cannot list the leaders&apos; enterprises: %1</source>
        <translation>无法列出领导联系的企业：%1</translation>
    </message>
</context>
<context>
    <name>CliApplication</name>
    <message>
        <source>--db: a file path is required</source>
        <translation>--db：需要指定文件路径</translation>
    </message>
    <message>
        <source>%1: unknown option; see qinqing-cli --help</source>
        <translation>%1：未知选项；参见 qinqing-cli --help</translation>
    </message>
    <message>
        <source>%1: unknown command; see qinqing-cli --help</source>
        <translation>%1：未知命令；参见 qinqing-cli --help</translation>
    </message>
    <message>
        <source>help: %1 is not a command; the commands are %2</source>
        <translation>help：%1 不是命令；可用的命令有 %2</translation>
    </message>
</context>
<context>
    <name>CliArguments</name>
    <message>
        <source>--%1: a value is required</source>
        <translation>--%1：需要指定值</translation>
    </message>
    <message>
        <source>--%1: unknown option</source>
        <translation>--%1：未知选项</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a date; write it as YYYY-MM-DD, e.g. 2024-09-27</source>
        <translation>--%1：“%2”不是有效日期；请按 YYYY-MM-DD 填写，例如 2024-09-27</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a whole number from 0 to %3</source>
        <translation>--%1：“%2”不是 0 至 %3 之间的整数</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not one of %3</source>
        <translation>--%1：“%2”不在可选值 %3 之中</translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>未作任何更改。</translation>
    </message>
    <message>
        <source>Nothing was created. To make a new database there: qinqing-cli --db %1 init</source>
        <translation>未创建任何文件。如需在此新建数据库，请运行：qinqing-cli --db %1 init</translation>
    </message>
</context>
<context>
    <name>CliHelp</name>
    <message>
        <source>this overview; help COMMAND explains a command</source>
        <translation>显示本概览；help COMMAND 说明某个命令</translation>
    </message>
    <message>
        <source>the program&apos;s version and the commit it was built from</source>
        <translation>程序版本及构建所用的提交</translation>
    </message>
    <message>
        <source>Exit status: 0 done; 1 the work failed (database, file system); 2 the input was wrong (an argument, a file&apos;s content), with a message on standard error that names it. A command may add its own, listed in its help.</source>
        <translation>退出码：0 完成；1 操作失败（数据库、文件系统）；2 输入有误（参数或文件内容），标准错误输出会指出错在何处。个别命令另有退出码，见其说明。</translation>
    </message>
    <message>
        <source>Usage: qinqing-cli [--db PATH] COMMAND [ARGUMENTS]</source>
        <translation>用法：qinqing-cli [--db PATH] COMMAND [ARGUMENTS]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <source>explain a command: help COMMAND (or COMMAND --help)</source>
        <translation>说明某个命令：help COMMAND（或 COMMAND --help）</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>选项：</translation>
    </message>
    <message>
        <source>The manual of every command: man qinqing-cli</source>
        <translation>全部命令的说明：man qinqing-cli</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>用法：%1</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>the command line of Qinqing, case management for government-enterprise dialogue meetings</source>
        <translation>亲清政企诉求办理系统的命令行工具</translation>
    </message>
    <message>
        <source>SYNOPSIS</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>qinqing-cli [--db PATH] COMMAND [ARGUMENTS]</source>
        <translation>qinqing-cli [--db PATH] COMMAND [ARGUMENTS]</translation>
    </message>
    <message>
        <source>DESCRIPTION</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>qinqing-cli works on the same database file as the desktop program qinqing: it creates a database, imports and lists appeals, computes deadlines on the official working-day calendar, prints the official forms, writes exports and reports, and fills a database with demo data. It needs no display, so that it runs in scripts, over ssh and from cron.</source>
        <translation>qinqing-cli 与桌面程序 qinqing 使用同一个数据库文件：创建数据库，导入和列出诉求，按官方工作日历计算期限，打印规范文书，导出清单和生成报告，以及填充演示数据。它不需要显示器，可在脚本中、通过 ssh 或由 cron 定时运行。</translation>
    </message>
    <message>
        <source>OPTIONS</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>COMMANDS</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>Without a command: the overview of --help. With one: that command&apos;s manual, as in this page. --man writes this page.</source>
        <translation>不带命令时显示 --help 的概览；带命令时显示该命令的说明，与本页相同。--man 输出本页。</translation>
    </message>
    <message>
        <source>EXIT STATUS</source>
        <translation>退出状态</translation>
    </message>
    <message>
        <source>ENVIRONMENT</source>
        <translation>环境变量</translation>
    </message>
    <message>
        <source>a Chinese locale (zh_CN.UTF-8) gives Chinese messages; English otherwise</source>
        <translation>中文区域设置（zh_CN.UTF-8）下显示中文信息，否则为英文</translation>
    </message>
    <message>
        <source>offscreen when not set: qinqing-cli needs no display</source>
        <translation>未设置时为 offscreen：qinqing-cli 不需要显示器</translation>
    </message>
    <message>
        <source>SEE ALSO</source>
        <translation>参见</translation>
    </message>
    <message>
        <source>qinqing(1); the manual inside the program (F1).</source>
        <translation>qinqing(1)；程序内的使用手册（按 F1）。</translation>
    </message>
    <message>
        <source>the database file (default: %1); only init creates a new one</source>
        <translation>数据库文件（默认：%1）；只有 init 命令会新建数据库</translation>
    </message>
</context>
<context>
    <name>ConversionProgress</name>
    <message>
        <source>Converting</source>
        <translation>正在转换</translation>
    </message>
    <message>
        <source>LibreOffice is converting %1…</source>
        <translation>LibreOffice 正在转换 %1……</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>CopyCommand</name>
    <message>
        <source>copy every record, scan and audit entry of a database file to a server database</source>
        <translation>将数据库文件中的全部记录、扫描件和操作日志复制到服务器数据库</translation>
    </message>
    <message>
        <source>Moves an office&apos;s database file to the server: copies every record, scanned form and audit-log entry into a server database made with `qinqing-cli server init` that has no records yet; the copy replaces its profile, calendar and settings with the file&apos;s and keeps its users. All or nothing: on any error the server keeps what it had. Prints the rows of every table on both sides. The file is only read.</source>
        <translation>将本单位的数据库文件迁到服务器：把全部记录、扫描件和操作日志复制到用 `qinqing-cli server init` 建立、尚无业务记录的服务器数据库；复制后其规则配置、工作日历和设置以文件中的为准，服务器上的用户保留不变。要么全部复制，要么不复制：出错时服务器保持原样。完成后列出每张表两边的行数。数据库文件只读不改。</translation>
    </message>
    <message>
        <source>  --from FILE    the SQLite database file
  --to URL       the server database</source>
        <translation>  --from 文件    SQLite 数据库文件
  --to 地址      服务器数据库</translation>
    </message>
    <message>
        <source>Example:</source>
        <translation>示例：</translation>
    </message>
    <message>
        <source>  qinqing-cli copy --from qinqing.sqlite --to postgresql:///qinqing</source>
        <translation>  qinqing-cli copy --from qinqing.sqlite --to postgresql:///qinqing</translation>
    </message>
    <message>
        <source>copy: both --from and --to are required</source>
        <translation>copy：必须同时给出 --from 和 --to</translation>
    </message>
    <message>
        <source>--from: %1: no such database file</source>
        <translation>--from：%1：数据库文件不存在</translation>
    </message>
    <message>
        <source>--from: %1</source>
        <translation>--from：%1</translation>
    </message>
    <message>
        <source>--to: %1</source>
        <translation>--to：%1</translation>
    </message>
    <message>
        <source>--to: %1 is not initialised; run qinqing-cli --db %1 server init first</source>
        <translation>--to：%1 尚未初始化；请先运行 qinqing-cli --db %1 server init</translation>
    </message>
    <message>
        <source>table</source>
        <translation>表</translation>
    </message>
    <message>
        <source>source</source>
        <translation>源文件</translation>
    </message>
    <message>
        <source>target</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>Copied %1 to %2.</source>
        <translation>已将 %1 复制到 %2。</translation>
    </message>
</context>
<context>
    <name>CsvExporter</name>
    <message>
        <source>The export was cancelled.</source>
        <translation>导出已取消。</translation>
    </message>
    <message>
        <source>Cannot write the CSV file: %1</source>
        <translation>无法写入 CSV 文件：%1</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>line %1 (row %2): a quoted field is not closed; a &quot; is missing</source>
        <translation>第 %1 行（第 %2 条记录）：引号字段未闭合，缺少 &quot;</translation>
    </message>
    <message>
        <source>line %1 (row %2): more than %3 columns; this is not a list of appeals, or it is damaged</source>
        <translation>第 %1 行（表格第 %2 行）：超过 %3 列；该文件不是诉求清单，或已损坏</translation>
    </message>
</context>
<context>
    <name>DashboardBuckets</name>
    <message>
        <source>Overdue</source>
        <translation>已超期</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Extended</source>
        <translation>已延期</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>已提交上级</translation>
    </message>
</context>
<context>
    <name>DashboardCharts</name>
    <message>
        <source>(not given)</source>
        <translation>（未填写）</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>On-time completion rate by department (%)</source>
        <translation>各部门按期办结率（%）</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>按期</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>%1 %2 (%3%)</source>
        <translation>%1 %2（%3%）</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <source>Basically satisfied</source>
        <translation>基本满意</translation>
    </message>
    <message>
        <source>Unsatisfied</source>
        <translation>不满意</translation>
    </message>
    <message>
        <source>Satisfaction: no evaluations in the period</source>
        <translation>满意度：本期内无评价</translation>
    </message>
</context>
<context>
    <name>DashboardDeadlineModel</name>
    <message>
        <source>Ten-day progress report</source>
        <translation>十日一报</translation>
    </message>
    <message>
        <source>First progress report</source>
        <translation>首次进展报送</translation>
    </message>
    <message>
        <source>Assignment %1</source>
        <translation>交办事项 %1</translation>
    </message>
    <message>
        <source>Meeting notice</source>
        <translation>会议通知</translation>
    </message>
    <message>
        <source>Problem catalogue</source>
        <translation>问题清单</translation>
    </message>
    <message>
        <source>Assign after meeting</source>
        <translation>会后交办</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Estimate: the working-day calendar lacks a year this count passes through.</source>
        <translation>估算：工作日历缺少本次计算所跨的年份。</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>待完成</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事项类型</translation>
    </message>
    <message>
        <source>Item or meeting</source>
        <translation>事项或会议</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>时限</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>DashboardItemModel</name>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Lead department</source>
        <translation>牵头承办部门</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>办理时限</translation>
    </message>
    <message>
        <source>Working days late</source>
        <translation>超期工作日</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>As of:</source>
        <translation>截至：</translation>
    </message>
    <message>
        <source>Department figures from:</source>
        <translation>部门统计起始日期：</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Open items</source>
        <translation>未办结事项</translation>
    </message>
    <message>
        <source>Reports and meeting deadlines</source>
        <translation>报送及会议时限</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message numerus="yes">
        <source>Due soon: within %n working day(s), up to %1.</source>
        <translation>
            <numerusform>即将到期：%n 个工作日内，截至 %1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n progress report(s) missed.</source>
        <translation>
            <numerusform>%n 次进展报送已逾期。</numerusform>
        </translation>
    </message>
    <message>
        <source>All open</source>
        <translation>全部未办结</translation>
    </message>
    <message>
        <source>Appeals per month by channel</source>
        <translation>各渠道每月诉求数</translation>
    </message>
    <message>
        <source>Appeals per month by domain</source>
        <translation>各领域每月诉求数</translation>
    </message>
    <message>
        <source>Summary report…</source>
        <translation>办理情况报告…</translation>
    </message>
    <message>
        <source>The leaders&apos; monthly or quarterly report (月报/季报) as PDF or ODT</source>
        <translation>向领导报送的诉求办理情况月报/季报，可存为 PDF 或 ODT</translation>
    </message>
    <message>
        <source>Summary report</source>
        <translation>办理情况报告</translation>
    </message>
    <message>
        <source>Reminder notice (催办通知) for this item…</source>
        <translation>打印本事项的催办通知…</translation>
    </message>
    <message>
        <source>Reminder notices for all overdue items…</source>
        <translation>打印全部逾期事项的催办通知…</translation>
    </message>
    <message>
        <source>Reminder notice</source>
        <translation>催办通知</translation>
    </message>
    <message>
        <source>Select an overdue item in the list first.</source>
        <translation>请先在列表中选择一项逾期事项。</translation>
    </message>
    <message>
        <source>Import the notice…</source>
        <translation>导入国务院通知…</translation>
    </message>
    <message>
        <source>The State Council&apos;s holiday arrangement for %1 is not in the calendar yet, so deadlines that run into %1 are estimates that count weekends only. The notice comes out in October or November: paste it to settle them.</source>
        <translation>工作日历中尚无国务院办公厅 %1 年节假日安排，跨入 %1 年的办理期限目前仅按周末估算。该通知一般于10月至11月发布，请将通知全文粘贴导入，以确定这些期限。</translation>
    </message>
    <message>
        <source>Show today</source>
        <translation>显示今天</translation>
    </message>
    <message>
        <source>These figures are as of %1, not today (%2): items overdue or due since then are not counted as such.</source>
        <translation>以下数据截至 %1，不是今天（%2）：此后超期或到期的事项未按超期、到期统计。</translation>
    </message>
    <message>
        <source>These figures are as of %1, a day still ahead (today is %2).</source>
        <translation>以下数据截至 %1，为今后的日期（今天是 %2）。</translation>
    </message>
</context>
<context>
    <name>DashboardQuery</name>
    <message>
        <source>Cannot read the open assignments: %1</source>
        <translation>无法读取未办结交办事项：%1</translation>
    </message>
    <message>
        <source>Cannot read the meetings: %1</source>
        <translation>无法读取会议：%1</translation>
    </message>
    <message>
        <source>Cannot count appeals per month: %1</source>
        <translation>无法统计每月诉求数：%1</translation>
    </message>
    <message>
        <source>The warning window is an estimate: %1</source>
        <translation>预警期限为估算值：%1</translation>
    </message>
    <message>
        <source>Cannot read the assignments: %1</source>
        <translation>无法读取交办事项：%1</translation>
    </message>
    <message>
        <source>Cannot read the extensions: %1</source>
        <translation>无法读取延期记录：%1</translation>
    </message>
    <message>
        <source>Cannot read the departments: %1</source>
        <translation>无法读取部门：%1</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot create the folder %1 for the database.</source>
        <translation>无法为数据库创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>无法打开数据库 %1：%2</translation>
    </message>
    <message>
        <source>Cannot prepare the database %1: %2</source>
        <translation>无法初始化数据库连接 %1：%2</translation>
    </message>
    <message>
        <source>This installation cannot reach a PostgreSQL server: the Qt driver for PostgreSQL (package libqt6sql6-psql) is missing.</source>
        <translation>本机无法连接 PostgreSQL 服务器：缺少 Qt 的 PostgreSQL 驱动（软件包 libqt6sql6-psql）。</translation>
    </message>
    <message>
        <source>Cannot connect to the server database %1: %2</source>
        <translation>无法连接服务器数据库 %1：%2</translation>
    </message>
    <message>
        <source>Cannot prepare the server database %1: %2</source>
        <translation>无法准备服务器数据库 %1：%2</translation>
    </message>
    <message>
        <source>The database file %1 is read-only: its permissions (or its folder&apos;s) do not let you change it. It is open for reading only; nothing can be saved.</source>
        <translation>数据库文件 %1 为只读：该文件（或其所在文件夹）的权限不允许修改。现以只读方式打开，无法保存任何内容。</translation>
    </message>
    <message>
        <source>%1 It also needs an upgrade to this version of Qinqing, which cannot be done on it.</source>
        <translation>%1 该文件还需升级到本版本亲清的格式，但在此状态下无法升级。</translation>
    </message>
    <message>
        <source>The database file %1 is damaged (%2). It is open read-only so that nothing more is lost. Restore the latest backup of it (`qinqing-cli restore BACKUP`, or File ▸ Restore… in the program); `qinqing-cli check` lists the damage and `qinqing-cli check --repair` mends a damaged search index; what can still be read can be saved with `qinqing-cli export`.</source>
        <translation>数据库文件 %1 已损坏（%2）。为避免丢失更多数据，现以只读方式打开。请恢复该文件的最近一次备份（`qinqing-cli restore 备份文件`，或在程序中使用“文件 ▸ 恢复…”）；`qinqing-cli check` 可列出损坏之处，`qinqing-cli check --repair` 可修复损坏的检索索引；仍可读取的内容可用 `qinqing-cli export` 导出保存。</translation>
    </message>
    <message>
        <source>(The server software said: %1)</source>
        <translation>（数据库服务器原话：%1）</translation>
    </message>
    <message>
        <source>Cannot update the server&apos;s statistics: %1</source>
        <translation>无法更新服务器的统计信息：%1</translation>
    </message>
</context>
<context>
    <name>DatabaseBackup</name>
    <message>
        <source>Cannot write the backup %1: %2</source>
        <translation>无法写入备份 %1：%2</translation>
    </message>
    <message>
        <source>Cannot read %1 for the backup: %2</source>
        <translation>无法读取 %1 进行备份：%2</translation>
    </message>
    <message>
        <source>%1 is a folder; name the backup file to write.</source>
        <translation>%1 是文件夹，请指定要写入的备份文件名。</translation>
    </message>
    <message>
        <source>%1 is the database itself; write the backup to another file.</source>
        <translation>%1 就是数据库本身，请将备份写入另一个文件。</translation>
    </message>
    <message>
        <source>%1: the folder %2 does not exist.</source>
        <translation>%1：文件夹 %2 不存在。</translation>
    </message>
    <message>
        <source>The backup %1 was written but cannot be read back.</source>
        <translation>备份 %1 已写入，但无法读回。</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder for the backup: %1</source>
        <translation>无法为备份创建临时文件夹：%1</translation>
    </message>
    <message>
        <source>Cannot read %1 consistently: %2</source>
        <translation>无法一致地读取 %1：%2</translation>
    </message>
    <message>
        <source>Cannot copy %1 for the backup: %2</source>
        <translation>无法复制 %1 进行备份：%2</translation>
    </message>
</context>
<context>
    <name>DatabaseCopier</name>
    <message>
        <source>The source is at schema version %1 and the target at %2; open both with this version of Qinqing first.</source>
        <translation>源数据库的结构版本为 %1，目标为 %2；请先用本版本的亲清分别打开二者。</translation>
    </message>
    <message>
        <source>Cannot work out the order of the tables to copy.</source>
        <translation>无法确定各表的复制顺序。</translation>
    </message>
    <message>
        <source>%1 already holds records (%2 rows in %3): copy only into a new, initialised database, so that nothing on the server is overwritten.</source>
        <translation>%1 中已有记录（%3 表中 %2 行）：只能复制到新建并已初始化的数据库，以免覆盖服务器上的数据。</translation>
    </message>
    <message>
        <source>Cannot prepare the copy on %1: %2</source>
        <translation>无法在 %1 上准备复制：%2</translation>
    </message>
    <message>
        <source>Cannot empty %1 on the target: %2</source>
        <translation>无法清空目标中的 %1：%2</translation>
    </message>
    <message>
        <source>Cannot set the id counter of %1: %2</source>
        <translation>无法设置 %1 的编号计数器：%2</translation>
    </message>
    <message>
        <source>%1: %2 rows in the source but %3 on the target; nothing was copied.</source>
        <translation>%1：源中有 %2 行，目标中为 %3 行；未复制任何数据。</translation>
    </message>
    <message>
        <source>Cannot commit the copy on %1: %2</source>
        <translation>无法在 %1 上提交复制：%2</translation>
    </message>
    <message>
        <source>Cannot read %1 from the source: %2</source>
        <translation>无法从源中读取 %1：%2</translation>
    </message>
    <message>
        <source>Cannot write %1 on the target: %2</source>
        <translation>无法向目标写入 %1：%2</translation>
    </message>
    <message>
        <source>Cannot copy a row of %1 (id %2): %3</source>
        <translation>无法复制 %1 中的一行（id %2）：%3</translation>
    </message>
    <message>
        <source>Cannot link the rows of %1 (id %2): %3</source>
        <translation>无法关联 %1 中的记录（id %2）：%3</translation>
    </message>
</context>
<context>
    <name>DatabaseFileCheck</name>
    <message>
        <source>The folder %1 of the database file %2 does not exist (is a drive or shared folder not connected?).</source>
        <translation>数据库文件 %2 所在的文件夹 %1 不存在（是否有磁盘或共享文件夹未连接？）。</translation>
    </message>
    <message>
        <source>There is no database file %1.</source>
        <translation>数据库文件 %1 不存在。</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 是文件夹，不是数据库文件。</translation>
    </message>
    <message>
        <source>The file %1 is empty: it is not a Qinqing database yet.</source>
        <translation>文件 %1 是空文件，尚不是亲清数据库。</translation>
    </message>
    <message>
        <source>Cannot read the file %1: %2</source>
        <translation>无法读取文件 %1：%2</translation>
    </message>
    <message>
        <source>The file %1 is not a Qinqing database: it is not a database file at all (a document or a PDF?). It was left as it was.</source>
        <translation>文件 %1 不是亲清数据库，根本不是数据库文件（可能是文档或 PDF）。该文件未作任何改动。</translation>
    </message>
    <message>
        <source>The file %1 is an empty database: it is not a Qinqing database yet.</source>
        <translation>文件 %1 是空数据库，尚不是亲清数据库。</translation>
    </message>
    <message>
        <source>The file %1 is another program&apos;s database, not a Qinqing database. It was left as it was.</source>
        <translation>文件 %1 是其他程序的数据库，不是亲清数据库。该文件未作任何改动。</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of Qinqing (schema %2; this program knows up to %3). Please update Qinqing. The file was left as it was.</source>
        <translation>数据库 %1 由更新版本的亲清写入（数据结构版本 %2，本程序最高支持 %3）。请升级亲清。该文件未作任何改动。</translation>
    </message>
    <message>
        <source>The file %1 is damaged and cannot be read as a database (%2). Restore a backup of it (qinqing-cli restore BACKUP, or File ▸ Restore… in the program).</source>
        <translation>文件 %1 已损坏，无法作为数据库读取（%2）。请恢复该文件的备份（qinqing-cli restore 备份文件，或在程序中使用“文件 ▸ 恢复…”）。</translation>
    </message>
    <message>
        <source>The database file %1 holds a change that a program did not finish (it was stopped, or the computer went off, while saving); %2 beside it holds what has to be undone first. That needs permission to change the file and its folder %3, which you do not have, so it cannot be opened. Ask for that permission, or copy both files into a folder of your own and open the copy there. The file is not damaged and was left as it was.</source>
        <translation>数据库文件 %1 中有一次未完成的修改（保存过程中程序被中止或计算机断电），旁边的 %2 记录了需要先撤销的内容。撤销需要修改该文件及其所在文件夹 %3 的权限，您目前没有该权限，因此无法打开。请申请该权限，或将这两个文件一并复制到您自己的文件夹中，再打开副本。该文件并未损坏，已保持原样。</translation>
    </message>
</context>
<context>
    <name>DatabaseInitializer</name>
    <message>
        <source>Cannot install the built-in working-day calendar: %1</source>
        <translation>无法安装内置工作日历：%1</translation>
    </message>
    <message>
        <source>the working-day calendar</source>
        <translation>工作日历</translation>
    </message>
</context>
<context>
    <name>DatabaseRestore</name>
    <message>
        <source>%1: no such file.</source>
        <translation>%1：文件不存在。</translation>
    </message>
    <message>
        <source>%1: cannot read the file: %2</source>
        <translation>%1：无法读取文件：%2</translation>
    </message>
    <message>
        <source>%1 is not a Qinqing database (not an SQLite file); nothing was restored.</source>
        <translation>%1 不是亲清数据库（不是 SQLite 文件），未恢复任何内容。</translation>
    </message>
    <message>
        <source>%1: cannot open the file: %2</source>
        <translation>%1：无法打开文件：%2</translation>
    </message>
    <message>
        <source>%1 is damaged (%2); nothing was restored.</source>
        <translation>%1 已损坏（%2），未恢复任何内容。</translation>
    </message>
    <message>
        <source>%1 is not a Qinqing database (it has no table %2); nothing was restored.</source>
        <translation>%1 不是亲清数据库（缺少数据表 %2），未恢复任何内容。</translation>
    </message>
    <message>
        <source>%1 is not a Qinqing database (no schema version); nothing was restored.</source>
        <translation>%1 不是亲清数据库（没有结构版本），未恢复任何内容。</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Qinqing (schema %2; this program reads up to %3); nothing was restored. Please update Qinqing.</source>
        <translation>%1 由更新版本的亲清写入（结构版本 %2，本程序最高可读 %3），未恢复任何内容。请更新亲清。</translation>
    </message>
    <message>
        <source>%1: cannot read the appeals: %2</source>
        <translation>%1：无法读取诉求：%2</translation>
    </message>
    <message>
        <source>Cannot reach SQLite to restore the file.</source>
        <translation>无法调用 SQLite 恢复该文件。</translation>
    </message>
    <message>
        <source>Cannot restore: %1</source>
        <translation>无法恢复：%1</translation>
    </message>
    <message>
        <source>Another program is writing the database; try again when it is done.</source>
        <translation>另一个程序正在写入数据库，请待其完成后重试。</translation>
    </message>
    <message>
        <source>Cannot move %1 aside: %2</source>
        <translation>无法将 %1 移到一旁保留：%2</translation>
    </message>
    <message>
        <source>Check the backup before restoring it.</source>
        <translation>请先检查备份，再进行恢复。</translation>
    </message>
    <message>
        <source>%1 is the database itself; nothing was restored.</source>
        <translation>%1 就是数据库本身，未恢复任何内容。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
</context>
<context>
    <name>DeadlineCommand</name>
    <message>
        <source>compute a deadline in working days or calendar days (start day not counted)</source>
        <translation>按工作日或自然日计算期限（起算日不计入）</translation>
    </message>
    <message>
        <source>--from: the start date is required</source>
        <translation>--from：需要指定起算日期</translation>
    </message>
    <message>
        <source>give exactly one of --working-days N and --calendar-days N</source>
        <translation>--working-days N 与 --calendar-days N 须且只能指定其一</translation>
    </message>
    <message>
        <source>%1: unexpected argument</source>
        <translation>%1：多余的参数</translation>
    </message>
    <message>
        <source>uncertain: %1</source>
        <translation>期限不确定：%1</translation>
    </message>
    <message>
        <source>Prints the deadline that falls the given number of days after a start date, counted as the Civil Code counts it (articles 201 and 203): the start day is not counted; N working days end on the Nth working day after it, on the official calendar with its holidays and working weekends (调休); N calendar days end N days after it, moved to the next working day when that day is a day off.</source>
        <translation>输出自起算日起经过指定天数后的期限，按民法典第二百零一条、第二百零三条计算：起算日当天不计入；N 个工作日截止于其后第 N 个工作日（按官方工作日历，含法定节假日和调休上班日）；N 个自然日截止于其后第 N 天，该日为休息日的，顺延至下一个工作日。</translation>
    </message>
    <message>
        <source>  --from YYYY-MM-DD     the start date
  --working-days N      count working days
  --calendar-days N     count calendar days (exactly one of the two)</source>
        <translation>  --from YYYY-MM-DD     起算日期
  --working-days N      按工作日计算
  --calendar-days N     按自然日计算（两者只能选一）</translation>
    </message>
    <message>
        <source>Exit status 3: the count runs into a year the calendar does not have yet. The date printed is then an estimate on weekends alone, and standard error names the missing year; import that year with calendar import.</source>
        <translation>退出码 3：计算跨入了工作日历中尚无安排的年份。此时输出的日期仅按周末估算，标准错误输出会指出缺少的年份；请用 calendar import 导入该年的安排。</translation>
    </message>
    <message>
        <source>Example (the National Day holiday is skipped):</source>
        <translation>示例（跳过国庆假期）：</translation>
    </message>
    <message>
        <source>  qinqing-cli deadline --from 2024-09-27 --working-days 7
  2024-10-12</source>
        <translation>  qinqing-cli deadline --from 2024-09-27 --working-days 7
  2024-10-12</translation>
    </message>
</context>
<context>
    <name>DeadlineMovesView</name>
    <message>
        <source>Item</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Lead department</source>
        <translation>牵头部门</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Was</source>
        <translation>原日期</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>新日期</translation>
    </message>
    <message>
        <source>Moved by</source>
        <translation>变动</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) later</source>
        <translation>
            <numerusform>推后 %n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) earlier</source>
        <translation>
            <numerusform>提前 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>First progress report</source>
        <translation>首次进展报送</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>办结</translation>
    </message>
    <message>
        <source>%1 (still an estimate)</source>
        <translation>%1（仍为估算）</translation>
    </message>
    <message>
        <source>No open deadline moves.</source>
        <translation>未办结事项的期限均不变动。</translation>
    </message>
    <message>
        <source>No open deadline moved.</source>
        <translation>未办结事项的期限均未变动。</translation>
    </message>
    <message numerus="yes">
        <source>%n open deadline(s) move:</source>
        <translation>
            <numerusform>将有 %n 项未办结事项的期限变动：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open deadline(s) moved:</source>
        <translation>
            <numerusform>已有 %n 项未办结事项的期限变动：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n estimated deadline(s) are confirmed as they are.</source>
        <translation>
            <numerusform>%n 项估算期限将按原日期确认。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n estimated deadline(s) were confirmed as they are.</source>
        <translation>
            <numerusform>%n 项估算期限已按原日期确认。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) still have estimated deadlines (a year is still missing).</source>
        <translation>
            <numerusform>仍有 %n 项事项的期限为估算（所涉年份的节假日安排尚未导入）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Estimated deadlines set by hand are not counted again; check them: %1.</source>
        <translation>手工设定的估算期限不重新计算，请核对：%1。</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between appeal numbers</comment>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>DeadlineSettlement</name>
    <message>
        <source>Cannot read the open assignments&apos; deadlines: %1</source>
        <translation>无法读取未办结交办事项的期限：%1</translation>
    </message>
    <message>
        <source>%1: cannot store the recomputed deadline: %2</source>
        <translation>%1：无法保存重新计算的期限：%2</translation>
    </message>
    <message>
        <source>%1: cannot write its history.</source>
        <translation>%1：无法写入办理记录。</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) later</source>
        <translation>
            <numerusform>推后 %n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) earlier</source>
        <translation>
            <numerusform>提前 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2): first progress report %3 → %4, %5</source>
        <translation>%1（%2）：首次进展报送 %3 → %4，%5</translation>
    </message>
    <message>
        <source>%1 (%2): deadline %3 → %4, %5</source>
        <translation>%1（%2）：办理期限 %3 → %4，%5</translation>
    </message>
    <message>
        <source> (still an estimate)</source>
        <translation>（仍为估算）</translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <source>fill an empty database with realistic demo data</source>
        <translation>向空数据库填充仿真演示数据</translation>
    </message>
    <message>
        <source>%1: unexpected argument</source>
        <translation>%1：意外的参数</translation>
    </message>
    <message>
        <source>--appeals: the number of appeals is required</source>
        <translation>--appeals：须指定诉求数量</translation>
    </message>
    <message>
        <source>%1 appeals, %2 enterprises, %3 departments, %4 leaders, %5 meetings, %6 topics, %7 assignments, %8 progress reports, %9 extensions, %10 evaluations</source>
        <translation>诉求 %1 条，企业 %2 家，部门 %3 个，领导 %4 名，会议 %5 场，议题 %6 个，交办事项 %7 件，进展报送 %8 次，延期 %9 次，评价 %10 条</translation>
    </message>
    <message>
        <source>--today: %1 is too early; the demo needs a date from %2 on (two months into the official calendar&apos;s first year)</source>
        <translation>--today：%1 过早；演示数据需要 %2 及以后的日期（官方工作日历首个年份的两个月之后）</translation>
    </message>
    <message>
        <source>Demo data as of %1 written to %2 in %3 s:</source>
        <translation>截至 %1 的演示数据已写入 %2，用时 %3 秒：</translation>
    </message>
    <message>
        <source>--today: as of %1 some generated deadlines fall beyond the official calendar&apos;s last known year and are marked uncertain (the latest date without is %2)</source>
        <translation>--today：截至 %1，部分生成的办理时限超出官方工作日历已知的最后一年，将标记为不确定（不超出的最晚日期为 %2）</translation>
    </message>
    <message>
        <source>Fills an empty database with realistic, invented data: enterprises, departments, leaders, monthly meetings, appeals, assignments with progress reports, extensions and evaluations. It refuses a database that already has appeals, enterprises, departments or meetings, so that invented records never mix with real ones: use a new --db.</source>
        <translation>向空数据库填充仿真的虚构数据：企业、部门、领导、每月的会议、诉求、交办事项及其进展报送、延期和评价。已有诉求、企业、部门或会议的数据库会被拒绝，以免虚构记录与真实记录混在一起：请使用新的 --db。</translation>
    </message>
    <message>
        <source>  --appeals N      how many appeals
  --seed S         another seed gives other data (default: 1)
  --today DATE     &quot;today&quot; in the demo world (YYYY-MM-DD): the meetings fall so that, as of
                   that date, open items are overdue, due soon and on track</source>
        <translation>  --appeals N      诉求数量
  --seed S         换一个种子即得到另一批数据（默认 1）
  --today DATE     演示数据中的“今天”（YYYY-MM-DD）：会议日期的安排使得截至该日，
                   未办结事项中有已逾期的、即将到期的和正常办理的</translation>
    </message>
    <message>
        <source>The same seed, count and date always give the same data. Without --today the date is the current one, but no later than the last date whose deadlines (a 15-day extension of the profile&apos;s longest limit included) stay inside the calendar&apos;s last known year, so that no deadline in the demo is uncertain; importing the next year&apos;s calendar moves that limit.</source>
        <translation>种子、数量和日期相同，生成的数据就完全相同。不加 --today 时取当前日期，但不晚于这样一个日期：所有期限（含按制度最长时限再延期 15 天）都落在工作日历已知的最后一年之内，以免演示数据中出现不确定的期限；导入下一年的日历后，这一界限随之后移。</translation>
    </message>
    <message>
        <source>Example:</source>
        <translation>示例：</translation>
    </message>
    <message>
        <source>  qinqing-cli --db demo.sqlite init --profile wushen
  qinqing-cli --db demo.sqlite demo --appeals 3000 --seed 7</source>
        <translation>  qinqing-cli --db demo.sqlite init --profile wushen
  qinqing-cli --db demo.sqlite demo --appeals 3000 --seed 7</translation>
    </message>
</context>
<context>
    <name>DemoDataGenerator</name>
    <message>
        <source>appeals: the number must not be negative</source>
        <translation>appeals：数量不能为负数</translation>
    </message>
    <message>
        <source>The database %1 already has records; demo data is only written into an empty database so that it never mixes with real cases.</source>
        <translation>数据库 %1 中已有记录；演示数据仅写入空数据库，以免与真实案件混杂。</translation>
    </message>
    <message>
        <source>Cannot save the demo data: %1</source>
        <translation>无法保存演示数据：%1</translation>
    </message>
    <message>
        <source>Cannot write demo %1: %2</source>
        <translation>无法写入演示%1：%2</translation>
    </message>
    <message>
        <source>today: the demo needs a date from %1 on (two months into the official calendar&apos;s first year)</source>
        <translation>参考日期（“今天”）：演示数据需要 %1 及以后的日期（官方工作日历首个年份的两个月之后）</translation>
    </message>
    <message>
        <source>Cannot prepare the database for the demo data: %1</source>
        <translation>无法为演示数据准备数据库：%1</translation>
    </message>
    <message>
        <source>Cannot index the demo data: %1</source>
        <translation>无法为演示数据建立索引：%1</translation>
    </message>
</context>
<context>
    <name>DepartmentRepository</name>
    <message>
        <source>Department name: is required</source>
        <translation>部门名称：必填</translation>
    </message>
    <message>
        <source>Department name: %1 already exists</source>
        <translation>部门名称：%1 已存在</translation>
    </message>
    <message>
        <source>Cannot store the department %1: %2</source>
        <translation>无法保存部门 %1：%2</translation>
    </message>
    <message>
        <source>Cannot write the audit log for the department %1</source>
        <translation>无法写入部门 %1 的审计日志</translation>
    </message>
    <message>
        <source>Cannot commit the department %1</source>
        <translation>无法提交部门 %1</translation>
    </message>
    <message>
        <source>There is no department with id %1</source>
        <translation>不存在 ID 为 %1 的部门</translation>
    </message>
    <message>
        <source>Cannot update the department %1: %2</source>
        <translation>无法更新部门 %1：%2</translation>
    </message>
    <message>
        <source>the department</source>
        <translation>部门信息</translation>
    </message>
    <message>
        <source>The department %1</source>
        <translation>部门“%1”</translation>
    </message>
</context>
<context>
    <name>DepartmentScoreModel</name>
    <message>
        <source>%1 of %2 completed on time</source>
        <translation>%2 件中按期办结 %1 件</translation>
    </message>
    <message>
        <source>satisfied %1, basically satisfied %2, unsatisfied %3</source>
        <translation>满意 %1，基本满意 %2，不满意 %3</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未办结</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已超期</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>按期</translation>
    </message>
    <message>
        <source>Extensions</source>
        <translation>延期</translation>
    </message>
    <message>
        <source>Avg. working days</source>
        <translation>平均工作日</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <source>Re-handled</source>
        <translation>重办</translation>
    </message>
</context>
<context>
    <name>DepartmentScorecard</name>
    <message>
        <source>Cannot count completed assignments: %1</source>
        <translation>无法统计已办结交办事项：%1</translation>
    </message>
    <message>
        <source>Cannot count extensions: %1</source>
        <translation>无法统计延期：%1</translation>
    </message>
    <message>
        <source>Cannot count evaluations: %1</source>
        <translation>无法统计评价：%1</translation>
    </message>
    <message>
        <source>(department %1)</source>
        <translation>（部门 %1）</translation>
    </message>
</context>
<context>
    <name>DepartmentsLeadersPage</name>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>简称</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>领导</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Domains</source>
        <translation>分管领域</translation>
    </message>
    <message>
        <source>Liaison enterprises</source>
        <translation>联系企业</translation>
    </message>
    <message>
        <source>New &amp;department…</source>
        <translation>新建部门(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>New &amp;leader…</source>
        <translation>新建领导(&amp;L)…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>编辑(&amp;I)…</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Leaders</source>
        <translation>领导</translation>
    </message>
    <message>
        <source>History of the selected entry</source>
        <translation>所选条目的历史记录</translation>
    </message>
    <message>
        <source>Each leader liaises with %1–%2 key enterprises, as the profile asks.</source>
        <translation>每位领导均按制度配置要求联系 %1–%2 家重点企业。</translation>
    </message>
    <message>
        <source>The profile asks for %1–%2 liaison enterprises per leader; not so for: %3. Set the liaison leader on the Enterprises page.</source>
        <translation>制度配置要求每位领导联系 %1–%2 家企业，以下领导不符合：%3。请在“企业”页面设置联系领导。</translation>
    </message>
    <message>
        <source>New department</source>
        <translation>新建部门</translation>
    </message>
    <message>
        <source>Edit department</source>
        <translation>编辑部门</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Short name:</source>
        <translation>简称：</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation>联系人：</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>电话：</translation>
    </message>
    <message>
        <source>Level:</source>
        <translation>层级：</translation>
    </message>
    <message>
        <source>New leader</source>
        <translation>新建领导</translation>
    </message>
    <message>
        <source>Edit leader</source>
        <translation>编辑领导</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>职务：</translation>
    </message>
    <message>
        <source>Domains (separate with 、):</source>
        <translation>分管领域（以、分隔）：</translation>
    </message>
    <message>
        <source>&amp;Print list</source>
        <translation>打印列表(&amp;P)</translation>
    </message>
    <message>
        <source>Print li&amp;st</source>
        <translation>打印列表(&amp;S)</translation>
    </message>
</context>
<context>
    <name>DocumentRenderer</name>
    <message>
        <source>There is nothing to print.</source>
        <translation>没有可打印的内容。</translation>
    </message>
    <message>
        <source>Cannot start printing (the printer or file refused).</source>
        <translation>无法开始打印（打印机或文件拒绝）。</translation>
    </message>
    <message>
        <source>Printing was cancelled after %1 of %2 documents.</source>
        <translation>已打印 %1 份（共 %2 份）后取消打印。</translation>
    </message>
    <message>
        <source>Cannot write the PDF file %1.</source>
        <translation>无法写入 PDF 文件 %1。</translation>
    </message>
    <message>
        <source>Cannot write the OpenDocument file %1: %2</source>
        <translation>无法写入 OpenDocument 文件 %1：%2</translation>
    </message>
    <message>
        <source>Cannot finish the printout (the printer or file refused).</source>
        <translation>无法完成打印（打印机或文件拒绝写入）。</translation>
    </message>
</context>
<context>
    <name>DocxText</name>
    <message>
        <source>the file is a Word 97-2003 document (.doc): save it as .docx in Word or WPS and import that</source>
        <translation>该文件是 Word 97-2003 文档（.doc）：请在 Word 或 WPS 中另存为 .docx 后再导入</translation>
    </message>
    <message>
        <source>the file is not a .docx document: %1</source>
        <translation>该文件不是 .docx 文档：%1</translation>
    </message>
    <message>
        <source>the file is an Excel workbook, not a Word document</source>
        <translation>该文件是 Excel 工作簿，不是 Word 文档</translation>
    </message>
    <message>
        <source>the file is a zip archive but not a .docx document: it has no word/document.xml</source>
        <translation>该文件是 zip 压缩包，但不是 .docx 文档：其中没有 word/document.xml</translation>
    </message>
    <message>
        <source>the document cannot be read: %1</source>
        <translation>无法读取文档：%1</translation>
    </message>
    <message>
        <source>the document is damaged: word/document.xml, line %1: %2</source>
        <translation>文档已损坏：word/document.xml 第 %1 行：%2</translation>
    </message>
</context>
<context>
    <name>EditConflict</name>
    <message>
        <source>a moment ago</source>
        <translation>刚才</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>其他用户</translation>
    </message>
    <message>
        <source>%1 was changed by %2 at %3 after you opened it. Nothing of yours was saved yet: reload it to see the changes, or save your changes onto them.</source>
        <translation>在您打开之后，%1 已由 %2 于 %3 修改。您的修改尚未保存：可重新载入查看对方的修改，或把您的修改保存到对方的版本上。</translation>
    </message>
</context>
<context>
    <name>EditConflictDialog</name>
    <message>
        <source>Changed at another desk</source>
        <translation>记录已被他人修改</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>The other desk&apos;s change does not touch the fields of this form.</source>
        <translation>对方的修改不涉及本表单中的字段。</translation>
    </message>
    <message>
        <source>&amp;Reload the stored version</source>
        <translation>重新载入库中内容(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Back to the form</source>
        <translation>返回表单(&amp;B)</translation>
    </message>
    <message>
        <source>Your change</source>
        <translation>您的修改</translation>
    </message>
    <message>
        <source>Saved by the other desk</source>
        <translation>对方保存的内容</translation>
    </message>
    <message>
        <source>Changed at both desks: saving yours replaces theirs.</source>
        <translation>双方都修改了此栏：保存您的修改将替换对方的内容。</translation>
    </message>
    <message>
        <source>&amp;Save my changes</source>
        <translation>保存我的修改(&amp;O)</translation>
    </message>
    <message>
        <source>Saves the fields you changed onto the stored version; what only the other desk changed stays as they saved it.</source>
        <translation>只把您改动的栏目保存到库中现有版本上；仅对方改动的栏目保留对方保存的内容。</translation>
    </message>
    <message>
        <source>(not changed)</source>
        <translation>（未改动）</translation>
    </message>
</context>
<context>
    <name>EnterpriseDialog</name>
    <message>
        <source>Edit enterprise</source>
        <translation>编辑企业</translation>
    </message>
    <message>
        <source>New enterprise</source>
        <translation>新建企业</translation>
    </message>
    <message>
        <source>e.g. 规上、高新技术 (separate with 、 or commas)</source>
        <translation>如：规上、高新技术（以、或逗号分隔）</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Credit code (USCC):</source>
        <translation>统一社会信用代码(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Responsible person:</source>
        <translation>负责人(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>电话(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Industry:</source>
        <translation>行业(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;District:</source>
        <translation>所属区域(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>标签(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Liaison leader:</source>
        <translation>联系领导(&amp;L)：</translation>
    </message>
    <message>
        <source>The enterprise %1 no longer exists.</source>
        <translation>企业“%1”已不存在。</translation>
    </message>
    <message>
        <source>The dialog shows the stored version now; nothing of yours was saved.</source>
        <translation>窗口现已显示库中保存的内容；您刚才的修改未保存。</translation>
    </message>
</context>
<context>
    <name>EnterpriseListModel</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Responsible person</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>District</source>
        <translation>所属区域</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Liaison leader</source>
        <translation>联系领导</translation>
    </message>
    <message>
        <source>Appeals</source>
        <translation>诉求</translation>
    </message>
</context>
<context>
    <name>EnterpriseRepository</name>
    <message>
        <source>Enterprise name: is required</source>
        <translation>企业名称：必填</translation>
    </message>
    <message>
        <source>Enterprise name: %1 already exists</source>
        <translation>企业名称：%1 已存在</translation>
    </message>
    <message>
        <source>Cannot store the enterprise %1: %2</source>
        <translation>无法保存企业 %1：%2</translation>
    </message>
    <message>
        <source>Cannot write the audit log for the enterprise %1</source>
        <translation>无法写入企业 %1 的审计日志</translation>
    </message>
    <message>
        <source>Cannot commit the enterprise %1</source>
        <translation>无法提交企业 %1</translation>
    </message>
    <message>
        <source>There is no enterprise with id %1</source>
        <translation>不存在 ID 为 %1 的企业</translation>
    </message>
    <message>
        <source>Cannot update the enterprise %1: %2</source>
        <translation>无法更新企业 %1：%2</translation>
    </message>
    <message>
        <source>Cannot store the tags: %1</source>
        <translation>无法保存标签：%1</translation>
    </message>
    <message>
        <source>Cannot store the tag %1: %2</source>
        <translation>无法保存标签 %1：%2</translation>
    </message>
    <message>
        <source>the enterprise&apos;s tags</source>
        <translation>企业标签</translation>
    </message>
    <message>
        <source>the enterprise</source>
        <translation>企业信息</translation>
    </message>
    <message>
        <source>Cannot store the enterprises: %1</source>
        <translation>无法保存企业：%1</translation>
    </message>
    <message>
        <source>Cannot write the audit log for the enterprises: %1</source>
        <translation>无法写入企业的审计日志：%1</translation>
    </message>
    <message>
        <source>Cannot commit the enterprises</source>
        <translation>无法提交企业信息</translation>
    </message>
    <message>
        <source>the enterprises</source>
        <translation>企业名录</translation>
    </message>
    <message>
        <source>The enterprise %1</source>
        <translation>企业“%1”</translation>
    </message>
</context>
<context>
    <name>EnterprisesPage</name>
    <message>
        <source>Search name, credit code or tag</source>
        <translation>搜索名称、统一社会信用代码或标签</translation>
    </message>
    <message>
        <source>&amp;New enterprise…</source>
        <translation>新建企业(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>提交日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Appeals</source>
        <translation>诉求</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>走访</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>Print &amp;list</source>
        <translation>打印列表(&amp;L)</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>export the problem list, assignments or evaluations to .xlsx, .csv or .pdf</source>
        <translation>将问题清单、交办事项或评价导出为 .xlsx、.csv 或 .pdf</translation>
    </message>
    <message>
        <source>give one list to export: %1</source>
        <translation>请指定一个要导出的清单：%1</translation>
    </message>
    <message>
        <source>%1: unknown list; use one of %2</source>
        <translation>%1：未知清单，请使用以下之一：%2</translation>
    </message>
    <message>
        <source>--out: the file to write is required</source>
        <translation>--out：须指定要写入的文件</translation>
    </message>
    <message>
        <source>--out: %1 must end in .xlsx, .csv or .pdf</source>
        <translation>--out：%1 须以 .xlsx、.csv 或 .pdf 结尾</translation>
    </message>
    <message>
        <source>--from %1 is after --to %2</source>
        <translation>--from %1 晚于 --to %2</translation>
    </message>
    <message>
        <source>--meeting: &quot;%1&quot; is not a meeting number</source>
        <translation>--meeting：“%1”不是会议编号</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) -&gt; %1</source>
        <translation>
            <numerusform>%n 行 -&gt; %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Example:</source>
        <translation>示例：</translation>
    </message>
    <message>
        <source>  qinqing-cli export problem-list --meeting 12 --public --out 问题清单.xlsx</source>
        <translation>  qinqing-cli export problem-list --meeting 12 --public --out 问题清单.xlsx</translation>
    </message>
    <message>
        <source>Writes a list for the leaders or for publication: problem-list (the appeals and how they were handled), assignments, or evaluations. The file type follows the name: .xlsx (a header row that stays in view, filters, dates as dates), .csv (UTF-8 that Excel and WPS open directly) or .pdf (landscape A4). Rows go from the database to the file one at a time, so a million rows take little memory; on a terminal the rows written so far are shown, and Ctrl+C stops the export. The file appears only when complete: a failed, stopped or killed export leaves nothing behind and an older file of the same name as it was.</source>
        <translation>导出供领导阅看或对外公开的清单：problem-list（诉求及其办理情况）、assignments（交办事项）或 evaluations（评价）。文件类型由文件名决定：.xlsx（表头冻结、可筛选、日期为日期格式）、.csv（UTF-8，Excel 和 WPS 可直接打开）或 .pdf（A4 横向）。数据逐行从数据库写入文件，百万行也只占很少内存；在终端上会显示已写出的行数，按 Ctrl+C 可停止导出。文件只有在全部写完后才会出现：导出失败、被停止或被强行终止都不会留下残缺文件，同名的旧文件保持原样。</translation>
    </message>
    <message>
        <source>CSV cells that a spreadsheet would run as a formula (starting with = + - @) get a leading &apos;; .xlsx keeps them as text.</source>
        <translation>CSV 中会被电子表格当作公式执行的单元格（以 = + - @ 开头）前加一个 &apos;；.xlsx 中这些内容始终保存为文本。</translation>
    </message>
    <message>
        <source>  --meeting ID              only that meeting&apos;s items
  --from DATE, --to DATE    only items within these dates (YYYY-MM-DD)
  --public                  only the columns the profile allows to publish, with personal
                            data masked: every person and phone number the record holds,
                            wherever its texts name them (张*, 欧阳**), and phone, ID and
                            card numbers and e-mail addresses (139****5678)
  --sheet-per-department    .xlsx: one sheet per lead department
  --out FILE                the file to write</source>
        <translation>  --meeting ID              仅该会议的事项
  --from DATE, --to DATE    仅该日期范围内的事项（YYYY-MM-DD）
  --public                  仅导出制度配置允许公开的列，个人信息作遮蔽处理：该记录中
                            保存的每个人名和电话，在正文中出现的地方一律遮蔽（张*、欧阳**），
                            电话、身份证、银行卡号码和电子邮箱也一并遮蔽（139****5678）
  --sheet-per-department    .xlsx：每个牵头部门一个工作表
  --out FILE                要写入的文件</translation>
    </message>
    <message>
        <source>%1 of %2 rows</source>
        <translation>%1 / %2 行</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 行</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export a list</source>
        <translation>导出清单</translation>
    </message>
    <message>
        <source>Problem list (问题建议清单)</source>
        <translation>问题建议清单</translation>
    </message>
    <message>
        <source>Assignments (交办事项)</source>
        <translation>交办事项</translation>
    </message>
    <message>
        <source>Evaluations (评价)</source>
        <translation>评价</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Public version (公开): only public fields, names and phone numbers masked</source>
        <translation>公开版：仅含公开字段，姓名和电话号码作脱敏处理</translation>
    </message>
    <message>
        <source>Spreadsheet: also a sheet per lead department</source>
        <translation>电子表格：另按牵头承办部门各生成一个工作表</translation>
    </message>
    <message>
        <source>a file ending in .xlsx, .csv or .pdf</source>
        <translation>以 .xlsx、.csv 或 .pdf 结尾的文件</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message numerus="yes">
        <source>The dashboard&apos;s list (%n item(s))</source>
        <translation>
            <numerusform>督办台清单（%n 项）</numerusform>
        </translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>导出至</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv);;PDF (*.pdf)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV，UTF-8 (*.csv);;PDF (*.pdf)</translation>
    </message>
    <message>
        <source>File: &quot;%1&quot; must end in .xlsx, .csv or .pdf.</source>
        <translation>文件：“%1”必须以 .xlsx、.csv 或 .pdf 结尾。</translation>
    </message>
    <message>
        <source>&amp;List:</source>
        <translation>清单(&amp;L)：</translation>
    </message>
    <message>
        <source>Only &amp;from</source>
        <translation>仅限从(&amp;F)</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation>文件(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
</context>
<context>
    <name>ExportProgressDialog</name>
    <message numerus="yes">
        <source>Exporting %n row(s)…</source>
        <translation>
            <numerusform>正在导出 %n 行……</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>正在导出……</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>The export was cancelled: nothing was written to %1.</source>
        <translation>导出已取消，未向 %1 写入任何内容。</translation>
    </message>
</context>
<context>
    <name>ExportTablePdf</name>
    <message>
        <source>The export was cancelled.</source>
        <translation>导出已取消。</translation>
    </message>
    <message>
        <source>Cannot write the PDF file %1.</source>
        <translation>无法写入 PDF 文件 %1。</translation>
    </message>
</context>
<context>
    <name>FieldLabels</name>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Submitting unit</source>
        <translation>提交单位</translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Responsible person</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Submit date</source>
        <translation>提交日期</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>收集渠道</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>Prior handling and preliminary result</source>
        <translation>前期办理情况及初步结果</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>所属领域</translation>
    </message>
    <message>
        <source>Industry-wide</source>
        <translation>行业共性</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>紧急</translation>
    </message>
    <message>
        <source>Collecting department</source>
        <translation>收集部门</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>所属行业</translation>
    </message>
    <message>
        <source>District</source>
        <translation>所属区域</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Duplicate of</source>
        <translation>重复于</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>议题</translation>
    </message>
    <message>
        <source>Collecting department (id)</source>
        <translation>收集单位（ID）</translation>
    </message>
    <message>
        <source>Enterprise (registry id)</source>
        <translation>企业（名录 ID）</translation>
    </message>
    <message>
        <source>Lead department</source>
        <translation>牵头承办部门</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>办理期限</translation>
    </message>
    <message>
        <source>Escalation note</source>
        <translation>提交上级说明</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>解释说明</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>办理结果</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>反馈情况</translation>
    </message>
    <message>
        <source>Supervision notes</source>
        <translation>督查情况</translation>
    </message>
    <message>
        <source>Meeting date</source>
        <translation>会议日期</translation>
    </message>
    <message>
        <source>Meeting title</source>
        <translation>会议名称</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Form of the meeting</source>
        <translation>会议形式</translation>
    </message>
    <message>
        <source>Liaison leader</source>
        <translation>联系领导</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>简称</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>Leader&apos;s title</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Domains</source>
        <translation>分管领域</translation>
    </message>
</context>
<context>
    <name>FirstDayQuery</name>
    <message>
        <source>Add the departments and leaders</source>
        <translation>添加部门和领导</translation>
    </message>
    <message>
        <source>Key in the paper forms</source>
        <translation>录入纸质表格</translation>
    </message>
    <message>
        <source>Screen the appeals</source>
        <translation>甄别诉求</translation>
    </message>
    <message>
        <source>Bundle them into topics</source>
        <translation>归入议题</translation>
    </message>
    <message>
        <source>Plan the meeting</source>
        <translation>安排会议</translation>
    </message>
    <message>
        <source>Assign the decisions</source>
        <translation>交办事项</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <source>Fill it with &amp;demo data (invented enterprises and appeals)</source>
        <translation>填入演示数据（虚构的企业和诉求）(&amp;D)</translation>
    </message>
    <message>
        <source>Welcome to Qinqing</source>
        <translation>欢迎使用亲清</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>新建数据库</translation>
    </message>
    <message>
        <source>Qinqing keeps all appeals, topics, meetings and assignments of your office in one database file. Choose where it goes and which rules your office works by. The profile can be changed later under Settings.</source>
        <translation>亲清将本单位的全部诉求、议题、会议和交办事项保存在一个数据库文件中。请选择文件存放位置及本单位适用的制度配置。制度配置以后可在“设置”中更改。</translation>
    </message>
    <message>
        <source>Create an empty database file with one of the rule profiles.</source>
        <translation>使用一种制度配置新建空数据库文件。</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览…(&amp;B)</translation>
    </message>
    <message>
        <source>Database &amp;file:</source>
        <translation>数据库文件(&amp;F)：</translation>
    </message>
    <message>
        <source>Rule &amp;profile:</source>
        <translation>制度配置(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>新建(&amp;C)</translation>
    </message>
    <message>
        <source>Database file: please give a file name.</source>
        <translation>数据库文件：请填写文件名。</translation>
    </message>
    <message>
        <source>Database file: %1 already exists. Open it with File ▸ Open database, or choose another name.</source>
        <translation>数据库文件：%1 已存在。请通过“文件 ▸ 打开数据库”打开，或另选文件名。</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>数据库文件</translation>
    </message>
    <message>
        <source>Qinqing databases (*.sqlite);;All files (*)</source>
        <translation>亲清数据库 (*.sqlite);;所有文件 (*)</translation>
    </message>
    <message>
        <source>The file %1 is empty. Set it up as a new Qinqing database with the profile %2?</source>
        <translation>文件 %1 是空文件。是否将其建为新的亲清数据库，并采用规则配置“%2”？</translation>
    </message>
</context>
<context>
    <name>FollowUpService</name>
    <message>
        <source>Progress: say what has been done so far.</source>
        <translation>工作进展：请说明目前已开展的工作。</translation>
    </message>
    <message>
        <source>Report date: the date is missing.</source>
        <translation>报送日期：缺少日期。</translation>
    </message>
    <message>
        <source>Cannot save the progress report.</source>
        <translation>无法保存进展报送。</translation>
    </message>
    <message>
        <source>at most %1 extension request(s) (%2: %3)</source>
        <translation>最多申请延期 %1 次（%2：%3）</translation>
    </message>
    <message>
        <source>Reason: an extension needs the objective reason why the item cannot be finished in time.</source>
        <translation>理由：申请延期须说明无法按期办结的客观原因。</translation>
    </message>
    <message>
        <source>%1 is %2; only open assignments can be extended.</source>
        <translation>%1 当前状态为“%2”，仅未办结的交办事项可申请延期。</translation>
    </message>
    <message>
        <source>Requested deadline: it must be after the current deadline %1.</source>
        <translation>申请办理时限：须晚于当前办理时限 %1。</translation>
    </message>
    <message>
        <source>%1 already has an extension request waiting for a decision.</source>
        <translation>%1 已有一项待审批的延期申请。</translation>
    </message>
    <message>
        <source>Cannot save the extension request.</source>
        <translation>无法保存延期申请。</translation>
    </message>
    <message>
        <source>Extension request %1 does not exist.</source>
        <translation>延期申请 %1 不存在。</translation>
    </message>
    <message>
        <source>Extension request %1 was already decided.</source>
        <translation>延期申请 %1 已审批。</translation>
    </message>
    <message>
        <source>Extension request %1 was already decided (%2, %3).</source>
        <translation>延期申请 %1 已审批（%2，%3）。</translation>
    </message>
    <message>
        <source>Extension request %1 was already decided by %2 on %3: %4.</source>
        <translation>延期申请 %1 已由 %2 于 %3 审批：%4。</translation>
    </message>
    <message>
        <source>Opinion: an unsatisfied evaluation needs the enterprise&apos;s opinion, so that the department knows what to handle again.</source>
        <translation>意见：评价为不满意的，须填写企业意见，以便部门重办。</translation>
    </message>
    <message numerus="yes">
        <source>Extension refused: %1 has already asked %n time(s); %2.</source>
        <translation>
            <numerusform>不予延期：%1 已申请延期 %n 次；%2。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is %2; only a finished assignment can be evaluated.</source>
        <translation>%1 当前状态为“%2”，仅已办结的交办事项可进行评价。</translation>
    </message>
    <message>
        <source>the progress reports</source>
        <translation>进展报送记录</translation>
    </message>
    <message>
        <source>the extension requests</source>
        <translation>延期申请记录</translation>
    </message>
    <message>
        <source>the evaluations</source>
        <translation>评价记录</translation>
    </message>
</context>
<context>
    <name>Form1Importer</name>
    <message>
        <source>there is no such file</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <source>the file is %1 MB; a filled form is far smaller</source>
        <translation>文件大小为 %1 MB；填好的申请表远小于此</translation>
    </message>
    <message>
        <source>cannot commit the import</source>
        <translation>无法提交导入</translation>
    </message>
</context>
<context>
    <name>Form1Reader</name>
    <message>
        <source>the document is not a filled 附件1: no table with the form&apos;s rows (提交单位 or 提交企业, 企业负责人 or 负责人, 联系电话, 提交日期, 困难问题, 意见建议, 备注) was found</source>
        <translation>该文档不是填好的附件1：未找到含有表格各栏（提交单位或提交企业、企业负责人或负责人、联系电话、提交日期、困难问题、意见建议、备注）的表格</translation>
    </message>
</context>
<context>
    <name>FormDataLoader</name>
    <message>
        <source>There is no appeal with id %1.</source>
        <translation>不存在编号为 %1 的诉求。</translation>
    </message>
    <message>
        <source>There is no assignment with id %1.</source>
        <translation>不存在编号为 %1 的交办事项。</translation>
    </message>
    <message>
        <source>There is no evaluation with id %1.</source>
        <translation>不存在编号为 %1 的评价。</translation>
    </message>
    <message>
        <source>There is no meeting with id %1.</source>
        <translation>不存在编号为 %1 的会议。</translation>
    </message>
</context>
<context>
    <name>FormPrinter</name>
    <message>
        <source>%1: give --meeting ID or --blank.</source>
        <translation>%1：请指定 --meeting ID 或 --blank。</translation>
    </message>
    <message>
        <source>%1: give --id ID, --meeting ID or --blank.</source>
        <translation>%1：请指定 --id ID、--meeting ID 或 --blank。</translation>
    </message>
    <message>
        <source>%1: give --id ID or --blank.</source>
        <translation>%1：请指定 --id ID 或 --blank。</translation>
    </message>
    <message>
        <source>Meeting %1 has no assignments to print.</source>
        <translation>会议 %1 没有可打印的交办事项。</translation>
    </message>
    <message>
        <source>%1: give --id ASSIGNMENT, --meeting ID or --blank.</source>
        <translation>%1：请给出 --id 交办编号、--meeting 会议编号或 --blank。</translation>
    </message>
    <message>
        <source>None of these items is overdue on %1: reminder notices are for overdue items.</source>
        <translation>这些事项在 %1 均未逾期：催办通知只针对逾期事项。</translation>
    </message>
</context>
<context>
    <name>GuiApplication</name>
    <message>
        <source>Qinqing</source>
        <translation>亲清</translation>
    </message>
    <message>
        <source>Case management for government-enterprise dialogue meetings</source>
        <translation>政企畅谈会诉求办理系统</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>演示数据</translation>
    </message>
    <message>
        <source>The demo data could not be created: %1</source>
        <translation>无法创建演示数据：%1</translation>
    </message>
    <message>
        <source>The database file to open, as with --db.</source>
        <translation>要打开的数据库文件，与 --db 相同。</translation>
    </message>
    <message>
        <source>Open the database file PATH, or the server database postgresql://USER@HOST:PORT/NAME.</source>
        <translation>打开数据库文件 PATH，或服务器数据库 postgresql://用户@主机:端口/库名。</translation>
    </message>
    <message>
        <source>Cannot connect to the server</source>
        <translation>无法连接服务器</translation>
    </message>
    <message>
        <source>Another colleague is saving…</source>
        <translation>另一位同事正在保存…</translation>
    </message>
    <message>
        <source>The database used last, %1, is not there. If it is on a drive or shared folder, connect it and start again.</source>
        <translation>上次使用的数据库 %1 不存在。如果它在移动磁盘或共享文件夹中，请连接后重新启动本程序。</translation>
    </message>
    <message>
        <source>Nothing was created. File ▸ New database makes a new one.</source>
        <translation>未创建任何文件。如需新建数据库，请使用“文件 ▸ 新建数据库”。</translation>
    </message>
</context>
<context>
    <name>HistoryWidget</name>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>What</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>已创建</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>已修改</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>Screened</source>
        <translation>已甄别</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>已交办</translation>
    </message>
    <message>
        <source>Extended</source>
        <translation>已延期</translation>
    </message>
    <message>
        <source>File attached</source>
        <translation>已添加附件</translation>
    </message>
    <message>
        <source>Put into a topic</source>
        <translation>已归入议题</translation>
    </message>
    <message>
        <source>Appeals added</source>
        <translation>已添加诉求</translation>
    </message>
    <message>
        <source>Appeal taken out</source>
        <translation>已移出诉求</translation>
    </message>
    <message>
        <source>Urgency changed</source>
        <translation>紧急程度已变更</translation>
    </message>
    <message>
        <source>Renamed</source>
        <translation>已重命名</translation>
    </message>
    <message>
        <source>Handed to departments to prepare</source>
        <translation>已交相关部门准备</translation>
    </message>
    <message>
        <source>Department removed</source>
        <translation>已移除部门</translation>
    </message>
    <message>
        <source>Handling started</source>
        <translation>已开始办理</translation>
    </message>
    <message>
        <source>Returned (wrong department)</source>
        <translation>已退回（部门不对口）</translation>
    </message>
    <message>
        <source>Handed to another lead</source>
        <translation>已改由其他部门牵头</translation>
    </message>
    <message>
        <source>Escalated to the higher level</source>
        <translation>已提交上级</translation>
    </message>
    <message>
        <source>Deferred with explanation</source>
        <translation>已暂缓解决并说明情况</translation>
    </message>
    <message>
        <source>Result recorded</source>
        <translation>已登记办理结果</translation>
    </message>
    <message>
        <source>Deadline changed</source>
        <translation>办理时限已变更</translation>
    </message>
    <message>
        <source>Feedback to the enterprise</source>
        <translation>已向企业反馈</translation>
    </message>
    <message>
        <source>Supervision notes</source>
        <translation>督查记录</translation>
    </message>
    <message>
        <source>Progress report</source>
        <translation>进展报送</translation>
    </message>
    <message>
        <source>Extension requested</source>
        <translation>已申请延期</translation>
    </message>
    <message>
        <source>Extension approved</source>
        <translation>已批准延期</translation>
    </message>
    <message>
        <source>Extension refused</source>
        <translation>已驳回延期</translation>
    </message>
    <message>
        <source>Evaluated</source>
        <translation>已评价</translation>
    </message>
    <message>
        <source>Reopened after an unsatisfied evaluation</source>
        <translation>因评价不满意已重办</translation>
    </message>
    <message>
        <source>Agenda changed</source>
        <translation>议程已变更</translation>
    </message>
    <message>
        <source>Leaders changed</source>
        <translation>领导已变更</translation>
    </message>
    <message>
        <source>Departments changed</source>
        <translation>部门已变更</translation>
    </message>
    <message>
        <source>Enterprises changed</source>
        <translation>企业已变更</translation>
    </message>
    <message>
        <source>Decision recorded</source>
        <translation>已登记会议决定</translation>
    </message>
    <message>
        <source>Status changed</source>
        <translation>状态已变更</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1：%2 → %3</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>办理期限</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>; </source>
        <comment>between the details of a history entry</comment>
        <translation>；</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Redirected to</source>
        <translation>转交至</translation>
    </message>
    <message>
        <source>Extension asked until</source>
        <translation>申请延至</translation>
    </message>
    <message>
        <source>New deadline</source>
        <translation>新办理期限</translation>
    </message>
    <message>
        <source>Original deadline</source>
        <translation>原办理期限</translation>
    </message>
    <message>
        <source>First progress report due</source>
        <translation>首次进展报送期限</translation>
    </message>
    <message>
        <source>Reason for the deadline</source>
        <translation>期限说明</translation>
    </message>
    <message>
        <source>Assigned on</source>
        <translation>交办日期</translation>
    </message>
    <message>
        <source>Completed on</source>
        <translation>办结日期</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>办理结果</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>反馈情况</translation>
    </message>
    <message>
        <source>Feedback on</source>
        <translation>反馈日期</translation>
    </message>
    <message>
        <source>Feedback by</source>
        <translation>反馈方式</translation>
    </message>
    <message>
        <source>Supervision</source>
        <translation>督查情况</translation>
    </message>
    <message>
        <source>Note for the higher level</source>
        <translation>提交上级说明</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>解释说明</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>评价</translation>
    </message>
    <message>
        <source>Lead department</source>
        <translation>牵头承办部门</translation>
    </message>
    <message>
        <source>Previous lead department</source>
        <translation>原牵头承办部门</translation>
    </message>
    <message>
        <source>New lead department</source>
        <translation>新牵头承办部门</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Contact&apos;s phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Cooperating departments</source>
        <translation>配合办理部门</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Times handled again</source>
        <translation>重办次数</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Appeal</source>
        <translation>诉求</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Size (bytes)</source>
        <translation>大小（字节）</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>原为</translation>
    </message>
    <message>
        <source>Status before</source>
        <translation>原状态</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between names</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>Calendar change</source>
        <translation>工作日历变更</translation>
    </message>
    <message>
        <source>Calendar complete</source>
        <translation>日历完整</translation>
    </message>
    <message>
        <source>Deadline recomputed with the calendar</source>
        <translation>按工作日历重新计算期限</translation>
    </message>
</context>
<context>
    <name>HolidayNoticeLine</name>
    <message>
        <source>「%1」: %2</source>
        <translation>「%1」：%2</translation>
    </message>
    <message numerus="yes">
        <source>the notice says %n day(s) off, but the dates it gives are %1 day(s)</source>
        <translation>
            <numerusform>通知写明放假 %n 天，但所列日期为 %1 天</numerusform>
        </translation>
    </message>
    <message>
        <source>the days off from %1 to %2 are not a range</source>
        <translation>从 %1 至 %2 不是有效的放假期间</translation>
    </message>
    <message>
        <source>%1 weekend day(s) are moved to %2 day(s)</source>
        <translation>%1 个公休日调至 %2 天，数目不一致</translation>
    </message>
    <message>
        <source>Qinqing cannot read 「%1」 in this sentence; correct it as the notice says or leave the sentence out after checking it</source>
        <translation>本程序无法识别此句中的「%1」；请按通知原文更正，或核对后删去该句</translation>
    </message>
    <message>
        <source>%1日 has no month</source>
        <translation>%1日 未写明月份</translation>
    </message>
    <message>
        <source>%1月%2日 is not a date in %3</source>
        <translation>%3年没有%1月%2日</translation>
    </message>
    <message>
        <source>%1 is a %2, but the notice says %3: it is not the notice for %4</source>
        <translation>%1 是%2，通知却写%3：这不是 %4 年的通知</translation>
    </message>
    <message>
        <source>Qinqing cannot read the bracket 「（%1）」</source>
        <translation>本程序无法识别括号内容「（%1）」</translation>
    </message>
    <message>
        <source>the line gives no days off</source>
        <translation>该行没有写明放假日期</translation>
    </message>
    <message>
        <source>%1 is moved as a weekend day but is a %2</source>
        <translation>%1 作为公休日调休，但该日是%2</translation>
    </message>
    <message>
        <source>a weekend day is moved to %1, which is not among the days off</source>
        <translation>公休日调至 %1，但该日不在放假期间内</translation>
    </message>
    <message>
        <source>%1 is called a statutory holiday but is not among the days off</source>
        <translation>%1 写为法定节假日，但不在放假期间内</translation>
    </message>
    <message>
        <source>%1 is called a weekend day off but is not a weekend day among the days off</source>
        <translation>%1 写为公休日，但不是放假期间内的周末</translation>
    </message>
    <message>
        <source>%1 is both a day off and a working day</source>
        <translation>%1 既列为放假又列为上班</translation>
    </message>
    <message>
        <source>%1 is a make-up working day but a %2: make-up days are weekend days</source>
        <translation>%1 列为调休上班，但该日是%2：调休上班日应为周末</translation>
    </message>
</context>
<context>
    <name>HolidayNoticeParser</name>
    <message>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>the notice is for %1, not %2</source>
        <translation>这是 %1 年的通知，不是 %2 年的</translation>
    </message>
    <message>
        <source>Which year does the notice arrange? Its title (关于20XX年部分节假日安排的通知) is not in the text; give the year.</source>
        <translation>文本中没有通知标题（关于20XX年部分节假日安排的通知），无法确定年份，请填写年份。</translation>
    </message>
    <message>
        <source>this line is not one of the notice&apos;s holiday lines (一、元旦：… to 七、国庆节：…) and Qinqing does not know what it changes</source>
        <translation>该行不是通知中的节假日安排条目（一、元旦：…至七、国庆节：…），本程序无法判断其安排</translation>
    </message>
    <message>
        <source>%1 is not in %2</source>
        <translation>%1 不在 %2 年内</translation>
    </message>
    <message>
        <source>%1 is also arranged by the line of %2</source>
        <translation>%1 同时出现在“%2”一条中</translation>
    </message>
    <message>
        <source>The notice&apos;s lines for %1 are missing: paste the whole notice, from its title to its date.</source>
        <translation>缺少%1的安排：请粘贴通知全文（从标题到成文日期）。</translation>
    </message>
    <message>
        <source>%1 is arranged by more than one line</source>
        <translation>%1 在多条中重复安排</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>%1: unexpected argument</source>
        <translation>%1：多余的参数</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>nothing imported</source>
        <translation>未导入任何数据</translation>
    </message>
    <message>
        <source>nothing imported: 1 row has errors</source>
        <translation>未导入任何数据：1 行有错误</translation>
    </message>
    <message>
        <source>nothing imported: %1 rows have errors</source>
        <translation>未导入任何数据：%1 行有错误</translation>
    </message>
    <message>
        <source>1 appeal can be imported; nothing written (--dry-run)</source>
        <translation>可导入 1 条诉求；未写入任何数据（--dry-run）</translation>
    </message>
    <message>
        <source>%1 appeals can be imported; nothing written (--dry-run)</source>
        <translation>可导入 %1 条诉求；未写入任何数据（--dry-run）</translation>
    </message>
    <message>
        <source>imported 1 appeal</source>
        <translation>已导入 1 条诉求</translation>
    </message>
    <message>
        <source>imported %1 appeals</source>
        <translation>已导入 %1 条诉求</translation>
    </message>
    <message>
        <source>numbers: %1</source>
        <translation>编号：%1</translation>
    </message>
    <message>
        <source>new enterprises: %1</source>
        <translation>新增企业：%1</translation>
    </message>
    <message>
        <source>new departments: %1</source>
        <translation>新增部门：%1</translation>
    </message>
    <message>
        <source>file encoding: %1</source>
        <translation>文件编码：%1</translation>
    </message>
    <message>
        <source>All or nothing: every bad row is reported as &quot;row N: column: reason&quot; (N as the spreadsheet numbers rows, the header being row 1), the command exits with 2 and nothing is saved. Warnings (a credit code that does not check out, an odd phone number) do not stop the import. Missing numbers are given from the profile&apos;s pattern; enterprises are found by credit code, then by name, or added; unknown collecting departments are added.</source>
        <translation>要么全部导入，要么全部不导入：每个有错误的行都以“第 N 行：列：原因”报告（N 与电子表格的行号一致，表头为第 1 行），退出码为 2，不保存任何内容。警告（统一社会信用代码校验不通过、电话号码格式异常）不影响导入。缺少的编号按制度配置的编号规则生成；企业先按统一社会信用代码、再按名称匹配，找不到则新增；未知的收集部门会被新增。</translation>
    </message>
    <message>
        <source>  qinqing-cli import appeals 报名表.csv --dry-run</source>
        <translation>  qinqing-cli import appeals 报名表.csv --dry-run</translation>
    </message>
    <message>
        <source>… and %1 more warnings</source>
        <translation>……另有 %1 条提示未列出</translation>
    </message>
    <message>
        <source>the file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>… and %1 more errors not shown (%2)</source>
        <translation>……另有 %1 处错误未列出（%2）</translation>
    </message>
    <message>
        <source>Imports appeals from an Excel workbook (.xlsx, as Excel, WPS and LibreOffice save it): the first sheet, or the one --sheet names. Numbers come as Excel shows them (a phone 13947712345 stays all digits), date cells as dates on the workbook&apos;s 1900 or 1904 base, a heading merged over several rows counts in each; empty rows at the end are ignored. Rows are numbered as Excel numbers them.</source>
        <translation>从 Excel 工作簿（.xlsx，Excel、WPS 和 LibreOffice 保存的均可）导入诉求：读取第一个工作表，或 --sheet 指定的工作表。数字按 Excel 显示的样子读取（电话 13947712345 仍是完整数字），日期单元格按工作簿的 1900 或 1904 日期基准读作日期，跨几行合并的表头在每一行都有效；末尾的空行忽略。行号与 Excel 中的行号一致。</translation>
    </message>
    <message>
        <source>Or from a spreadsheet saved as CSV: UTF-8 (with or without BOM), UTF-16 (Excel&apos;s &quot;Unicode text&quot;) or GB18030, as Excel and WPS save &quot;CSV&quot; on Chinese Windows; separated by commas, semicolons or tabs. The header names the columns, in Chinese or English: 编号 number, 提交单位 submitting_unit, 统一社会信用代码 uscc, 企业负责人 responsible_person, 联系电话 phone, 提交日期 submit_date, 渠道 channel, 困难问题 problem, 意见建议 suggestions, 备注 prior_handling, 领域 domain, 行业性 industry_wide (是/否), 紧急 urgent, 收集部门 collecting_department. A 序号 column and a title row above the header are skipped (the header is the row that names the most known columns). Dates may be written 2024-07-05, 2024/7/5, 2024.7.5 or 2024年7月5日.</source>
        <translation>也可从另存为 CSV 的电子表格导入：UTF-8（带或不带 BOM）、UTF-16（Excel 的“Unicode 文本”）或 GB18030（中文 Windows 上 Excel 和 WPS 另存“CSV”即为此编码）；以逗号、分号或制表符分隔。表头用中文或英文列名：编号 number、提交单位 submitting_unit、统一社会信用代码 uscc、企业负责人 responsible_person、联系电话 phone、提交日期 submit_date、渠道 channel、困难问题 problem、意见建议 suggestions、备注 prior_handling、领域 domain、行业性 industry_wide（是/否）、紧急 urgent、收集部门 collecting_department。“序号”列和表头上方的标题行会被跳过（含已知列名最多的一行即为表头）。日期可写作 2024-07-05、2024/7/5、2024.7.5 或 2024年7月5日。</translation>
    </message>
    <message>
        <source>  --sheet NAME  the workbook&apos;s sheet to read (ignoring case); the first by default</source>
        <translation>  --sheet NAME  要读取的工作表名称（不区分大小写）；默认读取第一个工作表</translation>
    </message>
    <message>
        <source>  --dry-run     check the file and report, without saving anything</source>
        <translation>  --dry-run     只检查文件并报告，不保存任何内容</translation>
    </message>
    <message>
        <source>Examples:</source>
        <translation>示例：</translation>
    </message>
    <message>
        <source>  qinqing-cli import appeals 诉求汇总.xlsx --sheet 第二批</source>
        <translation>  qinqing-cli import appeals 诉求汇总.xlsx --sheet 第二批</translation>
    </message>
    <message>
        <source>say what to import: qinqing-cli import appeals FILE.xlsx</source>
        <translation>请指定导入内容：qinqing-cli import appeals FILE.xlsx</translation>
    </message>
    <message>
        <source>import appeals: the file is missing</source>
        <translation>import appeals：缺少要导入的文件</translation>
    </message>
    <message>
        <source>sheet: %1</source>
        <translation>工作表：%1</translation>
    </message>
    <message>
        <source>  --mapping NAME  read the columns as the mapping NAME says</source>
        <translation>  --mapping NAME  按名为 NAME 的列映射读取各列</translation>
    </message>
    <message>
        <source>  --map COLUMN=FIELD,...  map the file&apos;s COLUMN to FIELD (a column name above, or work_order for the work-order number); kept in the mapping</source>
        <translation>  --map COLUMN=FIELD,...  将文件中的 COLUMN 列对应到 FIELD（上述列名之一，工单编号写 work_order）；保存到映射中</translation>
    </message>
    <message>
        <source>  --channel TEXT  the 渠道 of the mapping&apos;s appeals; kept in the mapping</source>
        <translation>  --channel TEXT  按该映射导入的诉求所用渠道；保存到映射中</translation>
    </message>
    <message>
        <source>  qinqing-cli import appeals 12345工单2024年7月.xlsx --mapping 12345</source>
        <translation>  qinqing-cli import appeals 12345工单2024年7月.xlsx --mapping 12345</translation>
    </message>
    <message>
        <source>  qinqing-cli import appeals 工单.xlsx --mapping 12345 --map 处理部门=collecting_department</source>
        <translation>  qinqing-cli import appeals 工单.xlsx --mapping 12345 --map 处理部门=collecting_department</translation>
    </message>
    <message>
        <source>  qinqing-cli import form1 报名申请表-*.docx --dry-run</source>
        <translation>  qinqing-cli import form1 报名申请表-*.docx --dry-run</translation>
    </message>
    <message>
        <source>%1: saved as %2, waiting for screening</source>
        <translation>%1：已保存为 %2，待甄别</translation>
    </message>
    <message>
        <source>nothing written (--dry-run)</source>
        <translation>未写入任何内容（--dry-run）</translation>
    </message>
    <message>
        <source>--map and --channel need --mapping NAME, the name they are kept under</source>
        <translation>--map 和 --channel 须与 --mapping NAME 同用，以该名称保存</translation>
    </message>
    <message>
        <source>there is no mapping named %1; the mappings are %2 (a new one is made with --map COLUMN=FIELD,...)</source>
        <translation>没有名为 %1 的列映射；现有映射为 %2（可用 --map COLUMN=FIELD,... 新建）</translation>
    </message>
    <message>
        <source>channel %1</source>
        <translation>渠道 %1</translation>
    </message>
    <message>
        <source>columns not imported: %1</source>
        <translation>未导入的列：%1</translation>
    </message>
    <message>
        <source>skipped 1 work order imported before:</source>
        <translation>已跳过 1 张此前已导入的工单：</translation>
    </message>
    <message>
        <source>skipped %1 work orders imported before:</source>
        <translation>已跳过 %1 张此前已导入的工单：</translation>
    </message>
    <message>
        <source>import appeals from an Excel workbook (.xlsx, .xls) or a CSV file, all rows or none</source>
        <translation>从 Excel 工作簿（.xlsx、.xls）或 CSV 文件导入诉求，全部导入或全部不导入</translation>
    </message>
    <message>
        <source>Refused with the line, or the row and column: a CSV file that is no text (a PDF) or holds NUL bytes or broken characters; a workbook that is damaged, an Excel 97-2003 .xls that LibreOffice cannot read either, or inflates past 256 MB (a zip bomb); a cell with control characters (terminal escape codes); a cell longer than its column holds (困难问题, 意见建议 and 备注 10,000 characters, 提交单位 200). Files over 100 MB are refused unread. The first 20 errors are printed, the rest counted by column.</source>
        <translation>以下情况拒绝导入，并指明行号或行列：CSV 文件不是文本（如 PDF），或含有 NUL 字节、损坏的字符；工作簿已损坏、是 LibreOffice 也无法读取的 Excel 97-2003 .xls 文件，或解压后超过 256 MB（压缩炸弹）；单元格含有控制字符（终端转义码）；单元格超出该列的长度上限（困难问题、意见建议和备注 10,000 字，提交单位 200 字）。超过 100 MB 的文件不予读取。只列出前 20 处错误，其余按列计数。</translation>
    </message>
    <message>
        <source>Excel 97-2003 workbooks (.xls, WPS&apos;s .et) and OpenDocument spreadsheets (.ods), and Word 97-2003 forms (.doc, WPS&apos;s .wps), RTF and .odt files are converted by LibreOffice first when it is installed (packages libreoffice-calc-nogui and libreoffice-writer-nogui; QINQING_SOFFICE names the program when it is not on PATH): a copy of the file, with a LibreOffice profile of its own, so that neither the file nor an open LibreOffice window is touched. A conversion that takes more than two minutes is stopped.</source>
        <translation>Excel 97-2003 工作簿（.xls、WPS 的 .et）、OpenDocument 电子表格（.ods），以及 Word 97-2003 表格（.doc、WPS 的 .wps）、RTF 和 .odt 文件，在已安装 LibreOffice 时先由其转换（软件包 libreoffice-calc-nogui 和 libreoffice-writer-nogui；程序不在 PATH 中时，用 QINQING_SOFFICE 指定其位置）：转换的是文件副本，并使用单独的 LibreOffice 配置目录，原文件和已打开的 LibreOffice 窗口均不受影响。转换超过两分钟即中止。</translation>
    </message>
    <message>
        <source>`import form1` reads filled 附件1 forms returned as Word files (.docx, .doc, .wps): the 报名申请表 of seed 000 or the 议题表 of seed 004, spaces, line breaks and merged cells as enterprises leave them. --dry-run prints each form&apos;s fields; without it each form is saved as an appeal waiting for screening (待甄别), checked like a spreadsheet row, with its file kept as the appeal&apos;s scan; all forms or none.</source>
        <translation>`import form1` 读取企业以 Word 文件（.docx、.doc、.wps）交回的已填附件1：报名申请表或议题表两种样式均可，企业留下的多余空格、换行和合并单元格均能识别。加 --dry-run 时列出每份表的各栏内容；否则每份表按电子表格行同样校验后保存为待甄别诉求，原文件作为该诉求的扫描件保存；全部导入或全部不导入。</translation>
    </message>
    <message>
        <source>  qinqing-cli import form1 议题表-绿源.wps</source>
        <translation>  qinqing-cli import form1 议题表-绿源.wps</translation>
    </message>
    <message>
        <source>import form1: name the filled forms (.docx, .doc or .wps files)</source>
        <translation>import form1：请指定已填好的申请表（.docx、.doc 或 .wps 文件）</translation>
    </message>
    <message>
        <source>Another system&apos;s export (the 12345 hotline&apos;s work orders) names its columns its own way: --mapping NAME reads them as the mapping of that name says. 12345 is built in: 工单编号 numbers the work order, 来电时间 submit_date, 来电人 responsible_person, 联系电话 phone, 企业名称 submitting_unit, 诉求内容 problem, 承办单位 collecting_department, 诉求类别 domain, channel 12345热线. Columns the mapping does not name are listed and left out. A work order imported before (the same 工单编号), or twice in the file, is skipped and listed, never imported twice; once its appeal has been deleted (Qinqing deletes none: an administrator may), it is imported again with a warning. --map and --channel correct or extend the mapping, which a successful import then keeps in the database under its name for next month&apos;s file; `import mappings` lists the mappings.</source>
        <translation>其他系统的导出文件（如 12345 热线工单）列名各不相同：--mapping NAME 按该名称的列映射读取各列。已内置 12345：工单编号为工单号，来电时间 submit_date，来电人 responsible_person，联系电话 phone，企业名称 submitting_unit，诉求内容 problem，承办单位 collecting_department，诉求类别 domain，渠道为 12345热线。映射中未列出的列会列出并不予导入。此前已导入的工单（工单编号相同）或文件中重复出现的工单一律跳过并列出，绝不重复导入；但若其诉求已被删除（亲清本身不删除诉求，管理员可能删除），则重新导入并给出警告。--map 和 --channel 可更正或补充映射，导入成功后以该名称保存在数据库中，供下月文件使用；`import mappings` 列出所有映射。</translation>
    </message>
</context>
<context>
    <name>ImportMapping</name>
    <message>
        <source>&quot;%1&quot;: write COLUMN=FIELD, the field being one of %2 or work_order</source>
        <translation>“%1”：请写作 COLUMN=FIELD，FIELD 为 %2 之一或 work_order</translation>
    </message>
</context>
<context>
    <name>ImportMappingRepository</name>
    <message>
        <source>Cannot read the import mapping %1: %2</source>
        <translation>无法读取列映射 %1：%2</translation>
    </message>
    <message>
        <source>Cannot store the import mapping %1: %2</source>
        <translation>无法保存列映射 %1：%2</translation>
    </message>
</context>
<context>
    <name>InitCommand</name>
    <message>
        <source>create the database with a rule profile (%1)</source>
        <translation>按制度配置创建数据库（%1）</translation>
    </message>
    <message>
        <source>Database %1 uses the profile %2 (%3).</source>
        <translation>数据库 %1 使用制度配置 %2（%3）。</translation>
    </message>
    <message>
        <source>Creates the database file (--db, or the default one) with the official working-day calendar and the five rule profiles, and makes one profile active: tongliao when --profile is not given. On an existing database --profile switches the profile; without it init only says which profile is in use.</source>
        <translation>创建数据库文件（--db 指定的文件，或默认文件），写入官方工作日历和五套制度配置，并启用其中一套：未指定 --profile 时为 tongliao。对已有数据库，--profile 切换所用制度配置；不加 --profile 时仅显示当前所用的制度配置。</translation>
    </message>
    <message>
        <source>  --profile CODE   the regime whose deadlines, forms and rules the office follows:
                   tongliao 通辽, heyuan 河源, wuhai 乌海, qingxin 清新, wushen 乌审旗</source>
        <translation>  --profile CODE   本单位执行的制度（决定办理时限、文书格式和规则）：
                   tongliao 通辽, heyuan 河源, wuhai 乌海, qingxin 清新, wushen 乌审旗</translation>
    </message>
    <message>
        <source>Example:</source>
        <translation>示例：</translation>
    </message>
    <message>
        <source>  qinqing-cli --db office.sqlite init --profile wushen</source>
        <translation>  qinqing-cli --db office.sqlite init --profile wushen</translation>
    </message>
</context>
<context>
    <name>IntegrityChecker</name>
    <message>
        <source>integrity check could not run: %1</source>
        <translation>无法执行完整性检查：%1</translation>
    </message>
    <message>
        <source>integrity: %1</source>
        <translation>完整性：%1</translation>
    </message>
    <message>
        <source>foreign key check could not run: %1</source>
        <translation>无法执行外键检查：%1</translation>
    </message>
    <message>
        <source>foreign key: row %1 of table %2 refers to a missing row of %3</source>
        <translation>外键：表 %2 第 %1 行引用了表 %3 中不存在的记录</translation>
    </message>
    <message>
        <source>schema: version %1, this program expects %2</source>
        <translation>数据结构：版本为 %1，本程序需要 %2</translation>
    </message>
    <message>
        <source>search index: %1; run qinqing-cli check --repair</source>
        <translation>检索索引：%1；请运行 qinqing-cli check --repair</translation>
    </message>
    <message>
        <source>the server does not answer: %1</source>
        <translation>服务器无响应：%1</translation>
    </message>
</context>
<context>
    <name>JournalPolicy</name>
    <message>
        <source>Cannot prepare the database %1: %2</source>
        <translation>无法准备数据库 %1：%2</translation>
    </message>
    <message>
        <source>This database is on a network folder: Qinqing writes it with a rollback journal, which is safe for one desk at a time. For several desks working at once, use the server mode (PostgreSQL): a shared file on a network folder can be damaged.</source>
        <translation>该数据库位于网络文件夹中：亲清以回滚日志方式写入，同一时间只供一个工位使用是安全的。多个工位同时工作请使用服务器模式（PostgreSQL）：网络文件夹中的共享文件可能损坏。</translation>
    </message>
</context>
<context>
    <name>LeaderRepository</name>
    <message>
        <source>Leader name: is required</source>
        <translation>领导姓名：必填</translation>
    </message>
    <message>
        <source>Cannot store the leader %1: %2</source>
        <translation>无法保存领导 %1：%2</translation>
    </message>
    <message>
        <source>Cannot write the audit log for the leader %1</source>
        <translation>无法写入领导 %1 的审计日志</translation>
    </message>
    <message>
        <source>Cannot commit the leader %1</source>
        <translation>无法提交领导 %1</translation>
    </message>
    <message>
        <source>There is no leader with id %1</source>
        <translation>不存在编号为 %1 的领导</translation>
    </message>
    <message>
        <source>Cannot update the leader %1: %2</source>
        <translation>无法更新领导 %1：%2</translation>
    </message>
    <message>
        <source>the leader</source>
        <translation>领导信息</translation>
    </message>
    <message>
        <source>The leader %1</source>
        <translation>领导“%1”</translation>
    </message>
</context>
<context>
    <name>LineFieldsDialog</name>
    <message>
        <source>The dialog shows the stored version now; nothing of yours was saved.</source>
        <translation>窗口现已显示库中保存的内容；您刚才的修改未保存。</translation>
    </message>
</context>
<context>
    <name>ListCommand</name>
    <message>
        <source>list appeals (filtered, searched, sorted), enterprises, departments or profiles</source>
        <translation>列出诉求（可筛选、检索、排序）、企业、部门或制度配置</translation>
    </message>
    <message>
        <source>list: say what to list: %1</source>
        <translation>list：请指定列出内容：%1</translation>
    </message>
    <message>
        <source>--%1: only list appeals takes this option</source>
        <translation>--%1：仅 list appeals 支持此选项</translation>
    </message>
    <message>
        <source>--status: &quot;%1&quot; is not one of %2</source>
        <translation>--status：“%1”不在 %2 之列</translation>
    </message>
    <message>
        <source>--deadline: &quot;%1&quot; is not one of overdue, due-soon, on-track, none</source>
        <translation>--deadline：“%1”不在 overdue、due-soon、on-track、none 之列</translation>
    </message>
    <message>
        <source>--as-of: only meaningful with --deadline</source>
        <translation>--as-of：仅与 --deadline 配合使用时有效</translation>
    </message>
    <message>
        <source>--sort: &quot;%1&quot; is not one of %2</source>
        <translation>--sort：“%1”不在 %2 之列</translation>
    </message>
    <message>
        <source>Cannot list %1: %2</source>
        <translation>无法列出 %1：%2</translation>
    </message>
    <message>
        <source>Prints records as a table: tab-separated with a header row (for spreadsheets and scripts), or as JSON, an array of objects. Appeals can be filtered, searched and sorted; the filters combine.</source>
        <translation>以表格形式输出记录：带表头的制表符分隔文本（供电子表格和脚本使用），或 JSON 对象数组。诉求可筛选、检索和排序，多个筛选条件同时生效。</translation>
    </message>
    <message>
        <source>  --format tsv|json           the output (default: tsv)
  --limit N, --offset N       one page of the rows</source>
        <translation>  --format tsv|json           输出格式（默认 tsv）
  --limit N, --offset N       只输出其中一页</translation>
    </message>
    <message>
        <source>For appeals only:</source>
        <translation>仅用于诉求：</translation>
    </message>
    <message>
        <source>Examples:</source>
        <translation>示例：</translation>
    </message>
    <message>
        <source>  --status S[,S...]           pending, accepted, rejected, redirected, solved
  --search TEXT               number, submitting unit, problem, suggestions and
                              prior handling contain TEXT
  --count                     print the number of matching appeals, not the rows
  --estimate                  print about how many match (quick for any search)
  --domain D, --channel C     the domain (领域) or the channel, as keyed in
  --enterprise ID, --collecting-department ID, --lead-department ID,
  --meeting ID, --topic ID    records by their id (see list enterprises, list departments)
  --from DATE, --to DATE      submitted within these dates (YYYY-MM-DD)
  --deadline STATE            overdue, due-soon, on-track or none: the current
                              assignment&apos;s deadline as of --as-of DATE (default: today)
  --sort [-]COLUMN, --desc    order by a column, descending with - or --desc:
                              number, submit_date, submitting_unit, enterprise, domain,
                              channel, status, collecting_department, lead_department,
                              assignment_status, due_date (unassigned appeals last)</source>
        <translation>  --status S[,S...]           pending, accepted, rejected, redirected, solved
  --search TEXT               编号、提交单位、困难问题、意见建议和前期反映情况中
                              含有 TEXT 的诉求
  --count                     只输出符合条件的诉求条数，不列出各条
  --estimate                  输出大约多少条符合（任何检索都很快）
  --domain D, --channel C     领域或渠道，与录入时一致
  --enterprise ID, --collecting-department ID, --lead-department ID,
  --meeting ID, --topic ID    按记录 ID 筛选（见 list enterprises、list departments）
  --from DATE, --to DATE      提交日期在此范围内（YYYY-MM-DD）
  --deadline STATE            overdue、due-soon、on-track 或 none：当前交办的期限
                              截至 --as-of DATE（默认今天）的状态
  --sort [-]COLUMN, --desc    按某列排序，加 - 或 --desc 为降序：
                              number, submit_date, submitting_unit, enterprise, domain,
                              channel, status, collecting_department, lead_department,
                              assignment_status, due_date（未交办的诉求排在最后）</translation>
    </message>
    <message>
        <source>A search looks for TEXT anywhere in those five texts, whatever its length, so a longer term never finds more appeals than a shorter one it contains. A common term is tested on the rows in the order asked for until the page is full; a rare one is looked up in the full-text index. --count counts every match, which reads every row for a common term on a large database; --estimate counts those in a sample of 2,000 rows spread over the table (exact on a small database or for a rare term).</source>
        <translation>检索不论几个字，都在上述五项文字的任意位置查找 TEXT，因此较长的检索词找到的诉求绝不会多于它所包含的较短检索词。常见的词按所要求的顺序逐条检查，直到一页排满；少见的词通过全文索引查找。--count 统计全部符合的条数，在大型数据库上对常见词需要读取每一条；--estimate 在均匀分布于全表的 2000 条样本中统计（数据库较小或检索词少见时为精确数）。</translation>
    </message>
    <message>
        <source>  qinqing-cli list appeals --deadline overdue --sort due_date
  qinqing-cli list appeals --search 用地指标 --format json
  qinqing-cli list appeals --search 贷款 --estimate
  qinqing-cli list departments</source>
        <translation>  qinqing-cli list appeals --deadline overdue --sort due_date
  qinqing-cli list appeals --search 用地指标 --format json
  qinqing-cli list appeals --search 贷款 --estimate
  qinqing-cli list departments</translation>
    </message>
</context>
<context>
    <name>ListPrintMenu</name>
    <message>
        <source>Print &amp;list</source>
        <translation>打印列表(&amp;L)</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>打印预览(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF, Excel or CSV…</source>
        <translation>另存为 PDF、Excel 或 CSV(&amp;S)…</translation>
    </message>
    <message>
        <source>The list could not be read: %1</source>
        <translation>无法读取列表：%1</translation>
    </message>
    <message>
        <source>Print list</source>
        <translation>打印列表</translation>
    </message>
    <message numerus="yes">
        <source>The list has %n row(s); laying them out takes a while. Print all of them? (Narrow the filter to print fewer.)</source>
        <translation>
            <numerusform>列表共 %n 行，排版需要一些时间。全部打印吗？（缩小筛选范围可少打印一些。）</numerusform>
        </translation>
    </message>
    <message>
        <source>Save %1 as</source>
        <translation>将%1另存为</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>PDF (*.pdf);;Excel 工作簿 (*.xlsx);;CSV，UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>Save list</source>
        <translation>保存列表</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Log in to the server</source>
        <translation>登录服务器</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>服务器：</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>用户名(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Log &amp;in</source>
        <translation>登录(&amp;I)</translation>
    </message>
    <message>
        <source>The server did not accept this login and password.</source>
        <translation>服务器未接受该用户名和密码。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Database: %1 · Profile: %2</source>
        <translation>数据库：%1 · 制度配置：%2</translation>
    </message>
    <message>
        <source>%1 — Qinqing</source>
        <translation>%1 — 亲清</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>新建数据库(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>打开数据库(&amp;O)…</translation>
    </message>
    <message>
        <source>Recen&amp;t databases</source>
        <translation>最近使用的数据库(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Qinqing</source>
        <translation>关于亲清(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Clear list</source>
        <translation>清空列表</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <source>Qinqing databases (*.sqlite *.db);;All files (*)</source>
        <translation>亲清数据库 (*.sqlite *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>About Qinqing</source>
        <translation>关于亲清</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Qinqing %1&lt;/h3&gt;&lt;p&gt;Case management for the offices that run government–enterprise dialogue meetings: appeals, topics, meetings, assignments, deadlines and evaluations.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;亲清 %1&lt;/h3&gt;&lt;p&gt;面向政企畅谈会承办单位的案件管理系统：涵盖诉求、议题、会议、交办、办理时限和评价。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Built without a record of its git commit.</source>
        <translation>构建时未记录 git 提交。</translation>
    </message>
    <message>
        <source>Built from commit %1 of %2.</source>
        <translation>构建自 %2 的提交 %1。</translation>
    </message>
    <message>
        <source>Server: %1 · Profile: %2 · Logged in: %3</source>
        <translation>服务器：%1 · 规则：%2 · 当前用户：%3</translation>
    </message>
    <message>
        <source>%1 on %2 — Qinqing</source>
        <translation>%1 @ %2 — 亲清</translation>
    </message>
    <message>
        <source>The server %1 does not answer (%2). Nothing you typed is lost: keep it open, Qinqing connects again by itself and you can save then.</source>
        <translation>服务器 %1 无响应（%2）。已填写的内容不会丢失：请勿关闭窗口，亲清会自动重新连接，连接恢复后即可保存。</translation>
    </message>
    <message>
        <source>Connected to the server again.</source>
        <translation>已重新连接到服务器。</translation>
    </message>
    <message>
        <source>Connect to server</source>
        <translation>连接服务器</translation>
    </message>
    <message>
        <source>Server database (postgresql://LOGIN@SERVER:PORT/DATABASE):</source>
        <translation>服务器数据库（postgresql://用户名@服务器:端口/数据库）：</translation>
    </message>
    <message>
        <source>Connect to &amp;server…</source>
        <translation>连接服务器(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Manual</source>
        <translation>使用手册(&amp;M)</translation>
    </message>
    <message>
        <source>Daily backup</source>
        <translation>每日备份</translation>
    </message>
    <message>
        <source>The daily backup could not be written: %1</source>
        <translation>每日备份未能写入：%1</translation>
    </message>
</context>
<context>
    <name>ManualWindow</name>
    <message>
        <source>Manual</source>
        <translation>手册</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>后退</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>前进</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>F&amp;ind in page:</source>
        <translation>页内查找(&amp;I)：</translation>
    </message>
    <message>
        <source>Enter: next, Shift+Enter: previous</source>
        <translation>回车：下一处；Shift+回车：上一处</translation>
    </message>
    <message>
        <source>Qinqing manual</source>
        <translation>亲清使用手册</translation>
    </message>
</context>
<context>
    <name>MeetingAgendaTab</name>
    <message>
        <source>Drag topics to set the order of the agenda.</source>
        <translation>拖动议题以调整议程顺序。</translation>
    </message>
    <message>
        <source>Add to agenda</source>
        <translation>加入议程</translation>
    </message>
    <message>
        <source>Remove from agenda</source>
        <translation>移出议程</translation>
    </message>
    <message>
        <source>Decision on the selected topic</source>
        <translation>所选议题的会议决定</translation>
    </message>
    <message>
        <source>Save decision</source>
        <translation>保存决定</translation>
    </message>
    <message>
        <source>[urgent] </source>
        <translation>【紧急】 </translation>
    </message>
    <message>
        <source>Save the meeting before adding topics.</source>
        <translation>请先保存会议，再添加议题。</translation>
    </message>
    <message>
        <source>Choose a topic to add.</source>
        <translation>请选择要添加的议题。</translation>
    </message>
    <message>
        <source>Decision saved.</source>
        <translation>决定已保存。</translation>
    </message>
    <message>
        <source>On the agenda, but %1 (%2) fits the chair of the meeting on %3.</source>
        <translation>已列入议程，但%1（%2）更适合由%3会议的主持领导处理。</translation>
    </message>
    <message>
        <source>On the agenda, but no planned meeting&apos;s chair covers %1 (%2).</source>
        <translation>已列入议程，但没有已计划会议的主持领导分管%1（%2）。</translation>
    </message>
    <message>
        <source>Waiting topics whose appeals match this chair: %1</source>
        <translation>诉求与该主持领导匹配的待上会议题：%1</translation>
    </message>
    <message>
        <source>All appeals on the agenda match the chair&apos;s domains.</source>
        <translation>议程中的全部诉求均与主持领导分管领域相符。</translation>
    </message>
    <message>
        <source> (on the agenda of %1)</source>
        <translation>（已列入 %1 会议议程）</translation>
    </message>
    <message>
        <source>No chairing leader yet: choose the chair (主持) on the Attendees tab to match the agenda to the chair&apos;s domains.</source>
        <translation>尚未确定主持领导：请在“参会人员”页选定主持领导，才能将议程与其分管领域比对。</translation>
    </message>
    <message>
        <source>On the agenda, but %1 has no domain (领域): enter it on the appeal to match it to a chair.</source>
        <translation>已列入议程，但%1未填写所属领域：请在诉求中补填，才能与主持领导的分管领域比对。</translation>
    </message>
</context>
<context>
    <name>MeetingAssignTab</name>
    <message>
        <source>Topic</source>
        <translation>议题</translation>
    </message>
    <message>
        <source>Appeal</source>
        <translation>诉求</translation>
    </message>
    <message>
        <source>Lead department</source>
        <translation>牵头承办部门</translation>
    </message>
    <message>
        <source>Cooperating departments</source>
        <translation>配合办理部门</translation>
    </message>
    <message>
        <source>Decided topics become one assignment per appeal. The lead is the first department the topic was handed to.</source>
        <translation>已作出决定的议题按每条诉求生成一项交办事项。牵头承办部门为该议题最先移交的部门。</translation>
    </message>
    <message>
        <source>Assigned on</source>
        <translation>交办日期</translation>
    </message>
    <message>
        <source>Create assignments</source>
        <translation>生成交办事项</translation>
    </message>
    <message>
        <source>(choose the lead department)</source>
        <translation>（请选择牵头承办部门）</translation>
    </message>
    <message numerus="yes">
        <source>%n assignment(s) created.</source>
        <translation>
            <numerusform>已生成 %n 条交办。</numerusform>
        </translation>
    </message>
    <message>
        <source>The agenda or its decisions changed at another desk: the list shows them now. Check the lead departments and assign again.</source>
        <translation>议程或议定事项已在其他工作台修改，列表已按最新内容显示。请核对牵头单位后再交办。</translation>
    </message>
</context>
<context>
    <name>MeetingAssignmentService</name>
    <message>
        <source>Assignments: no topic of this meeting has a decision yet.</source>
        <translation>交办：本次会议尚无已作出决定的议题。</translation>
    </message>
    <message>
        <source>Assigned on %1: that is before the meeting on %2. Assign on or after the meeting, or correct the meeting&apos;s date.</source>
        <translation>交办日期 %1 早于会议日期 %2。请在会后交办，或更正会议日期。</translation>
    </message>
    <message>
        <source>Assigned on %1, later than %2: the profile asks to assign within %3 working day(s) after the meeting.</source>
        <translation>交办日期 %1 晚于 %2：制度配置要求会后 %3 个工作日内交办。</translation>
    </message>
    <message>
        <source>Topic &quot;%1&quot;: choose the lead department before assigning.</source>
        <translation>议题“%1”：交办前请选择牵头承办部门。</translation>
    </message>
    <message>
        <source>Topic &quot;%1&quot;: %2</source>
        <translation>议题“%1”：%2</translation>
    </message>
    <message>
        <source>Cannot save the assignments.</source>
        <translation>无法保存交办事项。</translation>
    </message>
    <message>
        <source>the meeting&apos;s topics</source>
        <translation>会议议题</translation>
    </message>
</context>
<context>
    <name>MeetingAttendeesTab</name>
    <message>
        <source>Chair (主持)</source>
        <translation>主持</translation>
    </message>
    <message>
        <source>Attends (出席)</source>
        <translation>出席</translation>
    </message>
    <message>
        <source>On leave (请假)</source>
        <translation>请假</translation>
    </message>
    <message>
        <source>Observer (列席)</source>
        <translation>列席</translation>
    </message>
    <message>
        <source>Not invited</source>
        <translation>未邀请</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>领导</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Enterprise (tick to invite)</source>
        <translation>企业（勾选即邀请）</translation>
    </message>
    <message>
        <source>Representative</source>
        <translation>企业代表</translation>
    </message>
    <message>
        <source>Leaders</source>
        <translation>领导</translation>
    </message>
    <message>
        <source>Departments attending</source>
        <translation>参会部门</translation>
    </message>
    <message>
        <source>Enterprise representatives</source>
        <translation>企业代表</translation>
    </message>
    <message>
        <source>Save attendees</source>
        <translation>保存参会人员</translation>
    </message>
    <message>
        <source>Save the meeting before recording attendees.</source>
        <translation>请先保存会议，再登记参会人员。</translation>
    </message>
    <message>
        <source>The attendees could not be stored.</source>
        <translation>参会人员未能保存。</translation>
    </message>
    <message numerus="yes">
        <source>Attendees saved: %n enterprise(s).</source>
        <translation>
            <numerusform>已保存参会企业 %n 家。</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the agenda&apos;s enterprises and those invited</source>
        <translation>仅显示议程涉及企业和已邀请企业</translation>
    </message>
    <message>
        <source>Find an enterprise…</source>
        <translation>查找企业…</translation>
    </message>
    <message>
        <source>Attends</source>
        <translation>出席</translation>
    </message>
    <message>
        <source>Not attending</source>
        <translation>不出席</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>已邀请</translation>
    </message>
    <message>
        <source>Invited: %1</source>
        <translation>已邀请：%1</translation>
    </message>
    <message>
        <source>The Attendees tab shows the stored attendees now; nothing of yours was saved.</source>
        <translation>“参会人员”页现显示已保存的参会人员；您的修改均未保存。</translation>
    </message>
</context>
<context>
    <name>MeetingPlanQuery</name>
    <message>
        <source>Cannot read the meetings: %1</source>
        <translation>无法读取会议：%1</translation>
    </message>
    <message>
        <source>Cannot list the topics: %1</source>
        <translation>无法列出议题：%1</translation>
    </message>
</context>
<context>
    <name>MeetingPlanner</name>
    <message>
        <source>Date: the meeting has no valid date.</source>
        <translation>日期：会议没有有效日期。</translation>
    </message>
    <message>
        <source>Date: %1 is already past (today is %2).</source>
        <translation>日期：%1 已过（今天是 %2）。</translation>
    </message>
    <message>
        <source>Date: %1 is not a working day%2.</source>
        <translation>日期：%1 不是工作日%2。</translation>
    </message>
    <message>
        <source>Cadence: period %1 already has %2 meeting(s); the profile asks for %3 per period (%4).</source>
        <translation>召开频次：周期 %1 已有 %2 次会议；制度配置要求每周期 %3 次（%4）。</translation>
    </message>
    <message>
        <source>Cadence: period %1 has only %2 of at least %3 meetings planned (%4).</source>
        <translation>召开频次：周期 %1 仅计划 %2 次会议，至少应为 %3 次（%4）。</translation>
    </message>
    <message>
        <source>Representatives: %1 enterprise(s) invited; the profile asks for at least %2.</source>
        <translation>企业代表：已邀请 %1 家企业；制度配置要求至少 %2 家。</translation>
    </message>
    <message>
        <source>Representatives: %1 enterprises invited; the profile allows at most %2.</source>
        <translation>企业代表：已邀请 %1 家企业；制度配置规定至多 %2 家。</translation>
    </message>
    <message>
        <source>Notice: the notice (通告) had to be published by %1, %2 working days before the meeting; today is %3.</source>
        <translation>通告：通告应于 %1 前发布，即会前 %2 个工作日；今天是 %3。</translation>
    </message>
    <message>
        <source>Problem catalogue: the catalogue (企业问题目录) was due by %1, %2 working days before the meeting; today is %3.</source>
        <translation>企业问题目录：企业问题目录应于 %1 前完成，即会前 %2 个工作日；今天是 %3。</translation>
    </message>
    <message>
        <source>Cadence: %1</source>
        <translation>召开频次：%1</translation>
    </message>
    <message>
        <source>Representatives: %1 to %2 enterprises</source>
        <translation>企业代表：%1 至 %2 家企业</translation>
    </message>
    <message>
        <source>Representatives: at least %1 enterprises</source>
        <translation>企业代表：至少 %1 家企业</translation>
    </message>
    <message>
        <source>Notice (通告): %1 working days before the meeting</source>
        <translation>通告：会前 %1 个工作日</translation>
    </message>
    <message>
        <source>Problem catalogue (企业问题目录): %1 working days before the meeting</source>
        <translation>企业问题目录：会前 %1 个工作日</translation>
    </message>
    <message>
        <source>Assign within %1 working day(s) after the meeting</source>
        <translation>会后 %1 个工作日内交办</translation>
    </message>
    <message>
        <source>Appeals go to the meeting whose chairing leader receives their domain</source>
        <translation>诉求归入其所属领域分管领导主持的会议</translation>
    </message>
</context>
<context>
    <name>MeetingService</name>
    <message>
        <source>Date: the meeting needs a date.</source>
        <translation>日期：会议须填写日期。</translation>
    </message>
    <message>
        <source>Cannot save the meeting.</source>
        <translation>无法保存会议。</translation>
    </message>
    <message>
        <source>Meeting %1 does not exist.</source>
        <translation>会议 %1 不存在。</translation>
    </message>
    <message>
        <source>Status: %1 is not planned, held or cancelled.</source>
        <translation>状态：%1 不是“计划”“已召开”或“已取消”。</translation>
    </message>
    <message>
        <source>Meeting %1: cannot write its history.</source>
        <translation>会议 %1：无法写入其历史记录。</translation>
    </message>
    <message>
        <source>Agenda: topic %1 does not exist or is listed twice.</source>
        <translation>议程：议题 %1 不存在或重复列出。</translation>
    </message>
    <message>
        <source>Decision: topic %1 is not on the agenda of meeting %2.</source>
        <translation>会议决定：议题 %1 不在会议 %2 的议程中。</translation>
    </message>
    <message>
        <source>Leaders: role %1 is not chair, attend, leave or observe.</source>
        <translation>领导：角色 %1 不是主持、出席、请假或列席。</translation>
    </message>
    <message>
        <source>Leaders: leader %1 does not exist or is listed twice.</source>
        <translation>领导：领导 %1 不存在或重复列出。</translation>
    </message>
    <message>
        <source>Departments: department %1 does not exist or is listed twice.</source>
        <translation>部门：部门 %1 不存在或重复列出。</translation>
    </message>
    <message>
        <source>Enterprises: enterprise %1 does not exist or is listed twice.</source>
        <translation>企业：企业 %1 不存在或重复列出。</translation>
    </message>
    <message>
        <source>Meeting %1: the attendees could not be stored.</source>
        <translation>会议 %1：无法保存参会人员。</translation>
    </message>
    <message>
        <source>the meeting</source>
        <translation>会议信息</translation>
    </message>
    <message>
        <source>the meetings</source>
        <translation>会议列表</translation>
    </message>
    <message>
        <source>the chairs&apos; domains</source>
        <translation>主持领导的分管领域</translation>
    </message>
    <message>
        <source>the appeals&apos; domains</source>
        <translation>诉求的领域</translation>
    </message>
    <message>
        <source>Meeting %1</source>
        <translation>会议 %1</translation>
    </message>
    <message>
        <source>The meeting of %1</source>
        <translation>%1 的会议</translation>
    </message>
    <message>
        <source>The meeting of %1 (%2)</source>
        <translation>%1 的会议（%2）</translation>
    </message>
</context>
<context>
    <name>MeetingsModel</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>议题</translation>
    </message>
    <message>
        <source>Enterprises</source>
        <translation>企业</translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <source>New meeting</source>
        <translation>新建会议</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>Save meeting</source>
        <translation>保存会议</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>安排</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>议程</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>参会人员</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>交办</translation>
    </message>
    <message>
        <source>Meeting saved.</source>
        <translation>会议已保存。</translation>
    </message>
    <message>
        <source>Publish the notice by %1</source>
        <translation>请于 %1 前发布通告</translation>
    </message>
    <message>
        <source>Problem catalogue due by %1</source>
        <translation>企业问题目录须于 %1 前完成</translation>
    </message>
    <message>
        <source>Assign by %1</source>
        <translation>请于 %1 前交办</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>打印(&amp;P)</translation>
    </message>
    <message>
        <source>Meeting notice (通告)</source>
        <translation>通告</translation>
    </message>
    <message>
        <source>Minutes (会议纪要)</source>
        <translation>会议纪要</translation>
    </message>
    <message>
        <source>Problem and suggestion list</source>
        <translation>问题建议清单</translation>
    </message>
    <message>
        <source>Opinions on the appeals (处理意见)</source>
        <translation>企业诉求事项处理意见</translation>
    </message>
    <message>
        <source>All handling sheets of the meeting</source>
        <translation>本次会议全部办理情况表</translation>
    </message>
    <message>
        <source>All dispatch slips of the meeting</source>
        <translation>本次会议全部交办单</translation>
    </message>
    <message>
        <source>Print &amp;list</source>
        <translation>打印列表(&amp;L)</translation>
    </message>
    <message>
        <source>Fill in the date and title, then save the meeting (Enter).</source>
        <translation>请填写日期和标题，然后保存会议（回车键）。</translation>
    </message>
    <message>
        <source>The Plan tab shows the stored meeting now; nothing of yours was saved.</source>
        <translation>“安排”页现显示已保存的会议；您的修改均未保存。</translation>
    </message>
    <message>
        <source>the plan</source>
        <translation>会议安排</translation>
    </message>
    <message>
        <source>the attendees</source>
        <translation>参会人员</translation>
    </message>
    <message>
        <source>a decision</source>
        <translation>议定事项</translation>
    </message>
    <message>
        <source>Unsaved input</source>
        <translation>未保存的输入</translation>
    </message>
    <message>
        <source>What you changed for this meeting is not saved (%1). Discard it?</source>
        <translation>您对此会议的修改尚未保存（%1）。是否放弃？</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>NextStepBanner</name>
    <message>
        <source>First add the departments that handle the items and the leaders who chair the meetings.</source>
        <translation>请先添加承办事项的部门和主持会议的领导。</translation>
    </message>
    <message>
        <source>Go to Departments &amp;&amp; leaders</source>
        <translation>前往“部门与领导”</translation>
    </message>
    <message>
        <source>Next key in the enterprises&apos; sign-up forms as they came in on paper.</source>
        <translation>下一步：按纸质表格录入企业报名申请表。</translation>
    </message>
    <message>
        <source>Key in forms</source>
        <translation>录入表格</translation>
    </message>
    <message>
        <source>Next screen the keyed-in appeals: accept each one, or redirect or refuse it with the reason.</source>
        <translation>下一步：甄别已录入的诉求，逐件予以受理，或注明理由转办、不予受理。</translation>
    </message>
    <message>
        <source>Go to Topics</source>
        <translation>前往“议题”</translation>
    </message>
    <message>
        <source>Next put the accepted appeals into topics for the meeting.</source>
        <translation>下一步：将已受理的诉求归入会议议题。</translation>
    </message>
    <message>
        <source>Next plan the meeting: its date, the leaders, and the topics on its agenda.</source>
        <translation>下一步：安排会议，确定会议日期、参会领导和议程中的议题。</translation>
    </message>
    <message>
        <source>Go to Meetings</source>
        <translation>前往“会议”</translation>
    </message>
    <message>
        <source>Next record the meeting&apos;s decisions and assign the items to their lead departments.</source>
        <translation>下一步：记录会议议定事项，并交办牵头承办部门。</translation>
    </message>
</context>
<context>
    <name>NoticeImportDialog</name>
    <message>
        <source>Import the State Council&apos;s holiday notice</source>
        <translation>从国务院通知导入节假日安排</translation>
    </message>
    <message>
        <source>Open the notice 国务院办公厅关于20XX年部分节假日安排的通知 on the government website, select its whole text (title to date), copy it and paste it below. Qinqing reads every holiday line and shows the days for you to check; nothing is saved before you confirm.</source>
        <translation>请在中国政府网打开《国务院办公厅关于20XX年部分节假日安排的通知》，选中全文（从标题到成文日期）复制，粘贴到下方。本程序逐条识别节假日安排并列出日期供您核对；确认前不会保存。</translation>
    </message>
    <message>
        <source>The notice arranges the &amp;year:</source>
        <translation>通知所属年份(&amp;Y)：</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>What cannot be read</source>
        <translation>无法识别的内容</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>节日</translation>
    </message>
    <message>
        <source>Days off and make-up working days</source>
        <translation>放假及调休上班日期</translation>
    </message>
    <message>
        <source>&lt; &amp;Back to the text</source>
        <translation>&lt; 返回修改文本(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Check the days &gt;</source>
        <translation>核对日期(&amp;C) &gt;</translation>
    </message>
    <message>
        <source>&amp;Save the calendar</source>
        <translation>保存工作日历(&amp;S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>M/d</source>
        <comment>Qt date format of a day in the list of holidays</comment>
        <translation>M月d日</translation>
    </message>
    <message>
        <source>d</source>
        <comment>Qt date format of the last day of a run in the same month</comment>
        <translation>d日</translation>
    </message>
    <message numerus="yes">
        <source>%1–%2 (%n day(s))</source>
        <translation>
            <numerusform>%1—%2（%n 天）</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <comment>between dates</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;background:#ffcdd2;color:#b71c1c&apos;&gt;&amp;nbsp;%1&amp;nbsp;&lt;/span&gt; day off &amp;nbsp; &lt;span style=&apos;background:#bbdefb;color:#0d47a1&apos;&gt;&amp;nbsp;%2&amp;nbsp;&lt;/span&gt; make-up working day &amp;nbsp; Weekends not marked are ordinary weekends.</source>
        <translation>&lt;span style=&apos;background:#ffcdd2;color:#b71c1c&apos;&gt;&amp;nbsp;%1&amp;nbsp;&lt;/span&gt; 放假 &amp;nbsp; &lt;span style=&apos;background:#bbdefb;color:#0d47a1&apos;&gt;&amp;nbsp;%2&amp;nbsp;&lt;/span&gt; 调休上班 &amp;nbsp; 未标注的周末为正常休息日。</translation>
    </message>
    <message>
        <source>off</source>
        <comment>one-character mark of a day off in the month view</comment>
        <translation>休</translation>
    </message>
    <message>
        <source>work</source>
        <comment>one-character mark of a make-up working day</comment>
        <translation>班</translation>
    </message>
    <message>
        <source>State Council notice (pasted)</source>
        <translation>国务院通知（粘贴导入）</translation>
    </message>
    <message>
        <source>State Council notice (%1)</source>
        <translation>国务院通知（%1）</translation>
    </message>
    <message>
        <source>Paste the notice&apos;s text above.</source>
        <translation>请在上方粘贴通知全文。</translation>
    </message>
    <message>
        <source>%1
→ %2</source>
        <translation>%1
→ %2</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) below. Nothing can be saved until the text says what the notice says: correct it above, or paste the notice again.</source>
        <translation>
            <numerusform>下列 %n 处无法识别。在文本与通知原文一致之前不能保存：请在上方更正，或重新粘贴通知。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Read %n holiday line(s) for %1: %2 days off, %3 make-up working days. Check them next.</source>
        <translation>
            <numerusform>已识别 %1 年 %n 条节假日安排：放假 %2 天，调休上班 %3 天。请继续核对。</numerusform>
        </translation>
    </message>
    <message>
        <source>Off: %1</source>
        <translation>放假：%1</translation>
    </message>
    <message>
        <source>Make-up working days: %1</source>
        <translation>调休上班：%1</translation>
    </message>
    <message>
        <source>Not a day off: %1</source>
        <translation>不放假：%1</translation>
    </message>
    <message>
        <source>Check these days against the notice before saving.</source>
        <translation>保存前请对照通知原文核对以下日期。</translation>
    </message>
    <message>
        <source>%1 is already in the calendar: saving replaces its days.</source>
        <translation>工作日历中已有 %1 年的安排，保存后将予以替换。</translation>
    </message>
    <message>
        <source>The open deadlines cannot be checked: %1</source>
        <translation>无法核对未办结事项的期限：%1</translation>
    </message>
    <message>
        <source>The calendar was not saved: %1</source>
        <translation>工作日历未保存：%1</translation>
    </message>
    <message>
        <source>The calendar for %1 is saved.</source>
        <translation>%1 年工作日历已保存。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>OdtStyles</name>
    <message>
        <source>%1 is not an OpenDocument file: %2</source>
        <translation>%1 不是 OpenDocument 文件：%2</translation>
    </message>
    <message>
        <source>Cannot add the page layout to %1: %2</source>
        <translation>无法为 %1 添加页面设置：%2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>OfficeConverter</name>
    <message>
        <source>an Excel 97-2003 workbook (.xls)</source>
        <translation>Excel 97-2003 工作簿（.xls）</translation>
    </message>
    <message>
        <source>an Excel 2003 XML workbook</source>
        <translation>Excel 2003 XML 工作簿</translation>
    </message>
    <message>
        <source>a web page saved as a workbook</source>
        <translation>存为工作簿的网页文件</translation>
    </message>
    <message>
        <source>an OpenDocument spreadsheet (.ods)</source>
        <translation>OpenDocument 电子表格（.ods）</translation>
    </message>
    <message>
        <source>a Word 97-2003 document (.doc, or WPS&apos;s .wps)</source>
        <translation>Word 97-2003 文档（.doc 或 WPS 的 .wps）</translation>
    </message>
    <message>
        <source>a Word 2003 XML document</source>
        <translation>Word 2003 XML 文档</translation>
    </message>
    <message>
        <source>an RTF document</source>
        <translation>RTF 文档</translation>
    </message>
    <message>
        <source>a web page saved as a Word document</source>
        <translation>存为 Word 文档的网页文件</translation>
    </message>
    <message>
        <source>an OpenDocument text (.odt)</source>
        <translation>OpenDocument 文本（.odt）</translation>
    </message>
    <message>
        <source>it is %1, which is read through LibreOffice, and LibreOffice is not installed: install the package %2 (sudo apt install %2), or save the file as %3 in %4 and import that</source>
        <translation>该文件是%1，需通过 LibreOffice 读取，但本机未安装 LibreOffice：请安装软件包 %2（sudo apt install %2），或在 %4 中将文件另存为 %3 后再导入</translation>
    </message>
    <message>
        <source>Excel or WPS</source>
        <translation>Excel 或 WPS</translation>
    </message>
    <message>
        <source>Word or WPS</source>
        <translation>Word 或 WPS</translation>
    </message>
    <message>
        <source>no temporary folder to convert it in: %1</source>
        <translation>没有可用于转换的临时文件夹：%1</translation>
    </message>
    <message>
        <source>cannot copy it for LibreOffice: %1</source>
        <translation>无法复制文件供 LibreOffice 转换：%1</translation>
    </message>
    <message>
        <source>LibreOffice could not read it as %1: the file is damaged, or it is another kind of file</source>
        <translation>LibreOffice 无法将其作为%1读取：文件已损坏，或是其他类型的文件</translation>
    </message>
    <message>
        <source>converted by LibreOffice it is %1 MB, too large to import</source>
        <translation>经 LibreOffice 转换后达 %1 MB，过大，无法导入</translation>
    </message>
    <message>
        <source>LibreOffice (%1) did not start: %2</source>
        <translation>LibreOffice（%1）未能启动：%2</translation>
    </message>
    <message>
        <source>the conversion was cancelled</source>
        <translation>转换已取消</translation>
    </message>
    <message>
        <source>LibreOffice did not convert it within %1 s and was stopped</source>
        <translation>LibreOffice 未在 %1 秒内完成转换，已中止</translation>
    </message>
    <message>
        <source>LibreOffice stopped with exit code %1: %2</source>
        <translation>LibreOffice 异常退出（退出码 %1）：%2</translation>
    </message>
</context>
<context>
    <name>OfficeDetailsRepository</name>
    <message>
        <source>Cannot store the office&apos;s %1</source>
        <translation>无法保存本单位信息 %1</translation>
    </message>
    <message>
        <source>Cannot write the audit log for the office&apos;s details</source>
        <translation>无法写入本单位信息的操作日志</translation>
    </message>
    <message>
        <source>Cannot commit the office&apos;s details</source>
        <translation>无法提交本单位信息</translation>
    </message>
    <message>
        <source>Phone and fax: %1</source>
        <translation>电话及传真：%1</translation>
    </message>
    <message>
        <source>E-mail: &quot;%1&quot; does not look like an address (name@example.cn)</source>
        <translation>电子邮箱：“%1”不像是邮箱地址（如 name@example.cn）</translation>
    </message>
</context>
<context>
    <name>OverdueCommand</name>
    <message>
        <source>list the open assignments past their deadline</source>
        <translation>列出已超过办理期限的未办结交办</translation>
    </message>
    <message>
        <source>%1: unexpected argument</source>
        <translation>%1：多余的参数</translation>
    </message>
    <message>
        <source>Lists the open assignments (assigned, in progress, returned, escalated) whose deadline has passed on the date: appeal number, enterprise, lead department, the deadline in force and the original one, the working days overdue and whether an approved extension moved the deadline. The same definition as the dashboard&apos;s.</source>
        <translation>列出截至指定日期已超过期限的未办结交办事项（已交办、办理中、已退回、已提交上级）：诉求编号、企业、牵头部门、现行期限和原定期限、逾期工作日数，以及是否因批准延期而调整过期限。“逾期”的认定与督查看板一致。</translation>
    </message>
    <message>
        <source>  --as-of YYYY-MM-DD    the date to look from (default: today)
  --format tsv|json     the output (default: tsv)</source>
        <translation>  --as-of YYYY-MM-DD    以哪一天为准（默认今天）
  --format tsv|json     输出格式（默认 tsv）</translation>
    </message>
</context>
<context>
    <name>OverdueQuery</name>
    <message>
        <source>Cannot list the overdue assignments: %1</source>
        <translation>无法列出超期交办：%1</translation>
    </message>
</context>
<context>
    <name>PageRegistry</name>
    <message>
        <source>Appeals</source>
        <translation>诉求</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>议题</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Assignments</source>
        <translation>交办</translation>
    </message>
    <message>
        <source>Enterprises</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>Departments &amp; leaders</source>
        <translation>部门与领导</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>待办</translation>
    </message>
</context>
<context>
    <name>PartFile</name>
    <message>
        <source>%1: cannot create a file in this folder: %2</source>
        <translation>%1：无法在该文件夹中创建文件：%2</translation>
    </message>
    <message>
        <source>%1: cannot replace the file: %2</source>
        <translation>%1：无法替换该文件：%2</translation>
    </message>
</context>
<context>
    <name>PasswordPrompt</name>
    <message>
        <source>Again:</source>
        <translation>再输入一次：</translation>
    </message>
    <message>
        <source>The two passwords differ; nothing was changed.</source>
        <translation>两次输入的密码不一致；未作任何更改。</translation>
    </message>
    <message>
        <source>No password was given.</source>
        <translation>未输入密码。</translation>
    </message>
</context>
<context>
    <name>PhoneValidator</name>
    <message>
        <source>%1 is not a mobile number (mobile numbers start with 13 to 19)</source>
        <translation>%1 不是手机号码（手机号码以 13 至 19 开头）</translation>
    </message>
    <message>
        <source>%1 has %2 digits; a mobile number has 11</source>
        <translation>%1 为 %2 位数字，手机号码应为 11 位</translation>
    </message>
    <message>
        <source>%1 is not a landline number (area code 0 + 2-3 digits, then 7-8 digits, e.g. 0473-8991510)</source>
        <translation>%1 不是固定电话号码（区号为 0 加 2～3 位数字，后接 7～8 位号码，例如 0473-8991510）</translation>
    </message>
    <message>
        <source>%1 is neither a mobile number (11 digits), a landline with area code (e.g. 0473-8991510) nor a hotline (e.g. 12345)</source>
        <translation>%1 既不是手机号码（11 位），也不是带区号的固定电话（例如 0473-8991510）或服务热线（例如 12345）</translation>
    </message>
</context>
<context>
    <name>PrintCommand</name>
    <message>
        <source>give exactly one document: %1</source>
        <translation>请指定且仅指定一种文书：%1</translation>
    </message>
    <message>
        <source>%1: unknown document; expected one of %2</source>
        <translation>%1：未知文书，应为以下之一：%2</translation>
    </message>
    <message>
        <source>--out: the output file (.pdf or .odt) is required</source>
        <translation>--out：必须指定输出文件（.pdf 或 .odt）</translation>
    </message>
    <message>
        <source>--out: %1 must end in .pdf or .odt</source>
        <translation>--out：%1 的扩展名必须为 .pdf 或 .odt</translation>
    </message>
    <message>
        <source>--%1: %2 is not a record id (a positive whole number)</source>
        <translation>--%1：%2 不是有效的记录编号（应为正整数）</translation>
    </message>
    <message>
        <source>--blank prints the empty form; leave out --id and --meeting</source>
        <translation>--blank 用于打印空白表单，请勿同时指定 --id 和 --meeting</translation>
    </message>
    <message>
        <source>font substituted: %1</source>
        <translation>已替换字体：%1</translation>
    </message>
    <message>
        <source>%1: %2 document(s), %3 page(s)</source>
        <translation>%1：文书 %2 份，共 %3 页</translation>
    </message>
    <message>
        <source>print an official form or document to PDF (minutes, opinions and reminders also to ODT)</source>
        <translation>将公文或表格打印为 PDF（会议纪要、处理意见和催办通知也可存为 ODT）</translation>
    </message>
    <message>
        <source>--out: %1 can only be written as PDF; ODT is for minutes, opinions and reminders</source>
        <translation>--out：%1 只能存为 PDF；ODT 仅用于会议纪要、处理意见和催办通知</translation>
    </message>
    <message>
        <source>--as-of: only the reminder notice is dated by it</source>
        <translation>--as-of：只有催办通知按此日期计算</translation>
    </message>
    <message>
        <source>Prints an official document, filled from the records or blank for handing out on paper, as PDF on A4; the minutes, the opinions and the reminder notice also as ODT for editing in WPS or Word. Official documents are always in Chinese.</source>
        <translation>打印规范文书：根据记录填写，或打印空白表格供纸面填写；输出为 A4 的 PDF，会议纪要、处理意见和催办通知也可输出为 ODT，供在 WPS 或 Word 中修改。规范文书一律为中文。</translation>
    </message>
    <message>
        <source>  form1       附件1 议题表 / 报名申请表 of an appeal (--id) 
  form2       附件2 办理情况表 of an assignment (--id), or of every assignment of a meeting
  form3       附件3 评价表 of an evaluation (--id)
  notice      通告 of a meeting (--meeting)
  booking     来访企业预约登记表 of an appeal (--id)
  dispatch    企业诉求交办单 of an assignment (--id), or of every one of a meeting
  minutes     会议纪要 of a meeting (--meeting)
  list        涉企问题工作台账 of a meeting (--meeting)
  opinions    企业诉求事项处理意见 of a meeting (--meeting)
  reminder    催办通知 for an overdue assignment (--id), or every overdue one of a meeting</source>
        <translation>  form1       诉求的附件1 议题表 / 报名申请表（--id）
  form2       交办事项的附件2 办理情况表（--id），或会议全部交办事项的办理情况表
  form3       评价的附件3 评价表（--id）
  notice      会议的通告（--meeting）
  booking     诉求的来访企业预约登记表（--id）
  dispatch    交办事项的企业诉求交办单（--id），或会议全部交办单
  minutes     会议纪要（--meeting）
  list        会议的涉企问题工作台账（--meeting）
  opinions    会议的企业诉求事项处理意见（--meeting）
  reminder    逾期交办事项的催办通知（--id），或会议全部逾期事项的催办通知</translation>
    </message>
    <message>
        <source>  --id ID            the record (appeal, assignment or evaluation, as above)
  --meeting ID       the meeting; form2 and dispatch then print every sheet of the
                     meeting into one file, ordered by lead department
  --blank            the empty form
  --variant 000|004  the other wording of 附件1-3 for this print (the profile chooses one)
  --as-of DATE       reminder: the date it is overdue on and dated (default: today)
  --out FILE         FILE.pdf, or FILE.odt for minutes, opinions and reminder</source>
        <translation>  --id ID            记录（诉求、交办事项或评价，见上）
  --meeting ID       会议；form2 和 dispatch 此时把该会议的每一份表格按牵头部门
                     顺序打印到同一个文件中
  --blank            空白表格
  --variant 000|004  本次打印改用附件1-3 的另一种措辞（制度配置已选定其一）
  --as-of DATE       催办通知：认定逾期并落款的日期（默认今天）
  --out FILE         FILE.pdf；会议纪要、处理意见和催办通知也可为 FILE.odt</translation>
    </message>
    <message>
        <source>Fonts: 仿宋_GB2312, 小标宋, 黑体 and 楷体 when installed; otherwise a free face, named on standard error (&quot;font substituted&quot;).</source>
        <translation>字体：已安装时使用仿宋_GB2312、小标宋、黑体和楷体；否则使用免费字体代替，并在标准错误输出中注明（“已替换字体”）。</translation>
    </message>
    <message>
        <source>Examples:</source>
        <translation>示例：</translation>
    </message>
    <message>
        <source>  qinqing-cli print form2 --meeting 3 --out 办理情况表.pdf
  qinqing-cli print minutes --meeting 3 --out 纪要.odt
  qinqing-cli print form1 --blank --out 报名申请表.pdf</source>
        <translation>  qinqing-cli print form2 --meeting 3 --out 办理情况表.pdf
  qinqing-cli print minutes --meeting 3 --out 纪要.odt
  qinqing-cli print form1 --blank --out 报名申请表.pdf</translation>
    </message>
</context>
<context>
    <name>PrintMenu</name>
    <message>
        <source>&amp;Print</source>
        <translation>打印(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Save as file</source>
        <translation>另存为文件(&amp;S)</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Select a record first; its document is printed.</source>
        <translation>请先选择一条记录，将打印该记录的文书。</translation>
    </message>
</context>
<context>
    <name>PrintPreview</name>
    <message numerus="yes">
        <source>Printing %n document(s)…</source>
        <translation>
            <numerusform>正在打印 %n 份文书…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Fonts substituted (the official fonts are not installed): %1</source>
        <translation>已替换字体（未安装规范字体）：%1</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>打印预览</translation>
    </message>
    <message>
        <source>Print preview – %1</source>
        <translation>打印预览 – %1</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>OpenDocument text for WPS or Word (*.odt)</source>
        <translation>供 WPS 或 Word 使用的 OpenDocument 文本 (*.odt)</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>导出%1</translation>
    </message>
    <message>
        <source>Save as PDF or ODT…</source>
        <translation>另存为 PDF 或 ODT…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
</context>
<context>
    <name>PrintingCommand</name>
    <message>
        <source>the printing library has no command %1</source>
        <translation>打印组件中没有 %1 命令</translation>
    </message>
    <message>
        <source>(not available: %1)</source>
        <translation>（不可用：%1）</translation>
    </message>
    <message>
        <source>Not available: %1</source>
        <translation>不可用：%1</translation>
    </message>
</context>
<context>
    <name>PrintingLibrary</name>
    <message>
        <source>cannot load the printing library %1: %2</source>
        <translation>无法加载打印组件 %1：%2</translation>
    </message>
    <message>
        <source>the printing library %1 is missing (looked for %2): printing, reports and PDF exports need it; install qinqing again</source>
        <translation>缺少打印组件 %1（已查找 %2）：打印、报告和导出 PDF 均需此组件，请重新安装 qinqing</translation>
    </message>
</context>
<context>
    <name>ProfileRepository</name>
    <message>
        <source>The built-in profile %1 is damaged in this build.</source>
        <translation>本程序内置的制度配置 %1 已损坏。</translation>
    </message>
    <message>
        <source>profile: there is no profile &quot;%1&quot; (known: %2)</source>
        <translation>制度配置：没有“%1”（可选：%2）</translation>
    </message>
    <message>
        <source>Cannot save the active profile: %1</source>
        <translation>无法保存当前制度配置：%1</translation>
    </message>
    <message>
        <source>Cannot save the profile %1: %2</source>
        <translation>无法保存制度配置 %1：%2</translation>
    </message>
    <message>
        <source>the rule profiles</source>
        <translation>制度配置</translation>
    </message>
    <message>
        <source>the rule profile %1</source>
        <translation>制度配置 %1</translation>
    </message>
</context>
<context>
    <name>QuerySource</name>
    <message>
        <source>Cannot read the list &quot;%1&quot;: %2</source>
        <translation>无法读取清单“%1”：%2</translation>
    </message>
</context>
<context>
    <name>RecordPapersQuery</name>
    <message>
        <source>Cannot read the record&apos;s papers: %1</source>
        <translation>无法读取该记录的相关材料：%1</translation>
    </message>
</context>
<context>
    <name>ReminderNoticeLoader</name>
    <message>
        <source>Cannot read the extensions of assignment %1: %2</source>
        <translation>无法读取交办事项 %1 的延期记录：%2</translation>
    </message>
    <message>
        <source>There is no assignment with id %1.</source>
        <translation>不存在编号为 %1 的交办事项。</translation>
    </message>
    <message>
        <source>Assignment %1 is escalated to a higher level and waits for its answer: a reminder notice chases only overdue items the department can act on (the overdue list leaves it out too).</source>
        <translation>交办事项 %1 已提交上级，正在等待上级答复：催办通知只催办承办单位能够办理的逾期事项（超期清单同样不列入该事项）。</translation>
    </message>
    <message>
        <source>Assignment %1 is not overdue on %2 (status %3, due %4): a reminder notice is for overdue items.</source>
        <translation>交办事项 %1 在 %2 未逾期（状态 %3，办理时限 %4）：催办通知只针对逾期事项。</translation>
    </message>
    <message>
        <source>Meeting %1 has no assignments.</source>
        <translation>会议 %1 没有交办事项。</translation>
    </message>
    <message>
        <source>No assignment of meeting %1 is overdue on %2.</source>
        <translation>会议 %1 的交办事项在 %2 均未逾期。</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>write the leaders&apos; monthly or quarterly summary report to PDF or ODT</source>
        <translation>生成诉求办理情况月报或季报（PDF 或 ODT）</translation>
    </message>
    <message>
        <source>give the report to write: summary</source>
        <translation>请指定要生成的报告：summary</translation>
    </message>
    <message>
        <source>--month, --quarter, --from/--to: give the period in exactly one of these forms</source>
        <translation>--month、--quarter、--from/--to：请只用其中一种方式指定报告期</translation>
    </message>
    <message>
        <source>--to: the last day of the period is required</source>
        <translation>--to：必须给出报告期的最后一天</translation>
    </message>
    <message>
        <source>--from: the first day of the period is required</source>
        <translation>--from：必须给出报告期的第一天</translation>
    </message>
    <message>
        <source>--from %1 is after --to %2</source>
        <translation>--from %1 晚于 --to %2</translation>
    </message>
    <message>
        <source>--out: the output file (.pdf or .odt) is required</source>
        <translation>--out：必须给出输出文件（.pdf 或 .odt）</translation>
    </message>
    <message>
        <source>--out: %1 must end in .pdf or .odt</source>
        <translation>--out：%1 的扩展名必须为 .pdf 或 .odt</translation>
    </message>
    <message>
        <source>font substituted: %1</source>
        <translation>已替换字体：%1</translation>
    </message>
    <message>
        <source>%1: %2, %3 page(s)</source>
        <translation>%1：%2，共 %3 页</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Writes the leaders&apos; summary report (诉求办理情况月报/季报) for a month, a quarter or any period, as PDF or ODT, laid out as an official document: the period&apos;s appeals by status, domain and channel; overdue items; the departments&apos; figures; the enterprises&apos; evaluations; the items waiting for a leader&apos;s decision; and the problems that at least three different enterprises raised. Figures stand as of the period&apos;s last day.</source>
        <translation>按公文格式生成某月、某季度或任意期间的诉求办理情况月报/季报（PDF 或 ODT）：本期诉求按状态、领域和渠道的统计；逾期事项；各部门办理情况；企业评价；需领导研究决定的事项；以及至少三家不同企业反映的共性问题。数据截至报告期最后一天。</translation>
    </message>
    <message>
        <source>  --month YYYY-MM                      a month
  --quarter YYYYQn                     a quarter, e.g. 2026Q4
  --from YYYY-MM-DD --to YYYY-MM-DD    any period (exactly one of the three forms)
  --out FILE.pdf|FILE.odt              the file to write</source>
        <translation>  --month YYYY-MM                      某月
  --quarter YYYYQn                     某季度，如 2026Q4
  --from YYYY-MM-DD --to YYYY-MM-DD    任意期间（三种方式只能选一）
  --out FILE.pdf|FILE.odt              要写入的文件</translation>
    </message>
    <message>
        <source>Example:</source>
        <translation>示例：</translation>
    </message>
    <message>
        <source>  qinqing-cli report summary --month 2026-11 --out 月报.pdf</source>
        <translation>  qinqing-cli report summary --month 2026-11 --out 月报.pdf</translation>
    </message>
</context>
<context>
    <name>ReportPeriod</name>
    <message>
        <source>%1 is not a month; write it as YYYY-MM, e.g. 2026-11</source>
        <translation>%1 不是月份，请写成 YYYY-MM，例如 2026-11</translation>
    </message>
    <message>
        <source>%1 is not a quarter; write it as YYYYQn with n from 1 to 4, e.g. 2026Q4</source>
        <translation>%1 不是季度，请写成 YYYYQn（n 为 1 至 4），例如 2026Q4</translation>
    </message>
</context>
<context>
    <name>RestoreCommand</name>
    <message>
        <source>put a backup back in place of the database file, keeping the file it replaces</source>
        <translation>用备份替换数据库文件，并保留被替换的文件</translation>
    </message>
    <message>
        <source>Replaces the database file (--db) with the backup FILE, written by `qinqing-cli backup`, File ▸ Back up… or the automatic backups. FILE is checked first: it must be an SQLite file that passes SQLite&apos;s integrity check and a Qinqing database of a schema this program reads (an older one is upgraded). Otherwise nothing changes and the command says why.</source>
        <translation>用备份 FILE 替换数据库文件（--db）；备份可由 `qinqing-cli backup`、“文件 ▸ 备份…”或自动备份生成。先检查 FILE：必须是通过 SQLite 完整性检查的 SQLite 文件，且是本程序可读结构版本的亲清数据库（较旧的版本会自动升级）。否则不作任何改动，并说明原因。</translation>
    </message>
    <message>
        <source>The file it replaces is kept beside it as NAME-before-restore-DATE-TIME.sqlite. Desks that have the file open see the restored records at once. To put a backup on a server database, copy it into a new one: `qinqing-cli copy --from FILE --to postgresql://…`.</source>
        <translation>被替换的文件保留在同一文件夹中，文件名为 NAME-before-restore-日期-时间.sqlite。已打开该文件的工位会立即看到恢复后的记录。要将备份放到服务器数据库，请复制到一个新的服务器数据库：`qinqing-cli copy --from FILE --to postgresql://…`。</translation>
    </message>
    <message>
        <source>Example:</source>
        <translation>示例：</translation>
    </message>
    <message>
        <source>  qinqing-cli --db qinqing.sqlite restore backups/qinqing-daily-20261203-180000.sqlite</source>
        <translation>  qinqing-cli --db qinqing.sqlite restore backups/qinqing-daily-20261203-180000.sqlite</translation>
    </message>
    <message>
        <source>Exit codes: 2 when FILE is not a sound Qinqing backup (nothing changed).</source>
        <translation>退出码：FILE 不是完好的亲清备份时为 2（未作任何改动）。</translation>
    </message>
    <message>
        <source>restore: name the backup file: qinqing-cli restore FILE</source>
        <translation>restore：请指定备份文件：qinqing-cli restore FILE</translation>
    </message>
    <message>
        <source>%1: unexpected argument</source>
        <translation>%1：多余的参数</translation>
    </message>
    <message>
        <source>restore works on a database file. To put a backup on the server, copy it into a new server database: qinqing-cli copy --from %1 --to postgresql://…</source>
        <translation>restore 只用于数据库文件。要将备份放到服务器上，请复制到一个新的服务器数据库：qinqing-cli copy --from %1 --to postgresql://…</translation>
    </message>
    <message>
        <source>The file as it was is kept as %1.</source>
        <translation>原文件已保留为 %1。</translation>
    </message>
    <message>
        <source>Restored %1 from %2: %3 appeals.</source>
        <translation>已从 %2 恢复 %1：共 %3 条诉求。</translation>
    </message>
    <message>
        <source>The file it replaced is kept as %1.</source>
        <translation>被替换的文件已保留为 %1。</translation>
    </message>
</context>
<context>
    <name>RuleProfile</name>
    <message>
        <source>%1: unit must be &quot;working&quot; or &quot;calendar&quot;</source>
        <translation>%1：单位应为“working”（工作日）或“calendar”（自然日）</translation>
    </message>
    <message>
        <source>%1: amount must not be negative</source>
        <translation>%1：数值不能为负数</translation>
    </message>
    <message>
        <source>cadence.period: must be none, month, quarter or year</source>
        <translation>cadence.period（召开周期）：应为 none、month、quarter 或 year</translation>
    </message>
    <message>
        <source>code: &quot;%1&quot; must be 2-32 lower-case letters, digits, - or _</source>
        <translation>code（代码）：“%1”应为 2 至 32 位小写字母、数字、- 或 _</translation>
    </message>
    <message>
        <source>name: is required</source>
        <translation>name（名称）：必须填写</translation>
    </message>
    <message>
        <source>representatives: numbers must not be negative</source>
        <translation>representatives（企业代表人数）：不能为负数</translation>
    </message>
    <message>
        <source>representatives: the minimum %1 is above the maximum %2</source>
        <translation>representatives（企业代表人数）：最少 %1 家大于最多 %2 家</translation>
    </message>
    <message>
        <source>leadTimes: numbers of working days must not be negative</source>
        <translation>leadTimes（提前期限）：工作日数不能为负数</translation>
    </message>
    <message>
        <source>limits.resultSingle: a handling limit for the result is required</source>
        <translation>limits.resultSingle（办结时限）：必须设置办理结果的时限</translation>
    </message>
    <message>
        <source>extensionCap: use -1 for no cap, or 0 and above</source>
        <translation>extensionCap（延期次数上限）：不限次数填 -1，否则填 0 或以上</translation>
    </message>
    <message>
        <source>reportIntervalDays: must be at least 1 day</source>
        <translation>reportIntervalDays（报送间隔）：至少为 1 天</translation>
    </message>
    <message>
        <source>forms.variant: must be 000 or 004, not &quot;%1&quot;</source>
        <translation>forms.variant（表格样式）：应为 000 或 004，而不是“%1”</translation>
    </message>
    <message>
        <source>numberingPattern: must contain {seq} or {seq:N}</source>
        <translation>numberingPattern（编号规则）：必须包含 {seq} 或 {seq:N}</translation>
    </message>
    <message>
        <source>exclusionReasons: every reason needs a code and a label</source>
        <translation>exclusionReasons（不予受理情形）：每项都需要代码和名称</translation>
    </message>
    <message>
        <source>exclusionReasons: the code &quot;%1&quot; is used twice</source>
        <translation>exclusionReasons（不予受理情形）：代码“%1”重复</translation>
    </message>
</context>
<context>
    <name>SavedFileNotice</name>
    <message>
        <source>Saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>In the folder %1</source>
        <translation>所在文件夹：%1</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>Open &amp;folder</source>
        <translation>打开所在文件夹(&amp;F)</translation>
    </message>
</context>
<context>
    <name>SchemaMigrator</name>
    <message>
        <source>The database %1 was written by a newer version of Qinqing (schema %2; this program knows up to %3). Please update Qinqing.</source>
        <translation>数据库 %1 由更新版本的亲清写入（数据结构版本 %2；本程序最高支持 %3）。请升级亲清。</translation>
    </message>
    <message>
        <source>Schema step %1 is missing from this build.</source>
        <translation>本程序缺少数据结构升级步骤 %1。</translation>
    </message>
    <message>
        <source>Cannot read the schema file %1.</source>
        <translation>无法读取数据结构文件 %1。</translation>
    </message>
    <message>
        <source>Upgrading the database to schema version %1 failed in %2: %3</source>
        <translation>将数据库升级到数据结构版本 %1 时在 %2 中失败：%3</translation>
    </message>
    <message>
        <source>Cannot record schema version %1: %2</source>
        <translation>无法记录数据结构版本 %1：%2</translation>
    </message>
    <message>
        <source>Cannot keep a copy of %1 before upgrading it: %2</source>
        <translation>升级前无法保留 %1 的副本：%2</translation>
    </message>
</context>
<context>
    <name>ScreeningDialog</name>
    <message>
        <source>Screen appeal</source>
        <translation>甄别诉求</translation>
    </message>
    <message numerus="yes">
        <source>Screen %n appeals</source>
        <translation>
            <numerusform>甄别 %n 条诉求</numerusform>
        </translation>
    </message>
    <message>
        <source>Decide whether this appeal is within the meeting&apos;s scope.</source>
        <translation>请确定该诉求是否属于会议受理范围。</translation>
    </message>
    <message numerus="yes">
        <source>One decision for all %n selected appeals: if one cannot take it, none is changed.</source>
        <translation>
            <numerusform>对选中的全部 %n 条诉求作出同一决定：如有任一条诉求无法适用，则全部不作更改。</numerusform>
        </translation>
    </message>
    <message>
        <source>e.g. the district or town government</source>
        <translation>例如：区（县）或乡镇人民政府</translation>
    </message>
    <message>
        <source>The answer given to the enterprise at once</source>
        <translation>当场答复企业的内容</translation>
    </message>
    <message>
        <source>Accept for the meeting</source>
        <translation>受理上会</translation>
    </message>
    <message>
        <source>Not accepted</source>
        <translation>不予受理</translation>
    </message>
    <message>
        <source>Redirect to the local government (属地)</source>
        <translation>转属地政府办理（属地）</translation>
    </message>
    <message>
        <source>Redirect to a department</source>
        <translation>转部门办理</translation>
    </message>
    <message>
        <source>Solved at once (即知即办)</source>
        <translation>即知即办</translation>
    </message>
    <message>
        <source>Record decision</source>
        <translation>记录决定</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>备注(&amp;O)</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>……另有 %n 件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScreeningService</name>
    <message>
        <source>Reason: choose why the appeal is not accepted.</source>
        <translation>原因：请选择不予受理的原因。</translation>
    </message>
    <message>
        <source>Reason: &quot;%1&quot; is not an exclusion reason of the profile %2 (known: %3).</source>
        <translation>原因：“%1”不是制度配置 %2 规定的不予受理情形（现有情形：%3）。</translation>
    </message>
    <message>
        <source>Target: choose the department the appeal is redirected to.</source>
        <translation>转办对象：请选择诉求转交的部门。</translation>
    </message>
    <message>
        <source>Target: name the local government (属地) the appeal is redirected to.</source>
        <translation>转办对象：请填写诉求转交的属地政府。</translation>
    </message>
    <message>
        <source>Answer: an appeal solved at once (即知即办) needs the answer given.</source>
        <translation>答复：即知即办的诉求须填写答复内容。</translation>
    </message>
    <message>
        <source>No appeal selected.</source>
        <translation>未选择诉求。</translation>
    </message>
    <message>
        <source>Cannot save the screening decisions.</source>
        <translation>无法保存甄别决定。</translation>
    </message>
    <message>
        <source>Appeal %1 does not exist.</source>
        <translation>诉求 %1 不存在。</translation>
    </message>
    <message>
        <source>Appeal %1: already assigned to a department; it cannot be screened again.</source>
        <translation>诉求 %1：已交办部门，不能再次甄别。</translation>
    </message>
    <message>
        <source>Appeal %1: it belongs to a topic; take it out of the topic first.</source>
        <translation>诉求 %1：已归入议题，请先将其移出议题。</translation>
    </message>
    <message>
        <source>Appeal %1: department %2 does not exist.</source>
        <translation>诉求 %1：部门 %2 不存在。</translation>
    </message>
    <message>
        <source>Appeal %1: cannot write its history.</source>
        <translation>诉求 %1：无法写入办理记录。</translation>
    </message>
</context>
<context>
    <name>ServerAddress</name>
    <message>
        <source>%1 is not a server address; write postgresql://USER@HOST:PORT/DATABASE</source>
        <translation>%1 不是服务器地址；应写作 postgresql://用户@主机:端口/数据库</translation>
    </message>
    <message>
        <source>%1 names no database; write postgresql://USER@HOST:PORT/DATABASE</source>
        <translation>%1 未指明数据库；应写作 postgresql://用户@主机:端口/数据库</translation>
    </message>
    <message>
        <source>%1: the port must be a number from 1 to 65535</source>
        <translation>%1：端口须为 1 至 65535 之间的数字</translation>
    </message>
</context>
<context>
    <name>ServerCommand</name>
    <message>
        <source>set up a PostgreSQL server database for several desks (server init)</source>
        <translation>为多个工作站建立 PostgreSQL 服务器数据库（server init）</translation>
    </message>
    <message>
        <source>Sets up a PostgreSQL server database for several desks: creates the database when it is missing, its tables, the roles of Qinqing&apos;s users and the first administrator LOGIN (password asked for), with the rule profile CODE. Run it on the server as a PostgreSQL user allowed to create databases and roles (postgres).</source>
        <translation>为多个工作站建立 PostgreSQL 服务器数据库：数据库不存在时先建库，再建表、建立亲清各类用户的角色和第一个管理员（用户名为 LOGIN，密码将提示输入），并启用规则配置 CODE。请在服务器本机、以可建库和建角色的 PostgreSQL 用户（postgres）运行。</translation>
    </message>
    <message>
        <source>Several desks (Debian 12 server):</source>
        <translation>多工作站（Debian 12 服务器）：</translation>
    </message>
    <message>
        <source>  sudo apt-get install postgresql qinqing
  sudo -u postgres qinqing-cli server init --db postgresql:///qinqing \
       --profile tongliao --admin wangli
  # let the desks in: /etc/postgresql/15/main/postgresql.conf
  #   listen_addresses = &apos;*&apos;
  # /etc/postgresql/15/main/pg_hba.conf (the office&apos;s network)
  #   host qinqing all 192.168.1.0/24 scram-sha-256
  sudo systemctl restart postgresql
  sudo -u postgres qinqing-cli copy --from qinqing.sqlite --to postgresql:///qinqing
  qinqing-cli --db postgresql://wangli@SERVER/qinqing user add zhaomin --role clerk</source>
        <translation>  sudo apt-get install postgresql qinqing
  sudo -u postgres qinqing-cli server init --db postgresql:///qinqing \
       --profile tongliao --admin wangli
  # 允许各工作站连接：/etc/postgresql/15/main/postgresql.conf 中
  #   listen_addresses = &apos;*&apos;
  # /etc/postgresql/15/main/pg_hba.conf 中（本单位网段）
  #   host qinqing all 192.168.1.0/24 scram-sha-256
  sudo systemctl restart postgresql
  sudo -u postgres qinqing-cli copy --from qinqing.sqlite --to postgresql:///qinqing
  qinqing-cli --db postgresql://wangli@服务器/qinqing user add zhaomin --role clerk</translation>
    </message>
    <message>
        <source>On each desk: qinqing --db postgresql://zhaomin@SERVER/qinqing, or File &gt; Connect to server…, and log in.</source>
        <translation>各工作站：运行 qinqing --db postgresql://zhaomin@服务器/qinqing，或用“文件 &gt; 连接服务器…”，然后登录。</translation>
    </message>
    <message>
        <source>server: write server init; see qinqing-cli server --help</source>
        <translation>server：应写作 server init；见 qinqing-cli server --help</translation>
    </message>
    <message>
        <source>--db: %1</source>
        <translation>--db：%1</translation>
    </message>
    <message>
        <source>--profile: one of %1</source>
        <translation>--profile：须为以下之一：%1</translation>
    </message>
    <message>
        <source>--admin: the login of the first administrator is required</source>
        <translation>--admin：须给出第一个管理员的用户名</translation>
    </message>
    <message>
        <source>Password for the administrator %1:</source>
        <translation>管理员 %1 的密码：</translation>
    </message>
    <message>
        <source>%1 is ready (profile %2, schema %3); %4 administers its users.</source>
        <translation>%1 已就绪（规则 %2，结构版本 %3）；由 %4 管理用户。</translation>
    </message>
</context>
<context>
    <name>ServerDatabaseCreator</name>
    <message>
        <source>Database name %1: use lower-case letters, digits and _, starting with a letter</source>
        <translation>数据库名 %1：只能用小写字母、数字和 _，并以字母开头</translation>
    </message>
    <message>
        <source>Cannot connect to the server %1: %2</source>
        <translation>无法连接服务器 %1：%2</translation>
    </message>
    <message>
        <source>Cannot create the database %1: %2</source>
        <translation>无法建立数据库 %1：%2</translation>
    </message>
</context>
<context>
    <name>ServerErrorText</name>
    <message>
        <source>the connection to the database server was cut</source>
        <translation>与数据库服务器的连接已中断</translation>
    </message>
    <message>
        <source>the database server was shut down or restarted</source>
        <translation>数据库服务器已关闭或正在重启</translation>
    </message>
    <message>
        <source>the database server is starting up; try again in a minute</source>
        <translation>数据库服务器正在启动，请一分钟后再试</translation>
    </message>
    <message>
        <source>the login name or the password is wrong</source>
        <translation>登录名或密码不正确</translation>
    </message>
    <message>
        <source>the server does not let this login in from this computer (ask the server&apos;s administrator)</source>
        <translation>服务器不允许该登录名从本机登录（请联系服务器管理员）</translation>
    </message>
    <message>
        <source>there is no such database on the server (check the name in the address)</source>
        <translation>服务器上没有这个数据库（请核对地址中的数据库名称）</translation>
    </message>
    <message>
        <source>the server has no free connections left</source>
        <translation>服务器已没有空闲连接</translation>
    </message>
    <message>
        <source>the server&apos;s name is not known (check the address and the network)</source>
        <translation>找不到该服务器名称（请核对地址和网络）</translation>
    </message>
    <message>
        <source>the server did not answer within 5 seconds (check the network)</source>
        <translation>服务器 5 秒内没有应答（请检查网络）</translation>
    </message>
    <message>
        <source>no database server answers at this address (is it running?)</source>
        <translation>该地址上没有数据库服务器应答（服务器是否已启动？）</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s)</source>
        <translation>
            <numerusform>%n 个工作日</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n calendar day(s)</source>
        <translation>
            <numerusform>%n 个自然日</numerusform>
        </translation>
    </message>
    <message>
        <source>Rule profile</source>
        <translation>制度配置</translation>
    </message>
    <message>
        <source>&amp;Use this profile</source>
        <translation>使用此配置(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>配置(&amp;P)：</translation>
    </message>
    <message>
        <source>The regime this office works by: meeting cadence, deadlines, extension cap and the wording of the forms.</source>
        <translation>本单位执行的制度：会议频次、办理期限、延期次数上限及表单用语。</translation>
    </message>
    <message>
        <source>{year} is the year of submission, {seq:4} a running number with 4 digits that starts again each year.</source>
        <translation>{year} 为提交年份，{seq:4} 为 4 位流水号，每年重新起算。</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>保存(&amp;V)</translation>
    </message>
    <message>
        <source>Appeal &amp;numbers:</source>
        <translation>诉求编号(&amp;N)：</translation>
    </message>
    <message>
        <source>Working-day calendar</source>
        <translation>工作日日历</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Days off</source>
        <translation>休息日</translation>
    </message>
    <message>
        <source>Make-up working days</source>
        <translation>调休上班日</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>&amp;Import calendar file…</source>
        <translation>导入日历文件(&amp;I)…</translation>
    </message>
    <message>
        <source>Language and text</source>
        <translation>语言和文字</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>系统语言</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>应用(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>系统默认</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> 磅</translation>
    </message>
    <message>
        <source>Text &amp;size:</source>
        <translation>字号(&amp;S)：</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2</translation>
    </message>
    <message>
        <source>Cadence: %1</source>
        <translation>会议频次：%1</translation>
    </message>
    <message>
        <source>Result due: one department %1; several departments %2</source>
        <translation>办结时限：单一部门 %1；多个部门 %2</translation>
    </message>
    <message>
        <source>First progress report: %1</source>
        <translation>首次进展报送：%1</translation>
    </message>
    <message>
        <source>Extensions: no cap</source>
        <translation>延期：不限次数</translation>
    </message>
    <message numerus="yes">
        <source>Extensions: at most %n</source>
        <translation>
            <numerusform>延期：最多 %n 次</numerusform>
        </translation>
    </message>
    <message>
        <source>Forms: %1 / %2 / %3</source>
        <translation>表单：%1 / %2 / %3</translation>
    </message>
    <message>
        <source>&lt;small&gt;Source: %1&lt;/small&gt;</source>
        <translation>&lt;small&gt;来源：%1&lt;/small&gt;</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>例如：%1</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>制度配置</translation>
    </message>
    <message>
        <source>Appeal numbers</source>
        <translation>诉求编号</translation>
    </message>
    <message>
        <source>The numbering pattern was not saved: %1</source>
        <translation>编号规则未保存：%1</translation>
    </message>
    <message>
        <source>Import calendar</source>
        <translation>导入日历</translation>
    </message>
    <message>
        <source>Holiday calendars (*.tsv *.txt *.json);;All files (*)</source>
        <translation>节假日日历 (*.tsv *.txt *.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Nothing was imported from %1:
%2</source>
        <translation>未从 %1 导入任何内容：
%2</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>本单位</translation>
    </message>
    <message>
        <source>The office named under the minutes, notices and opinions (印发机关). Empty: the rule profile&apos;s.</source>
        <translation>会议纪要、通告和处理意见落款的印发机关。留空则使用制度配置中的名称。</translation>
    </message>
    <message>
        <source>Phone and fa&amp;x:</source>
        <translation>电话及传真(&amp;X)：</translation>
    </message>
    <message>
        <source>The 通告&apos;s 电话及传真, e.g. 0477-7561510.</source>
        <translation>通告中的电话及传真，如 0477-7561510。</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>电子邮箱(&amp;E)：</translation>
    </message>
    <message>
        <source>The 通告&apos;s 电子邮箱.</source>
        <translation>通告中的电子邮箱。</translation>
    </message>
    <message>
        <source>When enterprises can book a visit in person (现场预约时间), e.g. 工作日8:30—12:00.</source>
        <translation>企业现场预约登记的时间，如 工作日8:30—12:00。</translation>
    </message>
    <message>
        <source>Where they book it (地点), e.g. 旗政务服务中心909办公室.</source>
        <translation>现场预约登记的地点，如 旗政务服务中心909办公室。</translation>
    </message>
    <message>
        <source>Saved; the documents print these details.</source>
        <translation>已保存，文书将打印这些信息。</translation>
    </message>
    <message>
        <source>Saved, but please check: %1</source>
        <translation>已保存，但请核对：%1</translation>
    </message>
    <message>
        <source>Issuing &amp;office:</source>
        <translation>印发机关(&amp;O)：</translation>
    </message>
    <message>
        <source>Booking &amp;time:</source>
        <translation>现场预约时间(&amp;T)：</translation>
    </message>
    <message>
        <source>Booking pla&amp;ce:</source>
        <translation>预约地点(&amp;C)：</translation>
    </message>
    <message>
        <source>Save office &amp;details</source>
        <translation>保存本单位信息(&amp;D)</translation>
    </message>
    <message>
        <source>Built in (State Council notices)</source>
        <translation>内置（国务院节假日安排通知）</translation>
    </message>
    <message>
        <source>the rule profile</source>
        <translation>制度配置</translation>
    </message>
    <message>
        <source>the numbering pattern</source>
        <translation>编号规则</translation>
    </message>
    <message>
        <source>the office&apos;s details</source>
        <translation>本单位信息</translation>
    </message>
    <message>
        <source>the language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <source>Unsaved settings</source>
        <translation>设置尚未保存</translation>
    </message>
    <message>
        <source>These settings were changed but not saved: %1. Save them?</source>
        <translation>以下设置已修改但尚未保存：%1。是否保存？</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Deadlines count working days from the State Council&apos;s holiday notices. Each October–November the next year&apos;s notice comes out: paste its text here (or import a TSV or holiday-cn JSON file). Open deadlines are counted again when a year is added.</source>
        <translation>办理期限按国务院办公厅节假日安排通知计算工作日。每年10月至11月发布下一年度的通知，请在此粘贴通知全文导入（也可导入 TSV 或 holiday-cn JSON 文件）。导入新年度后，未办结事项的期限将重新计算。</translation>
    </message>
    <message>
        <source>The calendar was imported from the State Council&apos;s notice.</source>
        <translation>已从国务院通知导入工作日历。</translation>
    </message>
    <message>
        <source>%1 was imported.</source>
        <translation>已导入 %1。</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (see each assignment&apos;s history)</source>
        <translation>
            <numerusform>……另有 %n 项（详见各交办事项的办理记录）</numerusform>
        </translation>
    </message>
    <message>
        <source>A day of the calendar was corrected.</source>
        <translation>已更正工作日历中的日期。</translation>
    </message>
    <message>
        <source>Impo&amp;rt from the State Council&apos;s notice…</source>
        <translation>从国务院通知导入(&amp;R)…</translation>
    </message>
    <message>
        <source>Vie&amp;w and correct days…</source>
        <translation>查看和更正(&amp;W)…</translation>
    </message>
</context>
<context>
    <name>ShowCommand</name>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>show an appeal with its enterprise, assignments and history</source>
        <translation>显示诉求及其所属企业、交办情况和办理记录</translation>
    </message>
    <message>
        <source>usage: qinqing-cli show appeal NUMBER|ID</source>
        <translation>用法：qinqing-cli show appeal 编号|ID</translation>
    </message>
    <message>
        <source>appeal %1: no appeal has this number or id</source>
        <translation>诉求 %1：没有该编号或 ID 的诉求</translation>
    </message>
    <message>
        <source>Appeal %1</source>
        <translation>诉求 %1</translation>
    </message>
    <message>
        <source>%1 (id %2)</source>
        <translation>%1（ID %2）</translation>
    </message>
    <message>
        <source>Screened</source>
        <translation>甄别时间</translation>
    </message>
    <message>
        <source>Screening reason</source>
        <translation>甄别原因</translation>
    </message>
    <message>
        <source>Redirected to</source>
        <translation>转办至</translation>
    </message>
    <message>
        <source>Screening note</source>
        <translation>甄别备注</translation>
    </message>
    <message>
        <source>check: %1</source>
        <translation>校验：%1</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>最后修改时间</translation>
    </message>
    <message>
        <source>Enterprise %1 (id %2)</source>
        <translation>企业 %1（ID %2）</translation>
    </message>
    <message>
        <source>Liaison leader</source>
        <translation>联系领导</translation>
    </message>
    <message>
        <source>Other appeals</source>
        <translation>其他诉求</translation>
    </message>
    <message>
        <source>Assignments</source>
        <translation>交办</translation>
    </message>
    <message>
        <source>#%1 lead %2, assigned %3, due %4, %5</source>
        <translation>#%1 牵头 %2，交办 %3，期限 %4，%5</translation>
    </message>
    <message>
        <source>result: %1</source>
        <translation>结果：%1</translation>
    </message>
    <message>
        <source>History</source>
        <translation>办理记录</translation>
    </message>
    <message>
        <source>Prints one appeal with every field, its enterprise, its assignments (departments, deadlines, status, extensions, results, evaluations) and its history from the audit log. Give the appeal&apos;s number as printed on the forms (e.g. WS2024-0001) or its id.</source>
        <translation>显示一条诉求的全部字段、所属企业、交办情况（部门、期限、状态、延期、办理结果、评价）以及审计日志中的办理记录。诉求用表格上印的编号（如 WS2024-0001）或 ID 指定。</translation>
    </message>
    <message>
        <source>Example:</source>
        <translation>示例：</translation>
    </message>
    <message>
        <source>  qinqing-cli show appeal WS2024-0001</source>
        <translation>  qinqing-cli show appeal WS2024-0001</translation>
    </message>
    <message>
        <source>the assignments</source>
        <translation>交办情况</translation>
    </message>
    <message>
        <source>the history</source>
        <translation>历史记录</translation>
    </message>
</context>
<context>
    <name>SimilarAppealFinder</name>
    <message>
        <source>Shares: %1</source>
        <translation>共同词句：%1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>SimilarAppealsPanel</name>
    <message>
        <source>Du&amp;plicate of this</source>
        <translation>与此重复(&amp;P)</translation>
    </message>
    <message>
        <source>Same &amp;topic</source>
        <translation>同一议题(&amp;T)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Similar appeals&lt;/b&gt;</source>
        <translation>&lt;b&gt;相似诉求&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The new appeal says the same as the selected one: it is saved and marked as its duplicate.</source>
        <translation>新诉求与所选诉求内容相同：将予以保存并标记为其重复诉求。</translation>
    </message>
    <message>
        <source>Put the new appeal into the topic of the selected one.</source>
        <translation>将新诉求归入所选诉求所在的议题。</translation>
    </message>
    <message>
        <source>(same enterprise)</source>
        <translation>（同一企业）</translation>
    </message>
    <message>
        <source>Not linked to another appeal.</source>
        <translation>未关联其他诉求。</translation>
    </message>
    <message>
        <source>Will be saved as a duplicate of %1.</source>
        <translation>将保存为 %1 的重复诉求。</translation>
    </message>
    <message>
        <source>Will be put into the topic of %1.</source>
        <translation>将归入 %1 所在的议题。</translation>
    </message>
</context>
<context>
    <name>SqlListQuery</name>
    <message>
        <source>The list could not be read: %1</source>
        <translation>无法读取列表：%1</translation>
    </message>
    <message>
        <source>The list could not be counted: %1</source>
        <translation>无法统计列表条数：%1</translation>
    </message>
</context>
<context>
    <name>SqlRead</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取%1：%2</translation>
    </message>
</context>
<context>
    <name>SqliteHandle</name>
    <message>
        <source>Cannot save to the database file %1: the disk is full (%2). Nothing was saved; make room on the disk and try again.</source>
        <translation>无法保存到数据库文件 %1：磁盘已满（%2）。未保存任何内容；请清理磁盘空间后重试。</translation>
    </message>
    <message>
        <source>Cannot save to the database file %1: the disk reported an error (%2). Nothing was saved.</source>
        <translation>无法保存到数据库文件 %1：磁盘报告错误（%2）。未保存任何内容。</translation>
    </message>
    <message>
        <source>Cannot save to the database file %1: the file is read-only (%2). Nothing was saved.</source>
        <translation>无法保存到数据库文件 %1：该文件为只读（%2）。未保存任何内容。</translation>
    </message>
    <message>
        <source>Cannot save to the database file %1: it cannot be opened (%2).</source>
        <translation>无法保存到数据库文件 %1：无法打开该文件（%2）。</translation>
    </message>
    <message>
        <source>Cannot save to the database file %1: the file is damaged (%2). Nothing was saved; restore a backup of it.</source>
        <translation>无法保存到数据库文件 %1：该文件已损坏（%2）。未保存任何内容；请恢复该文件的备份。</translation>
    </message>
    <message>
        <source>Cannot save to the database file %1: another program or a colleague is saving to it. Nothing was saved; please try again in a moment.</source>
        <translation>无法保存到数据库文件 %1：其他程序或同事正在向其保存。未保存任何内容；请稍后重试。</translation>
    </message>
</context>
<context>
    <name>StatusLabels</name>
    <message>
        <source>Pending screening</source>
        <translation>待甄别</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已受理</translation>
    </message>
    <message>
        <source>Not accepted</source>
        <translation>不予受理</translation>
    </message>
    <message>
        <source>Redirected</source>
        <translation>已转办</translation>
    </message>
    <message>
        <source>Solved at once</source>
        <translation>即知即办</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>已交办</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>办理中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已办结</translation>
    </message>
    <message>
        <source>Evaluated</source>
        <translation>已评价</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>已退回</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>已提交上级</translation>
    </message>
    <message>
        <source>Deferred</source>
        <translation>暂缓解决</translation>
    </message>
    <message>
        <source>Not assigned or closed</source>
        <translation>未交办或已办结</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已超期</translation>
    </message>
    <message>
        <source>Satisfied (满意)</source>
        <translation>满意</translation>
    </message>
    <message>
        <source>Basically satisfied (基本满意)</source>
        <translation>基本满意</translation>
    </message>
    <message>
        <source>Unsatisfied (不满意)</source>
        <translation>不满意</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>已召开</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Pending</source>
        <comment>extension request</comment>
        <translation>待审批</translation>
    </message>
    <message>
        <source>Approved</source>
        <comment>extension request</comment>
        <translation>已批准</translation>
    </message>
    <message>
        <source>Refused</source>
        <comment>extension request</comment>
        <translation>已驳回</translation>
    </message>
    <message>
        <source>Overdue after extension</source>
        <translation>延期后超期</translation>
    </message>
    <message>
        <source>Extended</source>
        <translation>已延期</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>按期</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
</context>
<context>
    <name>SummaryReportDialog</name>
    <message>
        <source>Summary report</source>
        <translation>办理情况报告</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>月报(&amp;M)：</translation>
    </message>
    <message>
        <source>yyyy-MM</source>
        <translation>yyyy-MM</translation>
    </message>
    <message>
        <source>&amp;Quarter:</source>
        <translation>季报(&amp;Q)：</translation>
    </message>
    <message>
        <source>&amp;Custom range:</source>
        <translation>自定义期间(&amp;C)：</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>1st quarter (January–March)</source>
        <translation>第一季度（1—3月）</translation>
    </message>
    <message>
        <source>2nd quarter (April–June)</source>
        <translation>第二季度（4—6月）</translation>
    </message>
    <message>
        <source>3rd quarter (July–September)</source>
        <translation>第三季度（7—9月）</translation>
    </message>
    <message>
        <source>4th quarter (October–December)</source>
        <translation>第四季度（10—12月）</translation>
    </message>
    <message>
        <source>&amp;Preview…</source>
        <translation>预览(&amp;P)…</translation>
    </message>
    <message>
        <source>The report counts the period&apos;s appeals by status, domain and channel, lists the overdue items, the departments&apos; figures, satisfaction, the items waiting for a leader&apos;s decision and the problems raised by three or more enterprises, as they stood on the period&apos;s last day (or today while it runs).</source>
        <translation>报告按办理状态、诉求领域和收集渠道统计本期诉求，列出逾期未办结事项、各部门办理情况、企业满意度、需领导研究决定的事项，以及3家及以上企业反映的共性问题，数据截至报告期最后一天（报告期未结束的截至今天）。</translation>
    </message>
    <message>
        <source>The period starts after today.</source>
        <translation>报告期的开始日期晚于今天。</translation>
    </message>
    <message>
        <source>The first day is after the last day.</source>
        <translation>开始日期晚于结束日期。</translation>
    </message>
</context>
<context>
    <name>SummaryReportQuery</name>
    <message>
        <source>Cannot read the period&apos;s appeals: %1</source>
        <translation>无法读取本期诉求：%1</translation>
    </message>
    <message>
        <source>Cannot count the period&apos;s assignments: %1</source>
        <translation>无法统计本期交办事项：%1</translation>
    </message>
    <message>
        <source>Cannot read the escalated and deferred items: %1</source>
        <translation>无法读取提交上级和暂缓解决事项：%1</translation>
    </message>
    <message>
        <source>The report period is not a valid range of dates.</source>
        <translation>报告期不是有效的日期范围。</translation>
    </message>
    <message>
        <source>The report period starts on %1, after today: there is nothing to report.</source>
        <translation>报告期从 %1 开始，晚于今天，尚无可报告的内容。</translation>
    </message>
</context>
<context>
    <name>TableExporter</name>
    <message>
        <source>%1: the file name must end in .xlsx, .csv or .pdf</source>
        <translation>%1：文件名扩展名必须为 .xlsx、.csv 或 .pdf</translation>
    </message>
    <message>
        <source>%1: PDF export is not available in this program</source>
        <translation>%1：本程序不支持导出 PDF</translation>
    </message>
    <message>
        <source>%1: the folder does not exist</source>
        <translation>%1：文件夹不存在</translation>
    </message>
    <message>
        <source>%1: cannot write the file: %2</source>
        <translation>%1：无法写入文件：%2</translation>
    </message>
</context>
<context>
    <name>TextFileDecoder</name>
    <message>
        <source>the file is not UTF-8, and this system cannot read GB18030</source>
        <translation>文件不是 UTF-8 编码，且本系统无法读取 GB18030 编码</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>save it again as &quot;CSV UTF-8&quot;</source>
        <translation>请重新另存为“CSV UTF-8”格式</translation>
    </message>
    <message>
        <source>the file is a zip archive (an .xlsx workbook or a document?), not CSV: open it in Excel or WPS and save it as &quot;CSV UTF-8&quot;</source>
        <translation>该文件是压缩包（可能是 .xlsx 工作簿或文档），不是 CSV 文件：请用 Excel 或 WPS 打开，另存为“CSV UTF-8”格式</translation>
    </message>
    <message>
        <source>the file is an old Excel .xls workbook or Word document, not CSV: open it in Excel or WPS and save it as &quot;CSV UTF-8&quot;</source>
        <translation>该文件是旧版 Excel .xls 工作簿或 Word 文档，不是 CSV 文件：请用 Excel 或 WPS 打开，另存为“CSV UTF-8”格式</translation>
    </message>
    <message>
        <source>the file is a PDF document, not CSV</source>
        <translation>该文件是 PDF 文档，不是 CSV 文件</translation>
    </message>
    <message>
        <source>the file is an SQLite database, not CSV (a Qinqing database is opened with --db)</source>
        <translation>该文件是 SQLite 数据库，不是 CSV 文件（亲清数据库请用 --db 打开）</translation>
    </message>
    <message>
        <source>the file is an image, not CSV</source>
        <translation>该文件是图片，不是 CSV 文件</translation>
    </message>
    <message>
        <source>the file is UTF-32, which spreadsheets rarely write; %1</source>
        <translation>该文件为 UTF-32 编码，表格软件很少使用这种编码；%1</translation>
    </message>
    <message numerus="yes">
        <source>line %1: the file is UTF-8 but has bytes here that are not a character (%n damaged place(s) in all); the file is damaged or was joined from files of different encodings; %2</source>
        <translation>
            <numerusform>第 %1 行：该文件为 UTF-8 编码，但此处有不构成字符的字节（全文共 %n 处损坏）；文件已损坏，或由不同编码的文件拼接而成；%2</numerusform>
        </translation>
    </message>
    <message>
        <source>line %1: the file is UTF-16 but ends in half a character; it was cut short; %2</source>
        <translation>第 %1 行：该文件为 UTF-16 编码，但结尾只有半个字符，文件不完整；%2</translation>
    </message>
    <message>
        <source>line %1: the file is UTF-16 but has a damaged character here (half of a surrogate pair); %2</source>
        <translation>第 %1 行：该文件为 UTF-16 编码，但此处有一个损坏的字符（代理对不完整）；%2</translation>
    </message>
    <message>
        <source>line %1: the file is neither UTF-8 nor GB18030 (GBK): the bytes on this line are not characters in either; %2</source>
        <translation>第 %1 行：该文件既不是 UTF-8 也不是 GB18030（GBK）编码：这一行的字节在两种编码中都不是有效字符；%2</translation>
    </message>
    <message>
        <source>the file is neither UTF-8 nor GB18030 (GBK); %1</source>
        <translation>该文件既不是 UTF-8 也不是 GB18030（GBK）编码；%1</translation>
    </message>
    <message>
        <source>line %1: the file holds a NUL (zero) byte, which is never text: it is not a CSV file, or it is damaged; %2</source>
        <translation>第 %1 行：该文件含有 NUL（零值）字节，这不可能是正文：该文件不是 CSV 文件，或已损坏；%2</translation>
    </message>
    <message>
        <source>%1 is %2 MB; at most %3 MB are read (split the file)</source>
        <translation>%1 大小为 %2 MB；最多读取 %3 MB（请拆分文件）</translation>
    </message>
</context>
<context>
    <name>TopicService</name>
    <message>
        <source>Topic %1: cannot write its history.</source>
        <translation>议题 %1：无法写入办理记录。</translation>
    </message>
    <message>
        <source>Appeal %1 does not exist.</source>
        <translation>诉求 %1 不存在。</translation>
    </message>
    <message>
        <source>Appeal %1: only accepted appeals can go into a topic (it is %2).</source>
        <translation>诉求 %1：只有已受理的诉求才能归入议题（当前状态为%2）。</translation>
    </message>
    <message>
        <source>Appeal %1 is already in topic %2.</source>
        <translation>诉求 %1 已在议题 %2 中。</translation>
    </message>
    <message>
        <source>Title: a topic needs a title.</source>
        <translation>标题：议题须填写标题。</translation>
    </message>
    <message>
        <source>Appeals: select at least one accepted appeal for the topic.</source>
        <translation>诉求：请为议题至少选择一条已受理的诉求。</translation>
    </message>
    <message>
        <source>Cannot save the topic.</source>
        <translation>无法保存议题。</translation>
    </message>
    <message>
        <source>Topic %1 does not exist.</source>
        <translation>议题 %1 不存在。</translation>
    </message>
    <message>
        <source>Appeal %1 is not in topic %2.</source>
        <translation>诉求 %1 不在议题 %2 中。</translation>
    </message>
    <message>
        <source>Departments: choose at least one department to prepare the topic.</source>
        <translation>部门：请至少选择一个部门承担议题准备工作。</translation>
    </message>
    <message>
        <source>Department %1 does not exist.</source>
        <translation>部门 %1 不存在。</translation>
    </message>
    <message>
        <source>the topic</source>
        <translation>议题信息</translation>
    </message>
    <message>
        <source>the topics</source>
        <translation>议题列表</translation>
    </message>
</context>
<context>
    <name>TopicsModel</name>
    <message>
        <source>Urgent</source>
        <translation>急</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>议题</translation>
    </message>
    <message>
        <source>Appeals</source>
        <translation>诉求</translation>
    </message>
    <message>
        <source>Departments preparing</source>
        <translation>准备部门</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
</context>
<context>
    <name>TopicsPage</name>
    <message>
        <source>Also show screened-out appeals</source>
        <translation>同时显示已甄别排除的诉求</translation>
    </message>
    <message>
        <source>Urgent (急事优先)</source>
        <translation>急事优先</translation>
    </message>
    <message>
        <source>Appeals not in a topic</source>
        <translation>未归入议题的诉求</translation>
    </message>
    <message>
        <source>Screen selected…</source>
        <translation>甄别所选…</translation>
    </message>
    <message>
        <source>New topic from selected</source>
        <translation>用所选诉求新建议题</translation>
    </message>
    <message>
        <source>Topics (urgent first)</source>
        <translation>议题（急事优先）</translation>
    </message>
    <message>
        <source>Take appeal out of topic</source>
        <translation>将诉求移出议题</translation>
    </message>
    <message>
        <source>Appeals</source>
        <translation>诉求</translation>
    </message>
    <message>
        <source>Preparing departments</source>
        <translation>准备部门</translation>
    </message>
    <message>
        <source>Hand over to prepare</source>
        <translation>交付准备</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Select the appeals to screen first.</source>
        <translation>请先选择要甄别的诉求。</translation>
    </message>
    <message numerus="yes">
        <source>Screening recorded for %n appeal(s).</source>
        <translation>
            <numerusform>已记录 %n 条诉求的甄别结果。</numerusform>
        </translation>
    </message>
    <message>
        <source>Topic created.</source>
        <translation>议题已创建。</translation>
    </message>
    <message>
        <source>Select a topic first.</source>
        <translation>请先选择议题。</translation>
    </message>
    <message>
        <source>Topic handed to %1 to prepare.</source>
        <translation>议题已交由%1准备。</translation>
    </message>
    <message>
        <source>Select a topic and one of its appeals first.</source>
        <translation>请先选择议题及其中的一条诉求。</translation>
    </message>
    <message>
        <source>%1 (since %2)</source>
        <translation>%1（自%2起）</translation>
    </message>
    <message>
        <source>Print &amp;list</source>
        <translation>打印列表(&amp;L)</translation>
    </message>
    <message>
        <source>Print &amp;topics</source>
        <translation>打印议题(&amp;T)</translation>
    </message>
    <message>
        <source>Title of the new topic (Enter creates it)</source>
        <translation>新议题标题（按回车键新建）</translation>
    </message>
</context>
<context>
    <name>TransactionGuard</name>
    <message>
        <source>Cannot start a transaction on %1: %2</source>
        <translation>无法在 %1 上开始事务：%2</translation>
    </message>
    <message>
        <source>Another program or a colleague is saving to the database file %1 and did not finish within %2 seconds. Nothing was saved; please try again in a moment.</source>
        <translation>其他程序或同事正在向数据库文件 %1 保存，%2 秒内未完成。未保存任何内容；请稍后重试。</translation>
    </message>
    <message>
        <source>Cannot start saving to the database file %1: %2</source>
        <translation>无法开始保存到数据库文件 %1：%2</translation>
    </message>
    <message>
        <source>Cannot save to %1: %2</source>
        <translation>无法保存到 %1：%2</translation>
    </message>
</context>
<context>
    <name>UsccValidator</name>
    <message>
        <source>the code is empty</source>
        <translation>代码为空</translation>
    </message>
    <message>
        <source>the code has %1 characters; a unified social credit code has 18</source>
        <translation>代码为 %1 位；统一社会信用代码应为 18 位</translation>
    </message>
    <message>
        <source>the character &apos;O&apos; at position %1 is not allowed (is it the digit 0?)</source>
        <translation>第 %1 位的字符“O”不允许使用（是否应为数字 0？）</translation>
    </message>
    <message>
        <source>the character &apos;I&apos; at position %1 is not allowed (is it the digit 1?)</source>
        <translation>第 %1 位的字符“I”不允许使用（是否应为数字 1？）</translation>
    </message>
    <message>
        <source>the character &apos;%1&apos; at position %2 is not allowed (only digits and capital letters other than I, O, S, V and Z)</source>
        <translation>第 %2 位的字符“%1”不允许使用（只允许数字及除 I、O、S、V、Z 以外的大写字母）</translation>
    </message>
    <message>
        <source>the check character (position 18) is &apos;%1&apos; but the first 17 characters call for &apos;%2&apos;; please compare with the business licence</source>
        <translation>校验码（第 18 位）为“%1”，但按前 17 位计算应为“%2”；请与营业执照核对</translation>
    </message>
</context>
<context>
    <name>UserCommand</name>
    <message>
        <source>add, list, disable users of a server database or change their passwords</source>
        <translation>添加、列出、停用服务器数据库的用户，或修改其密码</translation>
    </message>
    <message>
        <source>The administrator&apos;s verb for the people who log in to a server database (--db postgresql://…). Each user is a PostgreSQL login with a SCRAM password; the server itself enforces what the user&apos;s role may read and change. The password is asked for (twice on a terminal, or one line on standard input).</source>
        <translation>管理员用来管理服务器数据库（--db postgresql://…）登录用户的命令。每个用户都是带 SCRAM 密码的 PostgreSQL 登录账号；其角色能查看和修改哪些内容由服务器本身控制。密码将提示输入（在终端上输入两次，或从标准输入读取一行）。</translation>
    </message>
    <message>
        <source>  add LOGIN      a new user: --role, and --department for a liaison
  list           the users, their roles, departments and state
  disable LOGIN  the user can no longer log in; the name stays in the history
  passwd LOGIN   a new password</source>
        <translation>  add 用户名      新增用户：须给出 --role，部门联络员还须给出 --department
  list            列出用户及其角色、部门和状态
  disable 用户名  停用：该用户不能再登录，历史记录中仍保留其名字
  passwd 用户名   修改密码</translation>
    </message>
    <message>
        <source>  --role admin       管理员: users, profile, calendar
  --role clerk       登记员: key in, screen, topics, meetings, assign
  --role supervisor  督查: deadlines, extension decisions, reminders, reports
  --role liaison     部门联络员 of one --department: only its assignments
  --role leader      领导: reads only</source>
        <translation>  --role admin       管理员：用户、规则配置、工作日历
  --role clerk       登记员：录入、初审、议题、会议、交办
  --role supervisor  督查：期限、延期审批、催办、报表
  --role liaison     部门联络员，须指定 --department：只能看到本部门的交办事项
  --role leader      领导：只读</translation>
    </message>
    <message>
        <source>Example:</source>
        <translation>示例：</translation>
    </message>
    <message>
        <source>  qinqing-cli --db postgresql://wangli@server/qinqing user add zhaomin --role clerk</source>
        <translation>  qinqing-cli --db postgresql://wangli@server/qinqing user add zhaomin --role clerk</translation>
    </message>
    <message>
        <source>user: write add LOGIN, list, disable LOGIN or passwd LOGIN; see qinqing-cli user --help</source>
        <translation>user：应写作 add 用户名、list、disable 用户名或 passwd 用户名；见 qinqing-cli user --help</translation>
    </message>
    <message>
        <source>user: %1 is a database file; users and passwords belong to a server database (--db postgresql://…)</source>
        <translation>user：%1 是数据库文件；用户和密码只用于服务器数据库（--db postgresql://…）</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>active</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>%1 can no longer log in.</source>
        <translation>%1 已不能登录。</translation>
    </message>
    <message>
        <source>--role: one of admin, clerk, supervisor, liaison, leader</source>
        <translation>--role：须为 admin、clerk、supervisor、liaison、leader 之一</translation>
    </message>
    <message>
        <source>--department: there is no department %1</source>
        <translation>--department：没有名为 %1 的部门</translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation>%1 的密码：</translation>
    </message>
    <message>
        <source>%1 (%2) can now log in.</source>
        <translation>%1（%2）现在可以登录。</translation>
    </message>
    <message>
        <source>The password of %1 was changed.</source>
        <translation>%1 的密码已修改。</translation>
    </message>
</context>
<context>
    <name>UserDirectory</name>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>登记员</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>督查</translation>
    </message>
    <message>
        <source>Department liaison</source>
        <translation>部门联络员</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>领导</translation>
    </message>
    <message>
        <source>Users and passwords belong to a server database; %1 is a file, used by whoever opens it.</source>
        <translation>用户和密码只用于服务器数据库；%1 是数据库文件，谁打开谁使用。</translation>
    </message>
    <message>
        <source>Login: %1 is not usable; use 2 to 31 lower-case letters, digits or _, starting with a letter (the full name may be Chinese)</source>
        <translation>用户名：%1 不可用；请用 2 至 31 个小写字母、数字或 _，并以字母开头（姓名可以用中文）</translation>
    </message>
    <message>
        <source>Password: at least 8 characters</source>
        <translation>密码：至少 8 个字符</translation>
    </message>
    <message>
        <source>Department: a department liaison works for one department</source>
        <translation>部门：部门联络员须指定所属部门</translation>
    </message>
    <message>
        <source>Department: only a department liaison is bound to a department</source>
        <translation>部门：只有部门联络员才指定部门</translation>
    </message>
    <message>
        <source>Cannot add the user %1: %2</source>
        <translation>无法添加用户 %1：%2</translation>
    </message>
    <message>
        <source>Cannot create the login %1: %2</source>
        <translation>无法建立登录用户 %1：%2</translation>
    </message>
    <message>
        <source>There is no user %1</source>
        <translation>没有用户 %1</translation>
    </message>
    <message>
        <source>Cannot change the password of %1: %2</source>
        <translation>无法修改 %1 的密码：%2</translation>
    </message>
    <message>
        <source>Cannot change the password of %1</source>
        <translation>无法修改 %1 的密码</translation>
    </message>
    <message>
        <source>Cannot disable %1: %2</source>
        <translation>无法停用 %1：%2</translation>
    </message>
    <message>
        <source>Cannot disable %1</source>
        <translation>无法停用 %1</translation>
    </message>
</context>
<context>
    <name>VisitLogWidget</name>
    <message>
        <source>Add &amp;visit…</source>
        <translation>添加走访(&amp;V)…</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>走访领导</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>发现问题</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>后续跟进</translation>
    </message>
    <message>
        <source>Follow-up appeals</source>
        <translation>跟进诉求</translation>
    </message>
    <message>
        <source>New visit</source>
        <translation>新建走访</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>appeal numbers, separated by commas</source>
        <translation>诉求编号，以逗号分隔</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Leader:</source>
        <translation>走访领导(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;People:</source>
        <translation>人员(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Findings:</source>
        <translation>发现问题(&amp;F)：</translation>
    </message>
    <message>
        <source>F&amp;ollow-up:</source>
        <translation>后续跟进(&amp;O)：</translation>
    </message>
    <message>
        <source>Follow-up &amp;appeals:</source>
        <translation>跟进诉求(&amp;A)：</translation>
    </message>
    <message>
        <source>The visit was saved. Follow-up appeals: no appeal has the number %1.</source>
        <translation>走访已保存。跟进诉求：没有编号为 %1 的诉求。</translation>
    </message>
</context>
<context>
    <name>VisitRepository</name>
    <message>
        <source>Enterprise: is required</source>
        <translation>企业：必填</translation>
    </message>
    <message>
        <source>Visit date: is required</source>
        <translation>走访日期：必填</translation>
    </message>
    <message>
        <source>Cannot store the visit: %1</source>
        <translation>无法保存走访记录：%1</translation>
    </message>
    <message>
        <source>Follow-up appeal %1: %2</source>
        <translation>跟进诉求 %1：%2</translation>
    </message>
    <message>
        <source>Cannot write the audit log for the visit</source>
        <translation>无法写入走访的审计日志</translation>
    </message>
    <message>
        <source>Cannot commit the visit</source>
        <translation>无法提交走访记录</translation>
    </message>
    <message>
        <source>the enterprise&apos;s visits</source>
        <translation>企业走访记录</translation>
    </message>
    <message>
        <source>the appeals raised at a visit</source>
        <translation>走访中提出的诉求</translation>
    </message>
</context>
<context>
    <name>WorkCalendar</name>
    <message>
        <source>The working-day calendar has no official holiday arrangement for %1; the date counts weekends only and may change when that year&apos;s notice is added.</source>
        <translation>工作日历尚无 %1 年的法定节假日安排；该日期仅按周末推算，导入当年通知后可能变化。</translation>
    </message>
    <message>
        <source>The working-day calendar could not be read (%1); the date counts weekends only and is not an established deadline.</source>
        <translation>无法读取工作日历（%1）；该日期仅按周末推算，不是确定的期限。</translation>
    </message>
</context>
<context>
    <name>WorkOrderLedger</name>
    <message>
        <source>Cannot record the work order %1 of %2: %3</source>
        <translation>无法记录 %2 的工单 %1：%3</translation>
    </message>
    <message>
        <source>Cannot record the work orders of %1: %2</source>
        <translation>无法记录 %1 的工单：%2</translation>
    </message>
    <message>
        <source>the work orders imported before</source>
        <translation>已导入的工单</translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <source>the workbook is damaged: %1, line %2: %3</source>
        <translation>工作簿已损坏：%1 第 %2 行：%3</translation>
    </message>
    <message>
        <source>the file is an Excel 97-2003 workbook (.xls): save it as .xlsx (Excel workbook) in Excel or WPS and import that</source>
        <translation>该文件是 Excel 97-2003 工作簿（.xls）：请在 Excel 或 WPS 中另存为 .xlsx（Excel 工作簿）后再导入</translation>
    </message>
    <message>
        <source>the file is not an .xlsx workbook: %1</source>
        <translation>该文件不是 .xlsx 工作簿：%1</translation>
    </message>
    <message>
        <source>the file is a Word document, not an Excel workbook</source>
        <translation>该文件是 Word 文档，不是 Excel 工作簿</translation>
    </message>
    <message>
        <source>the file is an OpenDocument file (.ods): save it as .xlsx and import that</source>
        <translation>该文件是 OpenDocument 文件（.ods）：请另存为 .xlsx 后再导入</translation>
    </message>
    <message>
        <source>the file is a zip archive but not an .xlsx workbook: it has no %1</source>
        <translation>该文件是 zip 压缩包，但不是 .xlsx 工作簿：其中没有 %1</translation>
    </message>
    <message>
        <source>the workbook cannot be read: %1</source>
        <translation>无法读取工作簿：%1</translation>
    </message>
    <message>
        <source>the workbook has no sheet &quot;%1&quot;; its sheets are %2</source>
        <translation>工作簿中没有名为“%1”的工作表；现有工作表为 %2</translation>
    </message>
    <message>
        <source>the workbook has no sheets</source>
        <translation>工作簿中没有工作表</translation>
    </message>
    <message>
        <source>the sheet &quot;%1&quot; is not a table of cells (a chart?)</source>
        <translation>工作表“%1”不是单元格表格（可能是图表）</translation>
    </message>
    <message>
        <source>the workbook holds more than %1 different texts; no appeal list has so many: a damaged or hostile file</source>
        <translation>工作簿含有超过 %1 个不同的文本，任何诉求清单都不会有这么多：文件已损坏或属恶意文件</translation>
    </message>
    <message>
        <source>the workbook is damaged: the cell reference &quot;%1&quot; in row %2 is not a cell of a sheet</source>
        <translation>工作簿已损坏：第 %2 行的单元格引用“%1”不是工作表中的单元格</translation>
    </message>
    <message>
        <source>the workbook is damaged: the cell %1 refers to text number %2, which the workbook lacks</source>
        <translation>工作簿已损坏：单元格 %1 引用了第 %2 号文本，而工作簿中没有该文本</translation>
    </message>
    <message>
        <source>the sheet &quot;%1&quot; cannot be read: %2</source>
        <translation>无法读取工作表“%1”：%2</translation>
    </message>
    <message>
        <source>the workbook is damaged: row %1 is not a row of a sheet</source>
        <translation>工作簿已损坏：第 %1 行不是工作表中的行</translation>
    </message>
    <message>
        <source>row %1 has a value in column %2; an appeal list has at most %3 columns</source>
        <translation>第 %1 行第 %2 列有内容；诉求清单最多 %3 列</translation>
    </message>
</context>
<context>
    <name>XlsxWriter</name>
    <message>
        <source>Cannot create the workbook %1.</source>
        <translation>无法创建工作簿 %1。</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>导出已取消。</translation>
    </message>
    <message>
        <source>Cannot write the workbook %1: %2</source>
        <translation>无法写入工作簿 %1：%2</translation>
    </message>
</context>
<context>
    <name>YearCalendarView</name>
    <message>
        <source>%1: weekend</source>
        <translation>%1：周末</translation>
    </message>
    <message>
        <source>%1: working day</source>
        <translation>%1：工作日</translation>
    </message>
    <message>
        <source>%1: day off (%2)</source>
        <translation>%1：放假（%2）</translation>
    </message>
    <message>
        <source>%1: make-up working day (%2)</source>
        <translation>%1：调休上班（%2）</translation>
    </message>
    <message>
        <source>off</source>
        <comment>one-character mark of a day off in the month view</comment>
        <translation>休</translation>
    </message>
    <message>
        <source>work</source>
        <comment>one-character mark of a make-up working day</comment>
        <translation>班</translation>
    </message>
</context>
<context>
    <name>ZipArchive</name>
    <message>
        <source>the file is not a zip archive or is damaged (%1)</source>
        <translation>该文件不是 zip 压缩包或已损坏（%1）</translation>
    </message>
    <message>
        <source>the part %1 is missing</source>
        <translation>缺少组成部分 %1</translation>
    </message>
    <message>
        <source>the part %1 inflates to more than %2 MB: a damaged file or a zip bomb</source>
        <translation>组成部分 %1 解压后超过 %2 MB：文件已损坏或是压缩炸弹</translation>
    </message>
    <message>
        <source>the part %1 cannot be read (%2)</source>
        <translation>无法读取组成部分 %1（%2）</translation>
    </message>
    <message>
        <source>the part %1 is damaged (%2)</source>
        <translation>组成部分 %1 已损坏（%2）</translation>
    </message>
</context>
</TS>
