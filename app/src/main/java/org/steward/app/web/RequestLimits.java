package org.steward.app.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The largest request body Steward reads, by kind (README: STEWARD_MAX_JSON_BODY,
 * STEWARD_MAX_FORM_BODY, STEWARD_MAX_UPLOAD). A text to check may be 1 MiB characters, which is
 * up to 4 MB of UTF-8 in JSON or a form; imports are files of up to 5 MB.
 *
 * @param json any body that is not a form or a file: JSON for the API
 * @param form a form a browser sends ({@code application/x-www-form-urlencoded})
 * @param upload a file: {@code multipart/form-data} or a CSV sent as the body
 */
@ConfigurationProperties("steward.limits")
public record RequestLimits(@DefaultValue("4MB") DataSize json, @DefaultValue("4MB") DataSize form,
    @DefaultValue("5MB") DataSize upload) {

  /** The limit for a body of this content type, in bytes. */
  public long forContentType(String contentType) {
    String type = contentType == null ? "" : contentType.toLowerCase(java.util.Locale.ROOT);
    if (type.startsWith("application/x-www-form-urlencoded")) {
      return form.toBytes();
    }
    if (type.startsWith("multipart/") || type.startsWith("text/csv")) {
      return upload.toBytes();
    }
    return json.toBytes();
  }
}
