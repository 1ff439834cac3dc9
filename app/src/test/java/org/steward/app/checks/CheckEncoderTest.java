package org.steward.app.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.steward.app.policies.PolicyInForce;
import org.steward.engine.CheckContext;
import org.steward.engine.Checker;
import org.steward.engine.TextKind;
import org.steward.engine.learn.LearnedDetectors;
import org.steward.engine.learn.TextModel;
import org.steward.engine.pack.PackSettings;
import org.steward.engine.pack.PolicyPack;
import org.steward.engine.pack.PolicyPacks;

/**
 * The app builds each pack's checker with the sentence encoder when the pack in force sets {@code
 * learned.encoder} (issue #15 item 2), with the shipped model and with an institution's own, so the
 * check page, compose and the inbox, which all check through {@link PolicyCheckers}, use it.
 */
class CheckEncoderTest {
  /** Implicit sexism the n-gram model misses and the encoder's heads catch (measured, docs/quality.md). */
  static final String IMPLICIT = "Women belong at home raising kids, not running companies";

  static PolicyInForce inForce(PolicyPack pack) {
    return new PolicyInForce(pack, null, "test", null);
  }

  static PolicyPack encoderOn() {
    PolicyPack p = PolicyPacks.byId("cccg-policy").orElseThrow();
    Map<String, Object> values = new HashMap<>(p.settings().values());
    values.put("learned.encoder", "verify");
    return new PolicyPack(p.id(), p.version(), p.title(), p.metadata(), p.clauses(), p.rules(), p.workflows(), new PackSettings(values),
        p.source());
  }

  static boolean sexism(Checker checker) {
    return checker.check(IMPLICIT, CheckContext.of(TextKind.POST)).findings().stream().anyMatch(f -> f.category().equals("sexism"));
  }

  @Test
  void aPackThatTurnsTheEncoderOnGetsItsFindings() {
    PolicyPack off = PolicyPacks.byId("cccg-policy").orElseThrow();
    assertThat(sexism(PolicyCheckers.build(inForce(off), LearnedDetectors.shipped()))).isFalse();
    assertThat(sexism(PolicyCheckers.build(inForce(encoderOn()), LearnedDetectors.shipped()))).isTrue();
  }

  @Test
  void anInstitutionsOwnModelGetsTheEncoderToo() throws IOException {
    TextModel own;
    try (InputStream in = LearnedDetectors.class.getResourceAsStream("/models/" + LearnedDetectors.MODEL_FILE)) {
      own = TextModel.read(in); // another instance: the app builds it as an approved model of its own
    }
    assertThat(own).isNotSameAs(LearnedDetectors.shipped());
    assertThat(sexism(PolicyCheckers.build(inForce(PolicyPacks.byId("cccg-policy").orElseThrow()), own))).isFalse();
    assertThat(sexism(PolicyCheckers.build(inForce(encoderOn()), own))).isTrue();
  }
}
