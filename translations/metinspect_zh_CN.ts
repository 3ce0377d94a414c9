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
    <name>core::ExportSchedules</name>
    <message>
        <source>the monthly export for %1 is due by %2</source>
        <translation>%1的月度报送应于%2前完成</translation>
    </message>
    <message>
        <source>a campaign phase ended on %1: an export is due by %2</source>
        <translation>专项检查阶段已于%1结束：应于%2前报送</translation>
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
