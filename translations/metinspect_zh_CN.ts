<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>RectificationDocuments</name>
    <message>
        <source>the unit %1 has no rectification items to print</source>
        <translation>单位 %1 没有可打印的整改项</translation>
    </message>
    <message>
        <source>the document has no date</source>
        <translation>文书没有日期</translation>
    </message>
</context>
<context>
    <name>cli::CliApp</name>
    <message>
        <source>unknown option &apos;%1&apos;</source>
        <translation>未知选项“%1”</translation>
    </message>
    <message>
        <source>unknown option &apos;--%1&apos;</source>
        <translation>未知选项“--%1”</translation>
    </message>
    <message>
        <source>the option &apos;--%1&apos; takes no value</source>
        <translation>选项“--%1”不接受取值</translation>
    </message>
    <message>
        <source>the option &apos;--%1&apos; needs a value (%2)</source>
        <translation>选项“--%1”需要一个取值（%2）</translation>
    </message>
    <message>
        <source>the workspace file, or postgresql://user@host[:port]/database[?schema=NAME] (default: %1)</source>
        <translation>工作区文件，或 postgresql://user@host[:port]/database[?schema=NAME]（默认：%1）</translation>
    </message>
    <message>
        <source>language of messages (default: zh_CN when LC_ALL, LC_MESSAGES or LANG starts with zh, else en)</source>
        <translation>消息语言（默认：LC_ALL、LC_MESSAGES 或 LANG 以 zh 开头时为 zh_CN，否则为 en）</translation>
    </message>
    <message>
        <source>unknown language &apos;%1&apos; for --lang; use zh_CN or en</source>
        <translation>--lang 的语言“%1”无法识别，请使用 zh_CN 或 en</translation>
    </message>
    <message>
        <source>the option &apos;%1&apos; needs a value</source>
        <translation>选项“%1”需要一个取值</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;; see &apos;%2 --help&apos;</source>
        <translation>未知选项“%1”，请参阅“%2 --help”</translation>
    </message>
    <message>
        <source>no command given; see &apos;%1 --help&apos;</source>
        <translation>未指定命令，请参阅“%1 --help”</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;; see &apos;%2 --help&apos;</source>
        <translation>未知命令“%1”，请参阅“%2 --help”</translation>
    </message>
    <message>
        <source>the workspace location is empty</source>
        <translation>工作区位置为空</translation>
    </message>
    <message>
        <source>there is no workspace at %1; create one with &apos;%2 init&apos; or &apos;%2 demo&apos;, or name another with --workspace</source>
        <translation>%1 处没有工作区；请用“%2 init”或“%2 demo”创建，或用 --workspace 指定其他工作区</translation>
    </message>
    <message>
        <source>see &apos;%1 %2 --help&apos;</source>
        <translation>请参阅“%1 %2 --help”</translation>
    </message>
    <message>
        <source>Usage: %1 [--workspace PATH] [--lang zh_CN|en] COMMAND [ARGUMENTS]</source>
        <translation>用法：%1 [--workspace PATH] [--lang zh_CN|en] COMMAND [ARGUMENTS]</translation>
    </message>
    <message>
        <source>MetInspect (计量监督检查工作站) on the command line: the registry of standard holders and measurement standards in a workspace, for scripts and automation.</source>
        <translation>MetInspect（计量监督检查工作站）命令行工具：管理工作区中的建标单位和计量标准台账，供脚本和自动化处理使用。</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation>全局选项：</translation>
    </message>
    <message>
        <source>show this help, or a command&apos;s help after the command</source>
        <translation>显示本帮助；写在命令之后则显示该命令的帮助</translation>
    </message>
    <message>
        <source>show the version</source>
        <translation>显示版本号</translation>
    </message>
    <message>
        <source>Exit status: 0 success; 1 failure (storage error, or tampering found by verify-audit); 2 bad input (unknown command or option, malformed value, invalid code or CSV row).</source>
        <translation>退出状态：0 成功；1 失败（存储错误，或 verify-audit 发现篡改）；2 输入有误（未知命令或选项、取值格式错误、代码无效或 CSV 行有误）。</translation>
    </message>
    <message>
        <source>Run &apos;%1 COMMAND --help&apos; for the options of a command.</source>
        <translation>运行“%1 COMMAND --help”查看某个命令的选项。</translation>
    </message>
    <message>
        <source>Usage: %1 %2</source>
        <translation>用法：%1 %2</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>选项：</translation>
    </message>
    <message>
        <source>give at least one credit code</source>
        <translation>请至少给出一个统一社会信用代码</translation>
    </message>
    <message>
        <source>%1: valid</source>
        <translation>%1：有效</translation>
    </message>
    <message>
        <source>%1: invalid: %2</source>
        <translation>%1：无效：%2</translation>
    </message>
    <message>
        <source>check unified social credit codes (GB 32100)</source>
        <translation>校验统一社会信用代码（GB 32100）</translation>
    </message>
    <message>
        <source>Checks each unified social credit code (统一社会信用代码): 18 characters, registration authority and organisation type, region code, the GB 11714 organisation code check and the check character. Prints one line per code, &apos;CODE: valid&apos; or &apos;CODE: invalid: &lt;reason&gt;&apos;. Exit status 2 when any code is invalid. Full-width characters and lower case are accepted. Needs no workspace.</source>
        <translation>逐个校验统一社会信用代码：18 位字符、登记管理部门代码和机构类别代码、行政区划码、GB 11714 组织机构代码校验以及校验码。每个代码输出一行：“CODE：有效”或“CODE：无效：&lt;原因&gt;”。只要有一个代码无效，退出状态即为 2。可以使用全角字符和小写字母。不需要工作区。</translation>
    </message>
    <message>
        <source>give what to import and the CSV file</source>
        <translation>请给出要导入的内容和 CSV 文件</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>多余的参数“%1”</translation>
    </message>
    <message>
        <source>cannot import &apos;%1&apos;; use units, standards, equipment or personnel</source>
        <translation>无法导入“%1”，请使用 units、standards、equipment 或 personnel</translation>
    </message>
    <message>
        <source>there is no file %1</source>
        <translation>文件 %1 不存在</translation>
    </message>
    <message>
        <source>Imported %1 rows of %2 from %3: %4 created, %5 updated, %6 unchanged.</source>
        <translation>已从 %3 导入 %1 行 %2 数据：新建 %4 条，更新 %5 条，未变 %6 条。</translation>
    </message>
    <message>
        <source>Accepted column headers (English or Chinese, in any order; * = required):</source>
        <translation>可接受的列标题（中文或英文，顺序不限；* 表示必填）：</translation>
    </message>
    <message>
        <source>import a CSV list of units, standards, equipment or personnel</source>
        <translation>导入建标单位、计量标准、设备或人员的 CSV 清单</translation>
    </message>
    <message>
        <source>Imports a CSV file as Excel or WPS writes it: UTF-8 with or without BOM, or GB18030, detected automatically. Every row is checked first; a file with any bad row imports nothing and every problem is printed on stderr as FILE:LINE: column: message (exit status 2). Importing the same file again updates the records instead of duplicating them: units match on the credit code, standards on the certificate number, equipment on standard and serial number, personnel on standard and name.</source>
        <translation>导入 Excel 或 WPS 保存的 CSV 文件：带或不带 BOM 的 UTF-8，或 GB18030，编码自动识别。先逐行检查；只要有一行有误，整个文件都不导入，每个问题按 FILE:LINE: column: message 的格式输出到 stderr（退出状态 2）。再次导入同一文件时会更新已有记录，不会重复：单位按信用代码匹配，计量标准按证书编号匹配，设备按所属计量标准和出厂编号匹配，人员按所属计量标准和姓名匹配。</translation>
    </message>
    <message>
        <source>say what to list: units or standards</source>
        <translation>请指定要列出的内容：units 或 standards</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos;; use table, csv or json</source>
        <translation>未知格式“%1”，请使用 table、csv 或 json</translation>
    </message>
    <message>
        <source>unknown metrology field &apos;%1&apos;; use one of: %2</source>
        <translation>未知的专业计量领域“%1”，可选：%2</translation>
    </message>
    <message>
        <source>unknown category &apos;%1&apos;; use one of: %2</source>
        <translation>未知的计量标准类别“%1”，可选：%2</translation>
    </message>
    <message>
        <source>unknown status &apos;%1&apos;; use one of: %2</source>
        <translation>未知的状态“%1”，可选：%2</translation>
    </message>
    <message>
        <source>malformed date &apos;%1&apos; for --expiring-before; write YYYY-MM-DD, e.g. %2</source>
        <translation>--expiring-before 的日期“%1”格式有误，请写作 YYYY-MM-DD，例如 %2</translation>
    </message>
    <message>
        <source>--expiring-within needs a number of days (0 or more), not &apos;%1&apos;</source>
        <translation>--expiring-within 需要一个天数（0 或更大），而不是“%1”</translation>
    </message>
    <message>
        <source>unknown focus area &apos;%1&apos;; use food_safety, production_safety, ecological_environment or medical_health</source>
        <translation>未知的重点领域“%1”，请使用 food_safety、production_safety、ecological_environment 或 medical_health</translation>
    </message>
    <message>
        <source>--%1 applies to &apos;list units&apos; only</source>
        <translation>--%1 只适用于“list units”</translation>
    </message>
    <message>
        <source>Certificate No.</source>
        <translation>证书编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>建标单位</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation>信用代码</translation>
    </message>
    <message>
        <source>District</source>
        <translation>所属区域</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Standards</source>
        <translation>计量标准数</translation>
    </message>
    <message>
        <source>Focus</source>
        <translation>重点领域</translation>
    </message>
    <message>
        <source>list units or standards, filtered like the registry page</source>
        <translation>列出建标单位或计量标准，筛选方式与台账页面相同</translation>
    </message>
    <message>
        <source>Lists the registry&apos;s standards or units with the same filters as the registry page of the workstation. Standards are sorted by holder, code and certificate number, units by name. A standard in use past its expiry date has the status &apos;expired&apos;. For units, --category, --status and the expiry options select units holding at least one such standard. The csv and json formats use the stable English keys of the first line (csv) or of each object (json) and the keys of categories and statuses; csv follows RFC 4180.</source>
        <translation>按与工作站台账页面相同的筛选条件列出台账中的计量标准或建标单位。计量标准按建标单位、代码和证书编号排序，单位按名称排序。超过有效期仍为在用的计量标准，状态为 expired（过期）。列出单位时，--category、--status 和有效期选项选出至少持有一项符合条件的计量标准的单位。csv 和 json 格式使用固定的英文键名（csv 在第一行，json 在每个对象中），类别和状态也使用其键名；csv 遵循 RFC 4180。</translation>
    </message>
    <message>
        <source>metrology field: code prefix (04), Chinese (热学) or English name</source>
        <translation>专业计量领域：代码前缀（04）、中文名称（热学）或英文名称</translation>
    </message>
    <message>
        <source>category: social_public, department_highest, enterprise_highest, enterprise_self_managed, or its Chinese or English name</source>
        <translation>类别：social_public、department_highest、enterprise_highest、enterprise_self_managed，或其中文或英文名称</translation>
    </message>
    <message>
        <source>status: in_use, sealed, cancelled, expired (or 在用, 封存, 撤销, 过期)</source>
        <translation>状态：in_use、sealed、cancelled、expired（或 在用、封存、撤销、过期）</translation>
    </message>
    <message>
        <source>certificates expiring before this date</source>
        <translation>证书在此日期之前到期</translation>
    </message>
    <message>
        <source>standards in use whose certificate expires from today to today + DAYS</source>
        <translation>证书在今天至今天 + DAYS 天之间到期的在用计量标准</translation>
    </message>
    <message>
        <source>text in names, codes, certificate numbers, credit codes or persons in charge</source>
        <translation>在名称、代码、证书编号、信用代码或计量标准负责人中查找的文字</translation>
    </message>
    <message>
        <source>units of this district (units only)</source>
        <translation>该区域的单位（仅用于单位）</translation>
    </message>
    <message>
        <source>units in any of these focus areas, e.g. food_safety;medical_health (units only)</source>
        <translation>涉及其中任一重点领域的单位，例如 food_safety;medical_health（仅用于单位）</translation>
    </message>
    <message>
        <source>output format (default: table)</source>
        <translation>输出格式（默认：table）</translation>
    </message>
    <message>
        <source>Workspace %1 is ready (schema version %2, %3).</source>
        <translation>工作区 %1 已就绪（数据库结构版本 %2，%3）。</translation>
    </message>
    <message>
        <source>Created the workspace %1 (schema version %2, %3).</source>
        <translation>已创建工作区 %1（数据库结构版本 %2，%3）。</translation>
    </message>
    <message>
        <source>unknown scale &apos;%1&apos;; use small, city or province</source>
        <translation>未知的规模“%1”，请使用 small、city 或 province</translation>
    </message>
    <message>
        <source>the seed must be a whole number from 0 to 18446744073709551615, not &apos;%1&apos;</source>
        <translation>种子必须是 0 到 18446744073709551615 之间的整数，而不是“%1”</translation>
    </message>
    <message>
        <source>Generated %1 bureaus, %2 units, %3 standards, %4 instruments and equipment and %5 personnel records in %6 s (scale %7, seed %8) into %9.</source>
        <translation>已用 %6 秒生成 %1 个市场监管部门、%2 家单位、%3 项计量标准、%4 台计量标准器及配套设备和 %5 条人员记录（规模 %7，种子 %8），写入 %9。</translation>
    </message>
    <message>
        <source>%1: recorded %2, stored %3</source>
        <translation>%1：审计日志记录为 %2，实际存储为 %3</translation>
    </message>
    <message>
        <source>Checked %1 audit entries and %2 records of %3.</source>
        <translation>已检查 %3 的 %1 条审计日志和 %2 条记录。</translation>
    </message>
    <message>
        <source>The audit trail is intact: every entry links to the one before it and every record matches its latest entry.</source>
        <translation>审计日志完整：每一条都与上一条相链接，每条记录都与其最新的审计日志一致。</translation>
    </message>
    <message>
        <source>audit entry #%1: %2</source>
        <translation>审计日志第 %1 条：%2</translation>
    </message>
    <message>
        <source>no audit entry: %1</source>
        <translation>无对应审计日志：%1</translation>
    </message>
    <message>
        <source>%1 problems found; the chain breaks at audit entry #%2.</source>
        <translation>发现 %1 个问题；哈希链在审计日志第 %2 条处断开。</translation>
    </message>
    <message>
        <source>%1 problems found; the chain itself is intact, records were changed outside MetInspect.</source>
        <translation>发现 %1 个问题；哈希链本身完整，但有记录在 MetInspect 之外被改动。</translation>
    </message>
    <message>
        <source>create the workspace, or check and migrate an existing one</source>
        <translation>创建工作区，或检查并迁移已有的工作区</translation>
    </message>
    <message>
        <source>Creates the workspace named by --workspace (an SQLite file, or a schema on a PostgreSQL server) with the current schema, or opens an existing one and migrates it to the current schema version.</source>
        <translation>按当前数据库结构创建 --workspace 指定的工作区（SQLite 文件，或 PostgreSQL 服务器上的一个 schema）；工作区已存在时，打开并迁移到当前数据库结构版本。</translation>
    </message>
    <message>
        <source>fill an empty workspace with realistic demo data</source>
        <translation>向空工作区填入仿真的演示数据</translation>
    </message>
    <message>
        <source>Fills an empty workspace with a bureau hierarchy, standard-holding units with valid credit codes, measurement standards of every metrology field and category, their instruments and staff. The same seed gives the same names, codes and dates (relative to today). Scales: small (about 50 units), city (about 2,000 units and 8,000 standards, Tianjin), province (about 10,000 units and 40,000 standards, Jiangsu). A workspace that already holds units is left alone (exit status 1).</source>
        <translation>向空工作区填入市场监管部门层级、具有有效信用代码的建标单位、覆盖所有专业计量领域和类别的计量标准，以及这些计量标准的计量标准器和人员。相同的种子生成相同的名称、代码和日期（相对于今天）。规模：small（约 50 家单位）、city（约 2,000 家单位、8,000 项计量标准，天津）、province（约 10,000 家单位、40,000 项计量标准，江苏）。已有单位的工作区保持不变（退出状态 1）。</translation>
    </message>
    <message>
        <source>how much data (default: small)</source>
        <translation>数据规模（默认：small）</translation>
    </message>
    <message>
        <source>seed of the generator, a whole number (default: 1)</source>
        <translation>生成器的随机种子，整数（默认：1）</translation>
    </message>
    <message>
        <source>check the audit trail and every record against it</source>
        <translation>检查审计日志，并据此核对每条记录</translation>
    </message>
    <message>
        <source>Checks that every audit entry is intact and links to the one before it (SHA-256 chain), and that every stored record is what its latest audit entry says. Each problem is printed with the number of the audit entry concerned and the record it is about. Exit status 0 when everything matches, 1 when tampering or any other problem was found.</source>
        <translation>检查每条审计日志是否完好并与上一条相链接（SHA-256 哈希链），以及每条存储的记录是否与其最新的审计日志一致。每个问题都会列出相关审计日志的序号和所涉及的记录。全部一致时退出状态为 0，发现篡改或其他问题时为 1。</translation>
    </message>
    <message>
        <source>the repetitions must be a whole number from 1 to 1000, not &apos;%1&apos;</source>
        <translation>重复次数必须是 1 到 1000 之间的整数，而不是“%1”</translation>
    </message>
    <message>
        <source>there is no workspace at %1</source>
        <translation>%1 处没有工作区</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
    <message>
        <source>goal ≤ %1 %2: met</source>
        <translation>目标 ≤ %1 %2：达到</translation>
    </message>
    <message>
        <source>goal ≤ %1 %2: NOT MET</source>
        <translation>目标 ≤ %1 %2：未达到</translation>
    </message>
    <message>
        <source>size of the generated workspace (default: province)</source>
        <translation>生成的工作区的规模（默认：province）</translation>
    </message>
    <message>
        <source>measure this existing workspace instead of generating one</source>
        <translation>测量此现有工作区，而不生成新的工作区</translation>
    </message>
    <message>
        <source>keep the generated workspace and CSV files in DIR and reuse the workspace next time</source>
        <translation>将生成的工作区和 CSV 文件保留在 DIR 中，下次重复使用该工作区</translation>
    </message>
    <message>
        <source>how often each search is repeated (default: 5)</source>
        <translation>每项搜索重复的次数（默认：5）</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n problem(s); nothing was imported.</source>
        <translation>
            <numerusform>%1：%n 个问题；未导入任何数据。</numerusform>
        </translation>
    </message>
    <message>
        <source>give what to measure: %1</source>
        <translation>请指定要测量的对象：%1</translation>
    </message>
    <message>
        <source>unknown benchmark &apos;%1&apos;; use %2</source>
        <translation>未知的基准测试“%1”；请使用 %2</translation>
    </message>
    <message>
        <source>Generates a demo workspace of the chosen scale in a temporary folder (or measures the workspace given with --measure) and measures it. Prints one line per figure with its goal; exit status 1 when a goal is not met. The workspace of --workspace is not touched.</source>
        <translation>在临时文件夹中生成所选规模的演示工作区（或使用 --measure 指定的工作区）并进行测量。每项结果输出一行并附目标；有目标未达到时退出状态为 1。--workspace 指定的工作区不受影响。</translation>
    </message>
    <message>
        <source>registry: opening the workspace and loading the registry (goal 1.5 s), a search or filter over all standards (goal 50 ms), importing all units and standards from CSV into an empty workspace (goal 5 s for the standards) and the peak memory of the process (goal 300 MB).</source>
        <translation>registry：打开工作区并加载登记册（目标 1.5 秒）、在全部计量标准中搜索或筛选（目标 50 毫秒）、从 CSV 向空工作区导入全部单位和计量标准（计量标准目标 5 秒）以及进程的峰值内存（目标 300 MB）。</translation>
    </message>
    <message>
        <source>measure an area against its performance goals (registry, rectification)</source>
        <translation>按性能目标测量某一功能区（登记册、整改）</translation>
    </message>
    <message>
        <source>rectification: loading the rectification items of a workspace topped up to 60,000 items at province scale (12,000 city, 600 small), computing the dashboard (goal 100 ms), filtering the list (goal 50 ms), exporting it to XLSX and the peak memory.</source>
        <translation>rectification：在补足到省级规模 60,000 项整改项（市级 12,000 项，小规模 600 项）的工作区中，测量载入整改项、计算看板（目标 100 毫秒）、筛选清单（目标 50 毫秒）、导出 XLSX 以及内存峰值。</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos;; the dashboard is written as json</source>
        <translation>未知格式“%1”；看板以 json 输出</translation>
    </message>
    <message>
        <source>unknown risk level &apos;%1&apos;; use low, medium or high</source>
        <translation>未知风险等级“%1”；请用 low、medium 或 high</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>风险</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>分值</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>say what to do: add or list</source>
        <translation>请说明要做什么：add 或 list</translation>
    </message>
    <message>
        <source>unknown subcommand &apos;%1&apos;; use add or list</source>
        <translation>未知子命令“%1”；请用 add 或 list</translation>
    </message>
    <message>
        <source>unknown verdict &apos;%1&apos;; use pending, substantiated or unfounded</source>
        <translation>未知核实结论“%1”；请用 pending、substantiated 或 unfounded</translation>
    </message>
    <message>
        <source>&apos;complaint add&apos; needs --unit and --summary</source>
        <translation>“complaint add”需要 --unit 和 --summary</translation>
    </message>
    <message>
        <source>Recorded the complaint about %1 received on %2 (%3).</source>
        <translation>已记录 %2 收到的关于 %1 的投诉举报（%3）。</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>收到日期</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>内容摘要</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>核实结论</translation>
    </message>
    <message>
        <source>the section chief&apos;s dashboard of rectification, as JSON</source>
        <translation>以 JSON 输出科长的整改看板</translation>
    </message>
    <message>
        <source>Writes the numbers of the rectification dashboard as JSON, the same the workstation shows: items by status and by stage (pending, overdue, rectified, failed), the overdue items, the items by district, lower bureau, metrology field and severity, the closure over time (found, decided and closed, cumulative by day or week) with the campaign&apos;s phases, and the figures of the statistics table. Without --campaign every item counts and the latest campaign&apos;s phases are shown. --as-of judges overdue on that day and leaves out items found after it.</source>
        <translation>以 JSON 输出整改看板的数据，与工作站显示的一致：按状态和阶段（整改中、逾期未改、整改合格、整改不合格）统计的整改项、逾期清单、按区域、下级局、专业计量领域和问题类别统计的整改项、随时间的销号进度（发现、判定、销号，按日或按周累计）及专项检查的各阶段，以及统计表所需的数字。不带 --campaign 时统计全部整改项并显示最近一次专项检查的阶段。--as-of 以该日判断是否逾期，并不计该日之后发现的问题。</translation>
    </message>
    <message>
        <source>the campaign (its id or the start of it)</source>
        <translation>专项检查（其编号或编号开头部分）</translation>
    </message>
    <message>
        <source>the day the dashboard is computed for (default: today)</source>
        <translation>看板的统计日期（默认：今天）</translation>
    </message>
    <message>
        <source>output format (json, the default)</source>
        <translation>输出格式（json，默认）</translation>
    </message>
    <message>
        <source>units at risk, for targeted supervision</source>
        <translation>风险单位清单，用于有针对性的监管</translation>
    </message>
    <message>
        <source>Lists the units at risk with the reasons, the highest first: findings in several campaigns (N − 1 points for N campaigns), failed rectifications (2 points each), enforcement cases (1 point), complaints in the last 3 years that were not found unfounded (1 point each, at most 3) and items overdue now (1 point). High from 5 points, medium from 2.</source>
        <translation>列出有风险的单位及原因，风险最高的在前：多次专项检查中发现问题（N 次检查计 N − 1 分）、整改不合格（每项 2 分）、立案查处（1 分）、近 3 年未被认定为不属实的投诉举报（每件 1 分，最多 3 分）以及当前逾期的整改项（1 分）。5 分及以上为高风险，2 分及以上为中风险。</translation>
    </message>
    <message>
        <source>the day the risk is judged on (default: today)</source>
        <translation>判断风险的日期（默认：今天）</translation>
    </message>
    <message>
        <source>only units at this level or higher: low, medium, high</source>
        <translation>只列出该等级及以上的单位：low、medium、high</translation>
    </message>
    <message>
        <source>record complaints about units, which raise their risk</source>
        <translation>记录对单位的投诉举报，投诉会提高单位的风险等级</translation>
    </message>
    <message>
        <source>Records a complaint or report (投诉举报) about a unit, or lists them, the latest first. A complaint counts for the risk list unless its verdict is unfounded.</source>
        <translation>记录对单位的投诉举报，或按时间倒序列出。除核实结论为不属实的以外，投诉举报均计入风险清单。</translation>
    </message>
    <message>
        <source>the unit&apos;s credit code or id</source>
        <translation>单位的统一社会信用代码或编号</translation>
    </message>
    <message>
        <source>what the complaint says</source>
        <translation>投诉举报的内容</translation>
    </message>
    <message>
        <source>the day it was received (default: today)</source>
        <translation>收到日期（默认：今天）</translation>
    </message>
    <message>
        <source>where it came from: 12315 hotline, letter, online platform, ...</source>
        <translation>来源：12315 热线、来信、网上投诉平台等</translation>
    </message>
    <message>
        <source>pending (default), substantiated or unfounded</source>
        <translation>pending（待核实，默认）、substantiated（属实）或 unfounded（不属实）</translation>
    </message>
    <message>
        <source>list: output format (default: table)</source>
        <translation>list：输出格式（默认：table）</translation>
    </message>
    <message>
        <source>list: status open, reported, confirmed, rejected, failed, escalated, closed (or 待整改, 已报整改, 已确认, 已退回, 整改不合格, 已查处, 已销号); several separated by commas; or a stage: pending, rectified</source>
        <translation>list：状态 open、reported、confirmed、rejected、failed、escalated、closed（或 待整改、已报整改、已确认、已退回、整改不合格、已查处、已销号），多个用逗号分隔；或阶段：pending、rectified</translation>
    </message>
    <message>
        <source>list: only items awaiting a report past their deadline</source>
        <translation>list：只列出已过期限仍未报告整改的整改项</translation>
    </message>
    <message>
        <source>list, export: judge overdue on this day (default: today)</source>
        <translation>list、export：以该日判断是否逾期（默认：今天）</translation>
    </message>
    <message>
        <source>list, show: output format (default: table)</source>
        <translation>list、show：输出格式（默认：table）</translation>
    </message>
    <message>
        <source>the unit&apos;s credit code or id (list, export, add)</source>
        <translation>单位的统一社会信用代码或编号（list、export、add）</translation>
    </message>
    <message>
        <source>list, export: units of this district</source>
        <translation>list、export：该区域的单位</translation>
    </message>
    <message>
        <source>list, export: metrology field (04, 热学 or thermometry)</source>
        <translation>list、export：专业计量领域（04、热学 或 thermometry）</translation>
    </message>
    <message>
        <source>nonconformity or defect (不合格项, 缺陷项)</source>
        <translation>不合格项或缺陷项（nonconformity、defect）</translation>
    </message>
    <message>
        <source>list, export: text in unit, standard, finding or case number</source>
        <translation>list、export：单位、计量标准、问题或案号中的文字</translation>
    </message>
    <message>
        <source>the day the step happened (default: today)</source>
        <translation>该环节发生的日期（默认：今天）</translation>
    </message>
    <message>
        <source>report: what the unit did; confirm, close, escalate: a remark</source>
        <translation>report：单位的整改情况；confirm、close、escalate：备注</translation>
    </message>
    <message>
        <source>reject, fail: why</source>
        <translation>reject、fail：理由</translation>
    </message>
    <message>
        <source>add: the rectification deadline; reject: the new deadline</source>
        <translation>add：整改期限；reject：新的整改期限</translation>
    </message>
    <message>
        <source>report: a file to attach (the unit&apos;s report, a certificate)</source>
        <translation>report：附加的文件（单位的整改报告、证书等）</translation>
    </message>
    <message>
        <source>escalate: the number of the enforcement case filed</source>
        <translation>escalate：立案的案号</translation>
    </message>
    <message>
        <source>escalate: the penalty imposed</source>
        <translation>escalate：作出的处罚</translation>
    </message>
    <message>
        <source>escalate: the certificate is cancelled (the standard becomes cancelled)</source>
        <translation>escalate：注销证书（计量标准状态改为撤销）</translation>
    </message>
    <message>
        <source>escalate: the unit is ordered to stop value transfer</source>
        <translation>escalate：责令单位停止量值传递</translation>
    </message>
    <message>
        <source>add: the certificate number of the standard concerned</source>
        <translation>add：所涉计量标准的证书编号</translation>
    </message>
    <message>
        <source>add: what was found</source>
        <translation>add：发现的问题</translation>
    </message>
    <message>
        <source>add: the clause or rule it falls short of</source>
        <translation>add：不符合的条款或规定</translation>
    </message>
    <message>
        <source>add: the day of the inspection (default: today)</source>
        <translation>add：检查日期（默认：今天）</translation>
    </message>
    <message>
        <source>add: the on-site inspection record it comes from</source>
        <translation>add：来源的现场检查记录</translation>
    </message>
    <message>
        <source>add: the checklist item within that record</source>
        <translation>add：该记录中的检查项</translation>
    </message>
    <message>
        <source>print-order, print-confirmation: the PDF to write</source>
        <translation>print-order、print-confirmation：要写入的 PDF 文件</translation>
    </message>
    <message>
        <source>unknown metrology field &apos;%1&apos;</source>
        <translation>未知的专业计量领域“%1”</translation>
    </message>
    <message>
        <source>unknown severity &apos;%1&apos;; use nonconformity (不合格项) or defect (缺陷项)</source>
        <translation>未知的问题类别“%1”；请用 nonconformity（不合格项）或 defect（缺陷项）</translation>
    </message>
    <message>
        <source>give the file to write: rectification export FILE.xlsx|FILE.csv</source>
        <translation>请给出要写入的文件：rectification export FILE.xlsx|FILE.csv</translation>
    </message>
    <message>
        <source>name the file .csv or .xlsx, not &apos;%1&apos;</source>
        <translation>文件名应以 .csv 或 .xlsx 结尾，而不是“%1”</translation>
    </message>
    <message>
        <source>Wrote %1 rectification items to %2.</source>
        <translation>已将 %1 项整改项写入 %2。</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>存在问题</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>give the item&apos;s id: rectification show ID</source>
        <translation>请给出整改项编号：rectification show ID</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos; for show; use table or json</source>
        <translation>show 不支持格式“%1”；请用 table 或 json</translation>
    </message>
    <message>
        <source>no rectification item with the id &apos;%1&apos;</source>
        <translation>没有编号为“%1”的整改项</translation>
    </message>
    <message>
        <source>Rectification item %1</source>
        <translation>整改项 %1</translation>
    </message>
    <message>
        <source>Unit: %1 (%2)</source>
        <translation>单位：%1（%2）</translation>
    </message>
    <message>
        <source>Standard: %1 %2</source>
        <translation>计量标准：%1 %2</translation>
    </message>
    <message>
        <source>Finding (%1): %2</source>
        <translation>存在问题（%1）：%2</translation>
    </message>
    <message>
        <source>Basis: %1</source>
        <translation>依据：%1</translation>
    </message>
    <message>
        <source>Status: %1; deadline %2%3</source>
        <translation>状态：%1；整改期限 %2%3</translation>
    </message>
    <message>
        <source>, overdue by %1 days</source>
        <translation>，已逾期 %1 天</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>处理经过：</translation>
    </message>
    <message>
        <source>new deadline %1</source>
        <translation>新期限 %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>环节</translation>
    </message>
    <message>
        <source>By</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Evidence: %1 (%2 bytes, SHA-256 %3)</source>
        <translation>证明材料：%1（%2 字节，SHA-256 %3）</translation>
    </message>
    <message>
        <source>&apos;rectification add&apos; needs --%1</source>
        <translation>“rectification add”需要 --%1</translation>
    </message>
    <message>
        <source>--inspection needs the record&apos;s uuid, not &apos;%1&apos;</source>
        <translation>--inspection 需要检查记录的 uuid，而不是“%1”</translation>
    </message>
    <message>
        <source>no standard with the certificate number &apos;%1&apos;</source>
        <translation>没有证书编号为“%1”的计量标准</translation>
    </message>
    <message>
        <source>Created rectification item %1 for %2: %3, deadline %4.</source>
        <translation>已为 %2 建立整改项 %1：%3，整改期限 %4。</translation>
    </message>
    <message>
        <source>give the item&apos;s id: rectification %1 ID</source>
        <translation>请给出整改项编号：rectification %1 ID</translation>
    </message>
    <message>
        <source>a report needs --date (when the unit reported) and --note (what it did)</source>
        <translation>整改报告需要 --date（单位报告的日期）和 --note（整改情况）</translation>
    </message>
    <message>
        <source>a rejection needs --reason</source>
        <translation>退回需要 --reason</translation>
    </message>
    <message>
        <source>a first rejection gives the unit a new deadline: add --deadline DATE</source>
        <translation>第一次退回要给单位新的整改期限：请加上 --deadline DATE</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1：%2 → %3</translation>
    </message>
    <message>
        <source>deadline %1</source>
        <translation>期限 %1</translation>
    </message>
    <message>
        <source>rejected a second time, the rectification has failed (整改不合格)</source>
        <translation>第二次退回，视为整改不合格</translation>
    </message>
    <message>
        <source>give the item&apos;s id and the files: rectification attach ID FILE...</source>
        <translation>请给出整改项编号和文件：rectification attach ID FILE...</translation>
    </message>
    <message>
        <source>Attached %1 files to %2.</source>
        <translation>已为 %2 附加 %1 个文件。</translation>
    </message>
    <message>
        <source>give the item&apos;s id: rectification remove ID</source>
        <translation>请给出整改项编号：rectification remove ID</translation>
    </message>
    <message>
        <source>Removed the rectification item %1.</source>
        <translation>已删除整改项 %1。</translation>
    </message>
    <message>
        <source>use: rectification print-confirmation UNIT --output FILE.pdf</source>
        <translation>用法：rectification print-confirmation UNIT --output FILE.pdf</translation>
    </message>
    <message>
        <source>use: rectification print-order UNIT --output FILE.pdf</source>
        <translation>用法：rectification print-order UNIT --output FILE.pdf</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 items) to %3.</source>
        <translation>已将 %1（%2 项）写入 %3。</translation>
    </message>
    <message>
        <source>say what to do: %1</source>
        <translation>请说明要做什么：%1</translation>
    </message>
    <message>
        <source>unknown subcommand &apos;%1&apos;; use %2</source>
        <translation>未知子命令“%1”；请用 %2</translation>
    </message>
    <message>
        <source>follow rectification items until they are closed</source>
        <translation>跟踪整改项直至销号</translation>
    </message>
    <message>
        <source>Rectification items (整改项) follow each nonconformity and defect until it is closed (销号): the unit reports what it did, the bureau confirms or rejects with a new deadline; a second rejection or a missed deadline makes it failed (整改不合格), which is escalated and closed.</source>
        <translation>整改项跟踪每一个不合格项和缺陷项直至销号：单位报告整改情况，监管部门予以确认，或退回并给出新的期限；第二次退回或逾期未整改的，视为整改不合格，依法处理后销号。</translation>
    </message>
    <message>
        <source>  rectification list [--campaign ID] [--status S] [--overdue] [--as-of DATE] [--format csv|json]
  rectification show ID [--format json]            the item and the history of its steps
  rectification add --unit CODE [--standard CERT] --severity S --finding TEXT [--basis TEXT]
                    [--found DATE] [--deadline DATE] [--campaign ID]
  rectification report ID --date D --note TEXT [--evidence FILE]
  rectification confirm ID [--date D]
  rectification reject ID --reason TEXT --deadline D   (a second rejection fails the item)
  rectification fail ID [--reason TEXT]            after a missed deadline
  rectification escalate ID [--case NO] [--penalty TEXT] [--cancel-certificate] [--stop-transfer]
  rectification close ID [--note TEXT]             a confirmed or escalated item (销号)
  rectification attach ID FILE...                  evidence files
  rectification remove ID                          an open item entered by mistake
  rectification export FILE.xlsx|FILE.csv [filters of list]
  rectification print-order UNIT --output FILE.pdf [--campaign ID]         责令改正通知书
  rectification print-confirmation UNIT --output FILE.pdf [--campaign ID]  整改情况确认书
                    (without --campaign: the unit&apos;s latest campaign)</source>
        <translation>  rectification list [--campaign ID] [--status S] [--overdue] [--as-of DATE] [--format csv|json]
  rectification show ID [--format json]            整改项及其处理经过
  rectification add --unit CODE [--standard CERT] --severity S --finding TEXT [--basis TEXT]
                    [--found DATE] [--deadline DATE] [--campaign ID]
  rectification report ID --date D --note TEXT [--evidence FILE]
  rectification confirm ID [--date D]
  rectification reject ID --reason TEXT --deadline D   （第二次退回即为整改不合格）
  rectification fail ID [--reason TEXT]            逾期未整改时
  rectification escalate ID [--case NO] [--penalty TEXT] [--cancel-certificate] [--stop-transfer]
  rectification close ID [--note TEXT]             已确认或已查处的整改项（销号）
  rectification attach ID FILE...                  证明材料
  rectification remove ID                          误录的待整改项
  rectification export FILE.xlsx|FILE.csv [list 的筛选条件]
  rectification print-order UNIT --output FILE.pdf [--campaign ID]         责令改正通知书
  rectification print-confirmation UNIT --output FILE.pdf [--campaign ID]  整改情况确认书
                    （不带 --campaign：该单位最近一次专项检查）</translation>
    </message>
    <message>
        <source>ID is the item&apos;s id or its first characters (at least 4), as list shows it; UNIT is a credit code. Dates are judged against today; the deadline day itself is not overdue. The csv and json formats of list use the stable English keys of the first line; statuses and severities by key. Exit status 2 when a step is not allowed (the message says why) or a value is malformed.</source>
        <translation>ID 是整改项的编号或其开头部分（至少 4 个字符），与 list 显示的一致；UNIT 是统一社会信用代码。日期以今天为准判断；期限当天不算逾期。list 的 csv 和 json 格式使用首行稳定的英文键名，状态和类别也用键名。环节不允许（信息会说明原因）或取值有误时退出状态为 2。</translation>
    </message>
    <message>
        <source>malformed or impossible date &apos;%1&apos; for --%2; write YYYY-MM-DD, e.g. 2026-08-31</source>
        <translation>--%2 的日期“%1”格式有误或不存在；请写成 YYYY-MM-DD，例如 2026-08-31</translation>
    </message>
    <message>
        <source>no unit with the credit code or id &apos;%1&apos;</source>
        <translation>没有统一社会信用代码或编号为“%1”的单位</translation>
    </message>
    <message>
        <source>give at least 4 characters of the item&apos;s id, not &apos;%1&apos;</source>
        <translation>请至少给出整改项编号的 4 个字符，而不是“%1”</translation>
    </message>
    <message>
        <source>the id &apos;%1&apos; is ambiguous: %2 items start with it; give more characters</source>
        <translation>编号“%1”不唯一：有 %2 项整改项以它开头；请多给几个字符</translation>
    </message>
    <message>
        <source>the campaign id &apos;%1&apos; is ambiguous; give more characters</source>
        <translation>专项检查编号“%1”不唯一；请多给几个字符</translation>
    </message>
    <message>
        <source>no campaign &apos;%1&apos; among the rectification items; known: %2</source>
        <translation>整改项中没有专项检查“%1”；已有：%2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>--%1 does not apply to &apos;%2&apos;</source>
        <translation>--%1 不适用于“%2”</translation>
    </message>
