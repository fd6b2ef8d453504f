package org.entente.coding;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.entente.party.AliasKind;
import org.entente.party.PartyMention;
import org.entente.text.Grammar;
import org.entente.text.Regex;
import org.entente.text.Token;
import org.entente.text.WordSet;

/**
 * "Sudan's army chief Abdel Fattah al-Burhan … the general then travelled to Juba": news names a person once with a
 * title and later by "the" and that title alone. Such a phrase stands for the state of the person the article last
 * named with that title, when no person of another state named with it is as near. Only as the subject of a verb
 * or at a phrase's end ("the president said", "met the prime minister."), so "the general election" and "the
 * president of the commission" stay apart. Part of {@link NameStage}.
 */
final class TitleReferences {
  /** The titles news repeats after "the" for someone it has named. */
  private static final Set<String> HEADS = WordSet.of("president", "vice-president", "premier", "chancellor",
      "general", "minister", "chief", "commander");

  /** Words of an office before its title: "the foreign minister", "the army chief". */
  private static final Set<String> OFFICE_WORDS = WordSet.of("prime", "foreign", "defence", "defense", "interior",
      "finance", "army", "military", "vice", "deputy");

  /** Words that may follow a title that is the subject of a verb or ends its phrase: "the general then travelled". */
  private static final Set<String> AFTER_SUBJECT = WordSet.of("who", "then", "also", "later", "again", "himself",
      "herself", "and", "said", "says", "met", "told", "flew", "went", "made", "took", "held", "left", "gave", "spoke",
      "sent", "became", "came", "began", "saw", "won", "sat", "meets", "travels", "arrives", "tells", "flies",
      "visits", "insists", "wants", "hopes", "adds", "leaves", "holds", "did", "does", "can", "must");

  /**
   * A person named with a title: the title's words, the state and the sentence that last named the person. Kept in
   * the order last named, the most recent last.
   */
  private record Titled(String code, Set<String> words, int sentence) {}

  /** How many sentences back a titled person may have been named for "the" and the title to stand for them. */
  private static final int REACH = 3;

