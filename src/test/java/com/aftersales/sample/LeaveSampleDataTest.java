package com.aftersales.sample;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.support.Statement;
import com.aftersales.support.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/**
 * The sample company's leave of November 2024 (sample/leave.json: the rest days off the roster, a
 * sick day, a day of annual and one of personal leave, a rest day whose approval is missing): loaded
 * and shown in the statements.
 */
@QuarkusTest
class LeaveSampleDataTest {

    @Inject
    TestDatabase db;

    @Inject
    SampleData sample;

    @Test
    void theSampleMonthHasRestDaysSubsidiesAndLeaveDeductions() {
        db.reset();
        SampleData.Loaded loaded = sample.loadIfEmpty().orElseThrow();
        assertThat(loaded.problems()).isEmpty();
        assertThat(loaded.records()).containsEntry("leave.json", 35);

        assertThat(Statement.of("2024-11", "WANG").lines("LEAVE-")).isEmpty();
        assertThat(Statement.of("2024-11", "CHEN").lines("LEAVE-"))
                .containsExactly("LEAVE-REST-SUBSIDY 30.00 2024-11-30", "LEAVE-SICK-DAILY 20.00 2024-11-30");
        assertThat(Statement.of("2024-11", "WU").lines("LEAVE-"))
                .containsExactly("LEAVE-PERSONAL-DAILY 40.00 2024-11-30", "LEAVE-REST-SUBSIDY 30.00 2024-11-30");
        assertThat(Statement.of("2024-11", "LI").lines("LEAVE-")).containsExactly("LEAVE-REST-SUBSIDY 60.00 2024-11-30");
        assertThat(Statement.of("2024-11", "HE").lines("LEAVE-")).containsExactly("LEAVE-REST-SUBSIDY 30.00 2024-11-30");
        Statement zhao = Statement.of("2024-11", "ZHAO");
        assertThat(zhao.lines("LEAVE-")).isEmpty();
        assertThat(zhao.flags("LEAVE-")).containsExactly("APPROVAL_MISSING LEAVE-APPROVAL-1 2024-11-25",
                "REVIEW LEAVE-REST-SUBSIDY 2024-11-30");
    }
}
