/** Result facts: what rules insert (lines, flags, decisions about records, facts derived by rules). */
package com.aftersales.facts.result;