  List<List<PartyMention>> withTitleReferences(ArticleAnnotation article, List<List<PartyMention>> names) {
    List<Titled> titled = new ArrayList<>();
    List<List<PartyMention>> out = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      out.add(sentence(article.sentences().get(i).sentence().tokens(), names.get(i), titled, i));
    }
    return out;
  }

  /** One sentence's names with its title references, noting its titled persons in {@code titled} as it goes. */
  private static List<PartyMention> sentence(List<Token> tokens, List<PartyMention> names, List<Titled> titled,
      int index) {
    List<PartyMention> out = null;
    // the persons in the order they start, met once each as the loop passes them (it visits every token)
    List<PartyMention> persons = new ArrayList<>();
    for (PartyMention m : names) if (m.kind() == AliasKind.LEADER || m.kind() == AliasKind.OFFICIAL) persons.add(m);
    persons.sort(java.util.Comparator.comparingInt(PartyMention::from));
    int nextPerson = 0;
    for (int k = 0; k < tokens.size(); k++) {
      for (; nextPerson < persons.size() && persons.get(nextPerson).from() == k; nextPerson++) {
        PartyMention m = persons.get(nextPerson);
        named(titled, m.code(), titleWords(tokens, m), index);
      }
      int end = tokens.get(k).is("the") && !NameStage.covers(names, k) ? referenceEnd(tokens, k) : -1;
      // ("Tiani, the general who …": an apposition, not a second party)
      if (end < 0 || k > 0 && tokens.get(k - 1).is(",") && personEndsAt(names, k - 1)) continue;
      Set<String> words = new HashSet<>();
      for (int j = k + 1; j < end; j++) words.add(title(tokens.get(j)));
      // ("The minister said he had agreed with his Nigerien counterpart": with ministers of two states in reach,
      // none)
      Titled holder = null;
      boolean ambiguous = false;
      for (Titled t : titled) {
        if (!holds(t.words(), words) || index - t.sentence() > REACH) continue;
        ambiguous |= holder != null && !holder.code().equals(t.code());
        holder = t;
      }
      if (holder == null || ambiguous) continue;
      String code = holder.code();
      named(titled, code, holder.words(), index);
      if (out == null) out = new ArrayList<>(names);
      out.add(new PartyMention(k, end, code, AliasKind.OFFICIAL, Token.join(tokens, k, end)));
    }
    if (out == null) return names;
    out.sort(java.util.Comparator.comparingInt(PartyMention::from));
    return List.copyOf(out);
  }

  private static boolean personEndsAt(List<PartyMention> names, int end) {
    for (PartyMention m : names) {
      if (m.to() == end && (m.kind() == AliasKind.LEADER || m.kind() == AliasKind.OFFICIAL)) return true;
    }
    return false;
  }

  /** Words that make another office of a title: a prime minister is not "the minister". */
  private static final Set<String> OTHER_OFFICE = WordSet.of("prime", "vice", "deputy");

  /** Whether a title of {@code title}'s words is the one "the" and {@code reference} name. */
  private static boolean holds(Set<String> title, Set<String> reference) {
    if (!title.containsAll(reference)) return false;
    for (String w : OTHER_OFFICE) if (title.contains(w) && !reference.contains(w)) return false;
    return true;
  }

  /** Notes a person of {@code code} named now: with a title, as its holder; without, the state's titles as recent. */
  private static void named(List<Titled> titled, String code, Set<String> words, int sentence) {
    if (words.isEmpty()) {
      List<Titled> same = titled.stream().filter(t -> t.code().equals(code)).toList();
      titled.removeAll(same);
      for (Titled t : same) titled.add(new Titled(code, t.words(), sentence));
      return;
    }
    titled.removeIf(t -> t.code().equals(code) && t.words().equals(words));
    titled.add(new Titled(code, Set.copyOf(words), sentence));
  }

  /**
   * The title words a person's name has inside it ("President Moon Jae-in"), right before it ("Sudan's army chief
   * Abdel Fattah al-Burhan") or in an apposition after it ("Tiani, the general who …"); none for someone no longer
   * in office ("former President …").
   */
  private static Set<String> titleWords(List<Token> tokens, PartyMention m) {
    Set<String> words = new HashSet<>();
    for (int k = m.from(); k < m.to(); k++) addTitle(words, tokens.get(k));
    int k = m.from() - 1;
    for (; k >= Math.max(0, m.from() - 5); k--) {
      Token t = tokens.get(k);
      if (!titlePhraseWord(t)) break;
      addTitle(words, t);
    }
    if (k >= 0 && TitledOfficials.NOT_IN_OFFICE.contains(tokens.get(k).norm())) return Set.of();
    if (m.to() < tokens.size() && tokens.get(m.to()).is(",")) {
      for (int j = m.to() + 1; j < Math.min(tokens.size(), m.to() + 7); j++) {
        Token t = tokens.get(j);
        if (TitledOfficials.NOT_IN_OFFICE.contains(t.norm())) return Set.of();
        if (!t.is("the") && !titlePhraseWord(t)) break;
        addTitle(words, t);
      }
    }
    // an army chief is a general
    if (words.contains("army") && words.contains("chief")) words.add("general");
    return words;
  }

  /** A word of "Sudan's army chief", "Nigerian President": a title word, a capitalised word or a possessive. */
  private static boolean titlePhraseWord(Token t) {
    return HEADS.contains(title(t)) || OFFICE_WORDS.contains(t.norm())
        || Grammar.POSSESSIVE_MARKERS.contains(t.norm()) || t.isCapitalised() && !t.isPunctuation();
  }

  private static void addTitle(Set<String> words, Token t) {
    String w = title(t);
    if (HEADS.contains(w) || OFFICE_WORDS.contains(w)) words.add(w);
  }

  /** A title word as written in full: "Gen." is "general". */
  private static String title(Token t) {
    return Regex.matches(t.norm(), "gen\\.?") ? "general" : t.norm();
  }

  /**
   * The end of "the (office words) title" from "the" at {@code k} when the phrase ends there, as the subject of a
   * verb or at a clause's end, else -1.
   */
  private static int referenceEnd(List<Token> tokens, int k) {
    int j = k + 1;
    while (j < tokens.size() && OFFICE_WORDS.contains(tokens.get(j).norm())) j++;
    if (j >= tokens.size() || !HEADS.contains(tokens.get(j).norm())) return -1;
    int end = j + 1;
    if (end == tokens.size()) return end;
    Token next = tokens.get(end);
    String w = next.norm();
    // ("the president's visit", but not "the Prime Minister's Office", "the President's Special Adviser": an
    // office's name)
    boolean possessive = Grammar.POSSESSIVE_MARKERS.contains(w)
        && (end + 1 >= tokens.size() || !tokens.get(end + 1).isCapitalised());
    boolean ends = next.isPunctuation() && !next.is("-") && !Grammar.POSSESSIVE_MARKERS.contains(w) || possessive;
    boolean verb = !Grammar.POSSESSIVE_MARKERS.contains(w) && (AFTER_SUBJECT.contains(w) || Grammar.BE.contains(w)
        || Grammar.HAVE.contains(w) || Grammar.SPECULATIVE_MODALS.contains(w) || Grammar.FUTURE_MODALS.contains(w)
        || Regex.matches(w, "[a-z]+ed") && !next.isCapitalised());
    return ends || verb ? end : -1;
  }
}
