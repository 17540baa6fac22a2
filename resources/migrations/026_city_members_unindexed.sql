-- Doudi schema version 26: the city's members without their index on the ID number (issue 19).
--
-- A township's full package adds some 50,000 members at once, each at a random place of an index
-- over every township's members: 1.0 s of a merge of 8 s went to it (177 ms without it), and the
-- pages it dirtied were written twice more at the commit. Without it a merge writes 445 MB, not
-- 627. What the index served reads every member once instead: a signal file's townships are
-- matched in one pass (CitySignals), and the people in two townships are found by sorting the
-- 570,000 members of 12 townships (0.9 s, against 0.25 to 0.45 s with the index: a report asked
-- now and then, within its 1 s, where a township's first package or re-baseline is waited for).
DROP INDEX city_members_by_id_number;
