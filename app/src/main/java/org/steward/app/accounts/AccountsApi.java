package org.steward.app.accounts;

import org.steward.app.web.Page;
import org.steward.app.web.InvalidInput;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.steward.app.csv.ImportResult;
import org.steward.app.identity.Actor;
import org.steward.app.security.RecentSignIn;
import org.steward.app.web.Paging;

/**
 * The official accounts REST API, for the same operations as the pages. Errors are RFC 9457
 * problem+json from the one error model ({@code web.Problems}): a refused role is 403 (and
 * audited), a move the account's status does not allow 409, bad input 422, no such account 404.
 * Revealing a secret needs HTTP Basic credentials on that request or a recent sign-in.
 */
@RestController
@RequestMapping(value = "/api/v1/accounts", produces = {"application/json", "application/problem+json"})
@Tag(name = "Official accounts", description = "Registry, requests and approvals, set-up, vault,"
    + " managers, activity and closing (ACC-1..ACC-15, PER-8)")
class AccountsApi {
  private final AccountActivity activity;
  private final AccountClosing closing;
  private final AccountManagers managers;
  private final AccountRegistry registry;
  private final AccountRequests requests;
  private final AccountSecrets secrets;
  private final AccountImport imports;
  private final AccountDirectory directory;
  private final RecentSignIn recentSignIn;

  AccountsApi(AccountActivity activity, AccountClosing closing, AccountManagers managers, AccountRegistry registry, AccountRequests requests, AccountSecrets secrets, AccountImport imports, AccountDirectory directory,
      RecentSignIn recentSignIn) {
    this.activity = activity;
    this.closing = closing;
    this.managers = managers;
    this.registry = registry;
    this.requests = requests;
    this.secrets = secrets;
    this.imports = imports;
    this.directory = directory;
    this.recentSignIn = recentSignIn;
  }

  /** An account as the API shows it. */
  record AccountJson(long id, String platform, String handle, String url, String name,
      long unitId, String unit, String purpose, String audience, String visibility,
      boolean teachingGroup, String status, Instant requestedAt, Instant lastPostAt,
      List<ManagerJson> managers, List<String> approvals, boolean tooFewManagers,
      List<SecretJson> secrets) {}

  record ManagerJson(long personId, String name, boolean helper, boolean platformAdmin) {}

  record SecretJson(long id, String kind, String label) {}

  record Page(List<AccountJson> items, int page, int size, long total) {}

  private AccountJson json(AccountRegistry.AccountView v) {
    Account a = v.account();
    return new AccountJson(a.id(), a.platform().code(), a.handle(), a.url(), a.name(), a.unitId(),
        v.unitName(), a.purpose(), a.audience(), a.visibility().code(), a.teachingGroup(),
        a.status().code(), a.requestedAt(), a.lastPostAt(),
        v.managers().stream().map(m -> new ManagerJson(m.personId(), m.name(), m.helper(),
            m.platformAdmin())).toList(),
        v.approvals().stream().map(x -> x.capacity().code()).toList(), v.tooFewManagers(),
        v.secrets().stream().map(s -> new SecretJson(s.id(), s.kind(), s.label())).toList());
  }

  @GetMapping
  @Operation(summary = "The registry: accounts, filterable by unit, status and platform (ACC-1)")
  Page list(@RequestParam(required = false) Long unit,
      @RequestParam(required = false) String status,
      @RequestParam(required = false) String platform,
      @RequestParam(required = false) String q,
      @RequestParam(defaultValue = "0") @Min(value = 0, message = Paging.PAGE_MESSAGE)
      @Max(value = Paging.MAX_PAGE, message = Paging.PAGE_MESSAGE) int page,
      @RequestParam(defaultValue = "50") @Min(value = 1, message = "Ask for 1 to 200 a page.")
      @Max(value = 200, message = "Ask for 1 to 200 a page.") int size,
      Actor actor) {
    var listing = registry.list(actor, new Accounts.Filter(unit,
        AccountStatus.fromCode(status).orElse(null), Platform.in(registry.platformsAnywhere(), platform).orElse(null), q),
        page, size);
    return new Page(listing.items().stream().map(a -> json(registry.view(actor, a.id()))).toList(),
        listing.page(), listing.size(), listing.total());
  }

