# English nouns whose first (most frequent) WordNet sense is an animal: a hyponym of animal, animate being
# (synset 00015568 of WordNet 3.1), through hypernyms and instance hypernyms. Viruses and bacteria are not
# animals there, nor are people, only the species (human). Used to build
# src/main/resources/org/hamgam/glossary/animals-en.txt.gz (see the README there):
#   awk -f tools/wordnet-animals.awk data.noun index.noun
# pass 1 (data.noun): hypernym edges, child -> parents ("@" and "@i")
FNR == NR {
  if ($0 ~ /^  /) next
  off = $1; w = hex($4); i = 5 + 2 * w; p = $i; i++
  for (k = 0; k < p; k++) { sym = $i; tgt = $(i + 1); pos = $(i + 2); i += 4
    if ((sym == "@" || sym == "@i") && pos == "n") parents[off] = parents[off] " " tgt }
  next
}
# pass 2 (index.noun): a lemma whose first sense lies under animal (00015568)
{
  if ($0 ~ /^  /) next
  lemma = $1; pc = $4; first = $(7 + pc)
  if (under(first)) { gsub(/_/, " ", lemma); print lemma }
}
function under(s,    n, a, k, r) {
  if (s in memo) return memo[s]
  if (s == "00015568") return memo[s] = 1
  memo[s] = 0; n = split(parents[s], a, " "); r = 0
  for (k = 1; k <= n; k++) if (under(a[k])) { r = 1; break }
  return memo[s] = r
}
function hex(h,    v, k, c) { v = 0; h = tolower(h)
  for (k = 1; k <= length(h); k++) { c = index("0123456789abcdef", substr(h, k, 1)) - 1; v = v * 16 + c }
  return v }
