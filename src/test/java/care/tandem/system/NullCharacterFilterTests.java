package care.tandem.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class NullCharacterFilterTests {

  private final NullCharacterFilter filter = new NullCharacterFilter();

  @Test
  void refusesAParameterHoldingANullCharacterWithABadRequest() throws Exception {
    MockHttpServletRequest request = new MockHttpServletRequest("GET", "/admin/accounts");
    request.addParameter("search", "sam\0");
    MockHttpServletResponse response = new MockHttpServletResponse();
    MockFilterChain chain = new MockFilterChain();

    filter.doFilter(request, response, chain);

    assertThat(response.getStatus()).isEqualTo(400);
    assertThat(chain.getRequest()).as("the request went no further").isNull();
  }

  @Test
  void passesOrdinaryTextOn() throws Exception {
    MockHttpServletRequest request = new MockHttpServletRequest("GET", "/guide/search");
    request.addParameter("q", "pain and sleep – 100%");
    MockHttpServletResponse response = new MockHttpServletResponse();
    MockFilterChain chain = new MockFilterChain();

    filter.doFilter(request, response, chain);

    assertThat(chain.getRequest()).isSameAs(request);
  }
}