</context>
<context>
    <name>core::Attachment</name>
    <message>
        <source>an attachment needs the record it belongs to</source>
        <translation>附件必须属于某条记录</translation>
    </message>
    <message>
        <source>the file name is empty or contains a folder</source>
        <translation>文件名为空或包含文件夹</translation>
    </message>
    <message>
        <source>the SHA-256 must be 64 lower-case hex digits</source>
        <translation>SHA-256 必须是 64 位小写十六进制数字</translation>
    </message>
    <message>
        <source>the size cannot be negative</source>
        <translation>大小不能为负数</translation>
    </message>
</context>
<context>
    <name>core::CreditCode</name>
    <message>
        <source>the unified social credit code is empty</source>
        <translation>统一社会信用代码为空</translation>
    </message>
    <message>
        <source>must have 18 characters, has %1</source>
        <translation>应为 18 位字符，实际为 %1 位</translation>
    </message>
    <message>
        <source>character %1 at position %2 is not used in credit codes (I, O, Z, S and V are excluded)</source>
        <translation>第 %2 位字符 %1 不是信用代码使用的字符（不使用 I、O、Z、S、V）</translation>
    </message>
    <message>
        <source>character &apos;%1&apos; at position %2 is not a digit or capital letter</source>
        <translation>第 %2 位字符“%1”不是数字或大写字母</translation>
    </message>
    <message>
        <source>position 1 &apos;%1&apos; is not a registration authority code (1-9, A, N or Y)</source>
        <translation>第 1 位“%1”不是登记管理部门代码（应为 1-9、A、N 或 Y）</translation>
    </message>
    <message>
        <source>position 2 &apos;%1&apos; is not an organisation type of registration authority &apos;%2&apos; (allowed: %3)</source>
        <translation>第 2 位“%1”不是登记管理部门“%2”下的机构类别代码（允许：%3）</translation>
    </message>
    <message>
        <source>positions 3-8 must be a six-digit administrative region code; position %1 is &apos;%2&apos;</source>
        <translation>第 3-8 位应为 6 位数字的行政区划码，第 %1 位却是“%2”</translation>
    </message>
    <message>
        <source>positions 3-8 &apos;%1&apos; are not an administrative region code (no province %2)</source>
        <translation>第 3-8 位“%1”不是行政区划码（不存在省级代码 %2）</translation>
    </message>
    <message>
        <source>the organisation code in positions 9-17 fails its GB 11714 check: position 17 should be &apos;%1&apos;, not &apos;%2&apos;</source>
        <translation>第 9-17 位的组织机构代码未通过 GB 11714 校验：第 17 位应为“%1”，而不是“%2”</translation>
    </message>
    <message>
        <source>check character (position 18) should be &apos;%1&apos;, not &apos;%2&apos;</source>
        <translation>校验码（第 18 位）应为“%1”，而不是“%2”</translation>
    </message>
