package org.steward.app.posts;

import java.util.List;

/**
 * One image of a post: its place, type, size and SHA-256 (kept in the archive after the bytes go),
 * its alt text, the rights declaration (CON-7) and the people pictured in it.
 */
public record PostMedia(int position, String mimeType, long size, String sha256, String altText,
    Rights rights, List<Pictured> people) {

  public PostMedia {
    altText = altText == null ? "" : altText;
    people = people == null ? List.of() : List.copyOf(people);
  }

  /** Someone pictured: a person of the directory, or someone named who is not in it. */
  public record Pictured(Long personId, String externalName) {
    public boolean external() {
      return personId == null;
    }
  }
}
