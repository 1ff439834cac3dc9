package org.steward.app.connectors.imports;

import java.util.Arrays;
import java.util.Map;
import org.steward.app.connectors.bluesky.Cid;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.cbor.CBORFactory;
import tools.jackson.dataformat.cbor.CBORMapper;

/**
 * DAG-CBOR blocks read with Jackson's CBOR parser, into the JSON shape the PDS serves. DAG-CBOR
 * links (tag 42) arrive from Jackson as byte strings beginning with a zero byte; they are the only
 * byte strings in repository records (blob refs) and tree nodes (except the tree's key suffixes
 * {@code k}), and become {@code {"$link": "b…"}}.
 */
final class DagCbor {
  private static final CBORMapper CBOR = CBORMapper.builder(CBORFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(JsonArchive.MAX_DEPTH)
          .maxStringLength(JsonArchive.MAX_STRING).build()).build()).build();

  private DagCbor() {}

  static JsonNode decode(byte[] cbor, String what) {
    try {
      return links(CBOR.readTree(cbor));
    } catch (JacksonException e) {
      throw new ArchiveImportException(CarFile.FORMAT, what, "its DAG-CBOR cannot be read ("
          + (e.getOriginalMessage() == null ? "" : e.getOriginalMessage().lines().findFirst().orElse("")) + ")", e);
    }
  }

  /** Turns DAG-CBOR links (tag 42: a zero byte, then the binary CID) into {@code {"$link": "b…"}}. */
  private static JsonNode links(JsonNode node) {
    if (node.isBinary()) {
      byte[] b = node.binaryValue();
      if (b.length > 1 && b[0] == 0) {
        ObjectNode link = JsonNodeFactory.instance.objectNode();
        link.put("$link", Cid.toText(Arrays.copyOfRange(b, 1, b.length)));
        return link;
      }
      return node;
    }
    if (node.isObject()) {
      ObjectNode out = JsonNodeFactory.instance.objectNode();
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        out.set(e.getKey(), e.getKey().equals("k") ? e.getValue() : links(e.getValue()));
      }
      return out;
    }
    if (node.isArray()) {
      var out = JsonNodeFactory.instance.arrayNode();
      node.forEach(n -> out.add(links(n)));
      return out;
    }
    return node;
  }

}
