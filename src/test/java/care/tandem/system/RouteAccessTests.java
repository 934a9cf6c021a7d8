package care.tandem.system;

import static care.tandem.system.RouteAccessTests.Audience.ADMINS;
import static care.tandem.system.RouteAccessTests.Audience.BREAK_GLASS_REVIEWERS;
import static care.tandem.system.RouteAccessTests.Audience.BREAK_GLASS_USERS;
import static care.tandem.system.RouteAccessTests.Audience.DIRECTORY_EDITORS;
import static care.tandem.system.RouteAccessTests.Audience.EVERYONE;
import static care.tandem.system.RouteAccessTests.Audience.LIBRARY_EDITORS;
import static care.tandem.system.RouteAccessTests.Audience.MESSAGE_HIDERS;
import static care.tandem.system.RouteAccessTests.Audience.NOBODY;
import static care.tandem.system.RouteAccessTests.Audience.PATHWAY_BUILDERS;
import static care.tandem.system.RouteAccessTests.Audience.PRACTITIONERS_AND_SERVICE_LEADS;
import static care.tandem.system.RouteAccessTests.Audience.RECORD_STARTERS;
import static care.tandem.system.RouteAccessTests.Audience.SIGNED_IN;
import static care.tandem.system.RouteAccessTests.Audience.SYSTEMS;
import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import care.tandem.FullApplicationTest;
import care.tandem.identity.TestAccounts;
import care.tandem.identity.account.Accounts;
import care.tandem.identity.signin.SignedInAs;
import care.tandem.system.Capability.Holder;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

/**
 * Every route the application has, read from its handler mappings (and the servlets registered
 * beside Spring MVC's, such as the FHIR server), tried as every kind of person against {@link
 * #EXPECTED}. A new controller route fails this test until it has a row here (and a rule in {@code
 * RouteTable.ROUTES}); a row for a route that no longer exists fails it too.
 */
@FullApplicationTest
class RouteAccessTests {

  /**
   * Who should be able to use a route. An audience named after a {@link Capability} is exactly the
   * roles and disciplines that hold it in the capability table.
   */
  enum Audience {
    EVERYONE,
    SIGNED_IN,
    PRACTITIONERS_AND_SERVICE_LEADS,
    ADMINS(Capability.ADMINISTER_ACCOUNTS),
    /** Service leads, who keep the signposting directory true. */
    DIRECTORY_EDITORS(Capability.EDIT_DIRECTORY),
    /** Learning (issue 14): service leads, who keep the library. */
    LIBRARY_EDITORS(Capability.EDIT_LIBRARY),
    RECORD_STARTERS(Capability.START_A_RECORD),
    BREAK_GLASS_USERS(Capability.BREAK_GLASS),
    BREAK_GLASS_REVIEWERS(Capability.REVIEW_BREAK_GLASS),
    MESSAGE_HIDERS(Capability.HIDE_MESSAGES),
    /** Service leads, who build paced pathways (issue 14). */
    PATHWAY_BUILDERS(Capability.BUILD_PATHWAYS),
    /** Registered systems with a bearer token: people are refused (401), signed in or not. */
    SYSTEMS,
    NOBODY;

    final @Nullable Capability capability;

    Audience() {
      this(null);
    }

    Audience(@Nullable Capability capability) {
      this.capability = capability;
    }
  }

  /** The people we try each route as: nobody signed in, then one of each role and discipline. */
  enum Viewer {
    ANONYMOUS(null, null),
    // A person holds capabilities on their own record only, never on a route.
    PATIENT("patient@demo.tandem", null),
    PHYSIOTHERAPIST("physio@demo.tandem", Holder.PHYSIOTHERAPIST),
    MENTAL_HEALTH_PRACTITIONER("mentalhealth@demo.tandem", Holder.MENTAL_HEALTH_PRACTITIONER),
    GP("gp@demo.tandem", Holder.GP),
    PAIN_SPECIALIST("pain@demo.tandem", Holder.PAIN_SPECIALIST),
    VOLUNTEER("volunteer@demo.tandem", Holder.VOLUNTEER),
    SERVICE_LEAD("lead@demo.tandem", Holder.SERVICE_LEAD),
    ADMIN("admin@demo.tandem", Holder.ADMIN),
    /** A carer helping the demo person Sam, with Sam's consent (read the plan, conversation). */
    CARER("carer@demo.tandem", null);

    final String email;
    final @Nullable Holder holder;

