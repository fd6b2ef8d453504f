package org.entente.article;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.entente.date.MonthNames;

/**
 * Turns an article as it comes from the web into clean paragraphs: drops page debris (URL-only lines, image
 * placeholders, captions and photo credits, copyright footers, "Related article:" teasers, bylines, reading times
 * and datelines), re-joins hard-wrapped lines and a sentence cut in two by a debris line, and keeps for every
 * character its offset in the original.
 */
public final class PageCleaner {
  private static final String MONTH = MonthNames.pattern();
  private static final Pattern URL_ONLY = Pattern.compile("(?i)(?:https?://|www\\.)\\S+");
  private static final Pattern IMAGE = Pattern.compile("(?i)(?:!\\[[^\\]]*]\\([^)]*\\)\\s*\\|?\\s*)+"
      + "|\\[(?:image|photo|video|embed)[^\\]]*]|(?:image|photo|picture|caption|credit|file photo)s?\\s*[:|].*"
      + "|\\(?(?:photo|image|picture)s?\\s*(?:credit)?\\s*:.*");
  private static final Pattern CREDIT = Pattern.compile("(?i)(?:©|\\(c\\)\\s|copyright\\b).*|.*\\ball rights reserved\\b.*"
      + "|.*\\b(?:getty images|afp photo|reuters/|ap photo)\\b.{0,60}");
  private static final Pattern TEASER = Pattern.compile("(?i)(?:related(?: articles?| stories| news| content)?"
      + "|(?:also|read) (?:read|also|more)|read next|see also|recommended|more on this(?: story)?|watch|listen"
      + "|you may also like|don't miss)\\s*:.*");
  private static final Pattern SOCIAL = Pattern.compile("(?i)(?:share(?: this(?: article)?)?|follow us(?: on)?.*"
      + "|subscribe.*|sign up.*|advertisement|sponsored|print|email|comments?|\\d+ comments?|tweet|whatsapp"
      + "|facebook|twitter|linkedin|telegram)");
  private static final Pattern READING_TIME = Pattern.compile("(?i)\\d+\\s*(?:min(?:ute)?s?|mn)(?:\\s+read)?");
  private static final Pattern BYLINE = Pattern.compile("(?i)(?:by|par|written by|reported by)\\s+\\p{Lu}[\\p{L}.'-]*"
      + "(?:\\s+(?:\\p{Lu}[\\p{L}.'-]*|and|&|de|van|von|al|el|with))*\\s*(?:[,|]\\s*.*)?");
  private static final Pattern PUNCTUATION_ONLY = Pattern.compile("[\\p{P}\\p{S}\\s]*");
  private static final Pattern FULL_DATE = Pattern.compile(
      "(?i)\\b(" + MONTH + ")\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b"
          + "|\\b(\\d{1,2})\\s+(" + MONTH + ")\\s+(\\d{4})\\b|\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
  /** What a line that is only a date and a time may hold besides the date: "12:30 pm", "|". */
  private static final Pattern DATE_CHARACTER = Pattern.compile("[\\p{P}\\s\\d:apm.]");
  private static final Pattern PUBLISHED = Pattern.compile(
      "(?i)(?:published|posted|updated|last updated|date)\\s*(?:on|at)?\\s*:?\\s*.*");
  /** "Moscow, Jan 16 (AFP)" and "NIAMEY, Niger (Reuters) -": the wire dateline that opens a story. */
  private static final Pattern WIRE_DATELINE = Pattern.compile(
      "\\b(\\p{Lu}[\\p{L}'-]+(?: \\p{Lu}[\\p{L}'-]+)?)(?:,\\s+(?:(" + MONTH + ")\\s+(\\d{1,2})|\\p{Lu}[\\p{L}]+))?"
          + "\\s+\\((?:AFP|Reuters|AP|AA|Xinhua|TASS|RIA Novosti|Sputnik|APA|Anadolu|dpa|ANI|IANS|UPI|EFE)\\)"
          + "(?:\\s*[-–—]\\s*)?(?:\\s*(" + MONTH + ")\\s+\\d{1,2},\\s+\\d{4}\\b)?");
  private static final java.util.Set<String> FUNCTION_WORDS = java.util.Set.of("of", "the", "a", "an", "and", "or",
      "to", "in", "on", "for", "with", "between", "by", "from", "at", "as", "that", "which", "who", "its", "their",
      "his", "her", "is", "are", "was", "were", "has", "have", "had", "will", "would", "said", "but", "than");
  private static final DateTimeFormatter MONTH_DAY_YEAR = new DateTimeFormatterBuilder()
      .parseCaseInsensitive().appendPattern("MMM d yyyy").toFormatter(Locale.ROOT);

  /** Cleans {@code original}; {@code knownTitle} (from a JSONL record) replaces headline detection. */
  public Page clean(String original, String knownTitle) {
    List<Line> lines = classify(original);
    List<Dateline> datelines = new ArrayList<>();
    lines.stream().filter(l -> l.kind == Kind.DATELINE).forEach(l -> dateIn(l.text(original)).ifPresent(datelines::add));
    List<Paragraph> paragraphs = paragraphs(lines, original, datelines);
    String title = knownTitle == null ? "" : knownTitle;
    if (title.isEmpty() && !paragraphs.isEmpty() && paragraphs.get(0).looksLikeHeadline(original)) {
      title = paragraphs.get(0).text(original);
    }
    return new Page(render(paragraphs, original), title, List.copyOf(datelines));
  }

  /** DEBRIS can fall inside a sentence (a URL, an image); HEADER lines (bylines, reading times) only frame it. */
  private enum Kind { BLANK, DEBRIS, HEADER, DATELINE, CONTENT }

  private record Line(int start, int end, Kind kind) {
    String text(String original) { return original.substring(start, end); }
  }

  /** A run of content, as spans of the original; joined with single spaces where lines were wrapped. */
  private record Paragraph(List<int[]> spans) {
    String text(String original) {
      StringBuilder b = new StringBuilder();
      for (int[] s : spans) {
        if (b.length() > 0) b.append(' ');
        b.append(original, s[0], s[1]);
      }
      return b.toString();
    }

    boolean endsSentence(String original) {
      int[] last = spans.get(spans.size() - 1);
      int end = last[1];
      // a closing quote or bracket ends a sentence only after a full stop: "… over 'subversive activities'"
      while (end - 1 > last[0] && "\"”’')".indexOf(original.charAt(end - 1)) >= 0) end--;
      return ".!?…:".indexOf(original.charAt(end - 1)) >= 0;
    }

    /** "…between the Republic of": a line that stops on such a word was cut, whatever its length. */
    boolean endsWithFunctionWord(String original) {
      String t = text(original);
      String last = t.substring(t.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
      return FUNCTION_WORDS.contains(last);
    }

    boolean looksLikeHeadline(String original) {
      String t = text(original);
      return !endsSentence(original) && splitCount(t, 25) <= 25;
    }
  }

  private List<Line> classify(String original) {
    List<Line> lines = new ArrayList<>();
    int start = 0;
    while (start <= original.length()) {
      int nl = original.indexOf('\n', start);
      int end = nl < 0 ? original.length() : nl;
      int s = start;
      int e = end;
      while (s < e && isBlank(original.charAt(s))) s++;
      while (e > s && isBlank(original.charAt(e - 1))) e--;
      lines.add(new Line(s, e, kindOf(original.substring(s, e))));
      if (nl < 0) break;
      start = nl + 1;
    }
    return lines;
  }

  /**
   * Whether CREDIT could match, checked without running it (it is slow on long lines, and every line of every page
   * is asked): its first branch starts the line with ©, "(c)" or "copyright"; its second needs "all rights
   * reserved", whose rare "v" is looked for first; its third needs an agency's photo phrase ending within 60
   * characters of the line's end, so only that tail is searched. Case is ignored, as the pattern ignores it.
   */
  private static boolean mayBeCredit(String t) {
    if (t.startsWith("©") || t.regionMatches(true, 0, "(c)", 0, 3) || t.regionMatches(true, 0, "copyright", 0, 9)) {
      return true;
    }
    for (char v : new char[] {'v', 'V'}) {
      for (int i = t.indexOf(v); i >= 0; i = t.indexOf(v, i + 1)) {
        if (t.regionMatches(true, i - 16, "all rights reserved", 0, 19)) return true;
      }
    }
    int n = t.length();
    for (int i = Math.max(0, n - CREDIT_TAIL); i < n; i++) {
      boolean found = switch (t.charAt(i)) {
        case 'a', 'A' -> t.regionMatches(true, i, "afp photo", 0, 9) || t.regionMatches(true, i, "ap photo", 0, 8);
        case 'g', 'G' -> t.regionMatches(true, i, "getty images", 0, 12);
        case 'r', 'R' -> t.regionMatches(true, i, "reuters/", 0, 8);
        default -> false;
      };
      if (found) return true;
    }
    return false;
  }

  /** How far from a line's end CREDIT's photo phrases may start: its 60 characters after, and the longest phrase. */
  private static final int CREDIT_TAIL = 60 + "getty images".length();

  /** The agencies of WIRE_DATELINE, each of which it needs in brackets: "(AFP)". */
  private static final List<String> AGENCIES = List.of("AFP", "Reuters", "AP", "AA", "Xinhua", "TASS",
      "RIA Novosti", "Sputnik", "APA", "Anadolu", "dpa", "ANI", "IANS", "UPI", "EFE");

  /** Whether [start, end) holds an agency in brackets, without which WIRE_DATELINE cannot match there. */
  private static boolean namesAgency(String text, int start, int end) {
    for (int open = text.indexOf('(', start); open >= 0 && open < end; open = text.indexOf('(', open + 1)) {
      for (String a : AGENCIES) {
        int close = open + 1 + a.length();
        if (close < end && text.charAt(close) == ')' && text.startsWith(a, open + 1)) return true;
      }
    }
    return false;
  }

  /**
   * {@code t.split("\\s+").length}, counted without splitting, or any number above {@code limit} once it is known
   * to exceed it.
   */
  static int splitCount(String t, int limit) {
    int n = t.length();
    int runs = 0;
    int i = 0;
    while (i < n) {
      if (isRegexSpace(t.charAt(i))) {
        runs++;
        if (runs > limit + 1) return limit + 1;
        while (i < n && isRegexSpace(t.charAt(i))) i++;
      } else {
        i++;
      }
    }
    if (runs == 0) return 1;
    boolean leading = isRegexSpace(t.charAt(0));
    boolean trailing = isRegexSpace(t.charAt(n - 1));
    if (leading && trailing && runs == 1) return 0; // only whitespace: every piece is an empty trailing one
    return runs + 1 - (trailing ? 1 : 0);
  }

  /** The regex {@code \\s}: space, tab, newline, vertical tab, form feed, carriage return. */
  private static boolean isRegexSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  private static boolean isBlank(char c) {
    return Character.isWhitespace(c) || c == '\u00A0' || c == '\uFEFF' || c == '\u200B';
  }

  private Kind kindOf(String t) {
    if (t.isEmpty()) return Kind.BLANK;
    if (PUNCTUATION_ONLY.matcher(t).matches()) return Kind.DEBRIS;
    if (URL_ONLY.matcher(t).matches() || IMAGE.matcher(t).matches() || mayBeCredit(t) && CREDIT.matcher(t).matches()
        || TEASER.matcher(t).matches()) {
      return Kind.DEBRIS;
    }
    if (SOCIAL.matcher(t).matches() || READING_TIME.matcher(t).matches()) return Kind.HEADER;
    boolean shortLine = splitCount(t, 12) <= 12;
    if (shortLine && (PUBLISHED.matcher(t).matches() || t.indexOf('|') >= 0) && FULL_DATE.matcher(t).find()) {
      return Kind.DATELINE;
    }
    if (shortLine && DATE_CHARACTER.matcher(FULL_DATE.matcher(t).replaceAll("")).replaceAll("").isEmpty()) {
      return Kind.DATELINE;
    }
    if (shortLine && BYLINE.matcher(t).matches() && !t.endsWith(".")) return Kind.HEADER;
    if (shortLine && t.contains(" | ")) return Kind.HEADER;
    return Kind.CONTENT;
  }

  private Optional<Dateline> dateIn(String text) {
    Matcher m = FULL_DATE.matcher(text);
    if (!m.find()) return Optional.empty();
    try {
      LocalDate date;
      if (m.group(1) != null) {
        date = LocalDate.parse(month(m.group(1)) + " " + m.group(2) + " " + m.group(3), MONTH_DAY_YEAR);
      } else if (m.group(4) != null) {
        date = LocalDate.parse(month(m.group(5)) + " " + m.group(4) + " " + m.group(6), MONTH_DAY_YEAR);
      } else {
        date = LocalDate.parse(m.group(7) + "-" + m.group(8) + "-" + m.group(9));
      }
      return Optional.of(new Dateline(date, null, text.trim()));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private static String month(String word) {
    return MonthNames.parse(capitalise(word)).map(m -> m.name().substring(0, 1) + m.name().substring(1, 3)
        .toLowerCase(Locale.ROOT)).orElse(word);
  }

  private static String capitalise(String w) {
    return w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1);
  }

  /**
   * Groups content lines into paragraphs. A paragraph that stops mid-sentence right before a debris line is
   * continued by the next one: the debris cut the sentence in two.
   */
  private List<Paragraph> paragraphs(List<Line> lines, String original, List<Dateline> datelines) {
    List<Paragraph> out = new ArrayList<>();
    List<int[]> current = new ArrayList<>();
    boolean debrisSinceCurrent = false;
    boolean blankSinceCurrent = false;
    for (Line line : lines) {
      if (line.kind == Kind.BLANK) {
        blankSinceCurrent = true;
        continue;
      }
      if (line.kind != Kind.CONTENT) {
        debrisSinceCurrent |= line.kind == Kind.DEBRIS;
        blankSinceCurrent = true;
        continue;
      }
      List<int[]> spans = splitWireDateline(line, original, datelines);
      for (int i = 0; i < spans.size(); i++) {
        int[] span = spans.get(i);
        boolean startsParagraph = i > 0;
        if (!current.isEmpty() && !startsParagraph && (blankSinceCurrent || debrisSinceCurrent)) {
          Paragraph open = new Paragraph(current);
          boolean cutByDebris = debrisSinceCurrent && !open.endsSentence(original)
              && (open.spans().size() > 1 || !open.looksLikeHeadline(original) || open.endsWithFunctionWord(original));
          boolean continuesLowercase = !open.endsSentence(original)
              && Character.isLowerCase(original.charAt(span[0]));
          if (!cutByDebris && !continuesLowercase) startsParagraph = true;
        }
        if (startsParagraph && !current.isEmpty()) {
          out.add(new Paragraph(current));
          current = new ArrayList<>();
        }
        current.add(span);
        debrisSinceCurrent = false;
        blankSinceCurrent = false;
      }
    }
    if (!current.isEmpty()) out.add(new Paragraph(current));
    return out;
  }

  /** Splits "Headline Moscow, Jan 16 (AFP) Jan 16, 2024 Body…" into headline and body, dropping the dateline. */
  private List<int[]> splitWireDateline(Line line, String original, List<Dateline> datelines) {
    if (!namesAgency(original, line.start, line.end)) return List.of(new int[] {line.start, line.end});
    Matcher m = WIRE_DATELINE.matcher(original).region(line.start, line.end);
    if (!m.find() || m.start() - line.start > 300) return List.of(new int[] {line.start, line.end});
    if (m.group(2) != null) {
      Optional<Dateline> full = m.group(4) != null ? dateIn(m.group()) : Optional.empty();
      datelines.add(full.orElseGet(() -> new Dateline(null,
          MonthDay.of(MonthNames.parse(capitalise(m.group(2))).orElseThrow(), Integer.parseInt(m.group(3))),
          m.group().trim())));
    }
    List<int[]> spans = new ArrayList<>();
    int headEnd = m.start();
    while (headEnd > line.start && isBlank(original.charAt(headEnd - 1))) headEnd--;
    if (headEnd > line.start) spans.add(new int[] {line.start, headEnd});
    int bodyStart = m.end();
    while (bodyStart < line.end && isBlank(original.charAt(bodyStart))) bodyStart++;
    if (bodyStart < line.end) spans.add(new int[] {bodyStart, line.end});
    return spans;
  }

  private CleanText render(List<Paragraph> paragraphs, String original) {
    // copied span by span, not appended a character at a time: a page is read once, but all of it
    char[] text = new char[original.length() + 2 * paragraphs.size() + 16];
    int[] origin = new int[text.length];
    int n = 0;
    for (Paragraph p : paragraphs) {
      if (n > 0) {
        int anchor = origin[n - 1];
        for (int k = 0; k < 2; k++) {
          if (n == text.length) {
            text = Arrays.copyOf(text, 2 * n + 16);
            origin = Arrays.copyOf(origin, text.length);
          }
          text[n] = '\n';
          origin[n++] = anchor;
        }
      }
      boolean first = true;
      for (int[] s : p.spans()) {
        if (n + 1 + s[1] - s[0] > text.length) {
          text = Arrays.copyOf(text, 2 * (n + 1 + s[1] - s[0]) + 16);
          origin = Arrays.copyOf(origin, text.length);
        }
        if (!first) {
          text[n] = ' ';
          origin[n++] = s[0] - 1;
        }
        first = false;
        original.getChars(s[0], s[1], text, n);
        for (int i = s[0]; i < s[1]; i++) {
          if (isBlank(text[n])) text[n] = ' ';
          origin[n++] = i;
        }
      }
    }
    return new CleanText(new String(text, 0, n), Arrays.copyOf(origin, n));
  }

}
