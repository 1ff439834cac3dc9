package org.steward.engine;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the checker needs to know besides the text: its kind, the account it is posted from (kind
 * and audience), the tags that account must carry, the people directory, attached media, and
 * whether the author is under 18 (the safeguarding detectors weigh grooming cues up when the
 * account's audience is learners or the author is a minor; SAF-3).
 *
 * <p>Example: {@code CheckContext.of(TextKind.POST).withAccount(AccountKind.DEPARTMENTAL, "staff")
 * .withRequiredTags(List.of("@CapitalCCG"))}. Instances are immutable; {@code with…} returns a copy.
 */
public record CheckContext(
    TextKind kind,
    Optional<AccountKind> account,
    Optional<String> audience,
    List<String> requiredTags,
    PeopleDirectory directory,
    List<Media> media,
    boolean authorUnder18) {
  public CheckContext {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(audience, "audience");
    requiredTags = List.copyOf(requiredTags);
    Objects.requireNonNull(directory, "directory");
    media = List.copyOf(media);
  }

  /** Returns a context for a text of {@code kind}, with no account, tags, directory or media. */
  public static CheckContext of(TextKind kind) {
    return new CheckContext(kind, Optional.empty(), Optional.empty(), List.of(), PeopleDirectory.empty(), List.of(), false);
  }

  /** Returns a copy for an account of {@code kind} whose owner is {@code audience} ("staff" or "learner"). */
  public CheckContext withAccount(AccountKind accountKind, String audience) {
    return new CheckContext(kind, Optional.of(accountKind), Optional.ofNullable(audience), requiredTags, directory, media, authorUnder18);
  }

  public CheckContext withKind(TextKind newKind) {
    return new CheckContext(newKind, account, audience, requiredTags, directory, media, authorUnder18);
  }

  public CheckContext withRequiredTags(List<String> tags) {
    return new CheckContext(kind, account, audience, tags, directory, media, authorUnder18);
  }

  public CheckContext withDirectory(PeopleDirectory people) {
    return new CheckContext(kind, account, audience, requiredTags, people, media, authorUnder18);
  }

  public CheckContext withMedia(List<Media> attached) {
    return new CheckContext(kind, account, audience, requiredTags, directory, attached, authorUnder18);
  }

  /** Returns a copy that says whether the author is under 18 (from the people directory's date of birth). */
  public CheckContext withAuthorUnder18(boolean under18) {
    return new CheckContext(kind, account, audience, requiredTags, directory, media, under18);
  }

  /** Returns true when the account's audience is learners or the author is under 18: a child or learner may be the one at risk. */
  public boolean involvesLearner() {
    return authorUnder18 || audience.map("learner"::equals).orElse(false);
  }
}
