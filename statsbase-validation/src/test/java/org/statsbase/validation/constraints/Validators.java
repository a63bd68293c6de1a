package org.statsbase.validation.constraints;

import jakarta.validation.Configuration;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.util.Locale;
import java.util.ResourceBundle;
import org.hibernate.validator.HibernateValidator;

/** Hibernate Validator 9.1 factories for a given locale, and this module's message bundles. */
final class Validators {

    private Validators() {
    }

    /** A factory whose messages are in {@code locale}, whatever the JVM's default locale. */
    static ValidatorFactory factory(Locale locale) {
        return Validation.byProvider(HibernateValidator.class).configure().defaultLocale(locale)
                .buildValidatorFactory();
    }

    /**
     * A factory whose messages are in {@code locale}, with {@link RuleMessageInterpolator} so that a
     * {@code @ReviewRules} violation gives its rule's message in that language only.
     */
    static ValidatorFactory withRuleMessages(Locale locale) {
        Configuration<?> config = Validation.byProvider(HibernateValidator.class).configure().defaultLocale(locale);
        return config.messageInterpolator(RuleMessageInterpolator.of(config.getDefaultMessageInterpolator(), locale))
                .buildValidatorFactory();
    }

    /** The bundle as a provider reads it for {@code locale}, without falling back to the JVM's default locale. */
    static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle("ValidationMessages", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