    Viewer(String email, @Nullable Holder holder) {
      this.email = email;
      this.holder = holder;
    }
  }

  enum Outcome {
    ALLOWED,
    SENT_TO_SIGN_IN,
    FORBIDDEN,
    /** 401: no bearer token (the FHIR routes, where a session counts for nothing). */
    TOKEN_REQUIRED
  }

  /**
   * The expected audience of every route, keyed "METHOD pattern" exactly as the controller declares
   * it. Modules add their rows here when they add routes (guide, principles, audit...).
   */
  static final Map<String, Audience> EXPECTED =
      Map.ofEntries(
          // learning: paced pathways (issue 14). A person's pathway pages are under /people/**
          // (CareAccess decides per person); service leads build pathways; the reminder e-mail's
          // stop link works without signing in (the page checks its token).
          entry("GET /pathways", PATHWAY_BUILDERS),
          entry("POST /pathways", PATHWAY_BUILDERS),
          entry("GET /pathways/{pathwayId}", PATHWAY_BUILDERS),
          entry("POST /pathways/{pathwayId}/steps", PATHWAY_BUILDERS),
          entry("POST /pathways/{pathwayId}/steps/{stepId}", PATHWAY_BUILDERS),
          entry("GET /pathway-reminders/stop", EVERYONE),
          entry("POST /pathway-reminders/stop", EVERYONE),
          entry("GET /people/{personId}/pathways", SIGNED_IN),
          entry("POST /people/{personId}/pathways", SIGNED_IN),
          entry("GET /people/{personId}/pathways/{enrolmentId}", SIGNED_IN),
          entry("POST /people/{personId}/pathways/{enrolmentId}/pace", SIGNED_IN),
          entry("POST /people/{personId}/pathways/{enrolmentId}/change", SIGNED_IN),
          entry("POST /people/{personId}/pathways/{enrolmentId}/checked-in", SIGNED_IN),
          entry("GET /people/{personId}/pathways/{enrolmentId}/what-got-in-the-way", SIGNED_IN),
          entry("POST /people/{personId}/pathways/{enrolmentId}/what-got-in-the-way", SIGNED_IN),
          entry("GET /people/{personId}/pathways/{enrolmentId}/steps/{stepId}", SIGNED_IN),
          entry("POST /people/{personId}/pathways/{enrolmentId}/steps/{stepId}", SIGNED_IN),
          // system
          entry("GET /", EVERYONE),
          entry("GET /accessibility", EVERYONE),
          entry("GET /privacy", EVERYONE),
          entry("GET /contact", EVERYONE),
          entry("GET /error", EVERYONE),
          entry("POST /error", EVERYONE),
          entry("GET /actuator", NOBODY),
          entry("GET /actuator/health", EVERYONE),
          entry("GET /actuator/health/**", EVERYONE),
          // identity: signing in, your own account
          entry("GET /sign-in", EVERYONE),
          entry("GET /sign-in/unlock", EVERYONE),
          entry("POST /sign-in/unlock", EVERYONE),
          // joining one's own record (issue 13, part 1)
          entry("GET /join", EVERYONE),
          entry("POST /join", EVERYONE),
          entry("POST /join/account", EVERYONE),
          entry("GET /join/confirm", SIGNED_IN),
          entry("POST /join/confirm", SIGNED_IN),
          entry("POST /join/confirm/code", SIGNED_IN),
          entry("GET /people/{personId}/invitations", SIGNED_IN),
          entry("POST /people/{personId}/invitations", SIGNED_IN),
          entry("POST /people/{personId}/invitations/{invitationId}/resend", SIGNED_IN),
          entry("POST /people/{personId}/invitations/{invitationId}/withdraw", SIGNED_IN),
          entry("GET /people/{personId}/invitations/{invitationId}/letter", SIGNED_IN),
          entry("GET /admin/record-links", ADMINS),
          entry("POST /admin/record-links/link", ADMINS),
          entry("POST /admin/record-links/unlink", ADMINS),
          // NHS login and NHS CIS2 (issue 13): where a refused or failed sign-in ends.
          entry("GET /sign-in/not-possible", EVERYONE),
          entry("GET /admin/accounts/{accountId}/cis2", ADMINS),
          entry("POST /admin/accounts/{accountId}/cis2", ADMINS),
          entry("GET /admin/organisations/{organisationId}/ods-code", ADMINS),
          entry("POST /admin/organisations/{organisationId}/ods-code", ADMINS),
          entry("GET /account/password", SIGNED_IN),
          entry("POST /account/password", SIGNED_IN),
          // identity: local accounts (issue 13): password reset, two-factor, your sessions
          entry("GET /sign-in/forgotten-password", EVERYONE),
          entry("POST /sign-in/forgotten-password", EVERYONE),
          entry("GET /sign-in/reset-password", EVERYONE),
          entry("POST /sign-in/reset-password", EVERYONE),
          entry("GET /sign-in/two-factor", EVERYONE),
          entry("POST /sign-in/two-factor", EVERYONE),
          entry("GET /account/two-factor", SIGNED_IN),
          entry("POST /account/two-factor", SIGNED_IN),
          entry("POST /account/two-factor/off", SIGNED_IN),
          entry("GET /account/sessions", SIGNED_IN),
          entry("POST /account/sessions", SIGNED_IN),
          entry("POST /admin/accounts/{accountId}/two-factor/reset", ADMINS),
          // identity: administration
          entry("GET /admin", ADMINS),
          entry("GET /admin/organisations", ADMINS),
          entry("GET /admin/organisations/new", ADMINS),
          entry("POST /admin/organisations/new", ADMINS),
          entry("GET /admin/organisations/{organisationId}", ADMINS),
          entry("GET /admin/organisations/{organisationId}/edit", ADMINS),
          entry("POST /admin/organisations/{organisationId}/edit", ADMINS),
          entry("GET /admin/organisations/{organisationId}/services/new", ADMINS),
          entry("POST /admin/organisations/{organisationId}/services/new", ADMINS),
          entry("GET /admin/organisations/{organisationId}/services/{serviceId}/edit", ADMINS),
          entry("POST /admin/organisations/{organisationId}/services/{serviceId}/edit", ADMINS),
          entry("GET /admin/accounts", ADMINS),
          entry("GET /admin/accounts/new", ADMINS),
          entry("POST /admin/accounts/new", ADMINS),
          entry("GET /admin/accounts/{accountId}", ADMINS),
          entry("GET /admin/accounts/{accountId}/edit", ADMINS),
          entry("POST /admin/accounts/{accountId}/edit", ADMINS),
          entry("POST /admin/accounts/{accountId}/deactivate", ADMINS),
          entry("POST /admin/accounts/{accountId}/reactivate", ADMINS),
          entry("GET /admin/accounts/{accountId}/password", ADMINS),
          entry("POST /admin/accounts/{accountId}/password", ADMINS),
          // guide: published guidance for everyone; each practitioner's own plan
          entry("GET /guide", EVERYONE),
          entry("GET /guide/areas/{id}", EVERYONE),
          entry("GET /guide/problems", EVERYONE),
          entry("GET /guide/problems/{id}", EVERYONE),
          entry("GET /guide/solutions/{id}", EVERYONE),
          entry("GET /guide/barriers/{id}", EVERYONE),
          entry("GET /guide/examples/{id}", EVERYONE),
          entry("GET /guide/search", EVERYONE),
          entry("GET /guide/plan", PRACTITIONERS_AND_SERVICE_LEADS),
          entry("GET /guide/plan/print", PRACTITIONERS_AND_SERVICE_LEADS),
          entry("POST /guide/plan/problems/{id}", PRACTITIONERS_AND_SERVICE_LEADS),
          entry("POST /guide/plan/solutions/{id}", PRACTITIONERS_AND_SERVICE_LEADS),
          entry("GET /guide/plan/items/{itemId}", PRACTITIONERS_AND_SERVICE_LEADS),
          entry("POST /guide/plan/items/{itemId}", PRACTITIONERS_AND_SERVICE_LEADS),
          entry("POST /guide/plan/items/{itemId}/remove", PRACTITIONERS_AND_SERVICE_LEADS),
          // principles
          entry("GET /principles", EVERYONE),
          entry("GET /principles/{id}", EVERYONE),
          // learning: the leaflets' PDFs (issue 14, leaflets)
          entry("GET /learn/{slug}/leaflet.pdf", EVERYONE),
          // directory: finding support is public; saved searches are your own
          entry("GET /directory", EVERYONE),
          entry("GET /directory/services/{id}", EVERYONE),
          entry("GET /directory/sheet", EVERYONE),
          entry("GET /directory/saved", SIGNED_IN),
          entry("POST /directory/saved", SIGNED_IN),
          entry("POST /directory/saved/{id}/delete", SIGNED_IN),
          // audit
          entry("GET /admin/audit", ADMINS),
          entry("GET /admin/audit/verify", ADMINS),
          // directory: the Open Referral UK API (open, stateless) and importing listings
          entry("GET /oruk", EVERYONE),
          entry("GET /oruk/", EVERYONE),
          entry("GET /oruk/services", EVERYONE),
          entry("GET /oruk/services/{id}", EVERYONE),
          entry("GET /oruk/service_at_locations", EVERYONE),
          entry("GET /oruk/service_at_locations/{id}", EVERYONE),
          entry("GET /oruk/taxonomies", EVERYONE),
          entry("GET /oruk/taxonomies/{id}", EVERYONE),
          entry("GET /oruk/taxonomy_terms", EVERYONE),
          entry("GET /oruk/taxonomy_terms/{id}", EVERYONE),
          entry("GET /oruk/export/services.json", EVERYONE),
          entry("GET /oruk/export/datapackage.zip", EVERYONE),
          entry("GET /directory/import", DIRECTORY_EDITORS),
          entry("POST /directory/import", DIRECTORY_EDITORS),
          // learning, media (issue 14)
          entry("GET /learn/media", LIBRARY_EDITORS),
          entry("POST /learn/media", LIBRARY_EDITORS),
          entry("GET /learn/media/{hash}", EVERYONE),
          // fhir: SMART Backend Services (issue 13): the SMART configuration at the root too
          entry("GET /.well-known/smart-configuration", EVERYONE),
          entry("GET /admin/fhir-clients/{clientId}", ADMINS),
          // fhir: the interface for registered systems (a servlet), and its admin pages
          entry("GET /fhir/**", SYSTEMS),
          entry("POST /fhir/**", SYSTEMS),
          entry("GET /admin/fhir-clients", ADMINS),
          entry("GET /admin/fhir-clients/new", ADMINS),
          entry("POST /admin/fhir-clients/new", ADMINS),
          entry("GET /admin/fhir-clients/{clientId}/revoke", ADMINS),
          entry("POST /admin/fhir-clients/{clientId}/revoke", ADMINS),
          // care plan: sign-in here; CareAccess decides per person (a 404 for anyone else)
          entry("GET /people/{personId}/plan", SIGNED_IN),
          entry("GET /people/{personId}/plan/history", SIGNED_IN),
          entry("GET /people/{personId}/plan/versions/{version}", SIGNED_IN),
          entry("GET /people/{personId}/plan/print", SIGNED_IN),
          entry("GET /people/{personId}/plan/pdf", SIGNED_IN),
          entry("GET /people/{personId}/plan/goals/new", SIGNED_IN),
          entry("POST /people/{personId}/plan/goals/new", SIGNED_IN),
          entry("GET /people/{personId}/plan/goals/{goalId}", SIGNED_IN),
          entry("POST /people/{personId}/plan/goals/{goalId}", SIGNED_IN),
          entry("POST /people/{personId}/plan/goals/{goalId}/merge", SIGNED_IN),
          entry("GET /people/{personId}/plan/actions/new", SIGNED_IN),
          entry("POST /people/{personId}/plan/actions/new", SIGNED_IN),
          entry("GET /people/{personId}/plan/actions/{actionId}", SIGNED_IN),
          entry("POST /people/{personId}/plan/actions/{actionId}", SIGNED_IN),
          entry("POST /people/{personId}/plan/actions/{actionId}/done", SIGNED_IN),
          entry("POST /people/{personId}/plan/actions/{actionId}/merge", SIGNED_IN),
          // measures: questionnaires (CareAccess decides whose)
          entry("GET /people/{personId}/questionnaires", SIGNED_IN),
          entry("GET /people/{personId}/questionnaires/assign", SIGNED_IN),
          entry("POST /people/{personId}/questionnaires/assign", SIGNED_IN),
          entry("POST /people/{personId}/questionnaires/assignments/{assignmentId}/end", SIGNED_IN),
          entry(
              "GET /people/{personId}/questionnaires/assignments/{assignmentId}/appointment",
              SIGNED_IN),
          entry(
              "POST /people/{personId}/questionnaires/assignments/{assignmentId}/appointment",
              SIGNED_IN),
          entry("GET /people/{personId}/questionnaires/{instrumentId}/start", SIGNED_IN),
          entry("POST /people/{personId}/questionnaires/{instrumentId}/start", SIGNED_IN),
          entry(
              "GET /people/{personId}/questionnaires/{instrumentId}/{responseId}/questions/{number}",
              SIGNED_IN),
          entry(
              "POST /people/{personId}/questionnaires/{instrumentId}/{responseId}/questions/{number}",
              SIGNED_IN),
          entry("GET /people/{personId}/questionnaires/{instrumentId}/{responseId}/all", SIGNED_IN),
          entry(
              "POST /people/{personId}/questionnaires/{instrumentId}/{responseId}/all", SIGNED_IN),
          entry(
              "GET /people/{personId}/questionnaires/{instrumentId}/{responseId}/check", SIGNED_IN),
          entry(
              "POST /people/{personId}/questionnaires/{instrumentId}/{responseId}/submit",
              SIGNED_IN),
          entry(
              "GET /people/{personId}/questionnaires/{instrumentId}/{responseId}/submitted",
              SIGNED_IN),
          // directory: signposting (CareAccess answers 404 off the record) and following up
          entry("GET /directory/services/{id}/signpost", SIGNED_IN),
          entry("POST /directory/services/{id}/signpost", SIGNED_IN),
          entry("GET /people/{personId}/signposts", SIGNED_IN),
          entry("GET /people/{personId}/signposts/{signpostId}/outcome", SIGNED_IN),
          entry("POST /people/{personId}/signposts/{signpostId}/outcome", SIGNED_IN),
          entry("GET /signposts", PRACTITIONERS_AND_SERVICE_LEADS),
          // care: the record routes need sign-in; CareAccess decides per person (a 404 otherwise)
          entry("GET /people", PRACTITIONERS_AND_SERVICE_LEADS),
          entry("GET /people/new", RECORD_STARTERS),
          entry("POST /people/new", RECORD_STARTERS),
          entry("GET /my-record", SIGNED_IN),
          // learning: check-ins and the flare-up plan (issue 14; CareAccess decides per person)
          entry("GET /my-record/check-in", SIGNED_IN),
          entry("POST /my-record/check-in", SIGNED_IN),
          entry("GET /people/{personId}/check-ins", SIGNED_IN),
          entry("GET /people/{personId}/plan/flare-up", SIGNED_IN),
          entry("GET /people/{personId}/plan/flare-up/edit", SIGNED_IN),
          entry("POST /people/{personId}/plan/flare-up/edit", SIGNED_IN),
          entry("GET /people/{personId}", SIGNED_IN),
          entry("GET /people/{personId}/details", SIGNED_IN),
          entry("POST /people/{personId}/details", SIGNED_IN),
          entry("GET /people/{personId}/about-me", SIGNED_IN),
          entry("POST /people/{personId}/about-me", SIGNED_IN),
          entry("GET /people/{personId}/team", SIGNED_IN),
          entry("GET /people/{personId}/team/{kind:bring-in|invite}", SIGNED_IN),
          entry("POST /people/{personId}/team/{kind:bring-in|invite}", SIGNED_IN),
          entry("POST /people/{personId}/team/members/{memberId}/leave", SIGNED_IN),
          entry("GET /people/{personId}/team/members/{memberId}/remove-request", SIGNED_IN),
          entry("POST /people/{personId}/team/members/{memberId}/remove-request", SIGNED_IN),
          entry("POST /people/{personId}/team/requests/{requestId}/withdraw", SIGNED_IN),
          entry("GET /people/{personId}/access-log", SIGNED_IN),
          // care: carers and others helping the person (issue 13); the person's pages are under
          // /people/** (CareAccess decides), the invitation link is for anyone who has it
          entry("GET /people/{personId}/helpers", SIGNED_IN),
          entry("GET /people/{personId}/helpers/invite", SIGNED_IN),
          entry("POST /people/{personId}/helpers/invite", SIGNED_IN),
          entry("POST /people/{personId}/helpers/{consentId}/withdraw", SIGNED_IN),
          entry("POST /people/{personId}/helpers/invitations/{invitationId}/withdraw", SIGNED_IN),
          entry("GET /carer-invitation", EVERYONE),
          entry("POST /carer-invitation", EVERYONE),
          entry("POST /carer-invitation/accept", SIGNED_IN),
          entry("GET /helping", SIGNED_IN),
          // care: home pages and the timeline
          entry("GET /home", SIGNED_IN),
          entry("GET /people/{personId}/timeline", SIGNED_IN),
          entry("GET /alerts", PRACTITIONERS_AND_SERVICE_LEADS),
          entry("GET /alerts/{alertId}", PRACTITIONERS_AND_SERVICE_LEADS),
          entry("POST /alerts/{alertId}/acknowledge", PRACTITIONERS_AND_SERVICE_LEADS),
          entry("POST /alerts/{alertId}/close", PRACTITIONERS_AND_SERVICE_LEADS),
          // measures: results (CareAccess answers 404 off the record)
          entry("GET /people/{personId}/results", SIGNED_IN),
          entry("GET /people/{personId}/results/{instrument}", SIGNED_IN),
          entry("GET /team-requests", PRACTITIONERS_AND_SERVICE_LEADS),
          entry("GET /team-requests/{requestId}", PRACTITIONERS_AND_SERVICE_LEADS),
          entry("POST /team-requests/{requestId}/accept", PRACTITIONERS_AND_SERVICE_LEADS),
          entry("POST /team-requests/{requestId}/decline", PRACTITIONERS_AND_SERVICE_LEADS),
          entry("GET /break-glass", BREAK_GLASS_USERS),
          entry("POST /break-glass", BREAK_GLASS_USERS),
          entry("GET /admin/break-glass", BREAK_GLASS_REVIEWERS),
          entry("POST /admin/break-glass/{grantId}/reviewed", BREAK_GLASS_REVIEWERS),
          // care: the conversation (CareAccess answers 404 off the record), notifications, and
          // an admin hiding a reported message
          entry("GET /people/{personId}/conversation", SIGNED_IN),
          entry("POST /people/{personId}/conversation", SIGNED_IN),
          entry("GET /people/{personId}/conversation/threads/new", SIGNED_IN),
          entry("POST /people/{personId}/conversation/threads/new", SIGNED_IN),
          entry("GET /people/{personId}/conversation/threads/{threadId}", SIGNED_IN),
          entry("POST /people/{personId}/conversation/threads/{threadId}", SIGNED_IN),
          entry("GET /people/{personId}/conversation/messages/{messageId}/edit", SIGNED_IN),
          entry("POST /people/{personId}/conversation/messages/{messageId}/edit", SIGNED_IN),
          entry("GET /notifications", SIGNED_IN),
          entry("GET /notifications/email", PRACTITIONERS_AND_SERVICE_LEADS),
          entry("POST /notifications/email", PRACTITIONERS_AND_SERVICE_LEADS),
          entry("GET /admin/messages", ADMINS),
          entry("POST /admin/messages", ADMINS),
          entry("GET /admin/messages/{messageId}", MESSAGE_HIDERS),
          entry("POST /admin/messages/{messageId}/hide", MESSAGE_HIDERS),
          // directory: keeping it true (editors), and reporting a problem (anyone)
          entry("GET /directory/services/new", DIRECTORY_EDITORS),
          entry("POST /directory/services/new", DIRECTORY_EDITORS),
          entry("GET /directory/services/{serviceId}/edit", DIRECTORY_EDITORS),
          entry("POST /directory/services/{serviceId}/edit", DIRECTORY_EDITORS),
          entry("GET /directory/services/{serviceId}/report", EVERYONE),
          entry("POST /directory/services/{serviceId}/report", EVERYONE),
          entry("GET /directory/review", DIRECTORY_EDITORS),
          entry("POST /directory/review/services/{serviceId}/checked", DIRECTORY_EDITORS),
          entry("GET /directory/review/reports/{reportId}", DIRECTORY_EDITORS),
          entry("POST /directory/review/reports/{reportId}", DIRECTORY_EDITORS),
          // learning: the library (issue 14)
          entry("GET /learn", EVERYONE),
          entry("GET /learn/{slug}", EVERYONE),
          entry("GET /learn/saved", SIGNED_IN),
          entry("POST /learn/saved", SIGNED_IN),
          entry("GET /learn/pieces/new", LIBRARY_EDITORS),
          entry("POST /learn/pieces/new", LIBRARY_EDITORS),
          entry("GET /learn/pieces/{slug}/edit", LIBRARY_EDITORS),
          entry("POST /learn/pieces/{slug}/edit", LIBRARY_EDITORS),
          entry("GET /learn/pieces/{slug}/history", LIBRARY_EDITORS));

