package org.steward.app.accounts;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steward.app.accounts.vault.CredentialVault;
import org.steward.app.audit.AuditTrail;
import org.steward.app.identity.Actor;

/**
 * What the posts feature needs from an official account, through this one public service (posts
 * depends on accounts, never the reverse): the account as posting sees it, who runs it, its sign-in
 * for a connector (opened from the vault for one call, audited), and each post made from it, which
 * feeds the activity figures and the inactivity audit (ACC-13) without anyone typing a date.
 */
@Service
public class AccountPosting {
  private final Accounts accounts;
  private final CredentialVault vault;
  private final AuditTrail audit;
  private final AccountPolicy settings;
  private final Clock clock;

  AccountPosting(Accounts accounts, CredentialVault vault, AuditTrail audit, AccountPolicy settings,
      Clock clock) {
    this.accounts = accounts;
    this.settings = settings;
    this.vault = vault;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * An account as posting sees it.
   *
   * @param platform the platform code ({@code bluesky}, {@code instagram}, …)
   * @param postable whether posts may be made from it now (active or dormant)
   * @param managers staff managers' person ids
   * @param helpers learners and others who help (may draft, never manage)
   */
  public record PostingAccount(long id, String platform, String handle, String name, String url,
      long unitId, String audience, boolean teachingGroup, boolean postable, List<Long> managers,
      List<Long> helpers) {

    /** Whether the person manages or helps with this account. */
    public boolean runBy(Long personId) {
      return personId != null && (managers.contains(personId) || helpers.contains(personId));
    }
  }

  /** The sign-in a connector needs: the server, the handle and the secret (never logged). */
  public record SignIn(URI server, String handle, String secret) {
    @Override
    public String toString() {
      return "SignIn[server=" + server + ", handle=" + handle + ", secret=(hidden)]";
    }
  }

  @Transactional(readOnly = true)
  public Optional<PostingAccount> find(long id) {
    return accounts.find(id).map(this::posting);
  }

  /** Every account posts may be made from now (active or dormant): for the sync. */
  @Transactional(readOnly = true)
  public List<PostingAccount> postable() {
    return accounts.inStatuses(java.util.EnumSet.of(AccountStatus.ACTIVE, AccountStatus.DORMANT)).stream()
        .map(this::posting).toList();
  }

  /** The accounts {@code personId} manages or helps with, as posting sees them. */
  @Transactional(readOnly = true)
  public List<PostingAccount> runBy(long personId) {
    return accounts.anyRoleOf(personId).stream().map(accounts::find).flatMap(Optional::stream)
        .map(this::posting).toList();
  }

  private PostingAccount posting(Account a) {
    List<AccountManager> people = accounts.managers(a.id());
    return new PostingAccount(a.id(), a.platform().code(), a.handle(), a.name(), a.url(), a.unitId(),
        a.audience(), a.teachingGroup(),
        a.status() == AccountStatus.ACTIVE || a.status() == AccountStatus.DORMANT,
        people.stream().filter(m -> !m.helper()).map(AccountManager::personId).toList(),
        people.stream().filter(AccountManager::helper).map(AccountManager::personId).toList());
  }

  /**
   * The account's sign-in for a connector, opened from the vault for one call and audited as used
   * (never shown to anyone): its platform token if one is stored (a Mastodon access token, a
   * Bluesky app password), else its password. The server is the origin of the account's web
   * address ({@code https://bsky.app/…} means {@code https://bsky.social}); empty when the account
   * has no web address or no secret.
   */
  @Transactional
  public Optional<SignIn> signIn(Actor actor, long id, String purpose) {
    Account a = accounts.find(id).orElse(null);
    if (a == null || a.url() == null || a.url().isBlank()) {
      return Optional.empty();
    }
    URI server;
    try {
      URI u = URI.create(a.url().trim());
      if (u.getScheme() == null || u.getHost() == null) {
        return Optional.empty();
      }
      String host = u.getHost().toLowerCase(Locale.ROOT);
      server = "bsky.app".equals(host) ? URI.create("https://bsky.social")
          : URI.create(u.getScheme() + "://" + u.getRawAuthority());
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    Optional<String> secret = vault.openCurrent(id, "token").or(() -> vault.openCurrent(id, "password"));
    if (secret.isEmpty()) {
      return Optional.empty();
    }
    audit.record(actor, "account.secret-used", "account", Long.toString(id), purpose);
    return Optional.of(new SignIn(server, Account.handleKey(a.handle()), secret.get()));
  }

  /**
   * Records a post made from the account (published through Steward, found by the sync, or read
   * from an imported archive): the last post date and the activity figures follow it, and a
   * dormant account that posts again within the period becomes active (ACC-13).
   *
   * @param source {@code connector} or {@code import}
   */
  @Transactional
  public void recordPost(long id, Instant postedAt, String source) {
    if (!"connector".equals(source) && !"import".equals(source)) {
      throw new IllegalArgumentException("source is connector or import");
    }
    Account a = accounts.locked(id);
    accounts.recordPost(id, postedAt, source, null);
    Instant now = clock.instant();
    if (a.status() == AccountStatus.DORMANT && postedAt.isAfter(now.minus(settings.inactiveAfter(a.unitId())))) {
      accounts.reactivate(id, now);
      accounts.closeTasks(id, AccountTask.CLOSE_OR_JUSTIFY, null, "Posted again", now);
      audit.record(Actor.SYSTEM, "account.reactivated", "account", Long.toString(id), "posted again");
    }
  }
}
