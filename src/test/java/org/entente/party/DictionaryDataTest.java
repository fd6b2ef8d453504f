package org.entente.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.entente.dictionary.Dictionaries;
import org.entente.table.CsvTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Checks the party dictionaries kept as data files in {@code src/main/resources/org/entente/dict}:
 * {@code parties.csv} ({@code code,name,kind}) and {@code aliases.csv}
 * ({@code alias,code,kind,valid_from,valid_to,note}).
 */
class DictionaryDataTest {

  private static final String DIR = "/org/entente/dict/";
  private static final List<String> PARTIES_HEADER = List.of("code", "name", "kind");
  private static final List<String> ALIASES_HEADER =
      List.of("alias", "code", "kind", "valid_from", "valid_to", "note");

  private static final Set<String> PARTY_KINDS = Set.of("state", "organisation");
  private static final Set<String> ALIAS_KINDS =
      Set.of("name", "demonym", "capital", "leader", "official", "ministry", "army", "mission",
          "armed_group", "company");
  private static final Set<String> PERSON_KINDS = Set.of("leader", "official");

  private static final List<String> ORGANISATIONS =
      List.of("EU", "ECOWAS", "G5SAHEL", "AES", "UN", "AU", "NATO", "OIF");

  /** West Africa, North Africa, the Sahel, the P5 and the other states named in the brief. */
  private static final List<String> REQUIRED_STATES = List.of(
      // West Africa
      "BEN", "BFA", "CPV", "CIV", "GMB", "GHA", "GIN", "GNB", "LBR", "MLI", "MRT", "NER", "NGA",
      "SEN", "SLE", "TGO",
      // North Africa
      "DZA", "EGY", "LBY", "MAR", "TUN", "SDN",
      // Sahel (beyond the above)
      "TCD", "CMR", "ERI",
      // UN Security Council permanent members
      "CHN", "FRA", "RUS", "GBR", "USA",
      // partners named in the brief
      "TUR", "IRN", "UKR", "SRB", "DEU", "ITA");

  /** Further states the dictionary must know by name (no demonym/capital requirement). */
  private static final List<String> OTHER_STATES = List.of(
      "ESP", "BEL", "CAN", "JPN", "IND", "ISR", "SAU", "ARE", "QAT", "BLR", "HUN", "ZAF", "RWA",
      "CAF", "ETH", "KEN", "AGO", "PRT", "NLD", "DNK", "SWE", "NOR", "PRK", "KOR", "BRA", "PAK",
      "VEN", "CUB", "SYR", "IRQ", "AFG", "AZE", "KAZ", "IRL", "LUX", "CHE", "POL", "CZE", "AUT",
      "GRC", "GNQ", "PNG", "COD", "COG", "SSD");

  private static final DateTimeFormatter ISO =
      DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

  private static List<List<String>> parties;
  private static List<List<String>> aliases;
  private static Map<String, String> partyKind;

  @BeforeAll
  static void load() throws IOException {
    parties = readCsv("parties.csv");
    aliases = readCsv("aliases.csv");
    partyKind = new HashMap<>();
    for (List<String> r : parties.subList(1, parties.size())) {
      partyKind.put(r.get(0), r.get(2));
    }
  }

  // ---------------------------------------------------------------- file format

  @Test
  void headersAreExact() {
    assertEquals(PARTIES_HEADER, parties.get(0));
    assertEquals(ALIASES_HEADER, aliases.get(0));
  }

  @Test
  void everyRowHasTheHeaderWidth() {
    assertWidth("parties.csv", parties);
    assertWidth("aliases.csv", aliases);
  }

