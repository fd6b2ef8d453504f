package org.entente.party;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.entente.dictionary.Dictionaries;
import org.entente.table.CsvTable;
import org.entente.text.Normalizer;
import org.entente.text.Token;

/**
 * The places gazetteer, from {@code places.csv}: regions, cities and towns inside one state ("Cabo Delgado" →
 * MOZ, "Gao" → MLI, "Agadez" → NER). A place is no party: the coder uses it only where a sentence names it as a
 * location ("deployed in Cabo Delgado", "left their base in Gao"), to supply the state that hosts the act, as a
 * country name after "in" does. Matching ignores case (the first word must be capitalised) and accents, so
 * "Menaka" finds "Ménaka".
 */
public final class Places {
  /** The kinds of place: a region (first-level or a well-known historical one), a city, a town or base. */
  public static final List<String> KINDS = List.of("region", "city", "town");

  private final Node root;
  private final int size;

  private Places(Node root, int size) {
    this.root = root;
    this.size = size;
  }

  /** A place named by tokens [from, to) of a sentence, in the state {@code code}. */
  public record Mention(int from, int to, String code, String text) {}

  public static Places load(Dictionaries files, PartyDictionary parties, Function<String, List<String>> tokenize) {
    Node root = new Node();
    Map<String, String> partyOf = new HashMap<>();
    int size = 0;
    for (CsvTable.Row row : files.table("places.csv").rows("place", "party", "kind")) {
      String place = row.get("place");
      String code = row.get("party");
      if (parties.party(code).isEmpty()) throw row.error("unknown party code '" + code + "'");
      if (parties.isOrganisation(code)) throw row.error("'" + code + "' is an organisation; a place is in a state");
      List<String> tokens = tokenize.apply(place).stream().map(Places::fold).toList();
      String key = String.join(" ", tokens);
      String before = partyOf.putIfAbsent(key, code);
      if (before != null && !before.equals(code)) {
        throw row.error("'" + place + "' is already a place of " + before + "; an ambiguous name is left out");
      }
      if (before != null) continue;
      Node node = root;
      for (String t : tokens) node = node.next.computeIfAbsent(t, k -> new Node());
      node.code = code;
      node.acronym = place.chars().anyMatch(Character::isLetter)
          && place.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
      size++;
    }
    return new Places(root, size);
  }

  /** How many places the gazetteer holds. */
  public int size() { return size; }

  /** A word as the gazetteer compares it: normal form, accents dropped ("Ménaka" as "menaka"). */
  public static String fold(String word) {
    // a token's normal form mostly comes here as it is: the same string, with no copy to make
    if (plainLowerAscii(word)) return word;
    String norm = Normalizer.norm(word);
    if (norm.chars().allMatch(c -> c < 0x80)) return norm;
    return MARKS.matcher(java.text.Normalizer.normalize(norm, java.text.Normalizer.Form.NFD)).replaceAll("");
  }

  /** Accents once decomposed, compiled once: every accented name of the gazetteer is folded at each load. */
  private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}+");

  /**
   * {@link #fold} of a token's normal form, which is mostly plain lower-case ASCII and left as it is: the rest,
   * rare in a sentence but common among the names {@link #load} folds, is not compiled into {@link #find}.
   */
  private static String foldNorm(String norm) { return plainLowerAscii(norm) ? norm : fold(norm); }

  /** ASCII with no capital and no backquote: a word {@link Normalizer#norm} and {@link #fold} leave as it is. */
  private static boolean plainLowerAscii(String word) {
    // no early return: the JIT compiler speculated on a loop exit this rare and kept recompiling find for it
    boolean plain = true;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      plain &= c < 0x80 && (c < 'A' || c > 'Z') && c != '`';
    }
    return plain;
  }

  /**
   * The places among {@code tokens}, longest first from left to right; a place starts with a capital, and a word
   * in capitals is an acronym, no place ("ABA"), unless the place is written so.
   */
  public List<Mention> find(List<Token> tokens) {
    List<Mention> found = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      int end = -1;
      String code = null;
      if (tokens.get(i).isCapitalised()) {
        Node node = root;
        for (int j = i; j < tokens.size(); j++) {
          node = node.next.get(foldNorm(tokens.get(j).norm()));
          if (node == null) break;
          // "ABA", "UFA": a word in capitals is an acronym, unless the place is written so ("NEOM")
          if (node.code != null && (node.acronym || !capitals(tokens.get(i)))) {
            end = j + 1;
            code = node.code;
          }
        }
      }
      if (code != null) {
        found.add(new Mention(i, end, code, Token.join(tokens, i, end)));
        i = end;
      } else {
        i++;
      }
    }
    return found;
  }

  private static boolean capitals(Token t) {
    String text = t.text();
    return text.chars().filter(Character::isLetter).count() > 1
        && text.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
  }

  private static final class Node {
    final Map<String, Node> next = new HashMap<>();
    String code;
    boolean acronym;
  }
}
