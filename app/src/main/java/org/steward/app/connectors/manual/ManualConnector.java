package org.steward.app.connectors.manual;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.steward.app.connectors.AccountCredentials;
import org.steward.app.connectors.Capabilities;
import org.steward.app.connectors.Capabilities.Feature;
import org.steward.app.connectors.Connector;
import org.steward.app.connectors.ConnectorException;
import org.steward.app.connectors.ConnectorException.Reason;
import org.steward.app.connectors.DeleteOutcome;
import org.steward.app.connectors.ListRequest;
import org.steward.app.connectors.Page;
import org.steward.app.connectors.PlatformNames;
import org.steward.app.connectors.PublishRequest;
import org.steward.app.connectors.PublishResult;
import org.steward.app.connectors.RemotePost;

/**
 * A platform Steward cannot post to (Facebook, Instagram, X, LinkedIn, TikTok, YouTube and any
 * other code): the approved post is ready for the manager, who posts it natively and pastes the
 * post's address back; Steward records it once the address is shown to be on that platform.
 */
public final class ManualConnector implements Connector {
  /** Published caption limits, shown to authors as a guide; the platform's own box has the last word. */
  private static final Map<String, Integer> TEXT_LIMITS = Map.of("x", 280, "instagram", 2200,
      "linkedin", 3000, "facebook", 63206, "tiktok", 4000, "threads", 500, "pinterest", 500);
  private static final Pattern TWEET = Pattern.compile("^/(?:[A-Za-z0-9_]{1,15}|i/web|i)/status(?:es)?/(\\d{1,20})(?:/.*)?$");
  private static final int MAX_URL = 2048;

  private final String platform;
  private final Capabilities capabilities;

  public ManualConnector(String platformCode) {
    this.platform = PlatformNames.normalise(platformCode);
    this.capabilities = new Capabilities(platform, Capabilities.Mode.MANUAL, EnumSet.of(Feature.RECORD_NATIVE_URL),
        TEXT_LIMITS.getOrDefault(platform, 0), Capabilities.TextUnit.GRAPHEMES, 0, 0, 0);
  }

  @Override
  public String platform() {
    return platform;
  }

  @Override
  public Capabilities capabilities() {
    return capabilities;
  }

  @Override
  public PublishResult publish(AccountCredentials account, PublishRequest request) {
    String name = PlatformNames.label(platform);
    return PublishResult.manual("Steward cannot post to " + name + " itself. Post it from the account"
        + " on " + name + " (copy the approved text" + (request.images().isEmpty() ? "" : " and images, with their alt text")
        + "), then paste the post's address into Steward so that it is archived.");
  }

  /**
   * Checks the pasted address and records the post. The address must be an http(s) URL on one of
   * the platform's own domains, with no user name before the host (the {@code x.com@evil.example}
   * trick) and a path to a post rather than the home page.
   */
  @Override
  public RemotePost recordNativePost(String pastedUrl, String text, Instant postedAt) {
    URI url = parse(pastedUrl);
    String host = url.getHost().toLowerCase(Locale.ROOT);
    List<String> domains = PlatformHosts.of(platform);
    String name = PlatformNames.label(platform);
    if (!domains.isEmpty() && !PlatformHosts.belongs(host, domains)) {
      throw refused("This address is on " + host + ", not on " + name + ": paste the address of the post on "
          + name + " (" + String.join(" or ", domains) + ").");
    }
    String path = url.getRawPath() == null ? "" : url.getRawPath();
    if (path.isEmpty() || path.equals("/")) {
      throw refused("This is " + name + "'s home page, not a post: open the post and copy its address.");
    }
    String id = url.toString();
    if (platform.equals("x")) {
      Matcher m = TWEET.matcher(path);
      if (!m.matches()) {
        throw refused("This is not the address of a post on X: it should look like https://x.com/account/status/1234567890.");
      }
      id = m.group(1);
    }
    return new RemotePost(platform, id, url, text, postedAt, "", null, null, List.of());
  }

  private static URI parse(String pasted) {
    String s = pasted == null ? "" : pasted.strip();
    if (s.isEmpty() || s.length() > MAX_URL) {
      throw refused("Paste the post's address (up to " + MAX_URL + " characters).");
    }
    URI url;
    try {
      url = new URI(s).parseServerAuthority();
    } catch (URISyntaxException e) {
      throw refused("This is not a web address: copy the address of the post from the browser or the app's Share menu.");
    }
    String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("https") && !scheme.equals("http")) {
      throw refused("The address must start with https://.");
    }
    if (url.getHost() == null || url.getRawUserInfo() != null) {
      throw refused("This address hides its real site: copy the post's address again from the platform.");
    }
    // Drop the fragment: it is the reader's place in the page, not part of the post's address.
    try {
      return new URI(url.getScheme(), url.getRawAuthority(), url.getRawPath(), url.getRawQuery(), null);
    } catch (URISyntaxException e) {
      return url;
    }
  }

  private static ConnectorException refused(String message) {
    return new ConnectorException("manual", Reason.REFUSED, message);
  }

  @Override
  public DeleteOutcome delete(AccountCredentials account, String platformId) {
    throw ConnectorException.unsupported(platform, "delete the post on " + PlatformNames.label(platform) + " itself");
  }

  @Override
  public Page<RemotePost> listOwnPosts(AccountCredentials account, ListRequest request) {
    throw ConnectorException.unsupported(platform, "read its posts (import the platform's archive instead)");
  }

  @Override
  public Page<RemotePost> listReplies(AccountCredentials account, ListRequest request) {
    throw ConnectorException.unsupported(platform, "read replies; moderate them on the platform");
  }

  @Override
  public List<RemotePost> repliesTo(AccountCredentials account, String postPlatformId) {
    throw ConnectorException.unsupported(platform, "read replies; moderate them on the platform");
  }

  @Override
  public void hideReply(AccountCredentials account, String replyPlatformId) {
    throw ConnectorException.unsupported(platform, "hide replies; hide them on the platform");
  }
}
