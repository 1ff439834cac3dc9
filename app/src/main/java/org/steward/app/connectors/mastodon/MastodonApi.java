package org.steward.app.connectors.mastodon;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.steward.app.connectors.AccountCredentials;
import org.steward.app.connectors.http.PlatformHttp;

/** Mastodon's REST API calls, with the bearer token; form bodies as the documentation gives them. */
final class MastodonApi {
  private final PlatformHttp http;

  MastodonApi(PlatformHttp http) {
    this.http = http;
  }

  MastodonResponse get(AccountCredentials account, String pathAndQuery) {
    return send(account, HttpRequest.newBuilder(URI.create(account.base() + pathAndQuery)).GET());
  }

  MastodonResponse delete(AccountCredentials account, String path) {
    return send(account, HttpRequest.newBuilder(URI.create(account.base() + path)).DELETE());
  }

  /** A form POST; list values become repeated {@code name[]} fields, as {@code media_ids[]}. */
  MastodonResponse postForm(AccountCredentials account, String path, Map<String, ?> fields, String idempotencyKey) {
    StringBuilder body = new StringBuilder();
    fields.forEach((name, value) -> {
      if (value == null) {
        return;
      }
      List<?> values = value instanceof List<?> l ? l : List.of(value);
      String key = value instanceof List<?> ? name + "[]" : name;
      for (Object v : values) {
        if (!body.isEmpty()) {
          body.append('&');
        }
        body.append(URLEncoder.encode(key, StandardCharsets.UTF_8)).append('=')
            .append(URLEncoder.encode(String.valueOf(v), StandardCharsets.UTF_8));
      }
    });
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(account.base() + path))
        .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
        .header("Content-Type", "application/x-www-form-urlencoded");
    if (idempotencyKey != null) {
      request.header("Idempotency-Key", idempotencyKey);
    }
    return send(account, request);
  }

  /** {@code POST /api/v2/media}: the file and its description as multipart form data. */
  MastodonResponse uploadMedia(AccountCredentials account, byte[] bytes, String mimeType, String description) {
    String boundary = "steward-" + UUID.randomUUID();
    String extension = mimeType.substring(mimeType.indexOf('/') + 1).replaceAll("[^a-z0-9]", "");
    byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"description\"\r\n"
        + "Content-Type: text/plain; charset=UTF-8\r\n\r\n" + description + "\r\n"
        + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"image." + extension
        + "\"\r\nContent-Type: " + mimeType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8);
    byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(account.base() + "/api/v2/media"))
        .POST(HttpRequest.BodyPublishers.ofByteArrays(List.of(head, bytes, tail)))
        .header("Content-Type", "multipart/form-data; boundary=" + boundary);
    return send(account, request);
  }

  /** A media file the instance serves (to hash it); no token, as media URLs are public. */
  PlatformHttp.Response download(URI url) {
    return http.send(HttpRequest.newBuilder(url).GET());
  }

  private MastodonResponse send(AccountCredentials account, HttpRequest.Builder request) {
    request.header("Authorization", "Bearer " + account.secret()).header("Accept", "application/json");
    return new MastodonResponse(http.send(request));
  }
}
