package org.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The README's CLI reference is the tool's own --help output, so that it cannot drift. To regenerate:
 * {@code mvn -B -o test -Dtest=CliReferenceTest -Dentente.readme.update=true}.
 */
class CliReferenceTest {
  private static final Path README = Path.of("README.md");
  private static final String START = "<!-- cli-reference:start -->\n";
  private static final String END = "<!-- cli-reference:end -->";
  private static final List<String> COMMANDS = List.of("", "code", "chart", "run", "export", "brief", "eval", "bench");

  @Test
  void readmeShowsTheCurrentHelp() throws IOException {
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    int start = readme.indexOf(START);
    int end = readme.indexOf(END);
    assertThat(start).as("README markers").isNotNegative().isLessThan(end);
    String updated = readme.substring(0, start + START.length()) + reference() + readme.substring(end);
    if (Boolean.getBoolean("entente.readme.update")) {
      Files.writeString(README, updated, StandardCharsets.UTF_8);
    } else {
      assertThat(readme).as("README.md CLI reference; see the class comment to regenerate").isEqualTo(updated);
    }
  }

  private static String reference() {
    StringBuilder md = new StringBuilder();
    for (String command : COMMANDS) {
      Cli.Result r = command.isEmpty() ? Cli.run("--help") : Cli.run(command, "--help");
      md.append("\n### `entente").append(command.isEmpty() ? "" : " " + command).append("`\n\n```text\n")
          .append(r.out().replace(System.lineSeparator(), "\n").stripTrailing()).append("\n```\n");
    }
    return md.append('\n').toString();
  }
}
