package com.aftersales.sample;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.support.Statement;
import com.aftersales.support.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The sample company's November of work orders and conduct incidents loads and scores as its notes say. */
@QuarkusTest
class WorkOrderSampleTest {

    @Inject
    TestDatabase db;

    @Inject
    SampleData sample;

    @Test
    void theSampleMonthOfWorkOrdersAndConductIsScored() {
        db.reset();
        SampleData.Loaded loaded = sample.loadIfEmpty().orElseThrow();
        assertThat(loaded.problems()).isEmpty();
        assertThat(loaded.records()).containsEntry("work-orders.csv", 110).containsEntry("incidents.csv", 5);

        Statement wang = Statement.of("2024-11", "WANG");
        assertThat(wang.lines("PEN-")).containsExactly("PEN-APPT-CALL-30MIN 5.00 2024-11-02",
                "PEN-DRINKING 50.00 2024-11-08");
        assertThat(wang.lines("COMM-ILLUS-RATE")).isNotEmpty();

        assertThat(Statement.of("2024-11", "LIU").lines("PEN-")).containsExactly(
                "PEN-JOB-OVERDUE 10.00 2024-11-03", "PEN-RETURN-EXCHANGE 50.00 2024-11-06",
                "PEN-CARD-LOST 60.00 2024-11-07");
        assertThat(Statement.of("2024-11", "LIU").lines("COMM-FORFEIT-RETURN")).hasSize(2);

        Statement chen = Statement.of("2024-11", "CHEN");
        assertThat(chen.lines("PEN-")).containsExactlyInAnyOrder("PEN-UNIFORM 10.00 2024-11-02",
                "PEN-OVERCHARGE 100.00 2024-11-03", "PEN-OVERCHARGE 80.00 2024-11-03",
                "PEN-CARD-FILLING 10.00 2024-11-05");

        Statement sun = Statement.of("2024-11", "SUN");
        assertThat(sun.lines("PEN-")).containsExactly("PEN-LIVE-WORK-HEIGHT 50.00 2024-11-03",
                "PEN-DAMAGE-ESCALATION 50.00 2024-11-05", "PEN-TOOLS-UNTIDY 5.00 2024-11-07");
        assertThat(sun.flags("PEN-")).containsExactly("COMPENSATION PEN-DAMAGE-ESCALATION 2024-11-05");
        assertThat(Statement.of("2024-11", "LI").lines("VISIT-LEADER-JOINT"))
                .containsExactly("VISIT-LEADER-JOINT 50.00 2024-11-05");

        assertThat(Statement.of("2024-11", "ZHOU").lines("PEN-")).containsExactly("PEN-LATE-ARRIVAL 10.00 2024-11-03");
        Statement he = Statement.of("2024-11", "HE");
        assertThat(he.lines("PEN-")).containsExactly("PEN-SMOKING 10.00 2024-11-02");
        assertThat(he.flags("COMP-")).containsExactly("REWORK_LIMIT_EXCEEDED COMP-REWORK-LIMIT 2024-11-08");
        Statement wu = Statement.of("2024-11", "WU");
        assertThat(wu.lines("PEN-")).containsExactly("PEN-INSUBORDINATION 20.00 2024-11-03");
        assertThat(wu.flags("PEN-")).containsExactly("REVIEW PEN-JOB-OVERDUE 2024-11-04");

        List<Map<String, Object>> lines = wang.json().getList("lines");
        BigDecimal pay = lines.stream().filter(l -> "PAY".equals(l.get("direction")))
                .map(l -> new BigDecimal((String) l.get("amount"))).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(new BigDecimal(wang.pay())).isEqualByComparingTo(pay);
    }
}