  @GetMapping("/{id}")
  @Operation(summary = "One account, with its managers, approvals and secrets (names only)")
  AccountJson get(@PathVariable long id, Actor actor) {
    return json(registry.view(actor, id));
  }

  /** A request for a new account (ACC-2..ACC-4; {@code learner} for a tutor's request, PER-8). */
  record RequestJson(@Size(max = AccountLimits.CODE, message = "Choose one of the platforms.") String platform,
      @Size(max = AccountLimits.HANDLE, message = "Use 200 characters or fewer.") String handle,
      @Size(max = AccountLimits.URL, message = "Use 500 characters or fewer.") String url,
      @Size(max = AccountLimits.NAME, message = "Use 200 characters or fewer.") String name,
      @Size(max = AccountLimits.CODE, message = "Give a unit code.") String unit,
      @Size(max = AccountLimits.PURPOSE, message = AccountLimits.TEXT_MESSAGE) String purpose,
      @Size(max = AccountLimits.AUDIENCE, message = "Use 500 characters or fewer.") String audience,
      @Size(max = AccountLimits.CODE, message = "Choose who can see the account.") String visibility,
      Boolean teachingGroup,
      @Size(max = AccountLimits.PLAN, message = AccountLimits.TEXT_MESSAGE) String postingPlan,
      @Size(max = AccountLimits.PLAN, message = AccountLimits.TEXT_MESSAGE) String moderationPlan,
      @Size(max = AccountLimits.PERSON, message = "Give a username or e-mail address.") String coManager,
      @Size(max = AccountLimits.PERSON, message = "Give a username or e-mail address.") String learner,
      Boolean platformAdmin) {}

  @PostMapping(consumes = "application/json")
  @Operation(summary = "Ask for an account; it then needs two approvals (ACC-2)")
  ResponseEntity<AccountJson> request(@Valid @RequestBody RequestJson r, Actor actor) {
    Long unitId = r.unit() == null ? null : directory.unitByCode(r.unit()).map(u -> u.id())
        .orElseGet(() -> parseLong(r.unit()));
    Long learner = null;
    if (r.learner() != null && !r.learner().isBlank()) {
      learner = directory.find(r.learner()).map(p -> p.id()).orElseThrow(() ->
          new InvalidInput("learner", "There is no learner with that username or e-mail."));
    }
    NewAccount n = new NewAccount(Platform.in(registry.platformsAnywhere(), r.platform()).orElse(null), r.handle(), r.url(),
        r.name(), unitId == null ? 0 : unitId, r.purpose(), r.audience(),
        Visibility.fromCode(r.visibility()).orElse(null), Boolean.TRUE.equals(r.teachingGroup()),
        r.postingPlan(), r.moderationPlan(), learner, AccountStatus.REQUESTED);
    long id = requests.request(actor, new AccountRequests.RequestDetails(n, r.coManager(),
        Boolean.TRUE.equals(r.platformAdmin())));
    return ResponseEntity.created(URI.create("/api/v1/accounts/" + id))
        .body(json(registry.view(actor, id)));
  }

  record Decision(@Size(max = AccountLimits.TEXT, message = AccountLimits.TEXT_MESSAGE) String note,
      @Size(max = AccountLimits.TEXT, message = AccountLimits.TEXT_MESSAGE) String reason) {}

  @PostMapping(value = "/{id}/approve")
  @Operation(summary = "Approve as head of the unit or head of digital marketing (ACC-2)")
  AccountJson approve(@PathVariable long id, @Valid @RequestBody(required = false) Decision d,
      Actor actor) {
    requests.approve(actor, id, d == null ? null : d.note());
    return json(registry.view(actor, id));
  }

  @PostMapping(value = "/{id}/reject")
  @Operation(summary = "Refuse a request, with a reason")
  AccountJson reject(@PathVariable long id, @Valid @RequestBody(required = false) Decision d,
      Actor actor) {
    requests.reject(actor, id, d == null ? null : d.reason());
    return json(registry.view(actor, id));
  }

  @GetMapping("/{id}/similar")
  @Operation(summary = "Existing accounts an approver should look at first (ACC-3)")
  List<AccountRegistry.Similar> similar(@PathVariable long id) {
    return registry.similar(id);
  }

