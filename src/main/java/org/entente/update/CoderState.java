package org.entente.update;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.entente.act.ActType;
import org.entente.article.ArticleSummary;
import org.entente.coding.ActorKind;
import org.entente.coding.CodedArticle;
import org.entente.coding.Mention;
import org.entente.correction.Located;
import org.entente.date.DatePrecision;
import org.entente.date.ResolvedDate;
import org.entente.table.TableException;

/**
 * The coder's output before corrections, kept in the dataset folder as {@value #FILE_NAME} so that
 * {@code entente code --update} codes only new and changed articles: one JSON line of what the output depends
 * on (the fingerprint), then one per article in dataset order with its row of articles.csv and its mentions as the
 * coder made them (text unneutralised, with what the merge needs that mentions.csv does not show: how the words
 * named each party). Not meant for analysis: mentions.csv holds the same mentions after corrections.
 */
public final class CoderState {
  public static final String FILE_NAME = ".entente-state.jsonl";
  private static final int FORMAT = 1;
  private static final ObjectMapper JSON = new ObjectMapper();

  private final String fingerprint;
  private final List<StoredArticle> articles;

  public CoderState(String fingerprint, List<StoredArticle> articles) {
    this.fingerprint = fingerprint;
    this.articles = List.copyOf(articles);
  }

  public String fingerprint() { return fingerprint; }

  public List<StoredArticle> articles() { return articles; }

