package org.entente.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
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
        return new Models(new SentenceModel(s), new TokenizerModel(t));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot load the OpenNLP models", e);
      }
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
    this(models, true);
  }

  private SentenceReader(Models models, boolean cached) {
    this.sentences = new SentenceDetectorME(models.sentences());
    this.tokenizer = new TokenizerME(models.tokens());
    this.words = cached ? new WordCache() : null;
  }

  /** A reader that runs OpenNLP's tokenizer on every word, as a bare OpenNLP pipeline would. */
  public static SentenceReader uncached(Models models) {
    return new SentenceReader(models, false);
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
      for (int[] span : rejoinAbbreviations(paragraph, sentences.sentPosDetect(paragraph))) {
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
        String before = paragraph.substring(previous[0], previous[1]).trim();
        String next = paragraph.substring(current[0], current[1]).trim();
        char first = next.isEmpty() ? ' ' : next.charAt(0);
        // each pattern ends with a full stop: without one, none can match
        boolean cut = before.endsWith(".") && (MONTH_ABBREVIATION.matcher(before).find() && Character.isDigit(first)
            || TITLE_ABBREVIATION.matcher(before).find() && Character.isUpperCase(first)
            || INITIALS.matcher(before).find() && (Character.isLowerCase(first) || Character.isDigit(first)));
        if (cut) {
          previous[1] = current[1];
          continue;
        }
      }
      out.add(current);
    }
    return out;
  }

  /**
   * Tokens of a bare string. The UD model keeps possessives on their word ("Niger's") and a hyphen on the
   * second half of "Russia-Niger"; they are split off here so that "Niger" is a word of its own.
   */
  public List<Token> tokenize(String text, int offset) {
    List<Token> tokens = new ArrayList<>();
    Span[] spans = words == null ? tokenizer.tokenizePos(text) : words.tokenizePos(text);
    for (Span t : spans) {
      int start = t.getStart();
      int end = t.getEnd();
      String word = text.substring(start, end);
      if (word.length() > 1 && (word.charAt(0) == '-' || word.charAt(0) == '\u2013')
          && Character.isLetter(word.charAt(1))) {
        add(tokens, text, offset, start, start + 1);
        start++;
        word = word.substring(1);
      }
      int clitic = possessive(word);
      add(tokens, text, offset, start, end - clitic);
      if (clitic > 0) add(tokens, text, offset, end - clitic, end);
    }
    return tokens;
  }

  /**
   * OpenNLP's tokenizer, remembering its answers. {@link TokenizerME#tokenizePos} splits the text at whitespace
   * and then decides, for each whitespace-separated word on its own, where to cut it; that decision depends on the
   * word's characters alone. So a word seen before is cut where it was cut then, and only new words go through the
   * model: the same spans, for a fraction of the cost, since news repeats its words. The memory is bounded: two
   * generations of at most {@value #GENERATION} words each; when the current one is full, it becomes the old one and
   * the words not seen since are forgotten. One per reader, so one per thread: no locking.
   */
  private final class WordCache {
    private static final int GENERATION = 1 << 15;
    /** The cuts of a word the tokenizer leaves whole. */
    private static final int[] WHOLE = {};

    private java.util.HashMap<String, int[]> current = new java.util.HashMap<>(2 * GENERATION);
    private java.util.HashMap<String, int[]> previous = new java.util.HashMap<>();

    Span[] tokenizePos(String text) {
      List<Span> out = new ArrayList<>();
      int n = text.length();
      int i = 0;
      while (i < n) {
        while (i < n && opennlp.tools.util.StringUtil.isWhitespace(text.charAt(i))) i++;
        if (i == n) break;
        int start = i;
        while (i < n && !opennlp.tools.util.StringUtil.isWhitespace(text.charAt(i))) i++;
        if (i - start < 2) {
          out.add(new Span(start, i));
          continue;
        }
        int[] cuts = cuts(text.substring(start, i));
        if (cuts == WHOLE) {
          out.add(new Span(start, i));
        } else {
          for (int k = 0; k < cuts.length; k += 2) out.add(new Span(start + cuts[k], start + cuts[k + 1]));
        }
      }
      return out.toArray(new Span[0]);
    }

    /** The spans the tokenizer makes of one word, relative to its start, as [start, end] pairs. */
    private int[] cuts(String word) {
      int[] cuts = current.get(word);
      if (cuts != null) return cuts;
      cuts = previous.get(word);
      if (cuts == null) cuts = tokenize(word);
      if (current.size() >= GENERATION) {
        previous = current;
        current = new java.util.HashMap<>(2 * GENERATION);
      }
      current.put(word, cuts);
      return cuts;
    }

    private int[] tokenize(String word) {
      Span[] spans = tokenizer.tokenizePos(word);
      if (spans.length == 1 && spans[0].getStart() == 0 && spans[0].getEnd() == word.length()) return WHOLE;
      int[] cuts = new int[2 * spans.length];
      for (int k = 0; k < spans.length; k++) {
        cuts[2 * k] = spans[k].getStart();
        cuts[2 * k + 1] = spans[k].getEnd();
      }
      return cuts;
    }
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