</context>
<context>
    <name>core::CsvImporter</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>a quoted field that starts on this line is never closed (a missing &quot;)</source>
        <translation>从本行开始的带引号字段没有结束（缺少一个 &quot;）</translation>
    </message>
    <message>
        <source>the file is empty; the first line must name the columns</source>
        <translation>文件为空；第一行必须是列标题</translation>
    </message>
    <message>
        <source>the import was cancelled; nothing was stored</source>
        <translation>导入已取消，未保存任何数据</translation>
    </message>
    <message>
        <source>this column and the column &apos;%1&apos; both give the field %2; remove one of them</source>
        <translation>本列与“%1”列都对应字段 %2，请删除其中一列</translation>
    </message>
    <message>
        <source>the required column %1 is missing (accepted headers: %2)</source>
        <translation>缺少必需的列 %1（可接受的列标题：%2）</translation>
    </message>
    <message>
        <source>a value is required here</source>
        <translation>此处必须填写</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a possible date (write dates as YYYY-MM-DD)</source>
        <translation>“%1”不是有效日期（日期请写作 YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>the row has %1 fields but the header has %2</source>
        <translation>该行有 %1 个字段，而标题行有 %2 个</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid credit code: %2</source>
        <translation>“%1”不是有效的统一社会信用代码：%2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a focus area (accepted: %2)</source>
        <translation>“%1”不是重点领域（可接受：%2）</translation>
    </message>
    <message>
        <source>the credit code %1 already appears on line %2 of this file</source>
        <translation>信用代码 %1 已在本文件第 %2 行出现</translation>
    </message>
    <message>
        <source>no unit with the credit code %1 is in the workspace; import or add the unit first</source>
        <translation>工作区中没有信用代码为 %1 的单位，请先导入或添加该单位</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a category of standard (accepted: %2)</source>
        <translation>“%1”不是计量标准类别（可接受：%2）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a status of standard (accepted: %2)</source>
        <translation>“%1”不是计量标准状态（可接受：%2）</translation>
    </message>
    <message>
        <source>the status says expired, but the certificate is valid until %1; correct the expiry date or the status</source>
        <translation>状态为过期，但证书有效期至 %1；请更正有效期或状态</translation>
    </message>
    <message>
        <source>the certificate number %1 already appears on line %2 of this file</source>
        <translation>证书编号 %1 已在本文件第 %2 行出现</translation>
    </message>
    <message>
        <source>no standard with the certificate number %1 is in the workspace; import or add the standard first</source>
        <translation>工作区中没有证书编号为 %1 的计量标准，请先导入或添加该计量标准</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a kind of equipment (accepted: %2)</source>
        <translation>“%1”不是设备类型（可接受：%2）</translation>
    </message>
    <message>
        <source>the equipment %1 (model %2) of the standard %3 without a serial number already appears on line %4 of this file</source>
        <translation>计量标准 %3 下无出厂编号的设备 %1（型号 %2）已在本文件第 %4 行出现</translation>
    </message>
    <message>
        <source>the serial number %1 of the standard %2 already appears on line %3 of this file</source>
        <translation>计量标准 %2 下的出厂编号 %1 已在本文件第 %3 行出现</translation>
    </message>
    <message>
        <source>%1 of the standard %2 already appears on line %3 of this file</source>
        <translation>计量标准 %2 下的人员 %1 已在本文件第 %3 行出现</translation>
    </message>
