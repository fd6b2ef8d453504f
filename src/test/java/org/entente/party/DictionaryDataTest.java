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
 * {@code parties.csv} ({@code code,name,kind,region}), {@code aliases.csv}
 * ({@code alias,code,kind,valid_from,valid_to,note}), {@code region-words.csv} ({@code words,regions,note}),
 * {@code members.csv} ({@code organisation,member,valid_from,valid_to,note}) and the places gazetteer
 * {@code places.csv} ({@code place,party,kind,note}).
 */
class DictionaryDataTest {

  private static final String DIR = "/org/entente/dict/";
  private static final List<String> PARTIES_HEADER = List.of("code", "name", "kind", "region");
  private static final List<String> ALIASES_HEADER =
      List.of("alias", "code", "kind", "valid_from", "valid_to", "note");
  private static final List<String> REGION_WORDS_HEADER = List.of("words", "regions", "note");
  private static final List<String> MEMBERS_HEADER =
      List.of("organisation", "member", "valid_from", "valid_to", "note");
  private static final List<String> PLACES_HEADER = List.of("place", "party", "kind", "note");

  /** The UN M49 sub-regions, Sub-Saharan Africa by its intermediate regions: a state's region is one of them. */
  private static final List<String> M49_SUB_REGIONS = List.of("Northern Africa", "Western Africa",
      "Middle Africa", "Eastern Africa", "Southern Africa", "Caribbean", "Central America", "South America",
      "Northern America", "Central Asia", "Eastern Asia", "South-eastern Asia", "Southern Asia", "Western Asia",
      "Eastern Europe", "Northern Europe", "Southern Europe", "Western Europe", "Australia and New Zealand",
      "Melanesia", "Micronesia", "Polynesia");

  private static final Set<String> PARTY_KINDS = Set.of("state", "organisation");
  private static final Set<String> ALIAS_KINDS =
      Set.of("name", "demonym", "capital", "leader", "official", "ministry", "army", "mission",
          "armed_group", "company", "institution", "none");
  private static final Set<String> PERSON_KINDS = Set.of("leader", "official");

  /** The organisations the dataset contract names; any other takes its English acronym in capitals. */
  private static final List<String> ORGANISATIONS =
      List.of("EU", "ECOWAS", "G5SAHEL", "AES", "UN", "AU", "NATO", "OIF");

  /** The 193 member states of the United Nations. */
  private static final List<String> UN_MEMBERS = List.of(
      // Africa (54)
      "DZA", "AGO", "BEN", "BWA", "BFA", "BDI", "CPV", "CMR", "CAF", "TCD", "COM", "COD", "COG", "CIV",
      "DJI", "EGY", "GNQ", "ERI", "SWZ", "ETH", "GAB", "GMB", "GHA", "GIN", "GNB", "KEN", "LSO", "LBR",
      "LBY", "MDG", "MWI", "MLI", "MRT", "MUS", "MAR", "MOZ", "NAM", "NER", "NGA", "RWA", "STP", "SEN",
      "SYC", "SLE", "SOM", "ZAF", "SSD", "SDN", "TZA", "TGO", "TUN", "UGA", "ZMB", "ZWE",
      // Americas (35)
      "ATG", "ARG", "BHS", "BRB", "BLZ", "BOL", "BRA", "CAN", "CHL", "COL", "CRI", "CUB", "DMA", "DOM",
      "ECU", "SLV", "GRD", "GTM", "GUY", "HTI", "HND", "JAM", "MEX", "NIC", "PAN", "PRY", "PER", "KNA",
      "LCA", "VCT", "SUR", "TTO", "USA", "URY", "VEN",
      // Europe (44)
      "ALB", "AND", "AUT", "BLR", "BEL", "BIH", "BGR", "HRV", "CYP", "CZE", "DNK", "EST", "FIN", "FRA",
      "DEU", "GRC", "HUN", "ISL", "IRL", "ITA", "LVA", "LIE", "LTU", "LUX", "MLT", "MDA", "MCO", "MNE",
      "NLD", "MKD", "NOR", "POL", "PRT", "ROU", "RUS", "SMR", "SRB", "SVK", "SVN", "ESP", "SWE", "CHE",
      "UKR", "GBR",
      // Asia (46)
      "AFG", "ARM", "AZE", "BHR", "BGD", "BTN", "BRN", "KHM", "CHN", "GEO", "IND", "IDN", "IRN", "IRQ",
      "ISR", "JPN", "JOR", "KAZ", "KWT", "KGZ", "LAO", "LBN", "MYS", "MDV", "MNG", "MMR", "NPL", "PRK",
      "OMN", "PAK", "PHL", "QAT", "KOR", "SAU", "SGP", "LKA", "SYR", "TJK", "THA", "TLS", "TUR", "TKM",
      "ARE", "UZB", "VNM", "YEM",
      // Oceania (14)
      "AUS", "FJI", "KIR", "MHL", "FSM", "NRU", "NZL", "PLW", "PNG", "WSM", "SLB", "TON", "TUV", "VUT");

