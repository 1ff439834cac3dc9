package org.steward.app.connectors.bluesky;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.steward.app.connectors.http.Json;
import org.steward.app.connectors.http.PlatformHttp;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * The AT Protocol's HTTP API: queries are GETs with parameters, procedures are POSTs with a JSON
 * body, both under {@code /xrpc/<nsid>}. Knows nothing of posts; {@link BlueskyConnector} does.
 */
final class XrpcClient {
  private final PlatformHttp http;

  XrpcClient(PlatformHttp http) {
    this.http = http;
  }

  XrpcResponse query(String base, String nsid, Map<String, ?> params, String token) {
    return query(base, nsid, params, token, "application/json");
  }

  private XrpcResponse query(String base, String nsid, Map<String, ?> params, String token, String accept) {
    StringBuilder url = new StringBuilder(base).append("/xrpc/").append(nsid);
    char sep = '?';
    for (Map.Entry<String, ?> p : params.entrySet()) {
      if (p.getValue() == null) {
        continue;
      }
      Iterable<?> values = p.getValue() instanceof Iterable<?> many ? many : java.util.List.of(p.getValue());
      for (Object v : values) {
        url.append(sep).append(p.getKey()).append('=')
            .append(URLEncoder.encode(String.valueOf(v), StandardCharsets.UTF_8));
        sep = '&';
      }
    }
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url.toString())).GET()
        .header("Accept", accept);
    return send(request, token);
  }

  XrpcResponse procedure(String base, String nsid, Object body, String token) {
    byte[] json = Json.MAPPER.writeValueAsBytes(body);
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "/xrpc/" + nsid))
        .POST(HttpRequest.BodyPublishers.ofByteArray(json))
        .header("Content-Type", "application/json").header("Accept", "application/json");
    return send(request, token);
  }

  XrpcResponse upload(String base, byte[] bytes, String mimeType, String token) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "/xrpc/com.atproto.repo.uploadBlob"))
        .POST(HttpRequest.BodyPublishers.ofByteArray(bytes))
        .header("Content-Type", mimeType).header("Accept", "application/json");
    return send(request, token);
  }

  /** A GET whose answer is bytes, not JSON, when it works (blobs, repository exports). */
  XrpcResponse bytes(String base, String nsid, Map<String, ?> params, String token) {
    return query(base, nsid, params, token, "*/*");
  }

  private XrpcResponse send(HttpRequest.Builder request, String token) {
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    PlatformHttp.Response response = http.send(request);
    return new XrpcResponse(response.status(), parseOrMissing(response), response.headers(), response.body());
  }

  private static JsonNode parseOrMissing(PlatformHttp.Response response) {
    String type = response.headers().firstValue("Content-Type").orElse("");
    if (!type.contains("json") || response.body().length == 0) {
      return XrpcResponse.missing();
    }
    try {
      return Json.parse(response.body());
    } catch (JacksonException e) {
      return XrpcResponse.missing();
    }
  }
}
