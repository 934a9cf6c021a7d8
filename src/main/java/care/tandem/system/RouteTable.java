package care.tandem.system;

import static care.tandem.system.RouteTable.Access.ADMINS;
import static care.tandem.system.RouteTable.Access.BREAK_GLASS_USERS;
import static care.tandem.system.RouteTable.Access.DIRECTORY_EDITORS;
import static care.tandem.system.RouteTable.Access.EVERYONE;
import static care.tandem.system.RouteTable.Access.LIBRARY_EDITORS;
import static care.tandem.system.RouteTable.Access.PATHWAY_BUILDERS;
import static care.tandem.system.RouteTable.Access.PRACTITIONERS_AND_SERVICE_LEADS;
import static care.tandem.system.RouteTable.Access.RECORD_STARTERS;
import static care.tandem.system.RouteTable.Access.SIGNED_IN;
import static care.tandem.system.RouteTable.Access.SYSTEMS;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpMethod;

/**
 * Every route Tandem serves, and who may use it, in one table ({@link #ROUTES}). Anything not in
 * the table is denied ({@link SecurityConfiguration}). A module adding pages adds its rows here,
 * and its expected outcomes to {@code RouteAccessTests}, which fails for any controller route the
 * table's test does not know.
 */
final class RouteTable {

  private RouteTable() {}

  /**
   * Who may use a route. Those named after a {@link Capability} let in exactly the roles and
   * disciplines that hold it in the capability table.
   */
  enum Access {
    EVERYONE,
    SIGNED_IN,
    PRACTITIONERS_AND_SERVICE_LEADS,
    ADMINS(Capability.ADMINISTER_ACCOUNTS),
    /** Who keeps the signposting directory true: service leads. */
    DIRECTORY_EDITORS(Capability.EDIT_DIRECTORY),
    /** Who keeps the learning library (issue 14): service leads. */
    LIBRARY_EDITORS(Capability.EDIT_LIBRARY),
    /** Who may start someone's record. */
    RECORD_STARTERS(Capability.START_A_RECORD),
    /** Who may open a record off their teams in an emergency: clinicians and service leads. */
    BREAK_GLASS_USERS(Capability.BREAK_GLASS),
    /** Who builds paced pathways from the library: service leads (issue 14). */
    PATHWAY_BUILDERS(Capability.BUILD_PATHWAYS),
    /**
     * Registered systems with a bearer token, never people: the FHIR interface. The fhir module's
     * own stateless filter chain, ordered before this one, serves these routes; this chain refuses
     * them, so a browser session never reaches them.
     */
    SYSTEMS;

    private final @Nullable Capability capability;

    Access() {
      this(null);
    }

    Access(@Nullable Capability capability) {
      this.capability = capability;
    }

    /** The capability whose holders this lets in, or null for the others. */
    @Nullable Capability capability() {
      return capability;
    }
  }

  /** One row of the route table. GET rows also allow HEAD. Patterns: Spring path patterns. */
  record Route(HttpMethod method, String pattern, Access access) {}