  /** Observer states (Holy See, Palestine) and the two the contract adds: Taiwan and Kosovo. */
  private static final List<String> OTHER_STATES_OF_THE_CONTRACT = List.of("VAT", "PSE", "TWN", "XKX");
  /**
   * States in free association with New Zealand that conduct their own foreign relations (the Cook Islands signed a
   * partnership with China in 2025): not UN members, but parties to the acts news reports.
   */
  private static final List<String> STATES_IN_FREE_ASSOCIATION = List.of("COK", "NIU");
  /** The Sahrawi Arab Democratic Republic (ESH): recognised by some states, withdrawn by others, an AU member. */
  private static final List<String> PARTLY_RECOGNISED = List.of("ESH");

  /** Kosovo's code is user-assigned, so the JDK does not list it. */
  private static final String KOSOVO = "XKX";

  private static final List<String> AFRICA = UN_MEMBERS.subList(0, 54);

  private static final List<String> G20_STATES = List.of("ARG", "AUS", "BRA", "CAN", "CHN", "FRA", "DEU",
      "IND", "IDN", "ITA", "JPN", "KOR", "MEX", "RUS", "SAU", "ZAF", "TUR", "GBR", "USA");

  /** The states coded in the development set's gold file (../shared/devset/gold.csv). */
  private static final List<String> DEVSET_STATES = List.of("ARG", "ARM", "AUS", "AZE", "BFA", "CAF",
      "CAN", "CHL", "CHN", "CIV", "CRI", "DEU", "DOM", "DZA", "ECU", "EGY", "FIN", "FRA", "GAB", "GBR",
      "GHA", "HND", "HUN", "IND", "IRN", "JPN", "LBY", "MDA", "MEX", "MLI", "MNG", "MRT", "NER", "PAN",
      "PER", "PHL", "RUS", "RWA", "SAU", "SDN", "SRB", "SWE", "SYR", "TCD", "TGO", "TUR", "TWN", "UKR",
      "URY", "USA", "VEN");

  /** States without a demonym row, and why. */
  private static final Map<String, String> NO_DEMONYM = Map.of(
      "COG", "\"Congolese\" names both Congos, so neither has it",
      "DMA", "\"Dominican\" is given to the Dominican Republic, which news means by it",
      "ESH", "\"Sahrawi\" names the people of Western Sahara, refugees and Moroccan citizens too, not the SADR");

  /** Aliases written in lower case in news, and why they hit no ordinary word. */
  private static final Map<String, String> LOWER_CASE_ALIASES = Map.of(
      "papal", "an adjective of the Holy See alone (\"the papal nuncio\"), never capitalised mid-sentence");

  /** States without a capital row, and why. */
  private static final Map<String, String> NO_CAPITAL = Map.ofEntries(
      Map.entry("BEL", "\"Brussels\" is mapped to the EU"),
      Map.entry("ESH", "the SADR governs from camps near Tindouf, in Algeria; no city stands for it in news"),
      Map.entry("DJI", "the capital has the state's name"),
      Map.entry("LUX", "the capital has the state's name"),
      Map.entry("MCO", "the capital has the state's name"),
      Map.entry("SGP", "the capital has the state's name"),
      Map.entry("SMR", "the capital has the state's name"),
      Map.entry("ATG", "St. John's is also Newfoundland's capital"),
      Map.entry("BHS", "Nassau is also a county of New York and a German region"),
      Map.entry("BGR", "Sofia is a common first name"),
      Map.entry("CRI", "San Jose is also a Californian city"),
      Map.entry("GRD", "St. George's is a common place name"),
      Map.entry("GUY", "Georgetown is also a Washington neighbourhood and Penang's capital"),
      Map.entry("JAM", "Kingston is also an English town, a Canadian city and a surname"),
      Map.entry("NZL", "Wellington is a common first name and surname"),
      Map.entry("SYC", "Victoria is a common first name and a place name"),
      Map.entry("YEM", "Sanaa is held by the Houthis, and \"Aden\" would match the Gulf of Aden"));

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

