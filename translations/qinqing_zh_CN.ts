<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
        <source>YEAR: "%1" is not a year</source>
        <translation>年份：“%1”不是有效年份</translation>
    </message>
    <message>
        <source>%1 has no official arrangement in this calendar yet.</source>
        <translation>本日历尚无 %1 年的法定节假日安排。</translation>
    </message>
    <message>
        <source>calendar import: give one TSV or JSON file</source>
        <translation>calendar import：请指定一个 TSV 或 JSON 文件</translation>
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
            <numerusform>已导入 %1 年的 %n 天。</numerusform></translation>
    </message>
    <message>
        <source>calendar set: give a date (YYYY-MM-DD) and off or work</source>
        <translation>calendar set：请指定日期（YYYY-MM-DD）及 off（休息）或 work（上班）</translation>
    </message>
    <message>
        <source>calendar clear: give a date (YYYY-MM-DD)</source>
        <translation>calendar clear：请指定日期（YYYY-MM-DD）</translation>
    </message>
</context>
<context>
    <name>CalendarFileParser</name>
    <message>
        <source>line %1: expected date, kind and holiday separated by tabs</source>
        <translation>第 %1 行：应为以制表符分隔的日期、类型和节日名称</translation>
    </message>
    <message>
        <source>line %1: date: "%2" is not a date in the form YYYY-MM-DD</source>
        <translation>第 %1 行：日期：“%2”不是 YYYY-MM-DD 格式的日期</translation>
    </message>
    <message>
        <source>line %1: kind: "%2" must be off or work</source>
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
        <source>JSON: the field "year" is missing or not a year</source>
        <translation>JSON：缺少“year”字段或其值不是年份</translation>
    </message>
    <message>
        <source>day %1: needs "date" (YYYY-MM-DD) and "isOffDay" (true/false)</source>
        <translation>第 %1 天：需要“date”（YYYY-MM-DD）和“isOffDay”（true/false）</translation>
    </message>
</context>
<context>
    <name>CalendarRepository</name>
    <message>
        <source>Cannot save the calendar: %1</source>
        <translation>无法保存工作日历：%1</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>check the database file for damage and broken references</source>
        <translation>检查数据库文件是否损坏、引用是否完整</translation>
    </message>
    <message>
        <source>%1: no such database file</source>
        <translation>%1：数据库文件不存在</translation>
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
            <numerusform>发现 %n 个问题。</numerusform></translation>
    </message>
</context>
<context>
    <name>CliApplication</name>
    <message>
        <source>Usage: qinqing-cli [--db PATH] COMMAND [ARGUMENTS]</source>
        <translation>用法：qinqing-cli [--db 路径] 命令 [参数]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>选项：</translation>
    </message>
    <message>
        <source>the database file (default: %1)</source>
        <translation>数据库文件（默认：%1）</translation>
    </message>
    <message>
        <source>this help; COMMAND --help explains a command</source>
        <translation>显示本帮助；“命令 --help”说明该命令</translation>
    </message>
    <message>
        <source>the program's version</source>
        <translation>显示程序版本</translation>
    </message>
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
        <source>Usage: qinqing-cli [--db PATH] %1 %2</source>
        <translation>用法：qinqing-cli [--db 路径] %1 %2</translation>
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
        <source>--%1: "%2" is not a date; write it as YYYY-MM-DD, e.g. 2024-09-27</source>
        <translation>--%1：“%2”不是有效日期；请按 YYYY-MM-DD 填写，例如 2024-09-27</translation>
    </message>
    <message>
        <source>--%1: "%2" is not a whole number from 0 to %3</source>
        <translation>--%1：“%2”不是 0 至 %3 之间的整数</translation>
    </message>
    <message>
        <source>--%1: "%2" is not one of %3</source>
        <translation>--%1：“%2”不在可选值 %3 之中</translation>
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
</context>
<context>
    <name>DatabaseInitializer</name>
    <message>
        <source>Cannot install the built-in working-day calendar: %1</source>
        <translation>无法安装内置工作日历：%1</translation>
    </message>
    <message>
        <source>Cannot save the new database.</source>
        <translation>无法保存新数据库。</translation>
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
        <source>Open the database file PATH.</source>
        <translation>打开指定路径的数据库文件。</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>无法打开数据库</translation>
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
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Qinqing</source>
        <translation>亲清</translation>
    </message>
    <message>
        <source>Database: %1 · Profile: %2</source>
        <translation>数据库：%1 · 制度配置：%2</translation>
    </message>
</context>
<context>
    <name>ProfileRepository</name>
    <message>
        <source>The built-in profile %1 is damaged in this build.</source>
        <translation>本程序内置的制度配置 %1 已损坏。</translation>
    </message>
    <message>
        <source>profile: there is no profile "%1" (known: %2)</source>
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
</context>
<context>
    <name>RuleProfile</name>
    <message>
        <source>%1: unit must be "working" or "calendar"</source>
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
        <source>code: "%1" must be 2-32 lower-case letters, digits, - or _</source>
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
        <source>forms.variant: must be 000 or 004, not "%1"</source>
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
        <source>exclusionReasons: the code "%1" is used twice</source>
        <translation>exclusionReasons（不予受理情形）：代码“%1”重复</translation>
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
        <source>Cannot start a transaction to upgrade the schema: %1</source>
        <translation>无法开始升级数据结构的事务：%1</translation>
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
</context>
<context>
    <name>WorkCalendar</name>
    <message>
        <source>The working-day calendar has no official holiday arrangement for %1; the date counts weekends only and may change when that year's notice is added.</source>
        <translation>工作日历尚无 %1 年的法定节假日安排；该日期仅按周末推算，导入当年通知后可能变化。</translation>
    </message>
</context>
</TS>