  /** The route table. Order matters: the first matching row decides. */
  static final List<Route> ROUTES =
      List.of(
          // Error pages, for everyone however they got there.
          new Route(GET, "/error", EVERYONE),
          new Route(POST, "/error", EVERYONE),
          // The design system and our own static files (long cache lifetimes).
          new Route(GET, "/assets/**", EVERYONE),
          new Route(GET, "/nhsuk/**", EVERYONE),
          new Route(GET, "/css/**", EVERYONE),
          new Route(GET, "/js/**", EVERYONE),
          new Route(GET, "/favicon.ico", EVERYONE),
          // Public pages.
          new Route(GET, "/", EVERYONE),
          new Route(GET, "/accessibility", EVERYONE),
          new Route(GET, "/privacy", EVERYONE),
          new Route(GET, "/contact", EVERYONE),
          new Route(GET, "/actuator/health", EVERYONE),
          new Route(GET, "/actuator/health/**", EVERYONE),
          // Signing in and out (the POSTs are handled by Spring Security's filters).
          new Route(GET, "/sign-in", EVERYONE),
          new Route(POST, "/sign-in", EVERYONE),
          new Route(GET, "/sign-in/unlock", EVERYONE),
          new Route(POST, "/sign-in/unlock", EVERYONE),
          // Local accounts (issue 13): password reset by e-mailed link, the two-factor step of
          // sign-in (the person is not signed in until it is done). Set-up, turning off and
          // "your sessions" are under /account/**; an admin's two-factor reset under /admin/**.
          new Route(GET, "/sign-in/forgotten-password", EVERYONE),
          new Route(POST, "/sign-in/forgotten-password", EVERYONE),
          new Route(GET, "/sign-in/reset-password", EVERYONE),
          new Route(POST, "/sign-in/reset-password", EVERYONE),
          new Route(GET, "/sign-in/two-factor", EVERYONE),
          new Route(POST, "/sign-in/two-factor", EVERYONE),
          new Route(POST, "/sign-out", SIGNED_IN),
          // Joining one's own record (issue 13, part 1): open an invitation and make an account
          // before signing in; confirm the date of birth once signed in. (The team's invitation
          // pages are under /people/**, the admin's link page under /admin/**.)
          new Route(GET, "/join", EVERYONE),
          new Route(POST, "/join", EVERYONE),
          new Route(POST, "/join/account", EVERYONE),
          new Route(GET, "/join/confirm", SIGNED_IN),
          new Route(POST, "/join/confirm", SIGNED_IN),
          new Route(POST, "/join/confirm/code", SIGNED_IN),
          // NHS login and NHS CIS2 (issue 13): Spring Security's OpenID Connect filters answer the
          // first two only when a provider is configured; otherwise nothing is there (404).
          new Route(GET, "/oauth2/authorization/*", EVERYONE),
          new Route(GET, "/login/oauth2/code/*", EVERYONE),
          new Route(GET, "/sign-in/not-possible", EVERYONE),
          // The practitioner guide is published guidance; a practitioner's own plan is not.
          new Route(GET, "/guide/plan/**", PRACTITIONERS_AND_SERVICE_LEADS),
          new Route(POST, "/guide/plan/**", PRACTITIONERS_AND_SERVICE_LEADS),
          new Route(GET, "/guide/**", EVERYONE),
          new Route(GET, "/principles/**", EVERYONE),
          // Learning, the leaflets' PDFs (issue 14, leaflets): normal or large print, for anyone.
          new Route(GET, "/learn/*/leaflet.pdf", EVERYONE),
          // Your own account (change your password).
          new Route(GET, "/account/**", SIGNED_IN),
          new Route(POST, "/account/**", SIGNED_IN),
          // Home pages after sign-in (the timeline is under /people/**, below).
          new Route(GET, "/home", SIGNED_IN),
          // The care record. Who may open a person's record is decided per person by CareAccess
          // (the person, their care team, or break-glass); these rows only require sign-in.
          new Route(GET, "/people", PRACTITIONERS_AND_SERVICE_LEADS),
          new Route(GET, "/people/new", RECORD_STARTERS),
          new Route(POST, "/people/new", RECORD_STARTERS),
          new Route(GET, "/people/**", SIGNED_IN),
          new Route(POST, "/people/**", SIGNED_IN),
          new Route(GET, "/my-record", SIGNED_IN),
          // Learning, check-ins (issue 14): the person checks in on their own record (the page
          // finds it from the account); the trend is under /people/** (CareAccess decides).
          new Route(GET, "/my-record/check-in", SIGNED_IN),
          new Route(POST, "/my-record/check-in", SIGNED_IN),
          // Carers and others helping a person (issue 13): the invitation link works for anyone
          // who has it (the page checks it); accepting needs a carer's sign-in; the person's own
          // "People who help me" pages are under /people/** (CareAccess decides).
          new Route(GET, "/carer-invitation", EVERYONE),
          new Route(POST, "/carer-invitation", EVERYONE),
          new Route(POST, "/carer-invitation/accept", SIGNED_IN),
          new Route(GET, "/helping", SIGNED_IN),
          // Safety alerts: who may open one is decided per person by CareAccess (team only).
          new Route(GET, "/alerts", PRACTITIONERS_AND_SERVICE_LEADS),
          new Route(GET, "/alerts/**", PRACTITIONERS_AND_SERVICE_LEADS),
          new Route(POST, "/alerts/**", PRACTITIONERS_AND_SERVICE_LEADS),
          new Route(GET, "/team-requests/**", PRACTITIONERS_AND_SERVICE_LEADS),
          new Route(POST, "/team-requests/**", PRACTITIONERS_AND_SERVICE_LEADS),
          new Route(GET, "/break-glass", BREAK_GLASS_USERS),
          new Route(POST, "/break-glass", BREAK_GLASS_USERS),
          // Notifications list only what the viewer may see; e-mail settings are staff's. (The
          // conversation lives under /people/** above: CareAccess decides whose.)
          new Route(GET, "/notifications/email", PRACTITIONERS_AND_SERVICE_LEADS),
          new Route(POST, "/notifications/email", PRACTITIONERS_AND_SERVICE_LEADS),
          new Route(GET, "/notifications", SIGNED_IN),
          // Administration: organisations, services, accounts, the audit log, break-glass reviews.
          new Route(GET, "/admin/**", ADMINS),
          new Route(POST, "/admin/**", ADMINS),
          // The signposting directory. Finding support is public; saved searches are each person's
          // own; signposting a person is for them and their team (CareAccess decides per person, a
          // patient signposts only themself); editors (service leads) add and change listings,
          // work the review queue and import feeds; anyone may report a problem with a listing.
          // The catch-all GET row comes last.
          new Route(GET, "/directory/saved", SIGNED_IN),
          new Route(POST, "/directory/saved", SIGNED_IN),
          new Route(POST, "/directory/saved/**", SIGNED_IN),
          new Route(GET, "/directory/services/*/signpost", SIGNED_IN),
          new Route(POST, "/directory/services/*/signpost", SIGNED_IN),
          new Route(GET, "/directory/services/new", DIRECTORY_EDITORS),
          new Route(POST, "/directory/services/new", DIRECTORY_EDITORS),
          new Route(GET, "/directory/services/*/edit", DIRECTORY_EDITORS),
          new Route(POST, "/directory/services/*/edit", DIRECTORY_EDITORS),
          new Route(GET, "/directory/services/*/report", EVERYONE),
          new Route(POST, "/directory/services/*/report", EVERYONE),
          new Route(GET, "/directory/review", DIRECTORY_EDITORS),
          new Route(GET, "/directory/review/**", DIRECTORY_EDITORS),
          new Route(POST, "/directory/review/**", DIRECTORY_EDITORS),
          new Route(GET, "/directory/import", DIRECTORY_EDITORS),
          new Route(POST, "/directory/import", DIRECTORY_EDITORS),
          new Route(GET, "/directory/**", EVERYONE),
          new Route(GET, "/signposts", PRACTITIONERS_AND_SERVICE_LEADS),
          // Learning, media (issue 14): library editors add media files; a stored file is public
          // (media of published pieces are public information).
          new Route(GET, "/learn/media", LIBRARY_EDITORS),
          new Route(POST, "/learn/media", LIBRARY_EDITORS),
          new Route(GET, "/learn/media/*", EVERYONE),
          // Paced pathways (issue 14, learning.pathways): service leads build them; a person's
          // pathway pages are under /people/** (CareAccess decides); the signed link in a
          // reminder e-mail stops reminders without signing in.
          new Route(GET, "/pathways", PATHWAY_BUILDERS),
          new Route(POST, "/pathways", PATHWAY_BUILDERS),
          new Route(GET, "/pathways/**", PATHWAY_BUILDERS),
          new Route(POST, "/pathways/**", PATHWAY_BUILDERS),
          new Route(GET, "/pathway-reminders/stop", EVERYONE),
          new Route(POST, "/pathway-reminders/stop", EVERYONE),
          // The learning library (issue 14): public to read; "my library" for anyone signed in;
          // library editors write and change pieces. "/learn/*" is one segment only (a piece).
          new Route(GET, "/learn", EVERYONE),
          new Route(GET, "/learn/saved", SIGNED_IN),
          new Route(POST, "/learn/saved", SIGNED_IN),
          new Route(GET, "/learn/pieces/**", LIBRARY_EDITORS),
          new Route(POST, "/learn/pieces/**", LIBRARY_EDITORS),
          new Route(GET, "/learn/*", EVERYONE),
          // The Open Referral UK API: open to anyone, stateless (its own filter chain).
          new Route(GET, "/oruk", EVERYONE),
          new Route(GET, "/oruk/**", EVERYONE),
          // SMART Backend Services (issue 13): the SMART configuration, the token endpoint and the
          // capability statement are open to anyone. The /fhir rows are served by the fhir
          // module's own chain (FhirSecurityConfiguration), which applies the same rules.
          new Route(GET, "/.well-known/smart-configuration", EVERYONE),
          new Route(GET, "/fhir/.well-known/smart-configuration", EVERYONE),
          new Route(GET, "/fhir/metadata", EVERYONE),
          new Route(POST, "/fhir/token", EVERYONE),
          // The FHIR interface for registered systems (POST only for searches posted as a form).
          new Route(GET, "/fhir/**", SYSTEMS),
          new Route(POST, "/fhir/**", SYSTEMS));
}
