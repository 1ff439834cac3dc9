package org.steward.engine.detect;

/** IP addresses: IPv4 dotted quads (each part 0–255) and IPv6 groups of hex digits with colons. */
final class IpAddressDetector implements Detector {
  @Override
  public String name() {
    return "pii.ip";
  }

  @Override
  public void detect(Inspection text, SignalSink out) {
    String t = text.original();
    if (text.hasDot() && text.digits() >= 4 && digitDotDigit(t)) {
      ipv4(t, out);
    }
    if (text.hasColon() && (t.indexOf("::") >= 0 || hexColonHex(t))) {
      ipv6(t, out);
    }
  }

  private static void ipv4(String t, SignalSink out) {
    int n = t.length();
    int first = t.indexOf('.');
    int i = first;
    while (i > 0 && isDigit(t.charAt(i - 1))) {
      i--; // start at the digits before the first full stop: nothing earlier can be an address
    }
    while (i < n) {
      if (!isDigit(t.charAt(i)) || (i > 0 && (Character.isLetterOrDigit(t.charAt(i - 1)) || t.charAt(i - 1) == '.'))) {
        i++;
        continue;
      }
      int s = i;
      int parts = 0;
      boolean ok = true;
      while (true) {
        int v = 0;
        int len = 0;
        while (i < n && isDigit(t.charAt(i)) && len < 4) {
          v = v * 10 + t.charAt(i) - '0';
          i++;
          len++;
        }
        if (len == 0 || len > 3 || v > 255) {
          ok = false;
          break;
        }
        parts++;
        if (parts == 4 || i >= n || t.charAt(i) != '.' || i + 1 >= n || !isDigit(t.charAt(i + 1))) {
          break;
        }
        i++;
      }
      if (ok && parts == 4 && (i >= n || !(Character.isLetterOrDigit(t.charAt(i)) || (t.charAt(i) == '.' && i + 1 < n && isDigit(t.charAt(i + 1)))))) {
        out.signal("pii.ip", s, i, 1.0);
      }
      while (i < n && (isDigit(t.charAt(i)) || t.charAt(i) == '.')) {
        i++;
      }
    }
  }

  private static void ipv6(String t, SignalSink out) {
    int n = t.length();
    int i = 0;
    while (i < n) {
      if (!isHex(t.charAt(i)) && t.charAt(i) != ':') {
        i++;
        continue;
      }
      int s = i;
      int colons = 0;
      boolean doubleColon = false;
      int hexRun = 0;
      boolean ok = true;
      while (i < n && (isHex(t.charAt(i)) || t.charAt(i) == ':')) {
        if (t.charAt(i) == ':') {
          colons++;
          doubleColon |= i + 1 < n && t.charAt(i + 1) == ':';
          hexRun = 0;
        } else if (++hexRun > 4) {
          ok = false;
        }
        i++;
      }
      boolean bounded = (s == 0 || !Character.isLetterOrDigit(t.charAt(s - 1))) && (i >= n || !Character.isLetterOrDigit(t.charAt(i)));
      if (ok && bounded && (colons == 7 || (doubleColon && colons >= 2 && colons <= 7)) && i - s >= 6) {
        out.signal("pii.ip", s, i, 1.0);
      }
    }
  }

  private static boolean digitDotDigit(String t) {
    for (int k = t.indexOf('.'); k > 0 && k + 1 < t.length(); k = t.indexOf('.', k + 1)) {
      if (isDigit(t.charAt(k - 1)) && isDigit(t.charAt(k + 1))) {
        return true;
      }
    }
    return false;
  }

  private static boolean hexColonHex(String t) {
    for (int k = t.indexOf(':'); k > 0 && k + 1 < t.length(); k = t.indexOf(':', k + 1)) {
      if (isHex(t.charAt(k - 1)) && isHex(t.charAt(k + 1))) {
        int next = t.indexOf(':', k + 1);
        if (next > 0 && next - k <= 5) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isHex(char c) {
    return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }
}
