package org.entente.table;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Replaces a set of files in one directory all together or not at all.
 *
 * <p>Every file is first written and synced to a hidden temporary file beside its target, so a crash or
 * an error while writing leaves the old files as they were. Only then are the temporary files renamed over
 * the targets. Renames within a directory are atomic one by one but not as a set, so the files they
 * replace are kept as hidden backups until the last rename has succeeded, and put back if one fails.
 */
final class StagedWrite {

  /** Moves a finished file into place; a seam so tests can make the n-th rename fail. */
  @FunctionalInterface
  interface Mover {
    void move(Path from, Path to) throws IOException;
  }

  /** An atomic rename where the file system has one, a plain replacing move where it does not. */
  static final Mover RENAME = (from, to) -> {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  };

  private final Mover mover;

  StagedWrite(Mover mover) {
    this.mover = mover;
  }

  /** Writes {@code files} (file name → content, in commit order) into {@code dir}, created if missing. */
  void write(Path dir, Map<String, byte[]> files) {
    write(dir, files, java.util.Set.of());
  }

  /**
   * As {@link #write(Path, Map)}, then deletes the files named {@code stale} (which the new files make out of
   * date), once the new files are all in place.
   */
  void write(Path dir, Map<String, byte[]> files, java.util.Set<String> stale) {
    createDirectory(dir);
    List<Staged> staged = new ArrayList<>();
    try {
      for (var file : files.entrySet()) {
        Staged s = open(dir, file.getKey());
        staged.add(s);
        s.write(file.getValue());
        s.finish();
      }
      publish(dir, staged, stale);
    } finally {
      staged.forEach(Staged::discard);
    }
  }

  /**
   * Starts a file that is written piece by piece ({@link Staged#write}) into a hidden temporary file beside
   * {@code dir/name}, and later published with the others by {@link #publish}; {@code dir} is created if missing.
   */
  Staged open(Path dir, String name) {
    createDirectory(dir);
    Path target = dir.resolve(name);
    if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
      throw new TableException(target + ": is a directory, cannot replace it with a file");
    }
    return new Staged(dir, name);
  }

  /**
   * Moves finished staged files over their targets, in the given order, all or none: the files they replace are
   * kept as backups until the last move has succeeded, and put back if one fails; then deletes the files named
   * {@code stale} (which the new files make out of date). The temporary files are gone afterwards either way.
   */
  void publish(Path dir, List<Staged> files, java.util.Set<String> stale) {
    Map<String, Path> staged = new LinkedHashMap<>();
    Map<String, Path> backups = new LinkedHashMap<>();
    try {
      for (Staged s : files) {
        if (!s.finished) throw new IllegalStateException(s.name + ": not finished");
        staged.put(s.name, s.tmp);
      }
      for (String name : staged.keySet()) {
        Path target = dir.resolve(name);
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
          backups.put(name, backup(dir, name, target));
        }
      }
      commit(dir, staged, backups);
      for (String name : stale) {
        deleteQuietly(dir.resolve(name));
      }
    } finally {
      files.forEach(Staged::discard);
      backups.values().forEach(StagedWrite::deleteQuietly);
    }
  }

  /**
   * One file being written: its bytes go to a hidden temporary file beside the target (not Files.createTempFile:
   * it makes the file owner-only (0600), and the rename would carry that over to the dataset; CREATE_NEW gives the
   * usual permissions under the user's umask).
   */
  static final class Staged {
    private final Path dir;
    private final String name;
    private final Path tmp;
    private final FileChannel out;
    private boolean finished;

    private Staged(Path dir, String name) {
      this.dir = dir;
      this.name = name;
      this.tmp = hidden(dir, name, ".tmp");
      try {
        this.out = FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
      } catch (IOException e) {
        deleteQuietly(tmp);
        throw failure(e);
      }
    }

    String name() { return name; }

    void write(byte[] content) {
      try {
        ByteBuffer buffer = ByteBuffer.wrap(content);
        while (buffer.hasRemaining()) {
          out.write(buffer);
        }
      } catch (IOException e) {
        discard();
        throw failure(e);
      }
    }

    /** Syncs and closes: the rename must never publish a file whose bytes are not on disk yet. */
    void finish() {
      try {
        out.force(true);
        out.close();
        finished = true;
      } catch (IOException e) {
        discard();
        throw failure(e);
      }
    }

    /** Closes and deletes the temporary file (after publishing, it is already gone). */
    void discard() {
      try {
        out.close();
      } catch (IOException ignored) {
        // deleting it is what matters
      }
      deleteQuietly(tmp);
    }

    private TableException failure(IOException e) {
      return new TableException(dir.resolve(name) + ": cannot write a temporary file in " + dir + " ("
          + reason(e) + ")", e);
    }
  }

  private void commit(Path dir, Map<String, Path> staged, Map<String, Path> backups) {
    List<String> done = new ArrayList<>();
    for (var file : staged.entrySet()) {
      String name = file.getKey();
      try {
        mover.move(file.getValue(), dir.resolve(name));
        done.add(name);
      } catch (IOException | RuntimeException e) {
        List<String> lost = rollBack(dir, done, backups);
        String outcome = lost.isEmpty()
            ? "the previous files were kept"
            : "could not restore " + String.join(", ", lost) + "; their previous versions are kept as "
                + lost.stream().map(backups::get).map(p -> p.getFileName().toString()).toList();
        lost.forEach(backups::remove); // the caller deletes the backups it still holds
        throw new TableException(
            dir.resolve(name) + ": cannot move into place (" + reason(e) + "); " + outcome, e);
      }
    }
  }

  /**
   * Puts back what the first renames replaced and removes what they added; returns the names it could
   * not restore from their backups.
   */
  private static List<String> rollBack(Path dir, List<String> done, Map<String, Path> backups) {
    List<String> lost = new ArrayList<>();
    for (String name : done) {
      Path target = dir.resolve(name);
      Path backup = backups.get(name);
      try {
        if (backup != null) {
          RENAME.move(backup, target);
        } else {
          Files.deleteIfExists(target);
        }
      } catch (IOException | RuntimeException e) {
        if (backup != null) {
          lost.add(name);
        }
      }
    }
    return lost;
  }

  private static void createDirectory(Path dir) {
    try {
      Files.createDirectories(dir);
    } catch (FileAlreadyExistsException e) {
      throw new TableException(dir + ": exists and is not a directory", e);
    } catch (IOException e) {
      throw new TableException(dir + ": cannot create the directory (" + reason(e) + ")", e);
    }
  }

  private static Path backup(Path dir, String name, Path target) {
    Path backup = hidden(dir, name, ".bak");
    try {
      Files.copy(target, backup, StandardCopyOption.COPY_ATTRIBUTES);
      return backup;
    } catch (IOException e) {
      deleteQuietly(backup);
      throw new TableException(target + ": cannot keep a backup before replacing it (" + reason(e) + ")", e);
    }
  }

  /** A unique dot-file beside the target, so listings and globs like *.csv do not pick it up. */
  private static Path hidden(Path dir, String name, String suffix) {
    return dir.resolve("." + name + "." + UUID.randomUUID() + suffix);
  }

  private static void deleteQuietly(Path p) {
    try {
      Files.deleteIfExists(p);
    } catch (IOException ignored) {
      // nothing better to do; the caller is already reporting the error that matters
    }
  }

  /** The OS reason without the path Java repeats in it, which the message already names. */
  static String reason(Exception e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NoSuchFileException) {
      return "no such file or directory";
    }
    if (e instanceof java.nio.file.FileSystemException fse && fse.getReason() != null) {
      return fse.getReason();
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
