package org.steward.app.posts;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.steward.app.identity.Actor;
import org.steward.app.web.FieldProblem;
import org.steward.app.web.InvalidInput;

/**
 * The posts REST API (issue #11), for colleges that script their posting: write a post, submit,
 * approve, reject, return, publish, record a hand-made post's address, remove, and read a post with
 * its state, findings, history and platform address. Errors are problem+json from the one error
 * model: bad fields 422 (every one named, nothing written), a refused role or record 403 (audited),
 * a move the state does not allow 409, no such post 404.
 */
@RestController
@RequestMapping(value = "/api/v1/posts", produces = {"application/json", "application/problem+json"})
@Tag(name = "Posts", description = "Compose, check, approve, publish and archive posts of official"
    + " accounts (CON-1..CON-13)")
class PostsApi {
  private final PostComposing composing;
  private final PostApproval approval;
  private final PostPublishing publishing;
  private final PostViews views;

  private final PostImports imports;

  PostsApi(PostComposing composing, PostApproval approval, PostPublishing publishing, PostViews views,
      PostImports imports) {
    this.imports = imports;
    this.composing = composing;
    this.approval = approval;
    this.publishing = publishing;
    this.views = views;
  }

  /** Someone pictured: {@code personId} of the directory, or {@code name} of someone outside it. */
  record PictureJson(Long personId, String name) {}

  /** An image: base64 {@code data}, its type, alt text, rights ({@code own}, {@code licensed}, {@code permission}) and the people in it. */
  record MediaJson(String data, String mimeType, String altText, String rights, List<PictureJson> people) {
    @Override
    public String toString() {
      return "MediaJson[" + mimeType + "]";
    }
  }

  /** A new post, or the new content of a draft. {@code scheduledFor} is an ISO-8601 instant. */
  record PostBody(Long accountId, String text, List<MediaJson> media, String scheduledFor) {}

  record NoteBody(String note) {}

  record AddressBody(String url) {}

  record ReasonBody(String reason) {}

  record FindingJson(String rule, String clause, String clauseText, String category, String severity, int start,
      int end, String evidence, String message, String suggestion) {}

  record MediaOut(int position, String mimeType, long size, String sha256, String altText, String rights,
      List<PictureJson> people) {}

  record EventJson(Instant at, String actor, String from, String to, String note) {}

  record PostJson(long id, long accountId, String account, String platform, String text, String state, String verdict,
      List<FindingJson> findings, String policy, boolean approvalNeeded, String approvalReasons,
      Instant scheduledFor, String author, String approver, String decisionNote, String platformId,
      String platformUrl, Instant publishedAt, boolean readyForManualPosting, String failureReason,
      int attempts, List<MediaOut> media, List<EventJson> history) {}

  record Line(long id, long accountId, String account, String state, String verdict, String author,
      Instant updatedAt, String platformUrl) {}

  static PostJson json(PostViews.PostView v) {
    Post p = v.post();
    List<FindingJson> findings = p.findings().stream().map(f -> new FindingJson(f.rule(), f.clause(),
        f.clauseText(), f.category(), f.severity(), f.start(), f.end(), f.evidence(),
        f.message(), f.suggestion())).toList();
    List<MediaOut> media = v.media().stream().map(m -> new MediaOut(m.position(), m.mimeType(), m.size(),
        m.sha256(), m.altText(), m.rights().code(), m.people().stream().map(x -> new PictureJson(x.personId(),
            x.personId() == null ? x.externalName() : v.pictured().get(x.personId()))).toList())).toList();
    List<EventJson> history = v.history().stream().map(e -> new EventJson(e.event().at(), e.actorName(),
        e.event().from() == null ? null : e.event().from().code(), e.event().to().code(), e.event().note())).toList();
    return new PostJson(p.id(), p.accountId(), v.account().name(), v.account().platform(), p.text(), p.state().code(),
        p.verdict(), findings, p.packId(), p.needsApproval(), p.approvalReasons(), p.scheduledFor(), v.authorName(),
        v.approverName(), p.decisionNote(), p.platformId(), p.platformUrl(), p.publishedAt(), p.manualReady(),
        p.failureReason(), p.attempts(), media, history);
  }

  static PostInput.Draft draft(PostBody body) {
    if (body == null) {
      throw new InvalidInput(null, "Send the post as JSON: accountId, text, and optionally media and scheduledFor.");
    }
    List<FieldProblem> problems = new ArrayList<>();
    Instant when = null;
    if (body.scheduledFor() != null && !body.scheduledFor().isBlank()) {
      try {
        when = Instant.parse(body.scheduledFor().strip());
      } catch (DateTimeParseException e) {
        problems.add(new FieldProblem("scheduledFor", "Give the time to publish as an ISO-8601 instant,"
            + " like 2026-12-01T09:30:00Z."));
      }
    }
    List<PostInput.NewImage> images = null;
    if (body.media() != null) {
      images = new ArrayList<>();
      for (int i = 0; i < body.media().size(); i++) {
        MediaJson m = body.media().get(i);
        if (m == null) {
          images.add(null);
          continue;
        }
        byte[] bytes = null;
        if (m.data() != null && !m.data().isBlank()) {
          try {
            bytes = Base64.getMimeDecoder().decode(m.data());
          } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem("media[" + i + "].data", "Image " + (i + 1) + " is not base64."));
            bytes = new byte[0];
          }
        }
        List<PostInput.PictureRef> people = m.people() == null ? List.of()
            : m.people().stream().map(x -> x == null ? new PostInput.PictureRef(null, null)
                : new PostInput.PictureRef(x.personId(), x.name())).toList();
        images.add(new PostInput.NewImage(bytes, m.mimeType(), m.altText(), m.rights(), people));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
    return new PostInput.Draft(body.accountId(), body.text(), images, when);
  }

