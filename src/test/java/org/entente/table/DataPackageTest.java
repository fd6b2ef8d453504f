package org.entente.table;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.entente.party.TestParties;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataPackageTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static JsonSchema profile;

  @TempDir Path dir;

  /**
   * The official Data Package v2 profile, from the test classpath: its URL prefix is mapped to the copy in
   * src/test/resources, and a loader placed before the validator's own refuses any http(s) address, so a
   * reference the mapping missed fails the test instead of going to the network.
   */
  @BeforeAll
  static void loadProfile() {
    JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7, builder -> builder
        .schemaMappers(m -> m.mapPrefix("https://datapackage.org/profiles/", "classpath:org/entente/table/profiles/"))
        .schemaLoaders(l -> l.add(iri -> {
          String s = iri.toString();
          if (s.startsWith("http:") || s.startsWith("https:")) {
            throw new IllegalStateException("schema loading went to the network: " + s);
          }
          return null;
        })));
    profile = factory.getSchema(SchemaLocation.of(DataPackage.PROFILE));
  }

  private JsonNode writeAndRead() throws IOException {
    Fixtures.writer().write(Fixtures.dataset(), dir);
    return JSON.readTree(dir.resolve("datapackage.json").toFile());
  }

  @Test
  void descriptorIsValidAgainstTheDataPackageV2Profile() throws IOException {
    JsonNode descriptor = writeAndRead();

    assertThat(descriptor.get("$schema").asText()).isEqualTo("https://datapackage.org/profiles/2.0/datapackage.json");
    Set<ValidationMessage> errors = profile.validate(descriptor);
    assertThat(errors).isEmpty();
  }

  @Test
  void theProfileDoesRejectBrokenDescriptors() throws IOException {
    ObjectNode noResources = (ObjectNode) writeAndRead();
    noResources.remove("resources");
    assertThat(profile.validate(noResources)).isNotEmpty();

    ObjectNode badType = (ObjectNode) writeAndRead();
    ((ObjectNode) badType.at("/resources/0/schema/fields/0")).put("type", "text");
    assertThat(profile.validate(badType)).isNotEmpty();

    ObjectNode badPath = (ObjectNode) writeAndRead();
    ((ObjectNode) badPath.at("/resources/1")).put("path", "../mentions.csv");
    assertThat(profile.validate(badPath)).isNotEmpty();
  }

  @Test
  void everyResourceDescribesTheHeaderOfItsCsvFile() throws IOException {
    JsonNode descriptor = writeAndRead();

    List<String> names = new ArrayList<>();
    for (JsonNode resource : descriptor.get("resources")) {
      names.add(resource.get("name").asText());
      List<String> fields = new ArrayList<>();
      resource.at("/schema/fields").forEach(f -> fields.add(f.get("name").asText()));
      String csv = Files.readString(dir.resolve(resource.get("path").asText()), StandardCharsets.UTF_8);
      assertThat(fields).as(resource.get("name").asText()).isEqualTo(Csv.parse(csv).get(0));
    }
    assertThat(names).containsExactly("articles", "mentions", "events");
  }

  @Test
  void resourcesCarryFormatDialectKeysAndVocabularies() throws IOException {
    JsonNode d = writeAndRead();

    assertThat(d.get("name").asText()).isEqualTo("entente-interactions");
    assertThat(d.at("/licenses/0/name").asText()).isEqualTo("CC-BY-4.0");
    JsonNode mentions = d.at("/resources/1");
    assertThat(mentions.get("type").asText()).isEqualTo("table");
    assertThat(mentions.get("format").asText()).isEqualTo("csv");
    assertThat(mentions.get("mediatype").asText()).isEqualTo("text/csv");
    assertThat(mentions.get("encoding").asText()).isEqualTo("utf-8");
    assertThat(mentions.at("/dialect/lineTerminator").asText()).isEqualTo("\n");
    assertThat(mentions.at("/dialect/delimiter").asText()).isEqualTo(",");
    assertThat(mentions.at("/dialect/quoteChar").asText()).isEqualTo("\"");
    assertThat(mentions.at("/schema/missingValues").toString()).isEqualTo("[\"\"]");
    assertThat(mentions.at("/schema/primaryKey").toString()).isEqualTo("[\"mention_id\"]");
    assertThat(mentions.at("/schema/foreignKeys").toString()).isEqualTo(
        "[{\"fields\":[\"event_id\"],\"reference\":{\"resource\":\"events\",\"fields\":[\"event_id\"]}},"
            + "{\"fields\":[\"article_id\"],\"reference\":{\"resource\":\"articles\",\"fields\":[\"article_id\"]}}]");
    assertThat(d.at("/resources/2/schema/foreignKeys").toString()).isEqualTo(
        "[{\"fields\":[\"evidence_article\"],\"reference\":{\"resource\":\"articles\",\"fields\":[\"article_id\"]}}]");

    JsonNode precision = field(d, "events", "date_precision");
    assertThat(precision.at("/constraints/enum").toString())
        .isEqualTo("[\"day\",\"month\",\"year\",\"reported\",\"unknown\"]");
    assertThat(field(d, "events", "category").at("/constraints/enum").toString())
        .isEqualTo("[\"cooperation\",\"expulsion\",\"withdrawal\",\"alliance\"]");
    assertThat(field(d, "mentions", "subtype").at("/constraints/enum")).hasSize(12);
    assertThat(field(d, "articles", "published_from").at("/constraints/enum").toString())
        .isEqualTo("[\"manifest\",\"text\"]");
    assertThat(field(d, "events", "directed").get("type").asText()).isEqualTo("boolean");
    assertThat(field(d, "events", "goldstein").get("type").asText()).isEqualTo("number");
    assertThat(field(d, "mentions", "char_start").get("type").asText()).isEqualTo("integer");
    assertThat(field(d, "mentions", "date").get("type").asText()).isEqualTo("date");
    assertThat(field(d, "mentions", "date").has("constraints")).isFalse(); // empty when precision is unknown
    assertThat(field(d, "events", "cameo").get("type").asText()).isEqualTo("string");
    assertThat(field(d, "events", "event_id").at("/constraints/required").asBoolean()).isTrue();
    assertThat(field(d, "events", "event_id").at("/constraints/unique").asBoolean()).isTrue();
    assertThat(field(d, "mentions", "source").at("/constraints/pattern").asText())
        .isEqualTo(PartyCodes.of(TestParties.bundled()).pattern());
    d.get("resources").forEach(r -> r.at("/schema/fields").forEach(f ->
        assertThat(f.get("description").asText()).as(f.get("name").asText()).isNotBlank()));
  }

  @Test
  void jsonIsPrettyPrintedWithLfAndAFinalNewline() throws IOException {
    writeAndRead();
    String text = Files.readString(dir.resolve("datapackage.json"), StandardCharsets.UTF_8);

    assertThat(text).startsWith("{\n  \"$schema\": \"https://datapackage.org/profiles/2.0/datapackage.json\",\n"
        + "  \"name\": \"entente-interactions\",\n");
    assertThat(text).doesNotContain("\r").endsWith("}\n").doesNotEndWith("\n\n");
  }

  private static JsonNode field(JsonNode descriptor, String resource, String name) {
    for (JsonNode r : descriptor.get("resources")) {
      if (r.get("name").asText().equals(resource)) {
        for (JsonNode f : r.at("/schema/fields")) {
          if (f.get("name").asText().equals(name)) {
            return f;
          }
        }
      }
    }
    throw new AssertionError("no field " + resource + "." + name);
  }
}
