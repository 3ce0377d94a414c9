<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
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
        <source>measure an area (registry, history) against its performance goals</source>
        <translation>测量某一业务领域（registry 台账、history 履历书）是否达到性能目标</translation>
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
        <source>Date</source>
        <translation>日期</translation>
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
        <source>Standard</source>
        <translation>计量标准</translation>
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
        <translation>超期</translation>
    </message>
    <message>
        <source>due</source>
        <translation>到期</translation>
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
        <translation>未知规模“%1”</translation>
    </message>
    <message>
        <source>generating the %1 demo workspace in %2 ...</source>
        <translation>正在 %2 中生成 %1 演示工作区 ……</translation>
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
        <translation>，</translation>
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
        <translation>，</translation>
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
        <source>storing a record in %1</source>
        <translation>在 %1 中保存记录</translation>
    </message>
    <message>
        <source>recording the history log was cancelled; nothing was stored</source>
        <translation>履历书的记录已取消；未保存任何内容</translation>
    </message>
    <message>
        <source>give a certificate number, an institution or a serial number</source>
        <translation>请给出证书编号、机构或出厂编号</translation>
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
        <translation>名称</translation>
    </message>
    <message>
        <source>Certificate no.</source>
        <translation>证书编号</translation>
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
        <source>&amp;Remove entry…</source>
        <translation>删除记录(&amp;R)…</translation>
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
        <source>History &amp;log</source>
        <translation>履历书(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Due and overdue</source>
        <translation>到期与超期(&amp;D)</translation>
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
        <source>Attach a scan or file to the selected entry</source>
        <translation>为所选记录添加扫描件或文件</translation>
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
        <source>&amp;Trace back</source>
        <translation>溯源追查(&amp;T)</translation>
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
    <message>
        <source>&amp;Edit entry…</source>
        <translation>修改记录(&amp;E)…</translation>
    </message>
    <message>
        <source>Atta&amp;ch file…</source>
        <translation>添加附件(&amp;C)…</translation>
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
    <message>
        <source>&amp;History log of the standard</source>
        <translation>该计量标准的履历书(&amp;H)</translation>
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
