package org.steward.app.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steward.engine.Clause;

/** The envelope encryption on its own: no Spring, no database. */
@Clause("ACC-6")
class EnvelopeTest {
  static MasterKey key() {
    byte[] b = new byte[32];
    new SecureRandom().nextBytes(b);
    return MasterKey.of(b);
  }

  @Test
  void sealsAndOpensWithTheSameContext() {
    MasterKey k = key();
    var ring = new MasterKeyRing(k, List.of());
    var sealed = Envelope.seal(k, "s3cret pass".getBytes(StandardCharsets.UTF_8), "account:1|kind:password");
    assertThat(sealed.masterKeyId()).isEqualTo(k.id());
    assertThat(sealed.ciphertext()).doesNotContain("s3cret");
    assertThat(new String(Envelope.open(ring, sealed, "account:1|kind:password"), StandardCharsets.UTF_8))
        .isEqualTo("s3cret pass");
  }

  @Test
  void aChangedCiphertextIsDetectedNotDecrypted() {
    MasterKey k = key();
    var ring = new MasterKeyRing(k, List.of());
    var sealed = Envelope.seal(k, "s3cret pass".getBytes(StandardCharsets.UTF_8), "ctx");
    byte[] raw = Base64.getDecoder().decode(sealed.ciphertext());
    raw[raw.length - 20] ^= 0x01; // one bit of the encrypted secret
    var flipped = new Envelope.Sealed(sealed.masterKeyId(), sealed.wrappedKey(),
        Base64.getEncoder().encodeToString(raw));
    assertThatThrownBy(() -> Envelope.open(ring, flipped, "ctx"))
        .isInstanceOf(TamperedSecretException.class).hasMessageContaining("not decrypted");
    byte[] wrapped = Base64.getDecoder().decode(sealed.wrappedKey());
    wrapped[5] ^= 0x01;
    var badKey = new Envelope.Sealed(sealed.masterKeyId(), Base64.getEncoder().encodeToString(wrapped),
        sealed.ciphertext());
    assertThatThrownBy(() -> Envelope.open(ring, badKey, "ctx")).isInstanceOf(TamperedSecretException.class);
    var truncated = new Envelope.Sealed(sealed.masterKeyId(), sealed.wrappedKey(), "AAAA");
    assertThatThrownBy(() -> Envelope.open(ring, truncated, "ctx")).isInstanceOf(TamperedSecretException.class);
  }

  @Test
  void aCiphertextMovedToAnotherAccountDoesNotOpen() {
    MasterKey k = key();
    var ring = new MasterKeyRing(k, List.of());
    var sealed = Envelope.seal(k, "pw".getBytes(StandardCharsets.UTF_8), "account:1|kind:password");
    assertThatThrownBy(() -> Envelope.open(ring, sealed, "account:2|kind:password"))
        .isInstanceOf(TamperedSecretException.class);
  }

  @Test
  void rotationRewrapsTheDataKeyAndLeavesTheCiphertextAlone() {
    MasterKey old = key();
    MasterKey fresh = key();
    var sealed = Envelope.seal(old, "pw".getBytes(StandardCharsets.UTF_8), "ctx");
    var during = new MasterKeyRing(fresh, List.of(old));
    var rewrapped = Envelope.rewrap(during, sealed, fresh);
    assertThat(rewrapped.ciphertext()).isEqualTo(sealed.ciphertext());
    assertThat(rewrapped.masterKeyId()).isEqualTo(fresh.id()).isNotEqualTo(old.id());
    // Both work during the rotation; afterwards only the new key is needed.
    assertThat(Envelope.open(during, sealed, "ctx")).isEqualTo("pw".getBytes(StandardCharsets.UTF_8));
    assertThat(Envelope.open(new MasterKeyRing(fresh, List.of()), rewrapped, "ctx"))
        .isEqualTo("pw".getBytes(StandardCharsets.UTF_8));
    assertThatThrownBy(() -> Envelope.open(new MasterKeyRing(fresh, List.of()), sealed, "ctx"))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("not configured");
  }

  @Test
  void aRecordKeySealsEachPartUnderItsOwnContextAndUnwrapsFromWhatIsStored() {
    MasterKey k = key();
    var ring = new MasterKeyRing(k, List.of());
    var key = Envelope.newRecordKey(k);
    String details = key.seal("who reported".getBytes(StandardCharsets.UTF_8), "case:1|details");
    String note = key.seal("a note".getBytes(StandardCharsets.UTF_8), "case:1|entry:1");
    var again = Envelope.recordKey(ring, key.masterKeyId(), key.wrappedKey());
    assertThat(again.open(details, "case:1|details")).isEqualTo("who reported".getBytes(StandardCharsets.UTF_8));
    assertThat(again.open(note, "case:1|entry:1")).isEqualTo("a note".getBytes(StandardCharsets.UTF_8));
    // A part moved to another record or entry, or another record's key, does not open it.
    assertThatThrownBy(() -> again.open(note, "case:1|entry:2")).isInstanceOf(TamperedSecretException.class);
    assertThatThrownBy(() -> Envelope.newRecordKey(k).open(details, "case:1|details"))
        .isInstanceOf(TamperedSecretException.class);
    assertThat(key.toString()).doesNotContain(key.wrappedKey());
  }

  @Test
  void aWrongSizedMasterKeyIsRefused() {
    assertThatThrownBy(() -> MasterKey.fromBase64(Base64.getEncoder().encodeToString(new byte[16])))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("32 bytes");
  }

  @Test
  void theKeyFileIsCreatedOnFirstUseWithOwnerOnlyPermissionsAndReadAgain(@TempDir Path dir)
      throws Exception {
    Path file = dir.resolve("data/vault.key");
    var keys = new VaultKeys("", "", file.toString());
    assertThat(Files.exists(file)).isFalse();
    String id = keys.ring().current().id();
    assertThat(Files.exists(file)).isTrue();
    if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      assertThat(Files.getPosixFilePermissions(file))
          .isEqualTo(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE));
    }
    assertThat(new VaultKeys("", "", file.toString()).ring().current().id()).isEqualTo(id);
    // Rotation with a key file: the new key goes first, the old one stays below it until re-wrapped.
    String fresh = Base64.getEncoder().encodeToString(new byte[32]);
    List<String> lines = Files.readAllLines(file).stream().filter(l -> !l.startsWith("#")).toList();
    Files.writeString(file, fresh + "\n" + lines.get(0) + "\n");
    var ring = keys.reload();
    assertThat(ring.current().id()).isNotEqualTo(id);
    assertThat(ring.byId(id)).isPresent();
  }

  @Test
  void theEnvironmentKeyWinsOverTheFile(@TempDir Path dir) {
    String env = Base64.getEncoder().encodeToString(new byte[32]);
    var keys = new VaultKeys(env, "", dir.resolve("vault.key").toString());
    assertThat(keys.ring().current().id()).isEqualTo(MasterKey.fromBase64(env).id());
    assertThat(Files.exists(dir.resolve("vault.key"))).isFalse();
  }
}
