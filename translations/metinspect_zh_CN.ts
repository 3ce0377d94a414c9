<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>CliApp</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Attachment 3</source>
        <translation>附件3</translation>
    </message>
    <message>
        <source>Statistics table (attachment 3)</source>
        <translation>统计表（附件3）</translation>
    </message>
    <message>
        <source>Statistics table of the supervision inspection of measurement standards (attachment 3)</source>
        <translation>计量标准监督检查统计表（附件3）</translation>
    </message>
    <message>
        <source>Campaign: %1</source>
        <translation>专项：%1</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>截至 %1</translation>
    </message>
    <message>
        <source>Listed but not inspected:</source>
        <translation>列入计划但未检查：</translation>
    </message>
</context>
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
        <source>measure the performance goals of an area (registry, …)</source>
        <translation>测量某一部分（registry 等）是否达到性能目标</translation>
    </message>
    <message>
        <source>name the package file with --out FILE (or a folder with --out-dir)</source>
        <translation>请用 --out FILE 指定数据包文件（或用 --out-dir 指定文件夹）</translation>
    </message>
    <message>
        <source>--out and --out-dir exclude each other</source>
        <translation>--out 和 --out-dir 不能同时使用</translation>
    </message>
    <message>
        <source>--encrypt-to and --plain exclude each other</source>
        <translation>--encrypt-to 和 --plain 不能同时使用</translation>
    </message>
    <message>
        <source>No export is due.</source>
        <translation>当前无需报送。</translation>
    </message>
    <message>
        <source>An export is due: %1.</source>
        <translation>需要报送：%1。</translation>
    </message>
    <message>
        <source>Exported package %1 (%2, sequence %3): %4 records, %5 removals, %6 files; fingerprint %7.</source>
        <translation>已导出数据包 %1（%2，序号 %3）：%4 条记录、%5 项删除、%6 个文件；指纹 %7。</translation>
    </message>
    <message>
        <source>The package is not encrypted.</source>
        <translation>数据包未加密。</translation>
    </message>
    <message>
        <source>Encrypted to the key %1.</source>
        <translation>已使用密钥 %1 加密。</translation>
    </message>
    <message>
        <source>the day must be a whole number from 1 to 28, not &apos;%1&apos;</source>
        <translation>日期必须是 1 到 28 之间的整数，而不是“%1”</translation>
    </message>
    <message>
        <source>--phase-ends takes yes or no, not &apos;%1&apos;</source>
        <translation>--phase-ends 只能取 yes 或 no，而不是“%1”</translation>
    </message>
    <message>
        <source>Monthly by day %1; at the end of each campaign phase: %2; folder: %3</source>
        <translation>每月 %1 日前报送；专项检查各阶段结束时报送：%2；文件夹：%3</translation>
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
        <source>OVERDUE: %1.</source>
        <translation>已逾期：%1。</translation>
    </message>
    <message>
        <source>Due: %1.</source>
        <translation>待报送：%1。</translation>
    </message>
    <message>
        <source>use: conflicts [list] | conflicts resolve ID --keep-local|--take-incoming</source>
        <translation>用法：conflicts [list] | conflicts resolve ID --keep-local|--take-incoming</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>本工作区</translation>
    </message>
    <message>
        <source>Laptop</source>
        <translation>笔记本电脑</translation>
    </message>
    <message>
        <source>give --keep-local or --take-incoming</source>
        <translation>请指定 --keep-local 或 --take-incoming</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a conflict id</source>
        <translation>“%1”不是冲突编号</translation>
    </message>
    <message>
        <source>Took the laptop&apos;s version.</source>
        <translation>已采用笔记本电脑上的版本。</translation>
    </message>
    <message>
        <source>Kept this workspace&apos;s version.</source>
        <translation>已保留本工作区的版本。</translation>
    </message>
    <message>
        <source>give one package file</source>
        <translation>请指定一个数据包文件</translation>
    </message>
    <message>
        <source>%1: intact and signed by %2 (workspace %3, key %4); sequence %5, %6, %7 records, %8 files, schema version %9.</source>
        <translation>%1：完好，由 %2 签名（工作区 %3，密钥 %4）；序号 %5，%6，%7 条记录，%8 个文件，数据库结构版本 %9。</translation>
    </message>
    <message>
        <source>Fingerprint %1%2.</source>
        <translation>指纹 %1%2。</translation>
    </message>
    <message>
        <source>, was encrypted to this workspace</source>
        <translation>，已用本工作区的密钥加密</translation>
    </message>
    <message>
        <source>give the package files to merge</source>
        <translation>请指定要合并的数据包文件</translation>
    </message>
    <message>
        <source>cannot create the folder %1 for the receipts</source>
        <translation>无法创建存放回执的文件夹 %1</translation>
    </message>
    <message>
        <source>%1 was not merged; nothing of it was changed.</source>
        <translation>%1 未合并，未作任何更改。</translation>
    </message>
    <message>
        <source>cannot write the receipt %1</source>
        <translation>无法写入回执 %1</translation>
    </message>
    <message>
        <source>%1: already merged before (fingerprint %2); nothing changed. Receipt: %3</source>
        <translation>%1：此前已合并（指纹 %2），未作任何更改。回执：%3</translation>
    </message>
    <message>
        <source>%1: merged from %2 (sequence %3): %4 records taken, %5 already held, %6 older than held, %7 removed, %8 conflicts, %9 files. Receipt: %10</source>
        <translation>%1：已合并来自 %2 的数据包（序号 %3）：接收 %4 条记录，已有 %5 条，%6 条比已有版本旧，删除 %7 条，冲突 %8 项，文件 %9 个。回执：%10</translation>
    </message>
    <message>
        <source>use: receipt import FILE</source>
        <translation>用法：receipt import FILE</translation>
    </message>
    <message>
        <source>Receipt from %1 for package %2: the bureau holds %3 records; %4 conflicts wait there for a decision.</source>
        <translation>来自 %1 的回执（数据包 %2）：局端已有 %3 条记录；%4 项冲突在局端等待处理。</translation>
    </message>
    <message>
        <source>use: keys show | keys export [--out FILE] | keys trust FILE</source>
        <translation>用法：keys show | keys export [--out FILE] | keys trust FILE</translation>
    </message>
    <message>
        <source>Workspace %1</source>
        <translation>工作区 %1</translation>
    </message>
    <message>
        <source>Signing key fingerprint: %1</source>
        <translation>签名密钥指纹：%1</translation>
    </message>
    <message>
        <source>Secret keys: %1</source>
        <translation>私钥文件：%1</translation>
    </message>
    <message>
        <source>Trusted keys: %1</source>
        <translation>受信任的密钥：%1</translation>
    </message>
    <message>
        <source>(packages are encrypted to it)</source>
        <translation>（数据包用此密钥加密）</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <source>Wrote the public keys of this workspace to %1 (fingerprint %2).</source>
        <translation>已将本工作区的公钥写入 %1（指纹 %2）。</translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation>无法读取 %1</translation>
    </message>
    <message>
        <source>%1 holds this workspace&apos;s own keys</source>
        <translation>%1 是本工作区自己的密钥</translation>
    </message>
    <message>
        <source>Trusted %1 (workspace %2, fingerprint %3)%4.</source>
        <translation>已信任 %1（工作区 %2，指纹 %3）%4。</translation>
    </message>
    <message>
        <source>; packages exported from here are encrypted to it</source>
        <translation>；本工作区导出的数据包将用此密钥加密</translation>
    </message>
    <message>
        <source>write this workspace&apos;s work as a signed package for the bureau</source>
        <translation>将本工作区的工作写成报送局端的签名数据包</translation>
    </message>
    <message>
        <source>Writes one signed package (see README, &apos;Export to the bureau&apos;): by default every record whose current revision the bureau has not acknowledged in a receipt, and the removals since; with --full everything. Attached files go with their records. The package is encrypted to the bureau&apos;s key set with &apos;keys trust FILE --recipient&apos;, or to the key file of --encrypt-to; --plain writes it unencrypted. Runs unattended: the systemd user timer runs &apos;export --scheduled&apos; every day, which writes a package only when the schedule says one is due.</source>
        <translation>写出一个签名数据包（见 README 的“报送与汇总”一节）：默认包含当前版本尚未经局端回执确认的所有记录，以及此后的删除；使用 --full 时包含全部内容。附件随其所属记录一并导出。数据包使用“keys trust FILE --recipient”设定的局端密钥加密，或使用 --encrypt-to 指定的密钥文件加密；使用 --plain 时不加密。可无人值守运行：systemd 用户定时器每天运行“export --scheduled”，仅在报送计划表明需要报送时才写出数据包。</translation>
    </message>
    <message>
        <source>the package file to write</source>
        <translation>要写出的数据包文件</translation>
    </message>
    <message>
        <source>write the package into DIR, named by the laptop, the day and the sequence</source>
        <translation>将数据包写入 DIR，文件名由笔记本电脑名称、日期和序号组成</translation>
    </message>
    <message>
        <source>as the timer runs it: only when due, into the schedule&apos;s folder</source>
        <translation>按定时器的方式运行：仅在需要报送时导出，写入报送计划指定的文件夹</translation>
    </message>
    <message>
        <source>only when the export schedule says an export is due</source>
        <translation>仅在报送计划表明需要报送时导出</translation>
    </message>
    <message>
        <source>everything, not only what the bureau has not acknowledged</source>
        <translation>导出全部内容，而不只是局端尚未确认的内容</translation>
    </message>
    <message>
        <source>encrypt to the bureau whose public key file this is</source>
        <translation>用此公钥文件中局端的公钥加密</translation>
    </message>
    <message>
        <source>do not encrypt, even when a recipient key is set</source>
        <translation>不加密，即使已设定接收方密钥</translation>
    </message>
    <message>
        <source>the name the bureau sees for this laptop (e.g. the inspection team)</source>
        <translation>局端看到的本笔记本电脑名称（例如检查组名称）</translation>
    </message>
    <message>
        <source>show or set when exports to the bureau are due</source>
        <translation>显示或设定向局端报送的时间</translation>
    </message>
    <message>
        <source>Shows the export schedule and whether an export is due, after changing it with the options given. Default: monthly by the 3rd (the monthly report for the month before) and at the end of each campaign phase, into ~/MetInspect/exports.</source>
        <translation>按所给选项修改报送计划后，显示报送计划以及当前是否需要报送。默认：每月 3 日前报送（上月的月报），专项检查各阶段结束时也报送，导出到 ~/MetInspect/exports。</translation>
    </message>
    <message>
        <source>the day of the month the monthly export is due by (1-28)</source>
        <translation>每月报送的截止日（1-28）</translation>
    </message>
    <message>
        <source>whether an export is also due when a campaign phase ends</source>
        <translation>专项检查阶段结束时是否也需要报送</translation>
    </message>
    <message>
        <source>where scheduled exports are written</source>
        <translation>定时导出的数据包写入的位置</translation>
    </message>
    <message>
        <source>list and decide records changed both here and on a laptop</source>
        <translation>列出并处理在本工作区和笔记本电脑上都被修改过的记录</translation>
    </message>
    <message>
        <source>Lists the merge conflicts waiting for a decision (with --all the decided ones too), or decides one: keep this workspace&apos;s version, or take the laptop&apos;s.</source>
        <translation>列出等待处理的合并冲突（使用 --all 时也列出已处理的），或处理其中一项：保留本工作区的版本，或采用笔记本电脑上的版本。</translation>
    </message>
    <message>
        <source>list decided conflicts too</source>
        <translation>同时列出已处理的冲突</translation>
    </message>
    <message>
        <source>keep this workspace&apos;s version</source>
        <translation>保留本工作区的版本</translation>
    </message>
    <message>
        <source>take the laptop&apos;s version</source>
        <translation>采用笔记本电脑上的版本</translation>
    </message>
    <message>
        <source>check a package without merging it</source>
        <translation>检查数据包但不合并</translation>
    </message>
    <message>
        <source>Checks a package as a merge would: that it decrypts with this workspace&apos;s key, is complete, is signed by a trusted key (or by this workspace), and that every member, attached files included, has the SHA-256 its manifest names. Exit status 0 when it is intact, 1 when it is refused, with the reason.</source>
        <translation>按合并时的方式检查数据包：能否用本工作区的密钥解密、是否完整、是否由受信任的密钥（或本工作区）签名，以及包内每个文件（包括附件）的 SHA-256 是否与清单一致。数据包完好时退出状态为 0，被拒绝时为 1，并给出原因。</translation>
    </message>
    <message>
        <source>merge laptops&apos; packages into this workspace or a bureau server</source>
        <translation>将笔记本电脑的数据包合并到本工作区或局端服务器</translation>
    </message>
    <message>
        <source>Merges each package into the workspace of --into (a file or postgresql:// URL; default --workspace), each in one transaction: a refused package changes nothing. Writes a signed receipt for each package to send back to the laptop: beside the package as FILE.receipt.json, or to --receipt OUT (a file for one package, a folder for several). A package merged before changes nothing. Exit status 0 when every package was merged or had been, 1 when any was refused.</source>
        <translation>将每个数据包合并到 --into 指定的工作区（文件或 postgresql:// URL；默认为 --workspace），每个数据包在一个事务中完成：被拒绝的数据包不会造成任何更改。为每个数据包写出一份签名回执，供发回笔记本电脑：以 FILE.receipt.json 的名称放在数据包旁边，或写入 --receipt OUT（一个数据包时为文件，多个时为文件夹）。此前已合并的数据包不会造成任何更改。所有数据包均已合并（或此前已合并）时退出状态为 0，有数据包被拒绝时为 1。</translation>
    </message>
    <message>
        <source>the workspace to merge into (default: --workspace)</source>
        <translation>要合并到的工作区（默认：--workspace）</translation>
    </message>
    <message>
        <source>where to write the receipt(s)</source>
        <translation>回执写入的位置</translation>
    </message>
    <message>
        <source>take in a receipt from the bureau</source>
        <translation>导入局端的回执</translation>
    </message>
    <message>
        <source>Checks a receipt&apos;s signature by a trusted bureau key and marks which revision of each record the bureau holds, so the next export leaves those out. Nothing is deleted here.</source>
        <translation>用受信任的局端密钥检查回执的签名，并标记局端已有各条记录的哪个版本，下次导出时不再包含这些记录。此处不会删除任何数据。</translation>
    </message>
    <message>
        <source>show, export and trust the keys packages are signed and encrypted with</source>
        <translation>显示、导出和信任用于数据包签名和加密的密钥</translation>
    </message>
    <message>
        <source>&apos;show&apos; prints this workspace&apos;s key fingerprint and the keys it trusts. &apos;export&apos; writes its public keys as a text file for the other side. &apos;trust FILE&apos; trusts the public keys in FILE: at the bureau, a laptop&apos;s, so its packages are merged; on a laptop, the bureau&apos;s, so its receipts are accepted, and with --recipient packages are encrypted to it.</source>
        <translation>“show”显示本工作区的密钥指纹和受信任的密钥。“export”将本工作区的公钥写成文本文件，交给对方。“trust FILE”信任 FILE 中的公钥：在局端信任笔记本电脑的公钥，以便合并其数据包；在笔记本电脑上信任局端的公钥，以便接受其回执，加 --recipient 时数据包用此密钥加密。</translation>
    </message>
    <message>
        <source>where &apos;export&apos; writes the public keys (default: standard output)</source>
        <translation>“export”写出公钥的位置（默认：标准输出）</translation>
    </message>
    <message>
        <source>the name written into the exported file</source>
        <translation>写入导出文件的名称</translation>
    </message>
    <message>
        <source>encrypt packages exported from here to the trusted key</source>
        <translation>用该受信任的密钥加密本工作区导出的数据包</translation>
    </message>
    <message>
        <source>inspection: fills and signs 100 inspections on a small demo workspace of its own (--scale and --measure do not apply) and measures an answer stored (goal 20 ms), one printed table (goal 150 ms) and 100 tables printed in one batch (goal 10 s).</source>
        <translation>inspection：在自带的小型演示工作区中填写并签署 100 份检查记录（不适用 --scale 和 --measure），测量单条回答的保存时间（目标 20 毫秒）、打印一份检查表（目标 150 毫秒）和一次批量打印 100 份检查表（目标 10 秒）。</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos;; use table or json</source>
        <translation>未知格式“%1”；请使用 table 或 json</translation>
    </message>
    <message>
        <source>--campaign needs the campaign&apos;s uuid, not &apos;%1&apos;</source>
        <translation>--campaign 需要专项检查的 UUID，而不是“%1”</translation>
    </message>
    <message>
        <source>malformed date &apos;%1&apos; for --date; write YYYY-MM-DD</source>
        <translation>--date 的日期“%1”格式错误；请写成 YYYY-MM-DD</translation>
    </message>
    <message>
        <source>unknown status &apos;%1&apos;; use draft, signed, amending, returned or approved</source>
        <translation>未知状态“%1”；请使用 draft、signed、amending、returned 或 approved</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Rev.</source>
        <translation>版次</translation>
    </message>
    <message>
        <source>Inspected</source>
        <translation>被检查方</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>计量标准</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>已答</translation>
    </message>
    <message>
        <source>give the PDF file to write with --out FILE.pdf</source>
        <translation>请用 --out FILE.pdf 指定要写入的 PDF 文件</translation>
    </message>
    <message>
        <source>give the inspection&apos;s id, or --date YYYY-MM-DD for the day&apos;s inspections</source>
        <translation>请给出检查记录的编号，或用 --date YYYY-MM-DD 指定某一天的检查</translation>
    </message>
    <message>
        <source>--revision needs a revision number (1 or more), not &apos;%1&apos;</source>
        <translation>--revision 需要版次号（1 或更大），而不是“%1”</translation>
    </message>
    <message>
        <source>there are no inspections on %1</source>
        <translation>%1 没有检查记录</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n table(s)</source>
        <translation>
            <numerusform>%1：%n 份检查表</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n marked as copy (副本)</source>
        <translation>
            <numerusform>，其中 %n 份标为副本</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n not signed (草稿)</source>
        <translation>
            <numerusform>，其中 %n 份未签字（草稿）</numerusform>
        </translation>
    </message>
    <message>
        <source>give the inspection&apos;s id</source>
        <translation>请给出检查记录的编号</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos;; records are exported as json</source>
        <translation>未知格式“%1”；检查记录以 json 格式导出</translation>
    </message>
    <message numerus="yes">
        <source>note: %n signature image(s) and evidence file(s) belong beside the JSON; give --out FILE.json to write them</source>
        <translation>
            <numerusform>提示：%n 个签名图片和证据文件应与 JSON 放在一起；请用 --out FILE.json 写出它们</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: the record and %n file(s) beside it</source>
        <translation>
            <numerusform>%1：检查记录及旁边的 %n 个文件</numerusform>
        </translation>
    </message>
    <message>
        <source>give the JSON file to import</source>
        <translation>请给出要导入的 JSON 文件</translation>
    </message>
    <message>
        <source>Imported the inspection %1 (%2, revision %3) from %4.</source>
        <translation>已从 %4 导入检查记录 %1（%2，第 %3 版）。</translation>
    </message>
    <message>
        <source>say what to do: list, print, export or import</source>
        <translation>请说明要做什么：list、print、export 或 import</translation>
    </message>
    <message>
        <source>unknown action &apos;%1&apos;; use list, print, export or import</source>
        <translation>未知操作“%1”；请使用 list、print、export 或 import</translation>
    </message>
    <message>
        <source>built in</source>
        <translation>内置</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>draft template</source>
        <translation>草案</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>项目数</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草案</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>give the template file to import</source>
        <translation>请给出要导入的模板文件</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Imported the template %1 version %2 (%3).</source>
        <translation>已导入模板 %1 版本 %2（%3）。</translation>
    </message>
    <message>
        <source>say what to do: list or import</source>
        <translation>请说明要做什么：list 或 import</translation>
    </message>
    <message>
        <source>unknown action &apos;%1&apos;; use list or import</source>
        <translation>未知操作“%1”；请使用 list 或 import</translation>
    </message>
    <message>
        <source>list, print, export and import on-site inspection records</source>
        <translation>列出、打印、导出和导入现场监督检查记录</translation>
    </message>
    <message>
        <source>list: the inspection records, oldest first (ID is the first 8 digits of the record&apos;s uuid; every command accepts it or the whole uuid).
print: writes the inspection table as PDF (A4, laid out like the paper form), or all tables of a day into one PDF. A signed table printed before is marked 副本 (copy); an unsigned one 草稿 (draft); --revision prints an earlier signed revision.
export: the current revision as JSON (see README.md for the format); with --out the signature images and evidence files are written beside the JSON file.
import: a record filled in another workspace, checked against its template; signed records keep their seal (the SHA-256 of their content). A bad file imports nothing and every problem is printed as FILE: place: message (exit status 2).</source>
        <translation>list：检查记录，按日期先后排列（编号为记录 UUID 的前 8 位；各命令均可使用它或完整 UUID）。
print：将检查表写为 PDF（A4，按纸质表格排版），或将某一天的全部检查表写入一个 PDF。已打印过的已签字检查表标为“副本”；未签字的标为“草稿”；--revision 打印较早的已签字版本。
export：以 JSON 导出当前版本（格式见 README.md）；使用 --out 时，签名图片和证据文件写在 JSON 文件旁边。
import：导入在其他工作区填写的检查记录，并按其模板检查；已签字记录保留其封存（内容的 SHA-256）。有错误的文件不导入任何内容，每个问题以“文件: 位置: 说明”的形式输出（退出状态 2）。</translation>
    </message>
    <message>
        <source>only the inspections of this campaign (its uuid)</source>
        <translation>只列出该专项检查的记录（其 UUID）</translation>
    </message>
    <message>
        <source>only the inspections of this day (list, print)</source>
        <translation>只包括这一天的检查（list、print）</translation>
    </message>
    <message>
        <source>only draft, signed, amending, returned or approved records (list)</source>
        <translation>只列出 draft、signed、amending、returned 或 approved 状态的记录（list）</translation>
    </message>
    <message>
        <source>table or json for list (default table); json for export</source>
        <translation>list 使用 table 或 json（默认 table）；export 使用 json</translation>
    </message>
    <message>
        <source>the PDF (print) or JSON (export) file to write</source>
        <translation>要写入的 PDF（print）或 JSON（export）文件</translation>
    </message>
    <message>
        <source>print this signed revision instead of the current one</source>
        <translation>打印该已签字版本而不是当前版本</translation>
    </message>
    <message>
        <source>list and import checklist templates</source>
        <translation>列出和导入检查表模板</translation>
    </message>
    <message>
        <source>list: the checklist templates of the workspace, the built-in drafts of attachments 1 and 2 included.
import: a template file (JSON, see README.md). Every problem is reported with its place (e.g. groups[1].items[3].id: duplicate id B2) and a bad file imports nothing. A template already in the workspace under the same id and version with other content is refused: a new wording needs a new version, so every record keeps the template it was filled with.</source>
        <translation>list：工作区中的检查表模板，包括附件 1 和附件 2 的内置草案。
import：导入模板文件（JSON，格式见 README.md）。每个问题都注明位置（如 groups[1].items[3].id: duplicate id B2），有错误的文件不导入任何内容。工作区中已有相同编号和版本但内容不同的模板时拒绝导入：新措辞需要新版本，这样每份记录都保留填写时所用的模板。</translation>
    </message>
    <message>
        <source>table or json (default table)</source>
        <translation>table 或 json（默认 table）</translation>
    </message>
    <message>
        <source>give the campaign (its id or name; see &apos;metinspect-cli campaign list&apos;)</source>
        <translation>请给出专项检查活动（编号或名称；参见“metinspect-cli campaign list”）</translation>
    </message>
    <message>
        <source>there is no campaign &apos;%1&apos;; see &apos;metinspect-cli campaign list&apos;</source>
        <translation>没有专项检查活动“%1”；参见“metinspect-cli campaign list”</translation>
    </message>
    <message>
        <source>&apos;%1&apos; names %2 campaigns; give more of the id</source>
        <translation>“%1”对应 %2 个专项检查活动；请给出更长的编号</translation>
    </message>
    <message>
        <source>there is no bureau &apos;%1&apos;; the workspace has: %2</source>
        <translation>没有市场监管部门“%1”；工作区中有：%2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; names %2 bureaus; give its uuid</source>
        <translation>“%1”对应 %2 个市场监管部门；请给出其 uuid</translation>
    </message>
    <message>
        <source>there is no unit with the credit code or name &apos;%1&apos;</source>
        <translation>没有统一社会信用代码或名称为“%1”的单位</translation>
    </message>
    <message>
        <source>&apos;%1&apos; names %2 units; give the credit code</source>
        <translation>“%1”对应 %2 家单位；请给出统一社会信用代码</translation>
    </message>
    <message>
        <source>there is no inspector &apos;%1&apos;; see &apos;metinspect-cli inspector list&apos;</source>
        <translation>没有检查人员“%1”；参见“metinspect-cli inspector list”</translation>
    </message>
    <message>
        <source>&apos;%1&apos; names %2 inspectors; give the id from &apos;inspector list&apos;</source>
        <translation>“%1”对应 %2 名人员；请给出“inspector list”中的编号</translation>
    </message>
    <message>
        <source>name the plan entry with --unit CREDIT_CODE or --bureau NAME</source>
        <translation>请用 --unit 统一社会信用代码 或 --bureau 名称 指明检查计划条目</translation>
    </message>
    <message>
        <source>the plan of %1 has no entry for it; see &apos;metinspect-cli plan list&apos;</source>
        <translation>%1 的检查计划中没有该条目；参见“metinspect-cli plan list”</translation>
    </message>
    <message>
        <source>malformed date &apos;%1&apos; for --%2; write YYYY-MM-DD, e.g. 2021-06-01</source>
        <translation>--%2 的日期“%1”格式有误；请写成 YYYY-MM-DD，例如 2021-06-01</translation>
    </message>
    <message>
        <source>--%1 needs FROM..TO, e.g. 2021-06-01..2021-07-31, not &apos;%2&apos;</source>
        <translation>--%1 需要 起..止，例如 2021-06-01..2021-07-31，而不是“%2”</translation>
    </message>
    <message>
        <source>campaign: the largest draw the workspace allows, loading the scope and drawing (goal 2 s), verifying that record from its file (goal 1 s), the status of the demo campaign (goal 1 s) and the peak memory (goal 300 MB).</source>
        <translation>campaign：工作区所能进行的最大抽取，包括加载检查范围并抽取（目标 2 秒）、从文件验证该抽查记录（目标 1 秒）、演示专项检查的进展情况（目标 1 秒）以及峰值内存（目标 300 MB）。</translation>
    </message>
    <message>
        <source>campaign create needs --%1</source>
        <translation>campaign create 需要 --%1</translation>
    </message>
    <message>
        <source>the year must be from 2000 to 2100, not &apos;%1&apos;</source>
        <translation>年份必须在 2000 至 2100 之间，而不是“%1”</translation>
    </message>
    <message>
        <source>unknown preset &apos;%1&apos;; use %2</source>
        <translation>未知的预设“%1”；请使用 %2</translation>
    </message>
    <message>
        <source>--include-lower-bureaus takes yes or no, not &apos;%1&apos;</source>
        <translation>--include-lower-bureaus 只能是 yes 或 no，而不是“%1”</translation>
    </message>
    <message>
        <source>Created the campaign %1 &quot;%2&quot; of %3 (%4 %5).</source>
        <translation>已创建专项检查活动 %1“%2”（%3，%4 %5）。</translation>
    </message>
    <message>
        <source>  self-inspection reports of units due %1, of lower bureaus due %2; report due %3</source>
        <translation>  建标单位自查材料 %1 前报送，下级市场监管部门自查材料 %2 前报送；总结报告 %3 前报送</translation>
    </message>
    <message>
        <source>id</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>bureau</source>
        <translation>市场监管部门</translation>
    </message>
    <message>
        <source>preset</source>
        <translation>预设</translation>
    </message>
    <message>
        <source>phase today</source>
        <translation>今日所处阶段</translation>
    </message>
    <message>
        <source>self-inspection reports of units due %1, of lower bureaus due %2; report due %3</source>
        <translation>建标单位自查材料 %1 前报送，下级市场监管部门自查材料 %2 前报送；总结报告 %3 前报送</translation>
    </message>
    <message>
        <source>unknown status &apos;%1&apos;; use missing, on_time or late</source>
        <translation>未知的状态“%1”；请使用 missing、on_time 或 late</translation>
    </message>
    <message>
        <source>%1, %2 days overdue</source>
        <translation>%1，已逾期 %2 天</translation>
    </message>
    <message>
        <source>unit or bureau</source>
        <translation>单位或市场监管部门</translation>
    </message>
    <message>
        <source>code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>due</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>received</source>
        <translation>收到日期</translation>
    </message>
    <message>
        <source>status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>documents</source>
        <translation>材料</translation>
    </message>
    <message>
        <source>say whose report it is with --unit CREDIT_CODE or --bureau NAME</source>
        <translation>请用 --unit 统一社会信用代码 或 --bureau 名称 指明是谁的自查材料</translation>
    </message>
    <message>
        <source>there is no file %1 (--%2)</source>
        <translation>没有文件 %1（--%2）</translation>
    </message>
    <message>
        <source>Recorded the self-inspection received on %1 (due %2): %3.</source>
        <translation>已登记 %1 收到的自查材料（截止 %2）：%3。</translation>
    </message>
    <message>
        <source>say what to do: %1</source>
        <translation>请指明要做什么：%1</translation>
    </message>
    <message>
        <source>unknown subcommand &apos;%1&apos;; use %2</source>
        <translation>未知的子命令“%1”；请使用 %2</translation>
    </message>
    <message>
        <source>special inspection campaigns: create from a preset, phases, status, self-inspection reports</source>
        <translation>专项监督检查：按预设创建、阶段、进展、自查材料</translation>
    </message>
    <message>
        <source>campaign create --preset national-2021|tianjin-2021 --year Y --name N --bureau B [--categories LIST] [--include-lower-bureaus yes|no]
    creates a campaign of bureau B (name or uuid) with the preset&apos;s dates moved to year Y and the scope the notice gives a bureau of that level.
campaign list [--format table|json]
campaign status ID [--as-of DATE] [--format table|json]
    the phase on the day, units in scope, self-inspection reports by status, sampled, inspected and not inspected.
campaign dates ID [--self-inspection FROM..TO] [--on-site FROM..TO] [--rectification FROM..TO] [--summary FROM..TO] [--unit-reports-due D] [--bureau-reports-due D] [--report-due D]
    shows the dates, or changes them.
campaign self-inspections ID [--status missing|on_time|late] [--as-of DATE] [--format table|json]
    the self-inspection reports of the units in scope and of the lower bureaus.
campaign receive ID --unit CREDIT_CODE|--bureau NAME [--received DATE] [--report FILE] [--problems FILE] [--rectification FILE] [--note TEXT]
    records a self-inspection report as received (default: today) and attaches its files.

ID is the campaign&apos;s uuid, the first characters of it (see campaign list), or its name.</source>
        <translation>campaign create --preset national-2021|tianjin-2021 --year Y --name N --bureau B [--categories LIST] [--include-lower-bureaus yes|no]
    为市场监管部门 B（名称或 uuid）创建专项检查活动：预设的日期移到 Y 年，检查范围按通知对该级部门的规定。
campaign list [--format table|json]
campaign status ID [--as-of DATE] [--format table|json]
    当日所处阶段、检查范围内的单位、各状态的自查材料、抽查、已检查和未能检查的情况。
campaign dates ID [--self-inspection FROM..TO] [--on-site FROM..TO] [--rectification FROM..TO] [--summary FROM..TO] [--unit-reports-due D] [--bureau-reports-due D] [--report-due D]
    显示或修改日期。
campaign self-inspections ID [--status missing|on_time|late] [--as-of DATE] [--format table|json]
    检查范围内各建标单位和下级市场监管部门的自查材料。
campaign receive ID --unit CREDIT_CODE|--bureau NAME [--received DATE] [--report FILE] [--problems FILE] [--rectification FILE] [--note TEXT]
    登记收到的自查材料（默认今天）并附上文件。

ID 是专项检查活动的 uuid、其开头几个字符（见 campaign list）或其名称。</translation>
    </message>
    <message>
        <source>create: national-2021 or tianjin-2021</source>
        <translation>create：national-2021 或 tianjin-2021</translation>
    </message>
    <message>
        <source>create: the year of the campaign</source>
        <translation>create：专项检查活动的年度</translation>
    </message>
    <message>
        <source>create: the name of the campaign</source>
        <translation>create：专项检查活动的名称</translation>
    </message>
    <message>
        <source>create: the organising bureau (name or uuid); receive: a lower bureau</source>
        <translation>create：组织检查的市场监管部门（名称或 uuid）；receive：下级市场监管部门</translation>
    </message>
    <message>
        <source>create: categories in scope, e.g. social_public;department_highest</source>
        <translation>create：检查范围内的计量标准类别，例如 social_public;department_highest</translation>
    </message>
    <message>
        <source>create: whether certificates issued by the bureaus below count</source>
        <translation>create：是否包括下级市场监管部门发证的计量标准</translation>
    </message>
    <message>
        <source>status, self-inspections: the day to report on (default: today)</source>
        <translation>status、self-inspections：统计的日期（默认今天）</translation>
    </message>
    <message>
        <source>list, status, self-inspections: output format</source>
        <translation>list、status、self-inspections：输出格式</translation>
    </message>
    <message>
        <source>dates: the self-inspection phase</source>
        <translation>dates：自查阶段</translation>
    </message>
    <message>
        <source>dates: the on-site inspection phase</source>
        <translation>dates：现场监督检查阶段</translation>
    </message>
    <message>
        <source>dates: the rectification phase</source>
        <translation>dates：整改阶段</translation>
    </message>
    <message>
        <source>dates: the results and summary phase</source>
        <translation>dates：结果处理和总结阶段</translation>
    </message>
    <message>
        <source>dates: when the units&apos; self-inspection reports are due</source>
        <translation>dates：建标单位报送自查材料的截止日期</translation>
    </message>
    <message>
        <source>dates: when the lower bureaus&apos; self-inspection reports are due</source>
        <translation>dates：下级市场监管部门报送自查材料的截止日期</translation>
    </message>
    <message>
        <source>dates: when the campaign report is due</source>
        <translation>dates：报送总结报告的截止日期</translation>
    </message>
    <message>
        <source>self-inspections: only missing, on_time or late</source>
        <translation>self-inspections：只列出 missing、on_time 或 late</translation>
    </message>
    <message>
        <source>receive: the unit (credit code or name)</source>
        <translation>receive：建标单位（统一社会信用代码或名称）</translation>
    </message>
    <message>
        <source>receive: the day it arrived (default: today)</source>
        <translation>receive：收到日期（默认今天）</translation>
    </message>
    <message>
        <source>receive: the self-inspection report</source>
        <translation>receive：自查报告</translation>
    </message>
    <message>
        <source>receive: the list of problems found</source>
        <translation>receive：存在问题清单</translation>
    </message>
    <message>
        <source>receive: the rectification report</source>
        <translation>receive：整改报告</translation>
    </message>
    <message>
        <source>receive: a note</source>
        <translation>receive：备注</translation>
    </message>
    <message>
        <source>inspector add needs --name and --bureau</source>
        <translation>inspector add 需要 --name 和 --bureau</translation>
    </message>
    <message>
        <source>unknown role &apos;%1&apos;; use inspector or assessor</source>
        <translation>未知的角色“%1”；请使用 inspector 或 assessor</translation>
    </message>
    <message>
        <source>Added %1 (%2) of %3 to the inspector directory: %4.</source>
        <translation>已将 %3 的 %1（%2）加入检查人员名录：%4。</translation>
    </message>
    <message>
        <source>--active takes yes or no, not &apos;%1&apos;</source>
        <translation>--active 只能是 yes 或 no，而不是“%1”</translation>
    </message>
    <message>
        <source>%1: %2, %3.</source>
        <translation>%1：%2，%3。</translation>
    </message>
    <message>
        <source>active</source>
        <translation>在岗</translation>
    </message>
    <message>
        <source>not active</source>
        <translation>不在岗</translation>
    </message>
    <message>
        <source>role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>conflicts of interest</source>
        <translation>回避</translation>
    </message>
    <message>
        <source>inspector conflict needs --unit and --reason</source>
        <translation>inspector conflict 需要 --unit 和 --reason</translation>
    </message>
    <message>
        <source>%1 declared a conflict of interest with %2: %3. They will not be put on its team.</source>
        <translation>%1 已申报对 %2 回避：%3。今后不会安排其检查该单位。</translation>
    </message>
    <message>
        <source>Added %1 entries to the plan of %2 from its latest draw.</source>
        <translation>已按最近一次抽查向 %2 的检查计划添加 %1 条。</translation>
    </message>
    <message>
        <source>give the seed of the team draw with --seed</source>
        <translation>请用 --seed 给出检查组抽取的随机种子</translation>
    </message>
    <message>
        <source>--size takes the number of inspectors per team, 2 or more, not &apos;%1&apos;</source>
        <translation>--size 是每个检查组的检查人员人数，至少 2 人，而不是“%1”</translation>
    </message>
    <message>
        <source>Drew teams for %1 plan entries with the seed &apos;%2&apos;.</source>
        <translation>已用随机种子“%2”为 %1 个计划条目抽取检查组。</translation>
    </message>
    <message>
        <source>Set the team by hand (%1).</source>
        <translation>已人工指定检查组（%1）。</translation>
    </message>
    <message>
        <source>give the first planned day with --from</source>
        <translation>请用 --from 给出计划检查的第一天</translation>
    </message>
    <message>
        <source>Planned for %1 to %2.</source>
        <translation>计划于 %1 至 %2 检查。</translation>
    </message>
    <message>
        <source>--status takes planned, inspected or not_inspected, not &apos;%1&apos;</source>
        <translation>--status 只能是 planned、inspected 或 not_inspected，而不是“%1”</translation>
    </message>
    <message>
        <source>Marked as %1.</source>
        <translation>已标记为%1。</translation>
    </message>
    <message>
        <source>%1 (assessor)</source>
        <translation>%1（考评员）</translation>
    </message>
    <message>
        <source>%1 declared a conflict of interest</source>
        <translation>%1 已申报回避</translation>
    </message>
    <message>
        <source> and %1 more</source>
        <translation> 等，另有 %1 项</translation>
    </message>
    <message>
        <source>credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>standards</source>
        <translation>计量标准</translation>
    </message>
    <message>
        <source>team</source>
        <translation>检查组</translation>
    </message>
    <message>
        <source>team set</source>
        <translation>组队方式</translation>
    </message>
    <message>
        <source>planned days</source>
        <translation>计划日期</translation>
    </message>
    <message>
        <source>the bureau&apos;s inspector directory and declared conflicts of interest</source>
        <translation>本局检查人员名录及申报的回避</translation>
    </message>
    <message>
        <source>inspector add --name N --bureau B [--role inspector|assessor] [--phone P] [--note TEXT]
inspector list [--bureau B] [--format table|json]
inspector set INSPECTOR [--active yes|no] [--role R] [--name N] [--phone P]
inspector conflict INSPECTOR --unit CREDIT_CODE --reason TEXT
    declares a conflict of interest (回避): the inspector is never drawn or set for that unit.

INSPECTOR is the id from inspector list (or its first characters) or the exact name.</source>
        <translation>inspector add --name N --bureau B [--role inspector|assessor] [--phone P] [--note TEXT]
inspector list [--bureau B] [--format table|json]
inspector set INSPECTOR [--active yes|no] [--role R] [--name N] [--phone P]
inspector conflict INSPECTOR --unit CREDIT_CODE --reason TEXT
    申报回避：该人员不会被抽取或指定去检查该单位。

INSPECTOR 是 inspector list 中的编号（或其开头几个字符）或姓名。</translation>
    </message>
    <message>
        <source>the person&apos;s name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>the bureau (name or uuid)</source>
        <translation>市场监管部门（名称或 uuid）</translation>
    </message>
    <message>
        <source>inspector (检查人员, default) or assessor (考评员)</source>
        <translation>inspector（检查人员，默认）或 assessor（考评员）</translation>
    </message>
    <message>
        <source>telephone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>a note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>whether the person can be drawn</source>
        <translation>是否可被抽取</translation>
    </message>
    <message>
        <source>conflict: the unit (credit code or name)</source>
        <translation>conflict：单位（统一社会信用代码或名称）</translation>
    </message>
    <message>
        <source>conflict: the reason</source>
        <translation>conflict：回避原因</translation>
    </message>
    <message>
        <source>list: output format</source>
        <translation>list：输出格式</translation>
    </message>
    <message>
        <source>the inspection plan of a campaign: teams, days, inspected and not inspected units</source>
        <translation>专项检查活动的检查计划：检查组、日期、已检查和未能检查的单位</translation>
    </message>
    <message>
        <source>teams: the seed of the team draw</source>
        <translation>teams：检查组抽取的随机种子</translation>
    </message>
    <message>
        <source>teams: inspectors per team (default 2)</source>
        <translation>teams：每组检查人员人数（默认 2）</translation>
    </message>
    <message>
        <source>teams: also draw an assessor (考评员) for each team</source>
        <translation>teams：同时为每组抽取一名考评员</translation>
    </message>
    <message>
        <source>the plan entry of this unit (credit code or name)</source>
        <translation>该单位的计划条目（统一社会信用代码或名称）</translation>
    </message>
    <message>
        <source>the plan entry of this lower bureau</source>
        <translation>该下级市场监管部门的计划条目</translation>
    </message>
    <message>
        <source>team: the inspectors (ids or names, comma separated)</source>
        <translation>team：检查人员（编号或姓名，用逗号分隔）</translation>
    </message>
    <message>
        <source>team: the assessor</source>
        <translation>team：考评员</translation>
    </message>
    <message>
        <source>team: why set by hand; mark: why not inspected</source>
        <translation>team：人工指定的原因；mark：未能检查的原因</translation>
    </message>
    <message>
        <source>schedule: first planned day</source>
        <translation>schedule：计划检查的第一天</translation>
    </message>
    <message>
        <source>schedule: last planned day (default: the first)</source>
        <translation>schedule：计划检查的最后一天（默认同第一天）</translation>
    </message>
    <message>
        <source>mark: planned, inspected or not_inspected</source>
        <translation>mark：planned、inspected 或 not_inspected</translation>
    </message>
    <message>
        <source>mark: the day it was inspected (default: today)</source>
        <translation>mark：检查日期（默认今天）</translation>
    </message>
    <message>
        <source>mark: the follow-up plan for a unit not inspected</source>
        <translation>mark：未能检查单位的后续检查安排</translation>
    </message>
    <message>
        <source>mark: when the follow-up is planned</source>
        <translation>mark：后续检查的计划日期</translation>
    </message>
    <message>
        <source>give the seed of the draw with --seed (e.g. the number drawn at the meeting)</source>
        <translation>请用 --seed 给出抽查的随机种子（例如会上摇出的号码）</translation>
    </message>
    <message>
        <source>give the file for the sampling record with --out RECORD.json</source>
        <translation>请用 --out RECORD.json 给出抽查记录文件</translation>
    </message>
    <message>
        <source>--%1 takes a ratio above 0 and up to 1 such as 0.2 or 20%, not &apos;%2&apos;</source>
        <translation>--%1 是大于 0、不超过 1 的比例，例如 0.2 或 20%，而不是“%2”</translation>
    </message>
    <message>
        <source>--focus-weight takes a percentage from 100 (no extra weight) to 10000, e.g. 200 for twice as likely, not &apos;%1&apos;</source>
        <translation>--focus-weight 是 100（不加权）至 10000 之间的百分数，例如 200 表示概率加倍，而不是“%1”</translation>
    </message>
    <message>
        <source>--standards-per-field takes a whole number (0 = all), not &apos;%1&apos;</source>
        <translation>--standards-per-field 是整数（0 = 全部），而不是“%1”</translation>
    </message>
    <message>
        <source>%1 is a folder; give a file name for --out</source>
        <translation>%1 是文件夹；请为 --out 给出文件名</translation>
    </message>
    <message>
        <source>Drew %1 of %2 units (%3 drawn, %4 added to cover fields), %5 standards and %6 of %7 lower bureaus with the seed &apos;%8&apos;.</source>
        <translation>用随机种子“%8”从 %2 家单位中抽取了 %1 家（随机抽取 %3 家，为覆盖专业领域增补 %4 家）、%5 项计量标准，以及 %7 个下级市场监管部门中的 %6 个。</translation>
    </message>
    <message>
        <source>  field %1 was missed by the draw and added %2 (%3)</source>
        <translation>  随机抽取未覆盖专业领域 %1，增补 %2（%3）</translation>
    </message>
    <message>
        <source>Record %1 (SHA-256 %2) written to %3.</source>
        <translation>抽查记录 %1（SHA-256 %2）已写入 %3。</translation>
    </message>
    <message>
        <source>give the sampling record file to verify</source>
        <translation>请给出要验证的抽查记录文件</translation>
    </message>
    <message>
        <source>ok: %1</source>
        <translation>通过：%1</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>说明：%1</translation>
    </message>
    <message>
        <source>DIFFERS: %1</source>
        <translation>不一致：%1</translation>
    </message>
    <message>
        <source>confirmed: the draw %1 follows from its seed, parameters and population.</source>
        <translation>已确认：抽查 %1 由其随机种子、参数和抽查总体得出。</translation>
    </message>
    <message numerus="yes">
        <source>NOT CONFIRMED: %n difference(s) found.</source>
        <translation>
            <numerusform>未能确认：发现 %n 处不一致。</numerusform>
        </translation>
    </message>
    <message>
        <source>give the record file and --out FILE.pdf</source>
        <translation>请给出抽查记录文件和 --out FILE.pdf</translation>
    </message>
    <message>
        <source>Printed the sampling record to %1.</source>
        <translation>抽查记录已打印到 %1。</translation>
    </message>
    <message>
        <source>record</source>
        <translation>抽查记录</translation>
    </message>
    <message>
        <source>drawn at</source>
        <translation>抽取时间</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <source>units</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>bureaus</source>
        <translation>市场监管部门</translation>
    </message>
    <message>
        <source>reason for drawing again</source>
        <translation>重新抽取的原因</translation>
    </message>
    <message>
        <source>the verifiable random draw of units, standards and lower bureaus, and its record</source>
        <translation>可验证的随机抽查（单位、计量标准和下级市场监管部门）及抽查记录</translation>
    </message>
    <message>
        <source>sample draw ID --seed S [--ratio R] [--bureau-ratio R] [--focus-weight W] [--standards-per-field N] [--witnesses TEXT] [--reason TEXT] --out RECORD.json [--pdf FILE]
    draws at least the ratio (default 20 %, rounded up) of the units in scope of the campaign, adds a unit for every metrology field the draw missed, takes one standard per field of each sampled unit, and draws the ratio of the lower bureaus; stores the record in the workspace and writes it as JSON (and as a PDF). A campaign drawn before needs --reason.
sample verify RECORD.json [--file-only]
    re-derives the draw from the record&apos;s seed, parameters and population; with the workspace (unless --file-only) also compares it with the stored draw and the registry. Exit status 0 only when confirmed, 1 when anything differs.
sample print RECORD.json --out FILE.pdf
sample list ID
    the draws of a campaign.

The algorithm (MI-DRAW-1) is described in the README, section &quot;Verifiable random draws&quot;, so the draw can be re-implemented independently.</source>
        <translation>sample draw ID --seed S [--ratio R] [--bureau-ratio R] [--focus-weight W] [--standards-per-field N] [--witnesses TEXT] [--reason TEXT] --out RECORD.json [--pdf FILE]
    从专项检查活动范围内的单位中至少抽取该比例（默认 20%，向上取整），随机抽取未覆盖的每个专业计量领域增补一家单位，每家抽中单位的每个专业领域抽取一项计量标准，并按比例抽取下级市场监管部门；抽查记录保存在工作区中，并写成 JSON（及 PDF）。已抽取过的活动需要 --reason。
sample verify RECORD.json [--file-only]
    由记录中的随机种子、参数和抽查总体重新推算抽查结果；有工作区时（除非 --file-only）还与保存的抽查和登记册比对。只有确认无误时退出状态为 0，有任何不一致时为 1。
sample print RECORD.json --out FILE.pdf
sample list ID
    专项检查活动的各次抽查。

算法（MI-DRAW-1）见 README 的“Verifiable random draws”一节，任何人都可以独立实现并复核。</translation>
    </message>
    <message>
        <source>draw: the seed, e.g. a number drawn in public</source>
        <translation>draw：随机种子，例如公开摇出的号码</translation>
    </message>
    <message>
        <source>draw: share of the units, e.g. 0.2 or 20% (default 20 %)</source>
        <translation>draw：单位抽取比例，例如 0.2 或 20%（默认 20%）</translation>
    </message>
    <message>
        <source>draw: share of the lower bureaus (default 20 %)</source>
        <translation>draw：下级市场监管部门抽取比例（默认 20%）</translation>
    </message>
    <message>
        <source>draw: weight of units with a focus area in percent (default 200 = twice as likely)</source>
        <translation>draw：涉及重点领域单位的权重百分数（默认 200 = 概率加倍）</translation>
    </message>
    <message>
        <source>draw: standards per field of a sampled unit (default 1; 0 = all)</source>
        <translation>draw：抽中单位每个专业领域抽取的计量标准数（默认 1；0 = 全部）</translation>
    </message>
    <message>
        <source>draw: who witnessed the draw</source>
        <translation>draw：抽查的见证人</translation>
    </message>
    <message>
        <source>draw: why the campaign is drawn again</source>
        <translation>draw：重新抽取的原因</translation>
    </message>
    <message>
        <source>draw: the record file (JSON); print: the PDF</source>
        <translation>draw：抽查记录文件（JSON）；print：PDF 文件</translation>
    </message>
    <message>
        <source>draw: also print the record to this PDF</source>
        <translation>draw：同时将抽查记录打印到该 PDF</translation>
    </message>
    <message>
        <source>verify: do not compare with the workspace</source>
        <translation>verify：不与工作区比对</translation>
    </message>
    <message>
        <source>note: no team of the plan of %1 was drawn; nothing to verify.</source>
        <translation>注意：%1 的检查计划中没有随机抽取的检查组，无需验证。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>ok: %1: the team follows from the seed &apos;%2&apos;</source>
        <translation>通过：%1：检查组由随机种子“%2”得出</translation>
    </message>
    <message>
        <source>DIFFERS: %1: %2</source>
        <translation>不一致：%1：%2</translation>
    </message>
    <message numerus="yes">
        <source>confirmed: %n drawn team(s) re-derived from their seeds.</source>
        <translation>
            <numerusform>已确认：%n 个随机抽取的检查组均可由其随机种子重新推导得出。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>NOT CONFIRMED: %1 of %n drawn team(s) differ.</source>
        <translation>
            <numerusform>未能确认：%n 个随机抽取的检查组中有 %1 个不一致。</numerusform>
        </translation>
    </message>
    <message>
        <source>plan make ID
    adds a plan entry for every unit (with its sampled standards) and lower bureau of the latest draw.
plan teams ID --seed S [--size N] [--with-assessor]
    draws a team of N inspectors (default 2) for every entry without one from the organising bureau&apos;s directory, with the same verifiable algorithm as the sample, leaving out anyone with a conflict of interest.
plan team ID --unit CODE|--bureau NAME --inspectors A,B [--assessor C] --reason TEXT
    sets a team by hand; the reason is recorded.
plan schedule ID --unit CODE|--bureau NAME --from DATE [--to DATE]
    the planned days, inside the on-site inspection phase.
plan mark ID --unit CODE|--bureau NAME --status inspected|not_inspected|planned [--on DATE] [--reason TEXT] [--follow-up TEXT] [--follow-up-on DATE]
    a unit that could not be inspected needs the reason and the follow-up plan.
plan verify ID
    re-derives every drawn team from its seed over the directory and conflicts as they are now. Exit status 0 only when every drawn team is confirmed, 1 when any differs.
plan list ID [--format table|json]</source>
        <translation>plan make ID
    为最近一次抽查抽中的每家单位（及其抽中的计量标准）和每个下级市场监管部门添加计划条目。
plan teams ID --seed S [--size N] [--with-assessor]
    用与抽查相同的可验证算法，从组织部门的检查人员名录中为每个尚无检查组的条目抽取 N 名检查人员（默认 2 名），已申报回避的人员不参与抽取。
plan team ID --unit CODE|--bureau NAME --inspectors A,B [--assessor C] --reason TEXT
    人工指定检查组，并记录原因。
plan schedule ID --unit CODE|--bureau NAME --from DATE [--to DATE]
    计划检查日期，须在现场监督检查阶段内。
plan mark ID --unit CODE|--bureau NAME --status inspected|not_inspected|planned [--on DATE] [--reason TEXT] [--follow-up TEXT] [--follow-up-on DATE]
    未能检查的单位须写明原因和后续检查安排。
plan verify ID
    按当前的检查人员名录和回避申报，用随机种子重新推导每个随机抽取的检查组。仅当所有随机抽取的检查组均得到确认时退出状态为 0，有任何不一致时为 1。
plan list ID [--format table|json]</translation>
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
    <message>
        <source>history: opening a standard&apos;s history log (goal 100 ms), the due and overdue list over all standards (goal 1 s), exporting the log as CSV and importing it into a copy of the workspace without history (goal 20 s), generating the demo history log (goal 60 s) and the peak memory (goal 300 MB). An existing workspace without history gets the demo history first.</source>
        <translation>history：打开一项计量标准的履历书（目标 100 ms），全部计量标准的到期与超期清单（目标 1 s），将履历书导出为 CSV 并导入到不含履历的工作区副本（目标 20 s），生成演示履历书（目标 60 s），以及进程内存峰值（目标 300 MB）。已有工作区若无履历，先生成演示履历。</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos;; use text or json</source>
        <translation>未知格式“%1”；请用 text 或 json</translation>
    </message>
    <message>
        <source>give the file of readings with --readings FILE</source>
        <translation>请用 --readings FILE 给出测得值文件</translation>
    </message>
    <message>
        <source>give the reference standard deviation with --reference S</source>
        <translation>请用 --reference S 给出参考标准偏差</translation>
    </message>
    <message>
        <source>--reference must be a number greater than 0, not &apos;%1&apos;</source>
        <translation>--reference 必须是大于 0 的数，而不是“%1”</translation>
    </message>
    <message>
        <source>verdict: %1</source>
        <translation>结论：%1</translation>
    </message>
    <message>
        <source>reason: %1</source>
        <translation>理由：%1</translation>
    </message>
    <message>
        <source>s is greater than the reference: re-evaluate the uncertainty with the new s; the test passes if it still meets the requirement, and fails otherwise.</source>
        <translation>s 大于参考值：请用新的 s 重新评定测量不确定度；若仍满足要求则试验合格，否则不合格。</translation>
    </message>
    <message>
        <source>give the CSV file of date,reading rows with --groups FILE</source>
        <translation>请用 --groups FILE 给出“日期,测得值”格式的 CSV 文件</translation>
    </message>
    <message>
        <source>give the limit (|MPE| or U of the correction) with --limit L</source>
        <translation>请用 --limit L 给出限值（|最大允许误差| 或修正值的扩展不确定度）</translation>
    </message>
    <message>
        <source>--limit must be a number greater than 0, not &apos;%1&apos;</source>
        <translation>--limit 必须是大于 0 的数，而不是“%1”</translation>
    </message>
    <message>
        <source>unknown mode &apos;%1&apos;; use new or existing</source>
        <translation>未知类型“%1”；请用 new 或 existing</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>平均值</translation>
    </message>
    <message>
        <source>stability = %1</source>
        <translation>稳定性 = %1</translation>
    </message>
    <message>
        <source>limit = %1</source>
        <translation>限值 = %1</translation>
    </message>
    <message>
        <source>say what to assess: repeatability or stability</source>
        <translation>请说明要判定的内容：repeatability 或 stability</translation>
    </message>
    <message>
        <source>--groups, --limit and --mode belong to &apos;assess stability&apos;</source>
        <translation>--groups、--limit 和 --mode 属于“assess stability”</translation>
    </message>
    <message>
        <source>--readings, --reference and --reason belong to &apos;assess repeatability&apos;</source>
        <translation>--readings、--reference 和 --reason 属于“assess repeatability”</translation>
    </message>
    <message>
        <source>cannot assess &apos;%1&apos;; use repeatability or stability</source>
        <translation>无法判定“%1”；请用 repeatability 或 stability</translation>
    </message>
    <message>
        <source>give the CSV file to import</source>
        <translation>请给出要导入的 CSV 文件</translation>
    </message>
    <message>
        <source>Imported %1 rows of history from %2: %3 entries recorded, %4 already in the log.</source>
        <translation>已从 %2 导入 %1 行履历：新记录 %3 条，已在履历书中 %4 条。</translation>
    </message>
    <message>
        <source>give the CSV file to write</source>
        <translation>请给出要写入的 CSV 文件</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Wrote %1 history log entries to %2.</source>
        <translation>已将 %1 条履历记录写入 %2。</translation>
    </message>
    <message>
        <source>give the certificate number of the standard</source>
        <translation>请给出计量标准的证书编号</translation>
    </message>
    <message>
        <source>no standard has or had the certificate number %1</source>
        <translation>没有计量标准持有或曾持有证书编号 %1</translation>
    </message>
    <message>
        <source>%1 %2 (%3), %4, valid %5 to %6, %7</source>
        <translation>%1 %2（%3），%4，有效期 %5 至 %6，%7</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n 条记录</numerusform>
        </translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>记录人</translation>
    </message>
    <message>
        <source>give the PDF file to write with --output</source>
        <translation>请用 --output 给出要写入的 PDF 文件</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the history log of %1 (%n entries) to %2.</source>
        <translation>
            <numerusform>已将 %1 的履历书（%n 条记录）写入 %2。</numerusform>
        </translation>
    </message>
    <message>
        <source>give --certificate NO, --institution NAME or --serial SERIAL</source>
        <translation>请给出 --certificate 证书编号、--institution 机构名称或 --serial 出厂编号</translation>
    </message>
    <message numerus="yes">
        <source>%n standard(s) rely on it:</source>
        <translation>
            <numerusform>%n 项计量标准依赖于它：</numerusform>
        </translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>出厂编号</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Traceability certificate</source>
        <translation>溯源证书</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>say what to do: import, export, list, print or trace</source>
        <translation>请说明要做什么：import、export、list、print 或 trace</translation>
    </message>
    <message>
        <source>unknown action &apos;%1&apos;; use import, export, list, print or trace</source>
        <translation>未知操作“%1”；请用 import、export、list、print 或 trace</translation>
    </message>
    <message>
        <source>Accepted column headers of &apos;history import&apos; (English or Chinese, any order; * = required):</source>
        <translation>“history import”可识别的列标题（中文或英文，顺序不限；* 为必填）：</translation>
    </message>
    <message>
        <source>Types: %1</source>
        <translation>类型：%1</translation>
    </message>
    <message>
        <source>malformed date &apos;%1&apos; for --as-of; write YYYY-MM-DD, e.g. %2</source>
        <translation>--as-of 的日期“%1”格式不对；请写作 YYYY-MM-DD，例如 %2</translation>
    </message>
    <message>
        <source>--within needs a number of days from 0 to 3660, not &apos;%1&apos;</source>
        <translation>--within 需要 0 至 3660 之间的天数，而不是“%1”</translation>
    </message>
    <message>
        <source>As of %1: %2 overdue, %3 due within %4 days.</source>
        <translation>截至 %1：超期 %2 项，%4 天内到期 %3 项。</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>judge a repeatability test or a stability check (JJF 1033)</source>
        <translation>判定重复性试验或稳定性考核（JJF 1033）</translation>
    </message>
    <message>
        <source>repeatability: FILE has one reading per line (blank lines and lines starting with # are skipped). Prints n, the mean, the experimental standard deviation s (Bessel) and the reference s, and the verdict: pass when s &lt;= reference, reevaluate when s &gt; reference (re-evaluate the uncertainty with the new s), refused for fewer than 6 readings, or fewer than 10 without --reason.</source>
        <translation>repeatability：FILE 每行一个测得值（空行和以 # 开头的行被忽略）。输出 n、平均值、按贝塞尔公式计算的实验标准偏差 s 和参考 s，以及结论：s &lt;= 参考值时为 pass（合格），s &gt; 参考值时为 reevaluate（用新的 s 重新评定测量不确定度），测得值少于 6 个、或少于 10 个而未给出 --reason 时为 refused（不予判定）。</translation>
    </message>
    <message>
        <source>stability: FILE is CSV date,reading, one row per reading; the readings of one date form one group. --mode new (the default): at least 4 groups, consecutive groups more than one month apart (after the same day of the next month and more than 30 days), stability = largest group mean - smallest. --mode existing: stability = |latest group mean - the one before|. The verdict is pass only when the stability is less than the limit (|MPE|, or the expanded uncertainty of the correction); a stability equal to the limit fails.</source>
        <translation>stability：FILE 为“日期,测得值”格式的 CSV，每行一个测得值；同一日期的测得值为一组。--mode new（默认）：至少 4 组，相邻两组间隔一个月以上（晚于下月同日且超过 30 天），稳定性 = 最大组平均值 - 最小组平均值。--mode existing：稳定性 = |最近一组平均值 - 前一组平均值|。只有稳定性小于限值（|最大允许误差|，或修正值的扩展不确定度）时才为 pass（合格）；稳定性等于限值为不合格。</translation>
    </message>
    <message>
        <source>JSON keys: n, mean, s, reference, verdict (pass|reevaluate|refused) and reason when refused; groups (date, n, mean), stability, limit, verdict (pass|fail|refused) and reason. Numbers are printed with full double precision. Exit status 0 for every verdict, 2 for a malformed file or option. Needs no workspace.</source>
        <translation>JSON 键：n、mean、s、reference、verdict（pass|reevaluate|refused），不予判定时另有 reason；groups（date、n、mean）、stability、limit、verdict（pass|fail|refused）和 reason。数值按双精度完整输出。任何结论的退出状态均为 0，文件或选项格式错误为 2。不需要工作区。</translation>
    </message>
    <message>
        <source>readings of a repeatability test, one per line</source>
        <translation>重复性试验的测得值，每行一个</translation>
    </message>
    <message>
        <source>the reference standard deviation of the uncertainty evaluation</source>
        <translation>测量不确定度评定中的参考标准偏差</translation>
    </message>
    <message>
        <source>why fewer than 10 readings were taken (6 to 9 readings)</source>
        <translation>测量次数少于 10 次的理由（6 至 9 次）</translation>
    </message>
    <message>
        <source>CSV date,reading of a stability check</source>
        <translation>稳定性考核的 CSV“日期,测得值”</translation>
    </message>
    <message>
        <source>|MPE|, or the expanded uncertainty of the correction</source>
        <translation>|最大允许误差|，或修正值的扩展不确定度</translation>
    </message>
    <message>
        <source>new standard (default) or existing standard</source>
        <translation>新建计量标准（默认）或已建计量标准</translation>
    </message>
    <message>
        <source>output format (default: text)</source>
        <translation>输出格式（默认：text）</translation>
    </message>
    <message>
        <source>import, export, list and trace the history log (履历书) of standards</source>
        <translation>导入、导出、列出和追溯计量标准履历书</translation>
    </message>
    <message>
        <source>import FILE: imports history log entries from CSV (UTF-8 with or without BOM, or GB18030), one entry per row, for any standards. Every row is checked first, then every entry with the timeline it joins (a sealed standard records no test, a resumption needs a fresh traceability, ...); a file with any problem imports nothing and each is printed as FILE:LINE: column: message (exit status 2). Rows already in the log are not added again.</source>
        <translation>import FILE：从 CSV（UTF-8，带或不带 BOM，或 GB18030）导入履历记录，每行一条，可涉及任意计量标准。先检查每一行，再将每条记录与其所属履历一起检查（封存的计量标准不能记录试验，恢复使用需要新的溯源记录，……）；文件有任何问题则不导入任何内容，每个问题按“文件:行: 列: 信息”输出（退出状态 2）。已在履历书中的行不会重复添加。</translation>
    </message>
    <message>
        <source>export FILE: writes the whole history log as CSV in the columns &apos;history import&apos; reads (UTF-8 with BOM, English headers), to edit in Excel/WPS or to import into another workspace.</source>
        <translation>export FILE：将全部履历书按“history import”读取的列写为 CSV（UTF-8 带 BOM，英文列标题），可在 Excel/WPS 中编辑或导入另一工作区。</translation>
    </message>
    <message>
        <source>list CERTIFICATE_NO: the standard with this (current or former) certificate number and every entry of its history log in the order they happened.</source>
        <translation>list CERTIFICATE_NO：持有（或曾持有）该证书编号的计量标准及其履历书中按发生顺序排列的全部记录。</translation>
    </message>
    <message>
        <source>print CERTIFICATE_NO --output FILE.pdf: the history log (履历书) of that standard as a PDF on A4: the standard&apos;s data, its instruments and every entry.</source>
        <translation>print CERTIFICATE_NO --output FILE.pdf：将该计量标准的履历书输出为 A4 PDF：计量标准信息、计量标准器及配套设备和全部记录。</translation>
    </message>
    <message>
        <source>trace: the standards relying on a traceability certificate, an institution (part of its name) or an instrument serial number, from the history log and the registry&apos;s instruments, and every other record that relies on those standards.</source>
        <translation>trace：依据履历书和台账中的设备，列出依赖某溯源证书、某机构（名称的一部分）或某出厂编号设备的计量标准，以及依赖这些计量标准的其他记录。</translation>
    </message>
    <message>
        <source>output format of list and trace (default: table)</source>
        <translation>list 和 trace 的输出格式（默认：table）</translation>
    </message>
    <message>
        <source>print: the PDF file to write</source>
        <translation>print：要写入的 PDF 文件</translation>
    </message>
    <message>
        <source>trace: a traceability certificate number</source>
        <translation>trace：溯源证书编号</translation>
    </message>
    <message>
        <source>trace: an institution, or part of its name</source>
        <translation>trace：机构名称或其一部分</translation>
    </message>
    <message>
        <source>trace: an instrument serial number</source>
        <translation>trace：设备出厂编号</translation>
    </message>
    <message>
        <source>list what is due or overdue: tests, traceability, re-examinations</source>
        <translation>列出到期或超期事项：试验、溯源、复查考核</translation>
    </message>
    <message>
        <source>Lists, as of the given day (default: today), what is due within DAYS (default 30) or overdue over all standards: the yearly repeatability test and stability check of every parameter (a failed last one is overdue at once), each instrument&apos;s traceability, the re-examination window that opens 6 months before a certificate expires, expired certificates, sealed standards past their expiry, and standards needing a new examination after a replacement. Overdue first, then by due date. The csv and json formats use stable English keys.</source>
        <translation>列出截至给定日期（默认：今天）全部计量标准在 DAYS 天内（默认 30）到期或已超期的事项：每个参数每年的重复性试验和稳定性考核（最近一次不合格的立即超期）、每台设备的溯源、证书到期前 6 个月开始的复查考核申请期、已过期的证书、封存期间过期的计量标准，以及因更换设备需重新建标考核的计量标准。超期在前，其余按到期日排序。csv 和 json 格式使用固定的英文键。</translation>
    </message>
    <message>
        <source>the day to judge by (default: today)</source>
        <translation>判定所依据的日期（默认：今天）</translation>
    </message>
    <message>
        <source>how far ahead &apos;due&apos; looks (default: 30)</source>
        <translation>“到期”向前看的天数（默认：30）</translation>
    </message>
    <message>
        <source>log in as this account (needed once the workspace has accounts); the password comes from METINSPECT_PASSWORD or is asked for without echo</source>
        <translation>以此账户登录（工作区有账户后必须）；密码取自 METINSPECT_PASSWORD，或在不回显的提示中输入</translation>
    </message>
    <message>
        <source>the workspace %1 has accounts: log in with --user NAME (the password from METINSPECT_PASSWORD or the prompt)</source>
        <translation>工作区 %1 已有账户：请用 --user 用户名 登录（密码取自 METINSPECT_PASSWORD 或提示输入）</translation>
    </message>
    <message>
        <source>note: the workspace has no accounts yet, so --user %1 is not needed; working as %2</source>
        <translation>注意：工作区还没有账户，不需要 --user %1；以 %2 身份操作</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>%1 的密码：</translation>
    </message>
    <message>
        <source>no password given for %1</source>
        <translation>没有给出 %1 的密码</translation>
    </message>
    <message>
        <source>Usage: %1 [--workspace PATH] [--user NAME] [--lang zh_CN|en] COMMAND [ARGUMENTS]</source>
        <translation>用法：%1 [--workspace 路径] [--user 用户名] [--lang zh_CN|en] 命令 [参数]</translation>
    </message>
    <message>
        <source>Exit status: 0 success; 1 failure (storage error, tampering found by verify-audit, a backup that does not check out, a login that failed, or an action the account&apos;s role may not do: the message names the role it needs); 2 bad input (unknown command or option, malformed value, invalid code or CSV row).</source>
        <translation>退出状态：0 成功；1 失败（存储错误、verify-audit 发现篡改、备份未通过检查、登录失败，或账户的角色无权执行该操作：消息会指出所需的角色）；2 输入错误（未知命令或选项、格式错误的值、无效的代码或 CSV 行）。</translation>
    </message>
    <message>
        <source>--keep needs a whole number from 1 to %1, not &apos;%2&apos;</source>
        <translation>--keep 需要 1 到 %1 的整数，而不是“%2”</translation>
    </message>
    <message>
        <source>--to needs a folder</source>
        <translation>--to 需要一个文件夹</translation>
    </message>
    <message>
        <source>Backed up %1 to %2 (%3 KB, %4 attached files).</source>
        <translation>已将 %1 备份到 %2（%3 KB，%4 个附件）。</translation>
    </message>
    <message>
        <source>warning: the attached file %1 is missing or altered in the file store and is not in the backup</source>
        <translation>警告：附件 %1 在文件库中缺失或被改动，未包含在备份中</translation>
    </message>
    <message>
        <source>Removed the older backup %1.</source>
        <translation>已删除较早的备份 %1。</translation>
    </message>
    <message>
        <source>give the backup file to restore</source>
        <translation>请给出要恢复的备份文件</translation>
    </message>
    <message>
        <source>there is no backup file %1</source>
        <translation>没有备份文件 %1</translation>
    </message>
    <message>
        <source>note: the workspace %1 cannot be opened (%2); restoring over it</source>
        <translation>注意：工作区 %1 无法打开（%2）；将用备份覆盖它</translation>
    </message>
    <message>
        <source>Restored %1 from %2 (made %3 by %4; %5 audit entries, %6 records and %7 attached files checked).</source>
        <translation>已从 %2 恢复 %1（由 %4 于 %3 制作；已检查 %5 条审计记录、%6 条记录和 %7 个附件）。</translation>
    </message>
    <message>
        <source>The replaced workspace was kept as %1.</source>
        <translation>被替换的工作区已保留为 %1。</translation>
    </message>
    <message>
        <source>back the workspace up into a folder, keeping N generations</source>
        <translation>将工作区备份到文件夹，保留 N 份</translation>
    </message>
    <message>
        <source>Copies the open workspace, with the content of every attached file, into one backup file WORKSPACE-YYYYMMDD-HHMMSS.metinspect-backup in the folder (owner-only), consistently even while others work in it (SQLite VACUUM INTO), then deletes the oldest backups of this workspace in the folder beyond N. The folder and N default to the workspace&apos;s backup settings (the application&apos;s Accounts &amp; security page), else WORKSPACE-backups beside it and 7. A PostgreSQL workspace is backed up on its server with pg_dump instead.</source>
        <translation>将打开的工作区连同每个附件的内容复制为文件夹中的一个备份文件 WORKSPACE-YYYYMMDD-HHMMSS.metinspect-backup（仅所有者可读），即使他人正在使用也能得到一致的副本（SQLite VACUUM INTO），然后删除该文件夹中本工作区超出 N 份的最旧备份。文件夹和 N 默认取工作区的备份设置（应用程序的“账户与安全”页面），否则为工作区旁的 WORKSPACE-backups 和 7。PostgreSQL 工作区请在服务器上用 pg_dump 备份。</translation>
    </message>
    <message>
        <source>the backup folder, e.g. on a USB disk</source>
        <translation>备份文件夹，例如 U 盘上的文件夹</translation>
    </message>
    <message>
        <source>how many backups of this workspace to keep in the folder</source>
        <translation>在该文件夹中保留本工作区的备份份数</translation>
    </message>
    <message>
        <source>replace the workspace by a checked backup, keeping the replaced one aside</source>
        <translation>用检查过的备份替换工作区，并保留被替换的工作区</translation>
    </message>
    <message>
        <source>Checks the backup completely first (PRAGMA integrity_check, the SHA-256 of every attached file, the audit chain and every record against it) and refuses a backup that fails, changing nothing (exit status 1). Then replaces the workspace by it, keeping the replaced workspace as WORKSPACE.replaced-YYYYMMDD-HHMMSS, and puts the attached files back into the file folder. Needs an administrator when the workspace has accounts; a workspace that cannot be opened at all is restored without a login.</source>
        <translation>先完整检查备份（PRAGMA integrity_check、每个附件的 SHA-256、审计链以及每条记录与审计链的一致性），未通过检查的备份被拒绝，不做任何改动（退出状态 1）。然后用它替换工作区，被替换的工作区保留为 WORKSPACE.replaced-YYYYMMDD-HHMMSS，并把附件放回文件夹。工作区有账户时需要管理员；完全无法打开的工作区无需登录即可恢复。</translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation>%1 的新密码：</translation>
    </message>
    <message>
        <source>Repeat the new password: </source>
        <translation>再次输入新密码：</translation>
    </message>
    <message>
        <source>metinspect-cli users: the two passwords differ; nothing was changed</source>
        <translation>metinspect-cli users：两次输入的密码不一致；未做任何改动</translation>
    </message>
    <message>
        <source>unknown role &apos;%1&apos;; use inspector, section_chief, administrator or auditor</source>
        <translation>未知角色“%1”；请使用 inspector、section_chief、administrator 或 auditor</translation>
    </message>
    <message>
        <source>give what to do: add, list, passwd, role, name, deactivate or activate</source>
        <translation>请给出要做的操作：add、list、passwd、role、name、deactivate 或 activate</translation>
    </message>
    <message>
        <source>usage: users %1</source>
        <translation>用法：users %1</translation>
    </message>
    <message>
        <source>unknown users command &apos;%1&apos;; use add, list, passwd, role, name, deactivate or activate</source>
        <translation>未知的 users 命令“%1”；请使用 add、list、passwd、role、name、deactivate 或 activate</translation>
    </message>
    <message>
        <source>give the role of the new account with --role</source>
        <translation>请用 --role 给出新账户的角色</translation>
    </message>
    <message>
        <source>Created the account %1 (%2).</source>
        <translation>已创建账户 %1（%2）。</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>The workspace has no accounts: everyone who can open it works as the operating-system user. Create the administrator with &apos;users add NAME --role administrator&apos;.</source>
        <translation>工作区没有账户：能打开它的人都以操作系统用户的身份操作。请用“users add 用户名 --role administrator”创建管理员。</translation>
    </message>
    <message>
        <source>login</source>
        <translation>登录名</translation>
    </message>
    <message>
        <source>full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>state</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Changed the password of %1.</source>
        <translation>已更改 %1 的密码。</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 现在是%2。</translation>
    </message>
    <message>
        <source>The full name of %1 is now %2.</source>
        <translation>%1 的姓名现在是 %2。</translation>
    </message>
    <message>
        <source>The account %1 is active again.</source>
        <translation>账户 %1 已重新启用。</translation>
    </message>
    <message>
        <source>The account %1 is deactivated: it can no longer log in or sign.</source>
        <translation>账户 %1 已停用：它不能再登录或签字。</translation>
    </message>
    <message>
        <source>manage the accounts: add, list, set passwords and roles, deactivate</source>
        <translation>管理账户：添加、列出、设置密码和角色、停用</translation>
    </message>
    <message>
        <source>Manages the accounts of the workspace. Roles: inspector (检查人员), section_chief (科长), administrator (管理员), auditor (审计员, reads only). While a workspace has no accounts, everyone who can open it works as the operating-system user; &apos;users add NAME --role administrator&apos; then creates the first account, which must be an administrator. From then on every command needs --user NAME, and only administrators add accounts, reset passwords, change roles and deactivate accounts; everyone changes their own password with &apos;users passwd NAME&apos; (giving the current one). The new password comes from METINSPECT_NEW_PASSWORD or is asked for twice without echo. Accounts are deactivated rather than deleted, so the audit trail keeps naming who they were; the last active administrator cannot be deactivated.</source>
        <translation>管理工作区的账户。角色：inspector（检查人员）、section_chief（科长）、administrator（管理员）、auditor（审计员，只读）。工作区没有账户时，能打开它的人都以操作系统用户的身份操作；“users add 用户名 --role administrator”创建第一个账户，它必须是管理员。此后每条命令都需要 --user 用户名，只有管理员可以添加账户、重设密码、更改角色和停用账户；每个人都可以用“users passwd 用户名”修改自己的密码（需输入当前密码）。新密码取自 METINSPECT_NEW_PASSWORD，或在不回显的提示中输入两次。账户只停用不删除，审计日志因此始终能指明是谁；最后一个启用的管理员不能被停用。</translation>
    </message>
    <message>
        <source>the role of a new account</source>
        <translation>新账户的角色</translation>
    </message>
    <message>
        <source>the full name shown in the application and on signatures</source>
        <translation>在应用程序和签字中显示的姓名</translation>
    </message>
    <message>
        <source>statistics: reading what attachment 3 is computed from and computing it for every bureau and in total (goal 1 s).</source>
        <translation>statistics：读取附件3所需的数据，并按各局及合计计算附件3（目标 1 秒）。</translation>
    </message>
    <message>
        <source>use: stats attachment3 [--campaign ID] --format xlsx|csv|json|pdf --out FILE</source>
        <translation>用法：stats attachment3 [--campaign ID] --format xlsx|csv|json|pdf --out FILE</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos;; use xlsx, csv, json or pdf</source>
        <translation>未知格式“%1”；请用 xlsx、csv、json 或 pdf</translation>
    </message>
    <message>
        <source>--out FILE is required</source>
        <translation>必须给出 --out FILE</translation>
    </message>
    <message>
        <source>Attachment 3 with %1 bureaus written to %2</source>
        <translation>附件3（%1 个局）已写入 %2</translation>
    </message>
    <message>
        <source>--campaign ID is required</source>
        <translation>必须给出 --campaign ID</translation>
    </message>
    <message>
        <source>Disclosure</source>
        <translation>公示</translation>
    </message>
    <message>
        <source>Inspection results of %1</source>
        <translation>%1检查结果</translation>
    </message>
    <message>
        <source>%1 inspection results written to %2</source>
        <translation>%1 条检查结果已写入 %2</translation>
    </message>
    <message>
        <source>use: report summary --campaign ID --out FILE.odt|.pdf</source>
        <translation>用法：report summary --campaign ID --out FILE.odt|.pdf</translation>
    </message>
    <message>
        <source>--out must name a .odt or .pdf file</source>
        <translation>--out 必须是 .odt 或 .pdf 文件</translation>
    </message>
    <message>
        <source>Summary report draft written to %1</source>
        <translation>总结报告草稿已写入 %1</translation>
    </message>
    <message>
        <source>the draft of a campaign&apos;s summary report</source>
        <translation>专项总结报告草稿</translation>
    </message>
    <message>
        <source>Writes the draft of the summary report of the campaign with the numbers of attachment 3 filled in, in the sections basic situation, main practices, typical cases, problems found and suggestions. A .odt file opens in WPS and LibreOffice for editing; a .pdf file is for reading.</source>
        <translation>写出专项总结报告草稿，填入附件3的数字，分为基本情况、主要做法、典型案例、发现问题和工作建议各部分。.odt 文件可用 WPS 和 LibreOffice 打开编辑；.pdf 文件供阅读。</translation>
    </message>
    <message>
        <source>the campaign (its id, the start of it, or its name)</source>
        <translation>专项（编号、编号开头或名称）</translation>
    </message>
    <message>
        <source>the file to write (.odt or .pdf)</source>
        <translation>要写入的文件（.odt 或 .pdf）</translation>
    </message>
    <message>
        <source>the public disclosure table of a campaign&apos;s inspection results</source>
        <translation>专项检查结果公示表</translation>
    </message>
    <message>
        <source>Writes the table for publication (公示): per signed inspection of a unit in the campaign the unit, its credit code, the standard inspected, the result, the date and the outcome of rectification. Contacts, addresses, findings, inspectors and case numbers are left out. FILE ending in .xlsx is an Excel workbook, anything else CSV (UTF-8).</source>
        <translation>写出供公示的表格：专项中每份已签署的单位检查记录的单位、统一社会信用代码、所检计量标准、检查结果、日期和整改情况。联系人、地址、问题描述、检查人员和案件编号均不列入。FILE 以 .xlsx 结尾时写 Excel 工作簿，否则写 CSV（UTF-8）。</translation>
    </message>
    <message>
        <source>the file to write (.csv or .xlsx)</source>
        <translation>要写入的文件（.csv 或 .xlsx）</translation>
    </message>
    <message>
        <source>the statistics table (attachment 3) of the report upward</source>
        <translation>上报用的统计表（附件3）</translation>
    </message>
    <message>
        <source>Computes attachment 3 from the workspace: per reporting bureau, each with everything below it in the bureau hierarchy, and in total, the certified units and standards (by category), units and standards inspected in signed inspections, the fields covered, focus-area standards inspected, standards with problems, nonconformities and defects, rectification (the same figures as the dashboard), stop value transfer, certificates cancelled, cases and penalties, entries listed but not inspected, and lower bureaus inspected with their problems. --campaign limits the inspections, the plan and the items to one campaign; the registry columns are always the whole registry.</source>
        <translation>根据工作区计算附件3：按填报单位（含其下级各局）及合计，统计获证建标单位和计量标准（分类别）、已签署检查记录中检查的单位和计量标准、覆盖的领域、重点领域检查的计量标准、存在问题的计量标准、不合格项和缺陷项、整改情况（与驾驶舱数字相同）、停止量值传递、注销证书、立案和处罚、列入计划但未检查的对象，以及检查的下级局及其发现的问题。--campaign 只统计该专项的检查、计划和整改项；台账各列始终为整个台账。</translation>
    </message>
    <message>
        <source>output format</source>
        <translation>输出格式</translation>
    </message>
    <message>
        <source>the file to write</source>
        <translation>要写入的文件</translation>
    </message>
    <message>
        <source>name the institution (credit code, id or name)</source>
        <translation>请指明机构（统一社会信用代码、编号或名称）</translation>
    </message>
    <message>
        <source>no institution &apos;%1&apos; in the register</source>
        <translation>名录中没有机构“%1”</translation>
    </message>
    <message>
        <source>&apos;%1&apos; names more than one institution; give the id</source>
        <translation>“%1”对应多个机构，请给出编号</translation>
    </message>
    <message>
        <source>--%1: &apos;%2&apos; is not a possible date</source>
        <translation>--%1：“%2”不是有效日期</translation>
    </message>
    <message>
        <source>Imported %1 institutions from %2 (%3 new, %4 updated).</source>
        <translation>已从 %2 导入 %1 家机构（新增 %3 家，更新 %4 家）。</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>valid to / published</source>
        <translation>有效期至/公示日期</translation>
    </message>
    <message>
        <source>items</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>截至 %1</translation>
    </message>
    <message>
        <source>Wrote %1 revoked institutions to %2.</source>
        <translation>已将 %1 家被撤销机构写入 %2。</translation>
    </message>
    <message>
        <source>give the ground of revocation with --ground; one of: %1</source>
        <translation>请用 --ground 给出撤销理由，可选：%1</translation>
    </message>
    <message>
        <source>Revoked %1 on %2: %3.</source>
        <translation>已于 %2 撤销 %1：%3。</translation>
    </message>
    <message>
        <source>--month: give the month reported as YYYY-MM, not &apos;%1&apos;</source>
        <translation>--month：请按 YYYY-MM 给出报送月份，而不是“%1”</translation>
    </message>
    <message>
        <source>--lines: &apos;%1&apos; is not CATEGORY=PASSED/FAILED</source>
        <translation>--lines：“%1”不符合 类别=合格数/不合格数 的格式</translation>
    </message>
    <message>
        <source>Recorded the report of %1 for %2: %3 passed, %4 failed%5.</source>
        <translation>已登记 %1 %2 的月报：合格 %3 台件，不合格 %4 台件%5。</translation>
    </message>
    <message>
        <source> (late: due %1)</source>
        <translation>（逾期报送：应于 %1 前报送）</translation>
    </message>
    <message>
        <source>unknown status &apos;%1&apos;; use upcoming, due, overdue or done</source>
        <translation>未知状态“%1”，请用 upcoming、due、overdue 或 done</translation>
    </message>
    <message>
        <source> (late)</source>
        <translation>（逾期）</translation>
    </message>
    <message>
        <source>institution</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>obligation</source>
        <translation>义务事项</translation>
    </message>
    <message>
        <source>for</source>
        <translation>所属期</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>办结依据</translation>
    </message>
    <message>
        <source>--kind: unknown obligation &apos;%1&apos;</source>
        <translation>--kind：未知义务事项“%1”</translation>
    </message>
    <message>
        <source>--due: give the obligation&apos;s due date (as listed)</source>
        <translation>--due：请给出该义务的期限日期（与列表一致）</translation>
    </message>
    <message>
        <source>Closed &quot;%1&quot; (due %2) of %3 on %4.</source>
        <translation>已于 %4 办结 %3 的“%1”（期限 %2）。</translation>
    </message>
    <message>
        <source>unknown subcommand &apos;%1&apos;; use list or close</source>
        <translation>未知子命令“%1”，请用 list 或 close</translation>
    </message>
    <message>
        <source>--year: give the year from 2000 to 2100</source>
        <translation>--year：请给出 2000 至 2100 之间的年度</translation>
    </message>
    <message>
        <source>give the seed of the draw with --seed</source>
        <translation>请用 --seed 给出抽取种子</translation>
    </message>
    <message>
        <source>give the annual plan with --plan PLAN.csv and the record file with --out</source>
        <translation>请用 --plan PLAN.csv 给出年度强检计划，并用 --out 给出记录文件</translation>
    </message>
    <message>
        <source>--raised-ratio: give a percentage from 10 to 100</source>
        <translation>--raised-ratio：请给出 10 至 100 之间的百分比</translation>
    </message>
    <message>
        <source>Drew %1 of %2 instruments (%3 %) of %4&apos;s %5 plan; record written to %6.</source>
        <translation>已从 %4 %5 年度计划的 %2 台件中抽取 %1 台件（%3 %），记录已写入 %6。</translation>
    </message>
    <message>
        <source>The ratio is raised: the last re-verification passed below 98 %.</source>
        <translation>抽取比例已提高：上次复核检定合格率低于 98 %。</translation>
    </message>
    <message>
        <source>%1 has no re-verification drawn for %2</source>
        <translation>%1 尚未抽取 %2 年度的复核检定</translation>
    </message>
    <message>
        <source>give --instrument KEY --result R, or --results FILE.csv</source>
        <translation>请给出 --instrument 编号 --result 结果，或 --results 文件.csv</translation>
    </message>
    <message>
        <source>%1: unknown result &apos;%2&apos;; use passed, failed or refused</source>
        <translation>%1：未知结果“%2”，请用 passed、failed 或 refused</translation>
    </message>
    <message>
        <source>&apos;%1&apos; was not drawn for %2</source>
        <translation>“%1”不在 %2 年度的抽取结果中</translation>
    </message>
    <message>
        <source>%1 %2: %3 of %4 results recorded, pass rate %5 %.</source>
        <translation>%1 %2 年度：已登记 %4 台件中的 %3 台件结果，合格率 %5 %。</translation>
    </message>
    <message>
        <source>Below 98 %: the institution is flagged and its next draw takes the raised ratio.</source>
        <translation>低于 98 %：该机构已被标记，下次抽取将按提高后的比例进行。</translation>
    </message>
    <message>
        <source>The draw is confirmed: re-running it gives the recorded instruments.</source>
        <translation>抽取结果已验证：重新运行得到相同的器具。</translation>
    </message>
    <message>
        <source>say what to do: draw, record or verify</source>
        <translation>请指明操作：draw、record 或 verify</translation>
    </message>
    <message>
        <source>the register of authorized institutions and self-committed enterprises</source>
        <translation>计量授权机构与承诺企业名录</translation>
    </message>
    <message>
        <source>revoke: the ground of revocation</source>
        <translation>revoke：撤销理由</translation>
    </message>
    <message>
        <source>revoke: the date of revocation (default today)</source>
        <translation>revoke：撤销日期（默认今天）</translation>
    </message>
    <message>
        <source>revoke: a note</source>
        <translation>revoke：备注</translation>
    </message>
    <message>
        <source>revoked: print the list to a PDF</source>
        <translation>revoked：将名单打印为 PDF</translation>
    </message>
    <message>
        <source>report: the month reported</source>
        <translation>report：报送月份</translation>
    </message>
    <message>
        <source>report: when it was received (default today)</source>
        <translation>report：收到日期（默认今天）</translation>
    </message>
    <message>
        <source>report: CATEGORY=PASSED/FAILED separated by ;</source>
        <translation>report：类别=合格数/不合格数，以 ; 分隔</translation>
    </message>
    <message>
        <source>the obligations calendar of verification bodies, overdue first</source>
        <translation>检定机构义务日历，逾期事项在前</translation>
    </message>
    <message>
        <source>obligations [list] [--as-of DATE] [--status upcoming|due|overdue|done] [--format table|json]
    every obligation of every body: institution, kind, due date, status and closing evidence. Rules (seed 002 Zhengzhou, 000 Binhai): renewal application 6 months before expiry; notice 6 months before stopping; next year&apos;s plan by December 10; monthly report by the 3rd; quarterly analysis by the end of the next month; one on-site inspection per calendar year; first inspection within 2 months of publication; declaration update when a standard&apos;s certificate expires; seal and certificate returned within 30 days of revocation; no new application for 3 years. An obligation is due from 30 days before its date and overdue the day after.
obligations close INSTITUTION --kind K --due DATE [--date DATE] --evidence TEXT
    records the evidence that met an obligation (K as in the JSON output, e.g. annual_plan).</source>
        <translation>obligations [list] [--as-of 日期] [--status upcoming|due|overdue|done] [--format table|json]
    列出所有机构的全部义务：机构、类型、期限、状态及办结依据。规则（种子 002 郑州、000 滨海）：证书有效期满前六个月提出延续申请；终止工作前六个月书面报告；每年 12 月 10 日前上报下年度强检计划；每月 3 日前报送上月强检情况；每季度统计分析（次月底前）；每年至少一次现场检查；公示后 2 个月内首次监督检查；计量标准证书到期时更新公示信息；撤销后 30 日内交还印章和证书；3 年内不得再次申请。期限前 30 天起为“临近期限”，期限次日起为“逾期”。
obligations close 机构 --kind 类型 --due 日期 [--date 日期] --evidence 说明
    登记某项义务的办结依据（类型与 JSON 输出一致，如 annual_plan）。</translation>
    </message>
    <message>
        <source>list: the day to compute the statuses for (default today)</source>
        <translation>list：计算状态所依据的日期（默认今天）</translation>
    </message>
    <message>
        <source>list: only obligations of this status</source>
        <translation>list：只列出该状态的义务</translation>
    </message>
    <message>
        <source>close: the kind of obligation</source>
        <translation>close：义务类型</translation>
    </message>
    <message>
        <source>close: its due date</source>
        <translation>close：期限日期</translation>
    </message>
    <message>
        <source>close: when it was met (default today)</source>
        <translation>close：办结日期（默认今天）</translation>
    </message>
    <message>
        <source>close: the document or note that proves it</source>
        <translation>close：证明材料或说明</translation>
    </message>
    <message>
        <source>supervisory re-verification (复核检定) by verifiable draw</source>
        <translation>以可验证抽取进行的监督复核检定</translation>
    </message>
    <message>
        <source>reverify draw INSTITUTION --year Y --seed S --plan PLAN.csv --out RECORD.json [--raised-ratio PCT]
    draws at least 10 % (rounded up) of the instruments of the institution&apos;s annual plan (columns instrument_no/器具编号, category/器具类别, name/器具名称) with MI-DRAW-1; 20 % (or --raised-ratio) when its last re-verification passed below 98 %. Stored once per year.
reverify record INSTITUTION --year Y (--instrument KEY --result passed|failed|refused | --results FILE.csv)
    records results; refusing to cooperate counts as failed. Prints the pass rate.
reverify verify RECORD.json
    re-runs the draw from the record and confirms it.</source>
        <translation>reverify draw 机构 --year 年度 --seed 种子 --plan 计划.csv --out 记录.json [--raised-ratio 百分比]
    以 MI-DRAW-1 从机构年度强检计划（列 instrument_no/器具编号、category/器具类别、name/器具名称）中抽取不少于 10 %（向上取整）的器具；上次复核检定合格率低于 98 % 时按 20 %（或 --raised-ratio）抽取。每年只抽取一次。
reverify record 机构 --year 年度 (--instrument 编号 --result passed|failed|refused | --results 文件.csv)
    登记复核结果；拒不配合按不合格计。输出合格率。
reverify verify 记录.json
    依据记录重新运行抽取并验证。</translation>
    </message>
    <message>
        <source>draw, record: the plan year</source>
        <translation>draw、record：计划年度</translation>
    </message>
    <message>
        <source>draw: the annual plan CSV</source>
        <translation>draw：年度强检计划 CSV</translation>
    </message>
    <message>
        <source>draw: the record file (JSON)</source>
        <translation>draw：记录文件（JSON）</translation>
    </message>
    <message>
        <source>draw: the raised ratio in percent (default 20)</source>
        <translation>draw：提高后的抽取比例，百分比（默认 20）</translation>
    </message>
    <message>
        <source>record: the instrument drawn</source>
        <translation>record：被抽取的器具</translation>
    </message>
    <message>
        <source>record: passed, failed or refused</source>
        <translation>record：passed（合格）、failed（不合格）或 refused（拒不配合）</translation>
    </message>
    <message>
        <source>record: a CSV of instrument_no,result</source>
        <translation>record：instrument_no,result 两列的 CSV</translation>
    </message>
    <message>
        <source>item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>standard certificate</source>
        <translation>计量标准证书</translation>
    </message>
    <message>
        <source>certificate valid to</source>
        <translation>证书有效期至</translation>
    </message>
    <message>
        <source>--item: name the declared item</source>
        <translation>--item：请给出声明项目</translation>
    </message>
    <message>
        <source>%1 has not declared the item %2</source>
        <translation>%1 未声明项目 %2</translation>
    </message>
    <message>
        <source>Withdrew the item %1 of %2.</source>
        <translation>已撤回 %2 的声明项目 %1。</translation>
    </message>
    <message>
        <source>--expires: &apos;%1&apos; is not a date (YYYY-MM-DD)</source>
        <translation>--expires：“%1”不是日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>Updated the declared item %1 of %2.</source>
        <translation>已更新 %2 的声明项目 %1。</translation>
    </message>
    <message>
        <source>Declared the item %1 for %2.</source>
        <translation>已为 %2 声明项目 %1。</translation>
    </message>
    <message>
        <source>list, revoked, items: output format</source>
        <translation>list、revoked、items：输出格式</translation>
    </message>
    <message>
        <source>declare, undeclare: the declared item</source>
        <translation>declare、undeclare：声明项目</translation>
    </message>
    <message>
        <source>declare: the certificate of the standard used</source>
        <translation>declare：所用计量标准的证书编号</translation>
    </message>
    <message>
        <source>declare: the standard certificate&apos;s expiry</source>
        <translation>declare：计量标准证书的有效期</translation>
    </message>
    <message>
        <source>revoked: write the list as CSV, or XLSX when named .xlsx</source>
        <translation>revoked：将名单写为 CSV，文件名为 .xlsx 时写为 XLSX</translation>
    </message>
    <message>
        <source>--%1 must be a whole number from %2 to %3, not &apos;%4&apos;</source>
        <translation>--%1 必须是 %2 到 %3 之间的整数，而不是“%4”</translation>
    </message>
    <message>
        <source>--into: give a PostgreSQL location (postgresql://…), not &apos;%1&apos;</source>
        <translation>--into：请给出 PostgreSQL 地址（postgresql://…），而不是“%1”</translation>
    </message>
    <message>
        <source>exchange: laptops each fill a month&apos;s work (--inspections, default 500 signed inspections, with --photos, default 2,000 evidence photos of --photo-kb, default 300 KB) and export it; measures sha256sum over one laptop&apos;s photos against its export (goal 2 × sha256sum) and merging all --packages (default 20) into a fresh schema of the PostgreSQL location of --into (goal 60 s; without --into into SQLite, without a goal). Needs about 0.7 GB in --work-dir per package at the default size.</source>
        <translation>exchange：每台笔记本填写一个月的工作（--inspections，默认 500 份已签名的检查记录；--photos，默认 2000 张 --photo-kb 大小、默认 300 KB 的证据照片）并导出；对比一台笔记本照片的 sha256sum 与其导出的用时（目标：不超过 sha256sum 的 2 倍），并把全部 --packages（默认 20 个）数据包合并到 --into 所给 PostgreSQL 的新建 schema（目标 60 秒；不给 --into 时合并到 SQLite，不设目标）。默认规模下每个数据包约需 --work-dir 中 0.7 GB 空间。</translation>
    </message>
    <message>
        <source>exchange: how many laptops&apos; month packages (default: 20)</source>
        <translation>exchange：多少台笔记本的月度数据包（默认 20）</translation>
    </message>
    <message>
        <source>exchange: inspections in a month&apos;s package (default: 500)</source>
        <translation>exchange：每个月度数据包中的检查记录数（默认 500）</translation>
    </message>
    <message>
        <source>exchange: evidence photos in a month&apos;s package (default: 2000)</source>
        <translation>exchange：每个月度数据包中的证据照片数（默认 2000）</translation>
    </message>
    <message>
        <source>exchange: size of a photo in KB (default: 300)</source>
        <translation>exchange：每张照片的大小，KB（默认 300）</translation>
    </message>
    <message>
        <source>exchange: merge into a fresh schema of this PostgreSQL server</source>
        <translation>exchange：合并到该 PostgreSQL 服务器的新建 schema</translation>
    </message>
    <message>
        <source>--regulation-changed: &apos;%1&apos; is not a date (YYYY-MM-DD)</source>
        <translation>--regulation-changed：“%1”不是日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>--regulation-changed: name the new regulation with --regulation</source>
        <translation>--regulation-changed：请用 --regulation 给出新的检定规程</translation>
    </message>
    <message>
        <source>institutions import FILE.csv
    imports the register, all or nothing. Columns: name/机构名称, credit_code/统一社会信用代码, kind/类型 (authorized/授权 or self_committed/承诺), certificate_no/授权证书编号, issued_on/发证日期, expires_on/有效期至 (default: 3 years), published_on/公示日期, items/授权项目 (separated by ; or 、), region/区域, scope/授权范围, status/状态. A body already registered is updated.
institutions list [--format table|json]
institutions revoke INSTITUTION --ground G [--date DATE] [--note TEXT]
    grounds: reports_not_submitted, inspection_failed, conditions_not_met, institution_dissolved, serious_violation, standard_not_maintained.
institutions revoked [--format table|json] [--out FILE.csv|FILE.xlsx] [--pdf FILE.pdf]
    the publishable list of revoked bodies.
institutions report INSTITUTION --month YYYY-MM [--received DATE] --lines &quot;电能表=120/2;水表=30/0&quot;
    records a monthly report (passed/failed per instrument category); a report received after the 3rd of the next month is late.
institutions items INSTITUTION [--format table|json]
institutions declare INSTITUTION --item ITEM [--standard CERTIFICATE_NO] [--expires DATE] [--regulation CODE [--regulation-changed DATE]]
institutions undeclare INSTITUTION --item ITEM
    the declared items (检定能力声明) of a self-committed enterprise and the standard each is verified on; declaring an item again updates it; a certificate&apos;s expiry, or a change of the item&apos;s verification regulation (due 30 days after it), makes the declaration due for update.
INSTITUTION is a credit code, an id (its first 8 characters suffice) or the exact name.</source>
        <translation>institutions import FILE.csv
    导入名录，全部成功或全部不导入。列：name/机构名称、credit_code/统一社会信用代码、kind/类型（authorized/授权 或 self_committed/承诺）、certificate_no/授权证书编号、issued_on/发证日期、expires_on/有效期至（默认 3 年）、published_on/公示日期、items/授权项目（以 ; 或 、 分隔）、region/区域、scope/授权范围、status/状态。已登记的机构将被更新。
institutions list [--format table|json]
institutions revoke INSTITUTION --ground G [--date DATE] [--note TEXT]
    撤销依据：reports_not_submitted、inspection_failed、conditions_not_met、institution_dissolved、serious_violation、standard_not_maintained。
institutions revoked [--format table|json] [--out FILE.csv|FILE.xlsx] [--pdf FILE.pdf]
    可公布的撤销名单。
institutions report INSTITUTION --month YYYY-MM [--received DATE] --lines &quot;电能表=120/2;水表=30/0&quot;
    登记月报（按器具类别的合格/不合格数）；次月 3 日后收到的为迟报。
institutions items INSTITUTION [--format table|json]
institutions declare INSTITUTION --item ITEM [--standard CERTIFICATE_NO] [--expires DATE] [--regulation CODE [--regulation-changed DATE]]
institutions undeclare INSTITUTION --item ITEM
    承诺制企业的声明项目（检定能力声明）及各项所用的计量标准；再次声明同一项目即为更新；证书到期或项目的检定规程变更（其后 30 日内）时须更新声明。
INSTITUTION 为统一社会信用代码、编号（前 8 位即可）或完整名称。</translation>
    </message>
    <message>
        <source>declare: the verification regulation of the item</source>
        <translation>declare：该项目所依据的检定规程</translation>
    </message>
    <message>
        <source>declare: when that regulation changed</source>
        <translation>declare：该规程变更的日期</translation>
    </message>
</context>
<context>
    <name>core::Account</name>
    <message>
        <source>the login name &apos;%1&apos; must be 1 to 32 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit</source>
        <translation>登录名“%1”必须是 1 到 32 个字母、数字、“.”、“_”或“-”，并以字母或数字开头</translation>
    </message>
    <message>
        <source>the full name is longer than 100 characters</source>
        <translation>姓名超过 100 个字符</translation>
    </message>
    <message>
        <source>the account has no password</source>
        <translation>账户没有密码</translation>
    </message>
    <message>
        <source>inspector (检查人)</source>
        <translation>检查人</translation>
    </message>
    <message>
        <source>person in charge of the inspected unit (被检查单位负责人)</source>
        <translation>被检查单位负责人</translation>
    </message>
    <message>
        <source>reviewer (复核人)</source>
        <translation>复核人</translation>
    </message>
</context>
<context>
    <name>core::Assessment</name>
    <message>
        <source>the reference standard deviation must be greater than 0</source>
        <translation>参考标准偏差必须大于 0</translation>
    </message>
    <message>
        <source>%1 readings are too few: a repeatability test needs at least %2 (normally %3)</source>
        <translation>%1 个测得值太少：重复性试验至少需要 %2 个（通常 %3 个）</translation>
    </message>
    <message>
        <source>%1 readings are fewer than the normal %2: record why fewer readings were taken</source>
        <translation>%1 个测得值少于通常的 %2 个：请记录减少测量次数的理由</translation>
    </message>
    <message>
        <source>s = %1 is greater than the reference %2: re-evaluate the uncertainty with the new s and record whether it still meets the requirement</source>
        <translation>s = %1 大于参考值 %2：请用新的 s 重新评定测量不确定度，并记录是否仍满足要求</translation>
    </message>
    <message>
        <source>the limit must be greater than 0</source>
        <translation>限值必须大于 0</translation>
    </message>
    <message>
        <source>%1 groups are too few: a new standard needs at least %2 groups of readings, more than one month apart</source>
        <translation>%1 组太少：新建计量标准至少需要 %2 组测得值，且相邻两组间隔一个月以上</translation>
    </message>
    <message>
        <source>the groups of %1 and %2 are %3 days apart: consecutive groups must be more than one month apart</source>
        <translation>%1 和 %2 两组相隔 %3 天：相邻两组必须间隔一个月以上</translation>
    </message>
    <message>
        <source>an existing standard&apos;s stability is this year&apos;s result against last year&apos;s: give both groups (%1 given)</source>
        <translation>已建计量标准的稳定性为今年结果与去年结果之差：请给出这两组（现有 %1 组）</translation>
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
    <name>core::Attachment3Table</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>未说明原因</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Reporting bureau</source>
        <translation>填报单位</translation>
    </message>
    <message>
        <source>Certified units</source>
        <translation>获证建标单位数</translation>
    </message>
    <message>
        <source>Units inspected</source>
        <translation>检查单位数</translation>
    </message>
    <message>
        <source>Inspection ratio (%)</source>
        <translation>检查比例（%）</translation>
    </message>
    <message>
        <source>Certified standards</source>
        <translation>获证计量标准数</translation>
    </message>
    <message>
        <source>Social public standards</source>
        <translation>社会公用计量标准</translation>
    </message>
    <message>
        <source>Department highest standards</source>
        <translation>部门最高计量标准</translation>
    </message>
    <message>
        <source>Enterprise highest standards</source>
        <translation>企事业单位最高计量标准</translation>
    </message>
    <message>
        <source>Standards inspected</source>
        <translation>检查计量标准数</translation>
    </message>
    <message>
        <source>Fields covered</source>
        <translation>覆盖领域数</translation>
    </message>
    <message>
        <source>Fields present</source>
        <translation>现有领域数</translation>
    </message>
    <message>
        <source>Focus-area standards inspected</source>
        <translation>重点领域检查计量标准数</translation>
    </message>
    <message>
        <source>Standards with problems</source>
        <translation>存在问题的计量标准数</translation>
    </message>
    <message>
        <source>Nonconformities</source>
        <translation>不合格项</translation>
    </message>
    <message>
        <source>Defects</source>
        <translation>缺陷项</translation>
    </message>
    <message>
        <source>Ordered to rectify</source>
        <translation>责令整改</translation>
    </message>
    <message>
        <source>Rectified and confirmed</source>
        <translation>整改到位</translation>
    </message>
    <message>
        <source>Rectification failed</source>
        <translation>整改不到位</translation>
    </message>
    <message>
        <source>Ordered to stop value transfer</source>
        <translation>责令停止量值传递</translation>
    </message>
    <message>
        <source>Certificates cancelled</source>
        <translation>注销（撤销）证书</translation>
    </message>
    <message>
        <source>Cases filed</source>
        <translation>立案数</translation>
    </message>
    <message>
        <source>Penalties</source>
        <translation>处罚数</translation>
    </message>
    <message>
        <source>Listed but not inspected</source>
        <translation>列入计划未检查</translation>
    </message>
    <message>
        <source>Lower bureaus inspected</source>
        <translation>检查下级局数</translation>
    </message>
    <message>
        <source>Problems at lower bureaus</source>
        <translation>下级局发现问题数</translation>
    </message>
</context>
<context>
    <name>core::Backup</name>
    <message>
        <source>a PostgreSQL workspace is backed up on its server: use pg_dump (for example pg_dump -Fc -n SCHEMA -f metinspect.dump DATABASE) and pg_restore; the attached files folder is copied separately</source>
        <translation>PostgreSQL 工作区在其服务器上备份：请使用 pg_dump（例如 pg_dump -Fc -n SCHEMA -f metinspect.dump DATABASE）和 pg_restore；附件文件夹需另行复制</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>操作失败（%1）：%2</translation>
    </message>
    <message>
        <source>keep between 1 and %1 backups, not %2</source>
        <translation>请保留 1 到 %1 份备份，而不是 %2</translation>
    </message>
    <message>
        <source>the backup interval must be 0 to 8784 hours</source>
        <translation>备份间隔必须是 0 到 8784 小时</translation>
    </message>
    <message>
        <source>this workspace keeps no backup settings</source>
        <translation>此工作区不保存备份设置</translation>
    </message>
    <message>
        <source>this workspace cannot be backed up</source>
        <translation>此工作区无法备份</translation>
    </message>
    <message>
        <source>copying the workspace to %1 failed: %2</source>
        <translation>复制工作区到 %1 失败：%2</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>preparing the backup</source>
        <translation>准备备份</translation>
    </message>
    <message>
        <source>reading the attachments</source>
        <translation>读取附件</translation>
    </message>
    <message>
        <source>reading the audit trail</source>
        <translation>读取审计日志</translation>
    </message>
    <message>
        <source>cannot rename %1 to %2</source>
        <translation>无法将 %1 重命名为 %2</translation>
    </message>
    <message>
        <source>there is no backup file %1</source>
        <translation>没有备份文件 %1</translation>
    </message>
    <message>
        <source>%1 is not a MetInspect backup</source>
        <translation>%1 不是 MetInspect 备份</translation>
    </message>
    <message>
        <source>the backup %1 is damaged: %2</source>
        <translation>备份 %1 已损坏：%2</translation>
    </message>
    <message>
        <source>the backup %1 is damaged (integrity_check: %2)</source>
        <translation>备份 %1 已损坏（integrity_check：%2）</translation>
    </message>
    <message>
        <source>the backup has schema version %1, newer than this program knows (%2)</source>
        <translation>备份的架构版本为 %1，比本程序支持的版本（%2）更新</translation>
    </message>
    <message>
        <source>the backup %1 is damaged: the attached file %2 no longer has its SHA-256</source>
        <translation>备份 %1 已损坏：附件 %2 的 SHA-256 已不符</translation>
    </message>
    <message>
        <source>the backup %1 lacks the content of the attached file %2</source>
        <translation>备份 %1 缺少附件 %2 的内容</translation>
    </message>
    <message>
        <source>cannot copy %1 for checking</source>
        <translation>无法复制 %1 以进行检查</translation>
    </message>
    <message>
        <source>the backup %1 cannot be opened as a workspace: %2</source>
        <translation>备份 %1 无法作为工作区打开：%2</translation>
    </message>
    <message numerus="yes">
        <source>the audit trail of the backup %1 does not verify (%n problem(s)); first: %2</source>
        <translation>
            <numerusform>备份 %1 的审计日志未通过验证（%n 个问题）；第一个：%2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 needs the role %2: the workspace has accounts; log in first</source>
        <translation>%1需要角色%2：工作区有账户，请先登录</translation>
    </message>
    <message>
        <source>cannot copy the backup to %1</source>
        <translation>无法将备份复制到 %1</translation>
    </message>
    <message>
        <source>preparing the restored workspace</source>
        <translation>准备恢复的工作区</translation>
    </message>
    <message>
        <source>cannot move the workspace %1 aside</source>
        <translation>无法将工作区 %1 移到一旁</translation>
    </message>
    <message>
        <source>cannot put the restored workspace at %1</source>
        <translation>无法将恢复的工作区放到 %1</translation>
    </message>
</context>
<context>
    <name>core::BodyImport</name>
    <message>
        <source>a quoted field never closes</source>
        <translation>引号内的字段没有结束</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <source>the column %1/%2 is missing</source>
        <translation>缺少列 %1/%2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a possible date</source>
        <translation>“%1”不是有效日期</translation>
    </message>
    <message>
        <source>unknown kind &apos;%1&apos;; use authorized/授权 or self_committed/承诺</source>
        <translation>未知类型“%1”，请用 authorized/授权 或 self_committed/承诺</translation>
    </message>
    <message>
        <source>unknown status &apos;%1&apos; (a revocation is recorded with its ground, not imported)</source>
        <translation>未知状态“%1”（撤销须连同理由登记，不能导入）</translation>
    </message>
    <message>
        <source>the credit code %1 appears twice for the same kind</source>
        <translation>同一类型中统一社会信用代码 %1 出现了两次</translation>
    </message>
    <message>
        <source>the file lists no institutions</source>
        <translation>文件中没有机构</translation>
    </message>
</context>
<context>
    <name>core::CampaignBench</name>
    <message>
        <source>the workspace has no bureau to organise a campaign</source>
        <translation>工作区中没有可组织专项检查的市场监管部门</translation>
    </message>
    <message>
        <source>the benchmark&apos;s own draw does not verify: %1</source>
        <translation>基准测试自身的抽取未通过验证：%1</translation>
    </message>
    <message>
        <source>load the scope and draw %1 of %2 units (%3 standards)</source>
        <translation>加载检查范围并从 %2 家单位（%3 项计量标准）中抽取 %1 家</translation>
    </message>
    <message>
        <source>verify that record from its file (re-derive and hash)</source>
        <translation>从文件验证该抽查记录（重新推导并计算哈希）</translation>
    </message>
    <message>
        <source>status of the campaign %1</source>
        <translation>专项检查“%1”的进展情况</translation>
    </message>
    <message>
        <source>peak memory</source>
        <translation>峰值内存</translation>
    </message>
</context>
<context>
    <name>core::CampaignDemo</name>
    <message>
        <source>Demo campaign</source>
        <translation>演示用专项检查活动</translation>
    </message>
    <message>
        <source>1 campaign in its on-site phase: %1 self-inspection reports on time, %2 late, %3 missing</source>
        <translation>1 个处于现场监督检查阶段的专项检查活动：自查材料按时报送 %1 份、逾期报送 %2 份、未报送 %3 份</translation>
    </message>
    <message>
        <source>a draw of %1 units and %2 standards, and a plan of %3 entries (%4 inspected, %5 not inspected) with %6 inspectors</source>
        <translation>抽取 %1 家单位、%2 项计量标准，检查计划 %3 条（已检查 %4 条、未能检查 %5 条），检查人员 %6 名</translation>
    </message>
</context>
<context>
    <name>core::CampaignPlan</name>
    <message>
        <source>the campaign has not been drawn yet; draw the sample first</source>
        <translation>该专项检查活动尚未抽查；请先抽查</translation>
    </message>
    <message>
        <source>a team needs at least two inspectors</source>
        <translation>检查组至少需要两名检查人员</translation>
    </message>
    <message>
        <source>give the seed of the draw</source>
        <translation>请给出抽查的随机种子</translation>
    </message>
    <message>
        <source>the inspector directory has %1 active inspectors without a conflict of interest; a team needs %2</source>
        <translation>检查人员名录中没有回避情形的在岗检查人员只有 %1 名；一个检查组需要 %2 名</translation>
    </message>
    <message>
        <source>the directory has no active assessor without a conflict of interest</source>
        <translation>名录中没有无回避情形的在岗考评员</translation>
    </message>
    <message>
        <source>the bureau of the plan entry does not exist</source>
        <translation>计划条目中的市场监管部门不存在</translation>
    </message>
    <message>
        <source>the unit of the plan entry does not exist</source>
        <translation>计划条目中的单位不存在</translation>
    </message>
    <message>
        <source>the plan entry does not exist</source>
        <translation>该计划条目不存在</translation>
    </message>
    <message>
        <source>%1 (assessor)</source>
        <translation>%1（考评员）</translation>
    </message>
    <message>
        <source>the team cannot be drawn again: %1</source>
        <translation>无法重新抽取该检查组：%1</translation>
    </message>
    <message>
        <source>the inspector directory without the people who declared a conflict with it has changed since the team was drawn: its SHA-256 is %1, the entry states %2</source>
        <translation>自抽取检查组以来，（除申报回避人员外的）检查人员名录已发生变化：其 SHA-256 为 %1，计划条目记载为 %2</translation>
    </message>
    <message>
        <source>the seed &apos;%1&apos; gives the team %2; the entry lists %3</source>
        <translation>随机种子“%1”得出的检查组为 %2；计划条目记载的是 %3</translation>
    </message>
</context>
<context>
    <name>core::CampaignPresets</name>
    <message>
        <source>National special inspection of measurement standards, 2021</source>
        <translation>全国计量标准专项监督检查（2021）</translation>
    </message>
    <message>
        <source>Tianjin special inspection of measurement standards, 2021</source>
        <translation>天津市计量标准专项监督检查（2021）</translation>
    </message>
    <message>
        <source>unknown preset &apos;%1&apos;; use %2</source>
        <translation>未知的预设“%1”；请使用 %2</translation>
    </message>
</context>
<context>
    <name>core::CampaignSampling</name>
    <message>
        <source>give the seed of the draw</source>
        <translation>请给出抽查的随机种子</translation>
    </message>
    <message>
        <source>a sampling ratio must be more than 0 % and at most 100 %</source>
        <translation>抽查比例必须大于 0% 且不超过 100%</translation>
    </message>
    <message>
        <source>the focus-area weight must be from 100 % (no extra weight) to 10000 %</source>
        <translation>重点领域权重必须在 100%（不加权）至 10000% 之间</translation>
    </message>
    <message>
        <source>the standards per field cannot be negative</source>
        <translation>每个专业领域抽取的计量标准数不能为负数</translation>
    </message>
    <message>
        <source>choose at least one category of standards for the scope</source>
        <translation>请至少选择一类计量标准作为检查范围</translation>
    </message>
    <message>
        <source>the record was changed after the draw and is not stored</source>
        <translation>抽查记录在抽取后被改动，未予保存</translation>
    </message>
    <message>
        <source>the campaign of the draw does not exist</source>
        <translation>该抽查所属的专项检查活动不存在</translation>
    </message>
    <message>
        <source>the inspection plan of this campaign has been made from a draw already; a new draw would not match it</source>
        <translation>该专项检查活动已根据抽查制定检查计划；重新抽取将与计划不符</translation>
    </message>
    <message>
        <source>this campaign was drawn already on %1 with the seed &apos;%2&apos;; give the reason for drawing again (it is kept in the record)</source>
        <translation>该专项检查活动已于 %1 用随机种子“%2”抽查过；请给出重新抽取的原因（将记入抽查记录）</translation>
    </message>
    <message>
        <source>stored draw %1</source>
        <translation>已保存的抽查 %1</translation>
    </message>
</context>
<context>
    <name>core::CampaignStatus</name>
    <message>
        <source>Campaign: %1 (%2)</source>
        <translation>专项检查活动：%1（%2）</translation>
    </message>
    <message>
        <source>%1, %2 to %3, day %4 of %5</source>
        <translation>%1，%2 至 %3，第 %4 天（共 %5 天）</translation>
    </message>
    <message>
        <source>Phase on %1: %2</source>
        <translation>%1 所处阶段：%2</translation>
    </message>
    <message>
        <source>Units in scope: %1 (%2 standards); lower bureaus: %3</source>
        <translation>检查范围内单位：%1 家（计量标准 %2 项）；下级市场监管部门：%3 个</translation>
    </message>
    <message>
        <source>Self-inspection reports of units (due %1): %2 on time, %3 late, %4 missing (%5 overdue)</source>
        <translation>建标单位自查材料（%1 前报送）：按时 %2 份，逾期 %3 份，未报送 %4 份（已过期限 %5 份）</translation>
    </message>
    <message>
        <source>Self-inspection reports of lower bureaus (due %1): %2 on time, %3 late, %4 missing (%5 overdue)</source>
        <translation>下级市场监管部门自查材料（%1 前报送）：按时 %2 份，逾期 %3 份，未报送 %4 份（已过期限 %5 份）</translation>
    </message>
    <message>
        <source>Sampled: not drawn yet</source>
        <translation>抽查：尚未抽查</translation>
    </message>
    <message>
        <source>Inspected: %1 units (%2 standards), %3 lower bureaus; not inspected: %4; still planned: %5</source>
        <translation>已检查：单位 %1 家（计量标准 %2 项）、下级市场监管部门 %3 个；未能检查：%4；尚待检查：%5</translation>
    </message>
    <message numerus="yes">
        <source>Sampled: %1 units, %2 standards, %3 lower bureaus (latest of %n draw(s), seed &apos;%4&apos;)</source>
        <translation>
            <numerusform>抽查：单位 %1 家、计量标准 %2 项、下级市场监管部门 %3 个（共抽查 %n 次，取最近一次，随机种子“%4”）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>core::ChecklistTemplates</name>
    <message>
        <source>line %1, column %2</source>
        <translation>第 %1 行第 %2 列</translation>
    </message>
    <message>
        <source>must be &quot;%1&quot;, not &quot;%2&quot;</source>
        <translation>必须是“%1”，而不是“%2”</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺少</translation>
    </message>
    <message>
        <source>version %1 is newer than this program reads (%2); install a newer MetInspect</source>
        <translation>版本 %1 比本程序能读取的版本（%2）新；请安装更新的 MetInspect</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be lower-case letters, digits, &apos;_&apos;, &apos;-&apos; or &apos;.&apos;</source>
        <translation>“%1”只能由小写字母、数字、“_”、“-”或“.”组成</translation>
    </message>
    <message>
        <source>must not contain spaces</source>
        <translation>不能包含空格</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>必须是对象</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be lower-case letters, digits or &apos;_&apos;</source>
        <translation>“%1”只能由小写字母、数字或“_”组成</translation>
    </message>
    <message>
        <source>duplicate key %1</source>
        <translation>键 %1 重复</translation>
    </message>
    <message>
        <source>unknown source &apos;%1&apos; for a %2 checklist; use one of: %3</source>
        <translation>%2 检查表的未知来源“%1”；请使用以下之一：%3</translation>
    </message>
    <message>
        <source>duplicate group id %1</source>
        <translation>分组编号 %1 重复</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be at most 16 characters without spaces or &apos;:&apos;</source>
        <translation>“%1”最多 16 个字符，且不能含空格或“:”</translation>
    </message>
    <message>
        <source>duplicate id %1</source>
        <translation>编号 %1 重复</translation>
    </message>
    <message>
        <source>at most 9 verdicts (keys 1 to 9 choose them)</source>
        <translation>最多 9 种判定（用数字键 1 至 9 选择）</translation>
    </message>
    <message>
        <source>duplicate verdict %1</source>
        <translation>判定 %1 重复</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be defect or nonconformity (or left out)</source>
        <translation>“%1”必须是 defect 或 nonconformity（或省略）</translation>
    </message>
    <message>
        <source>duplicate conclusion %1</source>
        <translation>结论 %1 重复</translation>
    </message>
    <message>
        <source>duplicate role %1</source>
        <translation>角色 %1 重复</translation>
    </message>
    <message>
        <source>at least one signer must be required (min 1 or more)</source>
        <translation>至少要有一个必需的签字人（min 为 1 或更大）</translation>
    </message>
    <message>
        <source>not valid JSON at %1: %2</source>
        <translation>不是有效的 JSON，位于%1：%2</translation>
    </message>
    <message>
        <source>a template file must hold one JSON object</source>
        <translation>模板文件必须只包含一个 JSON 对象</translation>
    </message>
    <message>
        <source>unknown subject &apos;%1&apos;; use standard, bureau or institution</source>
        <translation>未知的检查对象“%1”；请使用 standard、bureau 或 institution</translation>
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
    <name>core::Disclosure</name>
    <message>
        <source>no rectification needed</source>
        <translation>无需整改</translation>
    </message>
    <message>
        <source>rectification failed</source>
        <translation>整改不到位</translation>
    </message>
    <message>
        <source>rectified</source>
        <translation>整改合格</translation>
    </message>
    <message>
        <source>rectifying</source>
        <translation>整改中</translation>
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
        <source>Item inspected</source>
        <translation>检查项目</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Rectification</source>
        <translation>整改</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>core::DueList</name>
    <message>
        <source>repeatability test</source>
        <translation>重复性试验</translation>
    </message>
    <message>
        <source>stability check</source>
        <translation>稳定性考核</translation>
    </message>
    <message>
        <source>traceability of an instrument</source>
        <translation>设备溯源</translation>
    </message>
    <message>
        <source>re-examination</source>
        <translation>复查考核</translation>
    </message>
    <message>
        <source>certificate expired</source>
        <translation>证书已过期</translation>
    </message>
    <message>
        <source>sealed past expiry</source>
        <translation>封存期间过期</translation>
    </message>
    <message>
        <source>new examination needed</source>
        <translation>需重新建标考核</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>已超期</translation>
    </message>
    <message>
        <source>due</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>the certificate expired on %1 while sealed; resuming needs a re-examination</source>
        <translation>证书已于 %1 在封存期间过期；恢复使用需先复查考核</translation>
    </message>
    <message>
        <source>expired on %1</source>
        <translation>已于 %1 过期</translation>
    </message>
    <message>
        <source>the window opened on %1; the certificate expires on %2</source>
        <translation>申请期已于 %1 开始；证书于 %2 到期</translation>
    </message>
    <message>
        <source>an instrument replaced on %1 changed range, accuracy or scope</source>
        <translation>%1 更换的设备改变了测量范围、准确度或开展项目</translation>
    </message>
    <message>
        <source>the last one failed on %1; repeat it once the cause is removed</source>
        <translation>最近一次于 %1 不合格；消除原因后应重新进行</translation>
    </message>
    <message>
        <source>last on %1</source>
        <translation>最近一次为 %1</translation>
    </message>
    <message>
        <source>none on record since the certificate was issued on %1</source>
        <translation>自证书 %1 发证以来没有记录</translation>
    </message>
    <message>
        <source>no traceability on record</source>
        <translation>没有溯源记录</translation>
    </message>
    <message>
        <source>the last traceability (%1, %2) did not pass</source>
        <translation>最近一次溯源（%1，%2）未通过</translation>
    </message>
    <message>
        <source>%1, certificate %2, valid until %3</source>
        <translation>%1，证书 %2，有效期至 %3</translation>
    </message>
</context>
<context>
    <name>core::ExchangeBench</name>
    <message>
        <source>Bench unit %1-%2</source>
        <translation>测试单位 %1-%2</translation>
    </message>
    <message>
        <source>the packages, inspections and photo size must be positive</source>
        <translation>数据包数、检查记录数和照片大小必须为正数</translation>
    </message>
    <message>
        <source>laptop %1 of %2: %3 inspections, %4 photos of %5 KB ...</source>
        <translation>笔记本 %1/%2：%3 份检查记录，%4 张 %5 KB 的照片……</translation>
    </message>
    <message>
        <source>  filled in %1 s</source>
        <translation>  填写用时 %1 秒</translation>
    </message>
    <message>
        <source>sha256sum could not be run: %1</source>
        <translation>无法运行 sha256sum：%1</translation>
    </message>
    <message>
        <source>laptop %1</source>
        <translation>笔记本 %1</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <source>sha256sum over one laptop&apos;s %1 photos (%2 MB)</source>
        <translation>对一台笔记本的 %1 张照片（%2 MB）运行 sha256sum</translation>
    </message>
    <message>
        <source>export of one laptop&apos;s month: hashing and packing (goal 2 × sha256sum)</source>
        <translation>导出一台笔记本一个月的工作：计算哈希并打包（目标：sha256sum 的 2 倍）</translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation>无法读取 %1</translation>
    </message>
    <message>
        <source>merging %1 packages into %2 ...</source>
        <translation>正在把 %1 个数据包合并到 %2……</translation>
    </message>
    <message>
        <source>merging %1 packages (%2 records, %3 files) into %4</source>
        <translation>把 %1 个数据包（%2 条记录，%3 个文件）合并到 %4</translation>
    </message>
    <message>
        <source>PostgreSQL (goal 60 s)</source>
        <translation>PostgreSQL（目标 60 秒）</translation>
    </message>
    <message>
        <source>SQLite (the goal is for PostgreSQL)</source>
        <translation>SQLite（目标针对 PostgreSQL）</translation>
    </message>
    <message>
        <source>peak memory of the process</source>
        <translation>进程内存峰值</translation>
    </message>
</context>
<context>
    <name>core::ExportSchedules</name>
    <message>
        <source>the monthly export for %1 is due by %2</source>
        <translation>%1 的月度报送应于 %2 前完成</translation>
    </message>
    <message>
        <source>a campaign phase ended on %1: an export is due by %2</source>
        <translation>专项检查阶段已于 %1 结束：应于 %2 前报送</translation>
    </message>
</context>
<context>
    <name>core::Exporter</name>
    <message>
        <source>name the package file to write</source>
        <translation>请指定要写出的数据包文件</translation>
    </message>
    <message>
        <source>cannot read the key file %1</source>
        <translation>无法读取密钥文件 %1</translation>
    </message>
    <message>
        <source>the key file %1 has no encryption key</source>
        <translation>密钥文件 %1 中没有加密密钥</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
    <message>
        <source>the export was cancelled; nothing was written</source>
        <translation>导出已取消，未写出任何文件</translation>
    </message>
    <message>
        <source>the attached file %1 is missing from the file store</source>
        <translation>文件库中缺少附件 %1</translation>
    </message>
    <message>
        <source>the attached file %1 was altered in the file store; nothing was exported</source>
        <translation>文件库中的附件 %1 已被改动，未导出任何内容</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>core::HistoryBench</name>
    <message>
        <source>cannot copy %1 to %2</source>
        <translation>无法将 %1 复制到 %2</translation>
    </message>
    <message>
        <source>cannot empty the history log of %1</source>
        <translation>无法清空 %1 的履历书</translation>
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
        <source>  %1 units, %2 standards, %3 in %4 s</source>
        <translation>  %1 个建标单位，%2 项计量标准，%3，用时 %4 s</translation>
    </message>
    <message>
        <source>generating the demo history log ...</source>
        <translation>正在生成演示履历书 ……</translation>
    </message>
    <message>
        <source>cannot read the history log of a standard</source>
        <translation>无法读取计量标准的履历书</translation>
    </message>
    <message>
        <source>open a standard&apos;s history log (median of %1)</source>
        <translation>打开一项计量标准的履历书（%1 次的中位数）</translation>
    </message>
    <message>
        <source>open a standard&apos;s history log (slowest)</source>
        <translation>打开一项计量标准的履历书（最慢）</translation>
    </message>
    <message>
        <source>due and overdue list over %1 standards (%2 items)</source>
        <translation>%1 项计量标准的到期与超期清单（%2 项）</translation>
    </message>
    <message>
        <source>importing and generating into a copy is measured on SQLite workspaces only</source>
        <translation>导入和生成到副本只在 SQLite 工作区上测量</translation>
    </message>
    <message>
        <source>peak memory of the process</source>
        <translation>进程内存峰值</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <source>export %1 history log entries as CSV</source>
        <translation>将 %1 条履历记录导出为 CSV</translation>
    </message>
    <message>
        <source>history import of %1 entries from CSV</source>
        <translation>从 CSV 导入 %1 条履历记录（history import）</translation>
    </message>
    <message>
        <source>generate the demo history log (%1)</source>
        <translation>生成演示履历书（%1）</translation>
    </message>
</context>
<context>
    <name>core::HistoryDemo</name>
    <message>
        <source>the demo history log broke a rule: %1</source>
        <translation>演示履历书违反了规则：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n history log entries</source>
        <translation>
            <numerusform>%n 条履历记录</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>core::HistoryEvent</name>
    <message>
        <source>the event belongs to no standard</source>
        <translation>该记录不属于任何计量标准</translation>
    </message>
    <message>
        <source>the date of the event is missing</source>
        <translation>记录的日期缺失</translation>
    </message>
    <message>
        <source>say who recorded the event</source>
        <translation>请说明记录人</translation>
    </message>
    <message>
        <source>choose the instrument this %1 concerns</source>
        <translation>请选择此%1涉及的设备</translation>
    </message>
    <message>
        <source>a %1 does not concern a single instrument</source>
        <translation>%1不针对单台设备</translation>
    </message>
    <message>
        <source>the certificate number is empty</source>
        <translation>证书编号为空</translation>
    </message>
    <message>
        <source>the date the certificate was issued is missing</source>
        <translation>证书发证日期缺失</translation>
    </message>
    <message>
        <source>the date the certificate is valid until is missing</source>
        <translation>证书有效期缺失</translation>
    </message>
    <message>
        <source>the certificate must be valid until a date after its issue date %1</source>
        <translation>证书有效期必须晚于发证日期 %1</translation>
    </message>
    <message>
        <source>name the institution that verified or calibrated the instrument</source>
        <translation>请填写检定或校准该设备的机构</translation>
    </message>
    <message>
        <source>the number of the verification or calibration certificate is empty</source>
        <translation>检定或校准证书编号为空</translation>
    </message>
    <message>
        <source>give the result: pass or fail</source>
        <translation>请给出结论：合格或不合格</translation>
    </message>
    <message>
        <source>give the date the traceability is valid until</source>
        <translation>请给出溯源有效期</translation>
    </message>
    <message>
        <source>the traceability cannot be valid until %1, before it was done on %2</source>
        <translation>溯源有效期 %1 不能早于溯源日期 %2</translation>
    </message>
    <message>
        <source>the reference standard deviation must be a number greater than 0</source>
        <translation>参考标准偏差必须是大于 0 的数</translation>
    </message>
    <message>
        <source>every reading must be a finite number</source>
        <translation>每个测得值都必须是有限的数</translation>
    </message>
    <message>
        <source>give the re-evaluated uncertainty</source>
        <translation>请给出重新评定的测量不确定度</translation>
    </message>
    <message>
        <source>the limit must be a number greater than 0</source>
        <translation>限值必须是大于 0 的数</translation>
    </message>
    <message>
        <source>every group of readings needs its date</source>
        <translation>每组测得值都需要日期</translation>
    </message>
    <message>
        <source>the group of %1 has no readings</source>
        <translation>%1 的一组没有测得值</translation>
    </message>
    <message>
        <source>name the new instrument</source>
        <translation>请填写新设备的名称</translation>
    </message>
    <message>
        <source>name the new person in charge</source>
        <translation>请填写新的计量标准负责人</translation>
    </message>
    <message>
        <source>describe the change</source>
        <translation>请说明变更内容</translation>
    </message>
    <message>
        <source>describe what was done or found</source>
        <translation>请说明所做的工作或发现的情况</translation>
    </message>
    <message>
        <source>give the result: satisfactory or unsatisfactory</source>
        <translation>请给出结果：满意或不满意</translation>
    </message>
</context>
<context>
    <name>core::HistoryImporter</name>
    <message>
        <source>a value is required here</source>
        <translation>此处必须填写</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a possible date (write dates as YYYY-MM-DD)</source>
        <translation>“%1”不是有效日期（日期请写作 YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number</source>
        <translation>“%1”不是数</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number (separate readings with spaces or ;)</source>
        <translation>“%1”不是数（测得值之间用空格或 ; 分隔）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is neither yes nor no (是/否)</source>
        <translation>“%1”既不是“是”也不是“否”（yes/no）</translation>
    </message>
    <message>
        <source>the import was cancelled; nothing was stored</source>
        <translation>导入已取消；未保存任何内容</translation>
    </message>
    <message>
        <source>the file has problems; nothing was imported</source>
        <translation>文件有问题；未导入任何内容</translation>
    </message>
    <message>
        <source>the row has %1 fields but the header has %2</source>
        <translation>该行有 %1 个字段，而标题行有 %2 个</translation>
    </message>
    <message>
        <source>no standard with the certificate number %1 is in the workspace; import or add the standard first</source>
        <translation>工作区中没有证书编号为 %1 的计量标准；请先导入或添加该计量标准</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a type of history entry (accepted: %2)</source>
        <translation>“%1”不是履历记录类型（可用：%2）</translation>
    </message>
    <message>
        <source>the standard %1 has no instrument with the serial number %2</source>
        <translation>计量标准 %1 没有出厂编号为 %2 的设备</translation>
    </message>
    <message>
        <source>the standard %1 has no single instrument called %2</source>
        <translation>计量标准 %1 没有唯一一台名为 %2 的设备</translation>
    </message>
    <message>
        <source>a %1 needs the instrument&apos;s serial number (column equipment_serial / 出厂编号)</source>
        <translation>%1需要设备的出厂编号（列 equipment_serial / 出厂编号）</translation>
    </message>
    <message>
        <source>an examination needs the certificate number</source>
        <translation>考核记录需要证书编号</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a result (accepted: pass|合格, fail|不合格)</source>
        <translation>“%1”不是结论（可用：pass|合格，fail|不合格）</translation>
    </message>
    <message>
        <source>a repeatability test needs the reference standard deviation</source>
        <translation>重复性试验需要参考标准偏差</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a method of stability check (accepted: %2)</source>
        <translation>“%1”不是稳定性考核方法（可用：%2）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is neither new|新建计量标准 nor existing|已建计量标准</source>
        <translation>“%1”既不是 new|新建计量标准，也不是 existing|已建计量标准</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is neither mpe|最大允许误差 nor correction_uncertainty|修正值的扩展不确定度</source>
        <translation>“%1”既不是 mpe|最大允许误差，也不是 correction_uncertainty|修正值的扩展不确定度</translation>
    </message>
    <message>
        <source>a stability check needs its limit</source>
        <translation>稳定性考核需要限值</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a group: write DATE: readings, groups separated by |</source>
        <translation>“%1”不是一组数据：请写作“日期: 测得值”，各组之间用 | 分隔</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a characteristic (accepted: range|测量范围, accuracy|不确定度|准确度等级|最大允许误差, scope|开展项目, none|无)</source>
        <translation>“%1”不是计量特性（可用：range|测量范围，accuracy|不确定度|准确度等级|最大允许误差，scope|开展项目，none|无）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a result (accepted: pass|满意, fail|不满意)</source>
        <translation>“%1”不是结果（可用：pass|满意，fail|不满意）</translation>
    </message>
    <message>
        <source>the same entry already appears on line %1 of this file</source>
        <translation>同一条记录已出现在本文件第 %1 行</translation>
    </message>
</context>
<context>
    <name>core::HistoryRules</name>
    <message>
        <source>measuring range</source>
        <translation>测量范围</translation>
    </message>
    <message>
        <source>uncertainty, accuracy class or MPE</source>
        <translation>不确定度、准确度等级或最大允许误差</translation>
    </message>
    <message>
        <source>scope</source>
        <translation>开展项目</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%2 %1</translation>
    </message>
    <message>
        <source>: </source>
        <translation>：</translation>
    </message>
    <message>
        <source>it is dated after today (%1)</source>
        <translation>日期晚于今天（%1）</translation>
    </message>
    <message>
        <source>the standard was cancelled on %1; nothing is recorded after a cancellation</source>
        <translation>该计量标准已于 %1 撤销；撤销后不能再记录任何事项</translation>
    </message>
    <message>
        <source>the standard is cancelled; record its cancellation with its date first to record what happened before it</source>
        <translation>该计量标准已撤销；要记录撤销前发生的事项，请先记录撤销及其日期</translation>
    </message>
    <message>
        <source>the standard is already sealed since %1</source>
        <translation>该计量标准自 %1 起已封存</translation>
    </message>
    <message>
        <source>the standard is already sealed</source>
        <translation>该计量标准已封存</translation>
    </message>
    <message>
        <source>no sealing is recorded; record the sealing with its date before the resumption</source>
        <translation>没有封存记录；请在恢复使用前记录封存及其日期</translation>
    </message>
    <message>
        <source>the standard is not sealed, so it cannot resume</source>
        <translation>该计量标准未封存，不能恢复使用</translation>
    </message>
    <message>
        <source>the standard has no instruments registered; a resumption needs a fresh traceability record of its standard instruments</source>
        <translation>该计量标准没有登记设备；恢复使用需要其计量标准器新的溯源记录</translation>
    </message>
    <message>
        <source>%1 has no traceability record since the sealing on %2 that passed and is valid on %3; a resumption needs a fresh traceability record</source>
        <translation>%1 在 %2 封存之后没有合格且在 %3 有效的溯源记录；恢复使用需要新的溯源记录</translation>
    </message>
    <message>
        <source>%1 has no traceability record that passed and is valid on %2; a resumption needs a fresh traceability record</source>
        <translation>%1 没有合格且在 %2 有效的溯源记录；恢复使用需要新的溯源记录</translation>
    </message>
    <message>
        <source>the certificate expired on %1 while the standard was sealed; record the re-examination before the resumption</source>
        <translation>证书已于 %1 在封存期间过期；请在恢复使用前记录复查考核</translation>
    </message>
    <message>
        <source>the standard is sealed since %1; a sealed standard records no measurement made with it (record its resumption first)</source>
        <translation>该计量标准自 %1 起封存；封存的计量标准不能记录用其进行的测量（请先记录恢复使用）</translation>
    </message>
    <message>
        <source>the standard is sealed; record the sealing with its date to record measurements made before it, or its resumption first</source>
        <translation>该计量标准已封存；要记录封存前进行的测量，请记录封存及其日期，或先记录恢复使用</translation>
    </message>
    <message>
        <source>the replacement of %1 on %2 changed its %3: the standard needs a new examination, not a re-examination</source>
        <translation>%2 对 %1 的更换改变了其%3：该计量标准需要重新建标考核，而不是复查考核</translation>
    </message>
</context>
<context>
    <name>core::HistoryText</name>
    <message>
        <source>certificate %1, valid from %2 until %3</source>
        <translation>证书 %1，有效期 %2 至 %3</translation>
    </message>
    <message>
        <source>certificate %1</source>
        <translation>证书 %1</translation>
    </message>
    <message>
        <source>valid until %1</source>
        <translation>有效期至 %1</translation>
    </message>
    <message>
        <source>n = %1</source>
        <translation>n = %1</translation>
    </message>
    <message>
        <source>s = %1</source>
        <translation>s = %1</translation>
    </message>
    <message>
        <source>reference %1</source>
        <translation>参考值 %1</translation>
    </message>
    <message>
        <source>re-evaluated: %1, %2</source>
        <translation>已重新评定：%1，%2</translation>
    </message>
    <message>
        <source>meets the requirement</source>
        <translation>满足要求</translation>
    </message>
    <message>
        <source>does not meet the requirement</source>
        <translation>不满足要求</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n 组</numerusform>
        </translation>
    </message>
    <message>
        <source>stability %1 against %2</source>
        <translation>稳定性 %1，限值 %2</translation>
    </message>
    <message>
        <source>%1 replaced by %2</source>
        <translation>%1 更换为 %2</translation>
    </message>
    <message>
        <source>measuring range</source>
        <translation>测量范围</translation>
    </message>
    <message>
        <source>uncertainty, accuracy class or MPE</source>
        <translation>不确定度、准确度等级或最大允许误差</translation>
    </message>
    <message>
        <source>scope</source>
        <translation>开展项目</translation>
    </message>
    <message>
        <source>like for like</source>
        <translation>同型号更换</translation>
    </message>
    <message>
        <source>changed: %1; a new examination is needed</source>
        <translation>变化：%1；需要重新建标考核</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
</context>
<context>
    <name>core::InspectionBench</name>
    <message>
        <source>bench inspection fills and signs records of its own and does not measure an existing workspace; leave out --measure</source>
        <translation>bench inspection 会自行填写并签署记录，不测量已有工作区；请去掉 --measure</translation>
    </message>
    <message>
        <source>generating a small demo workspace in %1 …</source>
        <translation>正在 %1 中生成小型演示工作区…</translation>
    </message>
    <message>
        <source>the demo workspace has no standard in use</source>
        <translation>演示工作区中没有在用的计量标准</translation>
    </message>
    <message>
        <source>filling and signing 100 inspections …</source>
        <translation>正在填写并签署 100 份检查记录…</translation>
    </message>
    <message>
        <source>an answer stored (median of %1)</source>
        <translation>保存一条回答（%1 次的中位数）</translation>
    </message>
    <message>
        <source>an answer stored (95th percentile)</source>
        <translation>保存一条回答（第 95 百分位）</translation>
    </message>
    <message>
        <source>an answer stored (slowest)</source>
        <translation>保存一条回答（最慢）</translation>
    </message>
    <message>
        <source>printing one table %1 times …</source>
        <translation>正在打印一份检查表 %1 次…</translation>
    </message>
    <message>
        <source>the first printed table (fonts loaded)</source>
        <translation>首次打印检查表（含加载字体）</translation>
    </message>
    <message>
        <source>one printed table (median of %1)</source>
        <translation>打印一份检查表（%1 次的中位数）</translation>
    </message>
    <message>
        <source>one printed table, CPU time (median)</source>
        <translation>打印一份检查表的 CPU 时间（中位数）</translation>
    </message>
    <message>
        <source>printing 100 tables into one PDF …</source>
        <translation>正在将 100 份检查表打印到一个 PDF…</translation>
    </message>
    <message>
        <source>100 tables in a batch</source>
        <translation>批量打印 100 份检查表</translation>
    </message>
    <message>
        <source>100 tables in a batch, CPU time</source>
        <translation>批量打印 100 份检查表的 CPU 时间</translation>
    </message>
    <message>
        <source>peak memory</source>
        <translation>内存峰值</translation>
    </message>
</context>
<context>
    <name>core::InspectionDemo</name>
    <message>
        <source>%1 inspections (%2 signed: %3 approved, %4 returned, %5 amended), %6 findings, %7 evidence photos</source>
        <translation>%1 份检查记录（%2 份已签字：%3 份审核通过，%4 份退回，%5 份修订），%6 个问题，%7 张证据照片</translation>
    </message>
    <message>
        <source>%1 inspections of the on-site phase belong to the campaign</source>
        <translation>现场检查阶段的 %1 份检查记录属于本次专项检查</translation>
    </message>
</context>
<context>
    <name>core::InspectionExchange</name>
    <message>
        <source>there is no inspection %1</source>
        <translation>没有检查记录 %1</translation>
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
        <source>not valid JSON at %1: %2</source>
        <translation>不是有效的 JSON，位于%1：%2</translation>
    </message>
    <message>
        <source>an inspection file must hold one JSON object</source>
        <translation>检查记录文件必须只包含一个 JSON 对象</translation>
    </message>
    <message>
        <source>must be &quot;%1&quot;, not &quot;%2&quot;</source>
        <translation>必须是“%1”，而不是“%2”</translation>
    </message>
    <message>
        <source>version %1 is newer than this program reads (%2)</source>
        <translation>版本 %1 比本程序能读取的版本（%2）新</translation>
    </message>
    <message>
        <source>unknown status &apos;%1&apos;; use draft, signed, amending, returned or approved</source>
        <translation>未知状态“%1”；请使用 draft、signed、amending、returned 或 approved</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be the name of a file beside the JSON file</source>
        <translation>“%1”必须是 JSON 文件旁边的文件名</translation>
    </message>
    <message>
        <source>the file %1 is not beside %2</source>
        <translation>文件 %1 不在 %2 旁边</translation>
    </message>
    <message>
        <source>the file %1 does not have the SHA-256 %2</source>
        <translation>文件 %1 的 SHA-256 不是 %2</translation>
    </message>
    <message>
        <source>the file %1 is not a PNG image</source>
        <translation>文件 %1 不是 PNG 图片</translation>
    </message>
    <message>
        <source>a %1 record has no signatures</source>
        <translation>%1 状态的记录没有签字</translation>
    </message>
    <message>
        <source>this workspace&apos;s template %1 %2 has other content than the one the record was filled with</source>
        <translation>本工作区的模板 %1 %2 与填写该记录时所用的内容不同</translation>
    </message>
    <message>
        <source>the template %1 %2 is not in this workspace; import it first with &apos;template import&apos;</source>
        <translation>本工作区没有模板 %1 %2；请先用“template import”导入</translation>
    </message>
    <message>
        <source>the content no longer has the SHA-256 it was signed with; it was changed after signing</source>
        <translation>内容的 SHA-256 与签字时的不一致；签字后内容被改动过</translation>
    </message>
    <message>
        <source>a signed record must be complete: %1</source>
        <translation>已签字的记录必须完整：%1</translation>
    </message>
    <message>
        <source>signatures missing: %1</source>
        <translation>缺少签字：%1</translation>
    </message>
</context>
<context>
    <name>core::InspectionRules</name>
    <message numerus="yes">
        <source>%n item(s) not answered: %1</source>
        <translation>
            <numerusform>%n 个项目未回答：%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) with a defect or nonconformity but no finding: %1</source>
        <translation>
            <numerusform>%n 个判为缺陷或不合格的项目没有填写检查发现：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>the conclusion is not chosen</source>
        <translation>尚未选择检查结论</translation>
    </message>
    <message>
        <source>the inspection team is empty</source>
        <translation>检查组为空</translation>
    </message>
    <message>
        <source>the template %1 is for a %2, not a %3</source>
        <translation>模板 %1 用于 %2，而不是 %3</translation>
    </message>
    <message>
        <source>the template %1 has no item %2</source>
        <translation>模板 %1 中没有项目 %2</translation>
    </message>
    <message>
        <source>unknown verdict &apos;%1&apos;; use %2</source>
        <translation>未知判定“%1”；请使用 %2</translation>
    </message>
    <message>
        <source>unknown conclusion &apos;%1&apos;; use %2</source>
        <translation>未知结论“%1”；请使用 %2</translation>
    </message>
    <message>
        <source>the template %1 has no header field %2</source>
        <translation>模板 %1 中没有表头字段 %2</translation>
    </message>
    <message>
        <source>the template %1 has no signer role %2</source>
        <translation>模板 %1 中没有签字角色 %2</translation>
    </message>
    <message>
        <source>%1: %2 signature(s) needed, %3 given</source>
        <translation>%1：需要 %2 个签字，已有 %3 个</translation>
    </message>
    <message>
        <source>the role %1 does not sign this table</source>
        <translation>角色 %1 不在本表上签字</translation>
    </message>
</context>
<context>
    <name>core::InspectionValidation</name>
    <message>
        <source>a template needs an id and a version</source>
        <translation>模板需要编号和版本</translation>
    </message>
    <message>
        <source>the SHA-256 must be 64 lower-case hex digits</source>
        <translation>SHA-256 必须是 64 位小写十六进制数字</translation>
    </message>
    <message>
        <source>the origin must be builtin or imported</source>
        <translation>来源必须是 builtin 或 imported</translation>
    </message>
    <message>
        <source>an inspection needs the template it is filled with</source>
        <translation>检查记录需要其所用的模板</translation>
    </message>
    <message>
        <source>an inspection of a standard needs the standard and its unit</source>
        <translation>计量标准的检查记录需要计量标准及其建标单位</translation>
    </message>
    <message>
        <source>an inspection of a bureau&apos;s examination work needs the bureau</source>
        <translation>考核工作的检查记录需要被检查的市场监管部门</translation>
    </message>
    <message>
        <source>the inspection date is missing</source>
        <translation>缺少检查日期</translation>
    </message>
    <message>
        <source>the revision number starts at 1</source>
        <translation>版次从 1 开始</translation>
    </message>
    <message>
        <source>every member of the team needs a name</source>
        <translation>检查组的每位成员都需要姓名</translation>
    </message>
    <message>
        <source>an amendment needs a reason</source>
        <translation>修订需要说明原因</translation>
    </message>
    <message>
        <source>an answer needs its inspection and item</source>
        <translation>回答需要所属的检查记录和项目</translation>
    </message>
    <message>
        <source>a measurement needs its inspection</source>
        <translation>测量结果需要所属的检查记录</translation>
    </message>
    <message>
        <source>unknown kind of measurement &apos;%1&apos;; use onsite_test, comparison or blind_sample</source>
        <translation>未知的测量方式“%1”；请使用 onsite_test、comparison 或 blind_sample</translation>
    </message>
    <message>
        <source>the result must be pass, fail or empty, not &apos;%1&apos;</source>
        <translation>结果必须是 pass、fail 或空，而不是“%1”</translation>
    </message>
    <message>
        <source>a revision needs its inspection and number</source>
        <translation>版本需要所属的检查记录和版次号</translation>
    </message>
    <message>
        <source>a signature needs its inspection and role</source>
        <translation>签字需要所属的检查记录和角色</translation>
    </message>
    <message>
        <source>a signature needs the signer&apos;s name</source>
        <translation>签字需要签字人姓名</translation>
    </message>
    <message>
        <source>a signature needs its date</source>
        <translation>签字需要日期</translation>
    </message>
    <message>
        <source>a review needs its inspection</source>
        <translation>审核需要所属的检查记录</translation>
    </message>
    <message>
        <source>the decision must be approved or returned</source>
        <translation>审核决定必须是 approved 或 returned</translation>
    </message>
    <message>
        <source>a returned record needs comments saying what to change</source>
        <translation>退回的记录需要写明需修改之处</translation>
    </message>
    <message>
        <source>the reviewer&apos;s name is missing</source>
        <translation>缺少审核人姓名</translation>
    </message>
    <message>
        <source>a print needs its inspection</source>
        <translation>打印记录需要所属的检查记录</translation>
    </message>
    <message>
        <source>an inspection of a verification institution needs the institution</source>
        <translation>对检定机构的检查须指明被检查机构</translation>
    </message>
</context>
<context>
    <name>core::InspectionVocabulary</name>
    <message>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>已签字</translation>
    </message>
    <message>
        <source>being amended</source>
        <translation>修订中</translation>
    </message>
    <message>
        <source>returned</source>
        <translation>已退回</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>已审核通过</translation>
    </message>
    <message>
        <source>comparison</source>
        <translation>计量比对</translation>
    </message>
    <message>
        <source>blind sample</source>
        <translation>盲样检测</translation>
    </message>
    <message>
        <source>on-site test</source>
        <translation>现场试验</translation>
    </message>
    <message>
        <source>nonconformity</source>
        <translation>不合格</translation>
    </message>
    <message>
        <source>defect</source>
        <translation>缺陷</translation>
    </message>
    <message>
        <source>en</source>
        <comment>the UI language: zh_CN in the Chinese translation</comment>
        <translation>zh_CN</translation>
    </message>
</context>
<context>
    <name>core::JsonReader</name>
    <message>
        <source>must be an object</source>
        <translation>必须是对象</translation>
    </message>
    <message>
        <source>must be 64 lower-case hex digits</source>
        <translation>必须是 64 位小写十六进制数字</translation>
    </message>
    <message>
        <source>version %1 is newer than this program reads (%2)</source>
        <translation>版本 %1 比本程序能读取的版本（%2）新</translation>
    </message>
    <message>
        <source>the standard is missing: give its uuid or certificate number</source>
        <translation>缺少计量标准：请给出其 UUID 或证书编号</translation>
    </message>
    <message>
        <source>the bureau is missing: give its uuid or name</source>
        <translation>缺少市场监管部门：请给出其 UUID 或名称</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>必须是文本</translation>
    </message>
    <message>
        <source>item %1 is answered twice</source>
        <translation>项目 %1 回答了两次</translation>
    </message>
    <message>
        <source>unknown kind &apos;%1&apos;; use onsite_test, comparison or blind_sample</source>
        <translation>未知方式“%1”；请使用 onsite_test、comparison 或 blind_sample</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be pass, fail or empty</source>
        <translation>“%1”必须是 pass、fail 或空</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺少</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>不能为空</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>必须是 true 或 false</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation>必须是 %1 至 %2 之间的整数</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date written YYYY-MM-DD</source>
        <translation>“%1”不是 YYYY-MM-DD 格式的日期</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a UUID</source>
        <translation>“%1”不是 UUID</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>必须是列表</translation>
    </message>
    <message>
        <source>unknown field (known: %1)</source>
        <translation>未知字段（已知字段：%1）</translation>
    </message>
    <message>
        <source>unknown subject &apos;%1&apos;; use standard, bureau or institution</source>
        <translation>未知的检查对象“%1”；请使用 standard、bureau 或 institution</translation>
    </message>
    <message>
        <source>the institution is missing: give its uuid or credit code</source>
        <translation>缺少被检查机构：请给出其 uuid 或统一社会信用代码</translation>
    </message>
</context>
<context>
    <name>core::MergeConflicts</name>
    <message>
        <source>there is no merge conflict %1</source>
        <translation>不存在合并冲突 %1</translation>
    </message>
    <message>
        <source>the conflict was decided already (%1, by %2)</source>
        <translation>该冲突已处理（%1，处理人 %2）</translation>
    </message>
    <message>
        <source>the conflict is about an unknown kind of record</source>
        <translation>该冲突涉及未知类型的记录</translation>
    </message>
</context>
<context>
    <name>core::Merger</name>
    <message>
        <source>the package was exported from this workspace itself</source>
        <translation>该数据包是从本工作区导出的</translation>
    </message>
    <message>
        <source>the attached file %1 was altered: its SHA-256 is not the one in the manifest; nothing was merged</source>
        <translation>附件 %1 已被改动：其 SHA-256 与清单不符，未合并任何内容</translation>
    </message>
    <message>
        <source>the merge was cancelled; nothing was changed</source>
        <translation>合并已取消，未作任何更改</translation>
    </message>
    <message>
        <source>the checklist template %1 %2 of the package has other content than the one held here under that version; nothing was merged</source>
        <translation>数据包中的检查表模板 %1 %2 与本工作区同一版本的内容不同；未合并任何数据</translation>
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
    <name>core::Obligations</name>
    <message>
        <source>seal and certificate returned on %1</source>
        <translation>印章和证书已于 %1 交还</translation>
    </message>
    <message>
        <source>report received on %1: %2 passed, %3 failed</source>
        <translation>月报已于 %1 收到：合格 %2，不合格 %3</translation>
    </message>
    <message>
        <source>renewal application</source>
        <translation>延续申请</translation>
    </message>
    <message>
        <source>notice before stopping</source>
        <translation>终止前书面报告</translation>
    </message>
    <message>
        <source>next year&apos;s verification plan</source>
        <translation>下年度强检计划</translation>
    </message>
    <message>
        <source>monthly report</source>
        <translation>强检月报</translation>
    </message>
    <message>
        <source>quarterly analysis</source>
        <translation>季度统计分析</translation>
    </message>
    <message>
        <source>yearly on-site inspection</source>
        <translation>年度现场检查</translation>
    </message>
    <message>
        <source>first inspection after publication</source>
        <translation>公示后首次监督检查</translation>
    </message>
    <message>
        <source>declaration update</source>
        <translation>公示信息更新</translation>
    </message>
    <message>
        <source>seal and certificate returned</source>
        <translation>交还印章和证书</translation>
    </message>
    <message>
        <source>no new application until</source>
        <translation>不得再次申请至</translation>
    </message>
    <message>
        <source>upcoming</source>
        <translation>未到期</translation>
    </message>
    <message>
        <source>due</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>已超期</translation>
    </message>
    <message>
        <source>done</source>
        <translation>已办结</translation>
    </message>
    <message>
        <source>%1 (regulation %2 changed on %3)</source>
        <translation>%1（检定规程 %2 于 %3 变更）</translation>
    </message>
</context>
<context>
    <name>core::PackageReader</name>
    <message>
        <source>this is not a MetInspect export package</source>
        <translation>这不是 MetInspect 导出的数据包</translation>
    </message>
    <message>
        <source>package format version %1 is not known to this program (it reads %2)</source>
        <translation>本程序不支持数据包格式版本 %1（支持的版本为 %2）</translation>
    </message>
    <message>
        <source>the manifest lacks its workspace, sequence, kind or signing key</source>
        <translation>清单中缺少工作区、序号、类型或签名密钥</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>cannot create a temporary folder to decrypt the package</source>
        <translation>无法创建用于解密数据包的临时文件夹</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <source>the package is damaged or truncated</source>
        <translation>数据包已损坏或不完整</translation>
    </message>
    <message>
        <source>the package has no manifest</source>
        <translation>数据包中没有清单</translation>
    </message>
    <message>
        <source>the package is not signed (manifest.sig is missing)</source>
        <translation>数据包未签名（缺少 manifest.sig）</translation>
    </message>
    <message>
        <source>the manifest is not valid JSON: %1</source>
        <translation>清单不是有效的 JSON：%1</translation>
    </message>
    <message>
        <source>the signature does not match the manifest: the package was altered or signed by another key</source>
        <translation>签名与清单不符：数据包已被改动，或由其他密钥签名</translation>
    </message>
    <message>
        <source>the package is signed by a key this workspace does not trust (workspace %1 %2, key %3); trust that laptop&apos;s public key file with &apos;metinspect-cli keys trust FILE&apos; first</source>
        <translation>数据包的签名密钥未受本工作区信任（工作区 %1 %2，密钥 %3）；请先用“metinspect-cli keys trust FILE”信任该笔记本电脑的公钥文件</translation>
    </message>
    <message>
        <source>the package claims workspace %1 but is signed with the key of workspace %2</source>
        <translation>数据包声称来自工作区 %1，但使用工作区 %2 的密钥签名</translation>
    </message>
    <message>
        <source>the package has schema version %1, newer than this program knows (%2); install a newer MetInspect</source>
        <translation>数据包的数据库结构版本为 %1，高于本程序支持的版本（%2）；请安装较新版本的 MetInspect</translation>
    </message>
    <message>
        <source>%1 is listed in the manifest but missing from the package</source>
        <translation>清单中列有 %1，但数据包中缺少该文件</translation>
    </message>
    <message>
        <source>%1 has %2 bytes, the manifest says %3</source>
        <translation>%1 的大小为 %2 字节，清单中为 %3 字节</translation>
    </message>
    <message>
        <source>%1 is in the package but not in its manifest</source>
        <translation>%1 在数据包中，但不在清单中</translation>
    </message>
    <message>
        <source>%1 was altered: its SHA-256 is not the one in the manifest</source>
        <translation>%1 已被改动：其 SHA-256 与清单不符</translation>
    </message>
    <message>
        <source>%1 does not have the columns of %2 in this program&apos;s schema</source>
        <translation>%1 的列与本程序数据库结构中数据表 %2 的列不一致</translation>
    </message>
    <message>
        <source>%1 has a row with the unknown column %2</source>
        <translation>%1 中有一行包含未知列 %2</translation>
    </message>
    <message>
        <source>%1 has a row without uuid or revision</source>
        <translation>%1 中有一行缺少 uuid 或 revision</translation>
    </message>
    <message>
        <source>%1 holds records of a kind this program does not merge</source>
        <translation>%1 包含本程序不合并的记录类型</translation>
    </message>
    <message>
        <source>%1 is not named by its SHA-256</source>
        <translation>%1 的文件名不是其 SHA-256</translation>
    </message>
    <message>
        <source>%1 is not a member a package may have</source>
        <translation>%1 不是数据包中允许包含的文件</translation>
    </message>
    <message>
        <source>the attached file %1 was altered: its SHA-256 is not the one in the manifest</source>
        <translation>附件 %1 已被改动：其 SHA-256 与清单不符</translation>
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
    <message>
        <source>storing records in %1: %2</source>
        <translation>写入 %1 的记录：%2</translation>
    </message>
</context>
<context>
    <name>core::ReadingsFile</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number (one reading per line)</source>
        <translation>“%1”不是数（每行一个测得值）</translation>
    </message>
    <message>
        <source>date: &apos;%1&apos; is not a possible date (write YYYY-MM-DD)</source>
        <translation>日期：“%1”不是有效日期（请写作 YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>reading: &apos;%1&apos; is not a number</source>
        <translation>测得值：“%1”不是数</translation>
    </message>
    <message>
        <source>a row has two fields: date,reading</source>
        <translation>每行两个字段：日期,测得值</translation>
    </message>
</context>
<context>
    <name>core::Receipts</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>not a receipt: %1</source>
        <translation>不是回执：%1</translation>
    </message>
    <message>
        <source>this is not a MetInspect receipt</source>
        <translation>这不是 MetInspect 回执</translation>
    </message>
    <message>
        <source>the receipt&apos;s signature does not match: it was altered</source>
        <translation>回执的签名不符：回执已被改动</translation>
    </message>
    <message>
        <source>the receipt is signed by a key this workspace does not trust (%1); trust the bureau&apos;s public key file with &apos;metinspect-cli keys trust FILE&apos; first</source>
        <translation>回执的签名密钥未受本工作区信任（%1）；请先用“metinspect-cli keys trust FILE”信任局端的公钥文件</translation>
    </message>
    <message>
        <source>the receipt is about another workspace&apos;s package</source>
        <translation>该回执针对的是其他工作区的数据包</translation>
    </message>
    <message>
        <source>the receipt names a record it cannot be about</source>
        <translation>回执中含有不可能属于该数据包的记录</translation>
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
        <source>  done in %1 s</source>
        <translation>  完成，用时 %1 秒</translation>
    </message>
    <message>
        <source>open the workspace</source>
        <translation>打开工作区</translation>
    </message>
    <message>
        <source>load %1 rectification items with their units, standards and bureaus</source>
        <translation>载入 %1 项整改项及其单位、计量标准和主持考核的市场监管部门</translation>
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
        <translation>所属区域</translation>
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
    <name>core::Reverifications</name>
    <message>
        <source>a quoted field never closes</source>
        <translation>引号内的字段没有结束</translation>
    </message>
    <message>
        <source>the plan is empty</source>
        <translation>计划为空</translation>
    </message>
    <message>
        <source>the plan has no column instrument_no/器具编号 (or certificate_no/证书编号)</source>
        <translation>计划中没有 instrument_no/器具编号（或 certificate_no/证书编号）列</translation>
    </message>
    <message>
        <source>the instrument number is empty</source>
        <translation>器具编号为空</translation>
    </message>
    <message>
        <source>tabs in numbers and commas in categories are not allowed</source>
        <translation>编号中不能有制表符，类别中不能有逗号</translation>
    </message>
    <message>
        <source>the instrument number &apos;%1&apos; appears twice in the plan</source>
        <translation>器具编号“%1”在计划中出现了两次</translation>
    </message>
    <message>
        <source>the plan lists no instruments</source>
        <translation>计划中没有器具</translation>
    </message>
    <message>
        <source>the draw needs a seed</source>
        <translation>抽取需要种子</translation>
    </message>
    <message>
        <source>the record is not JSON: %1</source>
        <translation>记录不是 JSON：%1</translation>
    </message>
    <message>
        <source>the record&apos;s SHA-256 does not match its content</source>
        <translation>记录的 SHA-256 与内容不符</translation>
    </message>
    <message>
        <source>re-running the draw gives other instruments than recorded</source>
        <translation>重新运行抽取得到的器具与记录不符</translation>
    </message>
</context>
<context>
    <name>core::RevokedList</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>证书编号</translation>
    </message>
    <message>
        <source>Revoked on</source>
        <translation>撤销日期</translation>
    </message>
    <message>
        <source>Ground</source>
        <translation>撤销依据</translation>
    </message>
    <message>
        <source>List of revoked verification bodies</source>
        <translation>被撤销计量授权（承诺）机构名单</translation>
    </message>
    <message>
        <source>No body has been revoked.</source>
        <translation>尚无被撤销的机构。</translation>
    </message>
    <message>
        <source>Revoked bodies</source>
        <translation>撤销名单</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
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
    <name>core::Role</name>
    <message>
        <source>inspector</source>
        <translation>检查人员</translation>
    </message>
    <message>
        <source>section chief</source>
        <translation>科长</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>auditor</source>
        <translation>审计员</translation>
    </message>
    <message>
        <source>no role</source>
        <translation>无角色</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1或%2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>managing users</source>
        <translation>管理用户</translation>
    </message>
    <message>
        <source>managing checklist templates</source>
        <translation>管理检查表模板</translation>
    </message>
    <message>
        <source>managing keys</source>
        <translation>管理密钥</translation>
    </message>
    <message>
        <source>managing campaigns</source>
        <translation>管理专项检查</translation>
    </message>
    <message>
        <source>approving a sampling</source>
        <translation>批准抽查</translation>
    </message>
    <message>
        <source>confirming or rejecting a rectification</source>
        <translation>确认或驳回整改</translation>
    </message>
    <message>
        <source>signing as inspector</source>
        <translation>以检查人身份签字</translation>
    </message>
    <message>
        <source>signing as reviewer</source>
        <translation>以复核人身份签字</translation>
    </message>
    <message>
        <source>taking the signature of the inspected unit</source>
        <translation>采集被检查单位的签字</translation>
    </message>
    <message>
        <source>importing data</source>
        <translation>导入数据</translation>
    </message>
    <message>
        <source>backing up the workspace</source>
        <translation>备份工作区</translation>
    </message>
    <message>
        <source>restoring a backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <source>configuring scheduled backups</source>
        <translation>配置定时备份</translation>
    </message>
    <message>
        <source>viewing the audit trail</source>
        <translation>查看审计日志</translation>
    </message>
    <message>
        <source>bureau</source>
        <translation>发证机关</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>建标单位</translation>
    </message>
    <message>
        <source>measurement standard</source>
        <translation>计量标准</translation>
    </message>
    <message>
        <source>equipment</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>personnel</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>attachment</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>account</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>creating %1 records</source>
        <translation>创建%1记录</translation>
    </message>
    <message>
        <source>changing %1 records</source>
        <translation>修改%1记录</translation>
    </message>
    <message>
        <source>deleting %1 records</source>
        <translation>删除%1记录</translation>
    </message>
    <message>
        <source>generating demo data</source>
        <translation>生成演示数据</translation>
    </message>
    <message>
        <source>trusted key</source>
        <translation>受信任密钥</translation>
    </message>
    <message>
        <source>checklist template</source>
        <translation>检查表模板</translation>
    </message>
    <message>
        <source>campaign</source>
        <translation>专项检查</translation>
    </message>
    <message>
        <source>inspection plan</source>
        <translation>检查计划</translation>
    </message>
    <message>
        <source>inspector directory</source>
        <translation>检查人员名录</translation>
    </message>
    <message>
        <source>conflict of interest</source>
        <translation>利益冲突</translation>
    </message>
    <message>
        <source>sampling draw</source>
        <translation>抽取</translation>
    </message>
    <message>
        <source>inspection signature</source>
        <translation>检查记录签字</translation>
    </message>
    <message>
        <source>inspection review</source>
        <translation>检查记录复核</translation>
    </message>
</context>
<context>
    <name>core::SamplingRecord</name>
    <message>
        <source>this value is missing</source>
        <translation>缺少该项</translation>
    </message>
    <message>
        <source>must be a text</source>
        <translation>必须是文本</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>不能为空</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation>必须是 %1 至 %2 之间的整数</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>必须是 true 或 false</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>必须是对象</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>必须是列表</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a uuid</source>
        <translation>“%1”不是 uuid</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date (YYYY-MM-DD)</source>
        <translation>“%1”不是日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>must be a SHA-256 in lower-case hex (64 characters)</source>
        <translation>必须是小写十六进制的 SHA-256（64 个字符）</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>不是有效的 JSON：%1</translation>
    </message>
    <message>
        <source>a sampling record is a JSON object</source>
        <translation>抽查记录应是一个 JSON 对象</translation>
    </message>
    <message>
        <source>this is not a MetInspect sampling record (format &apos;%1&apos;)</source>
        <translation>这不是 MetInspect 抽查记录（格式“%1”）</translation>
    </message>
    <message>
        <source>format version %1 is not known to this program (it reads %2)</source>
        <translation>本程序不认识格式版本 %1（只能读取 %2）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date and time (ISO 8601)</source>
        <translation>“%1”不是日期时间（ISO 8601）</translation>
    </message>
    <message>
        <source>unknown category &apos;%1&apos;</source>
        <translation>未知的类别“%1”</translation>
    </message>
    <message>
        <source>unknown focus area &apos;%1&apos;</source>
        <translation>未知的重点领域“%1”</translation>
    </message>
    <message>
        <source>the unit %1 is listed twice</source>
        <translation>单位 %1 出现了两次</translation>
    </message>
</context>
<context>
    <name>core::SamplingVerifier</name>
    <message>
        <source>%1: the parameters give a first draw of %2, the record states %3</source>
        <translation>%1：按参数随机抽取的数量应为 %2，记录中为 %3</translation>
    </message>
    <message>
        <source>%1: the record gives %2 as drawn, but the seed and parameters do not draw it</source>
        <translation>%1：记录中 %2 为随机抽中，但按随机种子和参数不会抽中</translation>
    </message>
    <message>
        <source>%1: the seed and parameters draw %2, which the record does not list</source>
        <translation>%1：按随机种子和参数会抽中 %2，但记录中没有</translation>
    </message>
    <message>
        <source>%1: the record gives %2 as added to cover field %3, but the draw does not add it</source>
        <translation>%1：记录中 %2 为覆盖专业领域 %3 而增补，但按抽查算法不会增补</translation>
    </message>
    <message>
        <source>%1: field %2 forces the addition of %3, which the record does not list</source>
        <translation>%1：专业领域 %2 应增补 %3，但记录中没有</translation>
    </message>
    <message>
        <source>%1: for %2 the draw chooses the standards [%3], the record lists [%4]</source>
        <translation>%1：对 %2，按算法抽取的计量标准为 [%3]，记录中为 [%4]</translation>
    </message>
    <message>
        <source>%1 (%2) is no longer in the population</source>
        <translation>%1（%2）已不在抽查总体中</translation>
    </message>
    <message>
        <source>%1 (%2) is in the population now but was not at the draw</source>
        <translation>%1（%2）现在在抽查总体中，但抽取时不在</translation>
    </message>
    <message>
        <source>%1 (%2) weighs %3 now, %4 at the draw</source>
        <translation>%1（%2）的权重现为 %3，抽取时为 %4</translation>
    </message>
    <message>
        <source>%1 (%2): standards added %3, removed %4</source>
        <translation>%1（%2）：新增计量标准 %3，减少 %4</translation>
    </message>
    <message>
        <source>the record names the algorithm &apos;%1&apos;; this program re-derives %2 only</source>
        <translation>记录中的算法为“%1”；本程序只能复核 %2</translation>
    </message>
    <message>
        <source>the record was changed after the draw: its content has the SHA-256 %1, the record states %2</source>
        <translation>抽查记录在抽取后被改动：其内容的 SHA-256 为 %1，记录中写的是 %2</translation>
    </message>
    <message>
        <source>the record&apos;s SHA-256 %1 matches its content</source>
        <translation>抽查记录的 SHA-256 %1 与内容一致</translation>
    </message>
    <message>
        <source>the listed population cannot be ordered: %1</source>
        <translation>记录中的抽查总体无法排序：%1</translation>
    </message>
    <message>
        <source>the population of units listed in the record is not the one drawn from: its SHA-256 is %1, the record states %2</source>
        <translation>记录中列出的单位总体不是抽取时的总体：其 SHA-256 为 %1，记录中写的是 %2</translation>
    </message>
    <message>
        <source>the population of %1 units and %2 standards has the recorded SHA-256 %3</source>
        <translation>%1 家单位、%2 项计量标准的抽查总体与记录的 SHA-256 %3 一致</translation>
    </message>
    <message>
        <source>the population of lower bureaus listed in the record is not the one drawn from: its SHA-256 is %1, the record states %2</source>
        <translation>记录中列出的下级市场监管部门总体不是抽取时的总体：其 SHA-256 为 %1，记录中写的是 %2</translation>
    </message>
    <message>
        <source>the population of %1 lower bureaus has the recorded SHA-256 %2</source>
        <translation>%1 个下级市场监管部门的总体与记录的 SHA-256 %2 一致</translation>
    </message>
    <message>
        <source>units</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>lower bureaus</source>
        <translation>下级市场监管部门</translation>
    </message>
    <message>
        <source>the draw re-derived from the seed &apos;%1&apos; and the parameters gives the recorded result: %2 units (%3 added to cover fields), %4 standards, %5 lower bureaus</source>
        <translation>由随机种子“%1”和参数重新推算的结果与记录一致：单位 %2 家（为覆盖专业领域增补 %3 家）、计量标准 %4 项、下级市场监管部门 %5 个</translation>
    </message>
    <message>
        <source>no workspace: the record was not compared with a stored draw or the registry</source>
        <translation>没有工作区：未与保存的抽查和登记册比对</translation>
    </message>
    <message>
        <source>the workspace holds no draw %1; the record was not compared with a stored one</source>
        <translation>工作区中没有抽查 %1；未与保存的抽查比对</translation>
    </message>
    <message>
        <source>%1: the file says %2, the draw stored in the workspace says %3</source>
        <translation>%1：文件中为 %2，工作区保存的抽查中为 %3</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <source>algorithm</source>
        <translation>算法</translation>
    </message>
    <message>
        <source>time of the draw</source>
        <translation>抽取时间</translation>
    </message>
    <message>
        <source>drawn by</source>
        <translation>抽取人</translation>
    </message>
    <message>
        <source>witnesses</source>
        <translation>见证人</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>campaign</source>
        <translation>专项检查活动</translation>
    </message>
    <message>
        <source>parameter ratio of units</source>
        <translation>参数：单位抽取比例</translation>
    </message>
    <message>
        <source>parameter ratio of lower bureaus</source>
        <translation>参数：下级市场监管部门抽取比例</translation>
    </message>
    <message>
        <source>parameter focus-area weight</source>
        <translation>参数：重点领域权重</translation>
    </message>
    <message>
        <source>parameter standards per field</source>
        <translation>参数：每个专业领域的计量标准数</translation>
    </message>
    <message>
        <source>parameter categories</source>
        <translation>参数：计量标准类别</translation>
    </message>
    <message>
        <source>parameter lower bureaus&apos; certificates</source>
        <translation>参数：是否包括下级部门发证的计量标准</translation>
    </message>
    <message>
        <source>parameter population date</source>
        <translation>参数：抽查总体的日期</translation>
    </message>
    <message>
        <source>population: the units listed in the file differ from those of the stored draw</source>
        <translation>抽查总体：文件中列出的单位与保存的抽查不同</translation>
    </message>
    <message>
        <source>population: the lower bureaus listed in the file differ from those of the stored draw</source>
        <translation>抽查总体：文件中列出的下级市场监管部门与保存的抽查不同</translation>
    </message>
    <message>
        <source>result: units drawn</source>
        <translation>结果：随机抽中的单位</translation>
    </message>
    <message>
        <source>result: units added for fields</source>
        <translation>结果：为覆盖专业领域增补的单位</translation>
    </message>
    <message>
        <source>result: standards</source>
        <translation>结果：计量标准</translation>
    </message>
    <message>
        <source>result: lower bureaus drawn</source>
        <translation>结果：抽中的下级市场监管部门</translation>
    </message>
    <message>
        <source>the record is the draw stored in the workspace on %1</source>
        <translation>该记录与工作区中 %1 保存的抽查一致</translation>
    </message>
    <message>
        <source>the campaign %1 is not in this workspace; the population was not compared with the registry</source>
        <translation>本工作区中没有专项检查活动 %1；未与登记册比对抽查总体</translation>
    </message>
    <message>
        <source>the registry still gives the recorded population for this scope on %1</source>
        <translation>按登记册，%1 该检查范围的抽查总体仍与记录一致</translation>
    </message>
    <message>
        <source>the population has changed: the registry now gives units with the SHA-256 %1 for this scope on %2, the record states %3</source>
        <translation>抽查总体已变化：按登记册，%2 该检查范围的单位总体 SHA-256 现为 %1，记录中为 %3</translation>
    </message>
    <message>
        <source>the population has changed: the lower bureaus of %1 are not those of the record</source>
        <translation>抽查总体已变化：%1 的下级市场监管部门与记录不同</translation>
    </message>
</context>
<context>
    <name>core::SecretFile</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
    <message>
        <source>cannot make the folder %1 private</source>
        <translation>无法将文件夹 %1 设为私有</translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation>无法创建 %1：%2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>core::SqlAccountStore</name>
    <message>
        <source>reading the accounts</source>
        <translation>读取账户</translation>
    </message>
    <message>
        <source>there is no account &apos;%1&apos;</source>
        <translation>没有账户“%1”</translation>
    </message>
    <message>
        <source>the first account of a workspace must be an administrator</source>
        <translation>工作区的第一个账户必须是管理员</translation>
    </message>
    <message>
        <source>the login name &apos;%1&apos; is taken</source>
        <translation>登录名“%1”已被使用</translation>
    </message>
    <message>
        <source>%1 is the last active administrator; make another account an administrator first</source>
        <translation>%1 是最后一个启用的管理员；请先将另一个账户设为管理员</translation>
    </message>
    <message>
        <source>reading the failed logins</source>
        <translation>读取登录失败记录</translation>
    </message>
    <message>
        <source>recording a failed login</source>
        <translation>记录登录失败</translation>
    </message>
    <message>
        <source>clearing the failed logins</source>
        <translation>清除登录失败记录</translation>
    </message>
    <message numerus="yes">
        <source>too many failed logins for &apos;%1&apos;: try again in %n second(s)</source>
        <translation>
            <numerusform>“%1”登录失败次数过多：请 %n 秒后再试</numerusform>
        </translation>
    </message>
    <message>
        <source>wrong login name or password</source>
        <translation>登录名或密码错误</translation>
    </message>
    <message>
        <source>the account %1 is deactivated</source>
        <translation>账户 %1 已停用</translation>
    </message>
    <message>
        <source>electronic signatures need accounts: create the administrator and the inspectors&apos; accounts first</source>
        <translation>电子签名需要账户：请先创建管理员和检查人员的账户</translation>
    </message>
    <message>
        <source>give the name of the person in charge of the inspected unit who signs</source>
        <translation>请填写签字的被检查单位负责人的姓名</translation>
    </message>
    <message>
        <source>%1 needs the role %2; %3 is %4</source>
        <translation>%1需要角色%2；%3 是%4</translation>
    </message>
</context>
<context>
    <name>core::SqlCampaignStore</name>
    <message>
        <source>reading campaign records</source>
        <translation>读取专项检查记录</translation>
    </message>
    <message>
        <source>the organising bureau does not exist</source>
        <translation>组织检查的市场监管部门不存在</translation>
    </message>
    <message>
        <source>the campaign already has self-inspection reports, draws or a plan and cannot be removed</source>
        <translation>该专项检查活动已有自查材料、抽查或检查计划，不能删除</translation>
    </message>
    <message>
        <source>the campaign does not exist</source>
        <translation>该专项检查活动不存在</translation>
    </message>
    <message>
        <source>the unit does not exist</source>
        <translation>该单位不存在</translation>
    </message>
    <message>
        <source>the bureau does not exist</source>
        <translation>该市场监管部门不存在</translation>
    </message>
    <message>
        <source>the received date %1 lies in the future (today is %2)</source>
        <translation>收到日期 %1 晚于今天（今天是 %2）</translation>
    </message>
    <message>
        <source>reading self-inspections</source>
        <translation>读取自查材料</translation>
    </message>
    <message>
        <source>this campaign already has a self-inspection record for that unit or bureau</source>
        <translation>该专项检查活动中已有该单位或部门的自查记录</translation>
    </message>
    <message>
        <source>the self-inspection record does not exist</source>
        <translation>该自查记录不存在</translation>
    </message>
    <message>
        <source>the inspector does not exist</source>
        <translation>该检查人员不存在</translation>
    </message>
    <message>
        <source>reading conflicts of interest</source>
        <translation>读取回避申报</translation>
    </message>
    <message>
        <source>this inspector has already declared a conflict of interest with that unit</source>
        <translation>该人员已申报对该单位回避</translation>
    </message>
    <message>
        <source>a stored draw is never changed; make a new draw instead</source>
        <translation>已保存的抽查不能修改；请重新抽取</translation>
    </message>
    <message>
        <source>the draw does not exist</source>
        <translation>该抽查不存在</translation>
    </message>
    <message>
        <source>reading the plan</source>
        <translation>读取检查计划</translation>
    </message>
    <message>
        <source>%1 is already in the plan of this campaign</source>
        <translation>%1 已在该专项检查活动的检查计划中</translation>
    </message>
    <message>
        <source>the planned day %1 lies outside the on-site inspection phase (%2 to %3)</source>
        <translation>计划日期 %1 不在现场监督检查阶段（%2 至 %3）内</translation>
    </message>
    <message>
        <source>the inspection day %1 is before the on-site inspection phase starts (%2)</source>
        <translation>检查日期 %1 早于现场监督检查阶段开始（%2）</translation>
    </message>
    <message>
        <source>the inspection day %1 lies in the future (today is %2)</source>
        <translation>检查日期 %1 晚于今天（今天是 %2）</translation>
    </message>
    <message>
        <source>a member of the team is not in the inspector directory</source>
        <translation>检查组中有人不在检查人员名录中</translation>
    </message>
    <message>
        <source>%1 is listed as an inspector, not as an assessor</source>
        <translation>%1 是检查人员，不是考评员</translation>
    </message>
    <message>
        <source>%1 is an assessor; add them as the team&apos;s assessor</source>
        <translation>%1 是考评员；请将其作为检查组的考评员</translation>
    </message>
    <message>
        <source>%1 declared a conflict of interest with %2 (%3) and must not inspect it</source>
        <translation>%1 已申报对 %2 回避（%3），不得参加对其的检查</translation>
    </message>
    <message>
        <source>reading units</source>
        <translation>读取单位</translation>
    </message>
    <message>
        <source>reading standards</source>
        <translation>读取计量标准</translation>
    </message>
    <message>
        <source>the unit is named in %1 campaign records (self-inspection, plan, conflicts of interest) and cannot be removed</source>
        <translation>该单位出现在 %1 条专项检查记录（自查、检查计划、回避）中，不能删除</translation>
    </message>
    <message>
        <source>the bureau is named in %1 campaign records (campaigns, inspectors, self-inspection, plan) and cannot be removed</source>
        <translation>该市场监管部门出现在 %1 条专项检查记录（专项检查活动、检查人员、自查、检查计划）中，不能删除</translation>
    </message>
    <message>
        <source>the standard is in the inspection plan of %1 campaigns and cannot be removed</source>
        <translation>该计量标准在 %1 个专项检查活动的检查计划中，不能删除</translation>
    </message>
</context>
<context>
    <name>core::SqlExchangeStore</name>
    <message>
        <source>reading the export schedule</source>
        <translation>读取报送计划</translation>
    </message>
    <message>
        <source>the day of the month must be from 1 to 28</source>
        <translation>日期必须在 1 到 28 之间</translation>
    </message>
    <message>
        <source>storing the export schedule</source>
        <translation>保存报送计划</translation>
    </message>
    <message>
        <source>reading what the bureau acknowledged</source>
        <translation>读取局端已确认的内容</translation>
    </message>
    <message>
        <source>storing what the bureau acknowledged</source>
        <translation>保存局端已确认的内容</translation>
    </message>
    <message>
        <source>reading the merge history</source>
        <translation>读取合并记录</translation>
    </message>
    <message>
        <source>storing the merge history</source>
        <translation>保存合并记录</translation>
    </message>
    <message>
        <source>reading %1</source>
        <translation>读取数据表 %1</translation>
    </message>
    <message>
        <source>a row of %1 has no uuid</source>
        <translation>数据表 %1 中有一行缺少 uuid</translation>
    </message>
    <message>
        <source>storing a merged record in %1</source>
        <translation>向数据表 %1 写入合并的记录</translation>
    </message>
    <message>
        <source>a merged record of %1 cannot be read back</source>
        <translation>无法读回数据表 %1 中合并的记录</translation>
    </message>
    <message>
        <source>removing a merged record from %1</source>
        <translation>从数据表 %1 删除合并的记录</translation>
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
    <message>
        <source>cannot move %1 to %2</source>
        <translation>无法将 %1 移动到 %2</translation>
    </message>
</context>
<context>
    <name>core::SqlHistoryStore</name>
    <message>
        <source>removing it would leave the history log inconsistent: %1</source>
        <translation>删除它会使履历书前后矛盾：%1</translation>
    </message>
    <message>
        <source>it would make another entry of the history log illegal: %1</source>
        <translation>它会使履历书中另一条记录不合规则：%1</translation>
    </message>
    <message>
        <source>reading the history log</source>
        <translation>读取履历书</translation>
    </message>
    <message>
        <source>the standard of this event does not exist</source>
        <translation>该记录所属的计量标准不存在</translation>
    </message>
    <message>
        <source>an entry cannot move to another standard&apos;s history log</source>
        <translation>记录不能移到另一项计量标准的履历书中</translation>
    </message>
    <message>
        <source>the event belongs to no standard</source>
        <translation>该记录不属于任何计量标准</translation>
    </message>
    <message>
        <source>the instrument is not one of this standard&apos;s</source>
        <translation>该设备不属于此计量标准</translation>
    </message>
    <message>
        <source>there is no such entry in the history log</source>
        <translation>履历书中没有这条记录</translation>
    </message>
    <message>
        <source>recording the history log was cancelled; nothing was stored</source>
        <translation>履历书的记录已取消；未保存任何内容</translation>
    </message>
    <message>
        <source>give a certificate number, an institution or a serial number</source>
        <translation>请给出证书编号、机构或出厂编号</translation>
    </message>
    <message>
        <source>reading the registry</source>
        <translation>读取计量标准登记信息</translation>
    </message>
    <message>
        <source>reading the indexes of the history log</source>
        <translation>读取履历书索引</translation>
    </message>
    <message>
        <source>setting the indexes of the history log aside</source>
        <translation>暂时移除履历书索引</translation>
    </message>
    <message>
        <source>building the indexes of the history log</source>
        <translation>重建履历书索引</translation>
    </message>
</context>
<context>
    <name>core::SqlInspectionStore</name>
    <message>
        <source>keeping typed text</source>
        <translation>保存正在输入的文字</translation>
    </message>
    <message>
        <source>unknown field &apos;%1&apos; for typed text</source>
        <translation>正在输入的文字对应的字段“%1”未知</translation>
    </message>
    <message>
        <source>removing typed text</source>
        <translation>删除正在输入的文字</translation>
    </message>
    <message>
        <source>reading typed text</source>
        <translation>读取正在输入的文字</translation>
    </message>
    <message>
        <source>the template %1 has no item %2</source>
        <translation>模板 %1 中没有项目 %2</translation>
    </message>
    <message>
        <source>the measurement belongs to another inspection</source>
        <translation>该测量结果属于另一份检查记录</translation>
    </message>
    <message>
        <source>there is no such measurement</source>
        <translation>没有该测量结果</translation>
    </message>
    <message>
        <source>there is no file %1</source>
        <translation>没有文件 %1</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>the file is not evidence of this inspection</source>
        <translation>该文件不是本检查记录的证据</translation>
    </message>
    <message>
        <source>the inspection %1 is already in this workspace (%2)</source>
        <translation>检查记录 %1 已在本工作区中（%2）</translation>
    </message>
    <message>
        <source>there is no standard with the certificate number %1 in this workspace</source>
        <translation>本工作区中没有证书编号为 %1 的计量标准</translation>
    </message>
    <message>
        <source>the standard %1 has another id in this workspace; a signed record cannot be moved to it without breaking its seal</source>
        <translation>计量标准 %1 在本工作区中的编号不同；已签字的记录不能改挂到它上面，否则会破坏封存</translation>
    </message>
    <message>
        <source>there is no bureau %1 in this workspace</source>
        <translation>本工作区中没有市场监管部门 %1</translation>
    </message>
    <message>
        <source>the bureau %1 has another id in this workspace; a signed record cannot be moved to it without breaking its seal</source>
        <translation>市场监管部门 %1 在本工作区中的编号不同；已签字的记录不能改挂到它上面，否则会破坏封存</translation>
    </message>
    <message>
        <source>the evidence file %1 (%2) is not given</source>
        <translation>未提供证据文件 %1（%2）</translation>
    </message>
    <message>
        <source>a signed record must be complete: %1</source>
        <translation>已签字的记录必须完整：%1</translation>
    </message>
    <message>
        <source>the content does not have the SHA-256 it was signed with (%1): it was changed after signing, or this workspace&apos;s registry names the unit or standard differently</source>
        <translation>内容的 SHA-256 与签字时的（%1）不一致：签字后内容被改动过，或本工作区登记册中单位或计量标准的信息不同</translation>
    </message>
    <message>
        <source>reading revisions</source>
        <translation>读取版本</translation>
    </message>
    <message>
        <source>the inspection has no signed revision %1</source>
        <translation>该检查记录没有已签字的第 %1 版</translation>
    </message>
    <message>
        <source>the signed revision %1 cannot be read: %2</source>
        <translation>无法读取已签字的第 %1 版：%2</translation>
    </message>
    <message>
        <source>text is still being typed; store it before signing</source>
        <translation>仍有正在输入的文字；请先保存再签字</translation>
    </message>
    <message>
        <source>the checklist is not complete: %1</source>
        <translation>检查表尚未填写完整：%1</translation>
    </message>
    <message>
        <source>every signature needs the signer&apos;s name</source>
        <translation>每个签字都需要签字人姓名</translation>
    </message>
    <message>
        <source>the signature of %1 has no date</source>
        <translation>%1 的签字没有日期</translation>
    </message>
    <message>
        <source>the signature of %1 is not a drawn PNG image</source>
        <translation>%1 的签字不是手写签名的 PNG 图片</translation>
    </message>
    <message>
        <source>signatures missing: %1</source>
        <translation>缺少签字：%1</translation>
    </message>
    <message>
        <source>signature of %1</source>
        <translation>%1 的签名</translation>
    </message>
    <message>
        <source>the inspection is %1 and can be changed as it is; only a signed record is amended</source>
        <translation>该检查记录状态为“%1”，可以直接修改；只有已签字的记录才需要修订</translation>
    </message>
    <message>
        <source>an amendment needs a reason</source>
        <translation>修订需要说明原因</translation>
    </message>
    <message>
        <source>only a signed record is reviewed; this one is %1</source>
        <translation>只有已签字的记录才能审核；该记录状态为“%1”</translation>
    </message>
    <message>
        <source>the signature image of %1 (revision %2) is missing or was replaced</source>
        <translation>%1 的签名图片（第 %2 版）缺失或被替换</translation>
    </message>
    <message>
        <source>revision %1: its content no longer has the SHA-256 it was signed with</source>
        <translation>第 %1 版：内容的 SHA-256 与签字时的不一致</translation>
    </message>
    <message>
        <source>revision %1: the signature of %2 is for other content</source>
        <translation>第 %1 版：%2 的签字对应的是其他内容</translation>
    </message>
    <message>
        <source>revision %1 has no signatures</source>
        <translation>第 %1 版没有签字</translation>
    </message>
    <message>
        <source>the record is %1 but revision %2 was never signed</source>
        <translation>记录状态为“%1”，但第 %2 版从未签字</translation>
    </message>
    <message>
        <source>the answers were changed after revision %1 was signed</source>
        <translation>第 %1 版签字后回答被改动过</translation>
    </message>
    <message>
        <source>the record names another hash than its signed revision %1</source>
        <translation>记录所载的哈希与其已签字的第 %1 版不一致</translation>
    </message>
    <message>
        <source>the inspection has %1 revision(s), not %2</source>
        <translation>该检查记录有 %1 个版本，没有第 %2 版</translation>
    </message>
    <message>
        <source>reading the settings</source>
        <translation>读取设置</translation>
    </message>
    <message>
        <source>the rectification period must be 1 to 366 days, not %1</source>
        <translation>整改期限必须是 1 至 366 天，而不是 %1</translation>
    </message>
    <message>
        <source>storing the settings</source>
        <translation>保存设置</translation>
    </message>
    <message>
        <source>the inspection is %1: it cannot be changed; amend it with a reason to open a new revision</source>
        <translation>该检查记录%1，不能修改；请说明原因进行修订，以打开新版本</translation>
    </message>
    <message>
        <source>the template %1 version %2 is already in the workspace with other content (%3); give the new wording a new version</source>
        <translation>工作区中已有内容不同的模板 %1 版本 %2（%3）；请为新措辞使用新版本号</translation>
    </message>
    <message>
        <source>built in</source>
        <translation>内置</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>the checklist template %1 is not in the workspace</source>
        <translation>工作区中没有检查表模板 %1</translation>
    </message>
    <message>
        <source>the stored template %1 %2 was altered: its content no longer has its SHA-256</source>
        <translation>已保存的模板 %1 %2 被改动：其内容与 SHA-256 不符</translation>
    </message>
    <message>
        <source>there is no checklist template %1</source>
        <translation>没有检查表模板 %1</translation>
    </message>
    <message>
        <source>there is no checklist template %1 %2; known: %3</source>
        <translation>没有检查表模板 %1 %2；已有：%3</translation>
    </message>
    <message>
        <source>the built-in template %1 is missing</source>
        <translation>缺少内置模板 %1</translation>
    </message>
    <message>
        <source>the template %1 has no signer role %2</source>
        <translation>模板 %1 中没有签字角色 %2</translation>
    </message>
    <message>
        <source>the standard to inspect does not exist</source>
        <translation>要检查的计量标准不存在</translation>
    </message>
    <message>
        <source>the bureau to inspect does not exist</source>
        <translation>要检查的市场监管部门不存在</translation>
    </message>
    <message>
        <source>reading answers</source>
        <translation>读取回答</translation>
    </message>
    <message>
        <source>there is no inspection %1</source>
        <translation>没有检查记录 %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an inspection id: give its uuid or at least its first 8 hex digits</source>
        <translation>“%1”不是检查记录编号：请给出其 UUID 或至少前 8 位十六进制数字</translation>
    </message>
    <message>
        <source>reading inspections</source>
        <translation>读取检查记录</translation>
    </message>
    <message>
        <source>&apos;%1&apos; matches %2 inspections; give more of the id</source>
        <translation>“%1”匹配 %2 份检查记录；请给出更多位编号</translation>
    </message>
    <message>
        <source>only a draft that was never signed can be removed; amend a signed record instead</source>
        <translation>只能删除从未签字的草稿；已签字的记录请进行修订</translation>
    </message>
    <message numerus="yes">
        <source>%n inspection record(s) refer to it; inspection records are kept, so it cannot be removed</source>
        <translation>
            <numerusform>有 %n 份检查记录引用它；检查记录需要保留，因此不能删除它</numerusform>
        </translation>
    </message>
    <message>
        <source>the template %1 has no header field %2</source>
        <translation>模板 %1 中没有表头字段 %2</translation>
    </message>
    <message>
        <source>the inspection date is missing</source>
        <translation>缺少检查日期</translation>
    </message>
    <message>
        <source>the template %1 has no conclusion %2</source>
        <translation>模板 %1 中没有结论 %2</translation>
    </message>
    <message>
        <source>unknown verdict &apos;%1&apos;; use %2</source>
        <translation>未知判定“%1”；请使用 %2</translation>
    </message>
    <message>
        <source>the signature of %1 needs an inspector to witness it with their password (electronic signature)</source>
        <translation>%1 的签字需要一名检查人员输入本人密码见证（电子签名）</translation>
    </message>
    <message>
        <source>the signature of %1 needs %1&apos;s password (electronic signature)</source>
        <translation>%1 的签字需要 %1 本人的密码（电子签名）</translation>
    </message>
    <message>
        <source>the password for the signature of %1 was entered as %2, not as %3</source>
        <translation>%1 签字所输入的密码是作为“%2”确认的，而不是“%3”</translation>
    </message>
    <message>
        <source>the password entered for the signature of %1 is that of %2 (%3)</source>
        <translation>为 %1 的签字输入的是 %2（%3）的密码</translation>
    </message>
    <message>
        <source>the password for the signature of %1 was entered more than 15 minutes ago; enter it again</source>
        <translation>%1 签字的密码是 15 分钟以前输入的，请重新输入</translation>
    </message>
    <message>
        <source>the account %1 cannot sign twice as inspector</source>
        <translation>账户 %1 不能以检查人员身份签字两次</translation>
    </message>
    <message>
        <source>revision %1: the electronic signature of %2 does not match what was signed</source>
        <translation>第 %1 版：%2 的电子签名与所签内容不符</translation>
    </message>
    <message>
        <source>%1 is not on the team of this inspection, which has no team yet; only the inspectors of its team fill and sign it</source>
        <translation>%1 不在本次检查的检查组中（检查组尚未确定）；只有本检查组的检查人员可以填写和签署</translation>
    </message>
    <message>
        <source>%1 is not on the team of this inspection (%2); only the inspectors of its team fill and sign it</source>
        <translation>%1 不在本次检查的检查组（%2）中；只有本检查组的检查人员可以填写和签署</translation>
    </message>
    <message>
        <source>%1 is not on the team of this inspection and cannot sign it as %2</source>
        <translation>%1 不在本次检查的检查组中，不能以“%2”身份签字</translation>
    </message>
    <message>
        <source>there is no institution with the credit code %1 in this workspace</source>
        <translation>本工作区没有统一社会信用代码为 %1 的机构</translation>
    </message>
    <message>
        <source>the institution %1 has another id in this workspace; a signed record cannot be moved to it without breaking its seal</source>
        <translation>机构 %1 在本工作区中的编号不同；已签名的记录若改挂到该机构将破坏其签名</translation>
    </message>
    <message>
        <source>the institution to inspect does not exist</source>
        <translation>要检查的机构不存在</translation>
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
    <message>
        <source>the standard has %1 history log entries and cannot be removed; record its cancellation instead</source>
        <translation>该计量标准有 %1 条履历记录，不能删除；请改为记录其撤销</translation>
    </message>
    <message>
        <source>the instrument has %1 history log entries and cannot be removed; record its replacement instead</source>
        <translation>该设备有 %1 条履历记录，不能删除；请改为记录其更换</translation>
    </message>
    <message>
        <source>reading the history log</source>
        <translation>读取履历书</translation>
    </message>
    <message>
        <source>%1 needs a logged-in account: this workspace has accounts; log in as %2</source>
        <translation>%1需要已登录的账户：此工作区有账户，请以%2身份登录</translation>
    </message>
    <message>
        <source>the account %1 is deactivated or no longer exists</source>
        <translation>账户 %1 已停用或已不存在</translation>
    </message>
    <message>
        <source>%1 needs the role %2; %3 is logged in as %4</source>
        <translation>%1需要角色%2；%3 当前以%4身份登录</translation>
    </message>
    <message>
        <source>storing records in %1</source>
        <translation>写入 %1 的记录</translation>
    </message>
</context>
<context>
    <name>core::SqlVerificationStore</name>
    <message>
        <source>the institution does not exist</source>
        <translation>机构不存在</translation>
    </message>
    <message>
        <source>reading verification bodies</source>
        <translation>读取检定机构</translation>
    </message>
    <message>
        <source>a %1 with the credit code %2 is already registered</source>
        <translation>统一社会信用代码为 %2 的%1已登记</translation>
    </message>
    <message>
        <source>%1 was already revoked on %2</source>
        <translation>%1 已于 %2 被撤销</translation>
    </message>
    <message>
        <source>the date of revocation is missing</source>
        <translation>缺少撤销日期</translation>
    </message>
    <message>
        <source>the date of revocation %1 lies in the future</source>
        <translation>撤销日期 %1 晚于今天</translation>
    </message>
    <message>
        <source>the date %1 lies in the future</source>
        <translation>日期 %1 晚于今天</translation>
    </message>
    <message>
        <source>reading obligation closures</source>
        <translation>读取义务办结记录</translation>
    </message>
    <message>
        <source>this obligation (%1, due %2) is already closed</source>
        <translation>该义务（%1，期限 %2）已办结</translation>
    </message>
    <message>
        <source>reading monthly reports</source>
        <translation>读取强检月报</translation>
    </message>
    <message>
        <source>the report for %1 is already recorded</source>
        <translation>%1 的月报已登记</translation>
    </message>
    <message>
        <source>a draw is never changed; only its results can be recorded</source>
        <translation>抽取结果不能更改，只能登记复核结果</translation>
    </message>
    <message>
        <source>the re-verification of %1 is already drawn</source>
        <translation>%1 年度的复核检定已抽取</translation>
    </message>
    <message>
        <source>the item %1 is already declared</source>
        <translation>项目 %1 已声明</translation>
    </message>
    <message>
        <source>the declared item does not exist</source>
        <translation>该声明项目不存在</translation>
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
    <message>
        <source>storing records in %1: %2</source>
        <translation>向数据表 %1 写入记录失败：%2</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>操作失败（%1）：%2</translation>
    </message>
</context>
<context>
    <name>core::StatisticsBench</name>
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
        <source>read units, standards, inspections, plan and %1 rectification items</source>
        <translation>读取单位、计量标准、检查记录、计划和 %1 个整改项</translation>
    </message>
    <message>
        <source>compute attachment 3 for %1 bureaus (median)</source>
        <translation>计算 %1 个局的附件3（中位数）</translation>
    </message>
    <message>
        <source>attachment 3 in all (median)</source>
        <translation>附件3 总计（中位数）</translation>
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
    <name>core::VerificationDemo</name>
    <message>
        <source>still failed after rectification</source>
        <translation>整改后复查仍不合格</translation>
    </message>
    <message>
        <source>%1 authorized institutions, %2 self-committed enterprises, %3 monthly reports</source>
        <translation>%1 家计量授权机构、%2 家承诺企业、%3 份强检月报</translation>
    </message>
</context>
<context>
    <name>core::WorkspaceKeys</name>
    <message>
        <source>not a MetInspect public key file (the first line must be &apos;%1&apos;)</source>
        <translation>不是 MetInspect 公钥文件（第一行必须是“%1”）</translation>
    </message>
    <message>
        <source>expected &apos;name: value&apos;</source>
        <translation>应为“name: value”格式</translation>
    </message>
    <message>
        <source>the signing key is not 32 bytes of base64</source>
        <translation>签名密钥不是 32 字节的 base64 数据</translation>
    </message>
    <message>
        <source>the encryption key is not 32 bytes of base64</source>
        <translation>加密密钥不是 32 字节的 base64 数据</translation>
    </message>
    <message>
        <source>the file names no workspace</source>
        <translation>文件中未指明工作区</translation>
    </message>
    <message>
        <source>the file has no signing key</source>
        <translation>文件中没有签名密钥</translation>
    </message>
    <message>
        <source>the fingerprint does not match the signing key: the file was altered</source>
        <translation>指纹与签名密钥不符：文件已被改动</translation>
    </message>
    <message>
        <source>the cryptography library cannot start</source>
        <translation>无法初始化密码库</translation>
    </message>
    <message>
        <source>cannot read the keys %1: %2</source>
        <translation>无法读取密钥 %1：%2</translation>
    </message>
    <message>
        <source>the key file %1 is damaged or belongs to another workspace</source>
        <translation>密钥文件 %1 已损坏或属于其他工作区</translation>
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
    <name>core::ZipReader</name>
    <message>
        <source>%1 is not a readable package (damaged or truncated): %2</source>
        <translation>%1 不是可读取的数据包（已损坏或不完整）：%2</translation>
    </message>
    <message>
        <source>the package lacks %1</source>
        <translation>数据包中缺少 %1</translation>
    </message>
    <message>
        <source>%1 in the package is too large (%2 bytes)</source>
        <translation>数据包中的 %1 过大（%2 字节）</translation>
    </message>
    <message>
        <source>cannot read %1 in the package</source>
        <translation>无法读取数据包中的 %1</translation>
    </message>
    <message>
        <source>%1 in the package is damaged</source>
        <translation>数据包中的 %1 已损坏</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>core::ZipWriter</name>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2：%3</translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation>无法创建 %1：%2</translation>
    </message>
    <message>
        <source>cannot add to</source>
        <translation>无法添加到</translation>
    </message>
    <message>
        <source>cannot add %1 to</source>
        <translation>无法将 %1 添加到</translation>
    </message>
    <message>
        <source>cannot write</source>
        <translation>无法写入</translation>
    </message>
</context>
<context>
    <name>core::campaign</name>
    <message>
        <source>the %1 phase has no start date</source>
        <translation>%1阶段没有开始日期</translation>
    </message>
    <message>
        <source>the %1 phase has no end date</source>
        <translation>%1阶段没有结束日期</translation>
    </message>
    <message>
        <source>the %1 phase ends (%2) before it starts (%3)</source>
        <translation>%1阶段的结束日期（%2）早于开始日期（%3）</translation>
    </message>
    <message>
        <source>the %1 phase starts (%2) before the %3 phase has ended (%4)</source>
        <translation>%1阶段的开始日期（%2）早于%3阶段的结束日期（%4）</translation>
    </message>
    <message>
        <source>the deadline for %1 is missing</source>
        <translation>缺少%1的截止日期</translation>
    </message>
    <message>
        <source>the deadline for %1 (%2) lies outside the campaign (%3 to %4)</source>
        <translation>%1的截止日期（%2）不在专项检查活动期间（%3 至 %4）内</translation>
    </message>
    <message>
        <source>the units&apos; self-inspection reports</source>
        <translation>建标单位报送自查材料</translation>
    </message>
    <message>
        <source>the lower bureaus&apos; self-inspection reports</source>
        <translation>下级市场监管部门报送自查材料</translation>
    </message>
    <message>
        <source>the campaign report</source>
        <translation>报送总结报告</translation>
    </message>
    <message>
        <source>the report is due (%1) before the results and summary phase starts (%2)</source>
        <translation>总结报告的截止日期（%1）早于结果处理和总结阶段开始（%2）</translation>
    </message>
    <message>
        <source>the campaign has no name</source>
        <translation>专项检查活动没有名称</translation>
    </message>
    <message>
        <source>the year must be from 2000 to 2100, not %1</source>
        <translation>年度必须在 2000 至 2100 之间，而不是 %1</translation>
    </message>
    <message>
        <source>the campaign has no organising bureau</source>
        <translation>专项检查活动没有组织检查的市场监管部门</translation>
    </message>
    <message>
        <source>choose at least one category of standards for the scope</source>
        <translation>请至少选择一类计量标准作为检查范围</translation>
    </message>
    <message>
        <source>the self-inspection belongs to no campaign</source>
        <translation>自查记录不属于任何专项检查活动</translation>
    </message>
    <message>
        <source>the self-inspection names no unit or bureau</source>
        <translation>自查记录没有指明单位或市场监管部门</translation>
    </message>
    <message>
        <source>a self-inspection with attached documents needs the date it was received</source>
        <translation>附有材料的自查记录需要收到日期</translation>
    </message>
    <message>
        <source>the inspector has no name</source>
        <translation>检查人员没有姓名</translation>
    </message>
    <message>
        <source>the inspector belongs to no bureau</source>
        <translation>检查人员不属于任何市场监管部门</translation>
    </message>
    <message>
        <source>the conflict of interest names no inspector</source>
        <translation>回避申报没有指明人员</translation>
    </message>
    <message>
        <source>the conflict of interest names no unit</source>
        <translation>回避申报没有指明单位</translation>
    </message>
    <message>
        <source>give the reason for the conflict of interest</source>
        <translation>请写明回避原因</translation>
    </message>
    <message>
        <source>the draw belongs to no campaign</source>
        <translation>该抽查不属于任何专项检查活动</translation>
    </message>
    <message>
        <source>the draw has no seed</source>
        <translation>该抽查没有随机种子</translation>
    </message>
    <message>
        <source>the draw has no record</source>
        <translation>该抽查没有抽查记录</translation>
    </message>
    <message>
        <source>the plan entry belongs to no campaign</source>
        <translation>该计划条目不属于任何专项检查活动</translation>
    </message>
    <message>
        <source>the plan entry names no unit or bureau</source>
        <translation>该计划条目没有指明单位或市场监管部门</translation>
    </message>
    <message>
        <source>an inspector is named twice in the team</source>
        <translation>检查组中有人重复</translation>
    </message>
    <message>
        <source>a team needs at least two inspectors</source>
        <translation>检查组至少需要两名检查人员</translation>
    </message>
    <message>
        <source>the assessor is already one of the inspectors</source>
        <translation>考评员已是检查组的检查人员</translation>
    </message>
    <message>
        <source>say whether the team was drawn or set by hand</source>
        <translation>请说明检查组是随机抽取还是人工指定</translation>
    </message>
    <message>
        <source>give the reason why the team was set by hand instead of drawn</source>
        <translation>请写明人工指定检查组而不随机抽取的原因</translation>
    </message>
    <message>
        <source>a drawn team needs the seed it was drawn with</source>
        <translation>随机抽取的检查组需要抽取所用的随机种子</translation>
    </message>
    <message>
        <source>give both the first and the last planned day</source>
        <translation>请同时给出计划检查的第一天和最后一天</translation>
    </message>
    <message>
        <source>the last planned day (%1) is before the first (%2)</source>
        <translation>计划检查的最后一天（%1）早于第一天（%2）</translation>
    </message>
    <message>
        <source>give the day the inspection took place</source>
        <translation>请给出检查日期</translation>
    </message>
    <message>
        <source>record in detail why the unit could not be inspected</source>
        <translation>请详细记录未能检查的原因</translation>
    </message>
    <message>
        <source>give the follow-up plan for the unit that could not be inspected</source>
        <translation>请给出未能检查单位的后续检查安排</translation>
    </message>
</context>
<context>
    <name>core::campaignvocab</name>
    <message>
        <source>self-inspection</source>
        <translation>自查</translation>
    </message>
    <message>
        <source>on-site inspection</source>
        <translation>现场监督检查</translation>
    </message>
    <message>
        <source>rectification</source>
        <translation>整改</translation>
    </message>
    <message>
        <source>results and summary</source>
        <translation>结果处理和总结</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>已结束</translation>
    </message>
    <message>
        <source>standard holder</source>
        <translation>建标单位</translation>
    </message>
    <message>
        <source>lower bureau</source>
        <translation>下级市场监管部门</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>未报送</translation>
    </message>
    <message>
        <source>on time</source>
        <translation>按时报送</translation>
    </message>
    <message>
        <source>late</source>
        <translation>逾期报送</translation>
    </message>
    <message>
        <source>inspector</source>
        <translation>检查人员</translation>
    </message>
    <message>
        <source>assessor</source>
        <translation>考评员</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>已计划</translation>
    </message>
    <message>
        <source>inspected</source>
        <translation>已检查</translation>
    </message>
    <message>
        <source>not inspected</source>
        <translation>未能检查</translation>
    </message>
    <message>
        <source>no team yet</source>
        <translation>尚未组队</translation>
    </message>
    <message>
        <source>drawn at random</source>
        <translation>随机抽取</translation>
    </message>
    <message>
        <source>set by hand</source>
        <translation>人工指定</translation>
    </message>
    <message>
        <source>self-inspection report</source>
        <translation>自查报告</translation>
    </message>
    <message>
        <source>problem list</source>
        <translation>存在问题清单</translation>
    </message>
    <message>
        <source>rectification report</source>
        <translation>整改报告</translation>
    </message>
</context>
<context>
    <name>core::crypto</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>the encryption key is not a bureau&apos;s public key</source>
        <translation>该加密密钥不是局端的公钥</translation>
    </message>
    <message>
        <source>cannot write the encrypted package: %1</source>
        <translation>无法写入加密的数据包：%1</translation>
    </message>
    <message>
        <source>the encrypted package is truncated or was altered</source>
        <translation>加密的数据包不完整或已被改动</translation>
    </message>
    <message>
        <source>this is not an encrypted MetInspect package</source>
        <translation>这不是加密的 MetInspect 数据包</translation>
    </message>
    <message>
        <source>the package is encrypted to another key: this bureau&apos;s key cannot open it</source>
        <translation>数据包是用其他密钥加密的：本局的密钥无法打开</translation>
    </message>
    <message>
        <source>cannot write the decrypted package: %1</source>
        <translation>无法写入解密后的数据包：%1</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>core::exchange</name>
    <message>
        <source>a trusted key needs its workspace, key and fingerprint</source>
        <translation>受信任的密钥必须有工作区、密钥和指纹</translation>
    </message>
    <message>
        <source>an export needs its sequence number and fingerprint</source>
        <translation>导出记录必须有序号和指纹</translation>
    </message>
    <message>
        <source>a merged package needs its fingerprint and origin</source>
        <translation>已合并的数据包必须有指纹和来源</translation>
    </message>
    <message>
        <source>a conflict needs the record it is about</source>
        <translation>冲突必须指明所涉及的记录</translation>
    </message>
</context>
<context>
    <name>core::inspectionclosure</name>
    <message>
        <source>on-site inspection %1 (%2), signed</source>
        <translation>现场监督检查 %1（%2），已签名</translation>
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
    <name>core::password</name>
    <message>
        <source>the cryptography library (libsodium) cannot start</source>
        <translation>密码库（libsodium）无法启动</translation>
    </message>
    <message>
        <source>not enough memory to hash the password</source>
        <translation>内存不足，无法计算密码哈希</translation>
    </message>
    <message>
        <source>the password must have at least 8 characters</source>
        <translation>密码至少需要 8 个字符</translation>
    </message>
    <message>
        <source>the password is longer than 1024 characters</source>
        <translation>密码超过 1024 个字符</translation>
    </message>
</context>
<context>
    <name>core::sampling::Population</name>
    <message>
        <source>an item of the population has no key</source>
        <translation>抽查总体中有一项没有键</translation>
    </message>
    <message>
        <source>the key &apos;%1&apos; contains a tab or a line break</source>
        <translation>键“%1”中含有制表符或换行</translation>
    </message>
    <message>
        <source>the key &apos;%1&apos; occurs twice in the population</source>
        <translation>键“%1”在抽查总体中出现了两次</translation>
    </message>
    <message>
        <source>the weight of &apos;%1&apos; must be from 1 to 1000000, not %2</source>
        <translation>“%1”的权重必须在 1 至 1000000 之间，而不是 %2</translation>
    </message>
    <message>
        <source>the stratum &apos;%1&apos; of &apos;%2&apos; is empty or contains a comma, tab or line break</source>
        <translation>“%2”的分层“%1”为空或含有逗号、制表符或换行</translation>
    </message>
    <message>
        <source>a member of &apos;%1&apos; has an empty key or stratum, or one with a tab or line break</source>
        <translation>“%1”有一个成员的键或分层为空，或含有制表符或换行</translation>
    </message>
    <message>
        <source>the member &apos;%1&apos; occurs twice in &apos;%2&apos;</source>
        <translation>成员“%1”在“%2”中出现了两次</translation>
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
    <name>core::verification</name>
    <message>
        <source>authorized institution</source>
        <translation>计量授权机构</translation>
    </message>
    <message>
        <source>self-committed enterprise</source>
        <translation>承诺企业</translation>
    </message>
    <message>
        <source>active</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>suspended</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>published</source>
        <translation>已公示</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>已更新</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>未参评</translation>
    </message>
    <message>
        <source>being assessed</source>
        <translation>评定中</translation>
    </message>
    <message>
        <source>integrity demonstration unit</source>
        <translation>诚信计量示范单位</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>待复核</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>不合格</translation>
    </message>
    <message>
        <source>refused to cooperate</source>
        <translation>拒不配合</translation>
    </message>
    <message>
        <source>verification reports not submitted and not corrected</source>
        <translation>未按时报送强检报表且经责令未改正</translation>
    </message>
    <message>
        <source>supervision inspection failed and still failed after rectification</source>
        <translation>监督检查不合格，经整改仍不合格</translation>
    </message>
    <message>
        <source>the original assessment conditions are no longer met</source>
        <translation>达不到原考核条件</translation>
    </message>
    <message>
        <source>the institution was dissolved or reorganised</source>
        <translation>机构已被撤销或调整</translation>
    </message>
    <message>
        <source>a serious violation of the metrology law</source>
        <translation>存在情节严重的计量违法行为</translation>
    </message>
    <message>
        <source>the measurement standards no longer meet the approved conditions</source>
        <translation>计量标准不能满足原核准条件</translation>
    </message>
    <message>
        <source>the institution name is empty</source>
        <translation>机构名称为空</translation>
    </message>
    <message>
        <source>the credit code must be stored normalised as &apos;%1&apos;</source>
        <translation>信用代码必须按规范形式“%1”保存</translation>
    </message>
    <message>
        <source>the status &apos;%1&apos; does not apply to a %2</source>
        <translation>状态“%1”不适用于%2</translation>
    </message>
    <message>
        <source>an authorized institution needs its certificate number</source>
        <translation>计量授权机构须有授权证书编号</translation>
    </message>
    <message>
        <source>an authorized institution needs the certificate&apos;s issue date</source>
        <translation>计量授权机构须有发证日期</translation>
    </message>
    <message>
        <source>an authorized institution needs the certificate&apos;s expiry date</source>
        <translation>计量授权机构须有证书有效期</translation>
    </message>
    <message>
        <source>the certificate expires (%1) before it is issued (%2)</source>
        <translation>证书有效期至（%1）早于发证日期（%2）</translation>
    </message>
    <message>
        <source>a self-committed enterprise needs the publication date</source>
        <translation>承诺企业须有公示日期</translation>
    </message>
    <message>
        <source>a revoked body needs the date of revocation</source>
        <translation>被撤销的机构须有撤销日期</translation>
    </message>
    <message>
        <source>unknown ground of revocation &apos;%1&apos;; use one of: %2</source>
        <translation>未知撤销理由“%1”，可选：%2</translation>
    </message>
    <message>
        <source>only a revoked body has a date of revocation</source>
        <translation>只有被撤销的机构才有撤销日期</translation>
    </message>
    <message>
        <source>the seal can only be returned after the revocation</source>
        <translation>印章只能在撤销之后交还</translation>
    </message>
    <message>
        <source>the declared item belongs to no enterprise</source>
        <translation>声明项目不属于任何企业</translation>
    </message>
    <message>
        <source>the declared item is empty</source>
        <translation>声明项目为空</translation>
    </message>
    <message>
        <source>the obligation belongs to no institution</source>
        <translation>义务不属于任何机构</translation>
    </message>
    <message>
        <source>the obligation has no kind</source>
        <translation>义务没有类型</translation>
    </message>
    <message>
        <source>the obligation has no due date</source>
        <translation>义务没有期限</translation>
    </message>
    <message>
        <source>the date the obligation was met is missing</source>
        <translation>缺少办结日期</translation>
    </message>
    <message>
        <source>an obligation is closed only with evidence (a document or a note)</source>
        <translation>办结义务须有依据（文件或说明）</translation>
    </message>
    <message>
        <source>the report belongs to no institution</source>
        <translation>月报不属于任何机构</translation>
    </message>
    <message>
        <source>the month reported must be given as its first day</source>
        <translation>报送月份须以该月第一天表示</translation>
    </message>
    <message>
        <source>the date the report was received is missing</source>
        <translation>缺少月报收到日期</translation>
    </message>
    <message>
        <source>the report was received before the month it reports began</source>
        <translation>月报收到日期早于所报月份开始</translation>
    </message>
    <message>
        <source>a report line has no instrument category</source>
        <translation>月报中有一行没有器具类别</translation>
    </message>
    <message>
        <source>the counts of &apos;%1&apos; cannot be negative</source>
        <translation>“%1”的数量不能为负</translation>
    </message>
    <message>
        <source>the re-verification belongs to no institution</source>
        <translation>复核检定不属于任何机构</translation>
    </message>
    <message>
        <source>the year must be from 2000 to 2100, not %1</source>
        <translation>年度须在 2000 至 2100 之间，而不是 %1</translation>
    </message>
    <message>
        <source>the draw has no seed</source>
        <translation>抽取没有种子</translation>
    </message>
    <message>
        <source>the ratio must be from 10 % to 100 %</source>
        <translation>比例须在 10 % 至 100 % 之间</translation>
    </message>
    <message>
        <source>&apos;%1&apos; was not drawn</source>
        <translation>“%1”未被抽取</translation>
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
        <translation>已超期</translation>
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
    <message>
        <source>examination</source>
        <translation>建标考核</translation>
    </message>
    <message>
        <source>re-examination</source>
        <translation>复查考核</translation>
    </message>
    <message>
        <source>traceability</source>
        <translation>溯源</translation>
    </message>
    <message>
        <source>repeatability test</source>
        <translation>重复性试验</translation>
    </message>
    <message>
        <source>stability check</source>
        <translation>稳定性考核</translation>
    </message>
    <message>
        <source>replacement</source>
        <translation>更换</translation>
    </message>
    <message>
        <source>sealing</source>
        <translation>封存</translation>
    </message>
    <message>
        <source>resumption</source>
        <translation>恢复使用</translation>
    </message>
    <message>
        <source>cancellation</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>change of regulation or specification</source>
        <translation>检定规程或技术规范变更</translation>
    </message>
    <message>
        <source>change of person in charge</source>
        <translation>计量标准负责人变更</translation>
    </message>
    <message>
        <source>change of staff</source>
        <translation>检定或校准人员变更</translation>
    </message>
    <message>
        <source>change of environment or facilities</source>
        <translation>环境条件及设施变更</translation>
    </message>
    <message>
        <source>relocation</source>
        <translation>搬迁</translation>
    </message>
    <message>
        <source>maintenance</source>
        <translation>维护保养</translation>
    </message>
    <message>
        <source>repair</source>
        <translation>维修</translation>
    </message>
    <message>
        <source>fault</source>
        <translation>故障</translation>
    </message>
    <message>
        <source>comparison</source>
        <translation>计量比对</translation>
    </message>
    <message>
        <source>blind-sample test</source>
        <translation>盲样检测</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>fail</source>
        <translation>不合格</translation>
    </message>
    <message>
        <source>satisfactory</source>
        <translation>满意</translation>
    </message>
    <message>
        <source>unsatisfactory</source>
        <translation>不满意</translation>
    </message>
    <message>
        <source>check standard</source>
        <translation>核查标准</translation>
    </message>
    <message>
        <source>higher-level standard</source>
        <translation>高一级计量标准</translation>
    </message>
    <message>
        <source>control chart</source>
        <translation>控制图</translation>
    </message>
    <message>
        <source>method of the regulation or specification</source>
        <translation>检定规程或技术规范规定的方法</translation>
    </message>
    <message>
        <source>history of the instruments&apos; certificates</source>
        <translation>计量标准器历年检定/校准证书</translation>
    </message>
    <message>
        <source>new standard</source>
        <translation>新建计量标准</translation>
    </message>
    <message>
        <source>existing standard</source>
        <translation>已建计量标准</translation>
    </message>
    <message>
        <source>|MPE| (used at nominal value)</source>
        <translation>|最大允许误差|（在标称值下使用）</translation>
    </message>
    <message>
        <source>expanded uncertainty of the correction (used with corrections)</source>
        <translation>修正值的扩展不确定度（加修正值使用）</translation>
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
    <message>
        <source>the print layout %1 is missing</source>
        <translation>缺少打印模板 %1</translation>
    </message>
</context>
<context>
    <name>print::HistoryLogDocument</name>
    <message>
        <source>the standard is no longer in the workspace</source>
        <translation>该计量标准已不在工作区中</translation>
    </message>
    <message>
        <source>History log of a measurement standard</source>
        <translation>计量标准履历书</translation>
    </message>
    <message>
        <source>The standard</source>
        <translation>计量标准</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Certificate no.</source>
        <translation>证书编号</translation>
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
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>有效期</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>Measuring range</source>
        <translation>测量范围</translation>
    </message>
    <message>
        <source>Uncertainty / accuracy class / MPE</source>
        <translation>不确定度/准确度等级/最大允许误差</translation>
    </message>
    <message>
        <source>Person in charge</source>
        <translation>计量标准负责人</translation>
    </message>
    <message>
        <source>Instruments</source>
        <translation>计量标准器及配套设备</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>型号</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>准确度</translation>
    </message>
    <message>
        <source>Traced by</source>
        <translation>溯源机构</translation>
    </message>
    <message>
        <source>Traceability certificate</source>
        <translation>溯源证书</translation>
    </message>
    <message>
        <source>Traced on</source>
        <translation>溯源日期</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>No instruments recorded.</source>
        <translation>未登记设备。</translation>
    </message>
    <message>
        <source>Entries (%1)</source>
        <translation>履历记录（%1 条）</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Instrument / parameter</source>
        <translation>设备/参数</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>记录人</translation>
    </message>
    <message>
        <source>No entries recorded.</source>
        <translation>没有记录。</translation>
    </message>
    <message>
        <source>Printed on %1.</source>
        <translation>打印日期：%1。</translation>
    </message>
    <message>
        <source>History log %1</source>
        <translation>履历书 %1</translation>
    </message>
    <message>
        <source>History log of %1 %2</source>
        <translation>%1 %2 计量标准履历书</translation>
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
    <name>print::SamplingRecordPrint</name>
    <message>
        <source>Random sampling record of the special inspection</source>
        <translation>计量标准专项监督检查随机抽查记录</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>专项检查活动</translation>
    </message>
    <message>
        <source>Organising bureau</source>
        <translation>组织检查部门</translation>
    </message>
    <message>
        <source>Drawn at</source>
        <translation>抽取时间</translation>
    </message>
    <message>
        <source>Drawn by</source>
        <translation>抽取人</translation>
    </message>
    <message>
        <source>Witnesses</source>
        <translation>见证人</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <source>Reason for drawing again</source>
        <translation>重新抽取的原因</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation>算法</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录编号</translation>
    </message>
    <message>
        <source>SHA-256 of the record</source>
        <translation>记录的 SHA-256</translation>
    </message>
    <message>
        <source>Parameters and population</source>
        <translation>参数与抽查总体</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>检查范围</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>certificates issued by the bureau and the bureaus below it</source>
        <translation>本部门及下级部门发证的计量标准</translation>
    </message>
    <message>
        <source>certificates issued by the bureau</source>
        <translation>本部门发证的计量标准</translation>
    </message>
    <message>
        <source>Population on</source>
        <translation>抽查总体日期</translation>
    </message>
    <message>
        <source>Units in scope</source>
        <translation>范围内单位</translation>
    </message>
    <message>
        <source>%1 units holding %2 standards in %3 fields</source>
        <translation>%1 家单位，计量标准 %2 项，涉及 %3 个专业领域</translation>
    </message>
    <message>
        <source>SHA-256 of the units</source>
        <translation>单位总体的 SHA-256</translation>
    </message>
    <message>
        <source>Ratio of units</source>
        <translation>单位抽取比例</translation>
    </message>
    <message>
        <source>%1, at least one standard in every field; %2 standard(s) per field of a sampled unit</source>
        <translation>%1，每个专业领域至少抽取 1 项计量标准；抽中单位每个专业领域抽取 %2 项</translation>
    </message>
    <message>
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Focus-area weight</source>
        <translation>重点领域权重</translation>
    </message>
    <message>
        <source>%1 % (food safety, production safety, ecological environment, medical and health)</source>
        <translation>%1%（食品安全、生产安全、生态环境、医疗卫生）</translation>
    </message>
    <message>
        <source>Lower bureaus</source>
        <translation>下级市场监管部门</translation>
    </message>
    <message>
        <source>%1 bureaus, ratio %2</source>
        <translation>%1 个，抽取比例 %2</translation>
    </message>
    <message>
        <source>SHA-256 of the lower bureaus</source>
        <translation>下级部门总体的 SHA-256</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>抽查结果</translation>
    </message>
    <message>
        <source>%1 units drawn (ceil of the ratio), %2 added to cover fields: %3 units, %4 standards; %5 lower bureaus</source>
        <translation>随机抽取 %1 家单位（按比例向上取整），为覆盖专业领域增补 %2 家：共 %3 家单位、%4 项计量标准；下级市场监管部门 %5 个</translation>
    </message>
    <message>
        <source>Coverage of the metrology fields</source>
        <translation>专业计量领域覆盖情况</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>专业计量领域</translation>
    </message>
    <message>
        <source>Standards in scope</source>
        <translation>范围内计量标准</translation>
    </message>
    <message>
        <source>Units sampled</source>
        <translation>抽中单位</translation>
    </message>
    <message>
        <source>Standards sampled</source>
        <translation>抽中计量标准</translation>
    </message>
    <message>
        <source>Added for this field</source>
        <translation>为该领域增补</translation>
    </message>
    <message>
        <source>Units and standards sampled</source>
        <translation>抽中的单位和计量标准</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
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
        <source>In the sample because</source>
        <translation>抽中方式</translation>
    </message>
    <message>
        <source>Standards to inspect</source>
        <translation>待检查的计量标准</translation>
    </message>
    <message>
        <source>drawn (%1 of %2)</source>
        <translation>随机抽取（第 %1 家，共 %2 家）</translation>
    </message>
    <message>
        <source>added: the draw missed the field %1</source>
        <translation>增补：随机抽取未覆盖专业领域 %1</translation>
    </message>
    <message>
        <source>Lower bureaus sampled for the inspection of their examination work</source>
        <translation>抽中的下级市场监管部门（检查其计量标准考核工作）</translation>
    </message>
    <message>
        <source>Bureau</source>
        <translation>市场监管部门</translation>
    </message>
    <message>
        <source>Anyone can re-derive this draw from the seed, the algorithm %1, the parameters and the population listed in the record file (JSON): see &quot;Verifiable random draws&quot; in the MetInspect README, or run metinspect-cli sample verify on the file.</source>
        <translation>任何人都可以依据随机种子、算法 %1、参数和记录文件（JSON）中列出的抽查总体重新推算本次抽查：见 MetInspect README 的“Verifiable random draws”一节，或对该文件运行 metinspect-cli sample verify。</translation>
    </message>
    <message>
        <source>Drawn by (signature):</source>
        <translation>抽取人（签字）：</translation>
    </message>
    <message>
        <source>Witnesses (signature):</source>
        <translation>见证人（签字）：</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Random sampling record</source>
        <translation>随机抽查记录</translation>
    </message>
    <message>
        <source>Sampling record %1 · SHA-256 %2</source>
        <translation>抽查记录 %1 · SHA-256 %2</translation>
    </message>
</context>
<context>
    <name>print::SummaryReport</name>
    <message>
        <source>the supervision inspection</source>
        <translation>计量标准监督检查</translation>
    </message>
    <message>
        <source>Summary report of %1</source>
        <translation>%1工作总结</translation>
    </message>
    <message>
        <source>%1, as of %2</source>
        <translation>%1&#x3000;截至 %2</translation>
    </message>
    <message>
        <source>1. Basic situation</source>
        <translation>一、基本情况</translation>
    </message>
    <message>
        <source>The area has %1 units holding certified measurement standards with %2 standards (%3 social public, %4 department highest, %5 enterprise highest) in %6 metrology fields.</source>
        <translation>本辖区共有获证建标单位 %1 家，计量标准 %2 项（社会公用 %3 项、部门最高 %4 项、企事业单位最高 %5 项），涉及 %6 个专业领域。</translation>
    </message>
    <message>
        <source>%1 units were inspected (%2 % of the certified units), with %3 standards in %4 fields; %5 of them at units in the focus areas (food safety, production safety, ecological environment, medical and health). %6 lower bureaus were inspected.</source>
        <translation>共检查建标单位 %1 家（占获证单位的 %2 %），计量标准 %3 项，覆盖 %4 个领域，其中食品安全、安全生产、生态环境、医疗卫生等重点领域 %5 项。检查下级局 %6 个。</translation>
    </message>
    <message>
        <source>2. Main practices</source>
        <translation>二、主要做法</translation>
    </message>
    <message>
        <source>(Describe the organisation, the random selection of units and inspectors, the self-inspection of the units and the on-site inspection.)</source>
        <translation>（请填写组织实施、“双随机”抽取单位和检查人员、单位自查和现场检查等情况。）</translation>
    </message>
    <message>
        <source>%1 cases were filed and %2 penalties imposed; %3 standards were ordered to stop value transfer and %4 certificates were cancelled.</source>
        <translation>立案 %1 件，作出处罚 %2 起；责令停止量值传递的计量标准 %3 项，注销证书 %4 项。</translation>
    </message>
    <message>
        <source>(Describe one or two typical cases: the unit, what was found and how it was dealt with.)</source>
        <translation>（请填写一至两个典型案例：单位、发现的问题及处理情况。）</translation>
    </message>
    <message>
        <source>3. Typical cases</source>
        <translation>三、典型案例</translation>
    </message>
    <message>
        <source>Problems were found with %1 standards: %2 nonconformities and %3 defects. All of them were ordered to rectify; %4 standards were rectified and confirmed, rectification failed for %5.</source>
        <translation>发现存在问题的计量标准 %1 项，其中不合格项 %2 个、缺陷项 %3 个。均已责令整改，整改到位 %4 项，整改不到位 %5 项。</translation>
    </message>
    <message>
        <source>%1 problems were found at the lower bureaus inspected.</source>
        <translation>在检查的下级局发现问题 %1 个。</translation>
    </message>
    <message>
        <source>%1 entries of the plan were not inspected:</source>
        <translation>列入计划但未检查 %1 个：</translation>
    </message>
    <message>
        <source>4. Problems found</source>
        <translation>四、发现问题</translation>
    </message>
    <message>
        <source>5. Suggestions</source>
        <translation>五、工作建议</translation>
    </message>
    <message>
        <source>(Describe the suggestions for the supervision of measurement standards.)</source>
        <translation>（请填写对计量标准监督管理的工作建议。）</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Summary report</source>
        <translation>总结报告</translation>
    </message>
</context>
<context>
    <name>ui::AboutDialog</name>
    <message>
        <source>MetInspect is built on the following free software. Each component is used under its own licence; the full texts are published at the addresses given and, on Debian, in /usr/share/doc/&lt;package&gt;/copyright.</source>
        <translation>MetInspect 使用了以下自由软件。各组件按其各自的许可证使用；许可证全文见所列网址，在 Debian 上也可见 /usr/share/doc/&lt;软件包&gt;/copyright。</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>组件</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>许可证</translation>
    </message>
    <message>
        <source>Source and licence text</source>
        <translation>源代码和许可证文本</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Qt and the GNU Lesser General Public License</source>
        <translation>Qt 与 GNU 宽通用公共许可证（LGPL）</translation>
    </message>
    <message>
        <source>The Qt libraries are used under the GNU Lesser General Public License version 3 (LGPL-3.0). MetInspect links them dynamically: you may replace them with a modified version of Qt that is compatible with this build. The source code of Qt is available from https://download.qt.io and from Debian (apt source qt6-base).</source>
        <translation>Qt 库按 GNU 宽通用公共许可证第 3 版（LGPL-3.0）使用。MetInspect 以动态链接方式使用 Qt：您可以用与本版本兼容的修改版 Qt 替换它们。Qt 的源代码可从 https://download.qt.io 获取，也可从 Debian 获取（apt source qt6-base）。</translation>
    </message>
    <message>
        <source>THE SOFTWARE IS PROVIDED &quot;AS IS&quot;, WITHOUT WARRANTY OF ANY KIND, to the extent permitted by the licences of its components.</source>
        <translation>在各组件许可证允许的范围内，本软件按“原样”提供，不附带任何形式的担保。</translation>
    </message>
    <message>
        <source>About MetInspect</source>
        <translation>关于 MetInspect</translation>
    </message>
    <message>
        <source>MetInspect logo</source>
        <translation>MetInspect 标志</translation>
    </message>
    <message>
        <source>计量监督检查工作站 — the workstation for the supervision of measurement standards</source>
        <translation>计量监督检查工作站 — 计量标准监督检查的桌面工作站</translation>
    </message>
    <message>
        <source>For the inspectors and section chiefs of market-supervision bureaus: the registry of measurement standards, their history logs, special inspection campaigns, on-site inspection with signatures and printing, rectification, statistics and the export to the bureau.</source>
        <translation>供市场监督管理部门的计量监督检查人员和科长使用：计量标准台账、计量标准履历书、专项监督检查、现场监督检查（签字与打印）、整改、统计以及向上级局报送。</translation>
    </message>
    <message>
        <source>Qt</source>
        <translation>Qt</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>工作区</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>存储</translation>
    </message>
    <message>
        <source>%1, schema version %2</source>
        <translation>%1，数据库结构版本 %2</translation>
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
        <source>Workspace id</source>
        <translation>工作区标识</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>许可证</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>关于(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Licences</source>
        <translation>许可证(&amp;L)</translation>
    </message>
</context>
<context>
    <name>ui::AccessibleNames</name>
    <message>
        <source>tabs</source>
        <translation>选项卡</translation>
    </message>
    <message>
        <source>table</source>
        <translation>表格</translation>
    </message>
    <message>
        <source>text field</source>
        <translation>文本框</translation>
    </message>
    <message>
        <source>choice</source>
        <translation>下拉列表</translation>
    </message>
    <message>
        <source>value</source>
        <translation>数值框</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>slider</source>
        <translation>滑块</translation>
    </message>
    <message>
        <source>button</source>
        <translation>按钮</translation>
    </message>
</context>
<context>
    <name>ui::AccountsPage</name>
    <message>
        <source>&amp;Login name:</source>
        <translation>登录名(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>姓名(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>角色(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Re&amp;peat:</source>
        <translation>重复(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation>用户(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Who did what</source>
        <translation>操作记录(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Backups</source>
        <translation>备份(&amp;B)</translation>
    </message>
    <message>
        <source>Login name</source>
        <translation>登录名</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>&amp;Add user…</source>
        <translation>添加用户(&amp;A)…</translation>
    </message>
    <message>
        <source>Set &amp;password…</source>
        <translation>设置密码(&amp;P)…</translation>
    </message>
    <message>
        <source>Change &amp;role</source>
        <translation>更改角色(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>停用(&amp;D)</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从不</translation>
    </message>
    <message>
        <source>&amp;Lock this computer&apos;s window after no input for:</source>
        <translation>本机窗口无操作多久后锁定(&amp;L)：</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>选择(&amp;H)…</translation>
    </message>
    <message>
        <source>Backup &amp;folder:</source>
        <translation>备份文件夹(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Keep backups:</source>
        <translation>保留份数(&amp;K)：</translation>
    </message>
    <message>
        <source> h</source>
        <translation> 小时</translation>
    </message>
    <message>
        <source>no scheduled backups</source>
        <translation>不定时备份</translation>
    </message>
    <message>
        <source>Back up &amp;every:</source>
        <translation>备份间隔(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Save settings</source>
        <translation>保存设置(&amp;S)</translation>
    </message>
    <message>
        <source>Back up &amp;now</source>
        <translation>立即备份(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Restore selected…</source>
        <translation>恢复所选备份(&amp;R)…</translation>
    </message>
    <message>
        <source>A backup is one owner-only file with the attached files; keep it on an encrypted disk. PostgreSQL workspaces are backed up on the server with pg_dump.</source>
        <translation>备份是一个仅所有者可读的文件，包含所有附件；请存放在加密的磁盘上。PostgreSQL 工作区请在服务器上用 pg_dump 备份。</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>备份文件夹</translation>
    </message>
    <message>
        <source>Cannot read the accounts</source>
        <translation>无法读取账户</translation>
    </message>
    <message>
        <source>active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>&amp;Activate</source>
        <translation>启用(&amp;A)</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>添加用户</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <source>Cannot add the user</source>
        <translation>无法添加用户</translation>
    </message>
    <message>
        <source>Password of %1</source>
        <translation>%1 的密码</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>当前密码(&amp;C)：</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Cannot set the password</source>
        <translation>无法设置密码</translation>
    </message>
    <message>
        <source>The password of %1 was changed.</source>
        <translation>%1 的密码已更改。</translation>
    </message>
    <message>
        <source>Cannot change the role</source>
        <translation>无法更改角色</translation>
    </message>
    <message>
        <source>Cannot deactivate the user</source>
        <translation>无法停用该用户</translation>
    </message>
    <message>
        <source>Cannot activate the user</source>
        <translation>无法启用该用户</translation>
    </message>
    <message>
        <source>%1 — %2 KB — %3</source>
        <translation>%1 — %2 KB — %3</translation>
    </message>
    <message>
        <source>Cannot save the backup settings</source>
        <translation>无法保存备份设置</translation>
    </message>
    <message>
        <source>Backup settings saved.</source>
        <translation>备份设置已保存。</translation>
    </message>
    <message>
        <source>The backup failed</source>
        <translation>备份失败</translation>
    </message>
    <message>
        <source>Backed up to %1 (%2 attached files).</source>
        <translation>已备份到 %1（%2 个附件）。</translation>
    </message>
    <message numerus="yes">
        <source>%n attached file(s) were missing or altered and are not in it.</source>
        <translation>
            <numerusform>%n 个附件缺失或被改动，未包含在备份中。</numerusform>
        </translation>
    </message>
    <message>
        <source>Scheduled backup written to %1.</source>
        <translation>定时备份已写入 %1。</translation>
    </message>
    <message>
        <source>The scheduled backup failed: %1</source>
        <translation>定时备份失败：%1</translation>
    </message>
</context>
<context>
    <name>ui::AmendDialog</name>
    <message>
        <source>Amend the signed record</source>
        <translation>修订已签字的记录</translation>
    </message>
    <message>
        <source>Revision %1 is %2 and stays readable as it was signed. An amendment opens revision %3, which has to be signed again by the team and the representative.</source>
        <translation>第 %1 版%2，将按签字时的内容保留以供查阅。修订会打开第 %3 版，需要检查组和被检查方负责人重新签字。</translation>
    </message>
    <message>
        <source>Why the signed record is changed (printed on the table)</source>
        <translation>修改已签字记录的原因（将打印在检查表上）</translation>
    </message>
    <message>
        <source>As the review asked: %1</source>
        <translation>按审核意见：%1</translation>
    </message>
    <message>
        <source>&amp;Amend</source>
        <translation>修订(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
</context>
<context>
    <name>ui::AuditTableModel</name>
    <message>
        <source>created</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Record kind</source>
        <translation>记录类型</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>改动</translation>
    </message>
</context>
<context>
    <name>ui::AuditView</name>
    <message>
        <source>All record kinds</source>
        <translation>全部记录类型</translation>
    </message>
    <message>
        <source>any day</source>
        <translation>任意日期</translation>
    </message>
    <message>
        <source>Search users, records and changed values</source>
        <translation>搜索用户、记录和改动的值</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>用户：</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>从：</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>到：</translation>
    </message>
    <message>
        <source>&amp;Verify the chain</source>
        <translation>验证审计链(&amp;V)</translation>
    </message>
    <message>
        <source>Not verified yet: press Verify the chain.</source>
        <translation>尚未验证：请点击“验证审计链”。</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>全部用户</translation>
    </message>
    <message>
        <source>%1 of %2 entries</source>
        <translation>显示 %1 / 共 %2 条</translation>
    </message>
    <message>
        <source>The audit trail is intact: %1 entries chained, %2 records match their latest entry.</source>
        <translation>审计日志完好：%1 条记录环环相扣，%2 条数据与其最新审计记录一致。</translation>
    </message>
    <message>
        <source>%1 problems; the chain breaks at entry #%2.</source>
        <translation>%1 个问题；审计链在第 %2 条处断开。</translation>
    </message>
    <message>
        <source>%1 problems: records were changed outside MetInspect.</source>
        <translation>%1 个问题：有记录在 MetInspect 之外被改动。</translation>
    </message>
</context>
<context>
    <name>ui::BureauForm</name>
    <message>
        <source>e.g. 天津市东丽区市场监督管理局</source>
        <translation>例如：天津市东丽区市场监督管理局</translation>
    </message>
    <message>
        <source>6 digits, e.g. 120110</source>
        <translation>6 位数字，例如 120110</translation>
    </message>
    <message>
        <source>Bureau &amp;name:</source>
        <translation>局名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>级别(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Region code:</source>
        <translation>行政区划代码(&amp;R)：</translation>
    </message>
    <message>
        <source>The administrative division code of the bureau&apos;s region (GB/T 2260)</source>
        <translation>本局所在地区的行政区划代码（GB/T 2260）</translation>
    </message>
</context>
<context>
    <name>ui::CampaignDialog</name>
    <message>
        <source>New campaign</source>
        <translation>新建专项检查活动</translation>
    </message>
    <message>
        <source>Campaign dates and scope</source>
        <translation>专项检查活动的日期和范围</translation>
    </message>
    <message>
        <source>Include certificates issued by the bureaus below</source>
        <translation>包括下级市场监管部门发证的计量标准</translation>
    </message>
    <message>
        <source>&amp;Preset:</source>
        <translation>预设(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>年度(&amp;Y)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>单位名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Organising &amp;bureau:</source>
        <translation>组织检查部门(&amp;B)：</translation>
    </message>
    <message>
        <source>Categories in scope:</source>
        <translation>检查范围内的类别：</translation>
    </message>
    <message>
        <source>Phases and deadlines</source>
        <translation>阶段与截止日期</translation>
    </message>
    <message>
        <source>From</source>
        <translation>自</translation>
    </message>
    <message>
        <source>To</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Units&apos; self-inspection reports due:</source>
        <translation>建标单位自查材料报送截止：</translation>
    </message>
    <message>
        <source>Lower bureaus&apos; self-inspection reports due:</source>
        <translation>下级部门自查材料报送截止：</translation>
    </message>
    <message>
        <source>Campaign report due:</source>
        <translation>总结报告报送截止：</translation>
    </message>
    <message>
        <source>%1 special inspection of measurement standards</source>
        <translation>%1年计量标准专项监督检查</translation>
    </message>
</context>
<context>
    <name>ui::CampaignTab</name>
    <message>
        <source>Cannot load the campaign</source>
        <translation>无法载入专项检查活动</translation>
    </message>
</context>
<context>
    <name>ui::CampaignsPage</name>
    <message>
        <source>&amp;Campaign:</source>
        <translation>专项检查活动(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;New campaign…</source>
        <translation>新建专项检查活动(&amp;N)…</translation>
    </message>
    <message>
        <source>A campaign from the national 2021 plan or the Tianjin 2021 notice, for any year</source>
        <translation>按 2021 年全国方案或 2021 年天津市通知创建任一年度的专项检查活动</translation>
    </message>
    <message>
        <source>Dates and &amp;scope…</source>
        <translation>日期和范围(&amp;S)…</translation>
    </message>
    <message>
        <source>Self-&amp;inspection</source>
        <translation>自查(&amp;I)</translation>
    </message>
    <message>
        <source>S&amp;ampling</source>
        <translation>抽查(&amp;A)</translation>
    </message>
    <message>
        <source>Inspection &amp;plan</source>
        <translation>检查计划(&amp;P)</translation>
    </message>
    <message>
        <source>Inspec&amp;tors</source>
        <translation>检查人员(&amp;T)</translation>
    </message>
    <message>
        <source>No campaign yet. Create one with &quot;New campaign…&quot; from the national 2021 plan (市监计量发〔2021〕18号) or the Tianjin 2021 notice; its dates can be changed.</source>
        <translation>尚无专项检查活动。请点击“新建专项检查活动…”，按 2021 年全国方案（市监计量发〔2021〕18号）或 2021 年天津市通知创建；日期可以修改。</translation>
    </message>
    <message>
        <source>Cannot load the campaigns</source>
        <translation>无法载入专项检查活动</translation>
    </message>
    <message>
        <source>%1 units in scope (%2 standards), %3 lower bureaus</source>
        <translation>检查范围内单位 %1 家（计量标准 %2 项），下级市场监管部门 %3 个</translation>
    </message>
    <message>
        <source>self-inspection reports: %1 on time, %2 late, %3 missing</source>
        <translation>自查材料：按时 %1 份，逾期 %2 份，未报送 %3 份</translation>
    </message>
    <message>
        <source>not drawn yet</source>
        <translation>尚未抽查</translation>
    </message>
    <message>
        <source>sampled: %1 units, %2 standards, %3 lower bureaus</source>
        <translation>已抽查：单位 %1 家、计量标准 %2 项、下级部门 %3 个</translation>
    </message>
    <message>
        <source>inspected: %1 units, %2 lower bureaus; not inspected: %3</source>
        <translation>已检查：单位 %1 家、下级部门 %2 个；未能检查：%3</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Cannot update the campaign</source>
        <translation>无法更新专项检查活动</translation>
    </message>
</context>
<context>
    <name>ui::ChecklistModel</name>
    <message>
        <source>Key item of the plan</source>
        <translation>专项方案确定的重点检查项目</translation>
    </message>
    <message>
        <source>Clause: %1</source>
        <translation>依据条款：%1</translation>
    </message>
    <message>
        <source>Look at: %1</source>
        <translation>查看：%1</translation>
    </message>
    <message>
        <source>Finding: %1</source>
        <translation>检查发现：%1</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Check item</source>
        <translation>检查内容</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>判定</translation>
    </message>
</context>
<context>
    <name>ui::CloseObligationDialog</name>
    <message>
        <source>Record how the obligation was met</source>
        <translation>记录义务完成情况</translation>
    </message>
    <message>
        <source>%1 — %2 (%3), due %4</source>
        <translation>%1 — %2（%3），截止 %4</translation>
    </message>
    <message>
        <source>document number, file name or note</source>
        <translation>文号、文件名或说明</translation>
    </message>
    <message>
        <source>&amp;Met on:</source>
        <translation>完成日期(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Evidence:</source>
        <translation>证据(&amp;E)：</translation>
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
    <name>ui::ConflictDialog</name>
    <message>
        <source>Conflict of interest of %1</source>
        <translation>%1 的回避申报</translation>
    </message>
    <message>
        <source>e.g. a close relative works there</source>
        <translation>例如：近亲属在该单位任职</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>单位(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <source>choose the unit from the list</source>
        <translation>请从列表中选择单位</translation>
    </message>
</context>
<context>
    <name>ui::CoverageModel</name>
    <message>
        <source>Metrology field</source>
        <translation>专业计量领域</translation>
    </message>
    <message>
        <source>Units in scope</source>
        <translation>范围内单位</translation>
    </message>
    <message>
        <source>Standards in scope</source>
        <translation>范围内计量标准</translation>
    </message>
    <message>
        <source>Units sampled</source>
        <translation>抽中单位</translation>
    </message>
    <message>
        <source>Standards sampled</source>
        <translation>抽中计量标准</translation>
    </message>
    <message>
        <source>Added for this field</source>
        <translation>为该领域增补</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>ui::DeclaredItemsDialog</name>
    <message>
        <source>Declared items of %1</source>
        <translation>%1 的声明项目</translation>
    </message>
    <message>
        <source>The capability declaration as published: each item with the measurement standard it is verified on. A change is stored at once; the declaration is due for update when a standard&apos;s certificate expires.</source>
        <translation>公开的检定能力声明：每个项目及其所用的计量标准。修改立即保存；计量标准证书到期时须更新声明。</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Standard certificate</source>
        <translation>计量标准证书</translation>
    </message>
    <message>
        <source>Certificate valid to</source>
        <translation>证书有效期至</translation>
    </message>
    <message>
        <source>e.g. 燃气表</source>
        <translation>例如：燃气表</translation>
    </message>
    <message>
        <source>certificate number of the standard used</source>
        <translation>所用计量标准的证书编号</translation>
    </message>
    <message>
        <source>&amp;Certificate valid to:</source>
        <translation>证书有效期至(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Item:</source>
        <translation>项目(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Standard certificate:</source>
        <translation>计量标准证书(&amp;S)：</translation>
    </message>
    <message>
        <source>S&amp;ave item</source>
        <translation>保存项目(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Withdraw item</source>
        <translation>撤回项目(&amp;W)</translation>
    </message>
    <message>
        <source>Name the declared item.</source>
        <translation>请填写声明项目。</translation>
    </message>
    <message>
        <source>Regulation</source>
        <translation>检定规程</translation>
    </message>
    <message>
        <source>Regulation changed on</source>
        <translation>规程变更日期</translation>
    </message>
    <message>
        <source>e.g. JJG 577-2012</source>
        <translation>例如：JJG 577-2012</translation>
    </message>
    <message>
        <source>Regulation c&amp;hanged on:</source>
        <translation>规程变更日期(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Regulation:</source>
        <translation>检定规程(&amp;R)：</translation>
    </message>
    <message>
        <source>Name the new regulation the item is verified to.</source>
        <translation>请填写该项目新依据的检定规程。</translation>
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
    <name>ui::DrawModel</name>
    <message>
        <source>Drawn at</source>
        <translation>抽取时间</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Standards</source>
        <translation>计量标准数</translation>
    </message>
    <message>
        <source>Lower bureaus</source>
        <translation>下级市场监管部门</translation>
    </message>
    <message>
        <source>Witnesses</source>
        <translation>见证人</translation>
    </message>
    <message>
        <source>Reason for drawing again</source>
        <translation>重新抽取的原因</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>ui::DueListModel</name>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>What is due</source>
        <translation>到期事项</translation>
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
        <source>Holder</source>
        <translation>建标单位</translation>
    </message>
    <message>
        <source>Parameter / instrument</source>
        <translation>参数/设备</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>剩余天数</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>说明</translation>
    </message>
</context>
<context>
    <name>ui::EvidencePanel</name>
    <message>
        <source>Double-click or press Enter to open full size</source>
        <translation>双击或按回车键查看原图</translation>
    </message>
    <message>
        <source>Add &amp;file…</source>
        <translation>添加文件(&amp;F)…</translation>
    </message>
    <message>
        <source>Copy a photo or scan into the workspace as evidence of this item</source>
        <translation>将照片或扫描件复制到工作区，作为本项目的证据</translation>
    </message>
    <message>
        <source>&amp;Watch folder…</source>
        <translation>监视文件夹(&amp;W)…</translation>
    </message>
    <message>
        <source>Add every new photo that arrives in a folder (e.g. a camera&apos;s or phone&apos;s) to the current item</source>
        <translation>将文件夹（如相机或手机同步的文件夹）中新到的每张照片添加到当前项目</translation>
    </message>
    <message>
        <source>Folder to watch for new photos</source>
        <translation>要监视新照片的文件夹</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>%1
%2 bytes, SHA-256 %3</source>
        <translation>%1
%2 字节，SHA-256 %3</translation>
    </message>
    <message>
        <source>%1 (missing or altered)</source>
        <translation>%1（缺失或已被改动）</translation>
    </message>
    <message>
        <source>No evidence for this item yet.</source>
        <translation>本项目尚无证据。</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) of evidence for this item.</source>
        <translation>
            <numerusform>本项目有 %n 个证据文件。</numerusform>
        </translation>
    </message>
    <message>
        <source>Add evidence</source>
        <translation>添加证据</translation>
    </message>
    <message>
        <source>Photos and scans (*.jpg *.jpeg *.png *.heic *.tif *.tiff *.pdf);;All files (*)</source>
        <translation>照片和扫描件 (*.jpg *.jpeg *.png *.heic *.tif *.tiff *.pdf);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Cannot add evidence</source>
        <translation>无法添加证据</translation>
    </message>
    <message>
        <source>Choose an item of a record that can be changed first.</source>
        <translation>请先选择一份可修改记录中的项目。</translation>
    </message>
    <message>
        <source>Remove evidence</source>
        <translation>移除证据</translation>
    </message>
    <message>
        <source>Remove %1 from the evidence of this item? The file stays in the workspace&apos;s file store.</source>
        <translation>将 %1 从本项目的证据中移除？文件仍保留在工作区的文件库中。</translation>
    </message>
    <message>
        <source>Cannot remove evidence</source>
        <translation>无法移除证据</translation>
    </message>
    <message>
        <source>Cannot watch the folder</source>
        <translation>无法监视该文件夹</translation>
    </message>
    <message>
        <source>The folder %1 cannot be watched.</source>
        <translation>无法监视文件夹 %1。</translation>
    </message>
    <message>
        <source>Watching %1: new photos are added to the current item.</source>
        <translation>正在监视 %1：新照片将添加到当前项目。</translation>
    </message>
    <message>
        <source>%1 arrived but no item of a changeable record is chosen; add it by hand.</source>
        <translation>%1 已到达，但未选择可修改记录中的项目；请手动添加。</translation>
    </message>
    <message numerus="yes">
        <source>%n new photo(s) added to item %1.</source>
        <translation>
            <numerusform>已向项目 %1 添加 %n 张新照片。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot open the file</source>
        <translation>无法打开该文件</translation>
    </message>
</context>
<context>
    <name>ui::EvidenceViewer</name>
    <message>
        <source>%1 — %2 × %3</source>
        <translation>%1 — %2 × %3</translation>
    </message>
    <message>
        <source>SHA-256 %1 · %2 bytes, as taken</source>
        <translation>SHA-256 %1 · %2 字节，保持原样</translation>
    </message>
    <message>
        <source>&amp;Actual size</source>
        <translation>实际大小(&amp;A)</translation>
    </message>
</context>
<context>
    <name>ui::ExchangePage</name>
    <message>
        <source>Send to the bureau</source>
        <translation>报送局端</translation>
    </message>
    <message>
        <source>Import centre</source>
        <translation>汇总中心</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>密钥</translation>
    </message>
    <message>
        <source>&amp;Export now…</source>
        <translation>立即导出(&amp;E)…</translation>
    </message>
    <message>
        <source>Write a signed package of the work the bureau does not hold yet</source>
        <translation>将局端尚未收到的工作写成签名数据包</translation>
    </message>
    <message>
        <source>&amp;Everything (full export)</source>
        <translation>全部内容（完整导出）(&amp;E)</translation>
    </message>
    <message>
        <source>Take in a &amp;receipt…</source>
        <translation>导入回执(&amp;R)…</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>导出时间</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>记录数</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>文件数</translation>
    </message>
    <message>
        <source>Encrypted to</source>
        <translation>加密密钥</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Packages sent so far:</source>
        <translation>已报送的数据包：</translation>
    </message>
    <message>
        <source>&amp;Merge packages…</source>
        <translation>合并数据包(&amp;M)…</translation>
    </message>
    <message>
        <source>Check and merge packages from the laptops; each writes a receipt beside it</source>
        <translation>检查并合并笔记本电脑的数据包；每个数据包旁边都会写出一份回执</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>From</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>合并时间</translation>
    </message>
    <message>
        <source>Records taken</source>
        <translation>接收记录数</translation>
    </message>
    <message>
        <source>Already held</source>
        <translation>已有记录数</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>指纹</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Revision here</source>
        <translation>本工作区版本</translation>
    </message>
    <message>
        <source>Laptop&apos;s revision</source>
        <translation>笔记本电脑版本</translation>
    </message>
    <message>
        <source>&amp;Keep this workspace&apos;s version</source>
        <translation>保留本工作区的版本(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Take the laptop&apos;s version</source>
        <translation>采用笔记本电脑上的版本(&amp;T)</translation>
    </message>
    <message>
        <source>Records changed both here and on a laptop since the laptop last heard from this workspace. Both versions are kept until you decide.</source>
        <translation>以下记录自笔记本电脑上次收到本工作区的回执以来，在本工作区和笔记本电脑上都被修改过。在您作出决定之前，两个版本都会保留。</translation>
    </message>
    <message>
        <source>The laptop&apos;s version:</source>
        <translation>笔记本电脑上的版本：</translation>
    </message>
    <message>
        <source>&amp;Save this workspace&apos;s public keys…</source>
        <translation>保存本工作区的公钥(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Trust a key file…</source>
        <translation>信任密钥文件(&amp;T)…</translation>
    </message>
    <message>
        <source>At the bureau: a laptop&apos;s key file. On a laptop: the bureau&apos;s key file</source>
        <translation>在局端：笔记本电脑的密钥文件；在笔记本电脑上：局端的密钥文件</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>工作区</translation>
    </message>
    <message>
        <source>Packages encrypted to it</source>
        <translation>用于加密数据包</translation>
    </message>
    <message>
        <source>Trusted keys:</source>
        <translation>受信任的密钥：</translation>
    </message>
    <message>
        <source>No export to the bureau is due.</source>
        <translation>当前无需向局端报送。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Overdue:&lt;/b&gt; %1.</source>
        <translation>&lt;b&gt;已逾期：&lt;/b&gt;%1。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Due:&lt;/b&gt; %1.</source>
        <translation>&lt;b&gt;待报送：&lt;/b&gt;%1。</translation>
    </message>
    <message>
        <source>full</source>
        <translation>完整</translation>
    </message>
    <message>
        <source>incremental</source>
        <translation>增量</translation>
    </message>
    <message>
        <source>not encrypted</source>
        <translation>未加密</translation>
    </message>
    <message>
        <source>Conflicts (%1)</source>
        <translation>冲突（%1）</translation>
    </message>
    <message>
        <source>This workspace signs its packages and receipts with the key &lt;b&gt;%1&lt;/b&gt;. Give its public key file to the other side, and trust theirs.</source>
        <translation>本工作区用密钥 &lt;b&gt;%1&lt;/b&gt; 为数据包和回执签名。请将本工作区的公钥文件交给对方，并信任对方的公钥文件。</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>已导出</translation>
    </message>
    <message>
        <source>%1 records, %2 removals and %3 files were written to %4.%5</source>
        <translation>已将 %1 条记录、%2 项删除和 %3 个文件写入 %4。%5</translation>
    </message>
    <message>
        <source>
The package is not encrypted: keep it safe.</source>
        <translation>
数据包未加密：请妥善保管。</translation>
    </message>
    <message>
        <source>
It is encrypted to the bureau&apos;s key %1.</source>
        <translation>
已使用局端密钥 %1 加密。</translation>
    </message>
    <message>
        <source>Export for the bureau</source>
        <translation>导出报送局端的数据包</translation>
    </message>
    <message>
        <source>MetInspect packages (*.mipkg)</source>
        <translation>MetInspect 数据包 (*.mipkg)</translation>
    </message>
    <message>
        <source>Merge packages</source>
        <translation>合并数据包</translation>
    </message>
    <message>
        <source>MetInspect packages (*.mipkg);;All files (*)</source>
        <translation>MetInspect 数据包 (*.mipkg);;所有文件 (*)</translation>
    </message>
    <message numerus="yes">
        <source>Merging %n package(s)…</source>
        <translation>
            <numerusform>正在合并 %n 个数据包…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: refused — %2. Nothing of it was changed.</source>
        <translation>%1：被拒绝——%2。未作任何更改。</translation>
    </message>
    <message>
        <source>%1: merged before; nothing changed.</source>
        <translation>%1：此前已合并，未作任何更改。</translation>
    </message>
    <message>
        <source>%1: %2 records taken, %3 already held, %4 conflicts, %5 files.</source>
        <translation>%1：接收 %2 条记录，已有 %3 条，冲突 %4 项，文件 %5 个。</translation>
    </message>
    <message>
        <source>    Receipt for the laptop: %1</source>
        <translation>    发回笔记本电脑的回执：%1</translation>
    </message>
    <message>
        <source>    The receipt could not be written beside the package.</source>
        <translation>    无法在数据包旁边写出回执。</translation>
    </message>
    <message>
        <source>Package %1 of %2: %v of %m records</source>
        <translation>第 %1/%2 个数据包：%v / %m 条记录</translation>
    </message>
    <message>
        <source>Cancelled; the package being merged was not changed.</source>
        <translation>已取消；正在合并的数据包未作任何更改。</translation>
    </message>
    <message numerus="yes">
        <source>%n package(s) refused</source>
        <translation>
            <numerusform>%n 个数据包被拒绝</numerusform>
        </translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Take in a receipt</source>
        <translation>导入回执</translation>
    </message>
    <message>
        <source>Receipts (*.receipt.json *.json);;All files (*)</source>
        <translation>回执 (*.receipt.json *.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Receipt refused</source>
        <translation>回执被拒绝</translation>
    </message>
    <message>
        <source>Receipt taken in</source>
        <translation>已导入回执</translation>
    </message>
    <message>
        <source>%1 holds %2 records of this workstation; %3 conflicts wait there.</source>
        <translation>%1 已有本工作站的 %2 条记录；%3 项冲突在局端等待处理。</translation>
    </message>
    <message>
        <source>Cannot decide the conflict</source>
        <translation>无法处理该冲突</translation>
    </message>
    <message>
        <source>Save the public keys</source>
        <translation>保存公钥</translation>
    </message>
    <message>
        <source>Key files (*.txt *.pub);;All files (*)</source>
        <translation>密钥文件 (*.txt *.pub);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <source>Trust a key file</source>
        <translation>信任密钥文件</translation>
    </message>
    <message>
        <source>Cannot read %1</source>
        <translation>无法读取 %1</translation>
    </message>
    <message>
        <source>Is %1 (fingerprint %2) the bureau this workstation reports to?

Yes: its receipts are accepted and packages sent from here are encrypted to it. No: it is trusted as a laptop whose packages are merged here.</source>
        <translation>%1（指纹 %2）是否为本工作站报送数据的局端？

是：接受其回执，从本工作站发出的数据包用其密钥加密。否：作为笔记本电脑信任，其数据包在此合并。</translation>
    </message>
    <message>
        <source>Export to the bureau and merging</source>
        <translation>报送与汇总</translation>
    </message>
    <message>
        <source>Packages sent so far</source>
        <translation>已报送的报送包</translation>
    </message>
    <message>
        <source>Merge log</source>
        <translation>汇总日志</translation>
    </message>
    <message>
        <source>Merged packages</source>
        <translation>已汇总的报送包</translation>
    </message>
    <message>
        <source>The laptop&apos;s version of the conflicting record</source>
        <translation>冲突记录的报送版本</translation>
    </message>
    <message>
        <source>Trusted keys</source>
        <translation>受信任的密钥</translation>
    </message>
</context>
<context>
    <name>ui::FirstRunWizard</name>
    <message>
        <source>Setting up MetInspect</source>
        <translation>设置 MetInspect</translation>
    </message>
    <message>
        <source>Welcome to MetInspect</source>
        <translation>欢迎使用 MetInspect</translation>
    </message>
    <message>
        <source>计量监督检查工作站 — the workstation for the supervision of measurement standards</source>
        <translation>计量监督检查工作站 — 计量标准监督检查的桌面工作站</translation>
    </message>
    <message>
        <source>This assistant sets up the workstation in a few steps: where your data is kept (the workspace), which bureau you work for, and whether to start with demo data to try the program.

Everything can be changed later under File ▸ Settings. Press F1 at any time for help.</source>
        <translation>本向导通过几个步骤完成工作站的设置：数据保存在哪里（工作区），您属于哪个局，以及是否先填入演示数据试用程序。

以后都可以在“文件 ▸ 设置”中修改。随时按 F1 查看帮助。</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>工作区</translation>
    </message>
    <message>
        <source>Enter where the workspace is kept.</source>
        <translation>请填写工作区的位置。</translation>
    </message>
    <message>
        <source>There is no workspace at %1.</source>
        <translation>%1 处没有工作区。</translation>
    </message>
    <message>
        <source>All records, the history and the audit trail are kept in one workspace.</source>
        <translation>全部记录、履历和审计日志都保存在一个工作区中。</translation>
    </message>
    <message>
        <source>&amp;Create a new workspace on this computer</source>
        <translation>在本机新建工作区(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Open an existing workspace (a file, or the bureau&apos;s PostgreSQL server)</source>
        <translation>打开已有的工作区（文件，或局里的 PostgreSQL 服务器）(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>位置(&amp;L)：</translation>
    </message>
    <message>
        <source>A new workspace is readable by your user account only. Keep it on an encrypted disk and back it up regularly.</source>
        <translation>新建的工作区只有您的用户账户可以读取。请把它放在加密的磁盘上，并定期备份。</translation>
    </message>
    <message>
        <source>Your bureau</source>
        <translation>本局</translation>
    </message>
    <message>
        <source>The market-supervision bureau this workstation works for; it heads printed tables and the packages sent to the bureau above.</source>
        <translation>本工作站所属的市场监督管理局；打印的表格和向上级局报送的报送包都以它署名。</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>演示数据</translation>
    </message>
    <message>
        <source>To try the program before entering the bureau&apos;s own registry.</source>
        <translation>在录入本局的台账之前先试用程序。</translation>
    </message>
    <message>
        <source>&amp;Fill the new workspace with demo data (about 50 units and their standards)</source>
        <translation>在新工作区中填入演示数据（约 50 家单位及其计量标准）(&amp;F)</translation>
    </message>
    <message>
        <source>The demo units, standards and dates are invented. Use a separate workspace for them, not the one for real work.</source>
        <translation>演示数据中的单位、计量标准和日期都是虚构的。请为演示数据使用单独的工作区，不要用于实际工作。</translation>
    </message>
    <message>
        <source>Demo data can only go into a new workspace.</source>
        <translation>演示数据只能填入新建的工作区。</translation>
    </message>
    <message>
        <source>The workspace %1 cannot be opened:
%2</source>
        <translation>无法打开工作区 %1：
%2</translation>
    </message>
    <message>
        <source>The demo data cannot be created: %1</source>
        <translation>无法创建演示数据：%1</translation>
    </message>
    <message>
        <source>The bureau cannot be saved: %1</source>
        <translation>无法保存本局信息：%1</translation>
    </message>
    <message>
        <source>The administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>The administrator adds the inspectors, section chiefs and auditors and manages templates, keys and backups. Everyone then logs in, signs with their password, and the audit trail names who did what.</source>
        <translation>管理员添加检查人员、科长和审计员，管理检查表模板、密钥和备份。此后每个人登录使用，用本人密码签字，审计记录写明谁做了什么。</translation>
    </message>
    <message>
        <source>&amp;Login name:</source>
        <translation>登录名(&amp;L)：</translation>
    </message>
    <message>
        <source>e.g. 刘建华</source>
        <translation>例如：刘建华</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>姓名(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>再次输入(&amp;R)：</translation>
    </message>
    <message>
        <source>Work &amp;without accounts for now (nothing is checked; everyone works as the operating-system user)</source>
        <translation>暂不设账户(&amp;W)（不检查权限，所有人以操作系统用户身份工作）</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>ui::HelpWindow</name>
    <message>
        <source>MetInspect Help</source>
        <translation>MetInspect 帮助</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>Search the help</source>
        <translation>搜索帮助</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>搜索结果</translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation>目录(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>搜索(&amp;S)</translation>
    </message>
    <message>
        <source>Help text</source>
        <translation>帮助内容</translation>
    </message>
    <message>
        <source>◀ Back</source>
        <translation>◀ 后退</translation>
    </message>
    <message>
        <source>Back (Alt+Left)</source>
        <translation>后退（Alt+左箭头）</translation>
    </message>
    <message>
        <source>Forward ▶</source>
        <translation>前进 ▶</translation>
    </message>
    <message>
        <source>Forward (Alt+Right)</source>
        <translation>前进（Alt+右箭头）</translation>
    </message>
    <message>
        <source>&amp;Start page</source>
        <translation>首页(&amp;S)</translation>
    </message>
    <message>
        <source>Nothing found</source>
        <translation>没有找到</translation>
    </message>
</context>
<context>
    <name>ui::HistoryChart</name>
    <message>
        <source>Select a repeatability test or stability check to see its chart.</source>
        <translation>选择一条重复性试验或稳定性考核记录以查看图表。</translation>
    </message>
    <message>
        <source>Repeatability %1: %2</source>
        <translation>重复性试验 %1：%2</translation>
    </message>
    <message>
        <source>Readings</source>
        <translation>测得值</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>平均值</translation>
    </message>
    <message>
        <source>Mean + s</source>
        <translation>平均值 + s</translation>
    </message>
    <message>
        <source>Mean − s</source>
        <translation>平均值 − s</translation>
    </message>
    <message>
        <source>Reading no.</source>
        <translation>测量序号</translation>
    </message>
    <message>
        <source>Stability %1: %2</source>
        <translation>稳定性考核 %1：%2</translation>
    </message>
    <message>
        <source>Limit band (%1)</source>
        <translation>限值带（%1）</translation>
    </message>
    <message>
        <source>Group means</source>
        <translation>各组平均值</translation>
    </message>
</context>
<context>
    <name>ui::HistoryEventDialog</name>
    <message>
        <source>New history log entry — %1 %2</source>
        <translation>新增履历记录 — %1 %2</translation>
    </message>
    <message>
        <source>(the whole standard)</source>
        <translation>（整个计量标准）</translation>
    </message>
    <message>
        <source>&amp;Entry:</source>
        <translation>记录类型(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>Recorded &amp;by:</source>
        <translation>记录人(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Instrument:</source>
        <translation>设备(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Certificate no.:</source>
        <translation>证书编号(&amp;C)：</translation>
    </message>
    <message>
        <source>In&amp;stitution:</source>
        <translation>机构(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Parameter / point:</source>
        <translation>参数/测量点(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Result:</source>
        <translation>结论(&amp;R)：</translation>
    </message>
    <message>
        <source>Valid &amp;from:</source>
        <translation>发证日期(&amp;F)：</translation>
    </message>
    <message>
        <source>Valid &amp;until:</source>
        <translation>有效期至(&amp;U)：</translation>
    </message>
    <message>
        <source>Changed f&amp;rom:</source>
        <translation>变更前(&amp;M)：</translation>
    </message>
    <message>
        <source>Changed &amp;to:</source>
        <translation>变更后(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>说明(&amp;N)：</translation>
    </message>
    <message>
        <source>Repeatability test</source>
        <translation>重复性试验</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>测得值</translation>
    </message>
    <message>
        <source>s of the uncertainty evaluation</source>
        <translation>测量不确定度评定中的 s</translation>
    </message>
    <message>
        <source>required for 6 to 9 readings</source>
        <translation>6 至 9 次时必填</translation>
    </message>
    <message>
        <source>s exceeded the reference: the uncertainty was re-evaluated</source>
        <translation>s 超过参考值：已重新评定测量不确定度</translation>
    </message>
    <message>
        <source>e.g. U=0.06℃, k=2</source>
        <translation>例如 U=0.06℃，k=2</translation>
    </message>
    <message>
        <source>the re-evaluated uncertainty still meets the requirement</source>
        <translation>重新评定的测量不确定度仍满足要求</translation>
    </message>
    <message>
        <source>Readings (paste from Excel/WPS):</source>
        <translation>测得值（可从 Excel/WPS 粘贴）：</translation>
    </message>
    <message>
        <source>Reference s:</source>
        <translation>参考 s：</translation>
    </message>
    <message>
        <source>Reason for fewer than 10:</source>
        <translation>少于 10 次的理由：</translation>
    </message>
    <message>
        <source>Re-evaluated uncertainty:</source>
        <translation>重新评定的不确定度：</translation>
    </message>
    <message>
        <source>Stability check</source>
        <translation>稳定性考核</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Method:</source>
        <translation>考核方法：</translation>
    </message>
    <message>
        <source>Standard:</source>
        <translation>计量标准类型：</translation>
    </message>
    <message>
        <source>Limit is:</source>
        <translation>限值依据：</translation>
    </message>
    <message>
        <source>Limit:</source>
        <translation>限值：</translation>
    </message>
    <message>
        <source>Check standard used:</source>
        <translation>所用核查标准：</translation>
    </message>
    <message>
        <source>Readings by date (paste from Excel/WPS):</source>
        <translation>按日期的测得值（可从 Excel/WPS 粘贴）：</translation>
    </message>
    <message>
        <source>New instrument</source>
        <translation>新设备</translation>
    </message>
    <message>
        <source>measuring range changed</source>
        <translation>测量范围改变</translation>
    </message>
    <message>
        <source>uncertainty, accuracy class or MPE changed</source>
        <translation>不确定度、准确度等级或最大允许误差改变</translation>
    </message>
    <message>
        <source>verification or calibration scope changed</source>
        <translation>检定或校准开展项目改变</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>型号：</translation>
    </message>
    <message>
        <source>Serial no.:</source>
        <translation>出厂编号：</translation>
    </message>
    <message>
        <source>Manufacturer:</source>
        <translation>制造厂：</translation>
    </message>
    <message>
        <source>Measuring range:</source>
        <translation>测量范围：</translation>
    </message>
    <message>
        <source>Accuracy:</source>
        <translation>准确度等级：</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>记录(&amp;R)</translation>
    </message>
    <message>
        <source>D&amp;ue:</source>
        <translation>有效期至(&amp;U)：</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>（请选择）</translation>
    </message>
    <message>
        <source>reading %1 (&apos;%2&apos;) is not a number</source>
        <translation>第 %1 个测得值（“%2”）不是数</translation>
    </message>
    <message>
        <source>row %1: &apos;%2&apos; is not a date</source>
        <translation>第 %1 行：“%2”不是日期</translation>
    </message>
    <message>
        <source>row %1: &apos;%2&apos; is not a number</source>
        <translation>第 %1 行：“%2”不是数</translation>
    </message>
    <message>
        <source>n = %1</source>
        <translation>n = %1</translation>
    </message>
    <message>
        <source>, mean = %1</source>
        <translation>，平均值 = %1</translation>
    </message>
    <message>
        <source>, s = %1</source>
        <translation>，s = %1</translation>
    </message>
    <message>
        <source>, reference = %1</source>
        <translation>，参考值 = %1</translation>
    </message>
    <message>
        <source> — pass (s ≤ reference)</source>
        <translation> — 合格（s ≤ 参考值）</translation>
    </message>
    <message>
        <source> — s exceeds the reference: re-evaluate the uncertainty</source>
        <translation> — s 超过参考值：请重新评定测量不确定度</translation>
    </message>
    <message>
        <source> — cannot be judged: %1</source>
        <translation> — 无法判定：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n groups</source>
        <translation>
            <numerusform>%n 组</numerusform>
        </translation>
    </message>
    <message>
        <source>, stability = %1</source>
        <translation>，稳定性 = %1</translation>
    </message>
    <message>
        <source>, limit = %1</source>
        <translation>，限值 = %1</translation>
    </message>
    <message>
        <source> — pass (less than the limit)</source>
        <translation> — 合格（小于限值）</translation>
    </message>
    <message>
        <source> — fail (not less than the limit)</source>
        <translation> — 不合格（不小于限值）</translation>
    </message>
    <message>
        <source>Edit history log entry — %1 %2</source>
        <translation>修改履历记录 — %1 %2</translation>
    </message>
</context>
<context>
    <name>ui::HistoryPage</name>
    <message>
        <source>Certificate number or name of a standard</source>
        <translation>计量标准的证书编号或名称</translation>
    </message>
    <message>
        <source>&amp;Standard:</source>
        <translation>计量标准(&amp;S)：</translation>
    </message>
    <message>
        <source>All entries</source>
        <translation>全部记录</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>显示(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;New entry…</source>
        <translation>新增记录(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit entry…</source>
        <translation>修改记录(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Remove entry…</source>
        <translation>删除记录(&amp;R)…</translation>
    </message>
    <message>
        <source>Atta&amp;ch file…</source>
        <translation>添加附件(&amp;C)…</translation>
    </message>
    <message>
        <source>Attach a scan or file to the selected entry</source>
        <translation>为所选记录添加扫描件或文件</translation>
    </message>
    <message>
        <source>&amp;Print history log…</source>
        <translation>打印履历书(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation>截至(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Open history log</source>
        <translation>打开履历书(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <source>Traceability &amp;certificate:</source>
        <translation>溯源证书(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Institution:</source>
        <translation>机构(&amp;I)：</translation>
    </message>
    <message>
        <source>Instrument &amp;serial no.:</source>
        <translation>设备出厂编号(&amp;S)：</translation>
    </message>
    <message>
        <source>Which standards rely on a traceability certificate, an institution or an instrument — for when a higher standard is found out of tolerance.</source>
        <translation>哪些计量标准依赖某溯源证书、某机构或某台设备——用于发现上级计量标准超差时追查。</translation>
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
        <source>Holder</source>
        <translation>建标单位</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Serial no.</source>
        <translation>出厂编号</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Traceability certificate</source>
        <translation>溯源证书</translation>
    </message>
    <message>
        <source>Traced on</source>
        <translation>溯源日期</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>Cannot trace</source>
        <translation>无法追溯</translation>
    </message>
    <message>
        <source>History &amp;log</source>
        <translation>履历书(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Due and overdue</source>
        <translation>到期与超期(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Trace back</source>
        <translation>溯源追查(&amp;T)</translation>
    </message>
    <message>
        <source>Cannot compute the due list</source>
        <translation>无法计算到期清单</translation>
    </message>
    <message>
        <source>Cannot load the standards</source>
        <translation>无法加载计量标准</translation>
    </message>
    <message>
        <source>Cannot open the history log</source>
        <translation>无法打开履历书</translation>
    </message>
    <message>
        <source>Choose a standard to see its history log.</source>
        <translation>请选择一项计量标准以查看其履历书。</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; %2 — %3&lt;br&gt;%4, valid %5 to %6, person in charge: %7, %n entries</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; %2 — %3&lt;br&gt;%4，有效期 %5 至 %6，负责人：%7，共 %n 条记录</numerusform>
        </translation>
    </message>
    <message>
        <source>Attach a file to the entry</source>
        <translation>为记录添加附件</translation>
    </message>
    <message>
        <source>Scans and documents (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)</source>
        <translation>扫描件和文档 (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Cannot attach the file</source>
        <translation>无法添加附件</translation>
    </message>
    <message>
        <source>Remove entry</source>
        <translation>删除记录</translation>
    </message>
    <message>
        <source>Remove the entry &apos;%1&apos; of %2 from the history log of %3?</source>
        <translation>从 %3 的履历书中删除 %2 的“%1”记录？</translation>
    </message>
    <message>
        <source>Cannot remove the entry</source>
        <translation>无法删除记录</translation>
    </message>
    <message>
        <source>Cannot print the history log</source>
        <translation>无法打印履历书</translation>
    </message>
    <message>
        <source>%1 overdue, %2 due within %3 days</source>
        <translation>超期 %1 项，%3 天内到期 %2 项</translation>
    </message>
    <message>
        <source>Give a traceability certificate number, an institution or a serial number.</source>
        <translation>请填写溯源证书编号、机构或出厂编号。</translation>
    </message>
    <message numerus="yes">
        <source>%n standard(s) rely on it; double-click a row to open its history log.</source>
        <translation>
            <numerusform>%n 项计量标准依赖于它；双击一行可打开其履历书。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui::HistoryTimelineModel</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Instrument / parameter</source>
        <translation>设备/参数</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>记录人</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>附件</translation>
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
    <name>ui::InspectionEditor</name>
    <message>
        <source>Earlier signed revisions stay readable</source>
        <translation>较早的已签字版本仍可查阅</translation>
    </message>
    <message>
        <source>&amp;Checklist</source>
        <translation>检查项目(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Header</source>
        <translation>表头(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Measurements</source>
        <translation>测量结果(&amp;M)</translation>
    </message>
    <message>
        <source>C&amp;onclusion</source>
        <translation>结论(&amp;O)</translation>
    </message>
    <message>
        <source>Re&amp;visions and review</source>
        <translation>版本与审核(&amp;V)</translation>
    </message>
    <message>
        <source>Keys 1–%1 choose the verdict, Enter goes to the next item</source>
        <translation>数字键 1–%1 选择判定，回车键转到下一项</translation>
    </message>
    <message>
        <source>%v of %m items answered</source>
        <translation>已回答 %v / %m 项</translation>
    </message>
    <message>
        <source>Finding: what was found, where, with numbers (Enter goes to the next item, Shift+Enter starts a new line)</source>
        <translation>检查发现：发现了什么、在哪里、有关数据（回车转到下一项，Shift+回车换行）</translation>
    </message>
    <message>
        <source>&amp;Next item</source>
        <translation>下一项(&amp;N)</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>回车</translation>
    </message>
    <message>
        <source>&amp;Finding:</source>
        <translation>检查发现(&amp;F)：</translation>
    </message>
    <message>
        <source>C&amp;lause:</source>
        <translation>依据条款(&amp;L)：</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>证据：</translation>
    </message>
    <message>
        <source>Choose an inspection on the left, or create a new one.</source>
        <translation>请在左侧选择一份检查记录，或新建一份。</translation>
    </message>
    <message>
        <source>no workspace</source>
        <translation>没有工作区</translation>
    </message>
    <message>
        <source>the inspection no longer exists</source>
        <translation>该检查记录已不存在</translation>
    </message>
    <message>
        <source>Revision %1 (current)</source>
        <translation>第 %1 版（当前）</translation>
    </message>
    <message>
        <source>Revision %1 (signed)</source>
        <translation>第 %1 版（已签字）</translation>
    </message>
    <message numerus="yes">
        <source>%n text(s) typed before the program stopped were recovered.</source>
        <translation>
            <numerusform>已恢复程序停止前输入的 %n 处文字。</numerusform>
        </translation>
    </message>
    <message>
        <source>revision %1</source>
        <translation>第 %1 版</translation>
    </message>
    <message>
        <source>an earlier signed revision, shown as it was signed</source>
        <translation>较早的已签字版本，按签字时的内容显示</translation>
    </message>
    <message>
        <source>signed and frozen: amend it to change anything</source>
        <translation>已签字并封存：如需修改请先修订</translation>
    </message>
    <message>
        <source>Draft template %1: replace it with the bureau&apos;s official wording (template import).</source>
        <translation>模板 %1 为草案：请用局端的官方措辞替换（template import）。</translation>
    </message>
    <message>
        <source>key item of the plan</source>
        <translation>重点检查项目</translation>
    </message>
    <message>
        <source>clause: %1</source>
        <translation>依据条款：%1</translation>
    </message>
    <message>
        <source>look at: %1</source>
        <translation>查看：%1</translation>
    </message>
    <message>
        <source>the clause the finding rests on</source>
        <translation>检查发现所依据的条款</translation>
    </message>
    <message>
        <source>Cannot store the verdict</source>
        <translation>无法保存判定</translation>
    </message>
    <message>
        <source>Cannot keep the text</source>
        <translation>无法保留输入的文字</translation>
    </message>
    <message>
        <source>Typing… kept</source>
        <translation>正在输入…已保留</translation>
    </message>
    <message>
        <source>Cannot store the text</source>
        <translation>无法保存文字</translation>
    </message>
    <message>
        <source>Stored %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Change the &amp;team…</source>
        <translation>更改检查组(&amp;T)…</translation>
    </message>
    <message>
        <source>Inspection date:</source>
        <translation>检查日期：</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>检查地点：</translation>
    </message>
    <message>
        <source>Team:</source>
        <translation>检查组：</translation>
    </message>
    <message>
        <source>no one yet</source>
        <translation>尚无成员</translation>
    </message>
    <message>
        <source>Changed on site; the registry says: %1</source>
        <translation>已现场更正；登记册为：%1</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>As the registry says</source>
        <translation>与登记册一致</translation>
    </message>
    <message>
        <source>Cannot store the date</source>
        <translation>无法保存日期</translation>
    </message>
    <message>
        <source>Cannot store the team</source>
        <translation>无法保存检查组</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Quantity and point</source>
        <translation>测量对象及测量点</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>参考值</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>测得值</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>允许误差或判据</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>&amp;Add a result</source>
        <translation>添加结果(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>Results of an on-site test, a comparison or a blind sample, where taken.</source>
        <translation>现场试验、计量比对或盲样检测的结果（如有）。</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>fail</source>
        <translation>不合格</translation>
    </message>
    <message>
        <source>Cannot store the measurement</source>
        <translation>无法保存测量结果</translation>
    </message>
    <message>
        <source>Cannot remove the measurement</source>
        <translation>无法删除测量结果</translation>
    </message>
    <message>
        <source>Remarks on the conclusion (printed under it)</source>
        <translation>对检查结论的说明（打印在结论下方）</translation>
    </message>
    <message>
        <source>Con&amp;clusion:</source>
        <translation>检查结论(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Remarks:</source>
        <translation>说明(&amp;R)：</translation>
    </message>
    <message>
        <source>(not chosen yet)</source>
        <translation>（尚未选择）</translation>
    </message>
    <message>
        <source>Complete: ready to be signed.</source>
        <translation>已完整：可以签字。</translation>
    </message>
    <message>
        <source>Cannot store the conclusion</source>
        <translation>无法保存检查结论</translation>
    </message>
    <message>
        <source>Revisions</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Revision %1</source>
        <translation>第 %1 版</translation>
    </message>
    <message>
        <source>signed %1, SHA-256 %2</source>
        <translation>签字于 %1，SHA-256 %2</translation>
    </message>
    <message>
        <source>Reason of the amendment: %1</source>
        <translation>修订原因：%1</translation>
    </message>
    <message>
        <source>Signed by: %1</source>
        <translation>签字人：%1</translation>
    </message>
    <message numerus="yes">
        <source>Printed %n time(s)</source>
        <translation>
            <numerusform>已打印 %n 次</numerusform>
        </translation>
    </message>
    <message>
        <source>Not signed yet.</source>
        <translation>尚未签字。</translation>
    </message>
    <message>
        <source>Revision %1 is being amended: %2</source>
        <translation>第 %1 版修订中：%2</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>审核</translation>
    </message>
    <message>
        <source>Revision %1 approved by %2 on %3</source>
        <translation>第 %1 版由 %2 于 %3 审核通过</translation>
    </message>
    <message>
        <source>Revision %1 returned by %2 on %3</source>
        <translation>第 %1 版由 %2 于 %3 退回</translation>
    </message>
    <message>
        <source>Not reviewed yet.</source>
        <translation>尚未审核。</translation>
    </message>
    <message>
        <source>Record %1 · template %2</source>
        <translation>记录 %1 · 模板 %2</translation>
    </message>
</context>
<context>
    <name>ui::InspectionListModel</name>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2（%3）</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Inspected</source>
        <translation>被检查方</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>计量标准</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>已答</translation>
    </message>
    <message>
        <source>Rev.</source>
        <translation>版次</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>检查表</translation>
    </message>
</context>
<context>
    <name>ui::InspectionPage</name>
    <message>
        <source>Cannot load the inspections</source>
        <translation>无法加载检查记录</translation>
    </message>
    <message>
        <source>Search unit, standard, certificate, place…</source>
        <translation>搜索单位、计量标准、证书编号、地点…</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>History log of the standard</source>
        <translation>计量标准履历书</translation>
    </message>
    <message>
        <source>In the registry:</source>
        <translation>登记册信息：</translation>
    </message>
    <message>
        <source>&amp;New inspection…</source>
        <translation>新建检查(&amp;N)…</translation>
    </message>
    <message>
        <source>Start an inspection of a standard or of a bureau&apos;s work</source>
        <translation>开始对计量标准或市场监管部门考核工作的检查</translation>
    </message>
    <message>
        <source>&amp;Sign…</source>
        <translation>签字(&amp;S)…</translation>
    </message>
    <message>
        <source>Check completeness, then sign on the pads and freeze the record</source>
        <translation>检查是否完整，然后在签名板上签字并封存记录</translation>
    </message>
    <message>
        <source>&amp;Amend…</source>
        <translation>修订(&amp;A)…</translation>
    </message>
    <message>
        <source>Open a new revision of a signed record, with a reason</source>
        <translation>说明原因，为已签字的记录打开新版本</translation>
    </message>
    <message>
        <source>&amp;Review…</source>
        <translation>审核(&amp;R)…</translation>
    </message>
    <message>
        <source>Approve a signed record, or return it to its inspectors</source>
        <translation>审核通过已签字的记录，或退回给检查人员</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>打印预览(&amp;V)…</translation>
    </message>
    <message>
        <source>The table as it will print</source>
        <translation>检查表的打印效果</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Print the table on a printer</source>
        <translation>在打印机上打印检查表</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>另存为 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>Write the table to a PDF file</source>
        <translation>将检查表写入 PDF 文件</translation>
    </message>
    <message>
        <source>Print a &amp;day…</source>
        <translation>打印某一天(&amp;Y)…</translation>
    </message>
    <message>
        <source>Print all inspections of a day in one go</source>
        <translation>一次打印某一天的全部检查表</translation>
    </message>
    <message>
        <source>&amp;Delete draft…</source>
        <translation>删除草稿(&amp;D)…</translation>
    </message>
    <message>
        <source>Remove a draft that was never signed</source>
        <translation>删除从未签字的草稿</translation>
    </message>
    <message>
        <source>Cannot open the inspection</source>
        <translation>无法打开检查记录</translation>
    </message>
    <message>
        <source>The registry data of the inspected standard is shown here.</source>
        <translation>此处显示被检查计量标准的登记册信息。</translation>
    </message>
    <message>
        <source>The standard is no longer in the registry.</source>
        <translation>该计量标准已不在登记册中。</translation>
    </message>
    <message>
        <source>The bureau is no longer in the registry.</source>
        <translation>该市场监管部门已不在登记册中。</translation>
    </message>
    <message>
        <source>Cannot sign</source>
        <translation>无法签字</translation>
    </message>
    <message>
        <source>Cannot amend</source>
        <translation>无法修订</translation>
    </message>
    <message>
        <source>Cannot store the review</source>
        <translation>无法保存审核结果</translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation>删除草稿</translation>
    </message>
    <message>
        <source>Delete the draft inspection of %1? Its answers and evidence records are removed; this cannot be undone.</source>
        <translation>删除对 %1 的检查草稿？其回答和证据记录将被删除，且无法撤销。</translation>
    </message>
    <message>
        <source>Cannot delete the draft</source>
        <translation>无法删除草稿</translation>
    </message>
    <message>
        <source>History log of the inspected standard</source>
        <translation>被检查计量标准的履历书</translation>
    </message>
    <message>
        <source>The history log of the inspected standard is shown here.</source>
        <translation>此处显示被检查计量标准的履历书。</translation>
    </message>
    <message>
        <source>No entries in this standard&apos;s history log yet (item E6 asks for it).</source>
        <translation>该计量标准的履历书尚无记录（检查项目 E6 要求及时更新）。</translation>
    </message>
    <message numerus="yes">
        <source>%n entries, newest first; the History log area shows them all.</source>
        <translation>
            <numerusform>共 %n 条，最新的在前；“计量标准履历书”页面显示全部内容。</numerusform>
        </translation>
    </message>
    <message>
        <source>The institution is no longer in the register of verification bodies.</source>
        <translation>该机构已不在检定机构名录中。</translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Authorization certificate</source>
        <translation>授权证书编号</translation>
    </message>
    <message>
        <source>Declaration</source>
        <translation>声明编号</translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>Published on</source>
        <translation>公示日期</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>区域</translation>
    </message>
</context>
<context>
    <name>ui::InspectionPrinting</name>
    <message>
        <source>Collecting the tables…</source>
        <translation>正在收集检查表…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cannot print</source>
        <translation>无法打印</translation>
    </message>
    <message numerus="yes">
        <source>Print preview — %n table(s)</source>
        <translation>
            <numerusform>打印预览 — %n 份检查表</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Printing %n table(s)…</source>
        <translation>
            <numerusform>正在打印 %n 份检查表…</numerusform>
        </translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>另存为 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot write the PDF</source>
        <translation>无法写入 PDF</translation>
    </message>
    <message>
        <source>Print the inspections of a day</source>
        <translation>打印某一天的检查记录</translation>
    </message>
    <message>
        <source>There are no inspections on %1.</source>
        <translation>%1 没有检查记录。</translation>
    </message>
</context>
<context>
    <name>ui::InspectorDialog</name>
    <message>
        <source>Edit inspector</source>
        <translation>编辑检查人员</translation>
    </message>
    <message>
        <source>New inspector</source>
        <translation>新增检查人员</translation>
    </message>
    <message>
        <source>Active (can be drawn for teams)</source>
        <translation>在岗（可被抽取参加检查组）</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>单位名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>角色(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Telephone:</source>
        <translation>电话(&amp;T)：</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
</context>
<context>
    <name>ui::InspectorModel</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Bureau</source>
        <translation>市场监管部门</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>在岗</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Conflicts of interest (回避)</source>
        <translation>回避</translation>
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
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>ui::InspectorsTab</name>
    <message>
        <source>&amp;Add person…</source>
        <translation>新增人员(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>Declare a &amp;conflict of interest…</source>
        <translation>申报回避(&amp;C)…</translation>
    </message>
    <message>
        <source>The inspector directory of the organising bureau: teams are drawn from its active inspectors; an assessor (考评员) can join a team. A declared conflict of interest keeps a person off that unit&apos;s team.</source>
        <translation>组织检查部门的检查人员名录：检查组从在岗检查人员中随机抽取，可邀请考评员参加检查组。已申报回避的人员不会进入该单位的检查组。</translation>
    </message>
    <message>
        <source>Conflict of interest</source>
        <translation>回避</translation>
    </message>
    <message>
        <source>Select the person who declares the conflict.</source>
        <translation>请选择申报回避的人员。</translation>
    </message>
</context>
<context>
    <name>ui::LoginDialog</name>
    <message>
        <source>Create the administrator</source>
        <translation>创建管理员</translation>
    </message>
    <message>
        <source>MetInspect is locked</source>
        <translation>MetInspect 已锁定</translation>
    </message>
    <message>
        <source>Log in to MetInspect</source>
        <translation>登录 MetInspect</translation>
    </message>
    <message>
        <source>This workspace has no accounts yet: anyone who can open it works as the operating-system user and nothing is checked. Create the administrator now; the administrator then adds the inspectors, section chiefs and auditors.</source>
        <translation>此工作区还没有账户：能打开它的人都以操作系统用户的身份操作，不做任何权限检查。请现在创建管理员；之后由管理员添加检查人员、科长和审计员。</translation>
    </message>
    <message>
        <source>The window was locked. Enter the password of %1 to go on.</source>
        <translation>窗口已锁定。请输入 %1 的密码以继续。</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>工作区：%1</translation>
    </message>
    <message>
        <source>&amp;Login name:</source>
        <translation>登录名(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>姓名(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>重复(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>创建(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>解锁(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>登录(&amp;L)</translation>
    </message>
    <message>
        <source>Continue &amp;without accounts</source>
        <translation>暂不使用账户，继续(&amp;W)</translation>
    </message>
    <message>
        <source>Everyone who can open the workspace works as the operating-system user; this question comes back at the next start.</source>
        <translation>能打开工作区的人都以操作系统用户的身份操作；下次启动时会再次询问。</translation>
    </message>
    <message>
        <source>&amp;Quit MetInspect</source>
        <translation>退出 MetInspect(&amp;Q)</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed attempts: try again in %n second(s).</source>
        <translation>
            <numerusform>登录失败次数过多：请 %n 秒后再试。</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <source>Only %1 can unlock this window.</source>
        <translation>只有 %1 可以解锁此窗口。</translation>
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
    <message>
        <source>&amp;History log of the standard</source>
        <translation>该计量标准的履历书(&amp;H)</translation>
    </message>
    <message>
        <source>Logged in: %1 (%2)</source>
        <translation>已登录：%1（%2）</translation>
    </message>
    <message>
        <source>No accounts: working as %1</source>
        <translation>没有账户：以 %1 身份操作</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>The backup cannot be restored</source>
        <translation>无法恢复该备份</translation>
    </message>
    <message>
        <source>Replace the workspace by the backup of %1 (%2 audit entries, %3 attached files, all checked)? The current workspace is kept aside.</source>
        <translation>用 %1 的备份（%2 条审计记录、%3 个附件，均已检查）替换工作区？当前工作区将保留在一旁。</translation>
    </message>
    <message>
        <source>The workspace was restored. The replaced one was kept as %1.</source>
        <translation>工作区已恢复。被替换的工作区已保留为 %1。</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>功能区</translation>
    </message>
    <message>
        <source>The parts of the program; Ctrl+1 to Ctrl+8 go to them</source>
        <translation>程序的各个部分；按 Ctrl+1 至 Ctrl+8 转到对应部分</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Go to</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <source>Help on this &amp;page</source>
        <translation>本页帮助(&amp;P)</translation>
    </message>
    <message>
        <source>User &amp;guide</source>
        <translation>使用帮助(&amp;G)</translation>
    </message>
    <message>
        <source>MetInspect — %1</source>
        <translation>MetInspect — %1</translation>
    </message>
</context>
<context>
    <name>ui::NewInspectionDialog</name>
    <message>
        <source>New inspection</source>
        <translation>新建检查</translation>
    </message>
    <message>
        <source>e.g. the unit&apos;s laboratory</source>
        <translation>例如：该单位的计量室</translation>
    </message>
    <message>
        <source>the campaign&apos;s id, if the inspection belongs to one</source>
        <translation>如属于某项专项检查，填写其编号</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>创建(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Checklist:</source>
        <translation>检查表(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>地点(&amp;P)：</translation>
    </message>
    <message>
        <source>Ca&amp;mpaign:</source>
        <translation>专项检查(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>检查组(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Standard:</source>
        <translation>计量标准(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Bureau:</source>
        <translation>市场监管部门(&amp;B)：</translation>
    </message>
    <message>
        <source>The team needs at least one member.</source>
        <translation>检查组至少需要一名成员。</translation>
    </message>
    <message>
        <source>The campaign must be given by its id (a UUID), or left empty.</source>
        <translation>专项检查须以其编号（UUID）填写，或留空。</translation>
    </message>
    <message>
        <source>&amp;Institution:</source>
        <translation>机构(&amp;I)：</translation>
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
    <name>ui::PhaseTimeline</name>
    <message>
        <source>Phases of the campaign</source>
        <translation>专项检查活动的阶段</translation>
    </message>
    <message>
        <source>%1, day %2 of %3 (%4 to %5)</source>
        <translation>%1，第 %2 天（共 %3 天，%4 至 %5）</translation>
    </message>
    <message>
        <source>Today, %1: %2</source>
        <translation>今天 %1：%2</translation>
    </message>
    <message>
        <source>No campaign selected</source>
        <translation>未选择专项检查活动</translation>
    </message>
    <message>
        <source>▲ units&apos; reports due %1 · lower bureaus&apos; reports due %2 · campaign report due %3</source>
        <translation>▲ 建标单位自查材料 %1 截止 · 下级部门自查材料 %2 截止 · 总结报告 %3 截止</translation>
    </message>
    <message>
        <source>today %1</source>
        <translation>今天 %1</translation>
    </message>
</context>
<context>
    <name>ui::PlanEntryDialog</name>
    <message>
        <source>Plan: %1</source>
        <translation>检查计划：%1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>%1 — conflict of interest</source>
        <translation>%1 — 回避</translation>
    </message>
    <message>
        <source>%1 — conflict of interest: %2</source>
        <translation>%1 — 回避：%2</translation>
    </message>
    <message>
        <source>Declared a conflict of interest with this unit: %1</source>
        <translation>已申报对该单位回避：%1</translation>
    </message>
    <message>
        <source>Why the team is set by hand instead of drawn</source>
        <translation>为何人工指定检查组而不随机抽取</translation>
    </message>
    <message>
        <source>Planned days</source>
        <translation>计划日期</translation>
    </message>
    <message>
        <source>Why the unit could not be inspected, in detail</source>
        <translation>详细说明未能检查的原因</translation>
    </message>
    <message>
        <source>How and when it will be inspected</source>
        <translation>如何以及何时再行检查</translation>
    </message>
    <message>
        <source>Standards to inspect:</source>
        <translation>待检查的计量标准：</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>&amp;Inspectors:</source>
        <translation>检查人员(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Assessor:</source>
        <translation>考评员(&amp;A)：</translation>
    </message>
    <message>
        <source>Reason for setting the team by &amp;hand:</source>
        <translation>人工指定的原因(&amp;H)：</translation>
    </message>
    <message>
        <source>On-site phase %1 – %2:</source>
        <translation>现场监督检查阶段 %1 – %2：</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
    <message>
        <source>Inspected &amp;on:</source>
        <translation>检查日期(&amp;O)：</translation>
    </message>
    <message>
        <source>Why not &amp;inspected:</source>
        <translation>未能检查的原因(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Follow-up plan:</source>
        <translation>后续检查安排(&amp;F)：</translation>
    </message>
    <message>
        <source>Follow-up &amp;day:</source>
        <translation>后续检查日期(&amp;D)：</translation>
    </message>
</context>
<context>
    <name>ui::PlanModel</name>
    <message>
        <source>Unit or bureau</source>
        <translation>单位或市场监管部门</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Standards to inspect</source>
        <translation>待检查的计量标准</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>检查组</translation>
    </message>
    <message>
        <source>Team set</source>
        <translation>组队方式</translation>
    </message>
    <message>
        <source>Planned days</source>
        <translation>计划日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 等 %2 项</translation>
    </message>
    <message>
        <source>%1 (assessor)</source>
        <translation>%1（考评员）</translation>
    </message>
    <message>
        <source>inspected on %1</source>
        <translation>已于 %1 检查</translation>
    </message>
    <message>
        <source>Conflict of interest: %1 — change the team</source>
        <translation>回避：%1 — 请调整检查组</translation>
    </message>
    <message>
        <source>Not inspected: %1; follow-up: %2%3</source>
        <translation>未能检查：%1；后续安排：%2%3</translation>
    </message>
    <message>
        <source>Team set by hand: %1</source>
        <translation>人工指定检查组：%1</translation>
    </message>
    <message>
        <source>Drawn with the seed %1 from a directory with the SHA-256 %2</source>
        <translation>用随机种子 %1 从 SHA-256 为 %2 的人员名录中抽取</translation>
    </message>
</context>
<context>
    <name>ui::PlanTab</name>
    <message>
        <source>&amp;Make the plan from the draw</source>
        <translation>按抽查结果制定计划(&amp;M)</translation>
    </message>
    <message>
        <source>Draw &amp;teams…</source>
        <translation>抽取检查组(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Edit entry…</source>
        <translation>编辑条目(&amp;E)…</translation>
    </message>
    <message>
        <source>Team, planned days, inspected or not (Enter)</source>
        <translation>检查组、计划日期、是否已检查（回车）</translation>
    </message>
    <message>
        <source>No plan yet: make it from the draw, then draw the teams.</source>
        <translation>尚无检查计划：请先按抽查结果制定计划，再抽取检查组。</translation>
    </message>
    <message>
        <source>%1 entries: %2 inspected, %3 not inspected, %4 still planned; %5 without a team.</source>
        <translation>共 %1 条：已检查 %2 条，未能检查 %3 条，尚待检查 %4 条；尚未组队 %5 条。</translation>
    </message>
    <message numerus="yes">
        <source>%n team(s) include someone who declared a conflict of interest.</source>
        <translation>
            <numerusform>有 %n 个检查组包含已申报回避的人员。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot make the plan</source>
        <translation>无法制定检查计划</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>检查计划</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) added from the latest draw.</source>
        <translation>
            <numerusform>已按最近一次抽查添加 %n 条。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot draw the teams</source>
        <translation>无法抽取检查组</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>检查组</translation>
    </message>
    <message numerus="yes">
        <source>Teams drawn for %n entry(ies) with the seed %1.</source>
        <translation>
            <numerusform>已用随机种子 %1 为 %n 个条目抽取检查组。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Verify the teams</source>
        <translation>验证检查组(&amp;V)</translation>
    </message>
    <message>
        <source>Re-derive every drawn team from its seed over the inspector directory as it is now</source>
        <translation>按当前的检查人员名录，用随机种子重新推导每个随机抽取的检查组</translation>
    </message>
    <message>
        <source>Cannot verify the teams</source>
        <translation>无法验证检查组</translation>
    </message>
    <message>
        <source>No team of the plan was drawn.</source>
        <translation>检查计划中没有随机抽取的检查组。</translation>
    </message>
    <message>
        <source>%1: follows from the seed %2</source>
        <translation>%1：由随机种子 %2 得出</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n drawn team(s) confirmed</source>
        <translation>
            <numerusform>%n 个随机抽取的检查组均已确认</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n drawn team(s) differ</source>
        <translation>
            <numerusform>%n 个随机抽取的检查组中有 %1 个不一致</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui::ReceiveDialog</name>
    <message>
        <source>Self-inspection received: %1</source>
        <translation>收到自查材料：%1</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>截止日期：</translation>
    </message>
    <message>
        <source>&amp;Received on:</source>
        <translation>收到日期(&amp;R)：</translation>
    </message>
    <message>
        <source>attached</source>
        <translation>已附</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>Attach the %1</source>
        <translation>附上%1</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.jpg *.jpeg *.png *.doc *.docx *.wps *.txt);;All files (*)</source>
        <translation>文档 (*.pdf *.jpg *.jpeg *.png *.doc *.docx *.wps *.txt);;所有文件 (*)</translation>
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
    <name>ui::RecordOutput</name>
    <message>
        <source>Sampling record</source>
        <translation>抽查记录</translation>
    </message>
    <message>
        <source>Print the sampling record</source>
        <translation>打印抽查记录</translation>
    </message>
    <message>
        <source>Cannot print</source>
        <translation>无法打印</translation>
    </message>
    <message>
        <source>Save the sampling record as PDF</source>
        <translation>将抽查记录保存为 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot save the PDF</source>
        <translation>无法保存 PDF</translation>
    </message>
    <message>
        <source>Save the sampling record</source>
        <translation>保存抽查记录</translation>
    </message>
    <message>
        <source>Sampling records (*.json)</source>
        <translation>抽查记录 (*.json)</translation>
    </message>
    <message>
        <source>Cannot save the record</source>
        <translation>无法保存抽查记录</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
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
        <translation>所属区域</translation>
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
        <translation>全部专业计量领域</translation>
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
        <translation>所属区域</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>计量标准</translation>
    </message>
    <message>
        <source>Field</source>
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
        <translation>所属区域</translation>
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
    <message>
        <source>Registry</source>
        <translation>台账</translation>
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
    <name>ui::ReverificationTab</name>
    <message>
        <source>&amp;Draw sample…</source>
        <translation>抽取样本(&amp;D)…</translation>
    </message>
    <message>
        <source>Save &amp;record…</source>
        <translation>保存抽样记录(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Institution:</source>
        <translation>机构(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>年度(&amp;Y)：</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>器具</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>复核结果</translation>
    </message>
    <message>
        <source>Register an institution first.</source>
        <translation>请先登记检定机构。</translation>
    </message>
    <message>
        <source>No re-verification drawn for %1 yet; the next draw takes %2 % of the annual plan.</source>
        <translation>%1 年度尚未抽取复核样本；本次将抽取年度计划的 %2%。</translation>
    </message>
    <message>
        <source>%1 of %2 drawn instruments have results; %3 passed, pass rate %4 %.</source>
        <translation>已抽取的 %2 台中 %1 台有复核结果；合格 %3 台，合格率 %4%。</translation>
    </message>
    <message>
        <source>Below 98 %: the institution is flagged and its next draw is raised to 20 %.</source>
        <translation>低于 98%：该机构已被标记，下次抽查比例提高到 20%。</translation>
    </message>
    <message>
        <source>Cannot record the result</source>
        <translation>无法记录复核结果</translation>
    </message>
    <message>
        <source>Save the draw record</source>
        <translation>保存抽样记录</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
    <message>
        <source>Cannot save the record</source>
        <translation>无法保存记录</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>ui::ReverifyWizard</name>
    <message>
        <source>Re-verification draw — %1, %2</source>
        <translation>复核检定抽样 — %1，%2 年度</translation>
    </message>
    <message>
        <source>Annual plan and seed</source>
        <translation>年度计划与随机种子</translation>
    </message>
    <message>
        <source>At least 10 % of the instruments of the institution&apos;s annual compulsory-verification plan are drawn, 20 % after a re-verification that passed below 98 % (seed 002 (11)). The seed is the one announced to the institution, so anyone can re-run the draw.</source>
        <translation>从机构年度强检计划中抽取不少于 10% 的器具，上次复核合格率低于 98% 时为 20%（郑州方案（十一））。随机种子为向机构公布的种子，任何人都可复算抽样。</translation>
    </message>
    <message>
        <source>CSV: instrument_no/器具编号, category/器具类别, name/器具名称</source>
        <translation>CSV：instrument_no/器具编号、category/器具类别、name/器具名称</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Annual plan</source>
        <translation>年度计划</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Annual &amp;plan:</source>
        <translation>年度计划(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Seed:</source>
        <translation>随机种子(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Draw and store</source>
        <translation>抽取并保存(&amp;D)</translation>
    </message>
    <message>
        <source>Drawn instruments</source>
        <translation>抽中的器具</translation>
    </message>
    <message>
        <source>The draw is stored; record the results on the re-verification tab as they come in. Refusing to cooperate counts as failed.</source>
        <translation>抽样已保存；复核结果出来后在“复核检定”页记录。拒不配合按不合格计。</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>器具</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Choose the plan file.</source>
        <translation>请选择年度计划文件。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n instruments in the plan; %1 will be drawn (%2 %).</source>
        <translation>
            <numerusform>计划中共 %n 台器具；将抽取 %1 台（%2%）。</numerusform>
        </translation>
    </message>
    <message>
        <source>The ratio is raised: the last re-verification passed below 98 %.</source>
        <translation>抽查比例已提高：上次复核合格率低于 98%。</translation>
    </message>
    <message>
        <source>%1 of %2 instruments drawn with the seed %3; the population&apos;s SHA-256 is %4.</source>
        <translation>以随机种子 %3 从 %2 台中抽取 %1 台；总体的 SHA-256 为 %4。</translation>
    </message>
</context>
<context>
    <name>ui::ReviewDialog</name>
    <message>
        <source>Review the signed record</source>
        <translation>审核已签字的记录</translation>
    </message>
    <message>
        <source>A&amp;pprove</source>
        <translation>审核通过(&amp;P)</translation>
    </message>
    <message>
        <source>Re&amp;turn to the inspectors</source>
        <translation>退回检查人员(&amp;T)</translation>
    </message>
    <message>
        <source>Comments (needed when returning: what is to be changed)</source>
        <translation>审核意见（退回时必填：需要修改什么）</translation>
    </message>
    <message>
        <source>The section chief&apos;s name</source>
        <translation>科室负责人姓名</translation>
    </message>
    <message>
        <source>Reviewed by:</source>
        <translation>审核人：</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>审核通过(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Return</source>
        <translation>退回(&amp;R)</translation>
    </message>
</context>
<context>
    <name>ui::RevokeDialog</name>
    <message>
        <source>Revoke %1</source>
        <translation>撤销 %1</translation>
    </message>
    <message>
        <source>After revocation the seal and the certificate are due back within 30 days, and no new application is accepted for 3 years. The body joins the published list of revoked bodies.</source>
        <translation>撤销后须在 30 日内交回印章和证书，3 年内不受理新的申请。该机构将列入公布的撤销名单。</translation>
    </message>
    <message>
        <source>decision number, what was found</source>
        <translation>决定文号、查实的问题</translation>
    </message>
    <message>
        <source>&amp;Ground:</source>
        <translation>撤销依据(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>说明(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation>撤销(&amp;R)</translation>
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
        <translation>所属区域</translation>
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
    <name>ui::SamplingTab</name>
    <message>
        <source>&amp;Draw the sample…</source>
        <translation>随机抽查(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Print the record…</source>
        <translation>打印抽查记录(&amp;P)…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>保存为 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>Save as &amp;JSON…</source>
        <translation>保存为 JSON(&amp;J)…</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>验证(&amp;V)</translation>
    </message>
    <message>
        <source>Re-derive the draw from its seed and compare it with the registry</source>
        <translation>由随机种子重新推算抽查结果，并与登记册比对</translation>
    </message>
    <message>
        <source>Not drawn yet. Draw the units and standards to inspect on site: at least 20 % of the units in scope and a standard of every metrology field, by a draw anyone can re-derive.</source>
        <translation>尚未抽查。请抽取现场检查的单位和计量标准：至少抽取检查范围内 20% 的单位，每个专业计量领域至少 1 项计量标准，抽查结果任何人都可以复核。</translation>
    </message>
    <message numerus="yes">
        <source>%n draw(s); the latest one counts and the plan is made from it.</source>
        <translation>
            <numerusform>共抽查 %n 次；以最近一次为准，检查计划据此制定。</numerusform>
        </translation>
    </message>
    <message>
        <source>Seed %1, %2 of the %3 units drawn; SHA-256 of the record %4</source>
        <translation>随机种子 %1，从 %3 家单位中随机抽取 %2 家；抽查记录的 SHA-256 %4</translation>
    </message>
    <message>
        <source>The draw missed the field %1, so %2 was added.</source>
        <translation>随机抽取未覆盖专业领域 %1，因此增补 %2。</translation>
    </message>
    <message>
        <source>The draw is confirmed</source>
        <translation>抽查结果已确认</translation>
    </message>
    <message>
        <source>The draw differs</source>
        <translation>抽查结果不一致</translation>
    </message>
</context>
<context>
    <name>ui::SamplingWizard</name>
    <message>
        <source>Random sampling: %1</source>
        <translation>随机抽查：%1</translation>
    </message>
    <message>
        <source>Seed and parameters</source>
        <translation>随机种子和参数</translation>
    </message>
    <message>
        <source>The draw follows from the seed alone: enter the number drawn or announced at the meeting, so that anyone can re-derive the sample and see it was not hand-picked.</source>
        <translation>抽查结果完全由随机种子决定：请输入会上摇出或公布的号码，这样任何人都可以重新推算抽查结果，证明并非人为挑选。</translation>
    </message>
    <message>
        <source>&amp;Random seed</source>
        <translation>随机生成种子(&amp;R)</translation>
    </message>
    <message>
        <source>A random number from the system&apos;s secure generator; write it into the minutes</source>
        <translation>由系统安全随机数生成器产生的号码；请记入会议记录</translation>
    </message>
    <message>
        <source>At least this share of the units in scope, rounded up (the plans ask for 20 %)</source>
        <translation>至少抽取检查范围内这一比例的单位，向上取整（方案要求 20%）</translation>
    </message>
    <message>
        <source>Share of the lower bureaus whose examination work is inspected (about 20 %)</source>
        <translation>抽查其计量标准考核工作的下级市场监管部门比例（20% 左右）</translation>
    </message>
    <message>
        <source>How much likelier a unit with a focus area (food safety, production safety, ecological environment, medical and health) is drawn; 100 % = no extra weight</source>
        <translation>涉及重点领域（食品安全、生产安全、生态环境、医疗卫生）的单位被抽中的概率提高多少；100% = 不加权</translation>
    </message>
    <message>
        <source>all standards</source>
        <translation>全部计量标准</translation>
    </message>
    <message>
        <source>Names of the witnesses of the draw</source>
        <translation>抽查见证人的姓名</translation>
    </message>
    <message>
        <source>Required: why the campaign is drawn again</source>
        <translation>必填：重新抽取的原因</translation>
    </message>
    <message>
        <source>&amp;Seed:</source>
        <translation>随机种子(&amp;S)：</translation>
    </message>
    <message>
        <source>Ratio of &amp;units:</source>
        <translation>单位抽取比例(&amp;U)：</translation>
    </message>
    <message>
        <source>Ratio of lower &amp;bureaus:</source>
        <translation>下级部门抽取比例(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Focus-area weight:</source>
        <translation>重点领域权重(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Witnesses:</source>
        <translation>见证人(&amp;W)：</translation>
    </message>
    <message>
        <source>Preview of the draw</source>
        <translation>抽查结果预览</translation>
    </message>
    <message>
        <source>Nothing is stored yet. Check the coverage of the fields, then store the draw: a stored draw is never changed.</source>
        <translation>尚未保存。请核对各专业领域的覆盖情况，然后保存抽查结果：已保存的抽查不能修改。</translation>
    </message>
    <message>
        <source>&amp;Store the draw</source>
        <translation>保存抽查结果(&amp;S)</translation>
    </message>
    <message>
        <source>The draw is stored</source>
        <translation>抽查结果已保存</translation>
    </message>
    <message>
        <source>&amp;Print the record…</source>
        <translation>打印抽查记录(&amp;P)…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>保存为 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>Save as &amp;JSON…</source>
        <translation>保存为 JSON(&amp;J)…</translation>
    </message>
    <message>
        <source>The draw cannot be made: %1</source>
        <translation>无法抽查：%1</translation>
    </message>
    <message>
        <source>Seed %1: %2 of %3 units in scope drawn (%4 rounded up), %5 more added because the draw missed their field: %6 units and %7 of %8 standards in all; %9 of %10 lower bureaus.</source>
        <translation>随机种子 %1：从检查范围内 %3 家单位中随机抽取 %2 家（%4，向上取整），因随机抽取未覆盖其专业领域增补 %5 家：共 %6 家单位，计量标准 %7 项（共 %8 项）；下级市场监管部门 %9 个（共 %10 个）。</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Why in the sample</source>
        <translation>抽中方式</translation>
    </message>
    <message>
        <source>Standards to inspect</source>
        <translation>待检查的计量标准</translation>
    </message>
    <message>
        <source>drawn</source>
        <translation>随机抽取</translation>
    </message>
    <message>
        <source>added: the draw missed the field %1</source>
        <translation>增补：随机抽取未覆盖专业领域 %1</translation>
    </message>
    <message>
        <source>Lower bureaus whose examination work is inspected:</source>
        <translation>检查其计量标准考核工作的下级市场监管部门：</translation>
    </message>
    <message>
        <source>The draw was not stored</source>
        <translation>抽查结果未保存</translation>
    </message>
    <message>
        <source>The draw %1 is stored in the workspace with the SHA-256 %2.

Print the record for the signatures of whoever drew and witnessed it, and save it as JSON for publication: anyone can re-derive the draw from it (metinspect-cli sample verify).</source>
        <translation>抽查 %1 已保存到工作区，SHA-256 为 %2。

请打印抽查记录供抽取人和见证人签字，并保存为 JSON 以便公开：任何人都可以据此重新推算抽查结果（metinspect-cli sample verify）。</translation>
    </message>
    <message>
        <source>Standards &amp;per field of a sampled unit:</source>
        <translation>抽中单位每个专业领域的计量标准数(&amp;P)：</translation>
    </message>
    <message>
        <source>Reason for drawing a&amp;gain:</source>
        <translation>重新抽取的原因(&amp;G)：</translation>
    </message>
</context>
<context>
    <name>ui::SelfInspectionModel</name>
    <message>
        <source>Unit or bureau</source>
        <translation>单位或市场监管部门</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Credit or region code</source>
        <translation>统一社会信用代码或区划代码</translation>
    </message>
    <message>
        <source>Standards</source>
        <translation>计量标准数</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>收到日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>材料</translation>
    </message>
    <message numerus="yes">
        <source>missing, %n day(s) overdue</source>
        <translation>
            <numerusform>未报送，已逾期 %n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>missing, due in %n day(s)</source>
        <translation>
            <numerusform>未报送，%n 天后截止</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Remind %1: the self-inspection report was due on %2</source>
        <translation>请催报 %1：自查材料应于 %2 前报送</translation>
    </message>
</context>
<context>
    <name>ui::SelfInspectionTab</name>
    <message>
        <source>All reports</source>
        <translation>全部自查材料</translation>
    </message>
    <message>
        <source>&amp;Record received…</source>
        <translation>登记收到(&amp;R)…</translation>
    </message>
    <message>
        <source>Record the selected unit&apos;s or bureau&apos;s self-inspection report as received (Enter)</source>
        <translation>登记所选单位或部门的自查材料已收到（回车）</translation>
    </message>
    <message>
        <source>&amp;Copy reminder list</source>
        <translation>复制催报名单(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the overdue units and bureaus with their contacts, for the phone round</source>
        <translation>复制已逾期未报送的单位和部门及联系人，便于电话催报</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>%1 截止</translation>
    </message>
    <message>
        <source>Units: %1 on time, %2 late, %3 missing. Lower bureaus: %4 on time, %5 late, %6 missing.</source>
        <translation>建标单位：按时 %1 份，逾期 %2 份，未报送 %3 份。下级市场监管部门：按时 %4 份，逾期 %5 份，未报送 %6 份。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source> …</source>
        <translation> 等</translation>
    </message>
    <message numerus="yes">
        <source>Reminder: %n report(s) past the due day are missing: %1</source>
        <translation>
            <numerusform>催报：已过截止日期仍未报送 %n 份：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Record received</source>
        <translation>登记收到</translation>
    </message>
    <message>
        <source>Select the unit or bureau whose report arrived.</source>
        <translation>请选择已报送自查材料的单位或部门。</translation>
    </message>
</context>
<context>
    <name>ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>The new language is used the next time MetInspect starts.</source>
        <translation>新的语言将在下次启动 MetInspect 时生效。</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>界面</translation>
    </message>
    <message>
        <source>This workstation&apos;s bureau</source>
        <translation>本工作站所属局</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>工作区</translation>
    </message>
    <message>
        <source>&amp;Open at start:</source>
        <translation>启动时打开(&amp;O)：</translation>
    </message>
    <message>
        <source>Choose the workspace to open at start.</source>
        <translation>请选择启动时打开的工作区。</translation>
    </message>
    <message>
        <source>The bureau cannot be saved: %1</source>
        <translation>无法保存本局信息：%1</translation>
    </message>
</context>
<context>
    <name>ui::SignDialog</name>
    <message>
        <source>Sign the inspection table — revision %1</source>
        <translation>在检查表上签字 — 第 %1 版</translation>
    </message>
    <message>
        <source>All %1 items are answered and every problem has its finding.</source>
        <translation>全部 %1 个项目均已回答，每个问题都有检查发现。</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>未回答</translation>
    </message>
    <message>
        <source>Key items:</source>
        <translation>重点检查项目：</translation>
    </message>
    <message>
        <source>Completeness check</source>
        <translation>完整性检查</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>签字人</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>签名</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>&amp;Sign and freeze</source>
        <translation>签字并封存(&amp;S)</translation>
    </message>
    <message>
        <source>Signing freezes revision %1: every later change is an amendment with a reason, signed again.</source>
        <translation>签字将封存第 %1 版：此后任何修改都须说明原因进行修订，并重新签字。</translation>
    </message>
    <message>
        <source>Complete the checklist before signing.</source>
        <translation>请先填写完整检查表再签字。</translation>
    </message>
    <message>
        <source>Login name / password</source>
        <translation>登录名 / 密码</translation>
    </message>
    <message>
        <source>An electronic signature: each inspector enters their own password; an inspector enters theirs to witness the inspected side&apos;s signature.</source>
        <translation>电子签名：每位检查人员输入本人密码；被检查方签字由一名检查人员输入本人密码见证。</translation>
    </message>
    <message>
        <source>Witnessing inspector</source>
        <translation>见证的检查人员</translation>
    </message>
    <message>
        <source>Login name</source>
        <translation>登录名</translation>
    </message>
    <message>
        <source>Login name of the witnessing inspector</source>
        <translation>见证检查人员的登录名</translation>
    </message>
    <message>
        <source>Login name of %1</source>
        <translation>%1 的登录名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Password for the signature of %1</source>
        <translation>%1 签字的密码</translation>
    </message>
    <message>
        <source>Signature of %1: %2</source>
        <translation>%1 的签字：%2</translation>
    </message>
</context>
<context>
    <name>ui::SignaturePad</name>
    <message>
        <source>Sign here with the mouse, a pen or a finger</source>
        <translation>请用鼠标、手写笔或手指在此签名</translation>
    </message>
    <message>
        <source>Signature pad</source>
        <translation>签名板</translation>
    </message>
    <message>
        <source>Sign here</source>
        <translation>请在此签名</translation>
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
    <message>
        <source>Search measurement standards</source>
        <translation>搜索计量标准</translation>
    </message>
    <message>
        <source>Measurement standards</source>
        <translation>计量标准</translation>
    </message>
    <message>
        <source>Details of the selected measurement standard</source>
        <translation>所选计量标准的详细信息</translation>
    </message>
    <message>
        <source>Expiring within days</source>
        <translation>多少天内到期</translation>
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
    <name>ui::TeamDialog</name>
    <message>
        <source>Inspection team</source>
        <translation>检查组</translation>
    </message>
</context>
<context>
    <name>ui::TeamDrawDialog</name>
    <message>
        <source>Draw the inspection teams</source>
        <translation>抽取检查组</translation>
    </message>
    <message>
        <source>e.g. a number drawn at the meeting</source>
        <translation>例如会上摇出的号码</translation>
    </message>
    <message>
        <source>&amp;Random seed</source>
        <translation>随机生成种子(&amp;R)</translation>
    </message>
    <message>
        <source>Also draw an assessor (考评员) for each team</source>
        <translation>同时为每个检查组抽取一名考评员</translation>
    </message>
    <message>
        <source>&amp;Seed:</source>
        <translation>随机种子(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Inspectors per team:</source>
        <translation>每组检查人员(&amp;I)：</translation>
    </message>
    <message>
        <source>Teams are drawn for the plan entries without a team, from the active inspectors of the organising bureau, leaving out anyone with a declared conflict of interest with the unit. The same seed gives the same teams.</source>
        <translation>为尚未组队的计划条目抽取检查组：从组织检查部门的在岗检查人员中抽取，不包括已申报对该单位回避的人员。相同的随机种子得到相同的检查组。</translation>
    </message>
</context>
<context>
    <name>ui::TeamEditor</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Position or office</source>
        <translation>职务或单位</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Add &amp;member</source>
        <translation>添加成员(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Remove member</source>
        <translation>删除成员(&amp;R)</translation>
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
    <message>
        <source>Search standard holders</source>
        <translation>搜索建标单位</translation>
    </message>
    <message>
        <source>Standard holders</source>
        <translation>建标单位</translation>
    </message>
    <message>
        <source>Details of the selected standard holder</source>
        <translation>所选建标单位的详细信息</translation>
    </message>
</context>
<context>
    <name>ui::VerificationPage</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>授权证书编号</translation>
    </message>
    <message>
        <source>Valid to / published</source>
        <translation>有效期至/公示日期</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>名录(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation>截至日期(&amp;A)：</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Obligation</source>
        <translation>义务事项</translation>
    </message>
    <message>
        <source>For</source>
        <translation>所属期</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>办结日期</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>办结依据</translation>
    </message>
    <message>
        <source>&amp;Obligations calendar</source>
        <translation>义务日历(&amp;O)</translation>
    </message>
    <message>
        <source> (late)</source>
        <translation>（逾期）</translation>
    </message>
    <message>
        <source>%1 institutions; %2 obligations overdue, %3 due within 30 days</source>
        <translation>共 %1 家机构；%2 项义务逾期，%3 项 30 天内到期</translation>
    </message>
    <message>
        <source>&amp;Inspect…</source>
        <translation>监督检查(&amp;I)…</translation>
    </message>
    <message>
        <source>A supervision inspection of the chosen body on its checklist</source>
        <translation>按检查表对所选机构开展现场监督检查</translation>
    </message>
    <message>
        <source>&amp;Declared items…</source>
        <translation>声明项目(&amp;D)…</translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation>撤销(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Publish revoked list…</source>
        <translation>发布撤销名单(&amp;P)…</translation>
    </message>
    <message>
        <source>List of revoked verification bodies</source>
        <translation>被撤销计量授权（承诺）机构名单</translation>
    </message>
    <message>
        <source>revoked-bodies.xlsx</source>
        <translation>撤销名单.xlsx</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv);;PDF (*.pdf)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV (*.csv);;PDF (*.pdf)</translation>
    </message>
    <message>
        <source>&amp;Record evidence…</source>
        <translation>记录完成情况(&amp;R)…</translation>
    </message>
    <message>
        <source>Record the day the chosen obligation was met and the evidence</source>
        <translation>记录所选义务的完成日期和证据</translation>
    </message>
    <message>
        <source>Re-&amp;verification</source>
        <translation>复核检定(&amp;V)</translation>
    </message>
    <message>
        <source>Cannot revoke</source>
        <translation>无法撤销</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>截至 %1</translation>
    </message>
    <message>
        <source>Cannot write the list</source>
        <translation>无法写入名单</translation>
    </message>
    <message>
        <source>Cannot record the evidence</source>
        <translation>无法记录证据</translation>
    </message>
</context>
<context>
    <name>ui::WorkspaceField</name>
    <message>
        <source>A .metinspect file, or postgresql://user@host/database</source>
        <translation>.metinspect 文件，或 postgresql://用户@主机/数据库</translation>
    </message>
    <message>
        <source>Workspace location</source>
        <translation>工作区位置</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Choose the workspace file</source>
        <translation>选择工作区文件</translation>
    </message>
    <message>
        <source>MetInspect workspaces (*.metinspect);;All files (*)</source>
        <translation>MetInspect 工作区 (*.metinspect);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Workspace file</source>
        <translation>工作区文件</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>打开工作区</translation>
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
