package org.entente.update;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.entente.table.Schemas;

/**
 * What the coding of an article depends on besides the article: the Entente version and the dictionaries (bundled
 * and {@code --dictionary}). An update reuses the coded articles of the run before only when this is unchanged.
 */
public final class CoderFingerprint {
  private CoderFingerprint() {}

  public static String of(String version, Path extraDictionaries) {
    MessageDigest sha;
    try {
      sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
    sha.update(version.getBytes(StandardCharsets.UTF_8));
    for (String name : Schemas.dictionaryFiles()) {
      sha.update(("\n" + name + "\n").getBytes(StandardCharsets.UTF_8));
      try (InputStream in = CoderFingerprint.class.getResourceAsStream("/org/entente/dict/" + name)) {
        if (in != null) sha.update(in.readAllBytes());
        if (extraDictionaries != null && Files.isRegularFile(extraDictionaries.resolve(name))) {
          sha.update("\n+\n".getBytes(StandardCharsets.UTF_8));
          sha.update(Files.readAllBytes(extraDictionaries.resolve(name)));
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return version + "+" + HexFormat.of().formatHex(sha.digest(), 0, 8);
  }
}
