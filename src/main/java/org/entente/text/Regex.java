package org.entente.text;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * {@link String#matches} without compiling its pattern on every call: the coder's rules test words against the
 * same few dozen patterns millions of times on an archive, and compiling them was a sixth of its time. Most of
 * those patterns are a handful of words ("did|do|does", "follow(ed|s)?|following"), a run of letters with an
 * ending ("[a-z]+(ed|ing)") or an ending after anything (".*(junta|military)-?(led|ruled|run)"): those are read
 * once into a set of words and answered by lookups, which cost a fraction of a matcher; any other is a
 * {@link Pattern}.
 */
public final class Regex {
  private static final Map<String, Predicate<String>> COMPILED = new ConcurrentHashMap<>();
  /** More words than this and a pattern stays a {@link Pattern}. */
  private static final int MAX_WORDS = 4096;

  private Regex() {}

  /** Whether the whole of {@code text} matches {@code regex}, as {@code text.matches(regex)}. */
  public static boolean matches(String text, String regex) {
    Compiled c = RECENT[System.identityHashCode(regex) & (RECENT.length - 1)];
    if (c == null || c.regex() != regex) c = compiled(regex);
    return c.test().test(text);
  }

  /**
   * The patterns last used, by the identity of their string: a pattern written in the code is one constant
   * string, found here with one probe and no {@code equals}; a call site costs the compiler less than the map's
   * lookup inlined into each. A slot lost to another pattern, or a pattern made at run time, goes to the map.
   */
  private static final Compiled[] RECENT = new Compiled[1 << 10];

  private record Compiled(String regex, Predicate<String> test) {}

  private static Compiled compiled(String regex) {
    Compiled c = new Compiled(regex, COMPILED.computeIfAbsent(regex, Regex::compile));
    RECENT[System.identityHashCode(regex) & (RECENT.length - 1)] = c;
    return c;
  }

  static Predicate<String> compile(String regex) {
    Pattern pattern = Pattern.compile(regex);
    Predicate<String> general = t -> pattern.matcher(t).matches();
    Set<String> words = new Reader(regex, 0).whole();
    if (words != null) return WordSet.copyOf(words)::has;
    if (regex.startsWith(".*")) {
      Set<String> endings = new Reader(regex, 2).wholeSequence();
      // '.' stops at a line break: a text with one is left to the pattern
      if (endings != null) return t -> hasLineBreak(t) ? general.test(t) : endsWithOne(t, endings, null);
    }
    Run run = Run.read(regex);
    if (run != null) return t -> endsWithOne(t, run.endings(), run);
    return general;
  }

  private static boolean hasLineBreak(String t) {
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') return true;
    }
    return false;
  }

  /** Whether {@code t} ends with one of {@code endings} and what is before it is a {@code run} (anything if null). */
  private static boolean endsWithOne(String t, Set<String> endings, Run run) {
    for (String e : endings) {
      if (t.endsWith(e) && (run == null || run.matches(t, t.length() - e.length()))) return true;
    }
    return false;
  }

  /**
   * "[a-z][a-z-]*", "[a-z]+(s|ed)", "\d[\d,.]*": one optional character of {@code first}, then characters of
   * {@code repeated} (at least one if {@code plus}), then one of a set of endings.
   */
  private record Run(Set<Character> first, Set<Character> repeated, boolean plus, Set<String> endings) {
    static Run read(String regex) {
      Reader r = new Reader(regex, 0);
      Set<Character> a = r.oneChar();
      if (a == null) return null;
      Set<Character> first = null;
      Set<Character> repeated;
      if (r.at('+') || r.at('*')) {
        repeated = a;
      } else {
        first = a;
        repeated = r.oneChar();
        if (repeated == null || !(r.at('+') || r.at('*'))) return null;
      }
      boolean plus = r.regex.charAt(r.pos) == '+';
      r.pos++;
      Set<String> endings = r.wholeSequence();
      return endings == null ? null : new Run(first, repeated, plus, endings);
    }

    /** Whether t[0, end) is this run. */
    boolean matches(String t, int end) {
      int k = 0;
      if (first != null) {
        if (end < 1 || !first.contains(t.charAt(0))) return false;
        k = 1;
      }
      if (plus && end - k < 1) return false;
      for (; k < end; k++) if (!repeated.contains(t.charAt(k))) return false;
      return true;
    }
  }

  /**
   * Reads a pattern of a finite language: letters, digits and other plain characters, escaped punctuation,
   * "\d", classes of characters and ranges, groups with alternatives, "?" and "{m,n}". Gives null for anything
   * else.
   */
  private static final class Reader {
    final String regex;
    int pos;

    Reader(String regex, int pos) {
      this.regex = regex;
      this.pos = pos;
    }

    boolean at(char c) { return pos < regex.length() && regex.charAt(pos) == c; }

    /** The words of the rest of the pattern, or null. */
    Set<String> whole() {
      Set<String> words = alternatives();
      return words != null && pos == regex.length() ? words : null;
    }

    /** The words of the rest of the pattern if it has no alternatives of its own ("a|b" after ".*" is not one). */
    Set<String> wholeSequence() {
      Set<String> words = sequence();
      return words != null && pos == regex.length() ? words : null;
    }

    private Set<String> alternatives() {
      Set<String> out = sequence();
      while (out != null && at('|')) {
        pos++;
        Set<String> more = sequence();
        if (more == null) return null;
        out.addAll(more);
        if (out.size() > MAX_WORDS) return null;
      }
      return out;
    }

    private Set<String> sequence() {
      Set<String> out = new HashSet<>(Set.of(""));
      while (pos < regex.length() && !at('|') && !at(')')) {
        Set<String> atom = atom();
        if (atom == null) return null;
        if (at('?')) {
          pos++;
          atom.add("");
        } else if (at('{')) {
          atom = repeat(atom);
          if (atom == null) return null;
        }
        if (at('*') || at('+') || at('?') || at('{')) return null;
        Set<String> joined = new HashSet<>();
        for (String a : out) for (String b : atom) joined.add(a + b);
        if (joined.size() > MAX_WORDS) return null;
        out = joined;
      }
      return out;
    }

    /** "{m}" or "{m,n}" after an atom. */
    private Set<String> repeat(Set<String> atom) {
      int close = regex.indexOf('}', pos);
      if (close < 0) return null;
      String[] bounds = regex.substring(pos + 1, close).split(",", -1);
      int min;
      int max;
      try {
        min = Integer.parseInt(bounds[0]);
        max = bounds.length == 1 ? min : Integer.parseInt(bounds[1]);
      } catch (NumberFormatException e) {
        return null;
      }
      if (bounds.length > 2 || min < 0 || max < min || max > 8) return null;
      pos = close + 1;
      Set<String> out = new HashSet<>();
      Set<String> current = new HashSet<>(Set.of(""));
      for (int n = 0; n <= max; n++) {
        if (n >= min) out.addAll(current);
        if (n == max) break;
        Set<String> next = new HashSet<>();
        for (String a : current) for (String b : atom) next.add(a + b);
        if (next.size() > MAX_WORDS) return null;
        current = next;
      }
      return out;
    }

    private Set<String> atom() {
      if (at('(')) {
        pos++;
        if (regex.startsWith("?:", pos)) pos += 2;
        else if (at('?')) return null;
        Set<String> inner = alternatives();
        if (inner == null || !at(')')) return null;
        pos++;
        return inner;
      }
      Set<Character> one = oneChar();
      if (one == null) return null;
      Set<String> out = new HashSet<>();
      for (char c : one) out.add(String.valueOf(c));
      return out;
    }

    /** One character: plain, escaped punctuation, "\d" or a class such as "[a-z-]"; null for anything else. */
    Set<Character> oneChar() {
      if (pos >= regex.length()) return null;
      char c = regex.charAt(pos);
      if (c == '[') {
        pos++;
        Set<Character> out = new HashSet<>();
        if (at('^')) return null;
        boolean first = true;
        while (pos < regex.length() && !(at(']') && !first)) {
          first = false;
          char from = regex.charAt(pos);
          if (from == '\\') {
            Set<Character> escaped = escaped();
            if (escaped == null) return null;
            out.addAll(escaped);
            continue;
          }
          if (from == '[' || from == '&' || from == ']') return null;
          pos++;
          if (at('-') && pos + 1 < regex.length() && regex.charAt(pos + 1) != ']') {
            char to = regex.charAt(pos + 1);
            if (to == '\\' || to == '[' || to < from) return null;
            for (char x = from; x <= to; x++) out.add(x);
            pos += 2;
          } else {
            out.add(from);
          }
        }
        if (!at(']')) return null;
        pos++;
        return out;
      }
      if (c == '\\') return escaped();
      if (".*+?{}()[]|^$".indexOf(c) >= 0) return null;
      pos++;
      return Set.of(c);
    }

    /** "\d", or a backslash before punctuation, which stands for itself. */
    private Set<Character> escaped() {
      if (pos + 1 >= regex.length()) return null;
      char e = regex.charAt(pos + 1);
      pos += 2;
      if (e == 'd') {
        Set<Character> digits = new HashSet<>();
        for (char x = '0'; x <= '9'; x++) digits.add(x);
        return digits;
      }
      if (e < 128 && !Character.isLetterOrDigit(e)) return Set.of(e);
      return null;
    }
  }

  /** The words of the patterns that are sets of words, for tests. */
  static List<String> kinds(List<String> regexes) {
    List<String> out = new ArrayList<>();
    for (String r : regexes) {
      Set<String> w = new Reader(r, 0).whole();
      out.add(w != null ? "words" : r.startsWith(".*") && new Reader(r, 2).wholeSequence() != null ? "ending"
          : Run.read(r) != null ? "run" : "pattern");
    }
    return out;
  }
}
