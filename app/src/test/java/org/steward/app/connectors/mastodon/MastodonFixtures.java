package org.steward.app.connectors.mastodon;

/**
 * Response bodies shaped as Mastodon's API documentation gives them (docs.joinmastodon.org,
 * methods/statuses, methods/media, methods/notifications, methods/accounts), trimmed to the fields
 * the connector reads plus a few it must ignore.
 */
final class MastodonFixtures {
  private MastodonFixtures() {}

  static String account(String id, String acct) {
    return """
        {"id": "%s", "username": "%s", "acct": "%s", "display_name": "City College",
         "locked": false, "bot": false, "created_at": "2016-03-16T14:34:26.392Z",
         "url": "https://mastodon.example/@%s", "followers_count": 320, "statuses_count": 61}
        """.formatted(id, acct.split("@")[0], acct, acct.split("@")[0]);
  }

  static String status(String id, String accountId, String acct, String html, String createdAt,
      String inReplyTo, String mediaJson) {
    return """
        {"id": "%s", "created_at": "%s", "in_reply_to_id": %s, "in_reply_to_account_id": null,
         "sensitive": false, "spoiler_text": "", "visibility": "public", "language": "en",
         "uri": "https://mastodon.example/users/college/statuses/%s",
         "url": "https://mastodon.example/@college/%s",
         "replies_count": 0, "reblogs_count": 0, "favourites_count": 0,
         "content": "%s", "reblog": null,
         "application": {"name": "Steward", "website": null},
         "account": %s,
         "media_attachments": %s, "mentions": [], "tags": [], "emojis": [], "card": null, "poll": null}
        """.formatted(id, createdAt, inReplyTo == null ? "null" : "\"" + inReplyTo + "\"", id, id,
        html.replace("\"", "\\\""), account(accountId, acct), mediaJson == null ? "[]" : mediaJson);
  }

  static String media(String id, String url, String description) {
    return """
        {"id": "%s", "type": "image", "url": %s,
         "preview_url": "https://files.mastodon.example/media_attachments/files/%s/small/a.png",
         "remote_url": null, "text_url": null,
         "meta": {"original": {"width": 32, "height": 24, "size": "32x24", "aspect": 1.33}},
         "description": "%s", "blurhash": "UFBWY:8_0Jxv4mx]t8t64.%%M-:IUWGWAt6M}"}
        """.formatted(id, url == null ? "null" : "\"" + url + "\"", id, description);
  }

  static String error(String message) {
    return "{\"error\": \"" + message + "\"}";
  }
}
