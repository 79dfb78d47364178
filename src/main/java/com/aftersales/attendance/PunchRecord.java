package com.aftersales.attendance;

import com.aftersales.record.RecordId;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDateTime;

/** One raw clock record: a fingerprint punch or a sign-in (ATT-METHOD). */
public record PunchRecord(@RecordId String id, @RecordId String employeeId, @NotNull LocalDateTime at,
        @NotNull Source source) {

    /** How the punch was taken. */
    public enum Source { FINGERPRINT, SIGN_IN }
}
