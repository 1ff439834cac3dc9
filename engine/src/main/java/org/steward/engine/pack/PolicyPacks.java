package org.steward.engine.pack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The packs shipped with the engine, and lookup of a pack by id or file. */
public final class PolicyPacks {
  private static final List<String> SHIPPED = List.of("staff-policy", "cccg-policy");
  private static volatile List<PolicyPack> builtIn;

  private PolicyPacks() {}

  /** Returns the shipped packs ({@code staff-policy}, {@code cccg-policy}), loaded once. */
  public static List<PolicyPack> builtIn() {
    List<PolicyPack> packs = builtIn;
    if (packs == null) {
      List<PolicyPack> loaded = new ArrayList<>();
      for (String id : SHIPPED) {
        loaded.add(PackLoader.parse(resource(id), "packs/" + id + ".yaml"));
      }
      packs = List.copyOf(loaded);
      builtIn = packs;
    }
    return packs;
  }

  /** A shipped pack file: its name (as problems name it) and its YAML. */
  public record Source(String name, String yaml) {}

  /**
   * Returns the shipped pack files, for an application that reads them with its own {@link
   * SettingsSchema} (the settings its features declare) rather than the engine's.
   */
  public static List<Source> shippedSources() {
    List<Source> out = new ArrayList<>();
    for (String id : SHIPPED) {
      out.add(new Source("packs/" + id + ".yaml", resource(id)));
    }
    return List.copyOf(out);
  }

  /** Returns the shipped pack with this id, if there is one. */
  public static Optional<PolicyPack> byId(String id) {
    return builtIn().stream().filter(p -> p.id().equals(id)).findFirst();
  }

  /**
   * Returns the shipped pack named {@code idOrFile}, or else the pack in that file.
   *
   * @throws IllegalArgumentException when it is neither a shipped id nor a readable file
   * @throws PackException when the file is not a valid pack
   */
  public static PolicyPack resolve(String idOrFile) {
    Optional<PolicyPack> shipped = byId(idOrFile);
    if (shipped.isPresent()) {
      return shipped.get();
    }
    Path path = Path.of(idOrFile);
    if (!Files.isRegularFile(path)) {
      throw new IllegalArgumentException("'" + idOrFile + "' is neither a shipped pack (" + String.join(", ", SHIPPED) + ") nor a pack file");
    }
    return PackLoader.load(path);
  }

  private static String resource(String id) {
    try (InputStream in = PolicyPacks.class.getResourceAsStream("/org/steward/engine/packs/" + id + ".yaml")) {
      if (in == null) {
        throw new IllegalStateException("shipped pack missing from the jar: " + id);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
