package org.steward.app.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Refuses a request body over its limit ({@link RequestLimits}) before anything reads it: first
 * of all filters, by the declared length, with 413 problem+json for the API (the error page for a
 * browser). A body sent without a length (chunked) is counted as it is read and cut off at the
 * limit; forms and files, which the server parses itself, must declare their length (411).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestSizeLimits extends OncePerRequestFilter {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final RequestLimits limits;

  RequestSizeLimits(RequestLimits limits) {
    this.limits = limits;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
      FilterChain chain) throws ServletException, IOException {
    String type = request.getContentType();
    long limit = limits.forContentType(type);
    long length = request.getContentLengthLong();
    if (length > limit) {
      refuse(request, response, limit, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
      return;
    }
    if (length < 0 && hasBody(request)) {
      if (parsedByTheServer(type)) {
        refuse(request, response, limit, HttpServletResponse.SC_LENGTH_REQUIRED);
        return;
      }
      chain.doFilter(new Limited(request, limit), response);
      return;
    }
    chain.doFilter(request, response);
  }

  private static boolean hasBody(HttpServletRequest request) {
    return request.getHeader("Transfer-Encoding") != null;
  }

  private static boolean parsedByTheServer(String type) {
    String t = type == null ? "" : type.toLowerCase(java.util.Locale.ROOT);
    return t.startsWith("application/x-www-form-urlencoded") || t.startsWith("multipart/");
  }

  private static void refuse(HttpServletRequest request, HttpServletResponse response, long limit,
      int status) throws IOException {
    // The body is not read; the connection closes after the answer rather than drain it.
    response.setHeader("Connection", "close");
    if (Problems.wantsPage(request)) {
      response.sendError(status);
      return;
    }
    var pd = status == HttpServletResponse.SC_LENGTH_REQUIRED
        ? org.springframework.http.ProblemDetail.forStatusAndDetail(
            org.springframework.http.HttpStatus.LENGTH_REQUIRED,
            "Send forms and files with a Content-Length. Nothing was read or saved.")
        : Problems.tooLarge(limit);
    if (status == HttpServletResponse.SC_LENGTH_REQUIRED) {
      pd.setTitle("Length required");
    }
    response.setStatus(status);
    response.setContentType("application/problem+json");
    response.setCharacterEncoding("UTF-8");
    response.getWriter().write(JSON.writeValueAsString(pd));
  }

  /** A request whose body stream fails with {@link BodyTooLarge} once it passes the limit. */
  static final class Limited extends HttpServletRequestWrapper {
    private final long limit;
    private ServletInputStream stream;

    Limited(HttpServletRequest request, long limit) {
      super(request);
      this.limit = limit;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      if (stream == null) {
        stream = new Counting(super.getInputStream(), limit);
      }
      return stream;
    }

    @Override
    public BufferedReader getReader() throws IOException {
      String enc = getCharacterEncoding();
      Charset cs = enc == null ? StandardCharsets.UTF_8 : Charset.forName(enc);
      return new BufferedReader(new InputStreamReader(getInputStream(), cs));
    }
  }

  static final class Counting extends ServletInputStream {
    private final ServletInputStream in;
    private final long limit;
    private long read;

    Counting(ServletInputStream in, long limit) {
      this.in = in;
      this.limit = limit;
    }

    private void count(long n) {
      if (n > 0) {
        read += n;
        if (read > limit) {
          throw new BodyTooLarge(limit);
        }
      }
    }

    @Override
    public int read() throws IOException {
      int b = in.read();
      if (b >= 0) {
        count(1);
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = in.read(b, off, len);
      count(n);
      return n;
    }

    @Override
    public boolean isFinished() {
      return in.isFinished();
    }

    @Override
    public boolean isReady() {
      return in.isReady();
    }

    @Override
    public void setReadListener(ReadListener listener) {
      in.setReadListener(listener);
    }
  }
}
