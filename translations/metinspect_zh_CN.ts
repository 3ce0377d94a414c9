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
        <source>measure the performance goals of an area (registry, …)</source>
        <translation>测量某个领域的性能目标（registry 等）</translation>
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
        <source>active</source>
        <translation>启用</translation>
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
        <source>role</source>
        <translation>角色</translation>
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
    <name>core::Backup</name>
    <message>
        <source>a PostgreSQL workspace is backed up on its server: use pg_dump (for example pg_dump -Fc -n SCHEMA -f metinspect.dump DATABASE) and pg_restore; the attached files folder is copied separately</source>
        <translation>PostgreSQL 工作区在其服务器上备份：请使用 pg_dump（例如 pg_dump -Fc -n SCHEMA -f metinspect.dump DATABASE）和 pg_restore；附件文件夹需另行复制</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1失败：%2</translation>
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
        <translation>角色</translation>
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
    <message>
        <source>Not verified yet: press Verify the chain.</source>
        <translation>尚未验证：请点击“验证审计链”。</translation>
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
