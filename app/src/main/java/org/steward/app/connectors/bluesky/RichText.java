package org.steward.app.connectors.bluesky;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bluesky's rich text: links, mentions and hashtags are not found by readers in the text but
 * given as "facets", each with a UTF-8 byte range ({@code byteStart} inclusive, {@code byteEnd}
 * exclusive) and a feature. Without them a link is not clickable and a mention notifies nobody.
 *
 * <p>The patterns follow Bluesky's own detection closely enough for posts staff write: explicit
 * {@code http(s)://} links (trailing punctuation left out), {@code @handle.domain} mentions that
 * resolve to a DID (unresolvable ones stay plain text), and {@code #tags} that are not only digits.
 * They run on Steward's own post text, at most 300 graphemes.
 */
final class RichText {
  private static final Pattern LINK = Pattern.compile("(?<=^|[\\s(])(https?://[^\\s]+)");
  private static final Pattern MENTION = Pattern.compile(
      "(?<=^|[\\s(])@(([a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?\\.)+[a-zA-Z]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)");
  private static final Pattern TAG = Pattern.compile("(?<=^|\\s)[#＃]([\\p{L}\\p{N}\\p{M}_]{1,64})");

  /** One facet: a byte range and its feature, ready to be written into the record. */
  record Facet(int byteStart, int byteEnd, String type, String key, String value) {
    Map<String, Object> toRecord() {
      return Map.of(
          "index", Map.of("byteStart", byteStart, "byteEnd", byteEnd),
          "features", List.of(Map.of("$type", type, key, value)));
    }
  }

  private RichText() {}

  static List<Facet> facets(String text, Function<String, Optional<String>> resolveHandle) {
    List<Facet> out = new ArrayList<>();
    Utf8Offsets offsets = new Utf8Offsets(text);
    Matcher link = LINK.matcher(text);
    while (link.find()) {
      int end = trimTrailingPunctuation(text, link.start(1), link.end(1));
      String uri = text.substring(link.start(1), end);
      out.add(new Facet(offsets.at(link.start(1)), offsets.at(end), "app.bsky.richtext.facet#link", "uri", uri));
    }
    Matcher mention = MENTION.matcher(text);
    while (mention.find()) {
      String handle = mention.group(1).toLowerCase(java.util.Locale.ROOT);
      Optional<String> did = resolveHandle.apply(handle);
      if (did.isPresent()) {
        out.add(new Facet(offsets.at(mention.start()), offsets.at(mention.end()),
            "app.bsky.richtext.facet#mention", "did", did.get()));
      }
    }
    Matcher tag = TAG.matcher(text);
    while (tag.find()) {
      String name = tag.group(1);
      if (name.chars().allMatch(Character::isDigit)) {
        continue;
      }
      out.add(new Facet(offsets.at(tag.start()), offsets.at(tag.end()), "app.bsky.richtext.facet#tag", "tag", name));
    }
    out.sort(java.util.Comparator.comparingInt(Facet::byteStart));
    return out;
  }

  /** "See https://example.org/a." links to …/a, not …/a. ; an unbalanced ")" is left out too. */
  private static int trimTrailingPunctuation(String text, int start, int end) {
    int e = end;
    while (e > start) {
      char c = text.charAt(e - 1);
      if (".,;:!?'\"".indexOf(c) >= 0) {
        e--;
      } else if (c == ')' && text.substring(start, e).chars().filter(ch -> ch == '(').count()
          < text.substring(start, e).chars().filter(ch -> ch == ')').count()) {
        e--;
      } else {
        break;
      }
    }
    return e;
  }

  /** UTF-8 byte offset of each char index, computed once (facet ranges are in bytes). */
  static final class Utf8Offsets {
    private final int[] byteAt;

    Utf8Offsets(String text) {
      byteAt = new int[text.length() + 1];
      int bytes = 0;
      for (int i = 0; i < text.length(); i++) {
        byteAt[i] = bytes;
        char c = text.charAt(i);
        if (c < 0x80) {
          bytes += 1;
        } else if (c < 0x800) {
          bytes += 2;
        } else if (Character.isHighSurrogate(c)) {
          bytes += 4; // the pair is 4 bytes; the low half adds nothing
        } else if (Character.isLowSurrogate(c)) {
          bytes += 0;
        } else {
          bytes += 3;
        }
      }
      byteAt[text.length()] = bytes;
    }

    int at(int charIndex) {
      return byteAt[charIndex];
    }
  }
}