  private static final Pattern VARIABLE = Pattern.compile("\\{([^}:]+)(:[^}]*)?}");
  private static final String SAMPLE_ID = "2f1c7a52-8a3e-4d7e-9a55-3c1d2b4e5f60";

  @Autowired ApplicationContext context;
  @Autowired MockMvc mvc;
  @Autowired Accounts accounts;
  @Autowired JdbcClient jdbc;

  @Test
  void everyRouteHasAnExpectedAudienceAndEveryRowARoute() {
    Set<String> routes = routes();

    assertThat(new TreeSet<>(routes))
        .as(
            "Routes with no row in RouteAccessTests.EXPECTED (add one, and a rule in"
                + " RouteTable.ROUTES)")
        .isSubsetOf(EXPECTED.keySet());
    assertThat(new TreeSet<>(EXPECTED.keySet()))
        .as("Rows in RouteAccessTests.EXPECTED for routes that do not exist")
        .isSubsetOf(routes);
  }

  @Test
  void everyRouteLetsInExactlyItsAudience() throws Exception {
    TestAccounts testAccounts = new TestAccounts(accounts, jdbc);
    List<String> wrong = new ArrayList<>();
    for (String route : new TreeSet<>(routes())) {
      Audience audience = EXPECTED.getOrDefault(route, NOBODY);
      for (Viewer viewer : Viewer.values()) {
        MockHttpServletResponse response = request(route, viewer, testAccounts);
        Outcome outcome = outcomeOf(response);
        if (outcome != expected(audience, viewer)) {
          wrong.add(route + " as " + viewer + ": " + outcome + " (" + response.getStatus() + ")");
        } else if (outcome == Outcome.ALLOWED
            && response.getStatus() >= 500
            && !route.endsWith(" /error")) {
          wrong.add(route + " as " + viewer + ": server error " + response.getStatus());
        }
      }
    }
    assertThat(wrong).isEmpty();
  }

