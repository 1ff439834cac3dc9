package org.steward.engine.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds the tests that name clauses with {@code @Clause} in the test sources of every module
 * ({@code <root>/<module>/src/test/java}), by reading the source, so it needs no compiled classes.
 */
final class ClauseTests {
  private static final Pattern ANNOTATION =
      Pattern.compile("@(?:org\\.steward\\.engine\\.)?Clause\\s*\\(\\s*(?:value\\s*=\\s*)?(\\{[^}]*\\}|\"[^\"]*\")\\s*\\)");
  private static final Pattern STRING = Pattern.compile("\"([^\"]*)\"");
  private static final Pattern CLASS = Pattern.compile("\\b(?:class|interface|record|enum)\\s+([A-Za-z_][A-Za-z0-9_]*)");
  private static final Pattern METHOD = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)\\s*\\(");

  private ClauseTests() {}

  /** Returns clause id → sorted test names such as {@code engine: detect.LinkDetectorTest#blockedSites}. */
  static Map<String, TreeSet<String>> find(Path root) {
    Map<String, TreeSet<String>> out = new TreeMap<>();
    List<Path> modules = new ArrayList<>();
    try (Stream<Path> dirs = Files.list(root)) {
      dirs.filter(d -> Files.isDirectory(d.resolve("src/test/java"))).sorted().forEach(modules::add);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (Path module : modules) {
      Path tests = module.resolve("src/test/java");
      try (Stream<Path> files = Files.walk(tests)) {
        for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
          String cls = tests.relativize(file).toString().replace(java.io.File.separatorChar, '.').replaceAll("\\.java$", "");
          cls = shorten(cls);
          scan(module.getFileName() + ": " + cls, Files.readString(file, StandardCharsets.UTF_8), out);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return out;
  }

  private static String shorten(String cls) {
    for (String prefix : new String[] {"org.steward.engine.", "org.steward.app.", "org.steward."}) {
      if (cls.startsWith(prefix)) {
        return cls.substring(prefix.length());
      }
    }
    return cls;
  }

  private static void scan(String testClass, String source, Map<String, TreeSet<String>> out) {
    Matcher m = ANNOTATION.matcher(source);
    while (m.find()) {
      int stop = m.end();
      while (stop < source.length() && source.charAt(stop) != '{' && source.charAt(stop) != ';') {
        stop++;
      }
      String declaration = source.substring(m.end(), stop);
      String target;
      Matcher c = CLASS.matcher(declaration);
      if (c.find()) {
        target = testClass;
      } else {
        Matcher meth = METHOD.matcher(declaration.replaceAll("@[A-Za-z0-9_.]+(\\([^)]*\\))?", " "));
        target = meth.find() ? testClass + "#" + meth.group(1) : testClass;
      }
      Matcher s = STRING.matcher(m.group(1));
      while (s.find()) {
        out.computeIfAbsent(s.group(1).strip(), k -> new TreeSet<>()).add(target);
      }
    }
  }
}
