package org.entente.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.entente.event.Dataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicWriteTest {

  private static final List<String> FILES = List.of("articles.csv", "mentions.csv", "events.csv", "datapackage.json");

  @TempDir Path dir;

  @Test
  void aDataDirThatIsAFileFailsWithOneLineNamingIt() throws IOException {
    Path file = Files.writeString(dir.resolve("data"), "not a directory");

    assertThatThrownBy(() -> Fixtures.writer().write(Fixtures.dataset(), file))
        .isInstanceOf(TableException.class)
        .hasMessageContaining(file.toString())
        .hasMessageContaining("not a directory")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    assertThat(Files.readString(file)).isEqualTo("not a directory");
    assertThat(listing(dir)).containsOnlyKeys("data");
  }

  @Test
  void aDataDirUnderAFileFails() throws IOException {
    Path file = Files.writeString(dir.resolve("plain"), "x");

    assertThatThrownBy(() -> Fixtures.writer().write(Fixtures.dataset(), file.resolve("data")))
        .isInstanceOf(TableException.class)
        .hasMessageContaining(file.resolve("data").toString());
  }

  @Test
  void aDirectoryInTheWayOfATargetFailsBeforeAnythingIsReplaced() throws IOException {
    Map<String, String> before = writeOldFiles();
    Files.delete(dir.resolve("events.csv"));
    Files.createDirectories(dir.resolve("events.csv/inside"));
    before.remove("events.csv");

    assertThatThrownBy(() -> Fixtures.writer().write(Fixtures.dataset(), dir))
        .isInstanceOf(TableException.class)
        .hasMessageContaining("events.csv")
        .hasMessageContaining("is a directory");
    assertThat(listing(dir)).containsAllEntriesOf(before).containsOnlyKeys("articles.csv", "mentions.csv",
        "datapackage.json", "events.csv");
  }

  @Test
  void aFailedRenameRestoresTheFilesAlreadyReplacedAndLeavesNoTemporaryFile() throws IOException {
    Map<String, String> before = writeOldFiles();
    AtomicInteger moves = new AtomicInteger();
    StagedWrite.Mover failingThird = (from, to) -> {
      if (moves.incrementAndGet() == 3) {
        throw new IOException("disk on fire");
      }
      StagedWrite.RENAME.move(from, to);
    };

    assertThatThrownBy(() -> Fixtures.writer(failingThird).write(Fixtures.dataset(), dir))
        .isInstanceOf(TableException.class)
        .hasMessageContaining("events.csv")
        .hasMessageContaining("disk on fire");
    assertThat(listing(dir)).isEqualTo(before);
  }

  @Test
  void aFailedRenameIntoAnEmptyDirectoryLeavesItEmpty() throws IOException {
    StagedWrite.Mover failingSecond = new StagedWrite.Mover() {
      int n;

      @Override
      public void move(Path from, Path to) throws IOException {
        if (++n == 2) {
          throw new IOException("no space left on device");
        }
        StagedWrite.RENAME.move(from, to);
      }
    };

    assertThatThrownBy(() -> Fixtures.writer(failingSecond).write(Fixtures.dataset(), dir))
        .isInstanceOf(TableException.class);
    assertThat(listing(dir)).isEmpty();
  }

  @Test
  void aRowThatBreaksTheContractWritesNothing() throws IOException {
    Map<String, String> before = writeOldFiles();
    var broken = new Dataset(Fixtures.articles(), Fixtures.mentions(), List.of());

    assertThatThrownBy(() -> Fixtures.writer().write(broken, dir))
        .isInstanceOf(TableException.class)
        .hasMessage("mentions.csv: row 2, column event_id: 'e1' is not an event_id of events.csv (mention_id m1)");
    assertThat(listing(dir)).isEqualTo(before);
  }

  @Test
  void anUnwritableDirectoryFailsAndKeepsTheOldFiles() throws IOException {
    Map<String, String> before = writeOldFiles();
    Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("r-xr-xr-x"));
    try {
      // root ignores permission bits; the injected failures above cover that case
      assumeTrue(!Files.isWritable(dir) || !canCreateIn(dir), "running as root");
      assertThatThrownBy(() -> Fixtures.writer().write(Fixtures.dataset(), dir))
          .isInstanceOf(TableException.class)
          .hasMessageContaining(dir.toString());
    } finally {
      Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
    assertThat(listing(dir)).isEqualTo(before);
  }

  private static boolean canCreateIn(Path d) {
    try {
      Files.delete(Files.createFile(d.resolve(".probe")));
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  /** Puts recognisable old versions of the four files in place. */
  private Map<String, String> writeOldFiles() throws IOException {
    for (String name : FILES) {
      Files.writeString(dir.resolve(name), "old " + name + "\n");
    }
    return listing(dir);
  }

  /** Every entry of the directory, hidden temporary files included, with the content of regular files. */
  private static Map<String, String> listing(Path d) throws IOException {
    Map<String, String> out = new TreeMap<>();
    try (var entries = Files.list(d)) {
      for (Path p : (Iterable<Path>) entries::iterator) {
        out.put(p.getFileName().toString(), Files.isRegularFile(p) ? Files.readString(p) : "<dir>");
      }
    }
    return out;
  }
}
