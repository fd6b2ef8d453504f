package org.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Regression: an organisation taught with {@code --dictionary} was coded, then the whole run failed at write time
 * because the writer and datapackage.json knew only the bundled organisations. Whatever the dictionary adds is
 * valid end to end.
 */
class AddedOrganisationTest {

  @Test
  void anOrganisationAddedWithDictionaryIsCodedWrittenAndDescribed(@TempDir Path tmp) throws IOException {
    Path dict = Files.createDirectories(tmp.resolve("dict"));
    Files.writeString(dict.resolve("parties.csv"), "code,name,kind,region\nBRICS,BRICS,organisation,\n");
    Files.writeString(dict.resolve("aliases.csv"), "alias,code,kind,valid_from,valid_to,note\n"
        + "BRICS,BRICS,name,,,\nBRICS group,BRICS,name,,,\n");
    Path in = Files.createDirectories(tmp.resolve("in"));
    Files.writeString(in.resolve("a.txt"), "ADDIS ABABA (Wire) - Ethiopia joined BRICS on Monday, the foreign "
        + "ministry said.\n");
    Files.writeString(in.resolve("manifest.csv"), "file,published,outlet,url,language,note\n"
        + "a.txt,2024-01-03,Wire,,en,\n");
    Path data = tmp.resolve("data");

    Cli.Result r = Cli.run("code", "--quiet", "--input", in.toString(), "--data", data.toString(),
        "--dictionary", dict.toString());

    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(Files.readString(data.resolve("events.csv")))
        .contains(",ETH,Ethiopia,BRICS,BRICS,true,alliance,accession,");
    JsonNode descriptor = new ObjectMapper().readTree(data.resolve("datapackage.json").toFile());
    for (JsonNode resource : descriptor.get("resources")) {
      for (JsonNode field : resource.at("/schema/fields")) {
        JsonNode pattern = field.at("/constraints/pattern");
        if (!pattern.isMissingNode()) {
          assertThat(Pattern.matches(pattern.asText(), "BRICS")).as(field.get("name").asText()).isTrue();
          assertThat(Pattern.matches(pattern.asText(), "NER")).isTrue();
          assertThat(Pattern.matches(pattern.asText(), "XYZW")).isFalse();
        }
      }
    }
  }
}
