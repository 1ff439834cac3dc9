package org.steward.app.connectors.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * An HTTP proxy on 127.0.0.1 in front of a real server that can hold back one answer: the request
 * reaches the server at once (so the server does the work) but the answer comes only after a
 * delay, longer than the client waits. That is the timeout a connector must survive without
 * doing the work twice.
 */
public final class SlowProxy implements AutoCloseable {
  private static final Set<String> HOP_BY_HOP = Set.of("connection", "content-length", "host",
      "transfer-encoding", "upgrade", "expect", "keep-alive", "te", "trailer");

  private final URI target;
  private final HttpServer server;
  private final ExecutorService pool = Executors.newCachedThreadPool();
  private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private final List<String> seen = new CopyOnWriteArrayList<>();
  private volatile String slowPath;
  private volatile Duration delay = Duration.ZERO;
  private final AtomicBoolean delayed = new AtomicBoolean();

  public SlowProxy(URI target) throws IOException {
    this.target = target;
    this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(pool);
    server.createContext("/", this::forward);
    server.start();
  }

  /** The first request whose path contains {@code pathPart} gets its answer {@code delay} late. */
  public SlowProxy delayFirst(String pathPart, Duration delay) {
    this.slowPath = pathPart;
    this.delay = delay;
    this.delayed.set(false);
    return this;
  }

  public URI url() {
    return URI.create("http://localhost:" + server.getAddress().getPort());
  }

  /** Paths of the requests that went through, in order. */
  public List<String> requests() {
    return List.copyOf(seen);
  }

  private void forward(HttpExchange exchange) throws IOException {
    try (exchange) {
      String pathAndQuery = exchange.getRequestURI().getRawPath()
          + (exchange.getRequestURI().getRawQuery() == null ? "" : "?" + exchange.getRequestURI().getRawQuery());
      seen.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath());
      byte[] body;
      try (InputStream in = exchange.getRequestBody()) {
        body = in.readAllBytes();
      }
      HttpRequest.Builder request = HttpRequest.newBuilder(target.resolve(pathAndQuery))
          .method(exchange.getRequestMethod(), body.length == 0
              ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
      exchange.getRequestHeaders().forEach((name, values) -> {
        if (!HOP_BY_HOP.contains(name.toLowerCase(Locale.ROOT))) {
          values.forEach(v -> request.header(name, v));
        }
      });
      HttpResponse<byte[]> response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
      String slow = slowPath;
      if (slow != null && exchange.getRequestURI().getPath().contains(slow) && delayed.compareAndSet(false, true)) {
        Thread.sleep(delay.toMillis()); // the server has done it; the client hears nothing in time
      }
      response.headers().map().forEach((name, values) -> {
        if (!HOP_BY_HOP.contains(name.toLowerCase(Locale.ROOT)) && !name.startsWith(":")) {
          exchange.getResponseHeaders().put(name, values);
        }
      });
      exchange.sendResponseHeaders(response.statusCode(), response.body().length == 0 ? -1 : response.body().length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(response.body());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (IOException e) {
      // the client gave up on a held-back answer: expected in the timeout test
    }
  }

  @Override
  public void close() {
    server.stop(0);
    pool.shutdownNow();
  }
}
