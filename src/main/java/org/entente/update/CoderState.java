package org.entente.update;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

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
    ObjectNode head = NODES.objectNode();
    head.put("state", FORMAT);
    head.put("coder", fingerprint);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    line(out, head);
    return out.toByteArray();
  }

  /** One article's line. */
  public static byte[] line(StoredArticle article) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    line(out, node(article));
    return out.toByteArray();
  }

  private static void line(ByteArrayOutputStream out, JsonNode node) {
    try {
      out.write(JSON.writeValueAsBytes(node));
    } catch (IOException e) {
      throw new TableException(FILE_NAME + ": cannot render JSON (" + e.getMessage() + ")", e);
    }
    out.write('\n');
  }

  private static ObjectNode node(StoredArticle stored) {
    ArticleSummary s = stored.coded().summary();
    ObjectNode n = NODES.objectNode();
    ObjectNode a = n.putObject("article");
    a.put("id", s.articleId());
    a.put("file", s.file());
    a.put("title", s.title());
    a.put("published", s.published() == null ? null : s.published().toString());
    a.put("published_from", s.publishedFrom());
    a.put("outlet", s.outlet());
    a.put("url", s.url());
    a.put("sentences", s.sentences());
    a.put("mentions", s.mentions());
    ArrayNode w = a.putArray("warnings");
    s.warnings().forEach(w::add);
    a.put("content_hash", s.contentHash());
    ArrayNode ms = n.putArray("mentions");
    for (Mention m : stored.coded().mentions()) {
      ObjectNode o = ms.addObject();
      o.put("sentence", m.sentence());
      o.put("char_start", m.charStart());
      o.put("char_end", m.charEnd());
      o.put("source", m.source());
      o.put("target", m.target());
      o.put("type", m.type().label());
      o.put("date", m.date().date() == null ? null : m.date().date().toString());
      o.put("date_precision", m.date().precision().code());
      o.put("date_text", m.date().text());
      o.put("source_text", m.sourceText());
      o.put("target_text", m.targetText());
      o.put("trigger", m.trigger());
      o.put("text", m.text());
      o.put("source_kind", m.sourceKind().name());
      o.put("target_kind", m.targetKind().name());
    }
    ArrayNode located = n.putArray("located");
    for (Located l : new TreeMap<>(stored.located()).values()) {
      ObjectNode o = located.addObject();
      o.put("quote", l.quote());
      o.put("sentence", l.sentence());
      o.put("start", l.start());
      o.put("end", l.end());
      o.put("text", l.text());
    }
    return n;
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
