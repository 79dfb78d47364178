-- A daily average wage is a rate the rules multiply (payroll divides the monthly wage: 150.125), not an amount:
-- up to 4 decimals, kept as sent (180.00 stays 180.00). Money amounts (monthly_wage, result lines) keep 2.
alter table wage alter column daily_avg_wage type numeric;
alter table wage add constraint wage_daily_avg_wage_scale check (scale(daily_avg_wage) <= 4 and daily_avg_wage < 1000000000);
