package com.aftersales.record;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A client-supplied key: 1–64 letters, digits or {@code -_.:} (API.md limits). */
@NotNull
@Pattern(regexp = "[A-Za-z0-9_.:-]{1,64}", message = "{com.aftersales.record.RecordId.message}")
@Constraint(validatedBy = {})
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD,
        ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface RecordId {
    String message() default "{com.aftersales.record.RecordId.message}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
