-- Doudi schema version 26: the city's members without their index on the ID number (issue 19).
--
-- A township's full package adds some 50,000 members at once, each at a random place of an index
-- over every township's members: 1.0 s of a merge's 8 s went to it (177 ms without it), and the
-- pages it dirtied were written twice more at the commit. What the index served reads every member
-- once instead, as fast: the people in two townships (a grouping of 570,000 members: 180 ms, 200
-- with the index), and a signal file's townships, matched in one pass (CitySignals).
DROP INDEX city_members_by_id_number;
