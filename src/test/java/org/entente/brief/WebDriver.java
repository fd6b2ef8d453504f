package org.entente.brief;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The least of a W3C WebDriver client that the browser test needs, over HTTP to a chromedriver it starts on a free
 * loopback port: open a session of headless Chromium, load a page, run a script, read the browser's console log, and
 * quit. No Selenium: its version would have to follow Chromium's, and this needs only the JDK and Jackson.
 */
final class WebDriver implements AutoCloseable {
  /** Debian's paths; the system properties entente.chromium and entente.chromedriver may name others. */
  static final Path CHROMIUM = Path.of(System.getProperty("entente.chromium", "/usr/bin/chromium"));
  static final Path CHROMEDRIVER = Path.of(System.getProperty("entente.chromedriver", "/usr/bin/chromedriver"));

  private static final ObjectMapper JSON = new ObjectMapper();
  private final Process driver;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final String base;
  private String session;

  /** Whether this machine has Debian's chromium and chromium-driver packages. */
  static boolean available() {
    return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
  }

  WebDriver(Path profile, Path log) throws IOException, InterruptedException {
    int port;
    try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      port = s.getLocalPort();
    }
    base = "http://127.0.0.1:" + port;
    driver = new ProcessBuilder(CHROMEDRIVER.toString(), "--port=" + port, "--allowed-ips=127.0.0.1")
        .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (true) {
      try {
        if (get("/status").path("value").path("ready").asBoolean()) break;
      } catch (IOException e) {
        // not listening yet
      }
      if (!driver.isAlive()) throw new IOException("chromedriver stopped: " + Files.readString(log));
      if (System.nanoTime() > until) throw new IOException("chromedriver did not start in 30 s");
      Thread.sleep(100);
    }
    ObjectNode caps = JSON.createObjectNode();
    ObjectNode always = caps.putObject("capabilities").putObject("alwaysMatch");
    always.put("browserName", "chrome");
    ObjectNode chrome = always.putObject("goog:chromeOptions");
    chrome.put("binary", CHROMIUM.toString());
    var args = chrome.putArray("args");
    for (String a : List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--disable-quic", "--window-size=1200,900", "--user-data-dir=" + profile)) {
      args.add(a);
    }
    always.putObject("goog:loggingPrefs").put("browser", "ALL");
    JsonNode r = post("/session", caps);
    session = r.path("value").path("sessionId").asText(null);
    if (session == null) throw new IOException("no WebDriver session: " + r);
  }

  void open(Path file) throws IOException, InterruptedException {
    ObjectNode body = JSON.createObjectNode().put("url", file.toUri().toString());
    post("/session/" + session + "/url", body);
  }

  /** Runs {@code script} (a function body) in the page and returns what it returns. */
  JsonNode execute(String script) throws IOException, InterruptedException {
    ObjectNode body = JSON.createObjectNode().put("script", script);
    body.putArray("args");
    return post("/session/" + session + "/execute/sync", body).path("value");
  }

  /** The console entries since the last call: level (SEVERE, WARNING, INFO) and message. */
  List<String[]> consoleLog() throws IOException, InterruptedException {
    JsonNode r = post("/session/" + session + "/se/log", JSON.createObjectNode().put("type", "browser"));
    List<String[]> out = new ArrayList<>();
    for (JsonNode e : r.path("value")) out.add(new String[] {e.path("level").asText(), e.path("message").asText()});
    return out;
  }

  @Override
  public void close() {
    try {
      if (session != null) {
        http.send(HttpRequest.newBuilder(URI.create(base + "/session/" + session)).DELETE()
            .timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.discarding());
      }
    } catch (IOException e) {
      // the driver is stopped below in any case
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      driver.destroy();
      try {
        if (!driver.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) driver.destroyForcibly();
      } catch (InterruptedException e) {
        driver.destroyForcibly();
        Thread.currentThread().interrupt();
      }
    }
  }

  private JsonNode get(String path) throws IOException, InterruptedException {
    HttpRequest req = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(5)).GET().build();
    return JSON.readTree(http.send(req, HttpResponse.BodyHandlers.ofString()).body());
  }

  private JsonNode post(String path, JsonNode body) throws IOException, InterruptedException {
    HttpRequest req = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
        .header("Content-Type", "application/json; charset=utf-8")
        .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build();
    HttpResponse<String> res = http.send(req, HttpResponse.BodyHandlers.ofString());
    JsonNode json = JSON.readTree(res.body());
    if (res.statusCode() != 200) {
      throw new IOException("WebDriver " + path + ": HTTP " + res.statusCode() + " " + json.path("value"));
    }
    return json;
  }
}
