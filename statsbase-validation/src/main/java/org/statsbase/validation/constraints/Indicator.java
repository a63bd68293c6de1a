package org.statsbase.validation.constraints;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The indicator (指标, a cell of a statistical report form such as {@code B01} 营业收入) a property
 * of a {@link ReviewRules @ReviewRules} bean holds, where the property's name is not the indicator
 * code the rules use. Without it, a property is the indicator of its own name. Put it on the field
 * or on its getter (or a record component). Not a constraint: it validates nothing by itself.
 *
 * <pre>{@code
 * @ReviewRules("b204-1-monthly")
 * record MonthlyReport(@Indicator("B01") BigDecimal revenue, @Indicator("B02") BigDecimal cost) { }
 * }</pre>
 *
 * <p>Thread safety: annotations are immutable.
 */
@Documented
@Target({FIELD, METHOD})
@Retention(RUNTIME)
public @interface Indicator {

    /**
     * The indicator code, as the rules of the rule set write it, for example {@code B01}.
     *
     * @return the indicator code, never blank
     */
    String value();
}
