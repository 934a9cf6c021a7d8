package care.tandem.identity.twofactor;

import care.tandem.system.form.FormView;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The two-factor page of your account. While it is off: the key to type into the app (in groups of
 * four), the {@code otpauth://} link that opens the app with it, and the form for the first code;
 * {@code required} for an admin who must set it up. While it is on: how many recovery codes are
 * left and the form to turn it off.
 */
public record TwoFactorPage(
    boolean on,
    boolean required,
    List<String> keyGroups,
    String appLink,
    int recoveryCodesLeft,
    FormView form,
    @Nullable String notice) {}