  record SetUpJson(@Size(max = AccountLimits.EMAIL, message = "Use 254 characters or fewer.") String loginEmail,
      @Size(max = AccountLimits.PASSWORD, message = "Use 1,000 characters or fewer.") String password,
      @Size(max = AccountLimits.SECRET, message = "Use 4,000 characters or fewer.") String recoveryCodes,
      @Size(max = AccountLimits.SECRET, message = "Use 4,000 characters or fewer.") String token,
      @Size(max = AccountLimits.URL, message = "Use 500 characters or fewer.") String url,
      Boolean addMeAsManager) {}

  @PostMapping(value = "/{id}/set-up", consumes = "application/json")
  @Operation(summary = "Marketing records the sign-in details; secrets go to the vault (ACC-5)")
  AccountJson setUp(@PathVariable long id, @Valid @RequestBody SetUpJson s, Actor actor) {
    secrets.setUp(actor, id, new AccountSecrets.SetUp(s.loginEmail(), s.password(),
        s.recoveryCodes(), s.token(), s.url(), Boolean.TRUE.equals(s.addMeAsManager())));
    return json(registry.view(actor, id));
  }

  record RevealJson(@NotNull(message = "Name the secret to reveal.") Long secretId,
      @Size(max = AccountLimits.TEXT, message = AccountLimits.TEXT_MESSAGE) String reason) {}

  record Revealed(long secretId, String value) {}

  @PostMapping(value = "/{id}/reveal", consumes = "application/json")
  @Operation(summary = "Reveal a secret to a staff manager or marketing, with a reason (ACC-6)."
      + " Needs HTTP Basic on this request or a recent sign-in; learners never")
  ResponseEntity<Revealed> reveal(@PathVariable long id, @Valid @RequestBody RevealJson r,
      Actor actor, HttpServletRequest request) {
    registry.find(id).orElseThrow();
    if (r.secretId() == null) {
      throw new InvalidInput("secretId", "Name the secret to reveal.");
    }
    String value = secrets.reveal(actor, id, r.secretId(), r.reason(),
        recentSignIn.signedInAt(request, actor));
    return ResponseEntity.ok().header("Cache-Control", "no-store")
        .body(new Revealed(r.secretId(), value));
  }

  record PostJson(Instant postedAt) {}

  @PostMapping(value = "/{id}/posts", consumes = "application/json")
  @Operation(summary = "Record the date of a post (until connectors do it, ACC-13)")
  AccountJson recordPost(@PathVariable long id, @RequestBody PostJson p, Actor actor) {
    activity.recordPost(actor, id, p.postedAt());
    return json(registry.view(actor, id));
  }

  record ReasonJson(@Size(max = AccountLimits.TEXT, message = AccountLimits.TEXT_MESSAGE) String reason) {}

  @PostMapping(value = "/{id}/closing", consumes = "application/json")
  @Operation(summary = "Ask marketing to close the account (ACC-13)")
  AccountJson closing(@PathVariable long id, @Valid @RequestBody ReasonJson r, Actor actor) {
    closing.startClosing(actor, id, r.reason());
    return json(registry.view(actor, id));
  }

  record ChecklistJson(boolean contentArchived, boolean credentialsRetired,
      boolean platformAccountGone) {}

  @PostMapping(value = "/{id}/checklist", consumes = "application/json")
  @Operation(summary = "Update the closing checklist")
  AccountJson checklist(@PathVariable long id, @RequestBody ChecklistJson c, Actor actor) {
    closing.updateChecklist(actor, id, c.contentArchived(), c.credentialsRetired(),
        c.platformAccountGone());
    return json(registry.view(actor, id));
  }

  @PostMapping("/{id}/close")
  @Operation(summary = "Close an account whose checklist is done")
  AccountJson close(@PathVariable long id, Actor actor) {
    closing.close(actor, id);
    return json(registry.view(actor, id));
  }

  @PostMapping(value = "/{id}/suspend", consumes = "application/json")
  @Operation(summary = "Suspend for a breach and open an investigation (ACC-12)")
  AccountJson suspend(@PathVariable long id, @Valid @RequestBody ReasonJson r, Actor actor) {
    closing.suspend(actor, id, r.reason());
    return json(registry.view(actor, id));
  }

