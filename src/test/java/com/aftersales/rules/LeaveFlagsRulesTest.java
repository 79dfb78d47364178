package com.aftersales.rules;

import static com.aftersales.rules.FlagAudit.*;
import static com.aftersales.rules.RuleHarness.month;
import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.facts.input.Profile;
import com.aftersales.leave.LeaveRecord;
import com.aftersales.leave.LeaveType;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The flags of the leave rules (the flag audit of docs/decisions.md): see {@link FlagAudit}. */
class LeaveFlagsRulesTest {

    @Test
    void leaveRestBlackoutRejectsARestDayInABlackoutPeriod() {
        assertThat(flags(SHIPPED.score(month(Staff.WANG, "2024-10").wage("2024-10", "180")
                .add(leave("WANG", LeaveType.REST, "2024-10-03", "2024-10-03"))), "LEAVE-REST-BLACKOUT"))
                .containsExactly("LEAVE_REJECTED");
        assertThat(flags(SHIPPED.score(wang().add(leave("WANG", LeaveType.REST, "2024-11-12", "2024-11-12"))),
                "LEAVE-REST-BLACKOUT")).isEmpty();
    }

    @Test
    void leaveRestSubsidyReviewsAMonthJoinedMidway() {
        Profile joined = new Profile("NEW", "新", "MIANXIAN", "售后", true, false, false, true, true,
                LocalDate.of(2024, 11, 10), LocalDate.of(2008, 1, 1), null, "LI");
        assertThat(flags(SHIPPED.score(of(joined)), "LEAVE-REST-SUBSIDY")).containsExactly("REVIEW");
        assertThat(flags(SHIPPED.score(wang()), "LEAVE-REST-SUBSIDY")).isEmpty();
    }

    @Test
    void leaveRestSubsidyReviewsStaffWhoAreNeitherManagementNorCommissionPaid() {
        assertThat(flags(SHIPPED.score(of(Staff.ZHAO)), "LEAVE-REST-SUBSIDY")).containsExactly("REVIEW");
        assertThat(flags(SHIPPED.score(of(Staff.LI)), "LEAVE-REST-SUBSIDY")).isEmpty();
    }

    @Test
    void leaveInjuryReviewsThePayAtTheLocalMinimumWage() {
        assertThat(flags(SHIPPED.score(wang().add(leave("WANG", LeaveType.INJURY, "2024-11-05", "2024-11-06"))),
                "LEAVE-INJURY")).containsExactly("REVIEW");
        assertThat(flags(SHIPPED.score(wang().add(leave("WANG", LeaveType.SICK, "2024-11-05", "2024-11-06"))),
                "LEAVE-INJURY")).isEmpty();
    }

    @Test
    void leaveStatutoryReviewsStatutoryLeaveOnADayThatIsNoPublicHoliday() {
        assertThat(flags(SHIPPED.score(wang().add(leave("WANG", LeaveType.STATUTORY, "2024-11-12", "2024-11-12"))),
                "LEAVE-STATUTORY")).containsExactly("REVIEW");
        assertThat(flags(SHIPPED.score(month(Staff.WANG, "2024-10").wage("2024-10", "180")
                .add(leave("WANG", LeaveType.STATUTORY, "2024-10-01", "2024-10-01"))), "LEAVE-STATUTORY")).isEmpty();
    }

    @Test
    void leaveApprovalRaisesApprovalMissingWithoutTheApproverOrWhilePending() {
        assertThat(flags(SHIPPED.score(wang().add(LeaveRecords.days("WANG", LeaveType.PERSONAL, "2024-11-05",
                "2024-11-05").chain("DIRECT_SUPERIOR").build())), "LEAVE-APPROVAL-1")).containsExactly("APPROVAL_MISSING");
        assertThat(flags(SHIPPED.score(wang().add(LeaveRecords.days("WANG", LeaveType.PERSONAL, "2024-11-05",
                "2024-11-05").status(LeaveRecord.Status.PENDING).build())), "LEAVE-APPROVAL-1"))
                .containsExactly("APPROVAL_MISSING");
        assertThat(flags(SHIPPED.score(wang().add(leave("WANG", LeaveType.PERSONAL, "2024-11-05", "2024-11-05"))),
                "LEAVE-APPROVAL-1")).isEmpty();
    }

    @Test
    void leavePaidEligibilityRaisesNotEligibleForAnEmployeeWithoutALabourContract() {
        Profile noContract = new Profile("TEMP", "临时", "MIANXIAN", "售后", true, false, false, true, false,
                LocalDate.of(2020, 1, 1), LocalDate.of(2008, 1, 1), null, "LI");
        assertThat(flags(SHIPPED.score(of(noContract).add(leave("TEMP", LeaveType.PATERNITY, "2024-11-05",
                "2024-11-07"))), "LEAVE-PAID-ELIGIBILITY")).containsExactly("NOT_ELIGIBLE");
        assertThat(flags(SHIPPED.score(wang().add(leave("WANG", LeaveType.PATERNITY, "2024-11-05", "2024-11-07"))),
                "LEAVE-PAID-ELIGIBILITY")).isEmpty();
    }

    @Test
    void paidLeaveBeyondItsDaysRaisesEntitlementExceeded() {
        assertThat(flags(SHIPPED.score(wang().add(leave("WANG", LeaveType.PATERNITY, "2024-11-05", "2024-11-08"))),
                "LEAVE-PATERNITY")).containsExactly("ENTITLEMENT_EXCEEDED");
        assertThat(flags(SHIPPED.score(wang().add(leave("WANG", LeaveType.PATERNITY, "2024-11-05", "2024-11-07"))),
                "LEAVE-PATERNITY")).isEmpty();
    }

    @Test
    void leaveLongTierReviewsATotalWithoutTheMonthsDailyAverageWage() {
        LeaveRecord threeDays = leave("WANG", LeaveType.PERSONAL, "2024-11-05", "2024-11-07");
        assertThat(flags(SHIPPED.score(month(Staff.WANG, "2024-11").wage("2024-10", "180").add(threeDays)),
                "LEAVE-PERSONAL-LONG")).containsExactly("REVIEW");
        assertThat(flags(SHIPPED.score(wang().add(threeDays)), "LEAVE-PERSONAL-LONG")).isEmpty();
    }

    @Test
    void switchedLeaveApprovalFilingIsReviewedOnlyWithTheSwitchOn() {
        LeaveRecord unfiled = LeaveRecords.days("WANG", LeaveType.PERSONAL, "2024-11-05", "2024-11-05")
                .chain("DIRECT_SUPERIOR", "INDIRECT_SUPERIOR").build();
        assertThat(flags(SHIPPED.score(wang().add(unfiled)), "LEAVE-APPROVAL-FILING")).isEmpty();
        assertThat(flags(SWITCHED.score(wang().add(unfiled)), "LEAVE-APPROVAL-FILING")).containsExactly("REVIEW");
        assertThat(flags(SWITCHED.score(wang().add(leave("WANG", LeaveType.PERSONAL, "2024-11-05", "2024-11-05"))),
                "LEAVE-APPROVAL-FILING")).isEmpty();
    }
}
