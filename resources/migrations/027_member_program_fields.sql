-- Doudi schema version 27: the members' fields of the township's other programs (issue 20,
-- spec/programs.md §2). What became of a child's father and mother decides whether the child is an
-- orphan (孤儿) or a child without de-facto care (事实无人抚养儿童); where the child is brought up
-- decides the orphan's allowance; the date of death, the funeral waiver. Every member stored before
-- has both parents present, is brought up in a family and has no date of death: the defaults.
ALTER TABLE members ADD COLUMN father TEXT NOT NULL DEFAULT 'present'
    CHECK (father IN ('present', 'dead', 'declared_missing', 'lost_contact', 'detained', 'severely_disabled',
                      'seriously_ill'));
ALTER TABLE members ADD COLUMN mother TEXT NOT NULL DEFAULT 'present'
    CHECK (mother IN ('present', 'dead', 'declared_missing', 'lost_contact', 'detained', 'severely_disabled',
                      'seriously_ill'));
ALTER TABLE members ADD COLUMN care_setting TEXT NOT NULL DEFAULT 'family'
    CHECK (care_setting IN ('family', 'institution'));
ALTER TABLE members ADD COLUMN died_on TEXT;