</context>
<context>
    <name>core::Dashboard</name>
    <message>
        <source>no district</source>
        <translation>未填区域</translation>
    </message>
    <message>
        <source>no issuing bureau</source>
        <translation>无发证机关</translation>
    </message>
    <message>
        <source>no standard</source>
        <translation>不涉及计量标准</translation>
    </message>
</context>
<context>
    <name>core::DemoGenerator</name>
    <message>
        <source>generating the demo workspace was cancelled</source>
        <translation>演示工作区的生成已取消</translation>
    </message>
    <message>
        <source>the workspace already holds %1 units; demo data is only generated into an empty workspace</source>
        <translation>工作区中已有 %1 家单位；演示数据只能生成到空工作区中</translation>
    </message>
</context>
<context>
    <name>core::MetrologyField</name>
    <message>
        <source>geometry (length)</source>
        <translation>几何量</translation>
    </message>
    <message>
        <source>thermometry</source>
        <translation>热学</translation>
    </message>
    <message>
        <source>mechanics</source>
        <translation>力学</translation>
    </message>
    <message>
        <source>electromagnetism</source>
        <translation>电磁学</translation>
    </message>
    <message>
        <source>radio</source>
        <translation>无线电</translation>
    </message>
    <message>
        <source>time and frequency</source>
        <translation>时间频率</translation>
    </message>
    <message>
        <source>optics</source>
        <translation>光学</translation>
    </message>
    <message>
        <source>acoustics</source>
        <translation>声学</translation>
    </message>
    <message>
        <source>ionising radiation</source>
        <translation>电离辐射</translation>
    </message>
    <message>
        <source>physical chemistry</source>
        <translation>物理化学</translation>
    </message>
    <message>
        <source>textiles</source>
        <translation>纺织</translation>
    </message>
    <message>
        <source>railways</source>
        <translation>铁路</translation>
    </message>
    <message>
        <source>meteorology</source>
        <translation>气象</translation>
    </message>
    <message>
        <source>oceanography</source>
        <translation>海洋</translation>
    </message>
    <message>
        <source>post and telecommunications</source>
        <translation>邮电</translation>
    </message>
    <message>
        <source>transport</source>
        <translation>交通运输</translation>
    </message>
    <message>
        <source>building materials</source>
        <translation>建材</translation>
    </message>
    <message>
        <source>agriculture, forestry and fishery</source>
        <translation>农林牧渔</translation>
    </message>
    <message>
        <source>the standard code must have 8 digits (JJF 1022), has %1 characters</source>
        <translation>计量标准代码应为 8 位数字（JJF 1022），实际为 %1 位</translation>
    </message>
    <message>
        <source>the standard code must be 8 digits, &apos;%1&apos; is not a digit</source>
        <translation>计量标准代码应为 8 位数字，“%1”不是数字</translation>
    </message>
    <message>
        <source>the first two digits &apos;%1&apos; are not a metrology field of JJF 1022</source>
        <translation>前两位“%1”不是 JJF 1022 规定的专业计量领域代码</translation>
    </message>
</context>
<context>
    <name>core::PostgresRepository</name>
    <message>
        <source>&apos;%1&apos; is not a PostgreSQL location; write postgresql://user@host:port/database</source>
        <translation>“%1”不是 PostgreSQL 地址，请写作 postgresql://user@host:port/database</translation>
    </message>
    <message>
        <source>the schema name &apos;%1&apos; must be lower-case letters, digits and underscores</source>
        <translation>schema 名称“%1”只能包含小写字母、数字和下划线</translation>
    </message>
    <message>
        <source>the PostgreSQL driver (QPSQL) is not installed</source>
        <translation>未安装 PostgreSQL 驱动（QPSQL）</translation>
    </message>
    <message>
        <source>cannot use the schema %1: %2</source>
        <translation>无法使用 schema %1：%2</translation>
    </message>
</context>
<context>
    <name>core::Rectification</name>
    <message>
        <source>a rectification item needs the unit it was found at</source>
        <translation>整改项需要所属的被检查单位</translation>
    </message>
    <message>
        <source>the finding is empty: say what was found</source>
        <translation>存在问题为空：请说明发现了什么问题</translation>
    </message>
    <message>
        <source>the date of the finding is missing or impossible</source>
        <translation>发现问题的日期缺失或不存在</translation>
    </message>
    <message>
        <source>the rectification deadline is missing or impossible</source>
        <translation>整改期限缺失或不存在</translation>
    </message>
    <message>
        <source>the deadline %1 is before the date of the finding %2</source>
        <translation>整改期限 %1 早于发现问题的日期 %2</translation>
    </message>
    <message>
        <source>an item is rejected at most twice, not %1 times</source>
        <translation>一项整改最多退回两次，而不是 %1 次</translation>
    </message>
    <message>
        <source>a checklist item needs the inspection record it belongs to</source>
        <translation>检查项需要其所属的检查记录</translation>
    </message>
    <message>
        <source>a rectification event needs its item</source>
        <translation>整改环节需要其所属的整改项</translation>
    </message>
    <message>
        <source>the date of the step is missing or impossible</source>
        <translation>该环节的日期缺失或不存在</translation>
    </message>
    <message>
        <source>a complaint needs the unit it is about</source>
        <translation>投诉举报需要所涉及的单位</translation>
    </message>
    <message>
        <source>the date the complaint was received is missing or impossible</source>
        <translation>投诉举报的收到日期缺失或不存在</translation>
    </message>
    <message>
        <source>the complaint&apos;s summary is empty</source>
        <translation>投诉举报的内容摘要为空</translation>
    </message>
</context>
<context>
    <name>core::RectificationBench</name>
    <message>
        <source>the workspace has no standards to find problems with</source>
        <translation>工作区中没有可发现问题的计量标准</translation>
    </message>
    <message>
        <source>adding %1 rectification items to reach %2 ...</source>
        <translation>正在添加 %1 项整改项，补足到 %2 项……</translation>
    </message>
    <message>
        <source>  %1 items</source>
        <translation>  %1 项</translation>
    </message>
    <message>
        <source>unknown scale &apos;%1&apos;</source>
        <translation>未知规模“%1”</translation>
    </message>
    <message>
        <source>generating the %1 demo workspace in %2 ...</source>
        <translation>正在 %2 中生成 %1 规模的演示工作区……</translation>
    </message>
    <message>
        <source>  %1 units, %2 standards in %3 s</source>
        <translation>  %1 家单位，%2 项计量标准，用时 %3 秒</translation>
    </message>
    <message>
        <source>  done in %1 s</source>
        <translation>  完成，用时 %1 秒</translation>
    </message>
    <message>
        <source>dashboard over %1 items (median)</source>
        <translation>计算 %1 项整改项的看板（中位数）</translation>
    </message>
    <message>
        <source>dashboard (slowest)</source>
        <translation>计算看板（最慢）</translation>
    </message>
    <message>
        <source>list filter over all items (median)</source>
        <translation>筛选全部整改项（中位数）</translation>
    </message>
    <message>
        <source>list filter (slowest)</source>
        <translation>筛选整改项（最慢）</translation>
    </message>
    <message>
        <source>export %1 items to XLSX</source>
        <translation>将 %1 项整改项导出为 XLSX</translation>
    </message>
    <message>
        <source>peak memory of the process</source>
        <translation>进程内存峰值</translation>
    </message>
    <message>
        <source>open the workspace</source>
        <translation>打开工作区</translation>
    </message>
    <message>
        <source>load %1 rectification items with their units, standards and bureaus</source>
        <translation>载入 %1 项整改项及其单位、计量标准和主持考核的市场监管部门</translation>
    </message>
</context>
<context>
    <name>core::RectificationCampaigns</name>
    <message>
        <source>Self-inspection</source>
        <translation>自查</translation>
    </message>
    <message>
        <source>On-site inspection</source>
        <translation>现场监督检查</translation>
    </message>
    <message>
        <source>Rectification</source>
        <translation>整改</translation>
    </message>
    <message>
        <source>Results and summary</source>
        <translation>结果处理和总结</translation>
    </message>
    <message>
        <source>%1 campaign (%2)</source>
        <translation>%1年专项检查（%2）</translation>
    </message>
    <message>
        <source>%1 campaign</source>
        <translation>%1年专项检查</translation>
    </message>
</context>
<context>
    <name>core::RectificationDemo</name>
    <message>
        <source>%1 rectification items in 3 campaigns (%2 still open)</source>
        <translation>3 次专项检查共 %1 项整改项（%2 项待整改）</translation>
    </message>
    <message>
        <source>%1 complaints; %2 at high risk</source>
        <translation>%1 件投诉举报；%2 为高风险单位</translation>
    </message>
</context>
<context>
    <name>core::RectificationExport</name>
    <message>
        <source>ID</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>District</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Lower bureau</source>
        <translation>下级局</translation>
    </message>
    <message>
        <source>Certificate no.</source>
        <translation>证书编号</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>计量标准</translation>
    </message>
    <message>
        <source>Metrology field</source>
        <translation>专业计量领域</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>存在问题</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>依据</translation>
    </message>
    <message>
        <source>Found on</source>
        <translation>发现日期</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <source>Rejections</source>
        <translation>退回次数</translation>
    </message>
    <message>
        <source>Reported on</source>
        <translation>报告日期</translation>
    </message>
    <message>
        <source>Unit&apos;s report</source>
        <translation>单位整改情况</translation>
    </message>
    <message>
        <source>Confirmed on</source>
        <translation>确认日期</translation>
    </message>
    <message>
        <source>Confirmed by</source>
        <translation>确认人</translation>
    </message>
    <message>
        <source>Rejected on</source>
        <translation>退回日期</translation>
    </message>
    <message>
        <source>Reason for rejection</source>
        <translation>退回理由</translation>
    </message>
    <message>
        <source>Failed on</source>
        <translation>判定不合格日期</translation>
    </message>
    <message>
        <source>Why it failed</source>
        <translation>不合格原因</translation>
    </message>
    <message>
        <source>Escalated on</source>
        <translation>查处日期</translation>
    </message>
    <message>
        <source>Case no.</source>
        <translation>案号</translation>
    </message>
    <message>
        <source>Penalty</source>
        <translation>处罚</translation>
    </message>
    <message>
        <source>Certificate cancelled</source>
        <translation>注销证书</translation>
    </message>
    <message>
        <source>Stop value transfer</source>
        <translation>停止量值传递</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>销号日期</translation>
    </message>
    <message>
        <source>Closed by</source>
        <translation>销号人</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>专项检查</translation>
    </message>
    <message>
        <source>Inspection record</source>
        <translation>检查记录</translation>
    </message>
    <message>
        <source>Checklist item</source>
        <translation>检查项</translation>
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
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Rectification</source>
        <translation>整改</translation>
    </message>
    <message>
        <source>Rectification items</source>
        <translation>整改项</translation>
    </message>
    <message>
        <source>cannot tell the format of %1: name the file .csv or .xlsx</source>
        <translation>无法判断 %1 的格式：文件名应以 .csv 或 .xlsx 结尾</translation>
    </message>
