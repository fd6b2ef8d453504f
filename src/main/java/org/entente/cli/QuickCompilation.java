package org.entente.cli;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.management.ObjectName;

/**
 * Keeps HotSpot's optimising compiler (C2) out of an {@code entente} process, leaving the quick one (C1).
 *
 * <p>Why: the coder is a large body of small rules, and C2 spent about 20 CPU seconds compiling some 7,000 of its
 * methods during a 134,400-sentence {@code entente code} run on this 2-core machine: more than the coding itself.
 * With C2 excluded that run took 10.3–10.9 s instead of 15.6–17.4, and a 448,000-sentence run 29 s instead of 37,
 * with the same output (README, "Performance"). A jar cannot carry JVM options, so the exclusion is added at start-up as a compiler
 * directive through the DiagnosticCommand MBean, which is what {@code jcmd PID Compiler.directives_add} calls.
 *
 * <p>{@code -Dentente.c2=on} keeps the JVM's own choice. On a JVM without the MBean nothing changes.
 */
final class QuickCompilation {
  private static final String EXCLUDE_C2 = "[{ match: \"*.*\", c2: { Exclude: true } }]";

  private QuickCompilation() {}

  static void install() {
    if ("on".equalsIgnoreCase(System.getProperty("entente.c2"))) return;
    Path directive = null;
    try {
      directive = Files.createTempFile("entente-jit", ".json");
      Files.writeString(directive, EXCLUDE_C2, StandardCharsets.UTF_8);
      ManagementFactory.getPlatformMBeanServer().invoke(
          new ObjectName("com.sun.management:type=DiagnosticCommand"), "compilerDirectivesAdd",
          new Object[] {new String[] {directive.toString()}}, new String[] {String[].class.getName()});
    } catch (Exception | LinkageError e) {
      // A tuning only: without it the run is slower, never different.
    } finally {
      if (directive != null) directive.toFile().delete();
    }
  }
}
