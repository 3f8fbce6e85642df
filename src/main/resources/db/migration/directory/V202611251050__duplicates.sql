-- Finding the same person fed by two sources: equal names (without accents) and birth date.
create index persons_identity on directory.persons (search_text, birth_date) where state = 'ACTIVE';
