package org.steward.app.connectors.http;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Small null-safe readers over Jackson trees, so that a missing field is {@code null}, not a throw. */
public final class Json {
  public static final JsonMapper MAPPER = JsonMapper.builder().build();

  private Json() {}

  public static String text(JsonNode node, String field) {
    JsonNode v = node == null ? null : node.get(field);
    return v != null && v.isString() ? v.stringValue() : null;
  }

  public static String text(JsonNode node, String field, String fallback) {
    String v = text(node, field);
    return v == null ? fallback : v;
  }

  public static JsonNode parse(byte[] body) {
    return MAPPER.readTree(body);
  }
}
