package care.tandem.care.joining;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import care.tandem.care.CareRecords;
import care.tandem.care.People;
import care.tandem.care.PersonDetails;
import care.tandem.identity.account.Account;
import care.tandem.identity.signin.SignedInAs;
import jakarta.servlet.http.Cookie;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** People to invite, and requests as the team, the person or nobody, for the joining tests. */
final class JoiningPeople {

  static final LocalDate BORN = LocalDate.of(1975, 4, 9);

  private final MockMvc mvc;
  private final People people;

  JoiningPeople(MockMvc mvc, People people) {
    this.mvc = mvc;
    this.people = people;
  }

  /** A person whose care {@code lead} starts, with an email address of their own on the record. */
  UUID person(Account lead, @Nullable String email) {
    PersonDetails details =
        new PersonDetails(
            "Jo",
            "Invited",
            null,
            BORN,
            CareRecords.newNhsNumber(),
            email,
            null,
            null,
            null,
            null,
            null,
            List.of(),
            null,
            null,
            null);
    return people.startCare(details, "Lead", UUID.randomUUID(), CareRecords.as(lead)).id();
  }

  MvcResult get(String path, @Nullable Account as, Cookie... cookies) throws Exception {
    MockHttpServletRequestBuilder request = MockMvcRequestBuilders.get(path);
    if (as != null) {
      request.with(SignedInAs.account(as));
    }
    if (cookies.length > 0) {
      request.cookie(cookies);
    }
    return mvc.perform(request).andReturn();
  }

  MvcResult post(String path, @Nullable Account as, Map<String, String> form, Cookie... cookies)
      throws Exception {
    return post(path, as, form, "192.0.2.1", cookies);
  }

  MvcResult post(
      String path,
      @Nullable Account as,
      Map<String, String> form,
      String address,
      Cookie... cookies)
      throws Exception {
    MockHttpServletRequestBuilder request =
        MockMvcRequestBuilders.post(path)
            .with(csrf())
            .with(
                sent -> {
                  sent.setRemoteAddr(address);
                  return sent;
                });
    if (as != null) {
      request.with(SignedInAs.account(as));
    }
    if (cookies.length > 0) {
      request.cookie(cookies);
    }
    form.forEach(request::param);
    return mvc.perform(request).andReturn();
  }

  static Cookie joinCookie(MockHttpServletResponse response) {
    Cookie cookie = response.getCookie(JoinCookie.NAME);
    if (cookie == null || cookie.getValue().isEmpty()) {
      throw new AssertionError("No join cookie set");
    }
    return new Cookie(cookie.getName(), cookie.getValue());
  }

  static Map<String, String> birthDate(LocalDate date) {
    return Map.of(
        "dateOfBirthDay", Integer.toString(date.getDayOfMonth()),
        "dateOfBirthMonth", Integer.toString(date.getMonthValue()),
        "dateOfBirthYear", Integer.toString(date.getYear()));
  }
}
