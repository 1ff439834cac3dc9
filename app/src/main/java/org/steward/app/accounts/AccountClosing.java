package org.steward.app.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steward.app.accounts.vault.CredentialVault;
import org.steward.app.audit.AuditTrail;
import org.steward.app.identity.Actor;
import org.steward.app.identity.Role;
import org.steward.app.notifications.Notifications;
import org.steward.app.people.Person;
import org.steward.app.people.PersonKind;
import org.steward.app.web.FieldProblem;
import org.steward.app.web.IllegalTransition;
import org.steward.app.web.Page;

/**
 * The end of an account's life and its interruptions: closing with its checklist (ACC-13), and
 * suspension for a breach with an investigation, then reinstatement (ACC-12).
 */
@Service
public class AccountClosing {
  private final Accounts accounts;
  private final AccountDirectory directory;
  private final CredentialVault vault;
  private final AccountGuards guards;
  private final AuditTrail audit;
  private final Notifications notifications;
  private final Clock clock;

  AccountClosing(Accounts accounts, AccountDirectory directory, CredentialVault vault, AccountGuards guards, AuditTrail audit, Notifications notifications, Clock clock) {
    this.accounts = accounts;
    this.directory = directory;
    this.vault = vault;
    this.guards = guards;
    this.audit = audit;
    this.notifications = notifications;
    this.clock = clock;
  }

  @Transactional
  public void startClosing(Actor actor, long id, String reason) {
    Account a = accounts.locked(id);
    guards.requireManagerOrMarketing(actor, a, "start closing");
    AccountGuards.requireReason("reason", reason, "Say why the account is no longer needed.");
    a.moveTo(AccountStatus.CLOSING);
    Instant now = clock.instant();
    accounts.startClosing(id, reason.trim(), now);
    accounts.closeTasks(id, AccountTask.CLOSE_OR_JUSTIFY, actor.personId(), "Closing", now);
    audit.record(actor, "account.closing", "account", Long.toString(id), reason.trim());
    notifications.notify(guards.marketing(), "An account is to be closed: work through its checklist",
        "/accounts/" + id);
  }

  @Transactional
  public void updateChecklist(Actor actor, long id, boolean archived, boolean credentialsRetired,
      boolean platformGone) {
    Account a = accounts.locked(id);
    guards.requireMarketing(actor, "update checklist", id);
    if (a.status() != AccountStatus.CLOSING) {
      throw new IllegalTransition("The checklist applies only to an account that is closing.");
    }
    accounts.checklist(id, archived, credentialsRetired, platformGone);
    if (credentialsRetired) {
      vault.retire(id, null);
    }
    audit.record(actor, "account.checklist-updated", "account", Long.toString(id),
        "archived=" + archived + ", credentials=" + credentialsRetired + ", platform=" + platformGone);
  }

  @Transactional
  public void close(Actor actor, long id) {
    Account a = accounts.locked(id);
    guards.requireMarketing(actor, "close", id);
    a.moveTo(AccountStatus.CLOSED);
    if (!a.checklistDone()) {
      throw new IllegalTransition("Finish the checklist first: archive the content, retire the"
          + " sign-in details and delete or hand over the platform account.");
    }
    Instant now = clock.instant();
    accounts.setStatus(id, AccountStatus.CLOSED, now);
    vault.retire(id, null);
    audit.record(actor, "account.closed", "account", Long.toString(id), null);
    notifications.notify(guards.staffManagers(id), "An account you managed is now closed", "/accounts/" + id);
  }

  @Transactional
  public long suspend(Actor actor, long id, String reason) {
    Account a = accounts.locked(id);
    guards.requireMarketing(actor, "suspend", id);
    AccountGuards.requireReason("reason", reason, "Say what breach of the policy was found.");
    a.moveTo(AccountStatus.SUSPENDED);
    Instant now = clock.instant();
    accounts.suspend(id, a.status(), now);
    long investigation = accounts.openInvestigation(id, actor.personId(), reason.trim(), now);
    audit.record(actor, "account.suspended", "account", Long.toString(id), reason.trim());
    audit.record(actor, "account.investigation-opened", "account-investigation",
        Long.toString(investigation), null);
    notifications.notify(guards.staffManagers(id), "An account you manage was suspended", "/accounts/" + id);
    notifications.notify(directory.holders(Role.HEAD_OF_DIGITAL_MARKETING),
        "An account was suspended and an investigation opened", "/accounts/" + id);
    return investigation;
  }

  @Transactional
  public void reinstate(Actor actor, long id, String outcome) {
    Account a = accounts.locked(id);
    guards.requireMarketing(actor, "reinstate", id);
    AccountGuards.requireReason("outcome", outcome, "Say what the investigation found.");
    a.moveTo(AccountStatus.ACTIVE);
    Instant now = clock.instant();
    accounts.reactivate(id, now);
    accounts.closeInvestigations(id, now);
    audit.record(actor, "account.reinstated", "account", Long.toString(id), outcome.trim());
  }
}
