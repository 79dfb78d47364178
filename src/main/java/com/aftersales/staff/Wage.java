package com.aftersales.staff;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;

/** An employee's wage figures for one pay period (日均工资总额 and the monthly wage). */
@Entity
@Table(name = "wage")
@IdClass(Wage.Key.class)
public class Wage extends PanacheEntityBase {

    @Id
    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(length = 7)
    public String period;

    @Id
    @Column(name = "employee_id")
    public String employeeId;

    @Column(name = "daily_avg_wage")
    public BigDecimal dailyAvgWage;

    @Column(name = "monthly_wage")
    public BigDecimal monthlyWage;

    /** The composite key (period, employee). */
    public static class Key implements Serializable {
        public String period;
        public String employeeId;

        public Key() {
        }

        public Key(String period, String employeeId) {
            this.period = period;
            this.employeeId = employeeId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(k.period, period) && Objects.equals(k.employeeId, employeeId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(period, employeeId);
        }
    }
}
