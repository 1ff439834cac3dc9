package org.steward.app.consent;

/** An uploaded consent form: its name, the type the browser claimed, and its bytes. */
public record EvidenceUpload(String fileName, String contentType, byte[] content) {
  public boolean empty() {
    return content == null || content.length == 0;
  }
}
