package org.entente.spark;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.entente.act.ActType;
import org.entente.article.InputArticle;
import org.entente.coding.ActorKind;
import org.entente.coding.Mention;
import org.entente.date.DatePrecision;
import org.entente.date.ResolvedDate;

/**
 * What the job moves between Spark's stages: the library's records (which are not {@link Serializable}) field by
 * field, with the place of each in the input, which decides ties in the merge exactly as the input order does in
 * {@code entente code}.
 */
final class Records {
  private Records() {}

  /** An article as read, and its place in the input (line of a JSONL file, file-name order of a folder, ...). */
  record Article(long ordinal, String id, String file, String text, LocalDate published, String outlet, String url,
      String title, List<String> warnings) implements Serializable {

    static Article of(long ordinal, InputArticle a) {
      return new Article(ordinal, a.id(), a.file(), a.text(), a.published(), a.outlet(), a.url(), a.title(),
          List.copyOf(a.warnings()));
    }

    InputArticle input() {
      return new InputArticle(id, file, text, published, outlet, url, title, warnings);
    }
  }

  /**
   * A coded mention: its article's place in the input ({@code ordinal}) and its own place among the article's
   * mentions ({@code k}), its id, the publication date of its article as the coder decided it (what the merge
   * reads), and the mention itself.
   */
  record CodedMention(long ordinal, int k, String mentionId, LocalDate articlePublished, String articleId,
      int sentence, int charStart, int charEnd, String source, String target, ActType type, LocalDate date,
      DatePrecision precision, String dateText, String sourceText, String targetText, String trigger, String text,
      ActorKind sourceKind, ActorKind targetKind) implements Serializable {

    static CodedMention of(long ordinal, int k, String mentionId, LocalDate articlePublished, Mention m) {
      ResolvedDate d = m.date();
      return new CodedMention(ordinal, k, mentionId, articlePublished, m.articleId(), m.sentence(), m.charStart(),
          m.charEnd(), m.source(), m.target(), m.type(), d.date(), d.precision(), d.text(), m.sourceText(),
          m.targetText(), m.trigger(), m.text(), m.sourceKind(), m.targetKind());
    }

    Mention mention() {
      return new Mention(articleId, sentence, charStart, charEnd, source, target, type,
          new ResolvedDate(date, precision, dateText), sourceText, targetText, trigger, text, sourceKind, targetKind);
    }

    /** The merge key: mentions of one kind may be one event, of two kinds never. */
    String kind() {
      return type.label() + "|" + source + "|" + target;
    }
  }

  /**
   * One row for an output table: its cells as the dataset contract has them, raw (for Parquet) and as the CSV
   * files show them (article text neutralised for spreadsheets unless {@code --raw-text}), the partition (year
   * and month of its date; null when unknown) and its sort key within the partition.
   */
  record Row(String table, Object[] raw, Object[] csv, Integer year, Integer month, long ordinal, int k)
      implements Serializable {}
}
