package org.steward.app.connectors.http;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import org.steward.app.connectors.ConnectorException;
import org.steward.app.connectors.ConnectorException.Reason;
import org.steward.app.connectors.ConnectorProperties;
import org.steward.app.connectors.PlatformNames;

/**
 * Sends one HTTP request to a platform and turns what can go wrong on the wire into a
 * {@link ConnectorException}. HTTP/1.1 only: some servers (the Bluesky PDS among them) swallow
 * the {@code Upgrade: h2c} that Java's client sends on plain {@code http://} and never answer.
 * Bodies are read up to a limit, so a hostile or broken server cannot fill the memory.
 */
public final class PlatformHttp {
  private final String platform;
  private final HttpClient client;
  private final Duration requestTimeout;
  private final long maxBody;

  public PlatformHttp(String platform, ConnectorProperties properties) {
    this.platform = platform;
    this.client = HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(properties.connectTimeout())
        .followRedirects(HttpClient.Redirect.NORMAL)
        .build();
    this.requestTimeout = properties.requestTimeout();
    this.maxBody = properties.maxDownload().toBytes();
  }

  public String platform() {
    return platform;
  }

  /** A response whose body has been read in full (within the limit). */
  public record Response(int status, java.net.http.HttpHeaders headers, byte[] body) {
    public boolean ok() {
      return status >= 200 && status < 300;
    }
  }

  public Response send(HttpRequest.Builder request) {
    HttpRequest built = request.timeout(requestTimeout).build();
    try {
      HttpResponse<InputStream> response = client.send(built, HttpResponse.BodyHandlers.ofInputStream());
      try (InputStream body = response.body()) {
        return new Response(response.statusCode(), response.headers(), readBounded(body));
      }
    } catch (HttpTimeoutException e) {
      throw new ConnectorException(platform, Reason.TIMEOUT, PlatformNames.label(platform)
          + " did not answer within " + requestTimeout.toSeconds() + " seconds. Steward will try"
          + " again; a post is never sent twice.", null, e);
    } catch (ConnectException e) {
      throw new ConnectorException(platform, Reason.UNAVAILABLE, "Steward could not reach "
          + PlatformNames.label(platform) + " at " + built.uri().getHost()
          + ". The service may be down; Steward will try again.", null, e);
    } catch (IOException e) {
      throw new ConnectorException(platform, Reason.UNAVAILABLE, "The connection to "
          + PlatformNames.label(platform) + " broke off. Steward will try again.", null, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ConnectorException(platform, Reason.UNAVAILABLE,
          "Steward stopped waiting for " + PlatformNames.label(platform) + " because it is shutting down.",
          null, e);
    }
  }

  private byte[] readBounded(InputStream in) throws IOException {
    byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBody + 1));
    if (bytes.length > maxBody) {
      throw new ConnectorException(platform, Reason.REFUSED, PlatformNames.label(platform)
          + " sent more than Steward accepts in one answer (" + maxBody / (1024 * 1024) + " MB).");
    }
    return bytes;
  }
}
