package org.steward.app.posts;

import java.text.BreakIterator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.steward.app.accounts.AccountPosting.PostingAccount;
import org.steward.app.connectors.Capabilities;
import org.steward.app.people.Person;
import org.steward.app.web.FieldProblem;

/**
 * A post as its author sends it, and the checks made before anything is written: every field that
 * is wrong is named, in words the author can act on (the form and the API say the same).
 */
final class PostInput {
  static final int MAX_TEXT = 10_000;
  static final int MAX_ALT = 2_000;
  static final int MAX_NAME = 200;
  static final int MAX_PEOPLE = 50;
  static final int DEFAULT_MAX_IMAGES = 4;
  static final long DEFAULT_MAX_IMAGE_BYTES = 1_000_000;
  static final Set<String> TYPES = Set.of("image/png", "image/jpeg", "image/gif", "image/webp");

  private PostInput() {}

  /** What the author wrote: the account, the text, images and an optional time to publish. */
  record Draft(Long accountId, String text, List<NewImage> images, Instant scheduledFor) {
    Draft {
      images = images == null ? null : List.copyOf(images);
    }
  }

  /** One image with its alt text, rights declaration (CON-7) and the people pictured. */
  record NewImage(byte[] bytes, String mimeType, String altText, String rights, List<PictureRef> people) {
    NewImage {
      people = people == null ? List.of() : List.copyOf(people);
    }

    @Override
    public String toString() {
      return "NewImage[" + mimeType + ", " + (bytes == null ? 0 : bytes.length) + " bytes]";
    }
  }

  /** Someone pictured: a person of the directory by id, or a name for someone outside it. */
  record PictureRef(Long personId, String name) {}

  /** Counts what a reader sees as characters (an emoji family is one), as the platforms count. */
  static int graphemes(String text) {
    BreakIterator it = BreakIterator.getCharacterInstance(Locale.ROOT);
    it.setText(text);
    int n = 0;
    while (it.next() != BreakIterator.DONE) {
      n++;
    }
    return n;
  }

  static void text(List<FieldProblem> problems, String text, Capabilities caps, String platformName) {
    if (text == null || text.isBlank()) {
      problems.add(new FieldProblem("text", "Write the text of the post."));
      return;
    }
    if (text.length() > MAX_TEXT) {
      problems.add(new FieldProblem("text", "Keep the post to " + MAX_TEXT + " characters or fewer."));
      return;
    }
    if (caps != null && caps.maxTextLength() > 0) {
      int n = graphemes(text);
      if (n > caps.maxTextLength()) {
        problems.add(new FieldProblem("text", "The post is " + n + " characters long and " + platformName
            + " allows " + caps.maxTextLength() + ": shorten it by " + (n - caps.maxTextLength()) + "."));
      }
    }
  }

  static void schedule(List<FieldProblem> problems, Instant scheduledFor, Instant now) {
    if (scheduledFor != null && !scheduledFor.isAfter(now.plusSeconds(60))) {
      problems.add(new FieldProblem("scheduledFor", "Choose a time to publish at least a minute from now,"
          + " or leave it empty to publish when it is approved."));
    }
  }

