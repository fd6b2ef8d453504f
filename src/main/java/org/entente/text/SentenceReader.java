package org.entente.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerFactory;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;
import org.entente.article.CleanText;

/**
 * Splits cleaned text into sentences and tokens with Apache OpenNLP's English UD models. The models are shared
 * and thread-safe; the {@code *ME} tools are not, so each reader owns its own and each thread its own reader.
 */
public final class SentenceReader {
  private static final String SENTENCE_MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
  private static final String TOKEN_MODEL = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";

  /** Loaded once per process: the models are immutable and the costliest thing at start-up. */
  public record Models(SentenceModel sentences, TokenizerModel tokens) {
    public static Models load() {
      try (InputStream s = open(SENTENCE_MODEL); InputStream t = open(TOKEN_MODEL)) {
        return new Models(new SentenceModel(s), wholeWords(new TokenizerModel(t)));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot load the OpenNLP models", e);
      }
    }

    /**
     * The UD model splits some plain words it has not seen ("Itno" into "It" and "no"); a word of letters and
     * digits alone is kept whole, and only words with punctuation in them go to the model.
     */
    private static TokenizerModel wholeWords(TokenizerModel ud) {
      TokenizerFactory whole = new TokenizerFactory("en", ud.getAbbreviations(), true, null);
      return new TokenizerModel(ud.getMaxentModel(), Map.of(), whole);
    }

    private static InputStream open(String resource) throws IOException {
      InputStream in = SentenceReader.class.getResourceAsStream(resource);
      if (in == null) throw new IOException("missing model " + resource + " on the classpath");
      return in;
    }
  }

  private final SentenceDetectorME sentences;
  private final TokenizerME tokenizer;
  /** Whitespace-separated words already tokenized, or null to run the tokenizer on every word (the baseline). */
  private final WordCache words;

  /** A reader that remembers how it split recent words (see {@link WordCache}): the same tokens, sooner. */
  public SentenceReader(Models models) {
    this(models, WordCache.GENERATION);
  }

  /** @param remembered words per generation of the word cache, 0 for none */
  SentenceReader(Models models, int remembered) {
    this.sentences = new SentenceDetectorME(models.sentences());
    this.tokenizer = new TokenizerME(models.tokens());
    this.words = remembered > 0 ? new WordCache(remembered) : null;
  }

  /** A reader that runs OpenNLP's tokenizer on every word, as a bare OpenNLP pipeline would. */
  public static SentenceReader uncached(Models models) {
    return new SentenceReader(models, 0);
  }

  /** Sentences of every paragraph, numbered from 1, with offsets into the original text. */
  public List<Sentence> read(CleanText clean) {
    return read(clean, text -> true);
  }

