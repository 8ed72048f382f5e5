#!/usr/bin/env bash
# `editio names` with an empty personography lists at least 90% of the persons
# the sample corpus mentions (a person counts as listed when a word of one of
# its gold forms is among the listed forms); with the personography, it lists
# no mention the matcher already links. Names a place or institution word goes
# with are listed apart; capitalized common words at sentence starts are left
# out by Debian's Hunspell dictionaries, and a missing one is said once.
source "$(dirname "$0")/lib.sh"
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
cp -r "$SRC/sources/texts" "$work/"
grep -vE '^(personography|editorial) ' "$SRC/sources/manifest.toml" > "$work/manifest.toml"
"$EDITIO" names --sources "$work" > "$work/names.txt"
check "names: exit 0 and a ranked list" grep -q '^# Names the personography does not know' "$work/names.txt"
check "names: each name with file:line:column" grep -qE $'^\t.*texts/[a-z0-9-]+\\.txt:[0-9]+:[0-9]+' "$work/names.txt"
check "names: inflected forms grouped (Смирнов...)" grep -qE $'^[0-9]+\t[^\t]+\t\\(.*Смирнова ×' "$work/names.txt"
check "names: at least 90% of the persons listed" python3 - "$SRC/tests/data/persons-gold.tsv" "$work/names.txt" <<'PY'
import collections, sys
gold = collections.defaultdict(set)
for l in open(sys.argv[1], encoding="utf-8"):
    if l.startswith("#") or not l.strip():
        continue
    d, ln, s, p = l.rstrip("\n").split("\t")
    gold[p].add(s)
forms = set()
for l in open(sys.argv[2], encoding="utf-8"):
    if l.startswith(("\t", "#")) or not l.strip():
        continue
    parts = l.rstrip("\n").split("\t")
    forms.add(parts[1])
    if len(parts) > 2:
        forms.update(f.rsplit(" ×", 1)[0] for f in parts[2].strip("()").split(", "))
words = {w for f in forms for w in f.replace(".", " ").split()}
listed = [p for p, ss in gold.items() if any(w in words for s in ss for w in s.replace(".", " ").split() if len(w) > 2)]
print(f"{len(listed)} of {len(gold)} persons listed")
sys.exit(0 if len(listed) >= 0.9 * len(gold) else 1)
PY
check "names: places listed apart (Nikitskaya Street)" bash -c "sed -n '/^# Places (/,/^# Organisations (/p' '$work/names.txt' | grep -qE $'^[0-9]+\tNikitskaya Street'"
check "names: organisations listed apart (Central Committee), not as persons" bash -c \
  "sed -n '/^# Organisations (/,\$p' '$work/names.txt' | grep -qE $'^[0-9]+\tCentral Committee' && ! grep -qE $'^[0-9]+\tCentral Committee' <(sed -n '1,/^# Places (/p' '$work/names.txt')"
check "names: the last line counts what was left out, by which dictionaries" \
  grep -qE '^# Left out [1-9][0-9]* sentence-initial common words \(Hunspell en_US, ru_RU\) and [0-9]+ words the texts also write in lower case$' <(tail -n 1 "$work/names.txt")
mkdir -p "$work/no-dictionaries"
EDITIO_HUNSPELL_DIR="$work/no-dictionaries" "$EDITIO" names --sources "$work" > "$work/plain.txt" 2> "$work/plain.log"
check "names without dictionaries: one line per language says what to install" \
  test "$(grep -c "no Hunspell dictionary for 'ru' in $work/no-dictionaries; sentence-initial words are kept" "$work/plain.log")" = 1
check "names without dictionaries: more candidates, none left out as sentence-initial" bash -c \
  "grep -q '^# Left out 0 sentence-initial' '$work/plain.txt' && [ \$(grep -c $'^[0-9]' '$work/plain.txt') -gt \$(grep -c $'^[0-9]' '$work/names.txt') ]"
"$EDITIO" names --sources "$SRC/sources" > "$work/known.txt"
check "names with the personography: Smirnov is known, not listed" bash -c "! grep -qE $'^[0-9]+\tСмирнов' '$work/known.txt'"
check "names with the personography: a section of unused entries" grep -q '^# Personography entries that no document mentions' "$work/known.txt"
finish
