package org.steward.app.audit;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.steward.app.identity.Actor;
import org.steward.app.security.AuditedRefusal;
import org.steward.app.security.RequestRefused;

/**
 * The one refusal audit of Steward: every refused attempt, by any feature or route, leaves an
 * entry {@code <feature>.refused} naming what was attempted and why. Each entry is written in its
 * own transaction, so it survives the rollback of the change that was refused. Features call
 * {@link #refuse} (and throw what it returns, a 403) or {@link #record} (for a refusal answered
 * otherwise, such as a reveal asking for the password again); refusals by a route's role rule, a
 * CSRF token or a record check arrive as {@link RequestRefused}.
 */
@Service
public class RefusalAudit {
  /** The record id in a path such as /accounts/12/close or /api/v1/accounts/12. */
  private static final Pattern ID = Pattern.compile("^/(?:api/v\\d+/)?[a-z-]+/(\\d+)");

  private final AuditTrail audit;
  private final TransactionTemplate separate;

  RefusalAudit(AuditTrail audit, PlatformTransactionManager tx) {
    this.audit = audit;
    this.separate = new TransactionTemplate(tx);
    this.separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /**
   * Records the refusal and returns the 403 to throw.
   *
   * @param feature the feature's audit prefix, e.g. {@code account}: the entry is {@code account.refused}
   * @param attempted what the person tried, e.g. {@code reveal secret 12}
   * @param why the sentence they are shown (no personal data beyond ids)
   */
  public AuditedRefusal refuse(Actor actor, String feature, String objectType, String objectId,
      String attempted, String why) {
    record(actor, feature, objectType, objectId, attempted, why);
    return new AuditedRefusal(why);
  }

  /** Records a refusal that the feature answers itself (not with a 403). */
  public void record(Actor actor, String feature, String objectType, String objectId,
      String attempted, String why) {
    separate.executeWithoutResult(s -> audit.record(actor, feature + ".refused", objectType,
        objectId, attempted + ": " + why));
  }

  @EventListener
  void on(RequestRefused refused) {
    Matcher m = ID.matcher(refused.path());
    String id = m.find() ? m.group(1) : "0";
    String type = refused.feature();
    record(refused.actor(), type, type, id, "route " + refused.method() + " " + truncate(refused.path()),
        refused.why());
  }

  private static String truncate(String path) {
    return path.length() > 300 ? path.substring(0, 300) + "…" : path;
  }
}