  /** Rules for pages that other modules will add, and the deny-by-default, already hold. */
  @Test
  void plannedRulesHoldBeforeTheirPagesExist() throws Exception {
    TestAccounts testAccounts = new TestAccounts(accounts, jdbc);
    Map<String, Map<Viewer, Outcome>> cases =
        Map.of(
            "GET /guide/plan",
            Map.of(
                Viewer.ANONYMOUS, Outcome.SENT_TO_SIGN_IN,
                Viewer.PATIENT, Outcome.FORBIDDEN,
                Viewer.GP, Outcome.ALLOWED,
                Viewer.SERVICE_LEAD, Outcome.ALLOWED,
                Viewer.ADMIN, Outcome.FORBIDDEN),
            "POST /guide/plan/items",
            Map.of(Viewer.VOLUNTEER, Outcome.ALLOWED, Viewer.PATIENT, Outcome.FORBIDDEN),
            "GET /guide/areas/whole-person",
            Map.of(Viewer.ANONYMOUS, Outcome.ALLOWED),
            "POST /guide/areas/whole-person",
            Map.of(Viewer.ANONYMOUS, Outcome.SENT_TO_SIGN_IN, Viewer.GP, Outcome.FORBIDDEN),
            "GET /principles/context",
            Map.of(Viewer.ANONYMOUS, Outcome.ALLOWED),
            "GET /admin/audit",
            Map.of(Viewer.SERVICE_LEAD, Outcome.FORBIDDEN, Viewer.ADMIN, Outcome.ALLOWED),
            "DELETE /admin/organisations",
            Map.of(Viewer.ADMIN, Outcome.FORBIDDEN),
            "GET /fhir/metadata",
            Map.of(Viewer.ANONYMOUS, Outcome.ALLOWED, Viewer.ADMIN, Outcome.ALLOWED),
            "DELETE /fhir/Patient/" + SAMPLE_ID,
            Map.of(Viewer.ANONYMOUS, Outcome.TOKEN_REQUIRED, Viewer.GP, Outcome.TOKEN_REQUIRED),
            "GET /not-in-the-table",
            Map.of(Viewer.ANONYMOUS, Outcome.SENT_TO_SIGN_IN, Viewer.ADMIN, Outcome.FORBIDDEN));
    List<String> wrong = new ArrayList<>();
    cases.forEach(
        (route, outcomes) ->
            outcomes.forEach(
                (viewer, expected) -> {
                  try {
                    Outcome outcome = outcomeOf(request(route, viewer, testAccounts));
                    if (outcome != expected) {
                      wrong.add(route + " as " + viewer + ": " + outcome);
                    }
                  } catch (Exception e) {
                    throw new IllegalStateException(e);
                  }
                }));
    assertThat(wrong).isEmpty();
  }