  private static final Set<String> ISO_ALPHA3 =
      Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3);

  private static final DateTimeFormatter ISO =
      DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

  private static List<List<String>> parties;
  private static List<List<String>> aliases;
  private static List<List<String>> regionWords;
  private static List<List<String>> members;
  private static List<List<String>> places;
  private static Map<String, String> partyKind;
  private static Map<String, String> stateRegion;

  @BeforeAll
  static void load() throws IOException {
    parties = readCsv("parties.csv");
    aliases = readCsv("aliases.csv");
    regionWords = readCsv("region-words.csv");
    members = readCsv("members.csv");
    places = readCsv("places.csv");
    partyKind = new HashMap<>();
    stateRegion = new HashMap<>();
    for (List<String> r : parties.subList(1, parties.size())) {
      partyKind.put(r.get(0), r.get(2));
      if (r.get(2).equals("state")) {
        stateRegion.put(r.get(0), r.get(3));
      }
    }
  }

  // ---------------------------------------------------------------- file format

  @Test
  void headersAreExact() {
    assertEquals(PARTIES_HEADER, parties.get(0));
    assertEquals(ALIASES_HEADER, aliases.get(0));
    assertEquals(REGION_WORDS_HEADER, regionWords.get(0));
    assertEquals(MEMBERS_HEADER, members.get(0));
    assertEquals(PLACES_HEADER, places.get(0));
  }

  @Test
  void everyRowHasTheHeaderWidth() {
    assertWidth("parties.csv", parties);
    assertWidth("aliases.csv", aliases);
    assertWidth("region-words.csv", regionWords);
    assertWidth("members.csv", members);
    assertWidth("places.csv", places);
  }

  @Test
  void filesAreUtf8WithoutBomOrCarriageReturns() throws IOException {
    for (String f : List.of("parties.csv", "aliases.csv", "region-words.csv", "members.csv")) {
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
    assertNoDuplicates("region-words.csv", regionWords);
    assertNoDuplicates("members.csv", members);
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
      if (kind.equals("state") && !ISO_ALPHA3.contains(code) && !code.equals(KOSOVO)) {
        errors.add("state code is not ISO 3166-1 alpha-3: " + r);
      }
      if (kind.equals("organisation") && !ORGANISATIONS.contains(code)
          && (!code.matches("[A-Z][A-Z0-9]+") || ISO_ALPHA3.contains(code))) {
        errors.add("organisation code is neither the contract's nor an acronym in capitals"
            + " that no state has: " + r);
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

  @Test
  void everyUnMemberAndTheContractsOtherStatesArePresent() {
    assertThat(UN_MEMBERS).as("UN members listed once each").hasSize(193).doesNotHaveDuplicates();
    assertThat(AFRICA).as("African states").hasSize(54).startsWith("DZA").endsWith("ZWE");
    List<String> missing = new ArrayList<>();
    for (String s : concat(UN_MEMBERS, OTHER_STATES_OF_THE_CONTRACT)) {
      if (!"state".equals(partyKind.get(s))) {
        missing.add(s);
      }
    }
    assertThat(missing).as("states missing from parties.csv").isEmpty();
    List<String> extra = new ArrayList<>();
    for (Map.Entry<String, String> e : partyKind.entrySet()) {
      if (e.getValue().equals("state") && !UN_MEMBERS.contains(e.getKey())
          && !OTHER_STATES_OF_THE_CONTRACT.contains(e.getKey()) && !STATES_IN_FREE_ASSOCIATION.contains(e.getKey())
          && !PARTLY_RECOGNISED.contains(e.getKey())) {
        extra.add(e.getKey());
      }
    }
    assertThat(extra).as("states that are neither UN members nor named by the contract").isEmpty();
  }

  @Test
  void everyStateHasNameDemonymAndCapitalOrADocumentedException() {
    Map<String, Set<String>> kindsByCode = new HashMap<>();
    for (List<String> r : aliases.subList(1, aliases.size())) {
      kindsByCode.computeIfAbsent(r.get(1), k -> new HashSet<>()).add(r.get(2));
    }
    List<String> problems = new ArrayList<>();
    for (Map.Entry<String, String> e : partyKind.entrySet()) {
      if (!e.getValue().equals("state")) {
        continue;
      }
      String s = e.getKey();
      Set<String> kinds = kindsByCode.getOrDefault(s, Set.of());
      if (!kinds.contains("name")) {
        problems.add(s + " has no name");
      }
      if (kinds.contains("demonym") == NO_DEMONYM.containsKey(s)) {
        problems.add(s + (NO_DEMONYM.containsKey(s) ? " has a demonym after all: drop the exception"
            : " has no demonym and no documented exception"));
      }
      if (kinds.contains("capital") == NO_CAPITAL.containsKey(s)) {
        problems.add(s + (NO_CAPITAL.containsKey(s) ? " has a capital after all: drop the exception"
            : " has no capital and no documented exception"));
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void africanG20AndDevsetStatesHaveLeadersSince2019() {
    LocalDate since = LocalDate.of(2019, 1, 1);
    Set<String> withLeader = new HashSet<>();
    for (List<String> r : aliases.subList(1, aliases.size())) {
      if (!r.get(2).equals("leader")) {
        continue;
      }
      LocalDate to = r.get(4).isEmpty() ? LocalDate.MAX : LocalDate.parse(r.get(4), ISO);
      if (!to.isBefore(since)) {
        withLeader.add(r.get(1));
      }
    }
    Set<String> missing = new TreeSet<>();
    for (String s : concat(concat(AFRICA, G20_STATES), DEVSET_STATES)) {
      if (!withLeader.contains(s)) {
        missing.add(s);
      }
    }
    assertThat(missing).as("states without a leader in office at some time since 2019").isEmpty();
  }

  @Test
  void peopleAreDatedOrSayWhyNot() {
    // a person without dates matches every article, so the note must say how long the post has been held
    List<String> undated = new ArrayList<>();
    for (List<String> r : aliases.subList(1, aliases.size())) {
      if (PERSON_KINDS.contains(r.get(2)) && r.get(3).isEmpty() && r.get(4).isEmpty()
          && r.get(5).isBlank()) {
        undated.add(r.get(0) + " (" + r.get(1) + ")");
      }
    }
    assertThat(undated).as("people without dates or a note").isEmpty();
  }

  @Test
  void everyStateHasAnM49SubRegionAndNoOrganisationHasOne() {
    assertThat(M49_SUB_REGIONS).hasSize(22).doesNotHaveDuplicates();
    List<String> errors = new ArrayList<>();
    for (List<String> r : parties.subList(1, parties.size())) {
      boolean state = r.get(2).equals("state");
      if (state && !M49_SUB_REGIONS.contains(r.get(3))) {
        errors.add("state without an M49 sub-region: " + r);
      }
      if (!state && !r.get(3).isEmpty()) {
        errors.add("organisation with a region: " + r);
      }
    }
    assertThat(errors).isEmpty();
    assertThat(new TreeSet<>(stateRegion.values())).as("sub-regions with a state")
        .containsExactlyInAnyOrderElementsOf(M49_SUB_REGIONS);
    for (String s : AFRICA) {
      assertThat(stateRegion.get(s)).as("region of %s", s).endsWith(" Africa");
    }
    // the states M49 does not list, placed as the brief says; Cyprus is Western Asia in M49
    Map<String, String> expected = Map.ofEntries(Map.entry("TWN", "Eastern Asia"),
        Map.entry("XKX", "Southern Europe"), Map.entry("PSE", "Western Asia"), Map.entry("VAT", "Southern Europe"),
        Map.entry("CYP", "Western Asia"), Map.entry("NER", "Western Africa"), Map.entry("SDN", "Northern Africa"),
        Map.entry("TCD", "Middle Africa"), Map.entry("MEX", "Central America"), Map.entry("IRN", "Southern Asia"),
        Map.entry("TUR", "Western Asia"), Map.entry("RUS", "Eastern Europe"), Map.entry("GBR", "Northern Europe"),
        Map.entry("FJI", "Melanesia"), Map.entry("NRU", "Micronesia"), Map.entry("TON", "Polynesia"));
    expected.forEach((code, region) -> assertThat(stateRegion.get(code)).as("region of %s", code).isEqualTo(region));
  }

  // ---------------------------------------------------------------- region-words.csv

  @Test
  void regionWordsAreLowerCaseUniqueAndCoverKnownRegionsOrStates() {
    List<String> errors = new ArrayList<>();
    Set<String> words = new HashSet<>();
    int line = 1;
    for (List<String> r : regionWords.subList(1, regionWords.size())) {
      line++;
      String where = "line " + line + " " + r + ": ";
      String word = r.get(0);
      if (word.isEmpty() || !clean(word) || !word.equals(word.toLowerCase(Locale.ROOT))
          || !word.matches("[a-z]+([ -][a-z]+)*")) {
        errors.add(where + "words must be lower-case letters, single spaces or hyphens");
      }
      if (!words.add(matchKey(word))) {
        errors.add(where + "words listed twice");
      }
      if (!clean(r.get(2))) {
        errors.add(where + "leading/trailing or doubled whitespace in the note");
      }
      List<String> items = List.of(r.get(1).split(";", -1));
      if (new HashSet<>(items).size() != items.size()) {
        errors.add(where + "a region or state listed twice");
      }
      Set<String> named = new HashSet<>();
      for (String item : items) {
        if (M49_SUB_REGIONS.contains(item)) {
          named.add(item);
        } else if (!stateRegion.containsKey(item)) {
          errors.add(where + "'" + item + "' is neither an M49 sub-region nor a state code of parties.csv");
        }
      }
      for (String item : items) {
        if (stateRegion.containsKey(item) && named.contains(stateRegion.get(item))) {
          errors.add(where + item + " is already in " + stateRegion.get(item));
        }
      }
    }
    assertThat(errors).isEmpty();
    assertThat(regionWords.size() - 1).as("region words").isBetween(40, 80);
  }

  @Test
  void aRegionWordThatIsAlsoAnAliasSaysWhoseItIs() {
    // "central african" is the Central African Republic's demonym and "european" the EU's: the reader must
    // know the phrase has two readings, so the note names the party
    Map<String, Set<String>> codesByAlias = new HashMap<>();
    for (List<String> r : aliases.subList(1, aliases.size())) {
      codesByAlias.computeIfAbsent(matchKey(r.get(0)), k -> new TreeSet<>()).add(r.get(1));
    }
    List<String> unexplained = new ArrayList<>();
    for (List<String> r : regionWords.subList(1, regionWords.size())) {
      for (String code : codesByAlias.getOrDefault(matchKey(r.get(0)), Set.of())) {
        if (!r.get(2).contains(code)) {
          unexplained.add(r.get(0) + " is an alias of " + code + "; its note must say so");
        }
      }
    }
    assertThat(unexplained).isEmpty();
  }

  @Test
  void spotChecksOfRegionWords() {
    assertCovers("west african", List.of("NER", "NGA", "SEN", "MRT"), List.of("CMR", "TCD"));
    assertCovers("sahelian", List.of("MLI", "NER", "BFA", "TCD"), List.of("NGA", "CMR"));
    assertCovers("sahel", List.of("MLI", "NER", "BFA"), List.of("NGA"));
    assertCovers("gulf", List.of("QAT", "ARE", "SAU"), List.of("IRN", "IRQ", "YEM"));
    assertCovers("arab", List.of("EGY", "DZA", "SYR", "PSE", "COM"), List.of("IRN", "TUR", "ISR"));
    assertCovers("east asian", List.of("CHN", "JPN", "KOR", "TWN"), List.of("VNM"));
    assertCovers("southeast asian", List.of("VNM", "PHL", "TLS"), List.of("CHN"));
    assertCovers("balkan", List.of("SRB", "XKX", "BIH"), List.of("ITA"));
    assertCovers("baltic", List.of("EST", "LVA", "LTU"), List.of("FIN"));
    assertCovers("nordic", List.of("DNK", "FIN", "ISL", "NOR", "SWE"), List.of("EST"));
    assertCovers("maghreb", List.of("DZA", "MAR", "TUN"), List.of("EGY"));
    assertCovers("african", AFRICA, List.of("FRA"));
    assertCovers("european", List.of("FRA", "POL", "CYP", "VAT", "XKX"), List.of("TUR"));
    assertCovers("latin american", List.of("MEX", "BRA", "CUB"), List.of("JAM", "GUY", "USA"));
    assertCovers("middle eastern", List.of("ISR", "IRN", "EGY", "SAU"), List.of("ARM", "GEO"));
    assertCovers("pacific", List.of("FJI", "TON", "PLW"), List.of("AUS", "NZL"));
  }

  // ---------------------------------------------------------------- members.csv

  @Test
  void membershipRowsAreWellFormed() {
    List<String> errors = new ArrayList<>();
    int line = 1;
    for (List<String> r : members.subList(1, members.size())) {
      line++;
      String where = "line " + line + " " + r + ": ";
      if (!"organisation".equals(partyKind.get(r.get(0)))) {
        errors.add(where + "organisation is not a party of kind organisation");
      }
      if (!"state".equals(partyKind.get(r.get(1)))) {
        errors.add(where + "member is not a party of kind state");
      }
      if (!clean(r.get(4))) {
        errors.add(where + "leading/trailing or doubled whitespace in the note");
      }
      LocalDate from = date(r.get(2), where + "valid_from", errors);
      LocalDate to = date(r.get(3), where + "valid_to", errors);
      if (from != null && to != null && from.isAfter(to)) {
        errors.add(where + "valid_from after valid_to");
      }
    }
    assertThat(errors).isEmpty();
  }

  @Test
  void noStateHasTwoOverlappingSpellsInOneOrganisation() {
    Map<String, List<List<String>>> byPair = new LinkedHashMap<>();
    for (List<String> r : members.subList(1, members.size())) {
      byPair.computeIfAbsent(r.get(0) + "|" + r.get(1), k -> new ArrayList<>()).add(r);
    }
    List<String> conflicts = new ArrayList<>();
    for (List<List<String>> rows : byPair.values()) {
      for (int i = 0; i < rows.size(); i++) {
        for (int j = i + 1; j < rows.size(); j++) {
          List<String> a = rows.get(i);
          List<String> b = rows.get(j);
          if (overlap(a.get(2), a.get(3), b.get(2), b.get(3))) {
            conflicts.add(rows.get(i) + " <> " + rows.get(j));
          }
        }
      }
    }
    assertThat(conflicts).as("membership spells of the same state and organisation that overlap").isEmpty();
  }

  @Test
  void membershipSpotChecks() {
    assertThat(membersOn("AES", "2024-01-01")).containsExactly("BFA", "MLI", "NER");
    assertThat(membersOn("AES", "2023-09-01")).isEmpty();
    assertThat(membersOn("ECOWAS", "2024-06-01")).hasSize(15).contains("BFA", "MLI", "NER", "CPV")
        .doesNotContain("MRT");
    assertThat(membersOn("ECOWAS", "2025-06-01")).hasSize(12).doesNotContain("BFA", "MLI", "NER");
    assertThat(membersOn("NATO", "2024-06-01")).hasSize(32).contains("FIN", "SWE");
    assertThat(membersOn("NATO", "2023-06-01")).hasSize(31).contains("FIN").doesNotContain("SWE");
    assertThat(membersOn("EU", "2024-06-01")).hasSize(27).doesNotContain("GBR");
    assertThat(membersOn("EU", "2019-06-01")).hasSize(28).contains("GBR");
    assertThat(membersOn("G5SAHEL", "2021-01-01")).containsExactly("BFA", "MLI", "MRT", "NER", "TCD");
    assertThat(membersOn("G5SAHEL", "2023-01-01")).containsExactly("BFA", "MRT", "NER", "TCD");
    assertThat(membersOn("G5SAHEL", "2024-01-01")).isEmpty();
    assertThat(membersOn("UN", "2024-06-01")).containsExactlyInAnyOrderElementsOf(UN_MEMBERS);
    // (the 54 African UN members and the Sahrawi Republic)
    assertThat(membersOn("AU", "2024-06-01")).containsExactlyInAnyOrderElementsOf(concat(AFRICA, List.of("ESH")));
    assertThat(membersOn("AU", "2016-06-01")).hasSize(54).contains("ESH").doesNotContain("MAR");
    assertThat(membersOn("G20", "2024-06-01")).containsExactlyInAnyOrderElementsOf(G20_STATES);
    assertThat(membersOn("BRICS", "2023-06-01")).containsExactly("BRA", "CHN", "IND", "RUS", "ZAF");
    assertThat(membersOn("BRICS", "2025-06-01")).hasSize(10).contains("IDN", "EGY", "ETH", "IRN", "ARE")
        .doesNotContain("SAU");
    assertThat(membersOn("OPEC", "2024-06-01")).hasSize(12).doesNotContain("AGO", "QAT", "ECU");
    assertThat(membersOn("OPEC", "2023-06-01")).contains("AGO");
    assertThat(membersOn("LAS", "2015-01-01")).hasSize(22).contains("SYR");
    assertThat(membersOn("CSTO", "2024-06-01")).containsExactly("ARM", "BLR", "KAZ", "KGZ", "RUS", "TJK");
  }

  /** The members of {@code organisation} on {@code day}, sorted; both bounds inclusive, an empty one open. */
  // ---------------------------------------------------------------- agreements.csv

  @Test
  void everyKnownAgreementNamesPartiesOfTheDictionaryInLowerCase() throws IOException {
    List<List<String>> agreements = readCsv("agreements.csv");
    assertWidth("agreements.csv", agreements);
    List<String> errors = new ArrayList<>();
    for (List<String> r : agreements.subList(1, agreements.size())) {
      if (r.get(0).isEmpty() || !clean(r.get(0)) || !r.get(0).equals(r.get(0).toLowerCase(java.util.Locale.ROOT))) {
        errors.add(r + ": words empty, not trimmed or not in lower case");
      }
      for (String code : r.get(1).split(";")) {
        if (!partyKind.containsKey(code)) errors.add(r + ": " + code + " is not a code of parties.csv");
      }
    }
    assertThat(agreements).hasSizeGreaterThan(1);
    assertThat(errors).isEmpty();
  }

  // ---------------------------------------------------------------- places.csv

  @Test
  void everyPlaceIsInAStateOfTheDictionary() {
    List<String> errors = new ArrayList<>();
    for (List<String> r : places.subList(1, places.size())) {
      if (!"state".equals(partyKind.get(r.get(1)))) errors.add(r + ": not a state code of parties.csv");
      if (!Places.KINDS.contains(r.get(2))) errors.add(r + ": kind must be one of " + Places.KINDS);
      if (r.get(0).isEmpty() || !clean(r.get(0))) errors.add(r + ": place empty or not trimmed");
      if (!Character.isUpperCase(r.get(0).codePointAt(0))) errors.add(r + ": a place starts with a capital");
    }
    assertThat(errors).isEmpty();
  }

  @Test
  void noPlaceIsNamedTwiceOrInTwoStates() {
    // accents and case are ignored when matching, so "Menaka" and "Ménaka" are one place
    Map<String, List<String>> rowsOf = new HashMap<>();
    for (List<String> r : places.subList(1, places.size())) {
      rowsOf.computeIfAbsent(fold(matchKey(r.get(0))), k -> new ArrayList<>()).add(r.get(0) + "/" + r.get(1));
    }
    assertThat(rowsOf.values().stream().filter(v -> v.size() > 1).toList()).isEmpty();
  }

  @Test
  void noPlaceIsAnAliasOfAParty() {
    // an alias already says what the name stands for: "Niamey", "Tel Aviv", "Masisi" (Botswana's president)
    Map<String, String> aliasOf = new HashMap<>();
    for (List<String> r : aliases.subList(1, aliases.size())) aliasOf.put(fold(matchKey(r.get(0))), r.get(1));
    List<String> clashes = new ArrayList<>();
    for (List<String> r : places.subList(1, places.size())) {
      String alias = aliasOf.get(fold(matchKey(r.get(0))));
      if (alias != null) clashes.add(r.get(0) + " (" + r.get(1) + ") is an alias of " + alias);
    }
    assertThat(clashes).isEmpty();
  }

  @Test
  void disputedAndAmbiguousPlacesAreLeftOut() {
    List<String> left = List.of("Crimea", "Sevastopol", "Donetsk", "Luhansk", "Donbas", "Western Sahara",
        "Laayoune", "Nagorno-Karabakh", "Golan", "Gaza", "West Bank", "Abkhazia", "South Ossetia", "Somaliland",
        "Transnistria", "Kashmir", "Punjab", "Georgia", "Jordan", "Niger", "Niger State", "Victoria",
        "Washington", "New York", "Mayotte", "Falklands", "Gibraltar", "Essequibo");
    Set<String> named = new HashSet<>();
    for (List<String> r : places.subList(1, places.size())) named.add(fold(matchKey(r.get(0))));
    assertThat(left.stream().filter(p -> named.contains(fold(matchKey(p))))).isEmpty();
  }

  @Test
  void everyAfricanAndG20StateAndEveryDevsetStateHasPlaces() {
    Set<String> withPlaces = new HashSet<>();
    for (List<String> r : places.subList(1, places.size())) withPlaces.add(r.get(1));
    Set<String> wanted = new TreeSet<>(AFRICA);
    wanted.addAll(G20_STATES);
    wanted.addAll(DEVSET_STATES);
    assertThat(wanted.stream().filter(c -> !withPlaces.contains(c))).isEmpty();
  }

  @Test
  void theGazetteerLoadsAndRefusesAPlaceOfTwoStates(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws IOException {
    java.util.function.Function<String, List<String>> words = text -> List.of(text.split("\\s+"));
    PartyDictionary dictionary = PartyDictionary.load(Dictionaries.bundled(), words);
    assertEquals(places.size() - 1, Places.load(Dictionaries.bundled(), dictionary, words).size());
    java.nio.file.Files.writeString(dir.resolve("places.csv"), "place,party,kind,note\nGao,NER,town,\n");
    Dictionaries extended = new Dictionaries(dir);
    assertThat(org.assertj.core.api.Assertions.catchThrowable(
        () -> Places.load(extended, PartyDictionary.load(extended, words), words)))
        .hasMessageContaining("already a place of MLI");
  }

  private static List<String> membersOn(String organisation, String day) {
    Set<String> out = new TreeSet<>();
    for (List<String> r : members.subList(1, members.size())) {
      if (r.get(0).equals(organisation) && overlap(r.get(2), r.get(3), day, day)) {
        out.add(r.get(1));
      }
    }
    return List.copyOf(out);
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
      // kind "none": a name holding another party's alias that names no party ("Latin America"), with no code
      boolean none = kind.equals("none");
      if (alias.isBlank() || kind.isBlank() || code.isBlank() != none) {
        errors.add(where + "alias, code and kind are required (no code for kind 'none')");
        continue;
      }
      if (!clean(alias) || !clean(r.get(5))) {
        errors.add(where + "leading/trailing or doubled whitespace");
      }
      if (!none && !partyKind.containsKey(code)) {
        errors.add(where + "code not in parties.csv");
      }
      if (!ALIAS_KINDS.contains(kind)) {
        errors.add(where + "unknown kind");
      }
      if (alias.codePoints().noneMatch(Character::isUpperCase) && !LOWER_CASE_ALIASES.containsKey(alias)) {
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
    // the matcher compares words normalised (case, quotes, dashes) and ignores the spacing
    Map<String, List<List<String>>> byAlias = new LinkedHashMap<>();
    for (List<String> r : aliases.subList(1, aliases.size())) {
      byAlias.computeIfAbsent(matchKey(r.get(0)), k -> new ArrayList<>()).add(r);
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
    // names, demonyms and capitals of the whole world
    assertResolves("Ivory Coast", "2024-01-16", "CIV");
    assertResolves("Türkiye", "2024-01-16", "TUR");
    assertResolves("Turkiye", "2024-01-16", "TUR");
    assertResolves("DRC", "2024-01-16", "COD");
    assertResolves("Congo", "2024-01-16", null);
    assertResolves("Congolese", "2024-01-16", null);
    assertResolves("Korea", "2024-01-16", null);
    assertResolves("Dominican", "2024-01-16", "DOM");
    assertResolves("Niger Delta", "2024-01-16", "NGA");
    assertResolves("New Mexico", "2024-01-16", "USA");
    assertResolves("Taipei", "2024-01-16", "TWN");
    assertResolves("Pristina", "2024-01-16", "XKX");
    assertResolves("Ramallah", "2024-01-16", "PSE");
    assertResolves("Holy See", "2024-01-16", "VAT");
    assertResolves("Ulaanbaatar", "2024-01-16", "MNG");
    // people change with time
    assertResolves("Tshisekedi", "2024-01-16", "COD");
    assertResolves("Kabila", "2024-01-16", null);
    assertResolves("Bolsonaro", "2020-01-01", "BRA");
    assertResolves("Bolsonaro", "2024-01-01", null);
    assertResolves("Milei", "2024-06-01", "ARG");
    assertResolves("Kishida", "2023-06-01", "JPN");
    assertResolves("Jaishankar", "2024-10-15", "IND");
    assertResolves("Mulino", "2025-02-02", "PAN");
    assertResolves("Donald Tusk", "2019-06-01", "EU");
    assertResolves("Donald Tusk", "2024-06-01", "POL");
    assertResolves("Mahmoud Ali Youssouf", "2024-06-01", "DJI");
    assertResolves("Mahmoud Ali Youssouf", "2025-06-01", "AU");
    // organisations by acronym, UN missions and agencies to the UN
    assertResolves("ICC", "2025-09-23", "ICC");
    assertResolves("World Health Organization", "2025-02-06", "WHO");
    assertResolves("Arab League", "2024-01-16", "LAS");
    assertResolves("UEMOA", "2024-01-16", "WAEMU");
    assertResolves("MINUSMA", "2023-06-16", "UN");
    assertResolves("UNIFIL", "2024-01-16", "UN");
    assertResolves("International Court of Justice", "2024-04-06", "UN");
    assertResolves("EUTM Mali", "2022-01-01", "EU");
    assertResolves("KFOR", "2024-01-16", "NATO");
  }

  // ---------------------------------------------------------------- helpers

  /** The states {@code words} covers: its state codes and the states of its M49 sub-regions. */
  private static void assertCovers(String words, List<String> in, List<String> out) {
    List<String> cell = regionWords.subList(1, regionWords.size()).stream()
        .filter(r -> r.get(0).equals(words)).map(r -> r.get(1)).toList();
    assertThat(cell).as("region words '%s'", words).hasSize(1);
    Set<String> states = new TreeSet<>();
    for (String item : cell.get(0).split(";")) {
      if (stateRegion.containsKey(item)) {
        states.add(item);
      }
      stateRegion.forEach((code, region) -> {
        if (region.equals(item)) {
          states.add(code);
        }
      });
    }
    assertThat(states).as("states of '%s'", words).containsAll(in).doesNotContainAnyElementsOf(out);
  }

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

  /** An alias as the party finder compares it: normalised words, whatever the spacing between them. */
  private static String matchKey(String alias) {
    return org.entente.text.Normalizer.norm(alias.strip()).replaceAll("\\s+", " ");
  }

  /** Both validity intervals are inclusive; an empty bound is open. */
  private static boolean overlap(List<String> a, List<String> b) {
    return overlap(a.get(3), a.get(4), b.get(3), b.get(4));
  }

  /** Whether two inclusive intervals given as ISO dates meet; an empty bound is open. */
  private static boolean overlap(String aFrom, String aTo, String bFrom, String bTo) {
    LocalDate af = aFrom.isEmpty() ? LocalDate.MIN : LocalDate.parse(aFrom);
    LocalDate at = aTo.isEmpty() ? LocalDate.MAX : LocalDate.parse(aTo);
    LocalDate bf = bFrom.isEmpty() ? LocalDate.MIN : LocalDate.parse(bFrom);
    LocalDate bt = bTo.isEmpty() ? LocalDate.MAX : LocalDate.parse(bTo);
    return !af.isAfter(bt) && !bf.isAfter(at);
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