  @PostMapping(consumes = "application/json")
  @Operation(summary = "Write a post for an account you run: 201 with its id, state, verdict and findings")
  ResponseEntity<PostJson> create(@RequestBody(required = false) PostBody body, Actor actor) {
    long id = composing.create(actor, draft(body));
    return ResponseEntity.created(URI.create("/api/v1/posts/" + id)).body(get(id, actor));
  }

  @GetMapping("/{id}")
  @Operation(summary = "One post: its state, findings, approval, history and platform address")
  PostJson get(@PathVariable long id, Actor actor) {
    return json(views.view(actor, id));
  }

  @GetMapping
  @Operation(summary = "Posts: your own (mine), waiting for your approval (waiting) or the archive (archive)")
  List<Line> list(@RequestParam(defaultValue = "mine") String show, @RequestParam(required = false) Long account,
      Actor actor) {
    List<PostViews.Line> lines = switch (show) {
      case "mine" -> views.mine(actor);
      case "waiting" -> views.waitingFor(actor);
      case "archive" -> views.archive(actor, account);
      default -> throw new InvalidInput("show", "Show mine, waiting or archive.");
    };
    return lines.stream().map(l -> new Line(l.post().id(), l.post().accountId(), l.accountName(),
        l.post().state().code(), l.post().verdict(), l.authorName(), l.post().updatedAt(), l.post().platformUrl()))
        .toList();
  }

  record ImportJson(int read, int imported, int alreadyThere) {}

  @PostMapping(value = "/imports", consumes = "multipart/form-data")
  @Operation(summary = "Import a platform archive (X tweets.js, Mastodon outbox.json, Bluesky .car) into the archive")
  ImportJson importArchive(@RequestParam(required = false) Long account, @RequestParam(required = false) String format,
      @RequestParam(required = false) org.springframework.web.multipart.MultipartFile file, Actor actor)
      throws java.io.IOException {
    try (java.io.InputStream in = file == null || file.isEmpty() ? null : file.getInputStream()) {
      var r = imports.importArchive(actor, account, format, in);
      return new ImportJson(r.read(), r.imported(), r.alreadyThere());
    }
  }

  @PutMapping(value = "/{id}", consumes = "application/json")
  @Operation(summary = "Change a draft (text, media, schedule); it is checked again")
  PostJson update(@PathVariable long id, @RequestBody(required = false) PostBody body, Actor actor) {
    composing.update(actor, id, draft(body));
    return get(id, actor);
  }

  @PostMapping("/{id}/submit")
  @Operation(summary = "Submit a draft: checked again, then to its approvers when the policy says so")
  PostJson submit(@PathVariable long id, Actor actor) {
    approval.submit(actor, id);
    return get(id, actor);
  }

  @PostMapping("/{id}/approve")
  @Operation(summary = "Approve a submitted post (not your own); scheduled when it has a time")
  PostJson approve(@PathVariable long id, @RequestBody(required = false) NoteBody body, Actor actor) {
    approval.approve(actor, id, body == null ? null : body.note());
    return get(id, actor);
  }

  @PostMapping("/{id}/reject")
  @Operation(summary = "Reject a submitted post with a note for its author")
  PostJson reject(@PathVariable long id, @RequestBody(required = false) NoteBody body, Actor actor) {
    approval.reject(actor, id, body == null ? null : body.note());
    return get(id, actor);
  }

  @PostMapping("/{id}/return")
  @Operation(summary = "Return a submitted post to its author as a draft, with suggested edits")
  PostJson giveBack(@PathVariable long id, @RequestBody(required = false) NoteBody body, Actor actor) {
    approval.returnForEdits(actor, id, body == null ? null : body.note());
    return get(id, actor);
  }

  @PostMapping("/{id}/publish")
  @Operation(summary = "Publish an approved or failed post now through the account's connector")
  PostJson publish(@PathVariable long id, Actor actor) {
    publishing.publish(actor, id);
    return get(id, actor);
  }

  @PostMapping("/{id}/address")
  @Operation(summary = "Record the address of a post made by hand on a platform Steward cannot post to")
  PostJson address(@PathVariable long id, @RequestBody(required = false) AddressBody body, Actor actor) {
    publishing.recordAddress(actor, id, body == null ? null : body.url());
    return get(id, actor);
  }

  @PostMapping("/{id}/remove")
  @Operation(summary = "Remove a published post from the platform, with the reason")
  PostJson remove(@PathVariable long id, @RequestBody(required = false) ReasonBody body, Actor actor) {
    publishing.remove(actor, id, body == null ? null : body.reason());
    return get(id, actor);
  }
}