  record ManagerChange(
      @Size(max = AccountLimits.PERSON, message = "Give a username or e-mail address.") String person,
      Long personId, Boolean platformAdmin,
      @Size(max = AccountLimits.TEXT, message = AccountLimits.TEXT_MESSAGE) String reason) {}

  @PostMapping(value = "/{id}/managers", consumes = "application/json")
  @Operation(summary = "Add a staff manager or a learner helper (ACC-7, ACC-8)")
  AccountJson addManager(@PathVariable long id, @Valid @RequestBody ManagerChange c, Actor actor) {
    managers.addManager(actor, id, c.person(), Boolean.TRUE.equals(c.platformAdmin()));
    return json(registry.view(actor, id));
  }

  @PostMapping(value = "/{id}/managers/remove", consumes = "application/json")
  @Operation(summary = "Remove a manager; marketing is asked to change the password (ACC-6)")
  AccountJson removeManager(@PathVariable long id, @Valid @RequestBody ManagerChange c, Actor actor) {
    if (c.personId() == null) {
      throw new InvalidInput("personId", "Name the person to remove.");
    }
    managers.removeManager(actor, id, c.personId(), c.reason());
    return json(registry.view(actor, id));
  }

  @PostMapping(value = "/{id}/justify", consumes = "application/json")
  @Operation(summary = "Say why a dormant account stays open (ACC-13)")
  AccountJson justify(@PathVariable long id, @Valid @RequestBody ReasonJson r, Actor actor) {
    activity.justify(actor, id, r.reason());
    return json(registry.view(actor, id));
  }

  record OutcomeJson(@Size(max = AccountLimits.TEXT, message = AccountLimits.TEXT_MESSAGE) String outcome) {}

  @PostMapping(value = "/{id}/reinstate", consumes = "application/json")
  @Operation(summary = "Reinstate a suspended account with the investigation's outcome (ACC-12)")
  AccountJson reinstate(@PathVariable long id, @Valid @RequestBody OutcomeJson o, Actor actor) {
    closing.reinstate(actor, id, o.outcome());
    return json(registry.view(actor, id));
  }

  record PasswordJson(
      @Size(max = AccountLimits.PASSWORD, message = "Use 1,000 characters or fewer.") String newPassword) {}

  @PostMapping(value = "/{id}/password", consumes = "application/json")
  @Operation(summary = "Record the new password after changing it on the platform (ACC-6)")
  AccountJson password(@PathVariable long id, @Valid @RequestBody PasswordJson p, Actor actor) {
    secrets.replacePassword(actor, id, p.newPassword());
    return json(registry.view(actor, id));
  }

  @GetMapping("/activity")
  @Operation(summary = "Accounts ranked by posts per month, and consolidation candidates (ACC-14)")
  ActivityJson activity() {
    return new ActivityJson(activity.activity().stream().map(a -> new ActivityRow(a.account().id(),
        a.account().name(), a.unitName(), a.postsPerMonth(), a.account().lastPostAt(),
        a.staffManagers(), a.account().status().code())).toList(),
        activity.consolidationCandidates().stream().map(c -> new ConsolidationJson(c.unitName(),
            c.audience(), c.accounts().stream().map(Account::id).toList())).toList());
  }

  record ActivityRow(long id, String name, String unit, double postsPerMonth, Instant lastPostAt,
      long staffManagers, String status) {}

  record ConsolidationJson(String unit, String audience, List<Long> accountIds) {}

  record ActivityJson(List<ActivityRow> accounts, List<ConsolidationJson> consolidationCandidates) {}

  record Imported(int imported) {}

  @PostMapping(value = "/import", consumes = "text/csv")
  @Operation(summary = "Import a CSV of existing accounts: all or nothing, line-numbered problems")
  Imported importCsv(InputStream body, Actor actor) throws IOException {
    // RequestSizeLimits has refused a body over the upload limit before this reads it.
    ImportResult r = imports.importCsv(actor, body.readAllBytes());
    if (!r.accepted()) {
      throw r.refusal();
    }
    return new Imported(r.imported());
  }

  private static Long parseLong(String s) {
    try {
      return Long.valueOf(s.trim());
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