  /**
   * As {@link #read(CleanText)}, but only sentences that {@code worthTokenizing} accepts are tokenized; the
   * others keep their place and offsets with no tokens. Tokenizing is the costliest step, and most sentences of
   * an archive name no party and no act.
   */
  public List<Sentence> read(CleanText clean, java.util.function.Predicate<String> worthTokenizing) {
    String text = clean.text();
    List<Sentence> out = new ArrayList<>();
    int paragraphStart = 0;
    int paragraphIndex = 0;
    while (paragraphStart < text.length()) {
      int paragraphEnd = text.indexOf("\n\n", paragraphStart);
      if (paragraphEnd < 0) paragraphEnd = text.length();
      String paragraph = text.substring(paragraphStart, paragraphEnd);
      for (int[] span : splitAfterNumbers(paragraph, rejoinAbbreviations(paragraph,
          sentences.sentPosDetect(paragraph)))) {
        int start = paragraphStart + span[0];
        int end = paragraphStart + span[1];
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) end--;
        while (start < end && Character.isWhitespace(text.charAt(start))) start++;
        if (start < end) out.add(sentence(out.size() + 1, paragraphIndex, start, end, clean, worthTokenizing));
      }
      paragraphStart = paragraphEnd + 2;
      paragraphIndex++;
    }
    return out;
  }

  /** "on Jan." + "28": month abbreviations before a number, and titles before a name, do not end a sentence. */
  private static final java.util.regex.Pattern MONTH_ABBREVIATION = java.util.regex.Pattern.compile(
      "\\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.$");
  private static final java.util.regex.Pattern TITLE_ABBREVIATION = java.util.regex.Pattern.compile(
      "\\b(?:Gen|Lt|Col|Capt|Maj|Sgt|Cmdr|Adm|Mr|Mrs|Ms|Dr|Prof|St|Sen|Rep|Gov|Pres|Brig|Lieut)\\.$");
  private static final java.util.regex.Pattern INITIALS = java.util.regex.Pattern.compile("\\b(?:\\p{Lu}\\.){2,}$");

  private static List<int[]> rejoinAbbreviations(String paragraph, Span[] spans) {
    List<int[]> out = new ArrayList<>();
    for (Span span : spans) {
      int[] current = {span.getStart(), span.getEnd()};
      if (!out.isEmpty()) {
        int[] previous = out.get(out.size() - 1);
        // the previous sentence and the next one as String.trim() would leave them
        int from = previous[0];
        int to = previous[1];
        while (to > from && paragraph.charAt(to - 1) <= ' ') to--;
        while (from < to && paragraph.charAt(from) <= ' ') from++;
        int next = current[0];
        while (next < current[1] && paragraph.charAt(next) <= ' ') next++;
        int wordEnd = next;
        while (wordEnd < current[1] && Character.isLetterOrDigit(paragraph.charAt(wordEnd))) wordEnd++;
        String firstWord = paragraph.substring(next, wordEnd);
        // each pattern ends with a full stop: without one, none can match
        // "It was worth $2.5" + "million.": OpenNLP cuts inside some numbers; no sentence opens in lower case
        boolean inNumber = to > from && Character.isDigit(paragraph.charAt(to - 1)) && !firstWord.isEmpty()
            && Character.isLowerCase(firstWord.charAt(0));
        boolean cut = inNumber || to > from && paragraph.charAt(to - 1) == '.'
            && rejoins(paragraph.substring(from, to), firstWord);
        if (cut) {
          previous[1] = current[1];
          continue;
        }
      }
      out.add(current);
    }
    return out;
  }

  /** A number, its full stop, and a word that opens sentences: "arrived on March 3. Later that day …". */
  private static final java.util.regex.Pattern NUMBER_THEN_OPENER = java.util.regex.Pattern.compile(
      "(?<=\\d)\\.\\s+(?=(\\p{Lu}\\p{L}*)\\b)");

  /**
   * OpenNLP's model reads "3." as an ordinal and runs on into the next sentence ("on March 3. Later that day");
   * after a number, a full stop before a word that opens sentences in news ends the sentence.
   */
  private static List<int[]> splitAfterNumbers(String paragraph, List<int[]> spans) {
    List<int[]> out = new ArrayList<>(spans.size());
    for (int[] span : spans) {
      if (!digitThenStop(paragraph, span[0], span[1])) {
        out.add(span);
        continue;
      }
      int start = span[0];
      java.util.regex.Matcher m = NUMBER_THEN_OPENER.matcher(paragraph).region(span[0], span[1]);
      while (m.find()) {
        // "on January 3. Bahrain and Sudan followed": a name opens a sentence as well as "The" does
        if (!SENTENCE_OPENERS.contains(m.group(1)) && m.group(1).length() < 3) continue;
        out.add(new int[] {start, m.start() + 1});
        start = m.end();
      }
      out.add(new int[] {start, span[1]});
    }
    return out;
  }

  /**
   * Whether paragraph[from, to) holds a full stop right after an ASCII digit, without which NUMBER_THEN_OPENER
   * cannot match there (its region's bounds are opaque, so the digit is inside too): most sentences hold none, and
   * the pattern is not run over them.
   */
  private static boolean digitThenStop(String paragraph, int from, int to) {
    for (int i = paragraph.indexOf('.', from + 1); i >= 0 && i < to; i = paragraph.indexOf('.', i + 1)) {
      char before = paragraph.charAt(i - 1);
      if (before >= '0' && before <= '9') return true;
    }
    return false;
  }

  /**
   * Whether a sentence ending {@code before} continues with one starting {@code first}. The patterns match at the
   * end of {@code before} only, and a match of one is never longer than {@value #ABBREVIATION_TAIL} characters (of
   * INITIALS, its last two initials match whenever the whole does), so they are tried on that tail alone; the
   * bounds are transparent, so that {@code \b} sees the character before it as it would in the whole sentence.
   */
  private static boolean rejoins(String before, String firstWord) {
    char first = firstWord.isEmpty() ? ' ' : firstWord.charAt(0);
    // "U.S. President Joe Biden", "Ferdinand Marcos Jr. paid a visit": initials and "Jr." go on into a word that
    // does not open sentences; "… to the U.S. The next day" ends where it seems to
    boolean opener = SENTENCE_OPENERS.contains(firstWord);
    return tail(MONTH_ABBREVIATION, before) && Character.isDigit(first)
        || tail(TITLE_ABBREVIATION, before) && Character.isUpperCase(first)
        || tail(INITIALS, before) && (Character.isLowerCase(first) || Character.isDigit(first)
            || Character.isUpperCase(first) && !opener)
        || tail(SUFFIX_ABBREVIATION, before) && !opener && Character.isLetter(first);
  }

  private static final java.util.regex.Pattern SUFFIX_ABBREVIATION = java.util.regex.Pattern.compile(
      "\\b(?:Jr|Sr)\\.$");

  /** Words that open sentences in news far more often than they follow "U.S." or "Jr." inside one. */
  private static final java.util.Set<String> SENTENCE_OPENERS = java.util.Set.of("The", "A", "An", "In", "On",
      "At", "It", "He", "She", "They", "We", "I", "But", "And", "This", "That", "These", "Those", "After", "When",
      "While", "As", "If", "There", "Its", "His", "Her", "Their", "Our", "Last", "Earlier", "Later", "Since", "For",
      "By", "With", "From", "Some", "Many", "Most", "One", "Two", "Three", "Both", "Such", "Asked", "According",
      "Meanwhile", "However", "Still", "Yet", "Now", "Then", "Also", "Under", "Before", "During", "Despite",
      "Although", "Though", "Because", "Why", "What", "How", "Who", "Where", "No", "Not", "So", "To", "Of");

  private static final int ABBREVIATION_TAIL = 16;

  private static boolean tail(java.util.regex.Pattern pattern, String s) {
    return pattern.matcher(s).region(Math.max(0, s.length() - ABBREVIATION_TAIL), s.length())
        .useTransparentBounds(true).find();
  }

  /**
   * Tokens of a bare string. The UD model keeps possessives on their word ("Niger's") and a hyphen on the
   * second half of "Russia-Niger"; they are split off here so that "Niger" is a word of its own.
   */
  public List<Token> tokenize(String text, int offset) {
    return words == null ? tokens(text, offset, tokenizer.tokenizePos(text), true) : words.tokenize(text, offset);
  }

  /**
   * The tokens of OpenNLP's spans, with possessives and leading hyphens split off, and with {@code finalStop} the
   * full stop of a last word (see {@link #finalStop(String)}).
   */
  private static List<Token> tokens(String text, int offset, Span[] spans, boolean finalStop) {
    List<Token> tokens = new ArrayList<>(spans.length + 4);
    for (int s = 0; s < spans.length; s++) {
      Span t = spans[s];
      int start = t.getStart();
      int end = t.getEnd();
      // "U.N.", "U.K.": the model keeps "U.S." whole but cuts the full stop off other initials, and a full stop
      // ends every object and clause
      if (s + 1 < spans.length && spans[s + 1].getStart() == end && spans[s + 1].length() == 1
          && text.charAt(end) == '.' && initials(text, start, end)) {
        end++;
        s++;
      }
      String word = text.substring(start, end);
      if (word.length() > 1 && (word.charAt(0) == '-' || word.charAt(0) == '\u2013')
          && Character.isLetter(word.charAt(1))) {
        add(tokens, text, offset, start, start + 1);
        start++;
        word = word.substring(1);
      }
      // the UD model leaves the full stop on a few words at the end of a sentence ("in Egypt.")
      if (finalStop && finalStop(word) && text.substring(end).isBlank()) {
        add(tokens, text, offset, start, end - 1);
        add(tokens, text, offset, end - 1, end);
        continue;
      }
      // "Saudi-led", "UAE-backed": the model cuts "French-led" after the name but keeps some such words whole; the
      // name is cut off here too, with its hyphen, as the model leaves the others
      int hyphen = compoundHyphen(word);
      if (hyphen > 0) {
        add(tokens, text, offset, start, start + hyphen);
        add(tokens, text, offset, start + hyphen, start + hyphen + 1);
        start += hyphen + 1;
      }
      int clitic = possessive(word.substring(hyphen > 0 ? hyphen + 1 : 0));
      add(tokens, text, offset, start, end - clitic);
      if (clitic > 0) add(tokens, text, offset, end - clitic, end);
    }
    return tokens;
  }

  /**
   * Whether a word that ends its text ends with a full stop to split off: the UD model leaves it on a few words
   * of letters or digits ("Egypt.", "1994."). It depends on what follows the word, so the word cache keeps the
   * word's tokens without this split and makes it where the word ends its text.
   */
  /** Whether text[start, end) is initials without their last full stop: "U.N", "U.A.E". */
  private static boolean initials(String text, int start, int end) {
    if (end - start < 3) return false;
    for (int i = start; i < end; i++) {
      boolean letter = (i - start) % 2 == 0;
      char c = text.charAt(i);
      if (letter ? !Character.isUpperCase(c) : c != '.') return false;
    }
    return (end - start) % 2 == 1;
  }

  /** Where a name ends in "Saudi-led", "UAE-backed", "Turkish-brokered": the hyphen's index, or -1. */
  private static int compoundHyphen(String word) {
    int hyphen = word.indexOf('-');
    if (hyphen < 2 || !Character.isUpperCase(word.charAt(0))) return -1;
    String rest = word.substring(hyphen + 1);
    return COMPOUND_PARTICIPLES.contains(rest) ? hyphen : -1;
  }

  private static final java.util.Set<String> COMPOUND_PARTICIPLES = java.util.Set.of("led", "backed", "brokered",
      "mediated", "sponsored", "funded", "financed", "built", "made", "supplied", "trained", "allied", "aligned");

  private static boolean finalStop(String word) {
    if (word.length() <= 2 || !word.endsWith(".")) return false;
    // a loop, not a stream over the chars: this is asked at the last word of every sentence
    // "in Egypt.", and "in 1994." too: a year that ends a sentence is a date
    for (int i = 0; i < word.length() - 1; i++) if (!Character.isLetterOrDigit(word.charAt(i))) return false;
    return true;
  }

  /**
   * OpenNLP's tokenizer, remembering its answers. {@link TokenizerME#tokenizePos} splits the text at whitespace
   * and then decides, for each whitespace-separated word on its own, where to cut it; that decision, and the
   * splitting off of possessives and hyphens after it, depend on the word's characters alone (a word of letters and
   * digits alone is kept whole by the model's alphanumeric option; the full stop of the text's last word is split
   * off after the lookup, see {@link #finalStop(String)}). So a word seen before
   * gives the tokens it gave then, moved to where it stands, and only new words go through the model: the same
   * tokens for a fraction of the cost, since news repeats its words. The memory is bounded: two generations of at
   * most {@value #GENERATION} words each (by default); when the current one is full, it becomes the old one and the
   * words not seen since are forgotten. One per reader, so one per thread: no locking.
   */
  private final class WordCache {
    private static final int GENERATION = 1 << 15;

    private final int generation;
    private Table current;
    private Table previous;

    WordCache(int generation) {
      this.generation = generation;
      this.current = new Table(generation);
      this.previous = new Table(1);
    }

    List<Token> tokenize(String text, int offset) {
      // as chars: news text is often UTF-16 (curly quotes), and charAt and regionMatches on it check every index
      char[] chars = text.toCharArray();
      // about one token per five characters in news: sized once rather than grown, at every sentence
      List<Token> out = new ArrayList<>(chars.length / 5 + 8);
      int n = chars.length;
      int i = 0;
      while (i < n) {
        while (i < n && isWhitespace(chars[i])) i++;
        if (i == n) break;
        int start = i;
        int hash = 0;
        for (char c; i < n && !isWhitespace(c = chars[i]); i++) hash = 31 * hash + c;
        int end = i;
        int at = offset + start;
        Token[] tokens = tokens(chars, start, end, hash);
        while (i < n && isWhitespace(chars[i])) i++;
        // the last word's last token (what follows it is blank only if no word follows) may end with a full stop
        int last = i == n && finalStop(tokens[tokens.length - 1].text()) && text.substring(end).isBlank()
            ? tokens.length - 1 : tokens.length;
        for (int k = 0; k < last; k++) {
          Token t = tokens[k];
          out.add(new Token(t.text(), t.norm(), at + t.start(), at + t.end()));
        }
        if (last < tokens.length) {
          Token t = tokens[last];
          String word = t.text().substring(0, t.text().length() - 1);
          out.add(new Token(word, Normalizer.norm(word), at + t.start(), at + t.end() - 1));
          out.add(new Token(".", Normalizer.norm("."), at + t.end() - 1, at + t.end()));
        }
      }
      return out;
    }

    /** The tokens of the word text[start, end) (whose String hash is {@code hash}), with offsets from its start. */
    private Token[] tokens(char[] text, int start, int end, int hash) {
      Token[] tokens = current.get(text, start, end, hash);
      if (tokens != null) return tokens;
      tokens = previous.get(text, start, end, hash);
      if (tokens == null) {
        String word = new String(text, start, end - start);
        tokens = SentenceReader.tokens(word, 0, tokenizer.tokenizePos(word), false).toArray(new Token[0]);
      }
      if (current.size() >= generation) {
        previous = current;
        current = new Table(generation);
      }
      current.put(Arrays.copyOfRange(text, start, end), hash, tokens);
      return tokens;
    }
  }

  /**
   * Words and their tokens in an open-addressing table looked up by a span of the text, so that a word already
   * there costs no substring. Never fuller than half.
   */
  private static final class Table {
    /** Slots at first: a table grows with its words, so that one holding few stays small in the CPU's caches. */
    private static final int FIRST_SLOTS = 1 << 10;

    private char[][] keys;
    private int[] hashes;
    private Token[][] values;
    private int mask;
    private int shift;
    private int size;

    Table(int capacity) {
      allocate(Math.min(FIRST_SLOTS, Integer.highestOneBit(Math.max(2, capacity) * 2 - 1) * 2));
    }

    private void allocate(int slots) {
      keys = new char[slots][];
      hashes = new int[slots];
      values = new Token[slots][];
      mask = slots - 1;
      shift = 32 - Integer.numberOfTrailingZeros(slots);
    }

    int size() { return size; }

    Token[] get(char[] text, int start, int end, int hash) {
      int len = end - start;
      for (int i = slot(hash); keys[i] != null; i = (i + 1) & mask) {
        char[] key = keys[i];
        if (hashes[i] == hash && key.length == len && Arrays.equals(key, 0, len, text, start, end)) return values[i];
      }
      return null;
    }

    void put(char[] key, int hash, Token[] tokens) {
      if (2 * (size + 1) > keys.length) grow();
      int i = slot(hash);
      while (keys[i] != null && !Arrays.equals(keys[i], key)) i = (i + 1) & mask;
      if (keys[i] == null) size++;
      keys[i] = key;
      hashes[i] = hash;
      values[i] = tokens;
    }

    /** Twice the slots: never fuller than half. */
    private void grow() {
      char[][] oldKeys = keys;
      int[] oldHashes = hashes;
      Token[][] oldValues = values;
      allocate(2 * oldKeys.length);
      for (int j = 0; j < oldKeys.length; j++) {
        if (oldKeys[j] == null) continue;
        int i = slot(oldHashes[j]);
        while (keys[i] != null) i = (i + 1) & mask;
        keys[i] = oldKeys[j];
        hashes[i] = oldHashes[j];
        values[i] = oldValues[j];
      }
    }

    /** Fibonacci hashing: the top bits of the hash times 2^32/phi, which spreads words' hashes for linear probing. */
    private int slot(int h) { return (h * 0x9E3779B9) >>> shift; }
  }

  /** OpenNLP's whitespace ({@link opennlp.tools.util.StringUtil#isWhitespace(char)}), quicker for ASCII. */
  private static boolean isWhitespace(char c) {
    if (c < 128) return c == ' ' || c >= '\t' && c <= '\r' || c >= '\u001C' && c <= '\u001F';
    return opennlp.tools.util.StringUtil.isWhitespace(c);
  }

  /** Length of a possessive ending to split off: "'s" (2), a bare apostrophe after s (1), or 0. */
  private static int possessive(String word) {
    int n = word.length();
    if (n > 2 && (word.endsWith("'s") || word.endsWith("\u2019s") || word.endsWith("'S") || word.endsWith("\u2019S"))
        && Character.isLetterOrDigit(word.charAt(n - 3))) {
      return 2;
    }
    if (n > 2 && (word.endsWith("s'") || word.endsWith("s\u2019"))) return 1;
    return 0;
  }

  private static void add(List<Token> tokens, String text, int offset, int start, int end) {
    String word = text.substring(start, end);
    tokens.add(new Token(word, Normalizer.norm(word), offset + start, offset + end));
  }

  private Sentence sentence(int index, int paragraph, int start, int end, CleanText clean,
      java.util.function.Predicate<String> worthTokenizing) {
    String text = clean.text().substring(start, end);
    return new Sentence(index, paragraph, start, end, clean.originalStart(start), clean.originalEnd(end), text,
        worthTokenizing.test(text) ? tokenize(text, start) : List.of());
  }
}
