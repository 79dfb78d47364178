/** Input facts: what Java derives from an employee-month's (or branch-month's) records, never modified by rules. */
package com.aftersales.facts.input;
