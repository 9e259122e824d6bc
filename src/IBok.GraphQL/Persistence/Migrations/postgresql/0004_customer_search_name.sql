-- Staff find customers by name whatever the case and Polish diacritics ("lucja zolc" finds "Łucja Żółć"):
-- customers.search_name holds the name folded as CustomerSearch.Fold does (trim, Polish letters to ASCII, lower
-- case). New and renamed customers get it from the application; this fills it for the rows that exist.
ALTER TABLE customers ADD COLUMN search_name TEXT NOT NULL DEFAULT '';
UPDATE customers SET search_name = lower(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(trim(name), 'ą', 'a'), 'ć', 'c'), 'ę', 'e'), 'ł', 'l'), 'ń', 'n'), 'ó', 'o'), 'ś', 's'), 'ź', 'z'), 'ż', 'z'), 'Ą', 'a'), 'Ć', 'c'), 'Ę', 'e'), 'Ł', 'l'), 'Ń', 'n'), 'Ó', 'o'), 'Ś', 's'), 'Ź', 'z'), 'Ż', 'z'));
CREATE INDEX ix_customers_search_name ON customers (search_name text_pattern_ops);
