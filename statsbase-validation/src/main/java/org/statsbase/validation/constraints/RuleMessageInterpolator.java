package org.statsbase.validation.constraints;

import jakarta.validation.MessageInterpolator;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.statsbase.validation.review.Violation;

/**
 * A {@link MessageInterpolator} (Jakarta Validation 3.1, section 6.3) that gives a
 * {@link ReviewRules @ReviewRules} violation the rule's message in the language of the locale only
 * ({@code 强制性审核规则 R001：营业收入不能为负} or {@code mandatory rule R001: revenue must not be
 * negative}), delegating everything to the provider's interpolator.
 *
 * <p>Why it exists: a rule's message is data, in two languages ({@link Violation#message()}), not a
 * key of a {@code ValidationMessages} bundle; a Jakarta validator cannot know the locale a message
 * will be interpolated in, so the violation carries both, and without this interpolator its message
 * reads {@code 强制性审核规则 R001：中文（English）}. Configure it once:
 *
 * <pre>{@code
 * Configuration<?> config = Validation.byDefaultProvider().configure();
 * ValidatorFactory factory = config
 *         .messageInterpolator(RuleMessageInterpolator.of(config.getDefaultMessageInterpolator(), Locale.CHINA))
 *         .buildValidatorFactory();
 * }</pre>
 *
 * <p>The locale is the one a caller passes to {@link #interpolate(String, Context, Locale)}, else the
 * one given here (a provider calls the two-argument method with its own default locale unknown to a
 * decorator), else the JVM's default at the time of the call.
 *
 * <p>Thread safety: immutable; as thread-safe as the delegate (the providers' are).
 */
public final class RuleMessageInterpolator implements MessageInterpolator {

    private final MessageInterpolator delegate;
    private final Optional<Locale> locale;

    private RuleMessageInterpolator(MessageInterpolator delegate, Optional<Locale> locale) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
        this.locale = locale;
    }

    /**
     * Interpolates in the JVM's default locale unless a caller passes one.
     *
     * @param delegate the interpolator of every other constraint's messages, for example the provider's default
     * @return an interpolator that renders {@code @ReviewRules} messages itself and hands the rest to
     *         {@code delegate}
     */
    public static RuleMessageInterpolator of(MessageInterpolator delegate) {
        return new RuleMessageInterpolator(delegate, Optional.empty());
    }

    /**
     * Interpolates in {@code locale} unless a caller passes another.
     *
     * @param delegate the interpolator of every other constraint's messages, for example the provider's default
     * @param locale the locale used when the caller gives none
     * @return an interpolator that renders {@code @ReviewRules} messages itself and hands the rest to
     *         {@code delegate}
     */
    public static RuleMessageInterpolator of(MessageInterpolator delegate, Locale locale) {
        return new RuleMessageInterpolator(delegate, Optional.of(Objects.requireNonNull(locale, "locale")));
    }

    @Override
    public String interpolate(String messageTemplate, Context context) {
        return interpolate(messageTemplate, context, locale.orElseGet(Locale::getDefault));
    }

    @Override
    public String interpolate(String messageTemplate, Context context, Locale in) {
        String template = messageTemplate;
        if (context != null && context.getConstraintDescriptor() != null
                && context.getConstraintDescriptor().getAnnotation() instanceof ReviewRules) {
            Optional<ReviewTemplate> parts = ReviewTemplate.parse(messageTemplate);
            if (parts.isPresent()) {
                template = parts.get().template(in);
            }
        }
        return delegate.interpolate(template, context, in);
    }

    @Override
    public String toString() {
        return "RuleMessageInterpolator[" + delegate + locale.map(l -> ", " + l).orElse("") + "]";
    }
}
