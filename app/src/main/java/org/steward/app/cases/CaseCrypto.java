package org.steward.app.cases;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.steward.app.crypto.Envelope;
import org.steward.app.crypto.MasterKey;
import org.steward.app.crypto.MasterKeyRing;
import org.steward.app.crypto.VaultKeys;
import tools.jackson.databind.json.JsonMapper;

/**
 * Seals and opens what a case says, under the case's own data key (wrapped by the vault's master
 * key, as the credential vault does). Each part is bound to its place: the details to the case
 * ({@code case:12|details}), each entry to its case, number and kind, so ciphertext copied to
 * another row does not open.
 */
@Component
class CaseCrypto {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final VaultKeys keys;
  private final CaseStore store;

  CaseCrypto(VaultKeys keys, CaseStore store) {
    this.keys = keys;
    this.store = store;
  }

  Envelope.DataKey newKey() {
    return Envelope.newRecordKey(keys.ring().current());
  }

  Envelope.DataKey key(CaseRecord c) {
    return Envelope.recordKey(keys.ring(), c.masterKeyId(), c.wrappedKey());
  }

  String seal(Envelope.DataKey key, long caseId, CaseDetails details) {
    return key.seal(JSON.writeValueAsBytes(details), "case:" + caseId + "|details");
  }

  CaseDetails open(Envelope.DataKey key, CaseRecord c) {
    return JSON.readValue(key.open(c.details(), "case:" + c.id() + "|details"), CaseDetails.class);
  }

  String seal(Envelope.DataKey key, long caseId, int seq, EntryKind kind, String text) {
    return key.seal(text.getBytes(StandardCharsets.UTF_8), entryContext(caseId, seq, kind));
  }

  String open(Envelope.DataKey key, CaseStore.EntryRow e) {
    return new String(key.open(e.body(), entryContext(e.caseId(), e.seq(), e.kind())), StandardCharsets.UTF_8);
  }

  private static String entryContext(long caseId, int seq, EntryKind kind) {
    return "case:" + caseId + "|entry:" + seq + "|kind:" + kind.code();
  }

  /**
   * Re-wraps up to {@code batch} case keys that are not under the current master key; the sealed
   * contents are not touched. Returns how many.
   */
  @Transactional
  int rewrapBatch(int batch) {
    MasterKeyRing ring = keys.ring();
    MasterKey current = ring.current();
    List<String> older = ring.ids().stream().filter(k -> !k.equals(current.id())).toList();
    if (older.isEmpty()) {
      return 0;
    }
    int done = 0;
    for (CaseStore.KeyRow r : store.keysUnder(older, batch)) {
      Envelope.Sealed next = Envelope.rewrap(ring, new Envelope.Sealed(r.masterKeyId(), r.wrappedKey(), ""), current);
      done += store.rewrap(r.id(), r.masterKeyId(), next.masterKeyId(), next.wrappedKey());
    }
    return done;
  }
}