</context>
<context>
    <name>core::RectificationLifecycle</name>
    <message>
        <source>an item is created only once</source>
        <translation>整改项只能建立一次</translation>
    </message>
    <message>
        <source>the unit&apos;s report of %1 is waiting for the bureau to confirm or reject it</source>
        <translation>单位 %1 的整改报告正等待监管部门确认或退回</translation>
    </message>
    <message>
        <source>the item is already %1; there is nothing left to report</source>
        <translation>该项已是“%1”，无需再报告</translation>
    </message>
    <message>
        <source>the rectification has failed (%1); a report can no longer be accepted</source>
        <translation>已判定整改不合格（%1），不再接受整改报告</translation>
    </message>
    <message>
        <source>the unit has not reported its rectification yet (the item is %1)</source>
        <translation>单位尚未报告整改情况（该项为%1）</translation>
    </message>
    <message>
        <source>only a reported rectification can be confirmed or rejected; the item is %1</source>
        <translation>只有已报整改的项才能确认或退回；该项为%1</translation>
    </message>
    <message>
        <source>the deadline %1 has not passed yet; an item fails only after its deadline is missed</source>
        <translation>整改期限 %1 尚未届满；逾期未整改才能判定整改不合格</translation>
    </message>
    <message>
        <source>the unit has reported; reject the report instead (a second rejection makes the rectification failed)</source>
        <translation>单位已报告整改；请改为退回（第二次退回即视为整改不合格）</translation>
    </message>
    <message>
        <source>the item is %1 and cannot be declared failed</source>
        <translation>该项为%1，不能判定整改不合格</translation>
    </message>
    <message>
        <source>only a failed rectification is escalated; the item is %1</source>
        <translation>只有整改不合格的项才能依法查处；该项为%1</translation>
    </message>
    <message>
        <source>a failed rectification is closed after it was dealt with: escalate it first (case, penalty, certificate or value transfer)</source>
        <translation>整改不合格的项须依法处理后才能销号：请先查处（立案、处罚、注销证书或停止量值传递）</translation>
    </message>
    <message>
        <source>the item is already closed</source>
        <translation>该项已销号</translation>
    </message>
    <message>
        <source>the item is %1; it is closed after the bureau confirmed the rectification</source>
        <translation>该项为%1；须经监管部门确认整改后才能销号</translation>
    </message>
    <message>
        <source>unknown step</source>
        <translation>未知环节</translation>
    </message>
    <message>
        <source>enforcement case %1 filed</source>
        <translation>已立案（%1）</translation>
    </message>
    <message>
        <source>penalty: %1</source>
        <translation>处罚：%1</translation>
    </message>
    <message>
        <source>certificate cancelled</source>
        <translation>注销证书</translation>
    </message>
    <message>
        <source>ordered to stop value transfer</source>
        <translation>责令停止量值传递</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>cannot %1: %2</source>
        <translation>不能%1：%2</translation>
    </message>
    <message>
        <source>the date %1 is in the future (today is %2)</source>
        <translation>日期 %1 在今天（%2）之后</translation>
    </message>
    <message>
        <source>the date %1 is before the item&apos;s previous step on %2</source>
        <translation>日期 %1 早于该项上一环节的日期 %2</translation>
    </message>
    <message>
        <source>say what the unit did to rectify the finding</source>
        <translation>请说明单位为整改该问题做了什么</translation>
    </message>
    <message>
        <source>say why the rectification is rejected</source>
        <translation>请说明退回的理由</translation>
    </message>
    <message>
        <source>a rejection gives the unit a new deadline; none or an impossible one was given</source>
        <translation>退回须给单位新的整改期限；未给出期限或日期不存在</translation>
    </message>
    <message>
        <source>the new deadline %1 must be after the rejection on %2</source>
        <translation>新的整改期限 %1 须晚于退回日期 %2</translation>
    </message>
    <message>
        <source>rejected a second time: %1</source>
        <translation>第二次退回：%1</translation>
    </message>
    <message>
        <source>the deadline %1 passed without a report</source>
        <translation>整改期限 %1 届满仍未报告整改</translation>
    </message>
    <message>
        <source>cannot fail: on %1 the deadline %2 had not passed yet</source>
        <translation>不能判定整改不合格：%1 时整改期限 %2 尚未届满</translation>
    </message>
    <message>
        <source>name at least one measure: an enforcement case, a penalty, the certificate cancelled or an order to stop value transfer</source>
        <translation>请至少填写一项处理措施：立案、处罚、注销证书或责令停止量值传递</translation>
    </message>
    <message>
        <source>these measures are already recorded</source>
        <translation>这些处理措施已经记录过</translation>
    </message>
    <message>
        <source>create the item</source>
        <translation>建立整改项</translation>
    </message>
    <message>
        <source>record a report</source>
        <translation>记录整改报告</translation>
    </message>
    <message>
        <source>confirm</source>
        <translation>确认</translation>
    </message>
    <message>
        <source>reject</source>
        <translation>退回</translation>
    </message>
    <message>
        <source>declare it failed</source>
        <translation>判定整改不合格</translation>
    </message>
    <message>
        <source>escalate</source>
        <translation>依法查处</translation>
    </message>
    <message>
        <source>close</source>
        <translation>销号</translation>
    </message>
</context>
<context>
    <name>core::RegistryBench</name>
    <message>
        <source>cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <source>unknown scale &apos;%1&apos;</source>
        <translation>未知的规模“%1”</translation>
    </message>
    <message>
        <source>generating the %1 demo workspace in %2 ...</source>
        <translation>正在 %2 中生成 %1 规模的演示工作区…</translation>
    </message>
    <message>
        <source>  %1 units, %2 standards in %3 s</source>
        <translation>  %1 家单位、%2 项计量标准，用时 %3 秒</translation>
    </message>
    <message>
        <source>open workspace and load the registry (%1 units, %2 standards)</source>
        <translation>打开工作区并加载台账（%1 家单位、%2 项计量标准）</translation>
    </message>
    <message>
        <source>search or filter over all standards (median)</source>
        <translation>在全部计量标准中搜索或筛选（中位数）</translation>
    </message>
    <message>
        <source>search or filter over all standards (slowest)</source>
        <translation>在全部计量标准中搜索或筛选（最慢）</translation>
    </message>
    <message>
        <source>import %1 units from CSV</source>
        <translation>从 CSV 导入 %1 家单位</translation>
    </message>
    <message>
        <source>import %1 standards from CSV</source>
        <translation>从 CSV 导入 %1 项计量标准</translation>
    </message>
    <message>
        <source>peak memory of the process</source>
        <translation>进程内存峰值</translation>
    </message>
</context>
<context>
    <name>core::RiskAssessment</name>
    <message>
        <source>low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>high</source>
        <translation>高</translation>
    </message>
    <message>
        <source>findings in %1 campaigns</source>
        <translation>%1 次专项检查中均发现问题</translation>
    </message>
    <message numerus="yes">
        <source>%n failed rectifications</source>
        <translation>
            <numerusform>%n 项整改不合格</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n enforcement cases filed</source>
        <translation>
            <numerusform>立案查处 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n complaints in the last %1 years</source>
        <translation>
            <numerusform>近 %1 年投诉举报 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rectification items overdue</source>
        <translation>
            <numerusform>%n 项整改逾期</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>core::SqlFileStore</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>there is no file %1</source>
        <translation>文件 %1 不存在</translation>
    </message>
    <message>
        <source>the file %1 (%2) is missing from the file store</source>
        <translation>文件库中缺少文件 %1（%2）</translation>
    </message>
    <message>
        <source>the file %1 was altered: its content no longer has the SHA-256 %2</source>
        <translation>文件 %1 已被改动：其内容的 SHA-256 不再是 %2</translation>
    </message>
</context>
<context>
    <name>core::SqlRectificationStore</name>
    <message>
        <source>reading rectification items</source>
        <translation>读取整改项</translation>
    </message>
    <message>
        <source>the unit has %1 rectification items and %2 complaints on record, which must keep referring to it; it cannot be removed</source>
        <translation>该单位有 %1 项整改项和 %2 件投诉举报记录须保留对它的引用，不能删除</translation>
    </message>
    <message>
        <source>%1 rectification items refer to this standard and must stay on record; it cannot be removed (set its status to cancelled instead)</source>
        <translation>有 %1 项整改项涉及该计量标准且须保留记录，不能删除（可将其状态改为撤销）</translation>
    </message>
    <message>
        <source>the unit of the finding does not exist</source>
        <translation>问题所属的单位不存在</translation>
    </message>
    <message>
        <source>the standard of the finding does not exist</source>
        <translation>问题所涉的计量标准不存在</translation>
    </message>
    <message>
        <source>the standard %1 is not held by the unit of the finding</source>
        <translation>计量标准 %1 不属于问题所属的单位</translation>
    </message>
    <message>
        <source>the finding is dated %1, after today (%2)</source>
        <translation>问题的日期 %1 在今天（%2）之后</translation>
    </message>
    <message>
        <source>there is no readable file %1</source>
        <translation>没有可读取的文件 %1</translation>
    </message>
    <message>
        <source>there is no rectification item %1</source>
        <translation>没有整改项 %1</translation>
    </message>
    <message>
        <source>only an open item nothing was reported for can be removed; this one is %1 and stays on record</source>
        <translation>只能删除尚未报告整改的待整改项；该项为%1，须保留记录</translation>
    </message>
    <message>
        <source>the unit of the complaint does not exist</source>
        <translation>投诉举报所涉的单位不存在</translation>
    </message>
    <message>
        <source>the complaint is dated %1, after today (%2)</source>
        <translation>投诉举报的日期 %1 在今天（%2）之后</translation>
    </message>
    <message>
        <source>finding %1</source>
        <translation>第 %1 项问题</translation>
    </message>
    <message>
        <source>finding %1 (checklist item %2)</source>
        <translation>第 %1 项问题（检查项 %2）</translation>
    </message>
</context>
<context>
    <name>core::SqlRepository</name>
    <message>
        <source>reading %1</source>
        <translation>读取数据表 %1</translation>
    </message>
    <message>
        <source>storing a record in %1</source>
        <translation>向数据表 %1 写入记录</translation>
    </message>
    <message>
        <source>updating a record in %1</source>
        <translation>更新数据表 %1 中的记录</translation>
    </message>
    <message>
        <source>the record was changed by someone else meanwhile (revision %1, yours %2); reload it and make your change again</source>
        <translation>该记录在此期间已被他人修改（当前版本 %1，您的版本 %2）；请重新加载后再修改</translation>
    </message>
    <message>
        <source>no record %1 in %2</source>
        <translation>数据表 %2 中没有记录 %1</translation>
    </message>
    <message>
        <source>removing a record from %1</source>
        <translation>从数据表 %1 删除记录</translation>
    </message>
    <message>
        <source>cannot open the workspace %1: %2</source>
        <translation>无法打开工作区 %1：%2</translation>
    </message>
    <message>
        <source>reading the workspace id</source>
        <translation>读取工作区标识</translation>
    </message>
    <message>
        <source>storing the workspace id</source>
        <translation>保存工作区标识</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>操作失败（%1）：%2</translation>
    </message>
    <message>
        <source>starting a transaction</source>
        <translation>开始事务</translation>
    </message>
    <message>
        <source>committing the change</source>
        <translation>提交更改</translation>
    </message>
    <message>
        <source>reading the audit trail</source>
        <translation>读取审计日志</translation>
    </message>
    <message>
        <source>writing the audit trail</source>
        <translation>写入审计日志</translation>
    </message>
    <message>
        <source>the parent bureau does not exist</source>
        <translation>上级市场监管部门不存在</translation>
    </message>
    <message>
        <source>the credit code %1 already belongs to %2</source>
        <translation>信用代码 %1 已属于“%2”</translation>
    </message>
    <message>
        <source>the certificate number %1 already belongs to the standard %2</source>
        <translation>证书编号 %1 已属于计量标准“%2”</translation>
    </message>
    <message>
        <source>the holder unit does not exist</source>
        <translation>建标单位不存在</translation>
    </message>
    <message>
        <source>the issuing bureau does not exist</source>
        <translation>发证机关不存在</translation>
    </message>
    <message>
        <source>the standard of this equipment does not exist</source>
        <translation>该设备所属的计量标准不存在</translation>
    </message>
    <message>
        <source>reading equipment</source>
        <translation>读取设备</translation>
    </message>
    <message>
        <source>the serial number %1 is already used by %2 of this standard</source>
        <translation>出厂编号 %1 已被该计量标准的设备“%2”使用</translation>
    </message>
    <message>
        <source>the standard of this person does not exist</source>
        <translation>该人员所属的计量标准不存在</translation>
    </message>
    <message>
        <source>reading standards</source>
        <translation>读取计量标准</translation>
    </message>
    <message>
        <source>the bureau issued %1 standards and cannot be removed</source>
        <translation>该市场监管部门已为 %1 项计量标准发证，不能删除</translation>
    </message>
    <message>
        <source>the unit holds %1 standards; remove or reassign them first</source>
        <translation>该单位持有 %1 项计量标准；请先删除这些计量标准或将其改挂到其他单位</translation>
    </message>
    <message>
        <source>audit entry #%1 follows #%2: entries are missing</source>
        <translation>审计日志第 %1 条紧接在第 %2 条之后：中间有条目缺失</translation>
    </message>
    <message>
        <source>audit entry #%1 does not link to the entry before it: the chain is broken here</source>
        <translation>审计日志第 %1 条未与上一条相链接：哈希链在此处断开</translation>
    </message>
    <message>
        <source>audit entry #%1 (%2 %3 by %4 at %5) was altered after it was written</source>
        <translation>审计日志第 %1 条（%4 于 %5 对 %3 执行 %2）在写入后被篡改</translation>
    </message>
    <message>
        <source>%1 %2 was added outside MetInspect: no audit entry records it</source>
        <translation>%1 %2 是在 MetInspect 之外添加的：没有审计日志记录它</translation>
    </message>
    <message>
        <source>%1 %2 was deleted by audit entry #%3 but is stored again</source>
        <translation>%1 %2 已由审计日志第 %3 条删除，却仍在存储中出现</translation>
    </message>
    <message>
        <source>%1 %2 was changed outside MetInspect: it differs from audit entry #%3 (%4 by %5 at %6)</source>
        <translation>%1 %2 在 MetInspect 之外被修改：与审计日志第 %3 条（%5 于 %6 执行 %4）不一致</translation>
    </message>
    <message>
        <source>%1 %2 was deleted outside MetInspect: audit entry #%3 says it exists</source>
        <translation>%1 %2 在 MetInspect 之外被删除：按审计日志第 %3 条它应当存在</translation>
    </message>
    <message>
        <source>%1 records are not removed through the registry</source>
        <translation>%1 记录不能通过台账删除</translation>
    </message>
</context>
<context>
    <name>core::SqliteRepository</name>
    <message>
        <source>%1 is a folder, not a workspace file</source>
        <translation>%1 是文件夹，不是工作区文件</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
    <message>
        <source>cannot switch %1 to WAL: %2</source>
        <translation>无法将 %1 切换为 WAL 模式：%2</translation>
    </message>
    <message>
        <source>%1 is not a MetInspect workspace or cannot be written (journal mode %2)</source>
        <translation>%1 不是 MetInspect 工作区，或无法写入（日志模式 %2）</translation>
    </message>
    <message>
        <source>cannot configure %1: %2</source>
        <translation>无法配置 %1：%2</translation>
    </message>
</context>
<context>
    <name>core::TextDecoding</name>
    <message>
        <source>the file is UTF-16 text; save it as &quot;CSV UTF-8&quot; or &quot;CSV&quot; and import that</source>
        <translation>该文件是 UTF-16 文本；请另存为“CSV UTF-8（逗号分隔）”或“CSV（逗号分隔）”后再导入</translation>
    </message>
    <message>
        <source>bytes %1 are not UTF-8, although the file starts with a UTF-8 byte order mark</source>
        <translation>文件以 UTF-8 字节顺序标记（BOM）开头，但字节 %1 不是 UTF-8 编码</translation>
    </message>
    <message>
        <source>bytes %1 are neither UTF-8 nor GB18030; save the file as &quot;CSV UTF-8&quot; and import it again</source>
        <translation>字节 %1 既不是 UTF-8 也不是 GB18030 编码；请将文件另存为“CSV UTF-8（逗号分隔）”后重新导入</translation>
    </message>
