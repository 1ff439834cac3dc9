package org.steward.app.moderation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.steward.app.identity.Actor;

/** The inbox API: the same views and actions as the pages (SAF-7, SAF-8). */
@RestController
@RequestMapping(value = "/api/v1/moderation", produces = {"application/json", "application/problem+json"})
@Tag(name = "Moderation inbox", description = "Replies, comments and mentions from the official accounts,"
    + " triaged on arrival, with response-time targets")
class InboxApi {
  private final InboxViews views;
  private final InboxModeration moderation;
  private final InboxFigures figures;
  private final InboxAccess access;

  InboxApi(InboxViews views, InboxModeration moderation, InboxFigures figures, InboxAccess access) {
    this.views = views;
    this.moderation = moderation;
    this.figures = figures;
    this.access = access;
  }

  record ItemJson(long id, long accountId, String account, String platform, String platformId, String url,
      String author, String text, String triage, String verdict, List<String> findings, String state,
      boolean hidden, boolean escalated, Long assigneeId, String assignee, Instant arrivedAt, Instant dueAt,
      Instant firstResponseAt, boolean overdue) {
    static ItemJson of(InboxViews.Row r) {
      InboxItem i = r.item();
      return new ItemJson(i.id(), i.accountId(), r.accountName(), i.platform(), i.platformId(), i.url(), i.author(),
          i.body(), i.triage().code(), i.verdict(), i.findings().isEmpty() ? List.of() : List.of(i.findings().split("\n")),
          i.state().code(), i.hiddenAt() != null, i.escalatedAt() != null, i.assigneeId(), r.assignee(),
          i.arrivedAt(), i.dueAt(), i.firstResponseAt(), r.overdue());
    }
  }

  record EventJson(Instant at, String by, String action, String detail) {}

  record ItemDetailJson(ItemJson item, List<EventJson> history) {}

  record ReplyBody(@NotBlank(message = "Write your reply") @Size(max = InboxModeration.MAX_REPLY,
      message = "The reply must be 3000 characters or fewer") String text) {}

  record AssignBody(Long assignee) {}

  record ResolveBody(@Size(max = InboxModeration.MAX_NOTE, message = "The note must be 2000 characters or fewer")
      String note) {}

  /** {@code waiting}: the reply waits for an approval ({@code reasons}: why), and has not gone out. */
  record RepliedJson(boolean sent, String url, String instructions, boolean waiting, String reasons) {
    static RepliedJson of(InboxModeration.Replied r) {
      return new RepliedJson(r.sent(), r.url(), r.instructions(), r.waiting(), r.reasons());
    }
  }

  record ReturnBody(@NotBlank(message = "Say what the reply should change") @Size(max = InboxModeration.MAX_NOTE,
      message = "The note must be 2000 characters or fewer") String note) {}

  record FigureJson(long accountId, String month, int answered, long medianMinutes, long p90Minutes,
      long targetMinutes) {}

  @GetMapping("/items")
  @Operation(summary = "The inbox: every account the caller works on, or one account, most urgent first (SAF-7)")
  List<ItemJson> items(@RequestParam(required = false) Long account,
      @RequestParam(defaultValue = "true") boolean openOnly, Actor actor) {
    var inbox = account == null ? views.combined(actor, openOnly) : views.ofAccount(actor, account, openOnly);
    return inbox.rows().stream().map(ItemJson::of).toList();
  }

  @GetMapping("/items/{id}")
  @Operation(summary = "One inbox item with its history")
  ItemDetailJson item(@PathVariable long id, Actor actor) {
    var d = views.detail(actor, id);
    return new ItemDetailJson(ItemJson.of(d.row()),
        d.history().stream().map(e -> new EventJson(e.at(), e.actorName(), e.action(), e.detail())).toList());
  }

  @PostMapping(value = "/items/{id}/reply", consumes = "application/json")
  @Operation(summary = "Reply to an item: checked as the account's posts are, sent through the platform or, when"
      + " the pack says so, waiting for an approval (SAF-8)")
  RepliedJson reply(@PathVariable long id, @Valid @RequestBody ReplyBody body, Actor actor) {
    return RepliedJson.of(moderation.reply(actor, id, body.text()));
  }

  @PostMapping("/items/{id}/reply/approve")
  @Operation(summary = "Approve the reply waiting on an item (the posts' approvers, never its author): it goes out")
  RepliedJson approveReply(@PathVariable long id, Actor actor) {
    return RepliedJson.of(moderation.approveReply(actor, id));
  }

  @PostMapping(value = "/items/{id}/reply/return", consumes = "application/json")
  @Operation(summary = "Return the reply waiting on an item to its author with a note: it does not go out")
  ItemDetailJson returnReply(@PathVariable long id, @Valid @RequestBody ReturnBody body, Actor actor) {
    moderation.returnReply(actor, id, body.note());
    return item(id, actor);
  }

  @PostMapping(value = "/items/{id}/assign", consumes = "application/json")
  @Operation(summary = "Assign an item to one of the account's managers or the marketing team")
  ItemDetailJson assign(@PathVariable long id, @RequestBody AssignBody body, Actor actor) {
    moderation.assign(actor, id, body.assignee());
    return item(id, actor);
  }

  @PostMapping("/items/{id}/hide")
  @Operation(summary = "Hide an abusive item or others' personal data on the platform, where it allows")
  ItemDetailJson hide(@PathVariable long id, Actor actor) {
    moderation.hide(actor, id);
    return item(id, actor);
  }

  @PostMapping(value = "/items/{id}/resolve", consumes = "application/json")
  @Operation(summary = "Resolve an item, with a note (a civil complaint needs a reply or a reason)")
  ItemDetailJson resolve(@PathVariable long id, @Valid @RequestBody ResolveBody body, Actor actor) {
    moderation.resolve(actor, id, body.note());
    return item(id, actor);
  }

  @GetMapping("/figures")
  @Operation(summary = "Median and 90th-percentile first response in working minutes, per account and month")
  List<FigureJson> figures(Actor actor) {
    return figures.figures(access.accountsOf(actor).keySet()).stream()
        .map(r -> new FigureJson(r.accountId(), r.month().toString(), r.answered(), r.medianMinutes(), r.p90Minutes(),
            r.target().toMinutes()))
        .toList();
  }
}
