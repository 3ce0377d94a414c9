#!/usr/bin/env bash
# Writes the man page of metinspect-cli from its own --help texts, so it always lists every command.
# Usage: manpage.sh CLI OUTPUT [en|zh_CN]
set -euo pipefail
cli=$1
out=$2
lang=${3:-en}
export QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8
unset METINSPECT_WORKSPACE
version=$("$cli" --version | awk '{print $2}')

# Escapes text for groff: backslashes, and a leading dot or quote.
esc() { sed -e 's/\\/\\e/g' -e "s/^\\([.']\\)/\\\\\\&\\1/"; }

if [[ $lang == zh_CN ]]; then
    title="计量监督检查工作站命令行工具"
    h_synopsis="概要"; h_description="说明"; h_commands="命令"; h_env="环境变量"; h_files="文件"; h_see="参见"
    env_workspace="默认工作区的位置（SQLite 文件或 postgresql:// 地址）。"
    env_files="附件文件夹的位置。"
    files_text="默认工作区；其附件保存在同名后缀为 -files 的文件夹中。"
else
    title="command-line tool of the MetInspect measurement standards supervision workstation"
    h_synopsis="SYNOPSIS"; h_description="DESCRIPTION"; h_commands="COMMANDS"; h_env="ENVIRONMENT"; h_files="FILES"; h_see="SEE ALSO"
    env_workspace="The default workspace (an SQLite file or a postgresql:// URL)."
    env_files="The folder of attached files."
    files_text="The default workspace; its attached files are kept in the folder of the same name ending in -files."
fi

{
    printf '.TH METINSPECT-CLI 1 "" "MetInspect %s" "MetInspect"\n' "$version"
    printf '.SH NAME\nmetinspect-cli \\- %s\n' "$title"
    printf '.SH %s\n.nf\n' "$h_synopsis"
    "$cli" --lang "$lang" --help | sed -n '1p' | sed 's/^[^:：]*[:：] *//' | esc
    printf '.fi\n.SH %s\n.nf\n' "$h_description"
    "$cli" --lang "$lang" --help | sed '1,2d' | esc
    printf '.fi\n.SH %s\n' "$h_commands"
    # The command names: the indented lines between the "Commands:" heading and the next blank line.
    "$cli" --lang "$lang" --help | awk 'f && /^$/ {exit} f && /^  [a-z]/ {print $1} /^[^ ].*[:：]$/ && !f && NR > 2 {f=1}' |
        while read -r cmd; do
            printf '.SS %s\n.nf\n' "$cmd"
            "$cli" --lang "$lang" "$cmd" --help | esc
            printf '.fi\n'
        done
    printf '.SH %s\n.TP\n.B METINSPECT_WORKSPACE\n%s\n.TP\n.B METINSPECT_FILES\n%s\n' "$h_env" "$env_workspace" "$env_files"
    printf '.SH %s\n.TP\n.I ~/.local/share/MetInspect/workspace.metinspect\n%s\n' "$h_files" "$files_text"
    printf '.SH %s\n.BR metinspect (1)\n' "$h_see"
} >"$out"