</context>
<context>
    <name>core::XlsxWriter</name>
    <message>
        <source>a workbook needs at least one sheet</source>
        <translation>工作簿至少需要一个工作表</translation>
    </message>
    <message>
        <source>the folder of %1 does not exist</source>
        <translation>%1 所在的文件夹不存在</translation>
    </message>
    <message>
        <source>cannot create the workbook %1</source>
        <translation>无法建立工作簿 %1</translation>
    </message>
    <message>
        <source>cannot write the workbook %1: %2</source>
        <translation>无法写入工作簿 %1：%2</translation>
    </message>
    <message>
        <source>cannot replace %1</source>
        <translation>无法替换 %1</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
</context>
<context>
    <name>core::migrations</name>
    <message>
        <source>cannot create the schema_version table: %1</source>
        <translation>无法创建 schema_version 表：%1</translation>
    </message>
    <message>
        <source>cannot read the schema version: %1</source>
        <translation>无法读取数据库结构版本：%1</translation>
    </message>
    <message>
        <source>the workspace has schema version %1, newer than this program knows (%2); install a newer MetInspect</source>
        <translation>工作区的数据库结构版本为 %1，高于本程序支持的版本（%2）；请安装较新版本的 MetInspect</translation>
    </message>
    <message>
        <source>migration to schema version %1 failed and was rolled back: %2</source>
        <translation>迁移到数据库结构版本 %1 失败，已回滚：%2</translation>
    </message>
</context>
<context>
    <name>core::validation</name>
    <message>
        <source>the bureau name is empty</source>
        <translation>市场监管部门名称为空</translation>
    </message>
    <message>
        <source>the region code must be 6 digits, not &apos;%1&apos;</source>
        <translation>行政区划代码应为 6 位数字，而不是“%1”</translation>
    </message>
    <message>
        <source>a bureau cannot be its own parent</source>
        <translation>市场监管部门不能以自身为上级</translation>
    </message>
    <message>
        <source>the unit name is empty</source>
        <translation>单位名称为空</translation>
    </message>
    <message>
        <source>the credit code must be stored normalised as &apos;%1&apos;</source>
        <translation>信用代码必须按规范形式“%1”保存</translation>
    </message>
    <message>
        <source>the certificate number is empty</source>
        <translation>证书编号为空</translation>
    </message>
    <message>
        <source>the standard name is empty</source>
        <translation>计量标准名称为空</translation>
    </message>
    <message>
        <source>the standard has no holder unit</source>
        <translation>计量标准没有建标单位</translation>
    </message>
    <message>
        <source>the issue date is missing or impossible</source>
        <translation>发证日期缺失或无效</translation>
    </message>
    <message>
        <source>the expiry date is missing or impossible</source>
        <translation>有效期截止日期缺失或无效</translation>
    </message>
    <message>
        <source>the expiry date %1 is not after the issue date %2</source>
        <translation>有效期截止日期 %1 不晚于发证日期 %2</translation>
    </message>
    <message>
        <source>&apos;expired&apos; follows from the expiry date and cannot be stored as a status</source>
        <translation>“过期”由有效期推算得出，不能作为状态保存</translation>
    </message>
    <message>
        <source>the equipment belongs to no standard</source>
        <translation>该设备不属于任何计量标准</translation>
    </message>
    <message>
        <source>the equipment name is empty</source>
        <translation>设备名称为空</translation>
    </message>
    <message>
        <source>the traceability due date %1 is before the traceability date %2</source>
        <translation>溯源有效期至 %1 早于溯源日期 %2</translation>
    </message>
    <message>
        <source>the person belongs to no standard</source>
        <translation>该人员不属于任何计量标准</translation>
    </message>
    <message>
        <source>the person&apos;s name is empty</source>
        <translation>人员姓名为空</translation>
    </message>
</context>
<context>
    <name>core::vocab</name>
    <message>
        <source>national</source>
        <translation>国家级</translation>
    </message>
    <message>
        <source>province</source>
        <translation>省级</translation>
    </message>
    <message>
        <source>city</source>
        <translation>市级</translation>
    </message>
    <message>
        <source>district</source>
        <translation>区县级</translation>
    </message>
    <message>
        <source>development zone</source>
        <translation>开发区</translation>
    </message>
    <message>
        <source>station</source>
        <translation>市场监管所</translation>
    </message>
    <message>
        <source>social public standard</source>
        <translation>社会公用计量标准</translation>
    </message>
    <message>
        <source>department highest standard</source>
        <translation>部门最高计量标准</translation>
    </message>
    <message>
        <source>enterprise/institution highest standard</source>
        <translation>企事业单位最高计量标准</translation>
    </message>
    <message>
        <source>enterprise self-managed standard</source>
        <translation>企业自主管理最高计量标准</translation>
    </message>
    <message>
        <source>in use</source>
        <translation>在用</translation>
    </message>
    <message>
        <source>sealed</source>
        <translation>封存</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>过期</translation>
    </message>
    <message>
        <source>standard instrument</source>
        <translation>计量标准器</translation>
    </message>
    <message>
        <source>supporting equipment</source>
        <translation>配套设备</translation>
    </message>
    <message>
        <source>food safety</source>
        <translation>食品安全</translation>
    </message>
    <message>
        <source>production safety</source>
        <translation>生产安全</translation>
    </message>
    <message>
        <source>ecological environment</source>
        <translation>生态环境</translation>
    </message>
    <message>
        <source>medical and health</source>
        <translation>医疗卫生</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>nonconformity</source>
        <translation>不合格项</translation>
    </message>
    <message>
        <source>defect</source>
        <translation>缺陷项</translation>
    </message>
    <message>
        <source>open</source>
        <translation>待整改</translation>
    </message>
    <message>
        <source>reported</source>
        <translation>已报整改</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>已退回</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>整改不合格</translation>
    </message>
    <message>
        <source>escalated</source>
        <translation>已查处</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>已销号</translation>
    </message>
    <message>
        <source>ordered to rectify</source>
        <translation>下达整改</translation>
    </message>
    <message>
        <source>rectification reported</source>
        <translation>单位报告整改</translation>
    </message>
    <message>
        <source>declared failed</source>
        <translation>判定整改不合格</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>整改中</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>逾期未改</translation>
    </message>
    <message>
        <source>rectified</source>
        <translation>整改合格</translation>
    </message>
    <message>
        <source>being checked</source>
        <translation>待核实</translation>
    </message>
    <message>
        <source>substantiated</source>
        <translation>属实</translation>
    </message>
    <message>
        <source>unfounded</source>
        <translation>不属实</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Cannot open the workspace</source>
        <translation>无法打开工作区</translation>
    </message>
    <message>
        <source>The workspace %1 cannot be opened:
%2</source>
        <translation>无法打开工作区 %1：
%2</translation>
    </message>
</context>
<context>
    <name>print::DocumentPrinter</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页 共 %2 页</translation>
    </message>
    <message>
        <source>printing needs a QGuiApplication</source>
        <translation>打印需要 QGuiApplication</translation>
    </message>
    <message>
        <source>there is nothing to print</source>
        <translation>没有可打印的内容</translation>
    </message>
    <message>
        <source>cannot start printing</source>
        <translation>无法开始打印</translation>
    </message>
    <message>
        <source>cannot start a new page</source>
        <translation>无法开始新的一页</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
</context>
<context>
    <name>print::RectificationDocuments</name>
    <message>
        <source>the template of the order to correct is missing</source>
        <translation>缺少责令改正通知书的模板</translation>
    </message>
    <message numerus="yes">
        <source>%n items of the unit are not closed yet (the first: “%1”, %2); the confirmation is printed once every item is closed</source>
        <translation>
            <numerusform>该单位还有 %n 项未销号（第一项：“%1”，%2）；全部销号后才能打印确认书</numerusform>
        </translation>
    </message>
    <message>
        <source>the template of the confirmation is missing</source>
        <translation>缺少整改情况确认书的模板</translation>
    </message>