  static void images(List<FieldProblem> problems, List<NewImage> images, Capabilities caps,
      Map<Long, Person> directory) {
    if (images == null) {
      return;
    }
    int maxImages = caps != null && caps.maxImages() > 0 ? caps.maxImages() : DEFAULT_MAX_IMAGES;
    long maxBytes = caps != null && caps.maxImageBytes() > 0 ? caps.maxImageBytes() : DEFAULT_MAX_IMAGE_BYTES;
    int maxAlt = caps != null && caps.maxAltTextLength() > 0 ? Math.min(caps.maxAltTextLength(), MAX_ALT) : MAX_ALT;
    if (images.size() > maxImages) {
      problems.add(new FieldProblem("media", "Attach at most " + maxImages + " images; this post has "
          + images.size() + "."));
    }
    for (int i = 0; i < images.size(); i++) {
      NewImage m = images.get(i);
      String at = "media[" + i + "]";
      String which = "Image " + (i + 1);
      if (m == null) {
        problems.add(new FieldProblem(at, which + " is empty: attach the picture."));
        continue;
      }
      if (m.bytes() == null || m.bytes().length == 0) {
        problems.add(new FieldProblem(at + ".data", which + " is empty: attach the picture."));
      } else if (m.bytes().length > maxBytes) {
        problems.add(new FieldProblem(at + ".data", which + " is " + kb(m.bytes().length)
            + "; images up to " + kb(maxBytes) + " are accepted: make it smaller."));
      } else if (!TYPES.contains(sniff(m.bytes()))) {
        problems.add(new FieldProblem(at + ".data", which + " is not a PNG, JPEG, GIF or WebP picture."));
      } else if (m.mimeType() != null && !m.mimeType().isBlank()
          && !sniff(m.bytes()).equals(m.mimeType().trim().toLowerCase(Locale.ROOT))) {
        problems.add(new FieldProblem(at + ".mimeType", which + " is " + sniff(m.bytes())
            + ", not " + m.mimeType().trim() + "."));
      }
      if (m.altText() == null || m.altText().isBlank()) {
        problems.add(new FieldProblem(at + ".altText", "Describe " + which.toLowerCase(Locale.ROOT)
            + " for people who cannot see it (alt text)."));
      } else if (m.altText().length() > maxAlt) {
        problems.add(new FieldProblem(at + ".altText", "Keep the alt text of " + which.toLowerCase(Locale.ROOT)
            + " to " + maxAlt + " characters or fewer."));
      }
      Rights rights = Rights.fromCode(m.rights()).filter(Rights::declared).orElse(null);
      if (rights == null) {
        problems.add(new FieldProblem(at + ".rights", "Say what right you have to use "
            + which.toLowerCase(Locale.ROOT) + ": own, licensed or permission."));
      }
      if (m.people().size() > MAX_PEOPLE) {
        problems.add(new FieldProblem(at + ".people", "Name at most " + MAX_PEOPLE + " people in one image."));
        continue;
      }
      for (int j = 0; j < m.people().size(); j++) {
        PictureRef p = m.people().get(j);
        String pat = at + ".people[" + j + "]";
        boolean hasId = p != null && p.personId() != null;
        boolean hasName = p != null && p.name() != null && !p.name().isBlank();
        if (hasId == hasName) {
          problems.add(new FieldProblem(pat, "Choose someone from the directory or type the name of someone"
              + " outside it (one of the two)."));
        } else if (hasId && !directory.containsKey(p.personId())) {
          problems.add(new FieldProblem(pat + ".personId", "There is nobody " + p.personId() + " in the directory."));
        } else if (hasName && p.name().strip().length() > MAX_NAME) {
          problems.add(new FieldProblem(pat + ".name", "Use " + MAX_NAME + " characters or fewer for a name."));
        }
      }
    }
  }

  /** The person ids named in the images, for one directory look-up. */
  static List<Long> personIds(List<NewImage> images) {
    List<Long> ids = new ArrayList<>();
    if (images != null) {
      for (NewImage m : images) {
        if (m != null) {
          m.people().stream().filter(p -> p != null && p.personId() != null).forEach(p -> ids.add(p.personId()));
        }
      }
    }
    return ids;
  }

  /** The picture's type from its first bytes (never the name or the type the sender claims). */
  static String sniff(byte[] b) {
    if (b.length >= 8 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
      return "image/png";
    }
    if (b.length >= 3 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xd8 && (b[2] & 0xff) == 0xff) {
      return "image/jpeg";
    }
    if (b.length >= 6 && b[0] == 'G' && b[1] == 'I' && b[2] == 'F' && b[3] == '8') {
      return "image/gif";
    }
    if (b.length >= 12 && b[0] == 'R' && b[1] == 'I' && b[2] == 'F' && b[3] == 'F' && b[8] == 'W'
        && b[9] == 'E' && b[10] == 'B' && b[11] == 'P') {
      return "image/webp";
    }
    return "";
  }

  private static String kb(long bytes) {
    return String.format(Locale.UK, "%,d kB", (bytes + 999) / 1000);
  }

  /** Whether the account can take images at all (manual platforms: the manager posts them). */
  static boolean takesImages(PostingAccount account, Capabilities caps) {
    return caps == null || caps.manual() || caps.supports(Capabilities.Feature.IMAGES);
  }
}
