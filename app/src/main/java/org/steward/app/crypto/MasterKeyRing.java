package org.steward.app.crypto;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The master keys a node knows: the current one (new data keys are wrapped with it) and older
 * ones still accepted for unwrapping while a rotation is under way.
 */
public final class MasterKeyRing {
  private final MasterKey current;
  private final Map<String, MasterKey> byId = new LinkedHashMap<>();

  public MasterKeyRing(MasterKey current, List<MasterKey> older) {
    this.current = current;
    byId.put(current.id(), current);
    for (MasterKey k : older) {
      byId.putIfAbsent(k.id(), k);
    }
  }

  public MasterKey current() {
    return current;
  }

  public Optional<MasterKey> byId(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  public List<String> ids() {
    return List.copyOf(byId.keySet());
  }
}
