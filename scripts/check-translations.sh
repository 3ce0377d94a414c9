#!/usr/bin/env bash
# Checks the translations against the sources: lupdate is run into temporary copies of the .ts files, and
# the check fails when a message of metinspect_zh_CN.ts is unfinished or empty, when a translation's
# placeholders (%1…%99, %L1, %n) differ from its source's, when an English plural form is missing, or when
# lrelease cannot compile a file. The .ts files in translations/ are not changed.
# Refresh them with: cmake --build <build dir> --target update_translations   (metinspect_zh_CN.ts)
#                    /usr/lib/qt6/bin/lupdate -no-obsolete -locations none -pluralonly core print ui app \
#                        -ts translations/metinspect_en.ts                      (English plural forms)
# Usage: scripts/check-translations.sh   (QT_BIN overrides /usr/lib/qt6/bin)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

QT_BIN=${QT_BIN:-/usr/lib/qt6/bin}
LUPDATE=$QT_BIN/lupdate
LRELEASE=$QT_BIN/lrelease
for tool in "$LUPDATE" "$LRELEASE"; do
    if [[ ! -x "$tool" ]]; then
        printf '找不到 / not found: %s (install qt6-l10n-tools)\n' "$tool" >&2
        exit 1
    fi
done

tmp=$(mktemp -d)
trap 'rm -rf -- "$tmp"' EXIT

zh_ts=translations/metinspect_zh_CN.ts
en_ts=translations/metinspect_en.ts
cp -- "$zh_ts" "$tmp/metinspect_zh_CN.ts"
cp -- "$en_ts" "$tmp/metinspect_en.ts"

# The same options as the update_translations target (translations/CMakeLists.txt).
if ! "$LUPDATE" -no-obsolete -locations none core print ui app -ts "$tmp/metinspect_zh_CN.ts" >"$tmp/lupdate.log" 2>&1 ||
    ! "$LUPDATE" -no-obsolete -locations none -pluralonly core print ui app -ts "$tmp/metinspect_en.ts" \
        >>"$tmp/lupdate.log" 2>&1; then
    cat "$tmp/lupdate.log" >&2
    printf 'lupdate 失败 / lupdate failed\n' >&2
    exit 1
fi
# A tr() that lupdate files under another class than the code uses at run time is never translated.
grep -F 'lacks Q_OBJECT macro' "$tmp/lupdate.log" | sort -u | sed 's/^/note: lupdate: /' >&2 || true

# Perl (always present on Debian) reads the canonical .ts layout lupdate writes.
check_ts() {
    perl -e '
        use strict; use warnings;
        my ($file, $shown) = @ARGV;
        open(my $fh, "<:raw", $file) or die "cannot read $file: $!\n";
        local $/; my $xml = <$fh>; close $fh;
        sub plain { my $s = shift; $s =~ s/&lt;/</g; $s =~ s/&gt;/>/g; $s =~ s/&apos;/\x27/g;
                    $s =~ s/&quot;/"/g; $s =~ s/&amp;/&/g; $s =~ s/\n/\\n/g; return $s; }
        sub marks { my @m = ($_[0] =~ /(%L?[0-9]+|%n)/g); return join(" ", sort @m); }
        my ($messages, $problems) = (0, 0);
        while ($xml =~ m{<context>\s*<name>(.*?)</name>(.*?)</context>}gs) {
            my ($context, $body) = (plain($1), $2);
            while ($body =~ m{<message([^>]*)>(.*?)</message>}gs) {
                my ($mattr, $m) = ($1, $2);
                next unless $m =~ m{<source>(.*?)</source>}s;
                my $source = $1;
                my ($tattr, $t) = ("", "");
                if ($m =~ m{<translation([^>]*?)/>}s) { $tattr = $1; }
                elsif ($m =~ m{<translation([^>]*)>(.*?)</translation>}s) { ($tattr, $t) = ($1, $2); }
                next if $tattr =~ /type="(?:vanished|obsolete)"/;
                $messages++;
                my $where = "$shown: [$context] \"" . plain($source) . "\"";
                my @forms;
                if ($mattr =~ /numerus="yes"/) {
                    while ($t =~ m{<numerusform[^>]*?/>|<numerusform[^>]*>(.*?)</numerusform>}gs) {
                        push @forms, defined $1 ? $1 : "";
                    }
                    @forms = ("") unless @forms;
                } else {
                    @forms = ($t);
                }
                if ($tattr =~ /type="unfinished"/) {
                    print "$where: unfinished\n"; $problems++; next;
                }
                if (grep { $_ =~ /^\s*$/ } @forms) {
                    print "$where: empty translation\n"; $problems++; next;
                }
                for my $f (@forms) {
                    next if marks($f) eq marks($source);
                    print "$where: placeholders {" . marks($source) . "} but the translation \"" . plain($f)
                        . "\" has {" . marks($f) . "}\n";
                    $problems++;
                }
            }
        }
        print STDERR "$shown: $messages messages, $problems problems\n";
        exit($problems ? 1 : 0);
    ' "$1" "$2"
}

failed=0
check_ts "$tmp/metinspect_zh_CN.ts" "$zh_ts" || failed=1
check_ts "$tmp/metinspect_en.ts" "$en_ts" || failed=1

for ts in "$zh_ts" "$en_ts"; do
    if ! "$LRELEASE" "$ts" -qm "$tmp/$(basename "$ts" .ts).qm" >"$tmp/lrelease.log" 2>&1; then
        cat "$tmp/lrelease.log" >&2
        printf 'lrelease 无法编译 / lrelease cannot compile %s\n' "$ts" >&2
        failed=1
    fi
done

if ((failed)); then
    printf '翻译不完整 / translations incomplete: translate the messages above in %s\n' "$zh_ts" >&2
    printf '(refresh the .ts files first: cmake --build <build dir> --target update_translations; for %s\n' "$en_ts" >&2
    printf ' %s -no-obsolete -locations none -pluralonly core print ui app -ts %s)\n' "$LUPDATE" "$en_ts" >&2
    exit 1
fi
printf '翻译完整 / translations complete\n'
