package org.statsbase.confidentiality.access;

import java.util.Objects;
import org.statsbase.confidentiality.classification.Classification;
import org.statsbase.confidentiality.classification.DataClass;
import org.statsbase.confidentiality.error.ConfidentialityError;
import org.statsbase.confidentiality.error.ConfidentialityException;
import org.statsbase.confidentiality.internal.Texts;
import org.statsbase.core.code.DivisionCode;
import org.statsbase.core.level.ConfidentialityLevel;

/**
 * Data asked for: its id (the trail subject is {@code access/{id}}), its confidentiality level, its class
 * (基层数据 / 综合数据) and the division it concerns.
 *
 * @param id        the resource id (one line, non-blank)
 * @param level     its confidentiality level
 * @param dataClass unit-level or aggregate
 * @param region    the division the data concerns
 *
 * <p>Thread safety: immutable.
 */
public record Resource(String id, ConfidentialityLevel level, DataClass dataClass, DivisionCode region) {

    /**
     * Checks the components.
     *
     * @param id        the resource id (one line, non-blank)
     * @param level     its confidentiality level
     * @param dataClass unit-level or aggregate
     * @param region    the division the data concerns
     * @throws org.statsbase.confidentiality.error.ConfidentialityException SB-CONF-0001/0002 for an id that is
     *                                                                       blank or not one line;
     *                                                                       SB-CONF-0207 for unit-level data
     *                                                                       said to be public
     */
    public Resource {
        Texts.singleLine(id, "resource id", "资源标识");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(dataClass, "dataClass");
        Objects.requireNonNull(region, "region");
        if (dataClass == DataClass.UNIT_LEVEL && level == ConfidentialityLevel.PUBLIC) {
            throw new ConfidentialityException(ConfidentialityError.RESOURCE_UNIT_LEVEL_PUBLIC, id);
        }
    }

    /**
     * The resource; same as the constructor.
     *
     * @param id        the resource id, one line, not blank
     * @param level     its confidentiality level
     * @param dataClass unit-level or aggregate
     * @param region    the division the data concerns
     * @return the resource
     */
    public static Resource of(String id, ConfidentialityLevel level, DataClass dataClass, DivisionCode region) {
        return new Resource(id, level, dataClass, region);
    }

    /**
     * The resource a classified data item is: its id, level, class and region.
     *
     * @param classification the classification of a data item
     * @return the resource: the item's id, level, class and region
     */
    public static Resource of(Classification classification) {
        Objects.requireNonNull(classification, "classification");
        return new Resource(classification.item().id(), classification.level(), classification.item().dataClass(),
                classification.item().region());
    }
}
