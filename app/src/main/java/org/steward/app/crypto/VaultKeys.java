package org.steward.app.crypto;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Where the master keys come from: {@code STEWARD_VAULT_MASTER_KEY} (base64 of 32 bytes) if set,
 * else the key file {@code STEWARD_VAULT_KEY_FILE} (default {@code ./data/vault.key}), created with
 * a new random key and owner-only permissions the first time the vault is used. Older keys, still
 * accepted while a rotation runs, come from {@code STEWARD_VAULT_PREVIOUS_KEYS} (comma-separated)
 * or from the key file's further lines. The file is read again by {@link #reload()}, so a key
 * file can be rotated without a restart.
 */
@Component
public class VaultKeys {
  private static final Logger log = LoggerFactory.getLogger(VaultKeys.class);

  private final String envKey;
  private final String envPrevious;
  private final Path keyFile;
  private volatile MasterKeyRing ring;

  @Autowired
  public VaultKeys(VaultSettings settings) {
    this(settings.masterKey(), settings.previousKeys(), settings.keyFile());
  }

  /** Keys from these values (tests, and a tool that opens the vault outside the app). */
  public VaultKeys(String envKey, String envPrevious, String keyFile) {
    this.envKey = envKey == null ? "" : envKey.trim();
    this.envPrevious = envPrevious == null ? "" : envPrevious.trim();
    this.keyFile = Path.of(keyFile);
  }

  /** The key ring, loaded (and the key file created) on first use. */
  public MasterKeyRing ring() {
    MasterKeyRing r = ring;
    if (r == null) {
      synchronized (this) {
        if (ring == null) {
          ring = load();
        }
        r = ring;
      }
    }
    return r;
  }

  /** Reads the keys again (after the key file or, on restart, the environment changed). */
  public synchronized MasterKeyRing reload() {
    ring = load();
    return ring;
  }

  private MasterKeyRing load() {
    List<MasterKey> previous = new ArrayList<>();
    for (String k : envPrevious.split(",")) {
      if (!k.isBlank()) {
        previous.add(MasterKey.fromBase64(k));
      }
    }
    if (!envKey.isEmpty()) {
      return new MasterKeyRing(MasterKey.fromBase64(envKey), previous);
    }
    List<String> lines = readOrCreate();
    MasterKey current = MasterKey.fromBase64(lines.get(0));
    for (String line : lines.subList(1, lines.size())) {
      previous.add(MasterKey.fromBase64(line));
    }
    return new MasterKeyRing(current, previous);
  }

  private List<String> readOrCreate() {
    try {
      if (!Files.exists(keyFile)) {
        create();
      }
      List<String> lines = Files.readAllLines(keyFile, StandardCharsets.UTF_8).stream()
          .map(String::trim).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
      if (lines.isEmpty()) {
        throw new IllegalStateException("The vault key file " + keyFile.toAbsolutePath()
            + " holds no key");
      }
      return lines;
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read or create the vault key file "
          + keyFile.toAbsolutePath(), e);
    }
  }

  private void create() throws IOException {
    byte[] bytes = new byte[32];
    new SecureRandom().nextBytes(bytes);
    String text = "# Steward vault master key. Keep a copy somewhere safe: without it no stored"
        + " credential can be read.\n# The first key is current; further lines are older keys"
        + " still accepted during a rotation.\n" + Base64.getEncoder().encodeToString(bytes) + "\n";
    Arrays.fill(bytes, (byte) 0);
    Path dir = keyFile.toAbsolutePath().getParent();
    if (dir != null) {
      Files.createDirectories(dir);
    }
    boolean posix = keyFile.getFileSystem().supportedFileAttributeViews().contains("posix");
    try {
      if (posix) {
        Set<PosixFilePermission> ownerOnly = EnumSet.of(PosixFilePermission.OWNER_READ,
            PosixFilePermission.OWNER_WRITE);
        Files.createFile(keyFile, PosixFilePermissions.asFileAttribute(ownerOnly));
      } else {
        Files.createFile(keyFile);
        keyFile.toFile().setReadable(false, false);
        keyFile.toFile().setReadable(true, true);
        keyFile.toFile().setWritable(false, false);
        keyFile.toFile().setWritable(true, true);
      }
    } catch (FileAlreadyExistsException e) {
      return; // another node or thread created it first: use theirs
    }
    Files.writeString(keyFile, text, StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING);
    log.warn("Created a new vault master key in {} (owner-only). Back it up: without it no stored"
        + " credential can be read. Set STEWARD_VAULT_MASTER_KEY to keep it out of the file system.",
        keyFile.toAbsolutePath());
  }
}
