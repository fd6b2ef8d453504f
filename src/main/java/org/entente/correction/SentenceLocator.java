package org.entente.correction;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.entente.article.InputArticle;
import org.entente.article.Page;
import org.entente.article.PageCleaner;
import org.entente.table.TableException;
import org.entente.text.Normalizer;
import org.entente.text.Sentence;
import org.entente.text.SentenceReader;

/**
 * Finds the sentence an added mention quotes. The article is split as the coder splits it (the page cleaner, then
 * the sentence reader, as the coder's first stage does), so the sentence numbers are those of mentions.csv. An
 * article read in this run is split from its text; one that is not (an update that keeps articles it was not given
 * again) is found among the places located before, which the coder's state keeps.
 */
public final class SentenceLocator {
  private final Map<String, InputArticle> texts;
  private final Map<String, Map<String, Located>> before;
  private final Map<String, Map<String, Located>> located = new TreeMap<>();
  private SentenceReader reader;

  /**
   * @param texts the articles read in this run that add rows name, by id
   * @param before article id → quote → where it was found by an earlier run, for articles not in {@code texts}
   */
  public SentenceLocator(Map<String, InputArticle> texts, Map<String, Map<String, Located>> before) {
    this.texts = texts;
    this.before = before;
  }

  /** Where {@code quote} stands in the article, or null if no sentence holds it. */
  Located locate(Correction c, String articleId, String quote) {
    InputArticle article = texts.get(articleId);
    Located at;
    if (article != null) {
      at = article.readable() ? find(article, quote) : null;
    } else {
      Map<String, Located> known = before.getOrDefault(articleId, Map.of());
      if (!known.containsKey(quote)) {
        throw TableException.at(c.file(), c.row(), "target", "article " + articleId + " is not in --input, and "
            + "its text is needed to find the sentence this row quotes; run with an --input that holds it");
      }
      at = known.get(quote);
    }
    if (at != null) located.computeIfAbsent(articleId, k -> new TreeMap<>()).put(quote, at);
    return at;
  }

  /** Every place found in this run, article id → quote → place: what the next update may need. */
  public Map<String, Map<String, Located>> located() {
    return located;
  }

  private Located find(InputArticle article, String quote) {
    if (reader == null) reader = new SentenceReader(SentenceReader.Models.load());
    Page page = new PageCleaner().clean(article.text(), article.title().isEmpty() ? null : article.title());
    List<Located> sentences = new ArrayList<>();
    for (Sentence s : reader.read(page.body(), text -> false)) {
      String text = article.text().substring(s.originalStart(), s.originalEnd()).replaceAll("\\s+", " ").trim();
      sentences.add(new Located(quote, s.index(), s.originalStart(), s.originalEnd(), text));
    }
    for (Located s : sentences) {
      if (s.text().contains(quote)) return s;
    }
    // Copied through a spreadsheet or retyped: typographic quotes and dashes, and case, do not matter.
    String q = Normalizer.norm(quote);
    for (Located s : sentences) {
      if (Normalizer.norm(s.text()).contains(q)) return s;
    }
    return null;
  }
}
