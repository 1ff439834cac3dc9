package org.steward.app.connectors.mastodon;

import com.ibm.icu.text.BreakIterator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Mastodon's text rules. Statuses come back as HTML ({@code <p>}, {@code <br>}, links with hidden
 * parts); Steward keeps plain text, with paragraphs as blank lines. Length is counted as Mastodon
 * counts it: each link as 23 characters, {@code @name@domain} as {@code @name}, the rest in
 * user-perceived characters.
 */
public final class MastodonText {
  static final int URL_LENGTH = 23;
  private static final Pattern URL = Pattern.compile("(?<=^|[\\s(])https?://[^\\s]+");
  private static final Pattern REMOTE_MENTION = Pattern.compile("(?<=^|[\\s(])(@[a-zA-Z0-9_]+)@[a-zA-Z0-9.-]+[a-zA-Z0-9]");

  private MastodonText() {}

  /** The status's HTML as plain text. Also used for an outbox's ActivityStreams {@code content}. */
  public static String plain(String html) {
    if (html == null || html.isEmpty()) {
      return "";
    }
    Document doc = Jsoup.parseBodyFragment(html);
    StringBuilder out = new StringBuilder();
    for (Node node : doc.body().childNodes()) {
      if (node instanceof Element e && e.normalName().equals("p")) {
        if (!out.isEmpty()) {
          out.append("\n\n");
        }
        appendInline(e, out);
      } else {
        appendInline(node, out);
      }
    }
    return out.toString().strip();
  }

  private static void appendInline(Node node, StringBuilder out) {
    if (node instanceof TextNode t) {
      out.append(t.getWholeText());
    } else if (node instanceof Element e) {
      if (e.normalName().equals("br")) {
        out.append('\n');
        return;
      }
      for (Node child : e.childNodes()) {
        appendInline(child, out);
      }
    }
  }

  /** The length Mastodon's status validator sees. */
  static int length(String text) {
    String countable = REMOTE_MENTION.matcher(text).replaceAll("$1");
    Matcher m = URL.matcher(countable);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(sb, "x".repeat(URL_LENGTH));
    }
    m.appendTail(sb);
    BreakIterator it = BreakIterator.getCharacterInstance();
    it.setText(sb.toString());
    int n = 0;
    while (it.next() != BreakIterator.DONE) {
      n++;
    }
    return n;
  }
}