  /** SMART Backend Services (issue 13): its addresses under /fhir are open to anyone. */
  @Test
  void smartBackendServicesAddressesAreOpenToAnyone() throws Exception {
    TestAccounts testAccounts = new TestAccounts(accounts, jdbc);
    for (String route : List.of("GET /fhir/.well-known/smart-configuration", "POST /fhir/token")) {
      assertThat(outcomeOf(request(route, Viewer.ANONYMOUS, testAccounts)))
          .as(route)
          .isEqualTo(Outcome.ALLOWED);
    }
    assertThat(outcomeOf(request("GET /fhir/Patient", Viewer.ADMIN, testAccounts)))
        .isEqualTo(Outcome.TOKEN_REQUIRED);
  }

  static Outcome expected(Audience audience, Viewer viewer) {
    if (audience == SYSTEMS) {
      return Outcome.TOKEN_REQUIRED;
    }
    if (audience == EVERYONE) {
      return Outcome.ALLOWED;
    }
    if (viewer == Viewer.ANONYMOUS) {
      return Outcome.SENT_TO_SIGN_IN;
    }
    Capability capability = audience.capability;
    if (capability != null) {
      return viewer.holder != null && capability.holders().contains(viewer.holder)
          ? Outcome.ALLOWED
          : Outcome.FORBIDDEN;
    }
    Set<Viewer> allowed =
        switch (audience) {
          case SIGNED_IN -> EnumSet.complementOf(EnumSet.of(Viewer.ANONYMOUS));
          case PRACTITIONERS_AND_SERVICE_LEADS ->
              EnumSet.range(Viewer.PHYSIOTHERAPIST, Viewer.SERVICE_LEAD);
          default -> EnumSet.noneOf(Viewer.class);
        };
    return allowed.contains(viewer) ? Outcome.ALLOWED : Outcome.FORBIDDEN;
  }