  /** The state in {@code dataDir}, or null when there is none. */
  public static CoderState read(Path dataDir) {
    Path file = dataDir.resolve(FILE_NAME);
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      return null;
    } catch (IOException e) {
      throw new TableException(file + ": cannot read (" + e.getMessage() + ")", e);
    }
    if (lines.isEmpty()) throw TableException.of(file.toString(), "empty file");
    String fingerprint;
    try {
      JsonNode head = JSON.readTree(lines.get(0));
      if (head.path("state").asInt() != FORMAT) {
        throw TableException.atRow(file.toString(), 1, "not a state this version of Entente writes");
      }
      fingerprint = head.path("coder").asText();
    } catch (JsonProcessingException e) {
      throw TableException.atRow(file.toString(), 1, "not JSON");
    }
    List<StoredArticle> articles = new ArrayList<>();
    for (int i = 1; i < lines.size(); i++) {
      try {
        articles.add(article(JSON.readTree(lines.get(i))));
      } catch (JsonProcessingException | RuntimeException e) {
        throw TableException.atRow(file.toString(), i + 1, "not an article as Entente writes it ("
            + e.getClass().getSimpleName() + "); run 'entente code' without --update to write it anew");
      }
    }
    return new CoderState(fingerprint, articles);
  }

  /** The bytes of the file: the same state always gives the same bytes. */
  public byte[] render() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(header(fingerprint));
    for (StoredArticle a : articles) out.writeBytes(line(a));
    return out.toByteArray();
  }

  /** The file's first line, for a state written article by article: {@link #render} is it and the articles' lines. */
  public static byte[] header(String fingerprint) {
    return line(g -> {
      g.writeStartObject();
      g.writeNumberField("state", FORMAT);
      g.writeStringField("coder", fingerprint);
      g.writeEndObject();
    });
  }

  /** One article's line. */
  public static byte[] line(StoredArticle article) {
    return line(g -> write(g, article));
  }

  private interface Writing {
    void write(JsonGenerator g) throws IOException;
  }

  /**
   * A line written straight to Jackson's generator, as serializing a tree of nodes would write it (a line per
   * article is written while the coders work; building the tree first cost as much as writing it).
   */
  private static byte[] line(Writing writing) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8)) {
      writing.write(g);
    } catch (IOException e) {
      throw new TableException(FILE_NAME + ": cannot render JSON (" + e.getMessage() + ")", e);
    }
    out.write('\n');
    return out.toByteArray();
  }

  private static void write(JsonGenerator g, StoredArticle stored) throws IOException {
    ArticleSummary s = stored.coded().summary();
    g.writeStartObject();
    g.writeObjectFieldStart("article");
    g.writeStringField("id", s.articleId());
    g.writeStringField("file", s.file());
    g.writeStringField("title", s.title());
    g.writeStringField("published", s.published() == null ? null : s.published().toString());
    g.writeStringField("published_from", s.publishedFrom());
    g.writeStringField("outlet", s.outlet());
    g.writeStringField("url", s.url());
    g.writeNumberField("sentences", s.sentences());
    g.writeNumberField("mentions", s.mentions());
    g.writeArrayFieldStart("warnings");
    for (String w : s.warnings()) g.writeString(w);
    g.writeEndArray();
    g.writeStringField("content_hash", s.contentHash());
    g.writeEndObject();
    g.writeArrayFieldStart("mentions");
    for (Mention m : stored.coded().mentions()) {
      g.writeStartObject();
      g.writeNumberField("sentence", m.sentence());
      g.writeNumberField("char_start", m.charStart());
      g.writeNumberField("char_end", m.charEnd());
      g.writeStringField("source", m.source());
      g.writeStringField("target", m.target());
      g.writeStringField("type", m.type().label());
      g.writeStringField("date", m.date().date() == null ? null : m.date().date().toString());
      g.writeStringField("date_precision", m.date().precision().code());
      g.writeStringField("date_text", m.date().text());
      g.writeStringField("source_text", m.sourceText());
      g.writeStringField("target_text", m.targetText());
      g.writeStringField("trigger", m.trigger());
      g.writeStringField("text", m.text());
      g.writeStringField("source_kind", m.sourceKind().name());
      g.writeStringField("target_kind", m.targetKind().name());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("located");
    for (Located l : new TreeMap<>(stored.located()).values()) {
      g.writeStartObject();
      g.writeStringField("quote", l.quote());
      g.writeNumberField("sentence", l.sentence());
      g.writeNumberField("start", l.start());
      g.writeNumberField("end", l.end());
      g.writeStringField("text", l.text());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static StoredArticle article(JsonNode n) {
    JsonNode a = n.get("article");
    List<String> warnings = new ArrayList<>();
    a.get("warnings").forEach(x -> warnings.add(x.asText()));
    String id = str(a, "id");
    ArticleSummary s = new ArticleSummary(id, str(a, "file"), str(a, "title"),
        date(a.get("published")), str(a, "published_from"), str(a, "outlet"), str(a, "url"),
        a.get("sentences").asInt(), a.get("mentions").asInt(), List.copyOf(warnings),
        str(a, "content_hash"));
    List<Mention> mentions = new ArrayList<>();
    for (JsonNode o : n.get("mentions")) {
      ActType type = ActType.ofLabel(str(o, "type")).orElseThrow();
      ResolvedDate date = new ResolvedDate(date(o.get("date")),
          DatePrecision.ofCode(str(o, "date_precision")), str(o, "date_text"));
      mentions.add(new Mention(id, o.get("sentence").asInt(), o.get("char_start").asInt(),
          o.get("char_end").asInt(), str(o, "source"), str(o, "target"), type, date,
          str(o, "source_text"), str(o, "target_text"), str(o, "trigger"),
          str(o, "text"), ActorKind.valueOf(str(o, "source_kind")),
          ActorKind.valueOf(str(o, "target_kind"))));
    }
    Map<String, Located> located = new TreeMap<>();
    for (JsonNode o : n.get("located")) {
      Located l = new Located(str(o, "quote"), o.get("sentence").asInt(), o.get("start").asInt(),
          o.get("end").asInt(), str(o, "text"));
      located.put(l.quote(), l);
    }
    return new StoredArticle(new CodedArticle(s, mentions), located);
  }

  /** A string field as written: JSON null stays null. */
  private static String str(JsonNode parent, String field) {
    JsonNode n = parent.get(field);
    if (n == null) throw new IllegalArgumentException("no " + field);
    return n.isNull() ? null : n.asText();
  }

  private static LocalDate date(JsonNode n) {
    return n == null || n.isNull() ? null : LocalDate.parse(n.asText());
  }
}
