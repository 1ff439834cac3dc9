package org.steward.app.accounts;

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
import java.util.NoSuchElementException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.steward.app.accounts.vault.TamperedSecretException;
import org.steward.app.identity.Actor;
import org.steward.app.security.RecentSignIn;
import org.steward.app.web.Paging;

/**
 * The official accounts REST API, for the same operations as the pages. Errors are RFC 9457
 * problem+json; a refused role is 403 (and audited), a wrong move of status 409, bad input 422.
 * Revealing a secret needs HTTP Basic credentials on that request or a recent sign-in.
 */
@RestController
@RequestMapping(value = "/api/v1/accounts", produces = {"application/json", "application/problem+json"})
@Tag(name = "Official accounts", description = "Registry, requests and approvals, set-up, vault,"
    + " managers, activity and closing (ACC-1..ACC-15, PER-8)")
class AccountsApi {
  private final AccountService service;
  private final AccountImport imports;
  private final AccountDirectory directory;
  private final RecentSignIn recentSignIn;

  AccountsApi(AccountService service, AccountImport imports, AccountDirectory directory,
      RecentSignIn recentSignIn) {
    this.service = service;
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

  private AccountJson json(AccountService.AccountView v) {
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
    var listing = service.list(actor, new Accounts.Filter(unit,
        AccountStatus.fromCode(status).orElse(null), Platform.fromCode(platform).orElse(null), q),
        page, size);
    return new Page(listing.items().stream().map(a -> json(service.view(actor, a.id()))).toList(),
        listing.page(), listing.size(), listing.total());
  }

  @GetMapping("/{id}")
  @Operation(summary = "One account, with its managers, approvals and secrets (names only)")
  AccountJson get(@PathVariable long id, Actor actor) {
    return json(service.view(actor, id));
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
          new InvalidAccountInput("learner", "There is no learner with that username or e-mail."));
    }
    NewAccount n = new NewAccount(Platform.fromCode(r.platform()).orElse(null), r.handle(), r.url(),
        r.name(), unitId == null ? 0 : unitId, r.purpose(), r.audience(),
        Visibility.fromCode(r.visibility()).orElse(null), Boolean.TRUE.equals(r.teachingGroup()),
        r.postingPlan(), r.moderationPlan(), learner, AccountStatus.REQUESTED);
    long id = service.request(actor, new AccountService.RequestDetails(n, r.coManager(),
        Boolean.TRUE.equals(r.platformAdmin())));
    return ResponseEntity.created(URI.create("/api/v1/accounts/" + id))
        .body(json(service.view(actor, id)));
  }

  record Decision(@Size(max = AccountLimits.TEXT, message = AccountLimits.TEXT_MESSAGE) String note,
      @Size(max = AccountLimits.TEXT, message = AccountLimits.TEXT_MESSAGE) String reason) {}

  @PostMapping(value = "/{id}/approve")
  @Operation(summary = "Approve as head of the unit or head of digital marketing (ACC-2)")
  AccountJson approve(@PathVariable long id, @Valid @RequestBody(required = false) Decision d,
      Actor actor) {
    service.approve(actor, id, d == null ? null : d.note());
    return json(service.view(actor, id));
  }

  @PostMapping(value = "/{id}/reject")
  @Operation(summary = "Refuse a request, with a reason")
  AccountJson reject(@PathVariable long id, @Valid @RequestBody(required = false) Decision d,
      Actor actor) {
    service.reject(actor, id, d == null ? null : d.reason());
    return json(service.view(actor, id));
  }

  @GetMapping("/{id}/similar")
  @Operation(summary = "Existing accounts an approver should look at first (ACC-3)")
  List<AccountService.Similar> similar(@PathVariable long id) {
    return service.similar(id);
  }

  record SetUpJson(@Size(max = AccountLimits.EMAIL, message = "Use 254 characters or fewer.") String loginEmail,
      @Size(max = AccountLimits.PASSWORD, message = "Use 1,000 characters or fewer.") String password,
      @Size(max = AccountLimits.SECRET, message = "Use 4,000 characters or fewer.") String recoveryCodes,
      @Size(max = AccountLimits.SECRET, message = "Use 4,000 characters or fewer.") String token,
      @Size(max = AccountLimits.URL, message = "Use 500 characters or fewer.") String url) {}

  @PostMapping(value = "/{id}/set-up", consumes = "application/json")
  @Operation(summary = "Marketing records the sign-in details; secrets go to the vault (ACC-5)")
  AccountJson setUp(@PathVariable long id, @Valid @RequestBody SetUpJson s, Actor actor) {
    service.setUp(actor, id, new AccountService.SetUp(s.loginEmail(), s.password(),
        s.recoveryCodes(), s.token(), s.url()));
    return json(service.view(actor, id));
  }

  record RevealJson(@NotNull(message = "Name the secret to reveal.") Long secretId,
      @Size(max = AccountLimits.TEXT, message = AccountLimits.TEXT_MESSAGE) String reason) {}

  record Revealed(long secretId, String value) {}

  @PostMapping(value = "/{id}/reveal", consumes = "application/json")
  @Operation(summary = "Reveal a secret to a staff manager or marketing, with a reason (ACC-6)."
      + " Needs HTTP Basic on this request or a recent sign-in; learners never")
  ResponseEntity<Revealed> reveal(@PathVariable long id, @Valid @RequestBody RevealJson r,
      Actor actor, HttpServletRequest request) {
    service.find(id).orElseThrow();
    if (r.secretId() == null) {
      throw new InvalidAccountInput("secretId", "Name the secret to reveal.");
    }
    String value = service.reveal(actor, id, r.secretId(), r.reason(),
        recentSignIn.signedInAt(request, actor));
    return ResponseEntity.ok().header("Cache-Control", "no-store")
        .body(new Revealed(r.secretId(), value));
  }

  record PostJson(Instant postedAt) {}

  @PostMapping(value = "/{id}/posts", consumes = "application/json")
  @Operation(summary = "Record the date of a post (until connectors do it, ACC-13)")
  AccountJson recordPost(@PathVariable long id, @RequestBody PostJson p, Actor actor) {
    service.recordPost(actor, id, p.postedAt());
    return json(service.view(actor, id));
  }

  record ReasonJson(@Size(max = AccountLimits.TEXT, message = AccountLimits.TEXT_MESSAGE) String reason) {}

  @PostMapping(value = "/{id}/closing", consumes = "application/json")
  @Operation(summary = "Ask marketing to close the account (ACC-13)")
  AccountJson closing(@PathVariable long id, @Valid @RequestBody ReasonJson r, Actor actor) {
    service.startClosing(actor, id, r.reason());
    return json(service.view(actor, id));
  }

  record ChecklistJson(boolean contentArchived, boolean credentialsRetired,
      boolean platformAccountGone) {}

  @PostMapping(value = "/{id}/checklist", consumes = "application/json")
  @Operation(summary = "Update the closing checklist")
  AccountJson checklist(@PathVariable long id, @RequestBody ChecklistJson c, Actor actor) {
    service.updateChecklist(actor, id, c.contentArchived(), c.credentialsRetired(),
        c.platformAccountGone());
    return json(service.view(actor, id));
  }

  @PostMapping("/{id}/close")
  @Operation(summary = "Close an account whose checklist is done")
  AccountJson close(@PathVariable long id, Actor actor) {
    service.close(actor, id);
    return json(service.view(actor, id));
  }

  @PostMapping(value = "/{id}/suspend", consumes = "application/json")
  @Operation(summary = "Suspend for a breach and open an investigation (ACC-12)")
  AccountJson suspend(@PathVariable long id, @Valid @RequestBody ReasonJson r, Actor actor) {
    service.suspend(actor, id, r.reason());
    return json(service.view(actor, id));
  }

  record ManagerChange(
      @Size(max = AccountLimits.PERSON, message = "Give a username or e-mail address.") String person,
      Long personId, Boolean platformAdmin,
      @Size(max = AccountLimits.TEXT, message = AccountLimits.TEXT_MESSAGE) String reason) {}

  @PostMapping(value = "/{id}/managers", consumes = "application/json")
  @Operation(summary = "Add a staff manager or a learner helper (ACC-7, ACC-8)")
  AccountJson addManager(@PathVariable long id, @Valid @RequestBody ManagerChange c, Actor actor) {
    service.addManager(actor, id, c.person(), Boolean.TRUE.equals(c.platformAdmin()));
    return json(service.view(actor, id));
  }

  @PostMapping(value = "/{id}/managers/remove", consumes = "application/json")
  @Operation(summary = "Remove a manager; marketing is asked to change the password (ACC-6)")
  AccountJson removeManager(@PathVariable long id, @Valid @RequestBody ManagerChange c, Actor actor) {
    if (c.personId() == null) {
      throw new InvalidAccountInput("personId", "Name the person to remove.");
    }
    service.removeManager(actor, id, c.personId(), c.reason());
    return json(service.view(actor, id));
  }

  @PostMapping(value = "/{id}/justify", consumes = "application/json")
  @Operation(summary = "Say why a dormant account stays open (ACC-13)")
  AccountJson justify(@PathVariable long id, @Valid @RequestBody ReasonJson r, Actor actor) {
    service.justify(actor, id, r.reason());
    return json(service.view(actor, id));
  }

  record OutcomeJson(@Size(max = AccountLimits.TEXT, message = AccountLimits.TEXT_MESSAGE) String outcome) {}

  @PostMapping(value = "/{id}/reinstate", consumes = "application/json")
  @Operation(summary = "Reinstate a suspended account with the investigation's outcome (ACC-12)")
  AccountJson reinstate(@PathVariable long id, @Valid @RequestBody OutcomeJson o, Actor actor) {
    service.reinstate(actor, id, o.outcome());
    return json(service.view(actor, id));
  }

  record PasswordJson(
      @Size(max = AccountLimits.PASSWORD, message = "Use 1,000 characters or fewer.") String newPassword) {}

  @PostMapping(value = "/{id}/password", consumes = "application/json")
  @Operation(summary = "Record the new password after changing it on the platform (ACC-6)")
  AccountJson password(@PathVariable long id, @Valid @RequestBody PasswordJson p, Actor actor) {
    service.replacePassword(actor, id, p.newPassword());
    return json(service.view(actor, id));
  }

  @GetMapping("/activity")
  @Operation(summary = "Accounts ranked by posts per month, and consolidation candidates (ACC-14)")
  ActivityJson activity() {
    return new ActivityJson(service.activity().stream().map(a -> new ActivityRow(a.account().id(),
        a.account().name(), a.unitName(), a.postsPerMonth(), a.account().lastPostAt(),
        a.staffManagers(), a.account().status().code())).toList(),
        service.consolidationCandidates().stream().map(c -> new ConsolidationJson(c.unitName(),
            c.audience(), c.accounts().stream().map(Account::id).toList())).toList());
  }

  record ActivityRow(long id, String name, String unit, double postsPerMonth, Instant lastPostAt,
      long staffManagers, String status) {}

  record ConsolidationJson(String unit, String audience, List<Long> accountIds) {}

  record ActivityJson(List<ActivityRow> accounts, List<ConsolidationJson> consolidationCandidates) {}

  record Imported(int imported) {}

  @PostMapping(value = "/import", consumes = "text/csv")
  @Operation(summary = "Import a CSV of existing accounts: all or nothing, line-numbered problems")
  ResponseEntity<?> importCsv(InputStream body, Actor actor) throws IOException {
    // RequestSizeLimits has refused a body over the upload limit before this reads it.
    byte[] bytes = body.readAllBytes();
    AccountImport.Result r = imports.importCsv(actor, bytes);
    if (r.accepted()) {
      return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(new Imported(r.imported()));
    }
    return problem(HttpStatus.UNPROCESSABLE_CONTENT, "The file was not imported",
        r.problems().size() + " problem(s) found. Nothing was imported: fix every problem and send"
            + " the whole file again.", r.problems());
  }

  // ---------------------------------------------------------------------------------------------

  @ExceptionHandler(InvalidAccountInput.class)
  ResponseEntity<ProblemDetail> invalid(InvalidAccountInput e) {
    return problem(HttpStatus.UNPROCESSABLE_CONTENT, "Check what you sent",
        e.problems().get(0).message() + " Nothing was saved.", e.problems());
  }

  /** Only a unique key refusing a handle registered at the same moment is a clash. */
  @ExceptionHandler(org.springframework.dao.DuplicateKeyException.class)
  ResponseEntity<ProblemDetail> clash(org.springframework.dao.DuplicateKeyException e) {
    return problem(HttpStatus.CONFLICT, "Registered a moment ago", "An account with this handle"
        + " (or one of these handles) was registered at the same moment. Nothing was saved.", null);
  }

  @ExceptionHandler(IllegalStateException.class)
  ResponseEntity<ProblemDetail> conflict(IllegalStateException e) {
    return problem(HttpStatus.CONFLICT, "Not possible now", e.getMessage(), null);
  }

  @ExceptionHandler(RecentSignInRequired.class)
  ResponseEntity<ProblemDetail> recent(RecentSignInRequired e) {
    return problem(HttpStatus.UNAUTHORIZED, "Confirm who you are", "Send this request with HTTP"
        + " Basic credentials, or sign in again, to reveal a secret.", null);
  }

  @ExceptionHandler(TamperedSecretException.class)
  ResponseEntity<ProblemDetail> tampered(TamperedSecretException e) {
    return problem(HttpStatus.CONFLICT, "The secret failed its integrity check", "It was not"
        + " revealed. Ask marketing to set a new password.", null);
  }

  @ExceptionHandler(NoSuchElementException.class)
  ResponseEntity<ProblemDetail> notFound() {
    return problem(HttpStatus.NOT_FOUND, "No such account", "Check the account id.", null);
  }

  private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String title,
      String detail, List<?> errors) {
    ProblemDetail pd = ProblemDetail.forStatusAndDetail(status, detail);
    pd.setTitle(title);
    if (errors != null && !errors.isEmpty()) {
      pd.setProperty("errors", errors);
    }
    return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(pd);
  }

  private static Long parseLong(String s) {
    try {
      return Long.valueOf(s.trim());
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