  private Set<String> routes() {
    Set<String> routes = new TreeSet<>();
    for (RequestMappingInfoHandlerMapping mapping :
        context.getBeansOfType(RequestMappingInfoHandlerMapping.class).values()) {
      for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
        Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
        Set<RequestMethod> tried =
            methods.isEmpty() ? EnumSet.of(RequestMethod.GET, RequestMethod.POST) : methods;
        for (String pattern : info.getPatternValues()) {
          for (RequestMethod method : tried) {
            routes.add(method.name() + " " + pattern);
          }
        }
      }
    }
    // Servlets beside Spring MVC's (the FHIR server) take every path under their mapping.
    for (ServletRegistrationBean<?> servlet :
        context.getBeansOfType(ServletRegistrationBean.class).values()) {
      if (servlet.getServlet() instanceof DispatcherServlet) {
        continue;
      }
      for (String mapping : servlet.getUrlMappings()) {
        String pattern = mapping.endsWith("/*") ? mapping + "*" : mapping;
        routes.add("GET " + pattern);
        routes.add("POST " + pattern);
      }
    }
    return routes;
  }

  private MockHttpServletResponse request(String route, Viewer viewer, TestAccounts testAccounts)
      throws Exception {
    String[] parts = route.split(" ", 2);
    HttpMethod method = HttpMethod.valueOf(parts[0]);
    MockHttpServletRequestBuilder request =
        MockMvcRequestBuilders.request(method, samplePath(parts[1]));
    if (!method.equals(HttpMethod.GET)) {
      request.with(csrf());
    }
    if (viewer != Viewer.ANONYMOUS) {
      request.with(SignedInAs.account(testAccounts.demo(viewer.email)));
    }
    return mvc.perform(request).andReturn().getResponse();
  }

  private static Outcome outcomeOf(MockHttpServletResponse response) {
    String location = response.getRedirectedUrl();
    if (response.getStatus() == 403) {
      return Outcome.FORBIDDEN;
    }
    if (response.getStatus() == 401) {
      return Outcome.TOKEN_REQUIRED;
    }
    if (response.getStatus() == 302 && location != null && location.endsWith("/sign-in")) {
      return Outcome.SENT_TO_SIGN_IN;
    }
    return Outcome.ALLOWED;
  }

  /** A concrete path for a pattern: ids become a UUID nobody has, other variables a word. */
  static String samplePath(String pattern) {
    Matcher matcher = VARIABLE.matcher(pattern.replace("/**", "/sample"));
    StringBuilder path = new StringBuilder();
    while (matcher.find()) {
      String name = matcher.group(1).replace("*", "");
      matcher.appendReplacement(
          path, name.equals("id") || name.endsWith("Id") ? SAMPLE_ID : "sample");
    }
    matcher.appendTail(path);
    return path.toString();
  }
}
