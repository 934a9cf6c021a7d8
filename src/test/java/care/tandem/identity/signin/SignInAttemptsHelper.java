package care.tandem.identity.signin;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;
import java.util.concurrent.atomic.AtomicInteger;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jspecify.annotations.Nullable;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Sign-in attempts through MockMvc from a chosen network address, and the page that follows. */
final class SignInAttemptsHelper {

  private static final AtomicInteger ADDRESSES = new AtomicInteger();

  private final MockMvc mvc;

  /** A network address no other attempt in this test run has used. */
  static String newAddress() {
    int n = ADDRESSES.incrementAndGet();
    return "10.99." + (n / 250) + "." + (n % 250 + 1);
  }

  SignInAttemptsHelper(MockMvc mvc) {
    this.mvc = mvc;
  }

  MvcResult attempt(String email, String password, String address) throws Exception {
    return attempt(email, password, address, null);
  }

  /** An attempt from a browser that carries this known-device cookie (or none). */
  MvcResult attempt(String email, String password, String address, @Nullable Cookie device)
      throws Exception {
    var request =
        post("/sign-in")
            .param("email", email)
            .param("password", password)
            .with(csrf())
            .with(
                each -> {
                  each.setRemoteAddr(address);
                  return each;
                });
    if (device != null) {
      request.cookie(device);
    }
    return mvc.perform(request).andReturn();
  }

  /** The known-device cookie an answer set, if it set one. */
  static @Nullable Cookie deviceCookie(MvcResult result) {
    return result.getResponse().getCookie(DeviceCookie.NAME);
  }

  /** The sign-in page shown after a failed attempt (following its redirect). */
  Document pageAfter(MvcResult attempt) throws Exception {
    Cookie session = attempt.getResponse().getCookie("SESSION");
    var request = get("/sign-in");
    if (session != null) {
      request.cookie(session);
    }
    return Jsoup.parse(mvc.perform(request).andReturn().getResponse().getContentAsString());
  }

  String problemAfter(MvcResult attempt) throws Exception {
    return pageAfter(attempt).select(".nhsuk-error-summary__list").text();
  }

  static boolean signedIn(MvcResult attempt) {
    String location = attempt.getResponse().getRedirectedUrl();
    return location != null && !location.endsWith("/sign-in");
  }
}