  @Test
  void filesAreUtf8WithoutBomOrCarriageReturns() throws IOException {
    for (String f : List.of("parties.csv", "aliases.csv")) {
      byte[] bytes = bytes(f);
      assertThat(bytes.length).as(f).isGreaterThan(3);
      assertThat(bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF)
          .as("%s starts with a BOM", f).isFalse();
      for (byte b : bytes) {
        assertThat(b).as("%s contains a carriage return", f).isNotEqualTo((byte) '\r');
      }
      assertThat(bytes[bytes.length - 1]).as("%s ends with \\n", f).isEqualTo((byte) '\n');
      try {
        StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT)
            .decode(ByteBuffer.wrap(bytes));
      } catch (CharacterCodingException e) {
        fail(f + " is not valid UTF-8: " + e);
      }
    }
  }

  @Test
  void noDuplicateRows() {
    assertNoDuplicates("parties.csv", parties);
    assertNoDuplicates("aliases.csv", aliases);
    // the same alias, code, kind and validity twice (differing only in the note) is a duplicate too
    Set<List<String>> seen = new HashSet<>();
    List<String> dups = new ArrayList<>();
    for (List<String> r : aliases.subList(1, aliases.size())) {
      if (!seen.add(r.subList(0, 5))) {
        dups.add(String.join(",", r.subList(0, 5)));
      }
    }
    assertThat(dups).as("alias rows repeated with only a different note").isEmpty();
  }

  // ---------------------------------------------------------------- parties.csv

  @Test
  void partiesAreWellFormed() {
    Set<String> codes = new HashSet<>();
    Set<String> names = new HashSet<>();
    List<String> errors = new ArrayList<>();
    for (List<String> r : parties.subList(1, parties.size())) {
      String code = r.get(0);
      String name = r.get(1);
      String kind = r.get(2);
      if (code.isBlank() || name.isBlank() || kind.isBlank()) {
        errors.add("blank field: " + r);
        continue;
      }
      if (!clean(code) || !clean(name)) {
        errors.add("untrimmed or doubled spaces: " + r);
      }
      if (!PARTY_KINDS.contains(kind)) {
        errors.add("unknown kind: " + r);
      }
      if (kind.equals("state") && !code.matches("[A-Z]{3}")) {
        errors.add("state code is not ISO 3166-1 alpha-3: " + r);
      }
      if (kind.equals("organisation") && !ORGANISATIONS.contains(code)) {
        errors.add("organisation code not in the dataset contract: " + r);
      }
      if (!codes.add(code)) {
        errors.add("code listed twice: " + code);
      }
      if (!names.add(name)) {
        errors.add("name listed twice: " + name);
      }
    }
    assertThat(errors).isEmpty();
  }

  @Test
  void allOrganisationsOfTheContractArePresent() {
    for (String org : ORGANISATIONS) {
      assertThat(partyKind.get(org)).as("organisation %s", org).isEqualTo("organisation");
    }
  }

  @Test
  void requiredStatesArePresent() {
    List<String> missing = new ArrayList<>();
    for (String s : concat(REQUIRED_STATES, OTHER_STATES)) {
      if (!"state".equals(partyKind.get(s))) {
        missing.add(s);
      }
    }
    assertThat(missing).as("states missing from parties.csv").isEmpty();
  }

  // ---------------------------------------------------------------- aliases.csv

  @Test
  void aliasRowsAreWellFormed() {
    List<String> errors = new ArrayList<>();
    int line = 1;
    for (List<String> r : aliases.subList(1, aliases.size())) {
      line++;
      String alias = r.get(0);
      String code = r.get(1);
      String kind = r.get(2);
      String where = "line " + line + " " + r + ": ";
      if (alias.isBlank() || code.isBlank() || kind.isBlank()) {
        errors.add(where + "alias, code and kind are required");
        continue;
      }
      if (!clean(alias) || !clean(r.get(5))) {
        errors.add(where + "leading/trailing or doubled whitespace");
      }
      if (!partyKind.containsKey(code)) {
        errors.add(where + "code not in parties.csv");
      }
      if (!ALIAS_KINDS.contains(kind)) {
        errors.add(where + "unknown kind");
      }
      if (alias.codePoints().noneMatch(Character::isUpperCase)) {
        errors.add(where + "alias has no capital letter (would hit ordinary words)");
      }
      if (alias.chars().anyMatch(c -> c == '\u2019' || c == '\u2018' || c == '\u201C'
          || c == '\u201D' || c == '"' || Character.isISOControl(c))) {
        errors.add(where + "curly quote, double quote or control character (text is normalised to ')");
      }
      if (alias.startsWith("#")) {
        errors.add(where + "comment lines are not allowed; use the note column");
      }
      LocalDate from = date(r.get(3), where + "valid_from", errors);
      LocalDate to = date(r.get(4), where + "valid_to", errors);
      if (from != null && to != null && from.isAfter(to)) {
        errors.add(where + "valid_from after valid_to");
      }
      if (!r.get(3).isEmpty() || !r.get(4).isEmpty()) {
        if (!PERSON_KINDS.contains(kind) && r.get(5).isBlank()) {
          errors.add(where + "a dated alias that is not a person needs a note explaining the dates");
        }
      }
    }
    assertThat(errors).isEmpty();
  }

  @Test
  void noAliasMapsToTwoCodesAtOnce() {
    // the matcher compares non-acronyms case-insensitively, so compare lower-cased forms
    Map<String, List<List<String>>> byAlias = new LinkedHashMap<>();
    for (List<String> r : aliases.subList(1, aliases.size())) {
      byAlias.computeIfAbsent(r.get(0).toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(r);
    }
    List<String> conflicts = new ArrayList<>();
    for (List<List<String>> rows : byAlias.values()) {
      for (int i = 0; i < rows.size(); i++) {
        for (int j = i + 1; j < rows.size(); j++) {
          List<String> a = rows.get(i);
          List<String> b = rows.get(j);
          if (!a.get(1).equals(b.get(1)) && overlap(a, b)) {
            conflicts.add(a + " <> " + b);
          }
        }
      }
    }
    assertThat(conflicts).as("aliases mapping to two parties with overlapping validity").isEmpty();
  }

  @Test
  void requiredPartiesHaveNameDemonymAndCapital() {
    Map<String, Set<String>> kindsByCode = new HashMap<>();
    for (List<String> r : aliases.subList(1, aliases.size())) {
      kindsByCode.computeIfAbsent(r.get(1), k -> new HashSet<>()).add(r.get(2));
    }
    List<String> missing = new ArrayList<>();
    for (String s : REQUIRED_STATES) {
      Set<String> kinds = kindsByCode.getOrDefault(s, Set.of());
      for (String k : List.of("name", "demonym", "capital")) {
        if (!kinds.contains(k)) {
          missing.add(s + " " + k);
        }
      }
    }
    for (String s : concat(ORGANISATIONS, OTHER_STATES)) {
      if (!kindsByCode.getOrDefault(s, Set.of()).contains("name")) {
        missing.add(s + " name");
      }
    }
    for (List<String> p : parties.subList(1, parties.size())) {
      if (!kindsByCode.getOrDefault(p.get(0), Set.of()).contains("name")) {
        missing.add(p.get(0) + " name (every party needs one)");
      }
    }
    assertThat(missing).isEmpty();
  }

  @Test
  void theTableNameOfEveryPartyIsAlsoAnAlias() {
    Set<String> nameAliases = new HashSet<>();
    for (List<String> r : aliases.subList(1, aliases.size())) {
      nameAliases.add(r.get(1) + "|" + r.get(0));
    }
    List<String> missing = new ArrayList<>();
    for (List<String> p : parties.subList(1, parties.size())) {
      if (!nameAliases.contains(p.get(0) + "|" + p.get(1))) {
        missing.add(p.get(0) + " " + p.get(1));
      }
    }
    assertThat(missing).isEmpty();
  }

  @Test
  void accentedAliasesHaveAnUnaccentedTwin() {
    Set<String> all = new HashSet<>();
    for (List<String> r : aliases.subList(1, aliases.size())) {
      all.add(r.get(1) + "|" + r.get(0));
    }
    Set<String> missing = new TreeSet<>();
    for (List<String> r : aliases.subList(1, aliases.size())) {
      String folded = fold(r.get(0));
      if (!folded.equals(r.get(0)) && !all.contains(r.get(1) + "|" + folded)) {
        missing.add(r.get(0) + " -> " + folded + " (" + r.get(1) + ")");
      }
    }
    assertThat(missing).as("accented aliases without their unaccented spelling").isEmpty();
  }

  @Test
  void spotChecksFromTheDatasetContract() {
    assertResolves("Niger", "2024-01-16", "NER");
    assertResolves("Nigerien", "2024-01-16", "NER");
    assertResolves("Nigerian", "2024-01-16", "NGA");
    assertResolves("Niamey", "2024-01-16", "NER");
    assertResolves("Paris", "2024-01-16", "FRA");
    assertResolves("Yevkurov", "2023-12-04", "RUS");
    assertResolves("Yunus-Bek Yevkurov", "2023-12-04", "RUS");
    assertResolves("Tiani", "2023-12-04", "NER");
    assertResolves("Tiani", "2023-07-01", null);
    assertResolves("Bazoum", "2023-07-01", "NER");
    assertResolves("Bazoum", "2023-12-04", null);
    assertResolves("Salifou Modi", "2024-01-16", "NER");
    assertResolves("Lamine Zeine", "2024-01-16", "NER");
    assertResolves("EUCAP Sahel Niger", "2023-12-04", "EU");
    assertResolves("Wagner Group", "2023-12-04", "RUS");
    assertResolves("Africa Corps", "2024-06-01", "RUS");
    assertResolves("Rosatom", "2024-06-01", "RUS");
    assertResolves("Sonatrach", "2024-06-01", "DZA");
    assertResolves("Alliance of Sahel States", "2023-12-04", "AES");
    assertResolves("G5 Sahel", "2023-12-04", "G5SAHEL");
    assertResolves("Russian Federation", "2023-12-04", "RUS");
    assertResolves("Republic of Niger", "2023-12-04", "NER");
    assertResolves("CNSP", "2020-09-01", "MLI");
    assertResolves("CNSP", "2023-08-01", "NER");
    assertResolves("Trump", "2019-01-01", "USA");
    assertResolves("Trump", "2023-01-01", null);
    assertResolves("Trump", "2025-06-01", "USA");
    assertResolves("Shoigu", "2024-08-01", "RUS");
    assertResolves("Kallas", "2025-01-15", "EU");
    assertResolves("Rutte", "2025-01-15", "NATO");
    assertResolves("Brussels", "2025-01-15", "EU");
  }

  // ---------------------------------------------------------------- helpers

  private static void assertResolves(String alias, String on, String expected) {
    LocalDate day = LocalDate.parse(on);
    Set<String> codes = new TreeSet<>();
    for (List<String> r : aliases.subList(1, aliases.size())) {
      if (!r.get(0).equalsIgnoreCase(alias)) {
        continue;
      }
      LocalDate from = r.get(3).isEmpty() ? LocalDate.MIN : LocalDate.parse(r.get(3));
      LocalDate to = r.get(4).isEmpty() ? LocalDate.MAX : LocalDate.parse(r.get(4));
      if (!day.isBefore(from) && !day.isAfter(to)) {
        codes.add(r.get(1));
      }
    }
    if (expected == null) {
      assertThat(codes).as("%s on %s", alias, on).isEmpty();
    } else {
      assertThat(codes).as("%s on %s", alias, on).containsExactly(expected);
    }
  }

  /** Both validity intervals are inclusive; an empty bound is open. */
  private static boolean overlap(List<String> a, List<String> b) {
    LocalDate aFrom = a.get(3).isEmpty() ? LocalDate.MIN : LocalDate.parse(a.get(3));
    LocalDate aTo = a.get(4).isEmpty() ? LocalDate.MAX : LocalDate.parse(a.get(4));
    LocalDate bFrom = b.get(3).isEmpty() ? LocalDate.MIN : LocalDate.parse(b.get(3));
    LocalDate bTo = b.get(4).isEmpty() ? LocalDate.MAX : LocalDate.parse(b.get(4));
    return !aFrom.isAfter(bTo) && !bFrom.isAfter(aTo);
  }

  private static LocalDate date(String s, String what, List<String> errors) {
    if (s.isEmpty()) {
      return null;
    }
    try {
      return LocalDate.parse(s, ISO);
    } catch (DateTimeParseException e) {
      errors.add(what + " is not an ISO date: " + s);
      return null;
    }
  }

  private static String fold(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
  }

  private static boolean clean(String s) {
    return s.equals(s.strip()) && !s.contains("  ") && !s.contains("\t") && !s.contains("\n");
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }

  private static void assertWidth(String file, List<List<String>> rows) {
    int width = rows.get(0).size();
    for (int i = 1; i < rows.size(); i++) {
      assertEquals(width, rows.get(i).size(), file + " record " + (i + 1) + ": " + rows.get(i));
    }
    assertTrue(rows.size() > 1, file + " has no data rows");
  }

  private static void assertNoDuplicates(String file, List<List<String>> rows) {
    Set<List<String>> seen = new HashSet<>();
    List<List<String>> dups = new ArrayList<>();
    for (List<String> r : rows) {
      if (!seen.add(r)) {
        dups.add(r);
      }
    }
    assertThat(dups).as("duplicate rows in %s", file).isEmpty();
  }

  private static byte[] bytes(String name) throws IOException {
    try (InputStream in = DictionaryDataTest.class.getResourceAsStream(DIR + name)) {
      if (in == null) {
        throw new IOException("missing resource " + DIR + name);
      }
      return in.readAllBytes();
    }
  }

  /** The header, then every row in header order, read as the coder reads the file. */
  private static List<List<String>> readCsv(String name) throws IOException {
    CsvTable table = Dictionaries.bundled().table(name);
    List<List<String>> records = new ArrayList<>();
    records.add(table.header());
    for (CsvTable.Row row : table.rows()) {
      records.add(table.header().stream().map(row::get).toList());
    }
    return records;
  }
}
