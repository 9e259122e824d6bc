-- Placeholder so versions stay consecutive on the auth branch; the real 0002_core replaces it at merge.
SELECT 1;
