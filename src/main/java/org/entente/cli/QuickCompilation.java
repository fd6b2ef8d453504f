package org.entente.cli;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import javax.management.ObjectName;

/**
 * Runs the coding commands on HotSpot's quick compiler (C1) alone, without its optimising one (C2).
 *
 * <p>Why: the coder is a large body of small rules, and C2 spent about 20 CPU seconds compiling some 7,000 of its
 * methods during a 134,400-sentence {@code entente code} run on this 2-core machine: more than the coding itself.
 * With C2 excluded that run took 10.3–10.9 s instead of 15.6–17.4, with the same output (README, "Performance").
 *
 * <p>A jar cannot carry JVM options. The best setting, {@code -XX:TieredStopAtLevel=1}, compiles each method once
 * with C1's full optimisation; it is 13–17% faster again than excluding C2 by a compiler directive, which leaves
 * methods in C1's slower profiling code until their C2 compilation is refused. So {@link #relaunch} starts the
 * command again in a child JVM with that option (and the serial collector, unless a collector is chosen), the
 * parent's own options and the same class path, and waits for it (its exit code is the command's). Where that is not possible, or not worth it (help, charts, exports), the
 * command runs in this JVM and {@link #install} excludes C2 by a directive, through the DiagnosticCommand MBean
 * that {@code jcmd PID Compiler.directives_add} calls.
 *
 * <p>{@code -Dentente.c2=on} keeps the JVM's own compilers and runs in this JVM. Output is the same either way.
 */
final class QuickCompilation {
  private static final String EXCLUDE_C2 = "[{ match: \"*.*\", c2: { Exclude: true } }]";
  /** Set on the child JVM, which must not start another. */
  private static final String RELAUNCHED = "entente.relaunched";
  /** The commands that code articles, for which a second JVM's start-up (a fraction of a second) pays. */
  private static final Set<String> CODING_COMMANDS = Set.of("code", "run", "eval", "bench", "update");

  private QuickCompilation() {}

  /**
   * Runs {@code args} in a child JVM on C1 alone when they name a coding command (no arguments is {@code run}) and
   * this JVM was not started so already; the child's exit code, or empty to run in this JVM.
   */
  static OptionalInt relaunch(String[] args) {
    if (!worthRelaunching(args)) return OptionalInt.empty();
    List<String> jvmOptions = ManagementFactory.getRuntimeMXBean().getInputArguments();
    boolean quickAlready = jvmOptions.stream()
        .anyMatch(o -> o.startsWith("-XX:TieredStopAtLevel") || o.startsWith("-XX:CompilationMode"));
    Optional<String> java = ProcessHandle.current().info().command();
    String classPath = System.getProperty("java.class.path", "");
    if (quickAlready || java.isEmpty() || classPath.isEmpty()) return OptionalInt.empty();
    List<String> command = new ArrayList<>();
    command.add(java.get());
    // the parent's options (-Xmx1g, -D…) hold for the child; agent and debugger options would bind twice
    for (String o : jvmOptions) {
      if (!o.startsWith("-agentlib") && !o.startsWith("-javaagent") && !o.startsWith("-Xrunjdwp")) command.add(o);
    }
    command.add("-XX:TieredStopAtLevel=1");
    // the coder keeps little alive (it streams), so the serial collector's pauses are short, and it spares the
    // concurrent collector's threads the two cores need: 7% faster, and a third of the resident memory
    if (jvmOptions.stream().noneMatch(o -> o.matches("-XX:\\+Use\\w+GC"))) command.add("-XX:+UseSerialGC");
    command.add("-D" + RELAUNCHED + "=true");
    command.add("-cp");
    command.add(classPath);
    command.add(Main.class.getName());
    command.addAll(List.of(args));
    Process child;
    try {
      child = new ProcessBuilder(command).inheritIO().start();
    } catch (Exception e) {
      return OptionalInt.empty();
    }
    // a parent stopped by a signal stops its child too
    Thread stopChild = new Thread(child::destroy, "entente-stop-child");
    Runtime.getRuntime().addShutdownHook(stopChild);
    try {
      return OptionalInt.of(child.waitFor());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      child.destroy();
      return OptionalInt.of(ExitCodes.FAILURE);
    } finally {
      try {
        Runtime.getRuntime().removeShutdownHook(stopChild);
      } catch (IllegalStateException shuttingDown) {
        // the hook runs anyway
      }
    }
  }

  /** Whether {@code args} name a coding command this JVM should run in a child (see {@link #relaunch}). */
  static boolean worthRelaunching(String[] args) {
    if (Boolean.getBoolean(RELAUNCHED) || "on".equalsIgnoreCase(System.getProperty("entente.c2"))) return false;
    for (String a : args) {
      if (a.equals("-h") || a.equals("--help") || a.equals("-V") || a.equals("--version")) return false;
    }
    return args.length == 0 || CODING_COMMANDS.contains(args[0]);
  }

  /** Excludes C2 from this JVM by a compiler directive; on a JVM without the MBean nothing changes. */
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