</context>
<context>
    <name>ui::ComplaintDialog</name>
    <message>
        <source>Record a complaint</source>
        <translation>记录投诉举报</translation>
    </message>
    <message>
        <source>12315 hotline, letter, online platform, visit</source>
        <translation>12315 热线、来信、网上投诉平台、来访</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>单位(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Received on:</source>
        <translation>收到日期(&amp;R)：</translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation>来源(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>内容摘要(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Verdict:</source>
        <translation>核实结论(&amp;V)：</translation>
    </message>
    <message>
        <source>choose the unit from the list</source>
        <translation>请从列表中选择单位</translation>
    </message>
</context>
<context>
    <name>ui::DetailHtml</name>
    <message>
        <source>Certificate no.</source>
        <translation>证书编号</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>计量标准代码</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>发证日期</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>Issuing bureau</source>
        <translation>发证机关</translation>
    </message>
    <message>
        <source>Measuring range</source>
        <translation>测量范围</translation>
    </message>
    <message>
        <source>Uncertainty / accuracy</source>
        <translation>不确定度/准确度</translation>
    </message>
    <message>
        <source>Person in charge</source>
        <translation>计量标准负责人</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>建标单位</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位名称</translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>District</source>
        <translation>所属区域</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Focus areas</source>
        <translation>重点领域</translation>
    </message>
    <message>
        <source>Standard instruments and supporting equipment (%1)</source>
        <translation>计量标准器及配套设备（%1）</translation>
    </message>
    <message>
        <source>No equipment recorded.</source>
        <translation>未登记设备。</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>已超期</translation>
    </message>
    <message>
        <source>due soon</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <source>range %1</source>
        <translation>测量范围 %1</translation>
    </message>
    <message>
        <source>Traceability:</source>
        <translation>溯源：</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>未登记</translation>
    </message>
    <message>
        <source>due</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>Personnel (%1)</source>
        <translation>人员（%1）</translation>
    </message>
    <message>
        <source>No personnel recorded.</source>
        <translation>未登记人员。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>Competence evidence</source>
        <translation>能力证明</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>Revision %1, last changed %2</source>
        <translation>版本 %1，最后修改于 %2</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Measurement standards held (%1)</source>
        <translation>所持计量标准（%1）</translation>
    </message>
    <message>
        <source>This unit holds no standard.</source>
        <translation>该单位未持有计量标准。</translation>
    </message>
    <message>
        <source>Standard name</source>
        <translation>计量标准名称</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>专业计量领域</translation>
    </message>
</context>
<context>
    <name>ui::ImportDialog</name>
    <message>
        <source>Import CSV</source>
        <translation>导入 CSV</translation>
    </message>
    <message>
        <source>Standard holders (units)</source>
        <translation>建标单位</translation>
    </message>
    <message>
        <source>Measurement standards</source>
        <translation>计量标准</translation>
    </message>
    <message>
        <source>Standard instruments and supporting equipment</source>
        <translation>计量标准器及配套设备</translation>
    </message>
    <message>
        <source>Personnel</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>A .csv file saved from Excel or WPS (UTF-8 or GB18030)</source>
        <translation>由 Excel 或 WPS 保存的 .csv 文件（UTF-8 或 GB18030）</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Contents:</source>
        <translation>内容(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>%v of %m rows</source>
        <translation>%v / %m 行</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>取消导入</translation>
    </message>
    <message>
        <source>&amp;Copy problems</source>
        <translation>复制问题列表(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>Choose a CSV file</source>
        <translation>选择 CSV 文件</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Choose what the file contains and the file.</source>
        <translation>请选择文件内容和文件。</translation>
    </message>
    <message>
        <source>Encoding: %1 · %2 data rows · %3 columns</source>
        <translation>编码：%1 · %2 行数据 · %3 列</translation>
    </message>
    <message>
        <source>(ignored)</source>
        <translation>（忽略）</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <source>the import did not run</source>
        <translation>导入未执行</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was stored.</source>
        <translation>导入已取消，未保存任何数据。</translation>
    </message>
    <message>
        <source>The import failed; nothing was stored.</source>
        <translation>导入失败，未保存任何数据。</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: the file has %n problem(s). Correct them and import again.</source>
        <translation>
            <numerusform>未导入任何数据：文件中有 %n 个问题。请更正后重新导入。</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported %1 rows: created %2, updated %3, unchanged %4.</source>
        <translation>已导入 %1 行：新建 %2 条，更新 %3 条，未变 %4 条。</translation>
    </message>
</context>
<context>
    <name>ui::MainWindow</name>
    <message>
        <source>MetInspect — Measurement Standards Supervision</source>
        <translation>MetInspect — 计量监督检查工作站</translation>
    </message>
    <message>
        <source>Available in a later version</source>
        <translation>将在后续版本中提供</translation>
    </message>
    <message>
        <source>Registry</source>
        <translation>台账</translation>
    </message>
    <message>
        <source>Standard holders and measurement standards</source>
        <translation>建标单位和计量标准</translation>
    </message>
    <message>
        <source>History log</source>
        <translation>计量标准履历书</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>专项监督检查</translation>
    </message>
    <message>
        <source>On-site inspection</source>
        <translation>现场监督检查</translation>
    </message>
    <message>
        <source>Rectification</source>
        <translation>整改</translation>
    </message>
    <message>
        <source>Statistics &amp; export</source>
        <translation>统计与导出</translation>
    </message>
    <message>
        <source>Verification bodies</source>
        <translation>检定机构</translation>
    </message>
    <message>
        <source>Accounts &amp; security</source>
        <translation>账户与安全</translation>
    </message>
    <message>
        <source>In later versions</source>
        <translation>后续版本提供</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>导入 CSV(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Open workspace…</source>
        <translation>打开工作区(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤消(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>New &amp;unit…</source>
        <translation>新建单位(&amp;U)…</translation>
    </message>
    <message>
        <source>New &amp;standard…</source>
        <translation>新建计量标准(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>Edit the selected record (Ctrl+E, or Enter / double-click on a row)</source>
        <translation>编辑所选记录（Ctrl+E，或在行上按 Enter / 双击）</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <source>Standard &amp;holders</source>
        <translation>建标单位(&amp;H)</translation>
    </message>
    <message>
        <source>Measurement &amp;standards</source>
        <translation>计量标准(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Clear search and filters</source>
        <translation>清除搜索和筛选条件(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>重新加载(&amp;R)</translation>
    </message>
    <message>
        <source>Cannot load the registry</source>
        <translation>无法加载台账</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About MetInspect</source>
        <translation>关于 MetInspect(&amp;A)</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>工作区：%1</translation>
    </message>
    <message>
        <source>PostgreSQL</source>
        <translation>PostgreSQL</translation>
    </message>
    <message>
        <source>SQLite</source>
        <translation>SQLite</translation>
    </message>
    <message>
        <source>%1 units · %2 standards (%3 shown) · %4 expired · %5 expiring within 6 months</source>
        <translation>%1 家单位 · %2 项计量标准（显示 %3 项）· %4 项已过期 · %5 项 6 个月内到期</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>打开工作区</translation>
    </message>
    <message>
        <source>MetInspect workspaces (*.metinspect);;All files (*)</source>
        <translation>MetInspect 工作区 (*.metinspect);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Cannot open the workspace</source>
        <translation>无法打开工作区</translation>
    </message>
    <message>
        <source>About MetInspect</source>
        <translation>关于 MetInspect</translation>
    </message>
    <message>
        <source>MetInspect %1 — workstation for the supervision of measurement standards (计量监督检查工作站).

Workspace: %2 (%3, schema version %4)</source>
        <translation>MetInspect %1 — 计量监督检查工作站，用于计量标准的监督检查。

工作区：%2（%3，数据库结构版本 %4）</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>The language changes the next time MetInspect starts.</source>
        <translation>语言将在下次启动 MetInspect 时生效。</translation>
    </message>
    <message>
        <source>The history log of each standard and what is due or overdue</source>
        <translation>每项计量标准的履历书，以及到期和超期事项</translation>
    </message>
    <message>
        <source>Special inspection campaigns, self-inspection and sampling</source>
        <translation>专项监督检查、自查与抽查</translation>
    </message>
    <message>
        <source>Checklists, evidence, signatures and the printed table</source>
        <translation>检查表、现场取证、签字与打印检查表</translation>
    </message>
    <message>
        <source>Rectification of nonconformities and the dashboard</source>
        <translation>不合格项整改跟踪与工作看板</translation>
    </message>
    <message>
        <source>Statistics table, export to the bureau and merging</source>
        <translation>统计表、向局端报送与数据汇总</translation>
    </message>
    <message>
        <source>Authorized institutions and self-committed enterprises</source>
        <translation>计量授权机构与承诺制企业</translation>
    </message>
    <message>
        <source>Users, roles, audit trail and backups</source>
        <translation>用户、角色、审计日志与备份</translation>
    </message>
    <message>
        <source>Cannot load the workspace</source>
        <translation>无法加载工作区</translation>
    </message>
</context>
<context>
    <name>ui::NewItemDialog</name>
    <message>
        <source>New rectification item</source>
        <translation>新建整改项</translation>
    </message>
    <message>
        <source>What was found on site</source>
        <translation>现场发现的问题</translation>
    </message>
    <message>
        <source>e.g. JJF 1033 溯源性要求</source>
        <translation>例如 JJF 1033 溯源性要求</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>单位(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Standard:</source>
        <translation>计量标准(&amp;S)：</translation>
    </message>
    <message>
        <source>Se&amp;verity:</source>
        <translation>类别(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Finding:</source>
        <translation>存在问题(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Basis:</source>
        <translation>依据(&amp;B)：</translation>
    </message>
    <message>
        <source>Found &amp;on:</source>
        <translation>发现日期(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Deadline:</source>
        <translation>整改期限(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Campaign:</source>
        <translation>专项检查(&amp;C)：</translation>
    </message>
    <message>
        <source>(the unit as a whole)</source>
        <translation>（单位整体）</translation>
    </message>
    <message>
        <source>choose the unit from the list</source>
        <translation>请从列表中选择单位</translation>
    </message>
</context>
<context>
    <name>ui::RecordCommands</name>
    <message>
        <source>Add unit “%1”</source>
        <translation>添加单位“%1”</translation>
    </message>
    <message>
        <source>Edit unit “%1”</source>
        <translation>编辑单位“%1”</translation>
    </message>
    <message>
        <source>Add standard “%1”</source>
        <translation>添加计量标准“%1”</translation>
    </message>
    <message>
        <source>Edit standard “%1”</source>
        <translation>编辑计量标准“%1”</translation>
    </message>
    <message>
        <source>Delete unit “%1”</source>
        <translation>删除单位“%1”</translation>
    </message>
    <message>
        <source>Delete standard “%1”</source>
        <translation>删除计量标准“%1”</translation>
    </message>
    <message>
        <source>Cannot undo or redo</source>
        <translation>无法撤消或重做</translation>
    </message>
    <message>
        <source>“%1” could not be done: %2</source>
        <translation>无法完成“%1”：%2</translation>
    </message>
</context>
<context>
    <name>ui::RectificationDashboard</name>
    <message>
        <source>All campaigns</source>
        <translation>全部专项检查</translation>
    </message>
    <message>
        <source>by district</source>
        <translation>按区域</translation>
    </message>
    <message>
        <source>by lower bureau</source>
        <translation>按下级局</translation>
    </message>
    <message>
        <source>&amp;Campaign:</source>
        <translation>专项检查(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>分组(&amp;G)：</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>天数</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>存在问题</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <source>Items by district</source>
        <translation>各区域整改项</translation>
    </message>
    <message>
        <source>Items by lower bureau</source>
        <translation>各下级局整改项</translation>
    </message>
    <message>
        <source>Items by metrology field</source>
        <translation>各专业计量领域整改项</translation>
    </message>
    <message>
        <source>Items by severity</source>
        <translation>按问题类别的整改项</translation>
    </message>
    <message>
        <source>%1 items</source>
        <translation>共 %1 项</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%2 %1</translation>
    </message>
    <message>
        <source>as of %1 · %2 units, %3 standards with problems · %4 nonconformities, %5 defects</source>
        <translation>截至 %1 · 存在问题的单位 %2 家、计量标准 %3 项 · 不合格项 %4 项、缺陷项 %5 项</translation>
    </message>
    <message>
        <source>Status of the items</source>
        <translation>整改项状态分布</translation>
    </message>
    <message>
        <source>%1 (the %2 with most items of %3)</source>
        <translation>%1（%3 个中整改项最多的 %2 个）</translation>
    </message>
    <message>
        <source>Items found, decided (confirmed or failed) and closed, by week</source>
        <translation>按周累计的发现、判定（确认或不合格）和销号数</translation>
    </message>
    <message>
        <source>Items found, decided (confirmed or failed) and closed, by day</source>
        <translation>按日累计的发现、判定（确认或不合格）和销号数</translation>
    </message>
    <message>
        <source>found</source>
        <translation>发现</translation>
    </message>
    <message>
        <source>decided</source>
        <translation>判定</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>已销号</translation>
    </message>
    <message numerus="yes">
        <source>Overdue: %n items (double-click to open)</source>
        <translation>
            <numerusform>逾期：%n 项（双击打开）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui::RectificationHtml</name>
    <message numerus="yes">
        <source>overdue by %n days</source>
        <translation>
            <numerusform>已逾期 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>District</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>计量标准</translation>
    </message>
    <message>
        <source>the unit as a whole</source>
        <translation>单位整体</translation>
    </message>
    <message>
        <source>Lower bureau</source>
        <translation>下级局</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>依据</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>发现日期</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <source>(new deadline after a rejection)</source>
        <translation>（退回后的新期限）</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>专项检查</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>已报告</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>整改不合格</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>处理措施</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已销号</translation>
    </message>
    <message>
        <source>History</source>
        <translation>处理经过</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>环节</translation>
    </message>
    <message>
        <source>By</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>deadline %1</source>
        <translation>期限 %1</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证明材料</translation>
    </message>
    <message>
        <source>%1 KB, SHA-256 %2…</source>
        <translation>%1 KB，SHA-256 %2…</translation>
    </message>
    <message>
        <source>Problem list: %1 of %2 items closed.</source>
        <translation>问题清单：%2 项中已销号 %1 项。</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>存在问题</translation>
    </message>
    <message>
        <source>%1 risk (%2 points)</source>
        <translation>%1风险（%2 分）</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投诉举报</translation>
    </message>
    <message>
        <source>No complaints recorded.</source>
        <translation>没有投诉举报记录。</translation>
    </message>
</context>
<context>
    <name>ui::RectificationListTab</name>
    <message>
        <source>&amp;Report…</source>
        <translation>报告整改(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Confirm…</source>
        <translation>确认(&amp;C)…</translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation>退回(&amp;J)…</translation>
    </message>
    <message>
        <source>Mark &amp;failed…</source>
        <translation>判定不合格(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Escalate…</source>
        <translation>依法查处(&amp;E)…</translation>
    </message>
    <message>
        <source>C&amp;lose (销号)…</source>
        <translation>销号(&amp;L)…</translation>
    </message>
    <message>
        <source>Attach &amp;evidence…</source>
        <translation>附加证明材料(&amp;E)…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>Remove an open item entered by mistake</source>
        <translation>删除误录的待整改项</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Search unit, standard, finding or case no.</source>
        <translation>搜索单位、计量标准、问题或案号</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Stage: %1</source>
        <translation>阶段：%1</translation>
    </message>
    <message>
        <source>&amp;Overdue only</source>
        <translation>只看逾期(&amp;O)</translation>
    </message>
    <message>
        <source>All severities</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>All fields</source>
        <translation>全部领域</translation>
    </message>
    <message>
        <source>(no standard)</source>
        <translation>（不涉及计量标准）</translation>
    </message>
    <message>
        <source>All campaigns</source>
        <translation>全部专项检查</translation>
    </message>
    <message>
        <source>All districts</source>
        <translation>全部区域</translation>
    </message>
    <message>
        <source>All lower bureaus</source>
        <translation>全部下级局</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>全部单位</translation>
    </message>
    <message>
        <source>Show every date again</source>
        <translation>不再按日期筛选</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <source>&amp;New item…</source>
        <translation>新建整改项(&amp;N)…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <source>Export the items shown to an Excel workbook (.xlsx) or CSV</source>
        <translation>将显示的整改项导出为 Excel 工作簿（.xlsx）或 CSV</translation>
    </message>
    <message>
        <source>(no district)</source>
        <translation>（未填区域）</translation>
    </message>
    <message>
        <source>Found %1</source>
        <translation>发现于 %1</translation>
    </message>
    <message>
        <source>Decided %1</source>
        <translation>判定于 %1</translation>
    </message>
    <message>
        <source>Closed %1</source>
        <translation>销号于 %1</translation>
    </message>
    <message>
        <source>No rectification items yet. They come from signed on-site inspections, or enter one with New item.</source>
        <translation>还没有整改项。整改项来自签字确认的现场检查，也可以用“新建整改项”录入。</translation>
    </message>
    <message>
        <source>Select an item to see its history and take its next step.</source>
        <translation>选择一项整改项，查看处理经过并办理下一环节。</translation>
    </message>
    <message>
        <source>Attach evidence</source>
        <translation>附加证明材料</translation>
    </message>
    <message>
        <source>Scans and photos (*.pdf *.jpg *.jpeg *.png *.tif *.tiff);;All files (*)</source>
        <translation>扫描件和照片 (*.pdf *.jpg *.jpeg *.png *.tif *.tiff);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Cannot attach the file</source>
        <translation>无法附加文件</translation>
    </message>
    <message>
        <source>Remove item</source>
        <translation>删除整改项</translation>
    </message>
    <message>
        <source>Remove the item “%1” of %2, entered by mistake?</source>
        <translation>删除 %2 误录的整改项“%1”？</translation>
    </message>
    <message>
        <source>Cannot remove the item</source>
        <translation>无法删除整改项</translation>
    </message>
    <message>
        <source>Export rectification items</source>
        <translation>导出整改项</translation>
    </message>
    <message>
        <source>rectification-%1.xlsx</source>
        <translation>整改清单-%1.xlsx</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV，UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Exported %1 items to %2.</source>
        <translation>已将 %1 项整改项导出到 %2。</translation>
    </message>
    <message>
        <source>Exporting %1 items…</source>
        <translation>正在导出 %1 项整改项…</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>无法导出</translation>
    </message>
</context>
<context>
    <name>ui::RectificationPage</name>
    <message>
        <source>The day overdue is judged on; the dashboard leaves out items found after it</source>
        <translation>判断是否逾期的日期；看板不计该日之后发现的问题</translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation>统计日期(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>今天(&amp;T)</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>看板</translation>
    </message>
    <message>
        <source>Rectification list</source>
        <translation>整改清单</translation>
    </message>
    <message>
        <source>Problem list per unit</source>
        <translation>单位问题清单</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>风险</translation>
    </message>
    <message>
        <source>Cannot load the rectification items</source>
        <translation>无法载入整改项</translation>
    </message>
    <message>
        <source>Cannot assess the risk</source>
        <translation>无法评估风险</translation>
    </message>
    <message>
        <source>Cannot update the rectification items</source>
        <translation>无法更新整改项</translation>
    </message>
</context>
<context>
    <name>ui::RectificationTableModel</name>
    <message>
        <source>(unit as a whole)</source>
        <translation>（单位整体）</translation>
    </message>
    <message>
        <source>%1 (rejected %2×)</source>
        <translation>%1（退回 %2 次）</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>ID</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>District</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>计量标准</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>领域</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>存在问题</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>发现日期</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>专项检查</translation>
    </message>
    <message>
        <source>Lower bureau</source>
        <translation>下级局</translation>
    </message>
</context>
<context>
    <name>ui::RectificationUnitsTab</name>
    <message>
        <source>Search unit or credit code</source>
        <translation>搜索单位或统一社会信用代码</translation>
    </message>
    <message>
        <source>Each unit&apos;s latest campaign</source>
        <translation>各单位最近一次专项检查</translation>
    </message>
    <message>
        <source>All campaigns</source>
        <translation>全部专项检查</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>District</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>整改项</translation>
    </message>
    <message>
        <source>Awaiting</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已销号</translation>
    </message>
    <message>
        <source>&amp;Print order to correct…</source>
        <translation>打印责令改正通知书(&amp;P)…</translation>
    </message>
    <message>
        <source>Save order as PDF…</source>
        <translation>将通知书存为 PDF…</translation>
    </message>
    <message>
        <source>Print &amp;confirmation…</source>
        <translation>打印整改确认书(&amp;C)…</translation>
    </message>
    <message>
        <source>Save confirmation as PDF…</source>
        <translation>将确认书存为 PDF…</translation>
    </message>
    <message>
        <source>Close &amp;confirmed items (销号)</source>
        <translation>已确认项销号(&amp;C)</translation>
    </message>
    <message>
        <source>Show in the &amp;list</source>
        <translation>在整改清单中显示(&amp;L)</translation>
    </message>
    <message>
        <source>Select a unit to see its problem list and print its documents.</source>
        <translation>选择一家单位，查看其问题清单并打印文书。</translation>
    </message>
    <message>
        <source>The confirmation is printed once every item is closed</source>
        <translation>全部整改项销号后才能打印确认书</translation>
    </message>
    <message>
        <source>select a unit first</source>
        <translation>请先选择单位</translation>
    </message>
    <message>
        <source>the unit no longer exists</source>
        <translation>该单位已不存在</translation>
    </message>
    <message>
        <source>Cannot print</source>
        <translation>无法打印</translation>
    </message>
    <message>
        <source>Cannot save the PDF</source>
        <translation>无法保存 PDF</translation>
    </message>
    <message>
        <source>confirmation-%1.pdf</source>
        <translation>整改情况确认书-%1.pdf</translation>
    </message>
    <message>
        <source>order-to-correct-%1.pdf</source>
        <translation>责令改正通知书-%1.pdf</translation>
    </message>
    <message>
        <source>Save the confirmation</source>
        <translation>保存整改情况确认书</translation>
    </message>
    <message>
        <source>Save the order to correct</source>
        <translation>保存责令改正通知书</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Close confirmed items</source>
        <translation>已确认项销号</translation>
    </message>
    <message numerus="yes">
        <source>Close (销号) the %n confirmed items of this unit?</source>
        <translation>
            <numerusform>将该单位已确认的 %n 项整改项销号？</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot close the items</source>
        <translation>无法销号</translation>
    </message>
</context>
<context>
    <name>ui::RegistryPage</name>
    <message>
        <source>Standard holders (units)</source>
        <translation>建标单位</translation>
    </message>
    <message>
        <source>Measurement standards</source>
        <translation>计量标准</translation>
    </message>
    <message>
        <source>Cannot load the registry</source>
        <translation>无法加载台账</translation>
    </message>
    <message>
        <source>Cannot update the registry</source>
        <translation>无法更新台账</translation>
    </message>
    <message>
        <source>Select a standard to see its certificate, holder, equipment and personnel.</source>
        <translation>选择一项计量标准，查看其证书、建标单位、设备和人员。</translation>
    </message>
    <message>
        <source>Select a unit to see its details and the standards it holds.</source>
        <translation>选择一家单位，查看其详细信息和所持计量标准。</translation>
    </message>
    <message>
        <source>The registry is empty. Import the bureau&apos;s lists with File → Import CSV (Ctrl+I), or add a unit with Edit → New unit.</source>
        <translation>台账为空。请通过“文件 → 导入 CSV”（Ctrl+I）导入本局的清单，或通过“编辑 → 新建单位”添加单位。</translation>
    </message>
    <message>
        <source>Cannot edit the unit</source>
        <translation>无法编辑该单位</translation>
    </message>
    <message>
        <source>the unit no longer exists</source>
        <translation>该单位已不存在</translation>
    </message>
    <message>
        <source>Cannot edit the standard</source>
        <translation>无法编辑该计量标准</translation>
    </message>
    <message>
        <source>the standard no longer exists</source>
        <translation>该计量标准已不存在</translation>
    </message>
    <message>
        <source>Delete unit</source>
        <translation>删除单位</translation>
    </message>
    <message>
        <source>Delete the unit “%1” (%2) from the registry?</source>
        <translation>确定从台账中删除单位“%1”（%2）吗？</translation>
    </message>
    <message>
        <source>Cannot delete the unit</source>
        <translation>无法删除该单位</translation>
    </message>
    <message>
        <source>Cannot delete the standard</source>
        <translation>无法删除该计量标准</translation>
    </message>
    <message>
        <source>Delete standard</source>
        <translation>删除计量标准</translation>
    </message>
    <message>
        <source>Delete the standard “%1” (certificate %2) with its %3 equipment records and %4 personnel records?</source>
        <translation>确定删除计量标准“%1”（证书编号 %2）及其 %3 条设备记录和 %4 条人员记录吗？</translation>
    </message>
</context>
<context>
    <name>ui::RegistryTab</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>ui::RiskTab</name>
    <message>
        <source>Medium and high risk</source>
        <translation>中、高风险</translation>
    </message>
    <message>
        <source>High risk only</source>
        <translation>只看高风险</translation>
    </message>
    <message>
        <source>Every unit with points</source>
        <translation>所有有分值的单位</translation>
    </message>
    <message>
        <source>Record a &amp;complaint…</source>
        <translation>记录投诉举报(&amp;C)…</translation>
    </message>
    <message>
        <source>Show the unit&apos;s &amp;items</source>
        <translation>显示该单位的整改项(&amp;I)</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>风险</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>分值</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>District</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message numerus="yes">
        <source>%n units</source>
        <translation>
            <numerusform>%n 家单位</numerusform>
        </translation>
    </message>
    <message>
        <source>Units with findings in several campaigns, failed rectifications, enforcement cases, complaints or overdue items are listed here, the highest risk first. Select one to see why.</source>
        <translation>这里列出多次检查发现问题、整改不合格、被立案查处、有投诉举报或整改逾期的单位，风险最高的在前。选择一家单位查看原因。</translation>
    </message>
</context>
<context>
    <name>ui::StandardDialog</name>
    <message>
        <source>Edit measurement standard</source>
        <translation>编辑计量标准</translation>
    </message>
    <message>
        <source>New measurement standard</source>
        <translation>新建计量标准</translation>
    </message>
    <message>
        <source>e.g. [2021]津量标企证字第0123号</source>
        <translation>例如 [2021]津量标企证字第0123号</translation>
    </message>
    <message>
        <source>8 digits (JJF 1022)</source>
        <translation>8 位数字（JJF 1022）</translation>
    </message>
    <message>
        <source>Type part of the unit&apos;s name or credit code</source>
        <translation>输入单位名称或信用代码的一部分</translation>
    </message>
    <message>
        <source>Uncertainty, accuracy class or maximum permissible error</source>
        <translation>不确定度、准确度等级或最大允许误差</translation>
    </message>
    <message>
        <source>&amp;Certificate no.:</source>
        <translation>证书编号(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>计量标准名称(&amp;N)：</translation>
    </message>
    <message>
        <source>C&amp;ode:</source>
        <translation>计量标准代码(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Holder:</source>
        <translation>建标单位(&amp;H)：</translation>
    </message>
    <message>
        <source>C&amp;ategory:</source>
        <translation>类别(&amp;A)：</translation>
    </message>
    <message>
        <source>Issuing &amp;bureau:</source>
        <translation>发证机关(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Issued on:</source>
        <translation>发证日期(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Expires on:</source>
        <translation>有效期至(&amp;E)：</translation>
    </message>
    <message>
        <source>Measuring &amp;range:</source>
        <translation>测量范围(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Uncertainty:</source>
        <translation>不确定度/准确度(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Person in charge:</source>
        <translation>计量标准负责人(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>（未登记）</translation>
    </message>
    <message>
        <source>Enter the certificate number.</source>
        <translation>请输入证书编号。</translation>
    </message>
    <message>
        <source>This certificate number already belongs to “%1”.</source>
        <translation>该证书编号已属于“%1”。</translation>
    </message>
    <message>
        <source>Enter the standard&apos;s name.</source>
        <translation>请输入计量标准名称。</translation>
    </message>
    <message>
        <source>Enter the 8-digit code of the standard.</source>
        <translation>请输入 8 位数字的计量标准代码。</translation>
    </message>
    <message>
        <source>Choose the holder from the list of units.</source>
        <translation>请从单位列表中选择建标单位。</translation>
    </message>
    <message>
        <source>Choose the unit that holds the standard.</source>
        <translation>请选择持有该计量标准的单位。</translation>
    </message>
    <message>
        <source>The expiry date must be after the issue date.</source>
        <translation>有效期截止日期必须晚于发证日期。</translation>
    </message>
    <message>
        <source>(issue date + 4 years)</source>
        <translation>（发证日期 + 4 年）</translation>
    </message>
</context>
<context>
    <name>ui::StandardTableModel</name>
    <message>
        <source>Certificate no.</source>
        <translation>证书编号</translation>
    </message>
    <message>
        <source>Standard name</source>
        <translation>计量标准名称</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>专业计量领域</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>计量标准代码</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>建标单位</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>发证日期</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>Person in charge</source>
        <translation>计量标准负责人</translation>
    </message>
    <message>
        <source>Issuing bureau</source>
        <translation>发证机关</translation>
    </message>
</context>
<context>
    <name>ui::StandardsTab</name>
    <message>
        <source>Search name, code, certificate no., holder or person (Ctrl+F)</source>
        <translation>搜索名称、代码、证书编号、建标单位或负责人（Ctrl+F）</translation>
    </message>
    <message>
        <source>All fields</source>
        <translation>全部专业计量领域</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Expiring within </source>
        <translation>有效期在 </translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天内到期</translation>
    </message>
    <message>
        <source>Any expiry date</source>
        <translation>不限有效期</translation>
    </message>
    <message>
        <source>Show standards in use whose certificate expires within this many days (0: off)</source>
        <translation>只显示证书在此天数内到期的在用计量标准（0：不筛选）</translation>
    </message>
</context>
<context>
    <name>ui::StepDialog</name>
    <message>
        <source>Record the unit&apos;s report</source>
        <translation>记录单位的整改报告</translation>
    </message>
    <message>
        <source>Confirm the rectification</source>
        <translation>确认整改</translation>
    </message>
    <message>
        <source>Reject the rectification</source>
        <translation>退回整改</translation>
    </message>
    <message>
        <source>Declare the rectification failed</source>
        <translation>判定整改不合格</translation>
    </message>
    <message>
        <source>Escalate the failed rectification</source>
        <translation>依法查处整改不合格项</translation>
    </message>
    <message>
        <source>Close the item (销号)</source>
        <translation>销号</translation>
    </message>
    <message>
        <source>Finding:</source>
        <translation>存在问题：</translation>
    </message>
    <message>
        <source>&amp;Reported on:</source>
        <translation>报告日期(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>What the unit did to rectify the finding</source>
        <translation>单位为整改该问题所做的工作</translation>
    </message>
    <message>
        <source>&amp;What was done:</source>
        <translation>整改情况(&amp;W)：</translation>
    </message>
    <message>
        <source>Why the rectification does not meet the requirement</source>
        <translation>整改不符合要求的理由</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>理由(&amp;R)：</translation>
    </message>
    <message>
        <source>Empty: the deadline passed without a report</source>
        <translation>留空：期限届满仍未报告整改</translation>
    </message>
    <message>
        <source>&amp;Remark:</source>
        <translation>备注(&amp;R)：</translation>
    </message>
    <message>
        <source>New &amp;deadline:</source>
        <translation>新的整改期限(&amp;D)：</translation>
    </message>
    <message>
        <source>This is the second rejection: the rectification will count as failed (整改不合格).</source>
        <translation>这是第二次退回：将视为整改不合格。</translation>
    </message>
    <message>
        <source>e.g. 津市监计案〔2026〕12号</source>
        <translation>例如 津市监计案〔2026〕12号</translation>
    </message>
    <message>
        <source>e.g. 罚款 5000 元</source>
        <translation>例如 罚款 5000 元</translation>
    </message>
    <message>
        <source>Certificate cancelled (the standard becomes cancelled in the registry)</source>
        <translation>注销证书（登记册中该计量标准状态改为撤销）</translation>
    </message>
    <message>
        <source>Ordered to stop value transfer (停止量值传递)</source>
        <translation>责令停止量值传递</translation>
    </message>
    <message>
        <source>Enforcement &amp;case:</source>
        <translation>立案案号(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Penalty:</source>
        <translation>处罚(&amp;P)：</translation>
    </message>
    <message>
        <source>Add &amp;file…</source>
        <translation>添加文件(&amp;F)…</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>证明材料：</translation>
    </message>
    <message>
        <source>Add evidence</source>
        <translation>添加证明材料</translation>
    </message>
    <message>
        <source>Scans and photos (*.pdf *.jpg *.jpeg *.png *.tif *.tiff);;All files (*)</source>
        <translation>扫描件和照片 (*.pdf *.jpg *.jpeg *.png *.tif *.tiff);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>ui::UnitDialog</name>
    <message>
        <source>Edit unit</source>
        <translation>编辑单位</translation>
    </message>
    <message>
        <source>New unit</source>
        <translation>新建单位</translation>
    </message>
    <message>
        <source>Full registered name</source>
        <translation>登记注册的单位全称</translation>
    </message>
    <message>
        <source>18 characters, e.g. 91120116MA05JDQX5R</source>
        <translation>18 位字符，例如 91120116MA05JDQX5R</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>单位名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Credit code:</source>
        <translation>统一社会信用代码(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;District:</source>
        <translation>所属区域(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <source>C&amp;ontact:</source>
        <translation>联系人(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>联系电话(&amp;P)：</translation>
    </message>
    <message>
        <source>Focus areas:</source>
        <translation>重点领域：</translation>
    </message>
    <message>
        <source>Enter the unit&apos;s name.</source>
        <translation>请输入单位名称。</translation>
    </message>
    <message>
        <source>Enter the 18-character unified social credit code.</source>
        <translation>请输入 18 位统一社会信用代码。</translation>
    </message>
    <message>
        <source>This credit code already belongs to %1.</source>
        <translation>该信用代码已属于“%1”。</translation>
    </message>
</context>
<context>
    <name>ui::UnitTableModel</name>
    <message>
        <source>Unit name</source>
        <translation>单位名称</translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>District</source>
        <translation>所属区域</translation>
    </message>
    <message>
        <source>Focus areas</source>
        <translation>重点领域</translation>
    </message>
    <message>
        <source>Standards</source>
        <translation>计量标准数</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>专业计量领域</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
</context>
<context>
    <name>ui::UnitsTab</name>
    <message>
        <source>Search name, credit code, district, address or contact (Ctrl+F)</source>
        <translation>搜索名称、信用代码、区域、地址或联系人（Ctrl+F）</translation>
    </message>
    <message>
        <source>All focus areas</source>
        <translation>全部重点领域</translation>
    </message>
    <message>
        <source>All fields</source>
        <translation>全部专业计量领域</translation>
    </message>
    <message>
        <source>All districts</source>
        <translation>全部区域</translation>
    </message>
</context>
<context>
    <name>ui::labels</name>
    <message numerus="yes">
        <source>expired %n day(s) ago</source>
        <translation>
            <numerusform>已过期 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>expires today</source>
        <translation>今天到期</translation>
    </message>
    <message numerus="yes">
        <source>expires in %n day(s)</source>
        <translation>
            <numerusform>%n 天后到期</numerusform>
        </translation>
    </message>
</context>
</TS>
